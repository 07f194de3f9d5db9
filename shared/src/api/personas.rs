//! The persona endpoints under `.../persona-groups/{group_id}/personas`: list, get one,
//! delete one, delete all. Every one reads the group first (so another project's group
//! is a 404 before any persona is touched), and the store scopes persona reads by
//! project as well.
//!
//! What the deletes promise (`../docs/API.md` says the same to clients):
//! - A persona is addressed only within the group's visible run, the latest complete
//!   one; a superseded or in-flight run's personas are 404 like missing ones.
//! - Delete one removes the persona and, when the visible run is the group's current
//!   run, lowers `personas_generated` with it (and `generation_progress` says how many
//!   of the run's personas remain), in one conditional write against the
//!   generation state as read; a run completing in between makes the write miss, and
//!   the retry finds the persona no longer visible (404). A repeated delete is 404.
//! - Delete all answers `409 generation_in_progress` while a run is queued or running,
//!   so no completion can bring deleted personas back. A stalled run is failed by the
//!   same write (as the group already reads), so it cannot complete later either.

use lambda_http::http::StatusCode;
use lambda_http::Request;
use serde_json::Value;

use super::error::{ApiError, ErrorCode};
use super::handlers::{authorize, group_id, load_group, HandlerResult};
use super::paging::{page_response, PageRequest};
use super::request::path_param;
use super::response::{json_value, no_content};
use super::App;
use crate::domain::{GenerationId, Group, PersonaCount, PersonaId};
use crate::store::{GenerationWrite, Prune, StoreError};

/// `generation_progress` once every persona of the group's current run is deleted.
pub const ALL_DELETED: &str = "All personas deleted";

/// Conditional writes lost to concurrent ones before the delete gives up with 409.
const DELETE_ATTEMPTS: usize = 8;

fn persona_id(req: &Request) -> Result<PersonaId, ApiError> {
    Ok(PersonaId::parse(
        &path_param(req, "persona_id").unwrap_or_default(),
    )?)
}

/// Where `id` sits in the group's visible run. Persona ids derive from (run, index)
/// (`persona::model::persona_id`) and a run has at most `PersonaCount::MAX` personas,
/// so the id names its index without an index of its own.
fn locate(group: &Group, id: PersonaId) -> Option<(GenerationId, u32)> {
    let run = group.generation.visible_run?;
    (0..u32::from(PersonaCount::MAX))
        .find(|&i| crate::persona::model::persona_id(run, i) == id)
        .map(|i| (run, i))
}

/// Whether the write applied; a write that lost to a concurrent one, by its condition
/// or by a conflicting transaction, is `false`: the caller reads again and retries.
async fn applied(app: &App, write: &GenerationWrite<'_>) -> Result<bool, ApiError> {
    match app.store.write_generation(write).await {
        Ok(applied) => Ok(applied),
        Err(StoreError::Conflict) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

pub async fn list_personas(app: &App, req: &Request) -> HandlerResult {
    let project = authorize(app, req).await?;
    let id = group_id(req)?;
    let group = load_group(app, project, id).await?;
    let Some(run) = group.generation.visible_run else {
        // Validate paging parameters even when there is nothing to page through.
        PageRequest::from_request(req, &format!("personas:{project}:{id}:none"))?;
        return Ok(json_value(StatusCode::OK, &Value::Array(vec![])));
    };
    // A cursor of the run visible before this one still pages that run during its
    // grace period: a client mid-sequence when a run completes finishes on its run.
    let scope_of = |run: GenerationId| format!("personas:{project}:{id}:{run}");
    let previous = group.generation.previous_run.filter(|_| {
        group
            .generation
            .previous_until
            .is_some_and(|until| app.clock.now() < until)
    });
    let (run, scope, page) = match PageRequest::from_request(req, &scope_of(run)) {
        Ok(page) => (run, scope_of(run), page),
        Err(e) => match previous {
            Some(prev) => match PageRequest::from_request(req, &scope_of(prev)) {
                Ok(page) => (prev, scope_of(prev), page),
                Err(_) => return Err(e),
            },
            None => return Err(e),
        },
    };
    let after = page
        .after
        .as_deref()
        .map(|s| s.parse::<u32>())
        .transpose()
        .map_err(|_| ApiError::field("cursor", "is not a valid cursor for this listing"))?;
    let result = app
        .store
        .list_personas(project, id, run, after, page.limit)
        .await?;
    let items = result.items.into_iter().map(|p| p.body).collect();
    Ok(page_response(
        req,
        &scope,
        page.limit,
        items,
        result.next.map(|i| i.to_string()),
    ))
}

pub async fn get_persona(app: &App, req: &Request) -> HandlerResult {
    let project = authorize(app, req).await?;
    let id = group_id(req)?;
    let persona = persona_id(req)?;
    let group = load_group(app, project, id).await?;
    let (run, index) = locate(&group, persona).ok_or(ApiError::NotFound("Persona"))?;
    let record = app
        .store
        .get_persona(project, id, run, index)
        .await?
        .ok_or(ApiError::NotFound("Persona"))?;
    Ok(json_value(StatusCode::OK, &record.body))
}

pub async fn delete_persona(app: &App, req: &Request) -> HandlerResult {
    let project = authorize(app, req).await?;
    let id = group_id(req)?;
    let persona = persona_id(req)?;
    for _ in 0..DELETE_ATTEMPTS {
        let group = load_group(app, project, id).await?;
        let (run, index) = locate(&group, persona).ok_or(ApiError::NotFound("Persona"))?;
        if app
            .store
            .get_persona(project, id, run, index)
            .await?
            .is_none()
        {
            return Err(ApiError::NotFound("Persona"));
        }
        let mut state = group.generation.clone();
        // `personas_generated` counts the current run; it is the visible one unless a
        // later run was recorded since.
        if let Some(current) = state.run.as_ref().filter(|r| r.id == run) {
            state.personas_generated = state.personas_generated.saturating_sub(1);
            state.progress = Some(format!(
                "{} of {} personas remain",
                state.personas_generated,
                current.definition.persona_count.get()
            ));
        }
        let now = app.clock.now();
        let write = GenerationWrite {
            remove_persona: Some((run, index)),
            ..GenerationWrite::replacing(&group, &state, now)
        };
        if applied(app, &write).await? {
            tracing::info!(persona_id = %persona.as_uuid(), generation_id = %run, "persona deleted");
            return Ok(no_content());
        }
    }
    Err(StoreError::Conflict.into())
}

pub async fn delete_personas(app: &App, req: &Request) -> HandlerResult {
    let project = authorize(app, req).await?;
    let id = group_id(req)?;
    for _ in 0..DELETE_ATTEMPTS {
        let group = load_group(app, project, id).await?;
        let now = app.clock.now();
        let stale_after = app.generation.stale_after;
        if crate::generation::run_in_progress(&group, now, stale_after) {
            return Err(ApiError::Conflict {
                code: ErrorCode::GenerationInProgress,
                detail: "A generation run is queued or in progress for this group; delete its personas once it has finished"
                    .into(),
            });
        }
        // A stalled run reads as failed; writing it so stops it completing later.
        let mut state = crate::generation::as_seen(group.clone(), now, stale_after).generation;
        let current = state.run.as_ref().map(|r| r.id);
        let mut runs: Vec<GenerationId> = [state.visible_run, state.previous_run]
            .into_iter()
            .flatten()
            .collect();
        if let Some(run) = current.filter(|r| !state.status.is_active() && !runs.contains(r)) {
            runs.push(run);
        }
        if state.visible_run.is_none() && state.previous_run.is_none() && state == group.generation
        {
            return Ok(no_content());
        }
        if current.is_some() && current == state.visible_run {
            state.personas_generated = 0;
            state.progress = Some(ALL_DELETED.into());
        }
        state.visible_run = None;
        state.previous_run = None;
        state.previous_until = None;
        if !applied(app, &GenerationWrite::replacing(&group, &state, now)).await? {
            continue;
        }
        // No run of these is visible any more: removing their items can fail without
        // a client seeing them (the next completion's stale sweep removes the rest).
        for run in runs {
            if let Err(e) = app.store.prune_personas(id, Prune::Run(run)).await {
                tracing::warn!(error = %e, generation_id = %run, "could not remove deleted personas yet");
            }
        }
        tracing::info!(group_id = %id, "personas deleted");
        return Ok(no_content());
    }
    Err(StoreError::Conflict.into())
}
