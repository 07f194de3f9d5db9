//! Generation: recording runs, the SQS message contract, and the worker that turns a
//! message into personas one at a time, safely under at-least-once delivery.
//!
//! Safety argument, in short: every worker write is a compare-and-set on the group's
//! current run id and persona count (see `GenerationWrite`), personas are keyed by
//! (run, index) and rebuilt deterministically from (definition, seed, index), and the
//! previous run's personas are pruned only after the new run is `complete`.

use async_trait::async_trait;
use aws_lambda_events::event::sqs::{BatchItemFailure, SqsBatchResponse, SqsEvent, SqsMessage};
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tracing::Instrument;

use crate::clock::{Clock, Timestamp};
use crate::domain::{
    GenerationId, GenerationState, GenerationStatus, Group, GroupId, ProjectId, RunInfo,
};
use crate::persona::engine::{PersonaEngine, PersonaRequest};
use crate::queue::{BatchHandler, Queue};
use crate::store::{GenerationWrite, PersonaRecord, Prune, Store, StoreError};

pub const MESSAGE_TYPE: &str = "generate_personas";

/// The queue message: also the contract for systems that enqueue directly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GenerateMessage {
    #[serde(rename = "type")]
    pub kind: String,
    pub project_id: ProjectId,
    pub group_id: GroupId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub generation_id: Option<GenerationId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seed: Option<u64>,
}

/// Why a queue message is not a generation request (it then goes to the DLQ).
#[derive(Debug, thiserror::Error)]
pub enum MessageError {
    #[error("malformed message")]
    Malformed(#[source] serde_json::Error),
    #[error("unsupported message type {0:?}")]
    UnsupportedType(String),
}

impl GenerateMessage {
    pub fn parse(body: &str) -> Result<Self, MessageError> {
        let m: Self = serde_json::from_str(body).map_err(MessageError::Malformed)?;
        if m.kind != MESSAGE_TYPE {
            return Err(MessageError::UnsupportedType(m.kind));
        }
        Ok(m)
    }
}

#[derive(Debug, Clone)]
pub struct GenerationSettings {
    /// A queued or running run with no progress for this long may be replaced.
    pub stale_after: Duration,
    /// The queue's maxReceiveCount: on the last delivery a failing run is marked failed.
    pub max_receives: u32,
    /// The longest one persona may take, retries included (the engine's worst case):
    /// a persona is started only with this much of the invocation left.
    pub persona_budget: Duration,
}

impl Default for GenerationSettings {
    fn default() -> Self {
        Self {
            stale_after: Duration::from_secs(900),
            max_receives: 3,
            persona_budget: Duration::from_secs(5),
        }
    }
}

/// True while a run is queued or generating and has shown signs of life recently.
pub fn run_in_progress(group: &Group, now: Timestamp, stale_after: Duration) -> bool {
    let g = &group.generation;
    match (&g.status, &g.run) {
        (GenerationStatus::Pending | GenerationStatus::Generating, Some(run)) => {
            now.since(run.touched_at) <= stale_after
        }
        _ => false,
    }
}

/// What a client is told of a run that stopped making progress.
pub const STALLED_ERROR: &str =
    "Persona generation stopped making progress and was abandoned. Start it again with POST .../generate.";

/// The group as clients see it at `now`: a queued or running run that has shown no
/// progress for `stale_after` is abandoned (generate may replace it), so it reads as
/// failed with [`STALLED_ERROR`] rather than "Generating persona k of n" forever.
pub fn as_seen(mut group: Group, now: Timestamp, stale_after: Duration) -> Group {
    let g = &mut group.generation;
    let active = g.status.is_active();
    if active && g.run.is_some() && !run_in_progress(&group, now, stale_after) {
        let g = &mut group.generation;
        g.status = GenerationStatus::Failed;
        g.error = Some(STALLED_ERROR.to_owned());
        g.progress = None;
    }
    group
}

/// The state of a freshly recorded run: the definition is frozen now.
pub fn new_run_state(
    group: &Group,
    id: GenerationId,
    seed: u64,
    now: Timestamp,
) -> GenerationState {
    GenerationState {
        status: GenerationStatus::Pending,
        progress: Some("Queued".into()),
        error: None,
        personas_generated: 0,
        run: Some(RunInfo {
            id,
            seed,
            definition: group.definition.clone(),
            recorded_at: now,
            touched_at: now,
        }),
        visible_run: group.generation.visible_run,
        previous_run: group.generation.previous_run,
        previous_until: group.generation.previous_until,
    }
}

/// Records a new run on the group unless one is in progress. `Ok(None)` means a run is
/// in progress (or the group changed under us and now has one).
pub async fn record_run(
    store: &dyn Store,
    group: &Group,
    id: GenerationId,
    seed: u64,
    now: Timestamp,
    settings: &GenerationSettings,
) -> Result<Option<GenerationState>, StoreError> {
    if run_in_progress(group, now, settings.stale_after) {
        return Ok(None);
    }
    let state = new_run_state(group, id, seed, now);
    // The new state carries the visible and previous runs as read, so the write must
    // replace exactly the state read: a run recorded over a deletion of the group's
    // personas (which may change neither the run nor the count) must not show them again.
    let applied = store
        .write_generation(&GenerationWrite::replacing(group, &state, now))
        .await?;
    if applied {
        return Ok(Some(state));
    }
    // A write that took effect but whose answer was lost is retried by the SDK and then
    // fails its own condition. Run ids are never reused, so finding ours on the group
    // means the run is recorded; taking it for someone else's would strand it, queued
    // with no message, until it goes stale.
    match store.get_group(group.project_id, group.id).await? {
        Some(now_stored) if now_stored.generation.run.as_ref().map(|r| r.id) == Some(id) => {
            Ok(Some(now_stored.generation))
        }
        _ => Ok(None),
    }
}

/// A run id for a message that arrived without one, derived from the SQS message id so
/// that a redelivery of the same message continues the same run. UUID v7 with the
/// message's send time keeps run ids ordered by time.
pub fn run_id_for_message(message_id: &str, sent_millis: i64) -> GenerationId {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(message_id.as_bytes());
    let mut random = [0u8; 10];
    random.copy_from_slice(&digest[..10]);
    let ts = sent_millis.max(0) as u64;
    GenerationId::from_uuid(uuid::Builder::from_unix_timestamp_millis(ts, &random).into_uuid())
}

/// The run a message continues: its `generation_id`, or for a direct message without
/// one, the id derived from the message itself.
fn message_run(
    msg: &GenerateMessage,
    message_id: &str,
    raw: &SqsMessage,
    now: Timestamp,
) -> GenerationId {
    msg.generation_id.unwrap_or_else(|| {
        let sent = raw
            .attributes
            .get("SentTimestamp")
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| now.unix_millis());
        run_id_for_message(message_id, sent)
    })
}

#[derive(Debug, Serialize)]
struct LifecycleEvent<'a> {
    #[serde(rename = "type")]
    kind: &'a str,
    project_id: ProjectId,
    group_id: GroupId,
    generation_id: GenerationId,
    personas_generated: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
    at: Timestamp,
}

/// What one message asks of the worker after looking at the group.
enum Outcome {
    Done,
    Retry(String),
}

pub struct Worker {
    pub store: Arc<dyn Store>,
    pub engine: Arc<dyn PersonaEngine>,
    pub clock: Arc<dyn Clock>,
    pub settings: GenerationSettings,
    /// Optional integrator notifications (`EVENTS_QUEUE_URL`).
    pub events: Option<Arc<dyn Queue>>,
}

const SAFE_ERROR: &str = "Persona generation failed after several attempts. Please try again.";
/// How long the run visible before a completion stays readable by its page sequences.
pub const PREVIOUS_RUN_GRACE: Duration = Duration::from_secs(600);
/// How long a worker waits after its write collided with another transaction.
const CONFLICT_PAUSE: Duration = Duration::from_millis(50);

impl Worker {
    async fn process(&self, msg: &SqsMessage, deadline: Option<Instant>) -> Outcome {
        let message_id = msg.message_id.clone().unwrap_or_default();
        let body = msg.body.as_deref().unwrap_or("");
        let receive_count: u32 = msg
            .attributes
            .get("ApproximateReceiveCount")
            .and_then(|v| v.parse().ok())
            .unwrap_or(1);
        let parsed = match GenerateMessage::parse(body) {
            Ok(m) => m,
            Err(e) => {
                // Poison: leave it to the redrive policy, which moves it to the DLQ.
                let why = crate::telemetry::error_chain(&e);
                tracing::error!(%message_id, error = %why, "rejecting malformed message");
                return Outcome::Retry(why);
            }
        };
        let span = tracing::info_span!(
            "generation",
            %message_id,
            project_id = %parsed.project_id,
            group_id = %parsed.group_id,
            generation_id = tracing::field::Empty,
            receive_count,
        );
        async {
            match self
                .run_message(&parsed, &message_id, msg, receive_count, deadline)
                .await
            {
                Ok(o) => o,
                Err(e) if receive_count >= self.settings.max_receives => {
                    // SQS will not deliver this message again: a run left active would
                    // read "Generating" until it went stale. Mark it failed if we can.
                    tracing::error!(error = %crate::telemetry::error_chain(&e), "store error on the last receive");
                    let run = message_run(&parsed, &message_id, msg, self.clock.now());
                    self.fail_after_error(&parsed, run).await
                }
                Err(e) => Outcome::Retry(e.to_string()),
            }
        }
        .instrument(span)
        .await
    }

    /// On the last receive, after a store error: fail the message's run if it is still
    /// the group's active run. If the store still fails, the message goes to the DLQ.
    async fn fail_after_error(&self, msg: &GenerateMessage, run: GenerationId) -> Outcome {
        let group = match self.store.get_group(msg.project_id, msg.group_id).await {
            Ok(Some(g)) => g,
            Ok(None) => return Outcome::Done,
            Err(e) => return Outcome::Retry(e.to_string()),
        };
        let state = group.generation.clone();
        let active = state.status.is_active();
        if !active || state.run.as_ref().map(|r| r.id) != Some(run) {
            return Outcome::Done;
        }
        match self.fail(&group, run, &state).await {
            Ok(o) => o,
            Err(e) => Outcome::Retry(e.to_string()),
        }
    }

    async fn run_message(
        &self,
        msg: &GenerateMessage,
        message_id: &str,
        raw: &SqsMessage,
        receive_count: u32,
        deadline: Option<Instant>,
    ) -> Result<Outcome, StoreError> {
        let last_attempt = receive_count >= self.settings.max_receives;
        let mut run_id = msg.generation_id;
        // Each pass re-reads the group; a lost compare-and-set sends us round again.
        // Bounded: a run has at most 10 personas, so a healthy pass ends well before.
        for _ in 0..64 {
            let Some(group) = self.store.get_group(msg.project_id, msg.group_id).await? else {
                tracing::warn!("group no longer exists; dropping message");
                return Ok(Outcome::Done);
            };
            let run = match run_id {
                Some(r) => r,
                None => {
                    let derived = message_run(msg, message_id, raw, self.clock.now());
                    let current = group.generation.run.as_ref().map(|r| r.id);
                    if current != Some(derived) {
                        let seed = msg.seed.unwrap_or_else(rand::random);
                        let now = self.clock.now();
                        match record_run(
                            self.store.as_ref(),
                            &group,
                            derived,
                            seed,
                            now,
                            &self.settings,
                        )
                        .await?
                        {
                            Some(_) => {
                                tracing::info!(generation_id = %derived, "started a run for a message without generation_id")
                            }
                            None if run_in_progress(&group, now, self.settings.stale_after) => {
                                tracing::info!(
                                    "a run is already in progress; ignoring the request"
                                );
                                return Ok(Outcome::Done);
                            }
                            None => continue,
                        }
                    }
                    run_id = Some(derived);
                    continue;
                }
            };
            tracing::Span::current().record("generation_id", tracing::field::display(run));
            let state = group.generation.clone();
            let Some(info) = state.run.clone().filter(|r| r.id == run) else {
                tracing::info!("message belongs to a superseded run; ignoring");
                return Ok(Outcome::Done);
            };
            match state.status {
                GenerationStatus::Complete => {
                    // A duplicate after completion: finish the clean-up it may have missed.
                    self.prune(group.id, Prune::Stale(group.project_id)).await;
                    return Ok(Outcome::Done);
                }
                GenerationStatus::Failed => return Ok(Outcome::Done),
                GenerationStatus::Pending | GenerationStatus::Generating => {}
            }
            let count = u32::from(info.definition.persona_count.get());
            let done = state.personas_generated;
            let now = self.clock.now();
            if done >= count {
                let mut complete = state.clone();
                complete.status = GenerationStatus::Complete;
                // The run clients were paging stays readable for a while, so that a
                // page sequence started on it finishes on it.
                if let Some(before) = complete.visible_run.filter(|v| *v != run) {
                    complete.previous_run = Some(before);
                    complete.previous_until = Some(now.plus(PREVIOUS_RUN_GRACE));
                }
                complete.visible_run = Some(run);
                complete.progress = Some(format!("Generated {count} of {count} personas"));
                complete.error = None;
                if let Some(r) = complete.run.as_mut() {
                    r.touched_at = now;
                }
                if !self
                    .cas(&group, run, Some(done), &complete, None, now)
                    .await?
                {
                    continue;
                }
                tracing::info!(personas = count, "run complete");
                self.prune(group.id, Prune::Stale(group.project_id)).await;
                self.publish(
                    "persona_group.generation.completed",
                    &group,
                    run,
                    count,
                    None,
                )
                .await;
                return Ok(Outcome::Done);
            }
            // Start a persona only with its worst case left before the invocation ends:
            // Lambda would otherwise kill the batch mid-write and every message of it
            // would come back after the visibility timeout.
            if deadline.is_some_and(|d| self.out_of_time(d)) {
                tracing::warn!(
                    index = done,
                    last_attempt,
                    "out of time before the invocation deadline"
                );
                if last_attempt {
                    return self.fail(&group, run, &state).await;
                }
                return Ok(Outcome::Retry(
                    "out of time before the invocation deadline".into(),
                ));
            }
            let request = PersonaRequest {
                group_id: group.id,
                run,
                definition: &info.definition,
                seed: info.seed,
                index: done,
                created_at: now,
            };
            let persona = match self.engine.generate(&request).await {
                Ok(p) => p,
                Err(e) => {
                    tracing::warn!(error = %e, index = done, last_attempt, "engine error");
                    if last_attempt {
                        return self.fail(&group, run, &state).await;
                    }
                    return Ok(Outcome::Retry(e.to_string()));
                }
            };
            let body = serde_json::to_value(&persona)
                .map_err(|e| StoreError::internal("unencodable persona", e))?;
            let record = PersonaRecord {
                project_id: group.project_id,
                group_id: group.id,
                run,
                index: done,
                body,
            };
            let mut next = state.clone();
            next.status = GenerationStatus::Generating;
            next.personas_generated = done + 1;
            next.progress = Some(format!("Generating persona {} of {count}", done + 1));
            if let Some(r) = next.run.as_mut() {
                r.touched_at = now;
            }
            if self
                .cas(&group, run, Some(done), &next, Some(&record), now)
                .await?
            {
                tracing::debug!(index = done, "persona written");
            }
        }
        Ok(Outcome::Retry("too many concurrent updates".into()))
    }

    async fn cas(
        &self,
        group: &Group,
        run: GenerationId,
        expect_generated: Option<u32>,
        state: &GenerationState,
        persona: Option<&PersonaRecord>,
        now: Timestamp,
    ) -> Result<bool, StoreError> {
        let written = self
            .store
            .write_generation(&GenerationWrite {
                project: group.project_id,
                group: group.id,
                expect_run: Some(run),
                expect_generated,
                expect_active: Some(true),
                expect_visible: None,
                state,
                persona,
                remove_persona: None,
                now,
            })
            .await;
        match written {
            // A transaction that collided with another writer's is a lost race like a
            // failed condition: re-read and go round again now, not after the queue's
            // visibility timeout. A short pause lets the other transaction finish.
            Err(StoreError::Conflict) => {
                tracing::info!("write conflicted with a concurrent transaction; re-reading");
                tokio::time::sleep(CONFLICT_PAUSE).await;
                Ok(false)
            }
            other => other,
        }
    }

    async fn fail(
        &self,
        group: &Group,
        run: GenerationId,
        state: &GenerationState,
    ) -> Result<Outcome, StoreError> {
        let now = self.clock.now();
        let mut failed = state.clone();
        failed.status = GenerationStatus::Failed;
        failed.error = Some(SAFE_ERROR.into());
        failed.personas_generated = 0;
        if let Some(r) = failed.run.as_mut() {
            r.touched_at = now;
        }
        if self.cas(group, run, None, &failed, None, now).await? {
            tracing::error!("run marked failed");
            self.prune(group.id, Prune::Run(run)).await;
            self.publish(
                "persona_group.generation.failed",
                group,
                run,
                0,
                Some(SAFE_ERROR),
            )
            .await;
        }
        Ok(Outcome::Done)
    }

    async fn prune(&self, group: GroupId, prune: Prune) {
        match self.store.prune_personas(group, prune).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(removed = n, "pruned personas of earlier runs"),
            // Harmless to leave: readers only see the visible run, and the next
            // duplicate or completion prunes again.
            Err(e) => tracing::warn!(error = %e, "pruning personas failed"),
        }
    }

    async fn publish(
        &self,
        kind: &str,
        group: &Group,
        run: GenerationId,
        personas: u32,
        error: Option<&str>,
    ) {
        let Some(events) = &self.events else { return };
        let event = LifecycleEvent {
            kind,
            project_id: group.project_id,
            group_id: group.id,
            generation_id: run,
            personas_generated: personas,
            error,
            at: self.clock.now(),
        };
        let body = serde_json::to_string(&event).unwrap_or_default();
        if let Err(e) = events.send(body).await {
            tracing::warn!(error = %e, kind, "could not publish lifecycle event");
        }
    }
}

#[async_trait]
impl BatchHandler for Worker {
    async fn handle_batch(&self, event: SqsEvent) -> SqsBatchResponse {
        self.handle_batch_by(event, None).await
    }
}

impl Worker {
    /// Whether the invocation has less than one persona's worst case left.
    fn out_of_time(&self, deadline: Instant) -> bool {
        deadline.saturating_duration_since(Instant::now()) < self.settings.persona_budget
    }

    /// A batch under the invocation's clock: messages not started before `deadline`
    /// (less one persona's budget) are reported as failures untouched, and a message
    /// stops between personas when the time is short; SQS delivers both again.
    pub async fn handle_batch_by(
        &self,
        event: SqsEvent,
        deadline: Option<Instant>,
    ) -> SqsBatchResponse {
        let mut resp = SqsBatchResponse::default();
        for msg in &event.records {
            let outcome = if deadline.is_some_and(|d| self.out_of_time(d)) {
                Outcome::Retry("not started before the invocation deadline".into())
            } else {
                self.process(msg, deadline).await
            };
            if let Outcome::Retry(why) = outcome {
                tracing::warn!(message_id = msg.message_id.as_deref().unwrap_or(""), reason = %why, "message will be retried");
                let mut f = BatchItemFailure::default();
                f.item_identifier = msg.message_id.clone().unwrap_or_default();
                resp.batch_item_failures.push(f);
            }
        }
        resp
    }
}
