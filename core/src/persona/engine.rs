//! The persona engine boundary: the worker asks for persona `index` of a run and gets
//! a finished document. Persona i depends only on (definition, seed, i), so a resumed
//! run regenerates exactly what a crashed one would have written.

use async_trait::async_trait;

use super::model::Persona;
use crate::clock::Timestamp;
use crate::domain::{GenerationId, GroupDefinition, GroupId};

pub struct PersonaRequest<'a> {
    pub group_id: GroupId,
    pub run: GenerationId,
    pub definition: &'a GroupDefinition,
    pub seed: u64,
    pub index: u32,
    pub created_at: Timestamp,
}

#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    /// Worth retrying later (rate limits, timeouts).
    #[error("engine temporarily unavailable: {0}")]
    Transient(String),
    #[error("engine failed: {0}")]
    Failed(String),
}

#[async_trait]
pub trait PersonaEngine: Send + Sync {
    /// Short name recorded in provenance, e.g. `offline`.
    fn name(&self) -> &str;
    async fn generate(&self, req: &PersonaRequest<'_>) -> Result<Persona, EngineError>;
}
