//! The persona document: Boses-compatible fields plus our grounding and provenance.

use serde::{Deserialize, Serialize};

use crate::clock::Timestamp;
use crate::domain::{GenerationId, GroupId, PersonaId};
use sha2::{Digest, Sha256};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Money {
    pub amount: u64,
    pub currency: String,
}

/// Big Five traits, each in 0..=1.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ocean {
    pub openness: f64,
    pub conscientiousness: f64,
    pub extraversion: f64,
    pub agreeableness: f64,
    pub neuroticism: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Provenance {
    pub engine: String,
    pub model: Option<String>,
    pub data_version: String,
    pub seed: u64,
    /// Set when a configured LLM writer could not be used for this persona.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fallback: Option<String>,
    /// The group's audience facets applied to this persona ("family:value").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub facets: Vec<String>,
    /// "derived" when the country has no full pack and its facts come from open data
    /// (docs/COVERAGE.md), "fallback" when the place is in no known country; absent for
    /// a full pack.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale_pack: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Persona {
    pub id: PersonaId,
    pub persona_group_id: GroupId,
    pub persona_code: String,
    pub full_name: String,
    pub given_name: String,
    pub family_name: String,
    pub age: u8,
    pub gender: String,
    pub location: String,
    pub city: String,
    pub country_code: String,
    pub languages: Vec<String>,
    pub occupation: String,
    pub income_level: String,
    pub monthly_income: Money,
    pub educational_background: String,
    pub family_situation: String,
    pub personality_traits: Vec<String>,
    pub values_and_motivations: Vec<String>,
    pub pain_points: Vec<String>,
    pub media_consumption: Vec<String>,
    pub purchase_behavior: String,
    pub archetype_label: String,
    pub psychographic_segment: String,
    pub brand_attitudes: Vec<String>,
    pub buying_triggers: Vec<String>,
    pub aspirational_identity: String,
    pub digital_behavior: String,
    pub day_in_the_life: String,
    pub ocean: Ocean,
    pub bio: String,
    pub quote: String,
    pub provenance: Provenance,
    pub created_at: Timestamp,
}

/// Persona ids derive from (run, index): a resumed or duplicated run rewrites the same
/// persona under the same id instead of minting a second one.
pub fn persona_id(run: GenerationId, index: u32) -> PersonaId {
    let mut h = Sha256::new();
    h.update(run.to_string().as_bytes());
    h.update(index.to_be_bytes());
    let digest = h.finalize();
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    PersonaId::from_uuid(uuid::Builder::from_random_bytes(bytes).into_uuid())
}
