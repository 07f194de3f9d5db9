//! Domain types. Constructed only through fallible parsers, so code that holds one
//! never re-checks it.

pub mod group;
pub mod ids;
pub mod tenancy;
pub mod validation;

pub use group::{
    AgeRange, Gender, GenerationState, GenerationStatus, Group, GroupDefinition, GroupName,
    GroupPatch, IncomeLevel, PersonaCount, RunInfo,
};
pub use ids::{GenerationId, GroupId, OrgId, PersonaId, ProjectId};
pub use tenancy::{ApiKey, ApiKeyRecord, KeyHash, Organisation, Project};
pub use validation::FieldError;
