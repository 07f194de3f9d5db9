//! Every file in `events/` is a real event for one function: each is run through that
//! function's handler against the memory store, and the answer is checked.

use boses::api::{routes, App, Endpoint};
use boses::auth::ApiKey;
use boses::clock::SystemClock;
use boses::domain::{GenerationState, Group, GroupDefinition, GroupId, ProjectId};
use boses::store::{MemoryStore, Store};
use boses_tests::Resp;
use serde_json::json;
use std::path::PathBuf;
use std::sync::Arc;

pub const SAMPLE_KEY: &str =
    "boses_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
pub const SAMPLE_PROJECT: &str = "0193a5b0-0000-7000-8000-000000000001";
pub const SAMPLE_GROUP: &str = "0193a5b0-1111-7111-8111-000000000001";

fn events_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../events")
}

async fn sample_app() -> App {
    let store: Arc<dyn Store> = Arc::new(MemoryStore::new());
    let clock = Arc::new(SystemClock);
    boses::tenancy::seed(
        store.as_ref(),
        clock.as_ref(),
        ApiKey::parse(SAMPLE_KEY),
        Some(ProjectId::parse(SAMPLE_PROJECT).unwrap()),
    )
    .await
    .unwrap();
    let now = boses::clock::Clock::now(clock.as_ref());
    let group = Group {
        id: GroupId::parse(SAMPLE_GROUP).unwrap(),
        project_id: ProjectId::parse(SAMPLE_PROJECT).unwrap(),
        definition: GroupDefinition::parse(&json!({"name": "Metro Manila Millennial Moms", "gender": "Female", "occupation": "Nurse"})).unwrap(),
        generation: GenerationState::default(),
        created_at: now,
        updated_at: now,
        revision: 0,
    };
    store.create_group(&group, None, now).await.unwrap();
    App::new(store, clock)
}

async fn run_event(function: &str) -> Resp {
    let path = events_dir().join(format!("{function}.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let req = lambda_http::request::from_str(&text)
        .unwrap_or_else(|e| panic!("{function}.json is not an API Gateway event: {e}"));
    let endpoint: Endpoint = routes::routes()
        .into_iter()
        .find(|r| r.function == function)
        .map(|r| r.endpoint)
        .unwrap_or_else(|| panic!("no route served by {function}"));
    Resp::from(sample_app().await.handle(endpoint, req).await)
}

#[test]
fn every_http_function_has_an_event() {
    for r in routes::routes() {
        assert!(
            events_dir().join(format!("{}.json", r.function)).exists(),
            "events/{}.json missing",
            r.function
        );
    }
}

#[tokio::test]
async fn list_groups_event() {
    let r = run_event("list-groups").await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.json()[0]["id"], SAMPLE_GROUP);
}

#[tokio::test]
async fn create_group_event() {
    let r = run_event("create-group").await;
    assert_eq!(r.status, 201, "{}", r.text);
    let g = r.json();
    assert_eq!(g["name"], "Jakarta Gen Z Coffee Drinkers");
    assert_eq!(g["location"], "Jakarta, Indonesia");
    assert!(r.header("location").unwrap().starts_with(&format!(
        "/api/v1/projects/{SAMPLE_PROJECT}/persona-groups/"
    )));
}

#[tokio::test]
async fn get_group_event() {
    let r = run_event("get-group").await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.json()["name"], "Metro Manila Millennial Moms");
}

#[tokio::test]
async fn update_group_event() {
    let r = run_event("update-group").await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.json()["persona_count"], 8);
    assert_eq!(r.json()["occupation"], serde_json::Value::Null);
}

#[tokio::test]
async fn delete_group_event() {
    let r = run_event("delete-group").await;
    assert_eq!(r.status, 204, "{}", r.text);
}

#[tokio::test]
async fn list_personas_event() {
    let r = run_event("list-personas").await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.json(), json!([]));
}

#[tokio::test]
async fn generate_group_event() {
    let path = events_dir().join("generate-group.json");
    let req = lambda_http::request::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let queue = Arc::new(boses_tests::generation::RecordingQueue::default());
    let app = sample_app().await.with_queue(queue.clone());
    let r = Resp::from(app.handle(Endpoint::GenerateGroup, req).await);
    assert_eq!(r.status, 202, "{}", r.text);
    assert_eq!(r.json()["generation_status"], "pending");
    let sent = queue.take();
    assert_eq!(sent.len(), 1);
    assert!(sent[0].contains("\"seed\":20261128"));
}

#[tokio::test]
async fn generation_worker_event() {
    use boses::queue::BatchHandler;
    let path = events_dir().join("generation-worker.json");
    let event: aws_lambda_events::event::sqs::SqsEvent =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(event.records.len(), 2);
    let app = sample_app().await;
    let worker = boses::generation::Worker {
        store: app.store.clone(),
        engine: Arc::new(boses::persona::minimal::MinimalEngine),
        clock: Arc::new(SystemClock),
        settings: Default::default(),
        events: None,
    };
    // The first record names a run the group never recorded (superseded: ignored); the
    // second has no generation_id and starts and completes a run.
    let resp = worker.handle_batch(event).await;
    assert!(resp.batch_item_failures.is_empty());
    let group = app
        .store
        .get_group(
            ProjectId::parse(SAMPLE_PROJECT).unwrap(),
            GroupId::parse(SAMPLE_GROUP).unwrap(),
        )
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        group.generation.status,
        boses::domain::GenerationStatus::Complete
    );
    assert_eq!(group.generation.personas_generated, 5);
}

#[tokio::test]
async fn parse_prompt_event() {
    let r = run_event("parse-prompt").await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(
        r.json(),
        json!({
            "name": "Metro Manila Millennial Moms",
            "description": "Millennial moms in Metro Manila, budget-conscious, who shop on Shopee on payday",
            "age_min": 30,
            "age_max": 45,
            "gender": "Female",
            "location": "Metro Manila, Philippines",
            "income_level": "Low",
            "persona_count": 5,
            "psychographic_notes": "price-sensitive; shops on Shopee"
        })
    );
}

/// The sample group has never been generated: its persona events reach their handlers
/// through the route and answer as the contract says for a group with no personas.
#[tokio::test]
async fn persona_events() {
    for (function, status) in [
        ("get-persona", 404),
        ("delete-persona", 404),
        ("delete-personas", 204),
    ] {
        let r = run_event(function).await;
        assert_eq!(r.status, status, "{function}: {}", r.text);
        if status == 404 {
            assert_eq!(r.error_code(), "not_found", "{function}");
            assert!(r.text.contains("Persona"), "{function}: {}", r.text);
        }
    }
}
