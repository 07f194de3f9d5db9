//! The sampler: what a group fixes for all its personas (pack, place, age range,
//! seed) and the order in which one persona's facts are drawn. Each concern's draws
//! live in its own module as methods on [`Sampler`]; this file only sequences them.

use super::facts::{PersonaFacts, Profile, Stage};
use super::media::everyday;
use super::place::{languages, religion};
use super::psychographics::{ocean, trait_words};
use super::segment::Segment;
use super::variety::UsedPhrases;
use crate::domain::{GroupDefinition, IncomeLevel};
use crate::locale::geo::{Gazetteer, Place};
use crate::locale::{self, LocalePack};
use crate::persona::engine::EngineError;
use crate::persona::rng::Rng;

/// The group-wide setting every persona of a group is sampled in.
pub(super) struct Sampler<'a> {
    pub(super) def: &'a GroupDefinition,
    pub(super) seed: u64,
    pub(super) key: Vec<u8>,
    pub(super) pack: &'static LocalePack,
    pub(super) place: Option<Place>,
    /// A city given in `location` that the gazetteer does not know: kept as written.
    pub(super) unknown_city: Option<String>,
    pub(super) count: u32,
    pub(super) age_lo: u8,
    pub(super) age_hi: u8,
    /// What the group's audience requires of every persona.
    pub(super) segment: Segment,
}

impl<'a> Sampler<'a> {
    pub(super) fn new(def: &'a GroupDefinition, seed: u64) -> Result<Self, EngineError> {
        Self::in_country(def, seed, None)
    }

    /// The setting of persona `j`. A group with no location has no one country: each
    /// persona lives in a country drawn from the seed, with that country's names,
    /// cities, money and brands, so no one person is a mix of places.
    pub(super) fn for_persona(
        def: &'a GroupDefinition,
        seed: u64,
        j: u32,
    ) -> Result<Self, EngineError> {
        if def.location.is_some() {
            return Self::new(def, seed);
        }
        let full: Vec<&'static str> = locale::country_codes()
            .filter(|c| *c != locale::FALLBACK)
            .collect();
        let mut r = Rng::derive(&[
            b"offline/no-location",
            &seed.to_be_bytes(),
            &j.to_be_bytes(),
        ]);
        Self::in_country(def, seed, r.pick(&full).copied())
    }

    fn in_country(
        def: &'a GroupDefinition,
        seed: u64,
        country: Option<&'static str>,
    ) -> Result<Self, EngineError> {
        let place = def
            .location
            .as_deref()
            .and_then(|l| Gazetteer::get().resolve_location(l));
        let pack = match country {
            Some(c) => locale::pack(c),
            None => locale::pack_or_fallback(place.map(|p| p.country)),
        }
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
        let segment = Segment::new(def);
        let (lo, hi) = segment.ages(def, pack.retirement_age.unwrap_or(62));
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
            segment,
        })
    }

    /// A stream of its own for each (persona, purpose): adding or removing a draw for
    /// one purpose leaves every other purpose's draws unchanged.
    pub(super) fn rng(&self, index: u32, purpose: &str) -> Rng {
        Rng::derive(&[
            b"offline/v2",
            &self.seed.to_be_bytes(),
            &self.key,
            &index.to_be_bytes(),
            purpose.as_bytes(),
        ])
    }

    /// Every fact of persona `j`, each drawn against the facts before it. Also returns
    /// the "narrative" stream, which writing must continue from where sampling left
    /// it: the media facts and traits come from its head, the prose from the rest.
    pub(super) fn facts(&self, j: u32, earlier: &UsedPhrases) -> (PersonaFacts, Rng) {
        let p = self.pack;
        let gender = self.gender(j);
        let age = self.age(j);

        let (city, district) = self.city_and_district(&mut self.rng(j, "place"));
        let location = self.location(&city);
        let region = p.region_of(&city);

        let group = self.name_group(&mut self.rng(j, "group"), &city, region);
        let religion = religion(&mut self.rng(j, "religion"), p, group);

        // Stage, income and study are placeholders until `work` settles them.
        let mut who = Profile {
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
        let (income, job) = self.work(j, &mut who);
        let stage = who.stage;
        let monthly_income = self.income_amount(&mut self.rng(j, "income"), income, age, stage);
        let education = self.education(&mut self.rng(j, "education"), income, &job, &who);

        // Household, then names and languages.
        let household = self.household(&mut self.rng(j, "household"), &who, earlier);
        who.home = Some(&household);
        let (given_name, family_name, full_name) = self.name(j, age, gender, group, earlier);
        let languages = languages(&mut self.rng(j, "languages"), p, group, &who);

        let archetype = self.archetype(j, &who, &household, earlier);
        let lived = self.lived(j, &who, &job, &household, earlier);
        let ocean = ocean(&mut self.rng(j, "ocean"), archetype);

        let mut narrative = self.rng(j, "narrative");
        let everyday = everyday(&mut narrative, p, &who, &self.segment.named);
        // Traits no earlier persona of the group has, where the archetype allows.
        let fresh: Vec<&str> = archetype
            .traits
            .iter()
            .copied()
            .filter(|t| !earlier.traits.contains(*t))
            .collect();
        let mut traits: Vec<String> = narrative
            .sample(&fresh, 3)
            .into_iter()
            .map(String::from)
            .collect();
        if traits.len() < 3 {
            // The archetype's words are taken: words for the persona's strongest
            // OCEAN traits, still fresh in the group.
            let rest: Vec<&str> = trait_words(&ocean)
                .into_iter()
                .filter(|t| !earlier.traits.contains(*t) && !traits.iter().any(|x| x == t))
                .collect();
            traits.extend(
                narrative
                    .sample(&rest, 3 - traits.len())
                    .into_iter()
                    .map(String::from),
            );
        }
        let commutes = who.commutes;

        let facts = PersonaFacts {
            index: j,
            seed: self.seed,
            pack: p,
            full_name,
            given_name,
            family_name,
            age,
            gender,
            name_group: group,
            location,
            city,
            district,
            region,
            languages,
            religion,
            stage,
            job,
            commutes,
            income,
            monthly_income,
            education,
            household,
            archetype,
            ocean,
            traits,
            everyday,
            lived,
        };
        (facts, narrative)
    }
}
