//! The offline persona engine: samples facts from the locale pack of the group's place
//! within the group's constraints, then composes the narrative from those facts.
//! No network, no keys, microseconds per persona, and reproducible: persona i depends
//! only on (definition, seed, i).
//!
//! Facts come first and constrain each other: the age fixes the life stage (school,
//! university, work, retirement), the stage and income the occupation, the occupation
//! the education; the household fits the age, income and gender, and the archetype
//! and every narrative line fit the household (no parenting content without children,
//! no "for the family" for someone who lives alone). A persona's name, languages and
//! religion come from one name group of the pack where the pack has them.
//!
//! Uniqueness within a group (names, archetypes, sentences) is kept without breaking
//! that rule: persona i replays personas 0..i, which are themselves pure functions of
//! (definition, seed, j), and avoids what they used.

use async_trait::async_trait;
use std::collections::HashSet;

use super::archetypes::{Archetype, Line, When, ARCHETYPES};
use super::engine::{EngineError, PersonaEngine, PersonaRequest};
use super::model::{persona_id, Money, Ocean, Persona, Provenance};
use super::rng::Rng;
use super::text::{article, cap_first, lower_first, Pronouns};
use crate::domain::{Gender, GroupDefinition, IncomeLevel};
use crate::locale::geo::{Gazetteer, Place};
use crate::locale::{
    self, religion_family, LocalePack, NameGroup, NameOrder, Share, Tagged, Weighted, DATA_VERSION,
};

pub const ENGINE_NAME: &str = "offline";
/// Bumped whenever the engine's sampling or wording changes personas.
pub const ENGINE_VERSION: &str = "3";

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
            // The writer checks each part as it writes it; a part ending in what reads
            // as an initial ("in Block B.") merges with the next one when the whole text
            // is split, so every part on its own is remembered too.
            for s in every_stop(text) {
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

/// Words after which a full stop (or "!") does not end a sentence: abbreviations and
/// names such as "St. Marche", "Dr. Jart+", "R.M. Williams", "Yahoo! Shopping".
const NOT_SENTENCE_ENDS: &[&str] = &[
    "St", "Dr", "Mr", "Mrs", "Ms", "Jr", "Sr", "incl", "vs", "etc", "No", "Co", "Yahoo",
];

fn ends_abbreviation(before: &str) -> bool {
    let word = before.rsplit([' ', '(']).next().unwrap_or("");
    // Initials ("T. Nagar"), dotted names ("R.M. Williams"), abbreviations; not the
    // platform X or the pronoun I.
    (word.chars().count() == 1
        && word.chars().all(char::is_alphabetic)
        && word != "X"
        && word != "I")
        || word.contains('.')
        || NOT_SENTENCE_ENDS.contains(&word)
}

fn continues(rest: &str) -> bool {
    let next = rest.trim_start().split(' ').next().unwrap_or("");
    next.starts_with(char::is_lowercase) && !next.chars().any(char::is_uppercase)
}

/// Pieces of text cut at every terminal punctuation followed by a space, abbreviations
/// or not.
fn every_stop(text: &str) -> Vec<&str> {
    cut_at_stops(text, false)
}

/// Splits text into sentences on terminal punctuation followed by a space.
pub fn sentences(text: &str) -> Vec<&str> {
    cut_at_stops(text, true)
}

/// Cuts at each '.', '!' or '?' followed by a space or the end; `sentences` skips the
/// stops that end an abbreviation or run on into lowercase ("GO! and …").
fn cut_at_stops(text: &str, sentences: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for i in 0..bytes.len() {
        let last = i + 1 == bytes.len();
        let stop = matches!(bytes[i], b'.' | b'!' | b'?') && (last || bytes[i + 1] == b' ');
        let ends = stop
            && (!sentences
                || ((last || !ends_abbreviation(&text[start..i])) && !continues(&text[i + 1..])));
        if ends {
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    Student,
    Working,
    Retired,
}

/// What kind of student role: decides the day, the education line and the ages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum StudyKind {
    Secondary,
    PreUniversity,
    Tertiary,
    Vocational,
    Graduate,
    PostDegree,
    Apprentice,
    Service,
}

/// How a working day is spent: decides the day-in-the-life line and commute pains.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WorkMode {
    Commute,
    Remote,
    Field,
    Shop,
    Driving,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kids {
    None,
    Young,
    School,
    Teen,
    Grown,
}

/// The household, with what the rest of the persona needs to know about it.
#[derive(Debug, Clone)]
struct Home {
    text: String,
    kids: Kids,
    partner: bool,
    alone: bool,
    with_parents: bool,
    carer: bool,
    /// Lives with a partner, children or relatives.
    family: bool,
}

impl Home {
    fn kids_at_home(&self) -> bool {
        matches!(self.kids, Kids::Young | Kids::School | Kids::Teen)
    }
    fn dependants(&self) -> bool {
        self.kids_at_home() || self.carer
    }
}

/// Everything a line's conditions can depend on.
struct Who<'a> {
    age: u8,
    gender: Gender,
    stage: Stage,
    income: IncomeLevel,
    religion: &'a str,
    group: Option<&'a str>,
    city: &'a str,
    region: Option<&'a str>,
    home: Option<&'a Home>,
    commutes: bool,
    study: Option<StudyKind>,
}

impl Who<'_> {
    fn fits_when(&self, w: &When) -> bool {
        let f = w.flags;
        let has = |bit: u32| f & bit != 0;
        let home = self.home;
        let kids = home.is_some_and(Home::kids_at_home);
        (w.min_age..=w.max_age).contains(&self.age)
            && (!has(When::KIDS) || kids)
            && (!has(When::NO_KIDS) || !kids)
            && (!has(When::PARENT) || home.is_some_and(|h| h.kids != Kids::None))
            && (!has(When::FAMILY) || home.is_some_and(|h| h.family))
            && (!has(When::PARTNER) || home.is_some_and(|h| h.partner))
            && (!has(When::OWN_PLACE) || home.is_some_and(|h| !h.family && !h.with_parents))
            && (!has(When::WORK) || self.stage == Stage::Working)
            && (!has(When::NOT_RETIRED) || self.stage != Stage::Retired)
            && (!has(When::RETIRED) || self.stage == Stage::Retired)
            && (!has(When::STUDENT) || self.stage == Stage::Student)
            && (!has(When::COMMUTE) || self.commutes)
            && (!has(When::NOT_LOW) || self.income != IncomeLevel::Low)
    }

    fn religion_matches(&self, tag: &str) -> bool {
        religion_family(self.religion).eq_ignore_ascii_case(tag)
            || self.religion.to_lowercase().contains(&tag.to_lowercase())
    }

    fn in_place(&self, places: &[String]) -> bool {
        places
            .iter()
            .any(|p| p == self.city || self.region.is_some_and(|r| r == p))
    }

    /// A job's own conditions (gender, place, group, religion), leaving its ages to
    /// `occ_profile`.
    fn fits_job(&self, t: &Tagged) -> bool {
        let g = match self.gender {
            Gender::Female => "Female",
            _ => "Male",
        };
        t.gender.as_deref().is_none_or(|x| x == g)
            && (t.places.is_empty() || self.in_place(&t.places))
            && (t.groups.is_empty() || self.group.is_some_and(|g| t.groups.iter().any(|x| x == g)))
            && (t.religions.is_empty() || t.religions.iter().any(|r| self.religion_matches(r)))
    }

    /// The texts of the items that fit, in pack order.
    fn filter(&self, items: &[Tagged]) -> Vec<String> {
        items
            .iter()
            .filter(|t| self.fits(t))
            .map(|t| t.text.clone())
            .collect()
    }

    /// Whether a pack phrase's conditions hold for this persona.
    fn fits(&self, t: &Tagged) -> bool {
        let g = match self.gender {
            Gender::Female => "Female",
            _ => "Male",
        };
        let kids = self.home.is_some_and(Home::kids_at_home);
        t.min_age.is_none_or(|a| self.age >= a)
            && t.max_age.is_none_or(|a| self.age <= a)
            && t.gender.as_deref().is_none_or(|x| x == g)
            && (t.religions.is_empty() || t.religions.iter().any(|r| self.religion_matches(r)))
            && !t.not_religions.iter().any(|r| self.religion_matches(r))
            && (t.groups.is_empty() || self.group.is_some_and(|g| t.groups.iter().any(|x| x == g)))
            && (t.places.is_empty() || self.in_place(&t.places))
            && (t.income.is_empty() || t.income.iter().any(|i| i == self.income.as_str()))
            && t.needs.iter().all(|n| match n.as_str() {
                "work" => self.stage == Stage::Working,
                "student" => self.stage == Stage::Student,
                "not_student" => self.stage != Stage::Student,
                "retired" => self.stage == Stage::Retired,
                "not_retired" => self.stage != Stage::Retired,
                "kids" => kids,
                "no_kids" => !kids,
                "partner" => self.home.is_some_and(|h| h.partner),
                "commute" => self.commutes,
                "adult" => self.age >= 18,
                _ => true,
            })
    }
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
            b"offline/v2",
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

        // Place.
        let (city, district) = self.city_and_district(&mut self.rng(j, "place"));
        let location = match (&self.place, &self.unknown_city) {
            (_, Some(c)) if self.pack.country_code != locale::FALLBACK => {
                format!("{c}, {}", p.country)
            }
            (_, Some(_)) => self.def.location.clone().unwrap_or_default(),
            _ => format!("{city}, {}", p.country),
        };
        let region = p.region_of(&city);

        // Who they are: name group, religion.
        let group = self.name_group(&mut self.rng(j, "group"), &city, region);
        let religion = religion(&mut self.rng(j, "religion"), p, group);

        // Life stage, income and work.
        let mut who = Who {
            age,
            gender,
            stage: Stage::Working,
            income: IncomeLevel::Middle,
            religion: &religion,
            group: group.map(|g| g.name.as_str()),
            city: &city,
            region,
            home: None,
            commutes: true,
            study: None,
        };
        let mut r = self.rng(j, "stage");
        let study = if self.def.occupation.is_some() {
            None
        } else {
            self.study_role(&mut r, &who, false)
        };
        let stage = match (&self.def.occupation, study) {
            (Some(_), _) => Stage::Working,
            (None, Some(_)) => Stage::Student,
            (None, None) if self.retires(&mut r, age) => Stage::Retired,
            _ => Stage::Working,
        };
        who.stage = stage;
        let income = self.def.income_level.unwrap_or_else(|| {
            let w = match stage {
                Stage::Student => [0.55, 0.35, 0.10],
                Stage::Retired => [0.4, 0.45, 0.15],
                _ if age < 25 => [0.5, 0.4, 0.1],
                _ => [0.35, 0.45, 0.20],
            };
            [IncomeLevel::Low, IncomeLevel::Middle, IncomeLevel::High]
                [r.weighted(w.iter().copied()).unwrap_or(1)]
        });
        who.income = income;
        let mut r = self.rng(j, "occupation");
        let job = match (&self.def.occupation, stage, study) {
            (Some(o), _, _) => Some(Job::custom(o)),
            (None, Stage::Student, Some((role, kind))) => Job::student(role, kind),
            (None, Stage::Retired, _) => self.retired_job(&mut r, &who),
            _ => self.working_job(&mut r, &who, false),
        };
        // No job fits the age: the young study, the old have retired, anyone else
        // takes the level's job that fits best.
        let (stage, job) = match job {
            Some(job) => (stage, job),
            None if age < 30 && self.def.occupation.is_none() => {
                who.stage = Stage::Student;
                match self.study_role(&mut r, &who, true) {
                    Some((role, kind)) => (
                        Stage::Student,
                        Job::student(role, kind).unwrap_or_else(Job::retiree),
                    ),
                    None => (
                        Stage::Working,
                        self.working_job(&mut r, &who, true)
                            .unwrap_or_else(Job::retiree),
                    ),
                }
            }
            None if age >= 50 => {
                who.stage = Stage::Retired;
                (
                    Stage::Retired,
                    self.retired_job(&mut r, &who).unwrap_or_else(Job::retiree),
                )
            }
            None => (
                Stage::Working,
                self.working_job(&mut r, &who, true)
                    .unwrap_or_else(Job::retiree),
            ),
        };
        let study = job.study;
        who.study = study.map(|s| s.1);
        who.stage = stage;
        who.commutes = match stage {
            Stage::Retired => false,
            Stage::Student => true,
            Stage::Working => job.mode == WorkMode::Commute,
        };
        let monthly_income = self.income_amount(&mut self.rng(j, "income"), income, age, stage);
        let education = self.education(&mut self.rng(j, "education"), income, &job, &who);

        // Household, then names and languages.
        let home = self.household(&mut self.rng(j, "household"), &who);
        who.home = Some(&home);
        let (given_name, family_name, full_name) = self.name(j, age, gender, group, taken);
        let languages = languages(&mut self.rng(j, "languages"), p, group, &who);

        // Psychographics.
        let archetype = self.archetype(j, &who, &home, taken);
        let ocean = ocean(&mut self.rng(j, "ocean"), archetype);
        let pr = Pronouns::new(gender);

        let mut w = Writer {
            rng: self.rng(j, "narrative"),
            taken,
            given: &given_name,
            pr,
            used: HashSet::new(),
            protect: Vec::new(),
        };
        let pl = &p.platforms;
        let socials = platforms(&mut w.rng, &who.filter(&pl.social), age, income, stage, 2);
        let messaging = pick_ranked(
            &mut w.rng,
            &messaging_for(&who.filter(&pl.messaging), age),
            // One messaging app dominates almost everywhere.
            3.0,
        );
        let ecommerce = sample_ranked(&mut w.rng, &who.filter(&pl.ecommerce), 2);
        let payment = pick_ranked(&mut w.rng, &who.filter(&pl.payments), 1.0);
        // Evenings are spent on a service other than the main feed.
        let shows: Vec<String> = who
            .filter(&pl.streaming)
            .into_iter()
            .filter(|s| s != &socials[0])
            .collect();
        let streaming = pick_ranked(&mut w.rng, &shows, 0.7);
        let news = pick_ranked(&mut w.rng, &who.filter(&pl.news), 1.0);
        let (ride, delivery) = rides_and_delivery(&mut w.rng, p, &who);
        let commutes: Vec<&Tagged> = p.commute.iter().filter(|c| who.fits(c)).collect();
        let commute = w
            .rng
            .pick(&commutes)
            .map(|c| c.text.clone())
            .unwrap_or_else(|| "bus".into());
        let meal = pick(&mut w.rng, &who.filter(&p.foods.meals));
        let coffee = brand(&mut w.rng, p, "coffee", income, false);
        let grocery = brand(&mut w.rng, p, "grocery", income, false);
        w.protect = [&messaging, &coffee, &grocery]
            .into_iter()
            .filter(|b| is_brand(b))
            .cloned()
            .collect();

        let traits: Vec<String> = w
            .rng
            .sample(archetype.traits, 3)
            .into_iter()
            .map(String::from)
            .collect();
        let values = w.lines(archetype.values, &who, 3);
        let mut pains = w.lines(archetype.pains, &who, 2);
        let where_ = district.clone().unwrap_or_else(|| city.clone());
        let pos = pr.their;
        let hassles: Vec<&Tagged> = p
            .touchpoints
            .hassles
            .iter()
            .filter(|t| who.fits(t))
            .collect();
        let local_pain = match w.rng.pick(&hassles) {
            Some(h) if w.rng.unit() < 0.7 => cap_first(&h.text),
            _ => {
                let mut local = vec![format!("Crowds and traffic around {where_} at rush hour")];
                if who.commutes {
                    local.push(format!(
                        "The daily commute {} in {city} eats into {pos} day",
                        commute_phrase(&commute)
                    ));
                }
                if age >= 18 && !home.with_parents {
                    local.push(format!(
                        "Rent and bills in {city} rise faster than {pos} income"
                    ));
                }
                pick(&mut w.rng, &local)
            }
        };
        pains.push(local_pain);
        let triggers = w.lines(archetype.triggers, &who, 3);

        let brand_attitudes = self.brand_attitudes(&mut w, archetype, &who);
        let content = w
            .lines(archetype.content, &who, 1)
            .pop()
            .unwrap_or_else(|| "friends' posts".into());
        let mut media = vec![format!(
            "{} — daily, mostly {}",
            socials[0],
            lower_first(&content)
        )];
        let mut seen_platforms = vec![socials[0].clone()];
        let mut add_media = |name: &str, what: &str| {
            if !seen_platforms.iter().any(|s| s == name) {
                seen_platforms.push(name.to_owned());
                media.push(format!("{name} — {what}"));
            }
        };
        add_media(&streaming, "evenings and weekends");
        if let Some(s) = socials.get(1) {
            add_media(s, secondary_use(s));
        }
        if !news.is_empty() && age >= 16 {
            add_media(
                &news,
                if stage == Stage::Retired {
                    "morning headlines"
                } else {
                    "headlines on the go"
                },
            );
        }

        let she = pr.they;
        let occ = job.mid.clone();
        let a_occ = article(&occ);
        let place_phrase = match &district {
            Some(d) => format!("{d}, {city}"),
            None => city.clone(),
        };
        let bio = w.paragraph(vec![
            vec![
                format!("{full_name}, {age}, is {a_occ} {occ} based in {place_phrase}."),
                format!(
                    "{full_name} is {} {age}-year-old {occ} living in {place_phrase}.",
                    article(&format!("{age}"))
                ),
            ],
            vec![
                format!(
                    "friends would call {given_name} {} and {}.",
                    lower_first(&traits[0]),
                    lower_first(&traits[1])
                ),
                format!(
                    "{given_name} comes across as {} and {}.",
                    lower_first(&traits[0]),
                    lower_first(&traits[2])
                ),
                format!(
                    "{she} describes {} as {} and {}.",
                    pr.themself,
                    lower_first(&traits[1]),
                    lower_first(&traits[2])
                ),
            ],
            vec![
                format!(
                    "what matters most to {given_name} is {}.",
                    lower_first(&values[0])
                ),
                format!(
                    "{she} puts {} ahead of almost everything else.",
                    lower_first(&values[0])
                ),
            ],
        ]);

        let wake = wake_time(&mut w.rng, stage);
        let morning = if age < 16 {
            vec![
                format!(
                    "{given_name} is up by {wake} and out of the door after a quick breakfast."
                ),
                format!(
                    "{given_name}'s alarm goes off at {wake}, and breakfast is eaten standing up."
                ),
            ]
        } else {
            vec![
                format!("{given_name} is up by {wake} and starts the day with {coffee}."),
                // Cafés and coffee brands share the pack list: a phrasing that fits both.
                format!("{given_name}'s alarm goes off at {wake}, and the day does not start without {coffee}."),
            ]
        };
        let lunch = if meal.is_empty() {
            "a packed lunch".to_owned()
        } else {
            meal.clone()
        };
        let daytime = match (stage, study.map(|s| s.1), job.mode) {
            (Stage::Student, Some(StudyKind::Secondary), _) => vec![
                format!("{she} gets to school {} and has {lunch} at the canteen or from home.", commute_phrase(&commute)),
                format!("lessons fill most of the day, and homework gets done over chats on {messaging}."),
            ],
            (Stage::Student, Some(StudyKind::PreUniversity | StudyKind::PostDegree), _) => vec![
                format!("most of the day goes into exam preparation, with {lunch} eaten over revision notes."),
                format!("{she} spends long days studying for the exams, with breaks for {lunch}."),
            ],
            (Stage::Student, Some(StudyKind::Apprentice), _) => vec![
                format!("{she} splits the week between the workplace and classes, travelling {}.", commute_phrase(&commute)),
                format!("training days start early and end with {lunch} on the way home."),
            ],
            (Stage::Student, Some(StudyKind::Service), _) => vec![
                format!("service keeps {} busy on weekdays, with home and friends at the weekend.", pr.them),
                format!("weekdays follow the service timetable; weekends are for sleep and friends."),
            ],
            (Stage::Student, _, _) => vec![
                format!("{she} gets to class {} and studies between lectures.", commute_phrase(&commute)),
                format!("classes fill most of the day, with {lunch} for lunch and group projects coordinated on {messaging}."),
            ],
            (Stage::Retired, _, _) => {
                let company = if home.family && !home.alone { "family" } else { "friends" };
                vec![
                    format!("mornings are unhurried: errands around {where_}, then time with {company}."),
                    format!("{she} spends late mornings at the market and catching up with neighbours."),
                    format!("retirement means slow breakfasts and a walk around {where_} before the heat or the rain."),
                    format!("the days have their own rhythm now: errands, a long lunch of {lunch}, then calls with {company}."),
                ]
            }
            (_, _, WorkMode::Remote) => vec![
                format!("{she} works from home as {a_occ} {occ}, with the first calls before nine."),
                format!("most days are spent working from home, with {lunch} between calls."),
            ],
            (_, _, WorkMode::Field) => vec![
                format!("work as {a_occ} {occ} starts at first light and follows the weather."),
                format!("{she} is out working early whatever the weather, with a packed lunch at midday."),
            ],
            (_, _, WorkMode::Shop) => vec![
                format!("{she} opens up early and works as {a_occ} {occ} until the evening rush is over."),
                format!("the day as {a_occ} {occ} means long hours on {pos} feet around {where_}."),
            ],
            (_, _, WorkMode::Driving) => vec![
                format!("most of the day is spent on the road as {a_occ} {occ}, with {lunch} grabbed between trips."),
                format!("work as {a_occ} {occ} means long hours around {where_}, chasing the busy times."),
            ],
            _ => vec![
                format!("{she} commutes {} to work in {where_}, where the day as {a_occ} {occ} often runs past six.", commute_phrase(&commute)),
                format!("work as {a_occ} {occ} keeps {} busy until evening; lunch is usually {lunch} in {where_}.", pr.them),
            ],
        };
        let evening = vec![
            format!("evenings are for {streaming} or scrolling {}.", socials[0]),
            format!("after dinner {she} catches up on {streaming} before bed."),
            format!(
                "{she} winds down with {streaming} and a last look at {}.",
                socials[0]
            ),
        ];
        let tp = &p.touchpoints;
        let events: Vec<&Tagged> = tp.events.iter().filter(|t| who.fits(t)).collect();
        let rituals: Vec<&Tagged> = tp.rituals.iter().filter(|t| who.fits(t)).collect();
        let habits: Vec<&Tagged> = tp.habits.iter().filter(|t| who.fits(t)).collect();
        let mut highlight = Vec::new();
        let event = w.rng.sample(&events, 2);
        let ritual = w.rng.sample(&rituals, 2);
        for e in &event {
            highlight.push(format!("a highlight of {pos} year: {}.", e.text));
            highlight.push(format!("{she} always looks forward to {}.", e.text));
        }
        for r in &ritual {
            highlight.push(format!("{she} rarely misses {}.", r.text));
            highlight.push(format!("{she} always makes time for {}.", r.text));
        }
        let mut day_slots = vec![morning, daytime, evening, highlight];
        let routine: Vec<String> = w
            .rng
            .sample(&habits, 2)
            .into_iter()
            .flat_map(|h| {
                [
                    format!("{} is part of {pos} routine.", h.text),
                    format!("{pos} week usually includes {}.", h.text),
                ]
            })
            .collect();
        if !routine.is_empty() {
            day_slots.push(routine);
        }
        let day_in_the_life = w.paragraph(day_slots);

        let eco0 = ecommerce
            .first()
            .cloned()
            .unwrap_or_else(|| "online marketplaces".into());
        let eco1 = ecommerce
            .get(1)
            .cloned()
            .unwrap_or_else(|| "physical stores".into());
        let shopping = if age < 16 {
            vec![
                format!("{she} browses {eco0} and {eco1} for ideas, and a parent pays for anything big."),
                format!("{she} saves up for things spotted on {eco0}, then asks a parent to check out."),
            ]
        } else {
            vec![
                format!("{she} compares prices on {eco0} and {eco1} before checking out, and pays with {payment}."),
                format!("{she} buys most things on {eco0}, pays with {payment}, and checks {eco1} when a deal looks too good."),
            ]
        };
        let groceries = match stage {
            _ if age < 18 || home.with_parents => vec![
                format!("snacks and small things come from {grocery}."),
                format!("{she} picks up snacks at {grocery} and leaves the big shop to the family."),
            ],
            Stage::Retired => vec![
                format!("groceries come from {grocery}, mostly on quiet weekday mornings."),
                format!("{she} keeps a running list for {grocery} and rarely buys on impulse there."),
            ],
            Stage::Student => vec![
                format!("groceries come from {grocery}, bought a little at a time to stretch the allowance."),
                format!("small treats are where {she} splurges; big purchases wait for a sale."),
            ],
            Stage::Working => vec![
                format!("groceries come from {grocery}, usually in one big trip after payday."),
                format!("{she} keeps a running list for {grocery} and rarely buys on impulse there."),
                format!("small treats are where {she} splurges; big purchases wait for a sale."),
            ],
        };
        let purchase_behavior = w.paragraph(vec![shopping, groceries]);

        let hours = screen_hours(&mut w.rng, age);
        let hours = if hours == 1 {
            "an hour".to_owned()
        } else {
            format!("{hours} hours")
        };
        let chats = match stage {
            Stage::Working => format!("family and work chats run on {messaging}."),
            Stage::Student => format!("family and class chats run on {messaging}."),
            Stage::Retired => {
                format!("family chats and the neighbourhood group run on {messaging}.")
            }
        };
        let often = match income {
            IncomeLevel::Low => "now and then",
            IncomeLevel::Middle => "a few times a month",
            IncomeLevel::High => "several times a week",
        };
        let mut digital_slots = vec![
            vec![
                format!(
                    "{she} spends about {hours} a day on {pos} phone, mostly on {}.",
                    socials[0]
                ),
                format!(
                    "{she} is online roughly {hours} a day, with {} open more than any other app.",
                    socials[0]
                ),
            ],
            if age >= 18 {
                vec![
                    chats,
                    format!("{messaging} is where plans, bills and family news get sorted."),
                ]
            } else {
                vec![
                    chats,
                    format!("{messaging} is where friends and family keep in touch."),
                ]
            },
        ];
        match (&ride, &delivery) {
            _ if age < 16 => {}
            (Some(rd), Some(fd)) => digital_slots.push(vec![
                format!("rides go through {rd}, and food orders through {fd}, {often}."),
                format!("{she} books rides on {rd} and orders food on {fd} {often}."),
            ]),
            (Some(rd), None) => {
                digital_slots.push(vec![format!("{she} books rides on {rd} {often}.")])
            }
            (None, Some(fd)) => {
                digital_slots.push(vec![format!("{she} orders food on {fd} {often}.")])
            }
            (None, None) => {
                digital_slots.push(vec![format!("{she} shops online at least once a week.")])
            }
        }
        let digital_behavior = w.paragraph(digital_slots);

        let aspiration = w
            .lines(archetype.aspirations, &who, 1)
            .pop()
            .unwrap_or_else(|| "wants a good life for the people around them".into());
        let aspirational_identity = w.one(vec![format!("{given_name} {aspiration}.")]);
        let quote = w.quote(archetype, &who, &meal, &messaging, &eco0);

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
            city: city.clone(),
            country_code: p.country_code.clone(),
            languages,
            occupation: job.display,
            income_level: income.as_str().to_owned(),
            monthly_income,
            educational_background: education,
            family_situation: cap_first(&home.text),
            personality_traits: traits,
            values_and_motivations: values.iter().map(|v| cap_first(v)).collect(),
            pain_points: pains.iter().map(|v| cap_first(v)).collect(),
            media_consumption: media,
            purchase_behavior,
            archetype_label: archetype.label.to_owned(),
            psychographic_segment: format!("{} · {}", archetype.segment, stage_label(stage, age)),
            brand_attitudes,
            buying_triggers: triggers.iter().map(|v| cap_first(v)).collect(),
            aspirational_identity,
            digital_behavior,
            day_in_the_life,
            ocean,
            bio,
            quote,
            provenance: Provenance {
                engine: ENGINE_NAME.into(),
                model: None,
                data_version: format!(
                    "{DATA_VERSION}+engine.{ENGINE_VERSION}/{}",
                    p.country_code.to_ascii_lowercase()
                ),
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

    /// The name group of a persona in `city`: the group's share there where the pack
    /// says, the national shares for the rest.
    fn name_group(
        &self,
        r: &mut Rng,
        city: &str,
        region: Option<&str>,
    ) -> Option<&'static NameGroup> {
        let groups = &self.pack.name_groups;
        if groups.is_empty() {
            return None;
        }
        let local = |g: &NameGroup| {
            g.places
                .get(city)
                .or_else(|| region.and_then(|rg| g.places.get(rg)))
                .copied()
        };
        let listed: f64 = groups.iter().filter_map(local).sum();
        let rest = (1.0 - listed).max(0.0);
        let unlisted: f64 = groups
            .iter()
            .filter(|g| local(g).is_none())
            .map(|g| g.share)
            .sum();
        let weights: Vec<f64> = groups
            .iter()
            .map(|g| match local(g) {
                Some(s) => s,
                None if unlisted > 0.0 => rest * g.share / unlisted,
                None => 0.0,
            })
            .collect();
        let i = r
            .weighted(weights.iter().copied())
            .or_else(|| r.weighted(groups.iter().map(|g| g.share)))
            .unwrap_or(0);
        groups.get(i)
    }

    /// A student role that fits the age and gender, or none when the persona is not
    /// studying.
    fn study_role(
        &self,
        r: &mut Rng,
        who: &Who<'_>,
        surely: bool,
    ) -> Option<(&'static Tagged, StudyKind)> {
        let age = who.age;
        let chance = match age {
            _ if surely => 1.0,
            0..=17 => 1.0,
            18..=19 => 0.7,
            20..=22 => 0.6,
            23..=24 => 0.3,
            25..=29 => 0.1,
            _ => 0.0,
        };
        let u = r.unit();
        if u >= chance {
            return None;
        }
        let fitting: Vec<(&'static Tagged, StudyKind)> = self
            .pack
            .student_occupations
            .iter()
            .map(|s| (s, study_kind(s)))
            .filter(|(s, k)| {
                let (lo, hi) = study_ages(*k);
                who.fits(s) && s.min_age.unwrap_or(lo) <= age && age <= s.max_age.unwrap_or(hi)
            })
            .collect();
        let picked = r.pick(&fitting).copied();
        if picked.is_none() && age < 18 {
            return Some((&FALLBACK_SCHOOL, StudyKind::Secondary));
        }
        picked
    }

    /// One of the pack's four largest cities: where banks, funds and head offices are.
    fn big_city(&self, city: &str) -> bool {
        let mut by_size: Vec<&locale::City> = self.pack.cities.iter().collect();
        by_size.sort_by_key(|c| std::cmp::Reverse(c.population));
        by_size.iter().take(4).any(|c| c.name == city)
    }

    fn retires(&self, r: &mut Rng, age: u8) -> bool {
        let at = i32::from(self.pack.retirement_age.unwrap_or(62));
        let d = i32::from(age) - at;
        let p = match d {
            i32::MIN..=-6 => 0.0,
            -5..=-1 => 0.12,
            0..=4 => 0.6,
            5..=9 => 0.8,
            _ => 0.92,
        };
        r.unit() < p
    }

    /// A job of the persona's income level that fits the age (any age when `any_age`)
    /// and the job's own conditions (gender, place).
    fn working_job(&self, r: &mut Rng, who: &Who<'_>, any_age: bool) -> Option<Job> {
        let (income, age) = (who.income, who.age);
        let list = self.pack.occupations.get(income);
        let fitting: Vec<(&Tagged, OccProfile)> = list
            .iter()
            .map(|o| (o, occ_profile(o, income)))
            .filter(|(o, prof)| {
                who.fits_job(o)
                    && (any_age || (prof.min_age..=prof.max_age).contains(&age))
                    && (!big_city_job(&o.text) || self.big_city(who.city))
            })
            .collect();
        let (o, prof) = *r.pick(&fitting)?;
        Some(Job::work(&o.text, prof))
    }

    fn retired_job(&self, r: &mut Rng, who: &Who<'_>) -> Option<Job> {
        if who.age < 50 {
            return None;
        }
        let income = who.income;
        let list = self.pack.occupations.get(income);
        let fitting: Vec<&Tagged> = list
            .iter()
            .filter(|o| occ_profile(o, income).retire && who.fits_job(o))
            .collect();
        let o = r.pick(&fitting)?;
        Some(Job::retired(&o.text))
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

    fn education(&self, r: &mut Rng, level: IncomeLevel, job: &Job, who: &Who<'_>) -> String {
        let p = self.pack;
        if let Some((role, kind)) = job.study {
            let applied = ["polytechnic", "community college"]
                .iter()
                .any(|k| role.text.to_lowercase().contains(k));
            let field = if !role.fields.is_empty() {
                pick(r, &role.fields)
            } else if applied {
                pick_str(r, APPLIED_FIELDS)
            } else {
                pick_str(r, STUDY_FIELDS)
            };
            return match kind {
                StudyKind::Secondary => "Currently in secondary school".into(),
                StudyKind::PreUniversity => {
                    "Finished secondary school; preparing for university entrance exams".into()
                }
                StudyKind::Apprentice => {
                    "Finished secondary school; apprenticeship in progress".into()
                }
                StudyKind::Service => "Finished secondary school; doing national service".into(),
                StudyKind::PostDegree => format!("Bachelor's degree in {field}"),
                StudyKind::Vocational => format!(
                    "Vocational course in {} in {}",
                    pick_str(r, VOCATIONAL_FIELDS),
                    who.city
                ),
                StudyKind::Tertiary | StudyKind::Graduate => {
                    let what = if kind == StudyKind::Graduate {
                        "Postgraduate studies in"
                    } else {
                        "Studying"
                    };
                    // A role that names its kind of school studies at one of that kind.
                    let role_text = role.text.to_lowercase();
                    let kind_of = ["polytechnic", "community college"]
                        .into_iter()
                        .find(|k| role_text.contains(k));
                    match (self.university(r, who, kind_of), kind_of) {
                        (Some(u), _) => format!("{what} {field} at {u}"),
                        (None, Some(k)) => {
                            format!("{what} {field} at {} {k} in {}", article(k), who.city)
                        }
                        (None, None) => format!("{what} {field} at a university in {}", who.city),
                    }
                }
            };
        }
        // An occupation that implies a degree gets a degree in that field, from the
        // pack's own list where it names one.
        let list = p.education.get(level);
        let field = job.field;
        if let Some(f) = field {
            let matching: Vec<&String> = list
                .iter()
                .filter(|e| education_field(e) == Some(f))
                .collect();
            if let Some(e) = r.pick(&matching) {
                return (*e).clone();
            }
            let degree = if level == IncomeLevel::High && r.unit() < 0.4 {
                "Master's degree"
            } else {
                "Bachelor's degree"
            };
            return format!("{degree} in {f}");
        }
        // A skilled trade is learnt on a vocational route, whatever it pays: an
        // electrician with a business degree reads wrong in every country.
        if is_trade(&job.display) {
            let vocational: Vec<&String> = [IncomeLevel::Low, IncomeLevel::Middle]
                .iter()
                .flat_map(|l| p.education.get(*l).iter())
                .filter(|e| is_vocational(e))
                .collect();
            if let Some(e) = r.pick(&vocational) {
                return (*e).clone();
            }
        }
        // Otherwise any of the level's qualifications that does not name a profession
        // and that the persona is old enough to hold.
        let general: Vec<&String> = list
            .iter()
            .filter(|e| education_field(e).is_none() && who.age >= degree_age(e))
            .collect();
        match r.pick(&general) {
            Some(e) => (*e).clone(),
            None => pick(r, list),
        }
    }

    /// A university in the persona's city, else in its region; none when the pack
    /// cannot say where its universities are.
    fn university(&self, r: &mut Rng, who: &Who<'_>, kind: Option<&str>) -> Option<String> {
        let unis: Vec<&Tagged> = self
            .pack
            .universities
            .iter()
            // Of the right kind, and open to the persona (UiTM admits Bumiputera only).
            .filter(|u| u.kind.as_deref() == kind)
            .filter(|u| {
                u.groups.is_empty() || who.group.is_some_and(|g| u.groups.iter().any(|x| x == g))
            })
            .collect();
        let here: Vec<&Tagged> = unis
            .iter()
            .copied()
            .filter(|u| u.places.iter().any(|c| c == who.city))
            .collect();
        if let Some(u) = r.pick(&here) {
            return Some(u.text.clone());
        }
        let region = who.region?;
        let near: Vec<&Tagged> = unis
            .iter()
            .copied()
            .filter(|u| {
                u.places
                    .iter()
                    .any(|c| self.pack.region_of(c) == Some(region) || c == region)
            })
            .collect();
        r.pick(&near).map(|u| u.text.clone())
    }

    fn household(&self, r: &mut Rng, who: &Who<'_>) -> Home {
        let h = &self.pack.household;
        let age = who.age;
        let weights: [f64; 4] = match (who.stage, age) {
            (_, 0..=17) => [0.8, 0.0, 0.0, 0.2],
            (Stage::Student, _) => [0.9, 0.05, 0.0, 0.05],
            (_, 18..=22) => [0.85, 0.1, 0.03, 0.02],
            (_, 23..=29) => [0.55, 0.25, 0.15, 0.05],
            (_, 30..=44) => [0.12, 0.15, 0.58, 0.15],
            (_, 45..=59) => [0.08, 0.15, 0.47, 0.30],
            _ => [0.12, 0.42, 0.1, 0.36],
        };
        let lists = [&h.single, &h.couple, &h.family, &h.extended];
        for _ in 0..8 {
            let cat = r.weighted(weights.iter().copied()).unwrap_or(0);
            let fitting: Vec<Home> = lists[cat]
                .iter()
                .map(|t| home_of(t, cat))
                .zip(lists[cat].iter())
                .filter(|(home, t)| home_fits(home, t, who))
                .map(|(home, _)| home)
                .collect();
            if let Some(s) = r.pick(&fitting) {
                return s.clone();
            }
        }
        // Nothing in the pack fits: a plain household for the age.
        let (text, kids, partner, with_parents) = match age {
            0..=29 => ("Lives with parents", Kids::None, false, true),
            30..=49 => ("Married with two children", Kids::School, true, false),
            _ => ("Married, with grown-up children", Kids::Grown, true, false),
        };
        Home {
            text: text.into(),
            kids,
            partner,
            alone: false,
            with_parents,
            carer: false,
            family: true,
        }
    }

    fn name(
        &self,
        j: u32,
        age: u8,
        gender: Gender,
        group: Option<&NameGroup>,
        taken: &Taken,
    ) -> (String, String, String) {
        let p = self.pack;
        let (given_pool, family_pool, order) = match group {
            Some(g) => (
                &g.given_names,
                &g.family_names,
                g.name_order.unwrap_or(p.name_order),
            ),
            None => (&p.given_names, &p.family_names, p.name_order),
        };
        let pool: &[Weighted] = if gender == Gender::Male {
            &given_pool.male
        } else {
            &given_pool.female
        };
        let connector = group
            .and_then(|g| g.connector.as_ref())
            .map(|c| {
                if gender == Gender::Male {
                    c.male.as_str()
                } else {
                    c.female.as_str()
                }
            })
            .filter(|c| !c.is_empty());
        let full = |given: &str, family: &str| {
            match (order, connector) {
                (_, Some(c)) => format!("{given} {c} {family}"),
                (NameOrder::GivenFamily, None) => format!("{given} {family}"),
                (NameOrder::FamilyGiven, None) => format!("{family} {given}"),
            }
            .trim()
            .to_owned()
        };
        let mut r = self.rng(j, "name");
        for attempt in 0..64 {
            let gi = r
                .weighted(pool.iter().map(|w| w.weight_at(age)))
                .unwrap_or(0);
            let fi = r.weighted(family_pool.iter().map(|w| w.1)).unwrap_or(0);
            let given = pool.get(gi).map(|w| w.0.clone()).unwrap_or_default();
            let family = family_pool.get(fi).map(|w| w.0.clone()).unwrap_or_default();
            let name = full(&given, &family);
            let fresh_given = !taken.given_names.contains(&given) || attempt >= 48;
            // A given name that is also the family name ("Musa Musa") reads as an error.
            if fresh_given && given != family && !taken.full_names.contains(&name) {
                return (given, family, name);
            }
        }
        // Unreachable with packs of 20+ names for at most 10 personas; stay unique anyway.
        let given = pool
            .get(j as usize % pool.len().max(1))
            .map(|w| w.0.clone())
            .unwrap_or_default();
        let family = format!(
            "{}-{}",
            family_pool.first().map(|w| w.0.as_str()).unwrap_or("Doe"),
            j + 1
        );
        let name = full(&given, &family);
        (given, family, name)
    }

    fn archetype(&self, j: u32, who: &Who<'_>, home: &Home, taken: &Taken) -> &'static Archetype {
        let mut r = self.rng(j, "archetype");
        let age = who.age;
        let base = |a: &Archetype| {
            let age_fit = (a.min_age..=a.max_age).contains(&age);
            let home_fit = !a.needs_dependants || home.dependants();
            let stage_fit = !a.working_life || who.stage != Stage::Retired;
            if age_fit && home_fit && stage_fit {
                1.0
            } else {
                0.0
            }
        };
        let fit = |a: &Archetype| {
            let inc = a.income_fit[match who.income {
                IncomeLevel::Low => 0,
                IncomeLevel::Middle => 1,
                IncomeLevel::High => 2,
            }];
            // Family-first reads most naturally for people with children at home.
            let family = if a.needs_dependants && home.kids_at_home() {
                1.6
            } else {
                1.0
            };
            let fresh = if taken.archetypes.contains(a.label) {
                0.0
            } else {
                1.0
            };
            base(a) * inc * family * fresh
        };
        let i = r
            .weighted(ARCHETYPES.iter().map(fit))
            .or_else(|| r.weighted(ARCHETYPES.iter().map(base)))
            .unwrap_or(0);
        &ARCHETYPES[i]
    }

    fn brand_attitudes(&self, w: &mut Writer<'_>, a: &Archetype, who: &Who<'_>) -> Vec<String> {
        let mut out = Vec::new();
        let mut cats: Vec<&str> = a.brand_categories.to_vec();
        // Men get views on grooming rarely enough that a make-up brand reads oddly.
        if who.gender == Gender::Male {
            if let Some(k) = cats.iter().position(|c| *c == "beauty") {
                let spare = ["phone", "coffee", "grocery", "fashion"]
                    .into_iter()
                    .find(|c| !cats.contains(c));
                match spare {
                    Some(s) => cats[k] = s,
                    None => {
                        cats.remove(k);
                    }
                }
            }
        }
        // Teenagers have views on clothes and phones, not on coffee or the grocery run.
        let grown_up_only: &[&str] = match who.age {
            0..=15 => &["coffee", "grocery"],
            16..=17 => &["grocery"],
            _ => &[],
        };
        for skip in grown_up_only {
            if let Some(k) = cats.iter().position(|c| c == skip) {
                let spare = ["fashion", "phone", "beauty"]
                    .into_iter()
                    .find(|c| !(cats.contains(c) || who.gender == Gender::Male && *c == "beauty"));
                match spare {
                    Some(s) => cats[k] = s,
                    None => {
                        cats.remove(k);
                    }
                }
            }
        }
        let stances: Vec<&Line> = a
            .brand_stance
            .iter()
            .filter(|l| who.fits_when(&l.when))
            .collect();
        let order = w.rng.sample(&stances, stances.len());
        let mut used: Vec<&str> = Vec::new();
        for cat in cats {
            if !self.pack.brands.contains_key(cat) {
                continue;
            }
            let b = brand(&mut w.rng, self.pack, cat, who.income, true);
            if b.is_empty() {
                continue;
            }
            // A stance that suits the category, a fresh one where possible.
            let Some(stance) = order
                .iter()
                .find(|l| l.when.suits(cat) && !used.contains(&l.text))
                .or_else(|| order.iter().find(|l| l.when.suits(cat)))
            else {
                continue;
            };
            used.push(stance.text);
            let text =
                w.pr.fill(stance.text)
                    .replace("{brand}", &b)
                    .replace("{what}", category_phrase(cat));
            out.push(cap_first(&text));
        }
        // Aspiration points up one tier, never from Low straight to luxury.
        if who.income == IncomeLevel::Middle && who.age >= 18 {
            let treat = if who.gender == Gender::Female {
                "beauty"
            } else {
                "fashion"
            };
            if let Some(t) = self
                .pack
                .brands
                .get(treat)
                .or_else(|| self.pack.brands.get("fashion"))
            {
                let names: Vec<&String> = t.premium.iter().filter(|b| is_brand(b)).collect();
                if let Some(b) = w.rng.pick(&names) {
                    out.push(format!("Saves up for {b} as an occasional treat"));
                }
            }
        }
        out
    }
}

/// A school place for a teenager whose pack lists no secondary-school role.
static FALLBACK_SCHOOL: Tagged = Tagged {
    text: String::new(),
    min_age: None,
    max_age: None,
    gender: None,
    religions: Vec::new(),
    not_religions: Vec::new(),
    groups: Vec::new(),
    places: Vec::new(),
    income: Vec::new(),
    needs: Vec::new(),
    kids: None,
    partner: None,
    with_parents: None,
    alone: None,
    carer: None,
    kind: None,
    fields: Vec::new(),
    retire: None,
    remote: None,
};

/// An occupation as shown (`display`) and as it reads mid-sentence (`mid`).
#[derive(Debug, Clone)]
struct Job {
    display: String,
    mid: String,
    mode: WorkMode,
    field: Option<&'static str>,
    study: Option<(&'static Tagged, StudyKind)>,
}

impl Job {
    fn custom(o: &str) -> Self {
        Job {
            display: o.to_owned(),
            mid: lower_first(o),
            mode: work_mode(o, None),
            field: field_for_occupation(o),
            study: None,
        }
    }
    fn student(role: &'static Tagged, kind: StudyKind) -> Option<Self> {
        let text = if role.text.is_empty() {
            "secondary school student"
        } else {
            role.text.as_str()
        };
        Some(Job {
            display: cap_first(text),
            mid: text.to_owned(),
            mode: WorkMode::Commute,
            field: None,
            study: Some((role, kind)),
        })
    }
    fn work(text: &str, prof: OccProfile) -> Self {
        Job {
            display: cap_first(text),
            mid: text.to_owned(),
            mode: prof.mode,
            field: field_for_occupation(text),
            study: None,
        }
    }
    fn retired(prior: &str) -> Self {
        Job {
            display: format!("Retired {prior}"),
            mid: format!("retired {prior}"),
            mode: WorkMode::Commute,
            field: field_for_occupation(prior),
            study: None,
        }
    }
    fn retiree() -> Self {
        Job {
            display: "Retiree".into(),
            mid: "retiree".into(),
            mode: WorkMode::Commute,
            field: None,
            study: None,
        }
    }
}

/// Ages and habits of an occupation, from its wording (and the pack's overrides).
#[derive(Debug, Clone, Copy)]
struct OccProfile {
    min_age: u8,
    max_age: u8,
    retire: bool,
    mode: WorkMode,
}

/// Jobs found in financial centres and head offices, not in every town.
fn big_city_job(text: &str) -> bool {
    let l = text.to_lowercase();
    has_any(
        &l,
        &[
            "investment bank",
            "fund manager",
            "big tech",
            "global tech",
            "mnc ",
            "sogo shosha",
            "management consultant",
            "actuary",
            "investment analyst",
        ],
    )
}

fn has_any(l: &str, words: &[&str]) -> bool {
    words.iter().any(|w| l.contains(w))
}

fn occ_profile(o: &Tagged, level: IncomeLevel) -> OccProfile {
    let l = format!(" {} ", o.text.to_lowercase());
    let (mut min, mut max) = match level {
        IncomeLevel::Low => (17, 64),
        IncomeLevel::Middle => (21, 64),
        IncomeLevel::High => (24, 66),
    };
    let mut retire = true;
    // Gig, shift and entry-level work: mostly young, not a career one retires from.
    if has_any(
        &l,
        &[
            " rider",
            "delivery",
            "courier",
            "crew",
            "barista",
            "bar staff",
            "content creator",
            "influencer",
            "livestream",
            "streamer",
            "call cent",
            "customer care agent",
            "customer support",
            "telemarketing",
            "saleslady",
            "fast-food",
            "kitchen porter",
            "kitchen hand",
            "kitchen helper",
            "dispatch",
            "motoboy",
            "shipper",
            "fruit picker",
            "virtual assistant",
            "f&b",
            "hospitality worker",
            " ojek",
            "grab ",
            "app driver",
            "rideshare",
            "ride-hailing",
            "private-hire",
            "fifo",
            "part-time",
        ],
    ) {
        max = max.min(52);
        retire = false;
    }
    // Counter and crew jobs are mostly held by the young.
    if has_any(
        &l,
        &[
            "crew",
            "barista",
            "bar staff",
            "fast-food",
            "saleslady",
            "part-timer",
            "kitchen hand",
        ],
    ) {
        max = max.min(45);
    }
    // Heavy physical work.
    if has_any(
        &l,
        &[
            "construction",
            "labourer",
            "laborer",
            "bricklayer",
            "mjengo",
            "pedreiro",
            "albañil",
            "mine worker",
            "warehouse",
            "plantation",
            "tea picker",
            "rubber tapper",
            "factory",
            "maquiladora",
            "porter",
            "order picker",
        ],
    ) {
        max = max.min(60);
    }
    // Jobs of the platform and start-up economy: nobody retires from them yet.
    if has_any(
        &l,
        &[
            "fintech",
            "product manager",
            "product operations",
            "data scientist",
            "algorithm",
            "social media",
            "startup",
            "start-up",
            "e-commerce",
            " ux",
            "online seller",
            "cross-border",
        ],
    ) {
        min = min.max(22);
        max = max.min(60);
        retire = false;
    }
    if has_any(
        &l,
        &[
            "software",
            " developer",
            "it support",
            "it specialist",
            "it technician",
            "system engineer",
            "software tester",
        ],
    ) && !has_any(&l, &["real estate developer", "property developer"])
    {
        min = min.max(21);
        max = max.min(62);
    }
    // Long training.
    for (words, age) in [
        (
            &[
                " doctor",
                "physician",
                " gp ",
                "general practitioner",
                "surgeon",
                "medical specialist",
                "nhs consultant",
                "consultant specialist",
            ][..],
            26,
        ),
        (
            &[
                "dentist",
                "veterinar",
                "pharmacist",
                "architect",
                "actuary",
                "lawyer",
                "attorney",
                "advocate",
                "solicitor",
                "barrister",
                "chartered accountant",
                "certified public accountant",
                "ca(sa)",
                "lecturer",
                "dosen",
                "pilot",
                "tax adviser",
                "tax auditor",
                "ias officer",
            ][..],
            24,
        ),
        (
            &["notary", "prosecutor", "ship captain", "professor", "judge"][..],
            30,
        ),
        (
            &[
                "nurse",
                "teacher",
                "accountant",
                "engineer",
                "midwife",
                "paramedic",
                "physiotherapist",
                "social worker",
                "police",
                "civil servant",
                "educator",
                "analyst",
                "banker",
                "consultant",
                "pharmac",
                "clinical officer",
                "medical technologist",
                "journalist",
            ][..],
            21,
        ),
        (
            &["manager", "supervisor", "meister", "master craftsman"][..],
            26,
        ),
        (&["branch manager"][..], 30),
        (
            &[
                "director",
                "head of",
                "head teacher",
                "company head",
                "chef d'entreprise",
                "executive (cadre",
                "company executive",
                "senior",
                "partner",
                "general manager",
                "ceo",
            ][..],
            32,
        ),
        (
            &[
                "country director",
                "regional director",
                "department manager",
                "finance director",
                "marketing director",
                "chief",
                "cfo",
                "bucho",
            ][..],
            36,
        ),
    ] {
        if has_any(&l, words) {
            min = min.max(age);
        }
    }
    // Work people keep doing late in life: their own business, a profession, the land.
    if has_any(
        &l,
        &[
            "owner",
            "business",
            "entrepreneur",
            "empresário",
            "empresario",
            "pengusaha",
            "laoban",
            "trader",
            "vendor",
            "hawker",
            "farmer",
            "fisher",
            "tailor",
            "seamstress",
            "consultant",
            "real estate",
            "property",
            "broker",
            "notary",
            " doctor",
            "physician",
            " gp ",
            "general practitioner",
            "dentist",
            "pharmacist",
            "lawyer",
            "attorney",
            "advocate",
            "solicitor",
            "barrister",
            "architect",
            "accountant",
            "tax adviser",
            "jua kali",
            "fundi",
            "artisan",
            "mama mboga",
            "taxi driver",
            "security",
            "caretaker",
            "domestic worker",
            "house help",
            "housekeeper",
            "gardener",
            "car guard",
            "parking attendant",
            "mechanic",
            "vulcaniser",
            "taquero",
            "seller",
            "cleaner",
            "janitor",
            "sari-sari",
            "warung",
            "kirana",
            "spaza",
            "professor",
            "tianguis",
            " stall",
            "market trader",
            "market vendor",
            "landscaper",
        ],
    ) && !has_any(&l, &["online seller", "delivery", "social media"])
    {
        max = max.max(78);
    }
    if let Some(a) = o.min_age {
        min = a;
    }
    if let Some(a) = o.max_age {
        max = a;
    }
    if let Some(x) = o.retire {
        retire = x;
    }
    OccProfile {
        min_age: min,
        max_age: max,
        retire,
        mode: work_mode(&o.text, o.remote),
    }
}

fn work_mode(text: &str, remote: Option<bool>) -> WorkMode {
    let l = format!(" {} ", text.to_lowercase());
    if remote == Some(true)
        || has_any(
            &l,
            &[
                "remote",
                "from home",
                "virtual assistant",
                "online seller",
                "freelance",
                "content creator",
                "livestream",
            ],
        )
    {
        WorkMode::Remote
    } else if has_any(
        &l,
        &[
            "farmer",
            "farm worker",
            "farmworker",
            "fisher",
            "plantation",
            "tea picker",
            "rubber tapper",
            "jornalero",
            "fruit picker",
        ],
    ) {
        WorkMode::Field
    } else if has_any(
        &l,
        &[
            " driver",
            " rider",
            "courier",
            "motoboy",
            "delivery",
            "dispatch",
            "bus captain",
            "shipper",
        ],
    ) {
        WorkMode::Driving
    } else if has_any(
        &l,
        &[
            "vendor",
            "hawker",
            "trader",
            "store owner",
            "shop owner",
            "stall",
            "sari-sari",
            "warung",
            "kirana",
            "spaza",
            "mama mboga",
            "tianguis",
            "taquero",
            "shopkeeper",
            "buka",
            "mitumba",
            "kiosk",
            "street food",
            "market trader",
            "market vendor",
        ],
    ) {
        WorkMode::Shop
    } else {
        WorkMode::Commute
    }
}

fn study_kind(s: &Tagged) -> StudyKind {
    match s.kind.as_deref() {
        Some("secondary") => StudyKind::Secondary,
        Some("pre_university") => StudyKind::PreUniversity,
        Some("vocational") => StudyKind::Vocational,
        Some("graduate") => StudyKind::Graduate,
        Some("post_degree") => StudyKind::PostDegree,
        Some("apprentice") => StudyKind::Apprentice,
        Some("service") => StudyKind::Service,
        Some(_) => StudyKind::Tertiary,
        None => {
            let l = s.text.to_lowercase();
            if l.is_empty()
                || has_any(
                    &l,
                    &[
                        "high school",
                        "secondary",
                        "sixth-form",
                        "year 12",
                        "class 12",
                        "lycée",
                        "gymnasium",
                        "matric",
                        "mathayom",
                        "preparatoria",
                        "sma",
                        "form 5",
                    ],
                )
            {
                StudyKind::Secondary
            } else if has_any(
                &l,
                &[
                    "graduate",
                    "postgraduate",
                    "master",
                    "phd",
                    "doctoral",
                    "mba",
                ],
            ) {
                StudyKind::Graduate
            } else if has_any(&l, &["apprentice", "trainee", "azubi", "alternant"]) {
                StudyKind::Apprentice
            } else if has_any(&l, &["vocational", "tvet", "tafe", "ite ", "technical"]) {
                StudyKind::Vocational
            } else {
                StudyKind::Tertiary
            }
        }
    }
}

/// Default ages of a kind of study.
fn study_ages(k: StudyKind) -> (u8, u8) {
    match k {
        StudyKind::Secondary => (13, 18),
        StudyKind::PreUniversity => (17, 20),
        StudyKind::Tertiary => (18, 24),
        StudyKind::Vocational => (16, 22),
        StudyKind::Graduate => (22, 32),
        StudyKind::PostDegree => (21, 27),
        StudyKind::Apprentice => (16, 22),
        StudyKind::Service => (18, 22),
    }
}

/// The household a pack entry describes: explicit fields first, else what its
/// category implies.
fn home_of(t: &Tagged, cat: usize) -> Home {
    let kids = match t.kids.as_deref() {
        Some("none") => Kids::None,
        Some("young") => Kids::Young,
        Some("school") => Kids::School,
        Some("teen") => Kids::Teen,
        Some("grown") => Kids::Grown,
        _ if cat == 2 => Kids::School,
        _ => Kids::None,
    };
    let partner = t.partner.unwrap_or(cat == 1 || cat == 2);
    let with_parents = t.with_parents.unwrap_or(false);
    let alone = t.alone.unwrap_or(false);
    Home {
        text: t.text.clone(),
        kids,
        partner,
        alone,
        with_parents,
        carer: t.carer.unwrap_or(false),
        family: partner
            || with_parents
            || cat >= 2
            || matches!(kids, Kids::Young | Kids::School | Kids::Teen),
    }
}

fn home_fits(home: &Home, t: &Tagged, who: &Who<'_>) -> bool {
    let age = who.age;
    // Ages at which each kind of household reads naturally.
    let male = who.gender == Gender::Male;
    let (lo, hi) = match home.kids {
        Kids::Young => (21, if male { 52 } else { 44 }),
        Kids::School => (25, if male { 56 } else { 52 }),
        Kids::Teen => (32, if male { 58 } else { 55 }),
        Kids::Grown => (42, 200),
        Kids::None => (13, 200),
    };
    let (lo, hi) = (t.min_age.unwrap_or(lo), t.max_age.unwrap_or(hi));
    let under_18_ok = age >= 18 || (home.with_parents && !home.partner);
    let parents_ok = !home.with_parents || age <= 40 || home.carer;
    let partner_ok = !home.partner || age >= 20;
    // A retired couple is retired; student housing is for students past school.
    let l = home.text.to_lowercase();
    let retired_ok =
        !(l.contains("retired") || l.contains("pension")) || who.stage == Stage::Retired;
    let student_home = t.needs("student")
        || has_any(
            &l,
            &[
                "dorm",
                "hostel",
                "student res",
                "hall of residence",
                "student hall",
                "campus",
            ],
        );
    let study_ok = !student_home
        || (who.stage == Stage::Student
            && !matches!(
                who.study,
                Some(StudyKind::Secondary | StudyKind::PreUniversity | StudyKind::Service)
            ));
    (lo..=hi).contains(&age)
        && under_18_ok
        && parents_ok
        && partner_ok
        && retired_ok
        && study_ok
        && who.fits(t)
}

fn religion(r: &mut Rng, p: &LocalePack, group: Option<&NameGroup>) -> String {
    let shares: &[Share] = match group {
        Some(g) if !g.religions.is_empty() => &g.religions,
        _ => &p.religions,
    };
    r.weighted(shares.iter().map(|s| s.share))
        .and_then(|i| shares.get(i))
        .map(|s| s.name.clone())
        .unwrap_or_default()
}

fn languages(r: &mut Rng, p: &LocalePack, group: Option<&NameGroup>, who: &Who<'_>) -> Vec<String> {
    let (income, stage) = (who.income, who.stage);
    let shares: &[Share] = match group {
        Some(g) if !g.languages.is_empty() => &g.languages,
        _ => &p.languages,
    };
    // English goes with schooling and office work: more likely the higher the income.
    let boost = match (income, stage) {
        (IncomeLevel::High, _) => 2.0,
        (IncomeLevel::Middle, _) | (_, Stage::Student) => 1.5,
        _ => 1.0,
    };
    let mut langs: Vec<(f64, &str)> = shares
        .iter()
        .filter(|l| l.places.is_empty() || who.in_place(&l.places))
        .map(|l| {
            let s = if l.name == "English" {
                (l.share * boost).min(0.97)
            } else {
                l.share
            };
            (s, l.name.as_str())
        })
        .collect();
    langs.sort_by(|a, b| b.0.total_cmp(&a.0));
    // Everyone speaks the majority languages; others by their share.
    let mut out = Vec::new();
    for (i, (share, name)) in langs.iter().enumerate() {
        if i == 0 || (out.len() < 3 && (*share >= 0.5 || r.unit() < *share)) {
            out.push((*name).to_owned());
        }
    }
    out
}

/// Composes text while avoiding any sentence an earlier persona of the group used.
/// Templates are written as they read after a lead-in ("groceries come from …"); the
/// writer capitalises the first letter of each sentence and nothing else.
struct Writer<'a> {
    rng: Rng,
    taken: &'a Taken,
    given: &'a str,
    pr: Pronouns,
    used: HashSet<String>,
    /// Pack names that may start a sentence and must keep their spelling ("iMessage").
    protect: Vec<String>,
}

impl Writer<'_> {
    fn fresh(&self, s: &str) -> bool {
        !self.taken.sentences.contains(s) && !self.used.contains(s)
    }

    fn start(&self, s: &str) -> String {
        if self
            .protect
            .iter()
            .any(|p| !p.is_empty() && s.starts_with(p.as_str()))
        {
            s.to_owned()
        } else {
            cap_first(s)
        }
    }

    /// One sentence from the variants: the first (in random order) nobody used yet,
    /// else the first variant made personal with the given name (given names are
    /// unique in a group, so the result is too).
    fn one(&mut self, variants: Vec<String>) -> String {
        let order = self.rng.sample(&variants, variants.len());
        let chosen = order
            .iter()
            .map(|v| self.start(v))
            .find(|v| sentences(v).iter().all(|s| self.fresh(s)))
            .unwrap_or_else(|| {
                let base = order.first().cloned().unwrap_or_default();
                self.personal(&base)
            });
        for s in sentences(&chosen) {
            self.used.insert(s.to_owned());
        }
        chosen
    }

    fn personal(&self, raw: &str) -> String {
        let pr = self.pr;
        if let Some(rest) = raw.strip_prefix(&format!("{} ", pr.they)) {
            format!("{} {rest}", self.given)
        } else if let Some(rest) = raw.strip_prefix(&format!("{} ", pr.their)) {
            format!("{}'s {rest}", self.given)
        } else if raw.starts_with(self.given) {
            raw.to_owned()
        } else {
            format!("For {}, {raw}", self.given)
        }
    }

    fn paragraph(&mut self, slots: Vec<Vec<String>>) -> String {
        slots
            .into_iter()
            .filter(|v| !v.is_empty())
            .map(|v| self.one(v))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Up to `k` of an archetype's lines that fit the persona, pronouns filled in.
    fn lines(&mut self, bank: &[Line], who: &Who<'_>, k: usize) -> Vec<String> {
        let fitting: Vec<&Line> = bank.iter().filter(|l| who.fits_when(&l.when)).collect();
        self.rng
            .sample(&fitting, k)
            .into_iter()
            .map(|l| self.pr.fill(l.text))
            .collect()
    }

    /// The persona's quote: the archetype's own lines first, then lines built from
    /// the persona's facts, so that a group rarely runs out.
    fn quote(
        &mut self,
        a: &Archetype,
        who: &Who<'_>,
        meal: &str,
        messaging: &str,
        shop: &str,
    ) -> String {
        let mut variants: Vec<String> = a
            .quotes
            .iter()
            .filter(|l| who.fits_when(&l.when))
            .map(|l| self.pr.fill(l.text))
            .collect();
        let order = self.rng.sample(&variants, variants.len());
        if let Some(q) = order.iter().find(|q| self.fresh(q)) {
            let q = q.clone();
            self.used.insert(q.clone());
            return q;
        }
        variants.clear();
        if !meal.is_empty() {
            variants.push(format!("Give me {meal} and a quiet evening and I'm happy."));
        }
        variants.push(format!("Half my life is organised on {messaging}."));
        variants.push(format!("If it's not on {shop}, I probably don't need it."));
        variants.push(format!("Nobody in {} does it quite like we do.", who.city));
        let fresh: Vec<String> = variants.into_iter().filter(|v| self.fresh(v)).collect();
        let q = match self.rng.pick(&fresh) {
            Some(q) => q.clone(),
            None => {
                let base = order
                    .first()
                    .cloned()
                    .unwrap_or_else(|| "Life is good.".into());
                let lead = if base.starts_with("I ") || base.starts_with("I'") {
                    base
                } else {
                    lower_first(&base)
                };
                format!("I'm {}, and {lead}", self.given)
            }
        };
        self.used.insert(q.clone());
        q
    }
}

fn pick(r: &mut Rng, items: &[String]) -> String {
    r.pick(items).cloned().unwrap_or_default()
}

fn pick_str(r: &mut Rng, items: &[&str]) -> String {
    r.pick(items).map(|s| (*s).to_owned()).unwrap_or_default()
}

/// Pack platform lists run from the most used down: earlier entries weigh more.
fn rank_weight(i: usize, steep: f64) -> f64 {
    1.0 / (1.0 + i as f64).powf(steep)
}

fn pick_ranked(r: &mut Rng, items: &[String], steep: f64) -> String {
    r.weighted((0..items.len()).map(|i| rank_weight(i, steep)))
        .and_then(|i| items.get(i))
        .cloned()
        .unwrap_or_default()
}

fn sample_ranked(r: &mut Rng, items: &[String], k: usize) -> Vec<String> {
    let mut pool: Vec<(usize, &String)> = items.iter().enumerate().collect();
    let mut out = Vec::new();
    while out.len() < k && !pool.is_empty() {
        let i = r
            .weighted(pool.iter().map(|(rank, _)| rank_weight(*rank, 0.8)))
            .unwrap_or(0);
        out.push(pool.remove(i).1.clone());
    }
    out
}

/// Messaging apps by age: teenagers' and gamers' apps for the young only.
fn messaging_for(items: &[String], age: u8) -> Vec<String> {
    let kept: Vec<String> = items
        .iter()
        .filter(|m| {
            let l = m.to_lowercase();
            let young_only =
                l.contains("snapchat") || l.contains("discord") || l.contains("instagram");
            let work_only = l.contains("dingtalk") || l.contains("feishu") || l.contains("slack");
            !(young_only && age >= 35 || work_only && age < 22)
        })
        .cloned()
        .collect();
    if kept.is_empty() {
        items.to_vec()
    } else {
        kept
    }
}

/// A ride-hailing app and a food-delivery app; older packs list both in one.
fn rides_and_delivery(
    r: &mut Rng,
    p: &LocalePack,
    who: &Who<'_>,
) -> (Option<String>, Option<String>) {
    let pl = &p.platforms;
    if pl.ride_hailing.is_empty() && pl.food_delivery.is_empty() {
        return (
            r.pick(&who.filter(&pl.ride_hailing_delivery)).cloned(),
            None,
        );
    }
    let rides = who.filter(&pl.ride_hailing);
    let food = who.filter(&pl.food_delivery);
    let ride = (!rides.is_empty()).then(|| pick_ranked(r, &rides, 1.0));
    let food = (!food.is_empty()).then(|| pick_ranked(r, &food, 1.0));
    (ride, food)
}

/// A pack brand item is a brand unless it is a description ("the wet market"), which
/// the packs write with a lower-case article.
fn is_brand(s: &str) -> bool {
    !(s.starts_with("a ") || s.starts_with("an ") || s.starts_with("the "))
}

fn brand(
    r: &mut Rng,
    p: &LocalePack,
    category: &str,
    income: IncomeLevel,
    names_only: bool,
) -> String {
    let Some(t) = p.brands.get(category) else {
        return String::new();
    };
    // Low income never lands on premium; High mostly premium, sometimes mid.
    let tiers: [&Vec<String>; 2] = match income {
        IncomeLevel::Low => [&t.budget, &t.budget],
        IncomeLevel::Middle => {
            if r.unit() < 0.75 {
                [&t.mid, &t.budget]
            } else {
                [&t.budget, &t.mid]
            }
        }
        IncomeLevel::High => {
            if r.unit() < 0.75 {
                [&t.premium, &t.mid]
            } else {
                [&t.mid, &t.premium]
            }
        }
    };
    for tier in tiers {
        let items: Vec<&String> = tier.iter().filter(|b| !names_only || is_brand(b)).collect();
        if let Some(b) = r.pick(&items) {
            return (*b).clone();
        }
    }
    String::new()
}

fn platforms(
    r: &mut Rng,
    items: &[String],
    age: u8,
    income: IncomeLevel,
    stage: Stage,
    k: usize,
) -> Vec<String> {
    let weight = |rank: usize, name: &str| {
        let n = name.to_lowercase();
        let young = age < 30;
        let older = age >= 45;
        let w = if n.contains("tiktok") || n.contains("douyin") || n.contains("kuaishou") {
            if young {
                3.0
            } else if older {
                0.5
            } else {
                1.5
            }
        } else if n.contains("snapchat") {
            if age < 25 {
                3.0
            } else if age < 35 {
                0.8
            } else {
                0.05
            }
        } else if n.contains("facebook") {
            if age < 18 {
                0.15
            } else if young {
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
        } else if n.contains("linkedin") || n.contains("xing") {
            // Only for people at work, and never the main feed.
            if rank == usize::MAX || stage != Stage::Working || income == IncomeLevel::Low {
                0.0
            } else if income == IncomeLevel::High {
                1.8
            } else {
                0.5
            }
        } else if n == "x" || n.contains("twitter") || n.contains("pinterest") {
            // Skews young adult and office-going.
            let by_age = if (18..50).contains(&age) { 1.0 } else { 0.4 };
            let by_income = if income == IncomeLevel::Low { 0.6 } else { 1.0 };
            by_age * by_income
        } else if n.contains("reddit") || n.contains("bilibili") || n.contains("discord") {
            if age < 40 {
                1.0
            } else {
                0.2
            }
        } else {
            1.0
        };
        w * rank_weight(rank.min(20), 0.3)
    };
    let mut pool: Vec<(usize, String)> = items.iter().cloned().enumerate().collect();
    let mut out: Vec<String> = Vec::new();
    while out.len() < k && !pool.is_empty() {
        let first = out.is_empty();
        let i = r
            .weighted(pool.iter().map(|(rank, s)| {
                weight(
                    if first && is_professional(s) {
                        usize::MAX
                    } else {
                        *rank
                    },
                    s,
                )
            }))
            .unwrap_or(0);
        out.push(pool.remove(i).1);
    }
    if out.is_empty() {
        out.push("YouTube".into());
    }
    out
}

fn is_professional(name: &str) -> bool {
    let n = name.to_lowercase();
    n.contains("linkedin") || n.contains("xing")
}

/// What a second social platform is used for.
fn secondary_use(name: &str) -> &'static str {
    let n = name.to_lowercase();
    if is_professional(name) {
        "for work news and contacts"
    } else if n == "x" || n.contains("twitter") || n.contains("weibo") || n.contains("threads") {
        "for news and what everyone is talking about"
    } else if n.contains("youtube") || n.contains("bilibili") {
        "for how-to videos and music"
    } else if n.contains("reddit") || n.contains("zhihu") {
        "for answers and discussions"
    } else if n.contains("pinterest") {
        "for ideas and inspiration"
    } else if n.contains("band") {
        "for group and club updates"
    } else if n.contains("sharechat") {
        "for videos in local languages"
    } else {
        "to keep up with friends"
    }
}

fn screen_hours(r: &mut Rng, age: u8) -> u64 {
    let (lo, hi) = match age {
        0..=17 => (4, 7),
        18..=29 => (3, 7),
        30..=49 => (2, 5),
        50..=64 => (2, 4),
        _ => (1, 3),
    };
    r.range(lo, hi)
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

fn wake_time(r: &mut Rng, stage: Stage) -> String {
    let (h0, h1) = match stage {
        Stage::Student => (6, 7),
        Stage::Working => (5, 6),
        Stage::Retired => (6, 7),
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

const STUDY_FIELDS: &[&str] = &[
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
    "economics",
    "architecture",
];

/// What polytechnics and community colleges teach.
const APPLIED_FIELDS: &[&str] = &[
    "accountancy",
    "business administration",
    "computer science",
    "electrical engineering",
    "mass communication",
    "hospitality management",
    "nursing",
    "mechanical engineering",
];

const VOCATIONAL_FIELDS: &[&str] = &[
    "electrical installation",
    "automotive technology",
    "culinary arts",
    "information technology",
    "business studies",
    "hairdressing and beauty",
    "welding and fabrication",
];

/// Professions and the field of study they imply.
const FIELDS: &[(&[&str], &str)] = &[
    (&["nurse", "nursing", "midwife", "bidan"], "nursing"),
    (
        &[
            "doctor",
            "physician",
            " gp",
            "general practitioner",
            "surgeon",
            "medical specialist",
            "nhs consultant",
            "consultant specialist",
            "medicine",
            "medical degree",
            "mbbs",
            "mbchb",
            " md ",
        ],
        "medicine",
    ),
    (&["pharmac"], "pharmacy"),
    (
        &[
            "software",
            "developer",
            "programmer",
            "computer science",
            "informatics",
            "algorithm",
        ],
        "computer science",
    ),
    (&["data scientist", "statistic"], "statistics"),
    (
        &[
            "engineer",
            "engineering",
            "b.tech",
            "beng",
            "diplom-ingenieur",
            "m.tech",
        ],
        "engineering",
    ),
    (
        &[
            "accountant",
            "accountancy",
            "accounting",
            "ican",
            "icai",
            "ca(sa)",
            "cpa",
            "chartered accountant",
        ],
        "accountancy",
    ),
    (
        &[
            "teacher",
            "teaching",
            "degree in education",
            "bachelor of education",
            "pgce",
            "b.ed",
            " bed ",
            "educator",
            "licenciatura",
        ],
        "education",
    ),
    (
        &[
            "lawyer",
            "attorney",
            "solicitor",
            "barrister",
            "advocate",
            "law",
            "llb",
            "juris doctor",
            " jd ",
            "notary",
            "prosecutor",
            "avocat",
        ],
        "law",
    ),
    (&["dentist", "dental"], "dentistry"),
    (&["veterinar"], "veterinary medicine"),
    (&["architect"], "architecture"),
];

fn field_of(text: &str) -> Option<&'static str> {
    let l = format!(" {} ", text.to_lowercase());
    FIELDS
        .iter()
        .find(|(words, _)| words.iter().any(|w| l.contains(w)))
        .map(|(_, f)| *f)
}

/// Skilled manual trades, learnt by apprenticeship or at a vocational school.
fn is_trade(occupation: &str) -> bool {
    let l = occupation.to_lowercase();
    has_any(
        &l,
        &[
            "electrician",
            "plumber",
            "mechanic",
            "hvac",
            "welder",
            "carpenter",
            "mason",
            "machinist",
            "fitter",
            "tradesperson",
            "tradesman",
            "joiner",
            "bricklayer",
            "tiler",
            "auto repair",
        ],
    ) && !has_any(&l, &["engineer", "owner", "manager"])
}

/// A qualification from a vocational route (trade school, TAFE, ITI, TESDA, SMK...).
fn is_vocational(e: &str) -> bool {
    let l = format!(" {} ", e.to_lowercase());
    has_any(
        &l,
        &[
            "vocational",
            "trade",
            "tvet",
            "apprentice",
            "tafe",
            " iti ",
            "tesda",
            "smk",
            "senai",
            "conalep",
            " skm ",
            "por wor",
            "btec",
            "senmon",
            "zhongzhuan",
            "artisan",
            " cap ",
            " bep ",
            "polytechnic",
            " ite ",
            "institute of technical education",
            "technical",
        ],
    ) && !has_any(
        &l,
        &[
            "nursing",
            "medical",
            "bank",
            "care",
            "retail",
            "accounting",
            "primary",
            "bachelor",
            "degree",
        ],
    )
}

fn field_for_occupation(occupation: &str) -> Option<&'static str> {
    let l = occupation.to_lowercase();
    // Jobs named after a field that do not need the degree.
    if has_any(&l, &["real estate developer", "property developer"]) {
        return None;
    }
    if has_any(
        &l,
        &[
            "assistant",
            "aide",
            "technician",
            "clerk",
            "software tester",
            "hygienist",
            "engineer working",
        ],
    ) && !l.contains("software engineer")
    {
        if l.contains("engineer working") {
            return Some("computer science");
        }
        return None;
    }
    if l.contains("mining engineer") || l.contains("oil and gas") {
        return Some("engineering");
    }
    if l.contains("software engineer") {
        return Some("computer science");
    }
    field_of(occupation)
}

/// The youngest age at which someone holds a qualification.
fn degree_age(e: &str) -> u8 {
    let l = format!(" {} ", e.to_lowercase());
    if has_any(&l, &["phd", "doctorate", "doctor of philosophy"]) {
        28
    } else if has_any(
        &l,
        &[" mba", "master", " ms ", " msc", " m.tech", " s2", "mm)"],
    ) {
        25
    } else if has_any(
        &l,
        &[
            "bachelor", "degree", " ba ", " bsc", " b.", " bs ", "licence", "llb", "beng", "bcom",
            "s1",
        ],
    ) {
        21
    } else {
        0
    }
}

/// The profession an education entry names, if any ("MBBS from …" → medicine).
fn education_field(e: &str) -> Option<&'static str> {
    let l = e.to_lowercase();
    if has_any(&l, &["mba", "business", "management"]) {
        return None;
    }
    field_of(e)
}

/// "by city bus", "by S-Bahn", "on foot".
fn commute_phrase(commute: &str) -> String {
    let l = commute.to_lowercase();
    if l.contains("walk") || l.contains("foot") {
        "on foot".into()
    } else {
        format!("by {commute}")
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
