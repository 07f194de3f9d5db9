//! Persistence at the edge: one trait, a DynamoDB implementation for AWS and a memory
//! implementation for tests and the local default. Both pass the same contract suite
//! (`tests/store_contract.rs`).

pub mod cursor;
pub mod dynamo;
pub mod memory;

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use crate::clock::Timestamp;
use crate::domain::{ApiKeyRecord, KeyHash, Organisation, Project};
use crate::domain::{
    GenerationId, GenerationState, Group, GroupDefinition, GroupId, OrgId, ProjectId,
};

pub use dynamo::DynamoStore;
pub use memory::MemoryStore;

/// A cause carried below the HTTP layer, so that the log line of a failed request
/// shows the whole chain (`telemetry::error_chain`), not a flattened string.
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A conditional write lost a race; the caller decides whether to re-read and retry.
    #[error("conflicting concurrent write")]
    Conflict,
    /// Throttling, timeouts, service unavailability: worth a retry later (HTTP 503).
    #[error("store temporarily unavailable: {context}")]
    Unavailable {
        context: String,
        #[source]
        source: Option<BoxError>,
    },
    /// Anything else: a bug, bad configuration or corrupt data (HTTP 500).
    #[error("store failure: {context}")]
    Internal {
        context: String,
        #[source]
        source: Option<BoxError>,
    },
}

impl StoreError {
    pub fn internal(context: impl Into<String>, source: impl Into<BoxError>) -> Self {
        Self::Internal {
            context: context.into(),
            source: Some(source.into()),
        }
    }

    pub fn unavailable(context: impl Into<String>, source: impl Into<BoxError>) -> Self {
        Self::Unavailable {
            context: context.into(),
            source: Some(source.into()),
        }
    }

    /// A failure with no underlying error value (an invariant the store checks).
    pub fn internal_msg(context: impl Into<String>) -> Self {
        Self::Internal {
            context: context.into(),
            source: None,
        }
    }

    pub fn unavailable_msg(context: impl Into<String>) -> Self {
        Self::Unavailable {
            context: context.into(),
            source: None,
        }
    }
}

/// One page of a listing. `next` is the last key of this page when more may follow.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T, K> {
    pub items: Vec<T>,
    pub next: Option<K>,
}

/// A stored persona: opaque JSON to the store, addressed by its run and position.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PersonaRecord {
    /// The group's project, stored on the item: the store scopes persona reads by it,
    /// not only the handler that found the group.
    pub project_id: ProjectId,
    pub group_id: GroupId,
    pub run: GenerationId,
    pub index: u32,
    pub body: serde_json::Value,
}

/// The first answer to a create carrying an `Idempotency-Key`, replayed to retries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdempotencyRecord {
    pub project_id: ProjectId,
    /// SHA-256 of the client's key: bounded size, safe in a DynamoDB sort key.
    pub key_hash: String,
    /// SHA-256 of the canonical request body.
    pub request_hash: String,
    pub group_id: GroupId,
    pub response: String,
    pub expires_at: Timestamp,
}

/// A compare-and-set of a group's generation state, optionally writing or removing one
/// persona in the same atomic step. It applies only while the group exists (and is not
/// being deleted), its current run is `expect_run`, and, if given, exactly
/// `expect_generated` personas of that run were written: so a persona can never
/// outlive its group or its run, and two deliveries of one message cannot both advance.
///
/// Every write of the generation state changes the run, the count, whether a run is
/// active or which run is visible, so a writer that expects all four as it read them
/// replaces exactly the state it read (recording a run and the persona deletes do).
#[derive(Debug, Clone)]
pub struct GenerationWrite<'a> {
    pub project: ProjectId,
    pub group: GroupId,
    pub expect_run: Option<GenerationId>,
    pub expect_generated: Option<u32>,
    /// `Some(true)`: the run must be pending or generating (a worker never revives a
    /// run that completed or failed); `Some(false)`: it must not be; `None`: either.
    pub expect_active: Option<bool>,
    /// `Some(v)`: the visible run must be `v` (`Some(None)`: there must be none).
    pub expect_visible: Option<Option<GenerationId>>,
    pub state: &'a GenerationState,
    pub persona: Option<&'a PersonaRecord>,
    /// A persona (run, index) to delete; the write applies only if it exists.
    pub remove_persona: Option<(GenerationId, u32)>,
    pub now: Timestamp,
}

impl<'a> GenerationWrite<'a> {
    /// A write of `state` that applies only if `group`'s generation state is still the
    /// one read: its run, count, activity and visible run as read (see above).
    pub fn replacing(group: &Group, state: &'a GenerationState, now: Timestamp) -> Self {
        Self {
            project: group.project_id,
            group: group.id,
            expect_run: group.generation.run.as_ref().map(|r| r.id),
            expect_generated: Some(group.generation.personas_generated),
            expect_active: Some(group.generation.status.is_active()),
            expect_visible: Some(group.generation.visible_run),
            state,
            persona: None,
            remove_persona: None,
            now,
        }
    }
}

/// Which personas of a group to remove.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prune {
    /// Every run that is neither the group's visible, previous nor current run, as the
    /// group reads *after* its personas were listed: a run started later has no persona
    /// in that listing, so it cannot lose one. Run ids are not trusted to sort by the
    /// time a run was recorded (a direct message's id comes from its `SentTimestamp`).
    Stale(ProjectId),
    /// Every run whose id sorts before this one; for probes and clean-ups that know
    /// no run is in flight.
    OlderThan(GenerationId),
    /// Exactly this run.
    Run(GenerationId),
}

impl Prune {
    /// Whether `run`'s personas go, given the group's state (read after the listing;
    /// `None` when the group is gone, whose sweep is `delete_group`'s).
    pub fn matches(&self, run: GenerationId, state: Option<&GenerationState>) -> bool {
        match self {
            Prune::Stale(_) => state.is_some_and(|s| {
                s.visible_run != Some(run)
                    && s.previous_run != Some(run)
                    && s.run.as_ref().map(|r| r.id) != Some(run)
            }),
            Prune::OlderThan(keep) => run.to_string() < keep.to_string(),
            Prune::Run(r) => run == *r,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum CreateOutcome {
    Created,
    /// An unexpired record with this idempotency key already exists.
    Existing(IdempotencyRecord),
}

#[async_trait]
pub trait Store: Send + Sync {
    // Tenancy and keys.
    async fn put_organisation(&self, org: &Organisation) -> Result<(), StoreError>;
    async fn get_organisation(&self, id: OrgId) -> Result<Option<Organisation>, StoreError>;
    async fn put_project(&self, project: &Project) -> Result<(), StoreError>;
    async fn get_project(&self, id: ProjectId) -> Result<Option<Project>, StoreError>;
    async fn put_api_key(&self, key: &ApiKeyRecord) -> Result<(), StoreError>;
    async fn get_api_key(&self, hash: &KeyHash) -> Result<Option<ApiKeyRecord>, StoreError>;
    /// Returns false when no such key exists.
    async fn revoke_api_key(&self, hash: &KeyHash, at: Timestamp) -> Result<bool, StoreError>;
    /// Every key of an organisation (issued since keys were indexed by organisation).
    async fn list_api_keys(&self, org: OrgId) -> Result<Vec<ApiKeyRecord>, StoreError>;
    /// The key with this public id (`key_…`), if one was issued.
    async fn find_api_key(&self, key_id: &str) -> Result<Option<ApiKeyRecord>, StoreError>;
    /// Writes the organisation and public-id index of every key (keys issued before
    /// the index existed have none); returns how many keys were indexed.
    async fn reindex_api_keys(&self) -> Result<usize, StoreError>;
    async fn has_any_organisation(&self) -> Result<bool, StoreError>;
    /// Counts one request against `counter` in the fixed window that starts at `window`
    /// (unix seconds) and returns the window's count, this request included. The
    /// counter lapses by itself after `expires`.
    async fn count_request(
        &self,
        counter: &str,
        window: i64,
        expires: Timestamp,
    ) -> Result<u64, StoreError>;

    // Groups.
    /// Writes the group and, atomically with it, the idempotency record if one is given.
    async fn create_group(
        &self,
        group: &Group,
        idempotency: Option<&IdempotencyRecord>,
        now: Timestamp,
    ) -> Result<CreateOutcome, StoreError>;
    async fn get_group(&self, project: ProjectId, id: GroupId)
        -> Result<Option<Group>, StoreError>;
    /// Groups in creation order, starting after `after`.
    async fn list_groups(
        &self,
        project: ProjectId,
        after: Option<GroupId>,
        limit: usize,
    ) -> Result<Page<Group, GroupId>, StoreError>;
    /// Replaces the definition if the group is still at `expected_revision`.
    /// `Ok(None)`: the group is gone. `Err(Conflict)`: someone else changed it first.
    async fn update_definition(
        &self,
        project: ProjectId,
        id: GroupId,
        definition: &GroupDefinition,
        expected_revision: u64,
        now: Timestamp,
    ) -> Result<Option<Group>, StoreError>;
    /// Deletes the group and all of its personas. Returns false if there was no group.
    /// Safe to call again after a partial failure.
    async fn delete_group(&self, project: ProjectId, id: GroupId) -> Result<bool, StoreError>;

    // Generation.
    /// Returns false when a condition did not hold (re-read the group to see why).
    async fn write_generation(&self, write: &GenerationWrite<'_>) -> Result<bool, StoreError>;
    /// Every stored persona, of every group and run: for consistency checks.
    async fn count_personas(&self) -> Result<usize, StoreError>;
    /// Removes personas of the given runs; returns how many were removed.
    async fn prune_personas(&self, group: GroupId, prune: Prune) -> Result<usize, StoreError>;

    // Personas.
    /// One persona of `run`, if it is stored and belongs to `project`.
    async fn get_persona(
        &self,
        project: ProjectId,
        group: GroupId,
        run: GenerationId,
        index: u32,
    ) -> Result<Option<PersonaRecord>, StoreError>;
    async fn list_personas(
        &self,
        project: ProjectId,
        group: GroupId,
        run: GenerationId,
        after: Option<u32>,
        limit: usize,
    ) -> Result<Page<PersonaRecord, u32>, StoreError>;
}
