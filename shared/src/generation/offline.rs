//! The offline persona engine: samples facts from the locale pack of the group's place
//! within the group's constraints, then composes the narrative from those facts.
//! No network, no keys, microseconds per persona, and reproducible: persona i depends
//! only on (definition, seed, i).
//!
//! Uniqueness within a group (names, archetypes, sentences) is kept without breaking
//! that rule: persona i replays personas 0..i, which are themselves pure functions of
//! (definition, seed, j), and avoids what they used.

use async_trait::async_trait;
use std::collections::HashSet;

use super::archetypes::{Archetype, ARCHETYPES};
use super::engine::{EngineError, PersonaEngine, PersonaRequest};
use super::persona::{persona_id, Money, Ocean, Persona, Provenance};
use super::rng::Rng;
use crate::domain::{Gender, GroupDefinition, IncomeLevel};
use crate::locale::geo::{Gazetteer, Place};
use crate::locale::{self, LocalePack, NameOrder, Weighted, DATA_VERSION};

pub const ENGINE_NAME: &str = "offline";

#[derive(Debug, Default, Clone, Copy)]
pub struct OfflineEngine;

#[async_trait]
impl PersonaEngine for OfflineEngine {
    fn name(&self) -> &str {
        ENGINE_NAME
    }

    async fn generate(&self, req: &PersonaRequest<'_>) -> Result<Persona, EngineError> {
        generate(req)
    }
}

/// Generates persona `req.index` of a run, synchronously.
pub fn generate(req: &PersonaRequest<'_>) -> Result<Persona, EngineError> {
    let ctx = Ctx::new(req.definition, req.seed)?;
    let mut taken = Taken::default();
    let mut out = None;
    for j in 0..=req.index {
        let p = ctx.build(j, &taken);
        taken.absorb(&p);
        out = Some(p);
    }
    let mut p = out.ok_or_else(|| EngineError::Failed("no persona built".into()))?;
    p.id = persona_id(req.run, req.index);
    p.persona_group_id = req.group_id;
    p.created_at = req.created_at;
    Ok(p)
}

/// What earlier personas of the group already used.
#[derive(Default)]
struct Taken {
    full_names: HashSet<String>,
    given_names: HashSet<String>,
    archetypes: HashSet<&'static str>,
    sentences: HashSet<String>,
}

impl Taken {
    fn absorb(&mut self, p: &Persona) {
        self.full_names.insert(p.full_name.clone());
        self.given_names.insert(p.given_name.clone());
        if let Some(a) = ARCHETYPES.iter().find(|a| a.label == p.archetype_label) {
            self.archetypes.insert(a.label);
        }
        for text in narrative_fields(p) {
            for s in sentences(text) {
                self.sentences.insert(s.to_owned());
            }
        }
    }
}

/// The free-text fields whose sentences must not repeat within a group.
pub fn narrative_fields(p: &Persona) -> Vec<&str> {
    vec![
        p.bio.as_str(),
        p.day_in_the_life.as_str(),
        p.purchase_behavior.as_str(),
        p.digital_behavior.as_str(),
        p.aspirational_identity.as_str(),
        p.quote.as_str(),
    ]
}

/// Splits text into sentences on terminal punctuation followed by a space.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for i in 0..bytes.len() {
        let end_of_sentence = matches!(bytes[i], b'.' | b'!' | b'?')
            && (i + 1 == bytes.len() || bytes[i + 1] == b' ');
        if end_of_sentence {
            let s = text[start..=i].trim();
            if !s.is_empty() {
                out.push(s);
            }
            start = i + 1;
        }
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

struct Ctx<'a> {
    def: &'a GroupDefinition,
    seed: u64,
    key: Vec<u8>,
    pack: &'static LocalePack,
    place: Option<Place>,
    /// A city given in `location` that the gazetteer does not know: kept as written.
    unknown_city: Option<String>,
    count: u32,
    age_lo: u8,
    age_hi: u8,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Stage {
    Student,
    Working,
    Retired,
}

impl<'a> Ctx<'a> {
    fn new(def: &'a GroupDefinition, seed: u64) -> Result<Self, EngineError> {
        let place = def
            .location
            .as_deref()
            .and_then(|l| Gazetteer::get().resolve_location(l));
        let pack = locale::pack_or_fallback(place.map(|p| p.country))
            .ok_or_else(|| EngineError::Failed("no locale pack available".into()))?;
        let unknown_city = match (&def.location, place) {
            (Some(l), Some(p)) if p.city.is_none() => {
                let head = l.split(',').next().unwrap_or("").trim();
                let is_country = Gazetteer::get().country_of(head).is_some();
                (!is_country && !head.is_empty()).then(|| head.to_owned())
            }
            (Some(l), None) => Some(l.split(',').next().unwrap_or(l).trim().to_owned()),
            _ => None,
        };
        let (lo, hi) = match (def.ages.min(), def.ages.max()) {
            (Some(lo), Some(hi)) => (lo, hi),
            (Some(lo), None) => (lo, lo.saturating_add(25).min(100)),
            (None, Some(hi)) => (hi.saturating_sub(25).max(18).min(hi), hi),
            (None, None) => (18, 65),
        };
        let key = serde_json::to_vec(def).map_err(|e| EngineError::Failed(e.to_string()))?;
        Ok(Self {
            def,
            seed,
            key,
            pack,
            place,
            unknown_city,
            count: u32::from(def.persona_count.get()),
            age_lo: lo,
            age_hi: hi,
        })
    }

    fn rng(&self, index: u32, purpose: &str) -> Rng {
        Rng::derive(&[
            b"offline/v1",
            &self.seed.to_be_bytes(),
            &self.key,
            &index.to_be_bytes(),
            purpose.as_bytes(),
        ])
    }

    fn age(&self, j: u32) -> u8 {
        // Stratified: each persona draws from its own slice of the range, so a group
        // spans the range instead of clumping.
        let n = self.count.max(1);
        let mut perm_rng = self.rng(0, "age-strata");
        let strata: Vec<u32> = perm_rng.sample(&(0..n).collect::<Vec<_>>(), n as usize);
        let stratum = strata[(j % n) as usize] as f64;
        let span = f64::from(self.age_hi - self.age_lo) + 1.0;
        let width = span / f64::from(n);
        let u = self.rng(j, "age").unit();
        let age = f64::from(self.age_lo) + (stratum + u) * width;
        (age.floor() as u8).clamp(self.age_lo, self.age_hi)
    }

    fn gender(&self, j: u32) -> Gender {
        match self.def.gender {
            Gender::All => {
                // Balanced: alternate, starting side chosen by the seed.
                if (j + (self.seed & 1) as u32).is_multiple_of(2) {
                    Gender::Female
                } else {
                    Gender::Male
                }
            }
            g => g,
        }
    }

    fn build(&self, j: u32, taken: &Taken) -> Persona {
        let p = self.pack;
        let gender = self.gender(j);
        let age = self.age(j);
        let mut r = self.rng(j, "facts");

        // Place.
        let (city, district) = self.city_and_district(&mut r);
        let location = match (&self.place, &self.unknown_city) {
            (_, Some(c)) if self.pack.country_code != locale::FALLBACK => {
                format!("{c}, {}", p.country)
            }
            (_, Some(_)) => self.def.location.clone().unwrap_or_default(),
            (Some(_), None) => format!("{city}, {}", p.country),
            (None, None) => format!("{city}, {}", p.country),
        };

        // Life stage, income and work.
        let stage = if age < 18 || (age <= 22 && r.unit() < 0.75) {
            Stage::Student
        } else if age >= 62 && r.unit() < 0.65 {
            Stage::Retired
        } else {
            Stage::Working
        };
        let stage = if self.def.occupation.is_some() {
            Stage::Working
        } else {
            stage
        };
        let income = self.def.income_level.unwrap_or_else(|| {
            let w = match stage {
                Stage::Student => [0.55, 0.35, 0.10],
                _ if age < 25 => [0.5, 0.4, 0.1],
                _ => [0.35, 0.45, 0.20],
            };
            [IncomeLevel::Low, IncomeLevel::Middle, IncomeLevel::High]
                [r.weighted(w.iter().copied()).unwrap_or(1)]
        });
        let prior_job = pick(&mut r, p.occupations.get(income));
        let occupation = match (&self.def.occupation, stage) {
            (Some(o), _) => o.clone(),
            (None, Stage::Student) => student_occupation(&mut r, p, age),
            (None, Stage::Retired) => format!("Retired {}", lower_first(&prior_job)),
            (None, Stage::Working) => prior_job.clone(),
        };
        let monthly_income = self.income_amount(&mut r, income, age, stage);
        let education = self.education(&mut r, income, age, stage, Some(&occupation));

        // Names: unique full and given names within the group.
        let (given_name, family_name) = self.name(j, gender, taken);
        let full_name = match p.name_order {
            NameOrder::GivenFamily => format!("{given_name} {family_name}"),
            NameOrder::FamilyGiven => format!("{family_name} {given_name}"),
        }
        .trim()
        .to_owned();

        // Psychographics.
        let archetype = self.archetype(j, age, income, taken);
        let ocean = ocean(&mut self.rng(j, "ocean"), archetype);
        let languages = languages(&mut self.rng(j, "languages"), p);
        let household = household(
            &mut self.rng(j, "household"),
            p,
            age,
            gender,
            stage != Stage::Retired,
        );

        let mut w = Writer {
            rng: self.rng(j, "narrative"),
            taken,
            given: &given_name,
            she: matches!(gender, Gender::Female),
            used: HashSet::new(),
        };
        let socials = platforms(&mut w.rng, &p.platforms.social, age, income, 2);
        let messaging = pick(&mut w.rng, &p.platforms.messaging);
        let ecommerce = w.rng.sample(&p.platforms.ecommerce, 2);
        let payment = pick(&mut w.rng, &p.platforms.payments);
        let streaming = pick(&mut w.rng, &p.platforms.streaming);
        let news = p.platforms.news.first().cloned();
        let ride = w.rng.pick(&p.platforms.ride_hailing_delivery).cloned();
        let commute = pick(&mut w.rng, &p.commute);
        let meals: Vec<String> = p.foods.iter().filter(|f| !is_drink(f)).cloned().collect();
        let food = pick(&mut w.rng, if meals.is_empty() { &p.foods } else { &meals });
        let touchpoints = w.rng.sample(&p.touchpoints, 2);
        let coffee = brand(&mut w.rng, p, "coffee", income);
        let grocery = brand(&mut w.rng, p, "grocery", income);

        let traits = w
            .rng
            .sample(archetype.traits, 3)
            .into_iter()
            .map(String::from)
            .collect::<Vec<_>>();
        let values = w
            .rng
            .sample(archetype.values, 3)
            .into_iter()
            .map(String::from)
            .collect::<Vec<_>>();
        let mut pains: Vec<String> = w
            .rng
            .sample(archetype.pains, 2)
            .into_iter()
            .map(String::from)
            .collect();
        let where_ = district.clone().unwrap_or_else(|| city.clone());
        let pos = w.pos();
        let local_pains = [
            format!(
                "The daily commute {} in {city} eats into {pos} day",
                commute_phrase(&commute)
            ),
            format!("Rent and bills in {city} rise faster than {pos} income"),
            format!("Crowds and traffic around {where_} at rush hour"),
        ];
        pains.push(pick_str(&mut w.rng, &local_pains));
        let triggers = w
            .rng
            .sample(archetype.triggers, 3)
            .into_iter()
            .map(String::from)
            .collect();

        let brand_attitudes = self.brand_attitudes(&mut w, archetype, income);
        let content = pick_str(&mut w.rng, &content_kinds(archetype));
        let mut media = vec![format!("{} — daily, mostly {content}", socials[0])];
        let mut seen_platforms = vec![socials[0].clone()];
        let mut add_media = |name: &str, what: &str| {
            if !seen_platforms.iter().any(|s| s == name) {
                seen_platforms.push(name.to_owned());
                media.push(format!("{name} — {what}"));
            }
        };
        add_media(&streaming, "evenings and weekends");
        if let Some(s) = socials.get(1) {
            add_media(s, "to keep up with friends");
        }
        if let Some(n) = &news {
            add_media(n, "headlines on the go");
        }

        let pronoun = w.pronoun_cap();
        let occupation_l = lower_first(&occupation);
        let a_occ = article(&occupation_l);
        let place_phrase = match &district {
            Some(d) => format!("{d}, {city}"),
            None => city.clone(),
        };
        let bio = w.paragraph(vec![
            vec![
                format!("{full_name}, {age}, is {a_occ} {occupation_l} based in {place_phrase}."),
                format!("{full_name} is a {age}-year-old {occupation_l} living in {place_phrase}."),
            ],
            vec![
                format!(
                    "Friends would call {given_name} {} and {}.",
                    lower_first(&traits[0]),
                    lower_first(&traits[1])
                ),
                format!(
                    "{given_name} comes across as {} and {}.",
                    lower_first(&traits[0]),
                    lower_first(&traits[2])
                ),
                format!(
                    "{pronoun} describes {} as {} and {}.",
                    w.reflexive(),
                    lower_first(&traits[1]),
                    lower_first(&traits[2])
                ),
            ],
            vec![
                format!(
                    "What matters most to {given_name} is {}.",
                    lower_first(&values[0])
                ),
                format!(
                    "{pronoun} puts {} ahead of almost everything else.",
                    lower_first(&values[0])
                ),
            ],
        ]);
        let wake = wake_time(&mut w.rng, stage);
        let day_in_the_life = w.paragraph(vec![
            vec![
                format!("{given_name} is up by {wake} and starts the day with {}.", soft_lower(&coffee)),
                format!("{given_name}'s alarm goes off at {wake}, and {} is the first thing {} reaches for.", soft_lower(&coffee), w.pronoun()),
            ],
            match stage {
                Stage::Student => vec![
                    format!("{pronoun} gets to class {} and studies between lectures.", commute_phrase(&commute)),
                    format!("Classes fill most of the day, with {} for lunch and group projects coordinated on {messaging}.", noun_lower(&food)),
                ],
                Stage::Retired => vec![
                    format!("Mornings are unhurried: errands around {where_}, then time with family."),
                    format!("{pronoun} spends late mornings at the market and catching up with neighbours."),
                ],
                Stage::Working => vec![
                    format!("{pronoun} commutes {} to work in {where_}, where the day as {a_occ} {occupation_l} often runs past six.", commute_phrase(&commute)),
                    format!("Work as {a_occ} {occupation_l} keeps {} busy until evening; lunch is usually {} in {where_}.", w.object(), noun_lower(&food)),
                ],
            },
            vec![
                format!("Evenings are for {streaming} or scrolling {}.", socials[0]),
                format!("After dinner {} catches up on {streaming} before bed.", w.pronoun()),
                format!("{pronoun} winds down with {streaming} and a last look at {}.", socials[0]),
            ],
            vec![
                format!("{pronoun} always looks forward to {}.", soft_lower(&touchpoints[0])),
                format!("A highlight of {} year: {}.", w.pos(), soft_lower(touchpoints.get(1).unwrap_or(&touchpoints[0]))),
            ],
        ]);
        let eco0 = ecommerce
            .first()
            .cloned()
            .unwrap_or_else(|| "online marketplaces".into());
        let eco1 = ecommerce
            .get(1)
            .cloned()
            .unwrap_or_else(|| "physical stores".into());
        let purchase_behavior = w.paragraph(vec![
            vec![
                format!("Compares prices on {eco0} and {eco1} before checking out, and pays with {}.", soft_lower(&payment)),
                format!("{pronoun} buys most things on {eco0}, pays with {}, and checks {eco1} when a deal looks too good.", soft_lower(&payment)),
            ],
            vec![
                format!("Groceries come from {}, usually in one big trip after payday.", soft_lower(&grocery)),
                format!("{pronoun} keeps a running list for {} and rarely buys on impulse there.", soft_lower(&grocery)),
                format!("Small treats are where {} splurges; big purchases wait for a sale.", w.pronoun()),
            ],
        ]);
        let hours = 2 + w.rng.range(0, 5);
        let digital_behavior = w.paragraph(vec![
            vec![
                format!("Spends about {hours} hours a day on {} phone, mostly on {}.", w.pos(), socials[0]),
                format!("{pronoun} is online roughly {hours} hours a day, with {} open more than any other app.", socials[0]),
            ],
            vec![
                format!("Family and work chats run on {messaging}."),
                format!("{messaging} is where plans, bills and family news get sorted."),
            ],
            match &ride {
                Some(rd) => vec![
                    format!("Rides and food orders go through {rd}."),
                    format!("{pronoun} books rides and delivery on {rd} several times a week."),
                ],
                None => vec![format!("{pronoun} shops online at least once a week.")],
            },
        ]);
        let aspirational_identity = w.one(
            archetype
                .aspirations
                .iter()
                .map(|a| (*a).to_owned())
                .collect(),
        );
        let quote = w.one(archetype.quotes.iter().map(|q| (*q).to_owned()).collect());
        let family_situation = household.clone();

        Persona {
            id: persona_id(crate::domain::GenerationId::from_uuid(uuid::Uuid::nil()), j),
            persona_group_id: crate::domain::GroupId::from_uuid(uuid::Uuid::nil()),
            persona_code: format!("P{:02}", j + 1),
            full_name,
            given_name,
            family_name,
            age,
            gender: gender.as_str().to_owned(),
            location,
            city,
            country_code: p.country_code.clone(),
            languages,
            occupation,
            income_level: income.as_str().to_owned(),
            monthly_income,
            educational_background: education,
            family_situation,
            personality_traits: traits,
            values_and_motivations: values,
            pain_points: pains,
            media_consumption: media,
            purchase_behavior,
            archetype_label: archetype.label.to_owned(),
            psychographic_segment: format!("{} · {}", archetype.segment, stage_label(stage, age)),
            brand_attitudes,
            buying_triggers: triggers,
            aspirational_identity,
            digital_behavior,
            day_in_the_life,
            ocean,
            bio,
            quote,
            provenance: Provenance {
                engine: ENGINE_NAME.into(),
                model: None,
                data_version: format!("{DATA_VERSION}/{}", p.country_code.to_ascii_lowercase()),
                seed: self.seed,
                fallback: None,
            },
            created_at: crate::clock::Timestamp::from_unix_millis(0),
        }
    }

    fn city_and_district(&self, r: &mut Rng) -> (String, Option<String>) {
        if let Some(c) = &self.unknown_city {
            return (c.clone(), None);
        }
        let pack_city = |name: &str| self.pack.cities.iter().find(|c| c.name == name);
        if let Some(place) = &self.place {
            if let Some(gc) = place.city() {
                let district = match place.district {
                    Some(d) => Some(d.to_owned()),
                    None => pack_city(gc.name)
                        .filter(|_| r.unit() < 0.7)
                        .and_then(|c| r.pick(&c.districts).cloned()),
                };
                return (gc.name.to_owned(), district);
            }
        }
        // Country only: cities by population.
        let i = r
            .weighted(self.pack.cities.iter().map(|c| c.population as f64))
            .unwrap_or(0);
        match self.pack.cities.get(i) {
            Some(c) => {
                let district = if r.unit() < 0.6 {
                    r.pick(&c.districts).cloned()
                } else {
                    None
                };
                (c.name.clone(), district)
            }
            None => (self.pack.country.clone(), None),
        }
    }

    fn income_amount(&self, r: &mut Rng, level: IncomeLevel, age: u8, stage: Stage) -> Money {
        let [lo, hi] = *self.pack.income_bands.get(level);
        let span = hi.saturating_sub(lo) as f64;
        // Earnings rise into the late forties, then flatten; students sit at the bottom.
        let career = match stage {
            Stage::Student => 0.05 + 0.1 * r.unit(),
            Stage::Retired => 0.2 + 0.3 * r.unit(),
            Stage::Working => {
                let curve = ((f64::from(age) - 20.0) / 28.0).clamp(0.0, 1.0);
                0.1 + 0.75 * curve * (0.6 + 0.4 * r.unit()) + 0.1 * r.unit()
            }
        };
        let raw = lo as f64 + span * career.clamp(0.0, 1.0);
        let step = match raw as u64 {
            0..=999 => 10,
            1_000..=9_999 => 50,
            10_000..=99_999 => 500,
            100_000..=999_999 => 1_000,
            _ => 10_000,
        };
        let amount = ((raw / step as f64).round() as u64 * step).clamp(lo, hi);
        Money {
            amount,
            currency: self.pack.currency.clone(),
        }
    }

    fn education(
        &self,
        r: &mut Rng,
        level: IncomeLevel,
        age: u8,
        stage: Stage,
        occupation: Option<&str>,
    ) -> String {
        // An occupation that implies a degree gets that degree.
        if let (Some(occ), Stage::Working) = (occupation, stage) {
            if let Some(field) = field_for_occupation(occ) {
                let degree = if level == IncomeLevel::High && r.unit() < 0.4 {
                    "Master's degree"
                } else {
                    "Bachelor's degree"
                };
                return format!("{degree} in {field}");
            }
        }
        const FIELDS: &[&str] = &[
            "business administration",
            "nursing",
            "computer science",
            "communication",
            "accountancy",
            "engineering",
            "psychology",
            "education",
            "marketing",
            "hospitality management",
        ];
        match stage {
            Stage::Student if age < 18 => "Currently in secondary school".into(),
            Stage::Student => format!(
                "Studying {} at {}",
                pick_str(r, &FIELDS.iter().map(|s| s.to_string()).collect::<Vec<_>>()),
                pick(r, &self.pack.universities)
            ),
            _ => pick(r, self.pack.education.get(level)),
        }
    }

    fn name(&self, j: u32, gender: Gender, taken: &Taken) -> (String, String) {
        let p = self.pack;
        let pool: &[Weighted] = if gender == Gender::Male {
            &p.given_names.male
        } else {
            &p.given_names.female
        };
        let mut r = self.rng(j, "name");
        for attempt in 0..64 {
            let gi = r.weighted(pool.iter().map(|w| w.1)).unwrap_or(0);
            let fi = r.weighted(p.family_names.iter().map(|w| w.1)).unwrap_or(0);
            let given = pool.get(gi).map(|w| w.0.clone()).unwrap_or_default();
            let family = p
                .family_names
                .get(fi)
                .map(|w| w.0.clone())
                .unwrap_or_default();
            let full = format!("{given} {family}");
            let full_rev = format!("{family} {given}");
            let fresh_given = !taken.given_names.contains(&given) || attempt >= 48;
            if fresh_given
                && !taken.full_names.contains(&full)
                && !taken.full_names.contains(&full_rev)
            {
                return (given, family);
            }
        }
        // Unreachable with packs of 20+ names for at most 10 personas; stay unique anyway.
        let given = pool
            .get(j as usize % pool.len().max(1))
            .map(|w| w.0.clone())
            .unwrap_or_default();
        (
            given,
            format!(
                "{}-{}",
                p.family_names
                    .first()
                    .map(|w| w.0.as_str())
                    .unwrap_or("Doe"),
                j + 1
            ),
        )
    }

    fn archetype(&self, j: u32, age: u8, income: IncomeLevel, taken: &Taken) -> &'static Archetype {
        let mut r = self.rng(j, "archetype");
        let fit = |a: &Archetype| {
            let age_fit = if (a.min_age..=a.max_age).contains(&age) {
                1.0
            } else {
                0.0
            };
            let inc = a.income_fit[match income {
                IncomeLevel::Low => 0,
                IncomeLevel::Middle => 1,
                IncomeLevel::High => 2,
            }];
            let fresh = if taken.archetypes.contains(a.label) {
                0.0
            } else {
                1.0
            };
            age_fit * inc * fresh
        };
        let i = r
            .weighted(ARCHETYPES.iter().map(fit))
            .or_else(|| {
                r.weighted(ARCHETYPES.iter().map(|a| {
                    if (a.min_age..=a.max_age).contains(&age) {
                        1.0
                    } else {
                        0.0
                    }
                }))
            })
            .unwrap_or(0);
        &ARCHETYPES[i]
    }

    fn brand_attitudes(
        &self,
        w: &mut Writer<'_>,
        a: &Archetype,
        income: IncomeLevel,
    ) -> Vec<String> {
        let mut out = Vec::new();
        for (k, cat) in a.brand_categories.iter().enumerate() {
            if !self.pack.brands.contains_key(*cat) {
                continue;
            }
            let b = brand(&mut w.rng, self.pack, cat, income);
            let stance = a.brand_stance[k % a.brand_stance.len()]
                .replace("{brand}", &b)
                .replace("{what}", category_phrase(cat));
            out.push(stance);
        }
        // Aspiration points up one tier, never from Low straight to luxury.
        if income == IncomeLevel::Middle {
            if let Some(t) = self.pack.brands.get("fashion") {
                if let Some(b) = w.rng.pick(&t.premium) {
                    out.push(format!("Saves up for {b} as an occasional treat"));
                }
            }
        }
        out
    }
}

/// Composes text while avoiding any sentence an earlier persona of the group used.
struct Writer<'a> {
    rng: Rng,
    taken: &'a Taken,
    given: &'a str,
    she: bool,
    used: HashSet<String>,
}

impl Writer<'_> {
    fn pronoun(&self) -> &'static str {
        if self.she {
            "she"
        } else {
            "he"
        }
    }
    fn pronoun_cap(&self) -> &'static str {
        if self.she {
            "She"
        } else {
            "He"
        }
    }
    fn pos(&self) -> &'static str {
        if self.she {
            "her"
        } else {
            "his"
        }
    }
    fn object(&self) -> &'static str {
        if self.she {
            "her"
        } else {
            "him"
        }
    }
    fn reflexive(&self) -> &'static str {
        if self.she {
            "herself"
        } else {
            "himself"
        }
    }

    fn fresh(&self, s: &str) -> bool {
        !self.taken.sentences.contains(s) && !self.used.contains(s)
    }

    /// One sentence from the variants: the first (in random order) nobody used yet,
    /// else the first variant made personal with the given name.
    fn one(&mut self, variants: Vec<String>) -> String {
        let order = self.rng.sample(&variants, variants.len());
        let chosen = order
            .iter()
            .find(|v| sentences(v).iter().all(|s| self.fresh(s)))
            .cloned()
            .unwrap_or_else(|| {
                let base = order.first().cloned().unwrap_or_default();
                format!("For {}: {}", self.given, lower_first_sentence(&base))
            });
        for s in sentences(&chosen) {
            self.used.insert(s.to_owned());
        }
        chosen
    }

    fn paragraph(&mut self, slots: Vec<Vec<String>>) -> String {
        slots
            .into_iter()
            .filter(|v| !v.is_empty())
            .map(|v| self.one(v))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

fn pick(r: &mut Rng, items: &[String]) -> String {
    r.pick(items).cloned().unwrap_or_default()
}

fn pick_str(r: &mut Rng, items: &[String]) -> String {
    pick(r, items)
}

fn brand(r: &mut Rng, p: &LocalePack, category: &str, income: IncomeLevel) -> String {
    let Some(t) = p.brands.get(category) else {
        return String::new();
    };
    // Low income never lands on premium; High mostly premium, sometimes mid.
    let tier = match income {
        IncomeLevel::Low => &t.budget,
        IncomeLevel::Middle => {
            if r.unit() < 0.75 {
                &t.mid
            } else {
                &t.budget
            }
        }
        IncomeLevel::High => {
            if r.unit() < 0.75 {
                &t.premium
            } else {
                &t.mid
            }
        }
    };
    pick(r, tier)
}

fn student_occupation(r: &mut Rng, p: &LocalePack, age: u8) -> String {
    let school = |s: &&String| {
        let l = s.to_lowercase();
        l.contains("high school")
            || l.contains("secondary")
            || l.contains("school student") && !l.contains("college")
    };
    let (young, older): (Vec<&String>, Vec<&String>) =
        p.student_occupations.iter().partition(school);
    let pool = if age < 18 { young } else { older };
    match r.pick(&pool) {
        Some(s) => (*s).clone(),
        None if age < 18 => "High school student".into(),
        None => "College student".into(),
    }
}

fn platforms(r: &mut Rng, items: &[String], age: u8, income: IncomeLevel, k: usize) -> Vec<String> {
    let weight = |name: &str| {
        let n = name.to_lowercase();
        let young = age < 30;
        let older = age >= 45;
        if n.contains("tiktok") || n.contains("douyin") || n.contains("snapchat") {
            if young {
                3.0
            } else if older {
                0.6
            } else {
                1.5
            }
        } else if n.contains("facebook") {
            if young {
                0.7
            } else if older {
                3.0
            } else {
                1.6
            }
        } else if n.contains("instagram") || n.contains("xiaohongshu") {
            if older {
                0.9
            } else {
                2.2
            }
        } else if n.contains("linkedin") {
            if income == IncomeLevel::High {
                1.8
            } else {
                0.4
            }
        } else {
            1.0
        }
    };
    let mut pool: Vec<String> = items.to_vec();
    let mut out = Vec::new();
    while out.len() < k && !pool.is_empty() {
        let i = r.weighted(pool.iter().map(|s| weight(s))).unwrap_or(0);
        out.push(pool.remove(i));
    }
    if out.is_empty() {
        out.push("YouTube".into());
    }
    out
}

fn languages(r: &mut Rng, p: &LocalePack) -> Vec<String> {
    let mut langs: Vec<&crate::locale::Share> = p.languages.iter().collect();
    langs.sort_by(|a, b| b.share.total_cmp(&a.share));
    // Everyone speaks the majority languages; others by their share.
    let mut out = Vec::new();
    for (i, l) in langs.iter().enumerate() {
        if i == 0 || (out.len() < 3 && (l.share >= 0.5 || r.unit() < l.share)) {
            out.push(l.name.clone());
        }
    }
    out
}

fn household(r: &mut Rng, p: &LocalePack, age: u8, gender: Gender, working: bool) -> String {
    let h = &p.household;
    let weights: [f64; 4] = match age {
        0..=22 => [1.0, 0.0, 0.0, 0.0],
        23..=29 => [0.55, 0.25, 0.15, 0.05],
        30..=44 => [0.12, 0.15, 0.58, 0.15],
        45..=59 => [0.06, 0.12, 0.52, 0.30],
        _ => [0.08, 0.42, 0.15, 0.35],
    };
    let lists = [&h.single, &h.couple, &h.family, &h.extended];
    let ok = |s: &str| {
        let l = s.to_lowercase();
        let young_kids = [
            "toddler",
            "baby",
            "newborn",
            "young child",
            "school-age",
            "small child",
            "primary school",
            "young kids",
            "infant",
        ];
        let grown = [
            "grown",
            "grandchild",
            "adult child",
            "empty nest",
            "college-age",
            "university-age",
            "teenage",
            "teen",
        ];
        let male_only = ["father", " dad", "his "];
        let female_only = ["mother", " mum", " mom", "housewife", "her "];
        let newly = [
            "newly",
            "newlywed",
            "young couple",
            "just married",
            "first home",
            "dorm",
            "boarding",
            "student",
        ];
        !(age < 36 && grown.iter().any(|g| l.contains(g))
            || age >= 40 && newly.iter().any(|g| l.contains(g))
            || age >= 65 && l.contains("parent")
            || age >= 56 && young_kids.iter().any(|g| l.contains(g))
            || gender == Gender::Male && female_only.iter().any(|g| l.contains(g))
            || gender == Gender::Female && male_only.iter().any(|g| l.contains(g))
            || age < 21 && (l.contains("married") || l.contains("children") || l.contains("kids"))
            || working && (l.contains("retired") || l.contains("pension")))
    };
    for _ in 0..8 {
        let cat = r.weighted(weights.iter().copied()).unwrap_or(0);
        let fitting: Vec<String> = lists[cat].iter().filter(|s| ok(s)).cloned().collect();
        if let Some(s) = r.pick(&fitting) {
            return s.clone();
        }
    }
    if age < 25 {
        "Lives with parents".into()
    } else {
        "Lives with family".into()
    }
}

fn ocean(r: &mut Rng, a: &Archetype) -> Ocean {
    let mut v =
        |centre: f64| ((centre + (r.unit() - 0.5) * 0.3).clamp(0.05, 0.95) * 100.0).round() / 100.0;
    Ocean {
        openness: v(a.ocean[0]),
        conscientiousness: v(a.ocean[1]),
        extraversion: v(a.ocean[2]),
        agreeableness: v(a.ocean[3]),
        neuroticism: v(a.ocean[4]),
    }
}

fn content_kinds(a: &Archetype) -> Vec<String> {
    let kinds: &[&str] = match a.label {
        "The Budget Maximiser" => &[
            "deal hauls and price comparisons",
            "budgeting tips",
            "grocery hauls",
        ],
        "The Trend Scout" => &[
            "fashion and beauty creators",
            "music and dance trends",
            "product unboxings",
        ],
        "The Family Anchor" => &["parenting tips and recipes", "family vlogs", "home hacks"],
        "The Career Climber" => &[
            "business news and career advice",
            "productivity explainers",
            "finance podcasts clips",
        ],
        "The Wellness Seeker" => &[
            "workout routines",
            "healthy recipes",
            "sleep and mindfulness content",
        ],
        "The Homebody Streamer" => &["series recaps", "gaming streams", "cosy home content"],
        "The Hustling Entrepreneur" => &[
            "selling tips and live-selling streams",
            "small-business success stories",
            "sourcing hauls",
        ],
        "The Community Connector" => &["friends' stories and memes", "local events", "food spots"],
        "The Cautious Traditionalist" => &[
            "news clips and talk shows",
            "cooking shows",
            "faith and family content",
        ],
        "The Conscious Consumer" => &[
            "sustainability explainers",
            "local makers",
            "thrift and upcycling",
        ],
        "The Experience Collector" => &["travel reels", "concert clips", "food trips"],
        _ => &["tech reviews", "gadget comparisons", "how-to videos"],
    };
    kinds.iter().map(|s| (*s).to_owned()).collect()
}

fn wake_time(r: &mut Rng, stage: Stage) -> String {
    let (h0, h1) = match stage {
        Stage::Student => (6, 8),
        Stage::Working => (5, 7),
        Stage::Retired => (5, 7),
    };
    let h = r.range(h0, h1);
    let m = r.range(0, 11) * 5;
    format!("{h}:{m:02}")
}

fn stage_label(stage: Stage, age: u8) -> &'static str {
    match (stage, age) {
        (Stage::Student, _) => "student",
        (Stage::Retired, _) => "retiree",
        (_, 0..=29) => "early career",
        (_, 30..=44) => "established",
        (_, 45..=59) => "mid-life",
        _ => "later career",
    }
}

fn field_for_occupation(occupation: &str) -> Option<&'static str> {
    let o = occupation.to_lowercase();
    const MAP: &[(&str, &str)] = &[
        ("nurse", "nursing"),
        ("doctor", "medicine"),
        ("physician", "medicine"),
        ("pharmac", "pharmacy"),
        ("software", "computer science"),
        ("developer", "computer science"),
        ("programmer", "computer science"),
        ("data ", "statistics"),
        ("engineer", "engineering"),
        ("accountant", "accountancy"),
        ("teacher", "education"),
        ("lawyer", "law"),
        ("attorney", "law"),
        ("solicitor", "law"),
        ("dentist", "dentistry"),
        ("veterinar", "veterinary medicine"),
        ("architect", "architecture"),
        ("marketing", "marketing"),
        ("designer", "design"),
        ("journalist", "journalism"),
    ];
    MAP.iter().find(|(k, _)| o.contains(k)).map(|(_, f)| *f)
}

fn is_drink(s: &str) -> bool {
    let l = s.to_lowercase();
    [
        "beer",
        "wine",
        "coffee",
        "tea",
        "juice",
        "soda",
        "milk",
        "drink",
        "lassi",
        "chai",
        "kopi",
        "sake",
        "soju",
        "cà phê",
        "cafe",
        "latte",
        "water",
        "cola",
        "bournvita",
        "milo",
        "caipirinha",
        "guaraná",
        "horchata",
        "mezcal",
        "tequila",
        "bubble",
        "boba",
        "shake",
        "smoothie",
        "sikhye",
        "teh",
    ]
    .iter()
    .any(|d| l.contains(d))
}

/// Lowercases the first letter of a common noun phrase ("Pounded yam" → "pounded
/// yam") and leaves names with inner capitals ("Jollibee Chickenjoy", "S-Bahn") alone.
fn noun_lower(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) if c.clone().all(|ch| !ch.is_uppercase()) => f.to_lowercase().chain(c).collect(),
        _ => s.to_owned(),
    }
}

/// "by city bus", "by S-Bahn", "on foot".
fn commute_phrase(commute: &str) -> String {
    let l = commute.to_lowercase();
    if l.contains("walk") || l.contains("foot") {
        "on foot".into()
    } else {
        format!("by {}", noun_lower(commute))
    }
}

fn category_phrase(cat: &str) -> &str {
    match cat {
        "coffee" => "coffee",
        "fashion" => "clothes",
        "grocery" => "groceries",
        "phone" => "phones",
        "beauty" => "skincare and make-up",
        other => other,
    }
}

fn lower_first(s: &str) -> String {
    // Keep acronyms and proper nouns ("OFW", "BGC") as they are.
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if a.is_uppercase() && b.is_lowercase() => {
            let mut out = a.to_lowercase().collect::<String>();
            out.push(b);
            out.extend(chars);
            out
        }
        _ => s.to_owned(),
    }
}

/// Words that may start a pack item and are not proper nouns, so they are lowercased
/// mid-sentence ("Sunday lunch" stays, "Street food" becomes "street food").
const COMMON_STARTS: &[&str] = &[
    "a",
    "an",
    "the",
    "after",
    "afternoon",
    "annual",
    "attending",
    "bank",
    "barbecue",
    "bargain",
    "big",
    "birthday",
    "breaking",
    "breakfast",
    "buying",
    "cash",
    "catching",
    "celebrating",
    "checking",
    "cheering",
    "coffee",
    "community",
    "cooking",
    "credit",
    "daily",
    "dancing",
    "debit",
    "dinner",
    "early",
    "eating",
    "evening",
    "evenings",
    "family",
    "first",
    "food",
    "going",
    "grabbing",
    "group",
    "hanging",
    "hiking",
    "home",
    "hot",
    "joining",
    "karaoke",
    "late",
    "listening",
    "live",
    "livestream",
    "local",
    "long",
    "lunch",
    "making",
    "market",
    "midnight",
    "monthly",
    "morning",
    "neighbourhood",
    "new",
    "night",
    "office",
    "online",
    "ordering",
    "paying",
    "payday",
    "picnic",
    "playing",
    "prayer",
    "public",
    "queuing",
    "reading",
    "road",
    "school",
    "seaside",
    "sending",
    "shopping",
    "sidewalk",
    "singing",
    "small",
    "spending",
    "street",
    "summer",
    "taking",
    "tea",
    "traditional",
    "village",
    "visiting",
    "watching",
    "weekend",
    "weekly",
    "wet",
    "winter",
    "yearly",
    "videoke",
    "binge",
    "scrolling",
    "fresh",
    "convenience",
    "instant",
];

fn soft_lower(s: &str) -> String {
    let first = s.split_whitespace().next().unwrap_or("");
    let rest_lower = first.chars().skip(1).all(|c| !c.is_uppercase());
    if rest_lower && COMMON_STARTS.contains(&first.to_lowercase().as_str()) {
        let mut c = s.chars();
        match c.next() {
            Some(f) => f.to_lowercase().chain(c).collect(),
            None => String::new(),
        }
    } else {
        s.to_owned()
    }
}

fn lower_first_sentence(s: &str) -> String {
    lower_first(s.trim_end_matches('.'))
}

fn article(word: &str) -> &'static str {
    match word.chars().next().map(|c| c.to_ascii_lowercase()) {
        Some('a' | 'e' | 'i' | 'o' | 'u') => "an",
        _ => "a",
    }
}
