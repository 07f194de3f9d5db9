//! Group and persona endpoints. Each handler: authenticate, parse into domain types,
//! call the store, shape the response.

use lambda_http::http::{header, HeaderValue, StatusCode};
use lambda_http::{Body, Request, Response};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::time::Duration;

use super::error::{ApiError, ErrorCode};
use super::paging::{page_response, PageRequest};
use super::request::{header_str, json_body, path_param, required_json_body};
use super::response::{group_json, json_response, json_value, no_content};
use super::App;
use crate::auth::Authenticator;
use crate::clock::Timestamp;
use crate::domain::{
    FieldError, GenerationId, GenerationState, Group, GroupDefinition, GroupId, GroupPatch,
    ProjectId,
};
use crate::generation::{record_run, run_in_progress, GenerateMessage, MESSAGE_TYPE};
use crate::store::{CreateOutcome, GenerationWrite, IdempotencyRecord};

pub type HandlerResult = Result<Response<Body>, ApiError>;

const IDEMPOTENCY_TTL: Duration = Duration::from_secs(24 * 3600);
const IDEMPOTENCY_KEY_MAX: usize = 255;
const PATCH_ATTEMPTS: usize = 5;

/// Authenticates the caller and checks that the path's project is theirs. Auth comes
/// first: an anonymous caller learns nothing, not even whether an id is well-formed.
pub async fn authorize(app: &App, req: &Request) -> Result<ProjectId, ApiError> {
    Ok(authorize_principal(app, req).await?.1)
}

/// [`authorize`], also answering who the caller is (for per-organisation budgets).
pub async fn authorize_principal(
    app: &App,
    req: &Request,
) -> Result<(crate::auth::Principal, ProjectId), ApiError> {
    let key = Authenticator::extract(req.headers())?;
    let principal = app.auth.authenticate(&key).await?;
    app.auth.admit(&principal).await?;
    let raw = path_param(req, "project_id").unwrap_or_default();
    let project = ProjectId::parse(&raw)?;
    app.auth.authorize_project(&principal, project).await?;
    tracing::Span::current().record("key_id", principal.key_id.as_str());
    Ok((principal, project))
}

/// A group's JSON as of now: a stalled run reads as failed (`generation::as_seen`).
fn shown(app: &App, group: &Group) -> Value {
    group_json(&crate::generation::as_seen(
        group.clone(),
        app.clock.now(),
        app.generation.stale_after,
    ))
}

pub fn group_id(req: &Request) -> Result<GroupId, ApiError> {
    Ok(GroupId::parse(
        &path_param(req, "group_id").unwrap_or_default(),
    )?)
}

pub async fn load_group(app: &App, project: ProjectId, id: GroupId) -> Result<Group, ApiError> {
    app.store
        .get_group(project, id)
        .await?
        .ok_or(ApiError::NotFound("Persona group"))
}

fn with_location(mut resp: Response<Body>, req: &Request, id: GroupId) -> Response<Body> {
    let base = req.uri().path().trim_end_matches('/');
    if let Ok(v) = HeaderValue::from_str(&format!("{base}/{id}")) {
        resp.headers_mut().insert(header::LOCATION, v);
    }
    resp
}

pub async fn list_groups(app: &App, req: &Request) -> HandlerResult {
    let project = authorize(app, req).await?;
    let scope = format!("groups:{project}");
    let page = PageRequest::from_request(req, &scope)?;
    let after = page
        .after
        .as_deref()
        .map(GroupId::parse)
        .transpose()
        .map_err(|_| ApiError::field("cursor", "is not a valid cursor for this listing"))?;
    let result = app.store.list_groups(project, after, page.limit).await?;
    let items = result.items.iter().map(|g| shown(app, g)).collect();
    Ok(page_response(
        req,
        &scope,
        page.limit,
        items,
        result.next.map(|g| g.to_string()),
    ))
}

fn idempotency_key(req: &Request) -> Result<Option<String>, ApiError> {
    let Some(raw) = header_str(req, "idempotency-key")? else {
        return Ok(None);
    };
    let ok = !raw.is_empty()
        && raw.len() <= IDEMPOTENCY_KEY_MAX
        && raw.bytes().all(|b| b.is_ascii_graphic() || b == b' ');
    if !ok {
        return Err(ApiError::field(
            "Idempotency-Key",
            format!("must be 1 to {IDEMPOTENCY_KEY_MAX} visible ASCII characters"),
        ));
    }
    Ok(Some(raw.to_owned()))
}

pub async fn create_group(app: &App, req: &Request) -> HandlerResult {
    let project = authorize(app, req).await?;
    let body = required_json_body(req)?;
    let definition = GroupDefinition::parse(&body)?;
    let idem_key = idempotency_key(req)?;
    let now = app.clock.now();
    let group = Group {
        id: GroupId::new_v7(),
        project_id: project,
        definition,
        generation: GenerationState::default(),
        created_at: now,
        updated_at: now,
        revision: 0,
    };
    let response_body = group_json(&group).to_string();
    let record = idem_key.map(|k| IdempotencyRecord {
        project_id: project,
        key_hash: hex::encode(Sha256::digest(k.as_bytes())),
        // serde_json's map is sorted, so the same fields in another order hash the same.
        request_hash: hex::encode(Sha256::digest(body.to_string().as_bytes())),
        group_id: group.id,
        response: response_body.clone(),
        expires_at: now.plus(IDEMPOTENCY_TTL),
    });
    match app.store.create_group(&group, record.as_ref(), now).await? {
        CreateOutcome::Created => {
            tracing::info!(group_id = %group.id, "group created");
            Ok(with_location(
                json_response(StatusCode::CREATED, response_body),
                req,
                group.id,
            ))
        }
        CreateOutcome::Existing(first) => {
            let same = record.is_some_and(|r| r.request_hash == first.request_hash);
            if !same {
                return Err(ApiError::Conflict {
                    code: ErrorCode::IdempotencyKeyReused,
                    detail: "This Idempotency-Key was already used with a different request body"
                        .into(),
                });
            }
            let mut resp = with_location(
                json_response(StatusCode::CREATED, first.response),
                req,
                first.group_id,
            );
            resp.headers_mut()
                .insert("idempotent-replayed", HeaderValue::from_static("true"));
            Ok(resp)
        }
    }
}

pub async fn get_group(app: &App, req: &Request) -> HandlerResult {
    let project = authorize(app, req).await?;
    let id = group_id(req)?;
    let group = load_group(app, project, id).await?;
    Ok(json_value(StatusCode::OK, &shown(app, &group)))
}

pub async fn update_group(app: &App, req: &Request) -> HandlerResult {
    let project = authorize(app, req).await?;
    let id = group_id(req)?;
    let body = required_json_body(req)?;
    let patch = GroupPatch::parse(&body)?;
    // Optimistic concurrency: re-read and re-merge if another writer got in between.
    for _ in 0..PATCH_ATTEMPTS {
        let current = load_group(app, project, id).await?;
        let merged = patch.apply(&current.definition)?;
        if merged == current.definition {
            return Ok(json_value(StatusCode::OK, &shown(app, &current)));
        }
        match app
            .store
            .update_definition(project, id, &merged, current.revision, app.clock.now())
            .await
        {
            Ok(Some(updated)) => return Ok(json_value(StatusCode::OK, &shown(app, &updated))),
            Ok(None) => return Err(ApiError::NotFound("Persona group")),
            Err(crate::store::StoreError::Conflict) => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Err(crate::store::StoreError::Conflict.into())
}

pub async fn delete_group(app: &App, req: &Request) -> HandlerResult {
    let project = authorize(app, req).await?;
    let id = group_id(req)?;
    if app.store.delete_group(project, id).await? {
        tracing::info!(group_id = %id, "group deleted");
        Ok(no_content())
    } else {
        Err(ApiError::NotFound("Persona group"))
    }
}

/// A body that must be an object with at most the one field `name`: its value, and an
/// error for every other field (names cut to 64 characters so a hostile key cannot
/// blow up the answer).
fn only_field<'a>(
    body: &'a Value,
    name: &str,
) -> Result<(Option<&'a Value>, Vec<FieldError>), ApiError> {
    let map = body
        .as_object()
        .ok_or_else(|| ApiError::field("body", "must be a JSON object"))?;
    let unknown = map
        .keys()
        .filter(|k| k.as_str() != name)
        .map(|k| {
            FieldError::new(
                k.chars().take(64).collect::<String>(),
                "is not a known field",
            )
        })
        .collect();
    Ok((map.get(name), unknown))
}

/// `{"seed": u64}`, or no body at all.
fn parse_seed(body: Option<Value>) -> Result<Option<u64>, ApiError> {
    let Some(body) = body else { return Ok(None) };
    let (value, mut errors) = only_field(&body, "seed")?;
    let seed = match value {
        None | Some(Value::Null) => None,
        Some(v) => match v.as_u64() {
            Some(n) => Some(n),
            None => {
                errors.push(FieldError::new(
                    "seed",
                    "must be an integer between 0 and 18446744073709551615",
                ));
                None
            }
        },
    };
    if errors.is_empty() {
        Ok(seed)
    } else {
        Err(ApiError::Validation(errors))
    }
}

const GENERATE_ATTEMPTS: usize = 3;
const RESTORE_ATTEMPTS: usize = 3;

/// Puts the group back as it was before `run` was recorded, unless the worker or a newer
/// run already moved on (the write is conditioned on `run` with nothing generated). A run
/// left queued with no message would block the group until it goes stale, so a failed
/// attempt is worth a few more. True when the group is known to be restored.
async fn abandon_run(app: &App, group: &Group, run: GenerationId, now: Timestamp) -> bool {
    for _ in 0..RESTORE_ATTEMPTS {
        let restored = app
            .store
            .write_generation(&GenerationWrite {
                project: group.project_id,
                group: group.id,
                expect_run: Some(run),
                expect_generated: Some(0),
                expect_active: Some(true),
                expect_visible: None,
                state: &group.generation,
                persona: None,
                remove_persona: None,
                now,
            })
            .await;
        if let Ok(applied) = restored {
            return applied;
        }
    }
    false
}

pub async fn generate(app: &App, req: &Request) -> HandlerResult {
    let project = authorize(app, req).await?;
    let id = group_id(req)?;
    let seed = parse_seed(json_body(req)?)?;
    let queue = app.queue.as_ref().ok_or_else(|| {
        ApiError::Unavailable("no generation queue configured (QUEUE_URL)".into())
    })?;
    for _ in 0..GENERATE_ATTEMPTS {
        let group = load_group(app, project, id).await?;
        let now = app.clock.now();
        let run = GenerationId::new_random();
        let seed = seed.unwrap_or_else(rand::random);
        let recorded =
            record_run(app.store.as_ref(), &group, run, seed, now, &app.generation).await;
        let recorded = match recorded {
            Ok(r) => r,
            Err(e) => {
                // The write may have landed with its answer lost: undo it if it did, or the
                // group would show a queued run that no message will ever start.
                abandon_run(app, &group, run, now).await;
                return Err(e.into());
            }
        };
        let Some(state) = recorded else {
            if run_in_progress(&group, now, app.generation.stale_after) {
                return Err(ApiError::Conflict {
                    code: ErrorCode::GenerationInProgress,
                    detail: "A generation run is already queued or in progress for this group"
                        .into(),
                });
            }
            continue;
        };
        let message = GenerateMessage {
            kind: MESSAGE_TYPE.into(),
            project_id: project,
            group_id: id,
            generation_id: Some(run),
            seed: Some(seed),
        };
        let body = serde_json::to_string(&message).map_err(|e| ApiError::Internal(e.into()))?;
        if let Err(e) = queue.send(body).await {
            let restored = abandon_run(app, &group, run, now).await;
            tracing::error!(error = %e, restored, "could not enqueue generation");
            return Err(ApiError::Unavailable(e.into()));
        }
        tracing::info!(generation_id = %run, seed, "generation queued");
        let queued = Group {
            generation: state,
            updated_at: now,
            ..group
        };
        let mut resp = json_value(StatusCode::ACCEPTED, &group_json(&queued));
        let path = req.uri().path().trim_end_matches('/');
        let location = path.strip_suffix("/generate").unwrap_or(path);
        if let Ok(v) = HeaderValue::from_str(location) {
            resp.headers_mut().insert(header::LOCATION, v);
        }
        return Ok(resp);
    }
    Err(crate::store::StoreError::Conflict.into())
}

/// `{"prompt": "..."}`: one string of at most 2,000 characters.
fn parse_prompt_body(body: &Value) -> Result<String, ApiError> {
    let (value, mut errors) = only_field(body, "prompt")?;
    let prompt = match value {
        None | Some(Value::Null) => {
            errors.push(FieldError::new("prompt", "is required"));
            None
        }
        Some(Value::String(s)) if s.chars().count() > crate::prompt::PROMPT_MAX_CHARS => {
            errors.push(FieldError::new(
                "prompt",
                format!(
                    "must be at most {} characters",
                    crate::prompt::PROMPT_MAX_CHARS
                ),
            ));
            None
        }
        Some(Value::String(s)) => Some(s.clone()),
        Some(_) => {
            errors.push(FieldError::new("prompt", "must be a string"));
            None
        }
    };
    match prompt {
        Some(p) if errors.is_empty() => Ok(p),
        _ => Err(ApiError::Validation(errors)),
    }
}

pub async fn parse_prompt(app: &App, req: &Request) -> HandlerResult {
    let (principal, _) = authorize_principal(app, req).await?;
    let body = required_json_body(req)?;
    let prompt = parse_prompt_body(&body)?;
    let today = crate::prompt::Today::from_timestamp(app.clock.now());
    let offline = crate::prompt::parse(&prompt, today);
    let llm = match &app.prompt_llm {
        Some(client)
            if app
                .auth
                .allow_llm_call(&principal, app.prompt_llm_per_org_hour)
                .await =>
        {
            Some(client)
        }
        _ => None,
    };
    let result = match llm {
        Some(client) => {
            let refined = crate::prompt::refine::refine(client, &prompt, offline.clone());
            match tokio::time::timeout(app.prompt_llm_deadline, refined).await {
                Ok(r) => r,
                Err(_) => {
                    tracing::warn!(
                        deadline_ms = app.prompt_llm_deadline.as_millis() as u64,
                        "parse-prompt LLM past its deadline; using the offline result"
                    );
                    offline
                }
            }
        }
        None => offline,
    };
    Ok(json_value(StatusCode::OK, &result.to_json()))
}
