//! A minimal deterministic engine with no locale data (`PERSONA_ENGINE=basic`; its
//! provenance says `basic`): enough to exercise the pipeline end to end.

use async_trait::async_trait;

use super::engine::{EngineError, PersonaEngine, PersonaRequest};
use super::model::{persona_id, Money, Ocean, Persona, Provenance};
use super::rng::Rng;
use crate::domain::{Gender, IncomeLevel};

const MALE: &[&str] = &[
    "Adrian", "Ben", "Carlos", "David", "Ethan", "Farid", "Gabriel", "Hiro", "Ivan", "Jonas",
    "Kenji", "Liam",
];
const FEMALE: &[&str] = &[
    "Aisha", "Bea", "Clara", "Dana", "Elena", "Fatima", "Grace", "Hana", "Iris", "Julia", "Kara",
    "Lena",
];
const FAMILY: &[&str] = &[
    "Santos", "Tan", "Nguyen", "Garcia", "Kim", "Smith", "Silva", "Khan", "Mueller", "Dubois",
    "Okafor", "Sato",
];
const ARCHETYPES: &[&str] = &[
    "The Pragmatist",
    "The Explorer",
    "The Nurturer",
    "The Achiever",
    "The Connector",
    "The Saver",
];

#[derive(Debug, Default)]
pub struct MinimalEngine;

#[async_trait]
impl PersonaEngine for MinimalEngine {
    fn name(&self) -> &str {
        "basic"
    }

    async fn generate(&self, req: &PersonaRequest<'_>) -> Result<Persona, EngineError> {
        let d = req.definition;
        let mut rng = Rng::derive(&[b"basic", &req.seed.to_be_bytes(), &req.index.to_be_bytes()]);
        let lo = d.ages.min().unwrap_or(18).max(13);
        let hi = d.ages.max().unwrap_or(65).max(lo);
        let age = rng.range(lo as u64, hi as u64) as u8;
        let gender = match d.gender {
            Gender::Male => "Male",
            Gender::Female => "Female",
            Gender::All => ["Female", "Male"][(req.index % 2) as usize],
        };
        let given = if gender == "Male" { MALE } else { FEMALE };
        // Names cycle through a permutation so a group never repeats one.
        let offset = (req.seed % 144) as usize;
        let slot = (offset + req.index as usize * 13) % 144;
        let given_name = given[slot % given.len()].to_owned();
        let family_name = FAMILY[(slot / given.len()) % FAMILY.len()].to_owned();
        let income = d.income_level.unwrap_or(match rng.range(0, 2) {
            0 => IncomeLevel::Low,
            1 => IncomeLevel::Middle,
            _ => IncomeLevel::High,
        });
        let location = d.location.clone().unwrap_or_else(|| "Global".to_owned());
        let city = location.split(',').next().unwrap_or("").trim().to_owned();
        let occupation = d
            .occupation
            .clone()
            .unwrap_or_else(|| "Office worker".to_owned());
        let archetype = ARCHETYPES[(req.index as usize + offset) % ARCHETYPES.len()].to_owned();
        let full_name = format!("{given_name} {family_name}");
        let mut trait_val = || (rng.unit() * 100.0).round() / 100.0;
        Ok(Persona {
            id: persona_id(req.run, req.index),
            persona_group_id: req.group_id,
            persona_code: format!("P{:02}", req.index + 1),
            full_name: full_name.clone(),
            given_name,
            family_name,
            age,
            gender: gender.to_owned(),
            location: location.clone(),
            city,
            country_code: "XX".into(),
            languages: vec!["English".into()],
            occupation: occupation.clone(),
            income_level: income.to_string(),
            monthly_income: Money {
                amount: 1000 * (income as u64 + 1),
                currency: "USD".into(),
            },
            educational_background: "Secondary education".into(),
            family_situation: "Lives with family".into(),
            personality_traits: vec!["Practical".into()],
            values_and_motivations: vec!["Stability".into()],
            pain_points: vec!["Rising prices".into()],
            media_consumption: vec!["Social video".into()],
            purchase_behavior: "Compares prices before buying".into(),
            archetype_label: archetype.clone(),
            psychographic_segment: archetype,
            brand_attitudes: vec!["Prefers brands friends recommend".into()],
            buying_triggers: vec!["Discounts".into()],
            aspirational_identity: "Someone with more free time".into(),
            digital_behavior: "Uses a smartphone daily".into(),
            day_in_the_life: format!("{full_name} works as {occupation} in {location}."),
            ocean: Ocean {
                openness: trait_val(),
                conscientiousness: trait_val(),
                extraversion: trait_val(),
                agreeableness: trait_val(),
                neuroticism: trait_val(),
            },
            bio: format!("{full_name}, {age}, {occupation}."),
            quote: "I just want things to work.".into(),
            provenance: Provenance {
                engine: "basic".into(),
                model: None,
                data_version: "0".into(),
                seed: req.seed,
                fallback: None,
                facets: Vec::new(),
                locale_pack: None,
            },
            created_at: req.created_at,
        })
    }
}
