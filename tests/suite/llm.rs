//! The LLM writer against a fake OpenAI-compatible server: good answers replace the
//! prose only; slow, rate-limited, failing, malformed and fact-changing answers fall
//! back to offline prose for that persona, recorded in provenance.

use boses::chat::{ChatClient, LlmSettings};
use boses::clock::Timestamp;
use boses::domain::{GenerationId, GroupDefinition, GroupId};
use boses::persona::engine::{PersonaEngine, PersonaRequest};
use boses::persona::llm_writer::LlmEngine;
use boses::persona::model::Persona;
use boses::persona::offline;
use boses_tests::fake_llm::{FakeLlm, Reply};
use serde_json::json;
use std::time::Duration;

fn definition() -> GroupDefinition {
    GroupDefinition::parse(&json!({"name": "llm", "location": "Jakarta, Indonesia", "age_min": 25, "age_max": 34, "persona_count": 3})).unwrap()
}

/// A timeout no answer of the fake server comes near, however loaded the machine: only
/// the slow-answer cases use a short one, and there the fake sleeps far past it.
const GENEROUS_MS: u64 = 30_000;

fn engine(url: &str, timeout_ms: u64) -> LlmEngine {
    LlmEngine::new(std::sync::Arc::new(ChatClient::new(LlmSettings {
        base_url: url.to_owned(),
        model: "fake-model-1".into(),
        api_key: Some("sk-test".into()),
        timeout: Duration::from_millis(timeout_ms),
        max_attempts: 3,
        max_concurrency: 2,
    })))
}

fn request(def: &GroupDefinition, index: u32) -> PersonaRequest<'_> {
    PersonaRequest {
        group_id: GroupId::from_uuid(uuid::Uuid::nil()),
        run: GenerationId::from_uuid(uuid::Uuid::nil()),
        definition: def,
        seed: 5,
        index,
        created_at: Timestamp::from_unix_millis(0),
    }
}

fn offline_persona(def: &GroupDefinition) -> Persona {
    offline::generate(&request(def, 0)).unwrap()
}

/// A faithful answer for the offline persona's facts.
fn good_answer(p: &Persona) -> String {
    json!({
        "bio": format!("{} is {} and lives in {}, where every day starts early.", p.full_name, p.age, p.city),
        "day_in_the_life": format!("{} wakes before sunrise and checks messages before leaving for work.", p.given_name),
        "quote": "Good things take planning.",
        "purchase_behavior": "Waits for payday promos before buying anything big.",
        "digital_behavior": "Lives in group chats and short videos.",
        "aspirational_identity": "Wants to be the first in the family with a house of her own.",
    })
    .to_string()
}

#[tokio::test]
async fn a_faithful_answer_replaces_only_the_prose() {
    let def = definition();
    let base = offline_persona(&def);
    let server = FakeLlm::start(vec![Reply::Content(good_answer(&base))]).await;
    let p = engine(&server.url, GENEROUS_MS)
        .generate(&request(&def, 0))
        .await
        .unwrap();
    assert_eq!(p.provenance.engine, "llm");
    assert_eq!(p.provenance.model.as_deref(), Some("fake-model-1"));
    assert_eq!(p.provenance.fallback, None);
    assert!(p.bio.starts_with(&base.full_name));
    assert_eq!(p.quote, "Good things take planning.");
    // Facts are untouched.
    assert_eq!(
        (p.full_name, p.age, p.city, p.monthly_income),
        (
            base.full_name.clone(),
            base.age,
            base.city.clone(),
            base.monthly_income.clone()
        )
    );
    // The request carried the facts and asked for JSON.
    let sent: serde_json::Value =
        serde_json::from_str(&server.requests.lock().unwrap()[0]).unwrap();
    assert_eq!(sent["response_format"]["type"], "json_object");
    assert!(sent["messages"][1]["content"]
        .as_str()
        .unwrap()
        .contains(&base.full_name));
}

#[tokio::test]
async fn rate_limits_and_server_errors_are_retried() {
    let def = definition();
    let base = offline_persona(&def);
    let server = FakeLlm::start(vec![
        Reply::Status(429),
        Reply::Status(503),
        Reply::Content(good_answer(&base)),
    ])
    .await;
    let p = engine(&server.url, GENEROUS_MS)
        .generate(&request(&def, 0))
        .await
        .unwrap();
    assert_eq!(server.request_count(), 3);
    assert_eq!(p.provenance.engine, "llm");
}

async fn assert_falls_back(script: Vec<Reply>, timeout_ms: u64, reason: &str) -> usize {
    let def = definition();
    let base = offline_persona(&def);
    let server = FakeLlm::start(script).await;
    let p = engine(&server.url, timeout_ms)
        .generate(&request(&def, 0))
        .await
        .unwrap();
    assert_eq!(p.provenance.engine, "offline", "{reason}");
    assert_eq!(
        p.provenance.fallback.as_deref(),
        Some(format!("offline prose used: {reason}").as_str())
    );
    assert_eq!(p.bio, base.bio, "offline prose kept");
    server.request_count()
}

#[tokio::test]
async fn slow_answers_time_out_and_fall_back() {
    let def = definition();
    let ok = good_answer(&offline_persona(&def));
    assert_falls_back(
        vec![Reply::Slow(Duration::from_secs(3), ok)],
        200,
        "LLM timed out",
    )
    .await;
}

#[tokio::test]
async fn persistent_errors_fall_back_after_bounded_attempts() {
    let n = assert_falls_back(vec![Reply::Status(500)], GENEROUS_MS, "LLM error status").await;
    assert_eq!(n, 3, "max_attempts bounds the retries");
    let n = assert_falls_back(vec![Reply::Status(401)], GENEROUS_MS, "LLM error status").await;
    assert_eq!(n, 1, "client errors are not retried");
}

/// An endpoint that answers more than 256 KiB is refused without reading it all, and
/// the persona keeps its offline prose.
#[tokio::test]
async fn oversized_answers_are_refused_and_fall_back() {
    let huge = format!(
        r#"{{"bio": "{}"}}"#,
        "a".repeat(boses::chat::MAX_RESPONSE_BYTES)
    );
    let n = assert_falls_back(
        vec![Reply::Content(huge)],
        GENEROUS_MS,
        "LLM answer failed validation",
    )
    .await;
    assert_eq!(n, 1, "a refused body is not retried");
}

#[test]
fn llm_settings_debug_never_shows_the_key() {
    let s = LlmSettings {
        base_url: "http://llm".into(),
        model: "m".into(),
        api_key: Some("sk-very-secret-value".into()),
        timeout: Duration::from_secs(1),
        max_attempts: 1,
        max_concurrency: 1,
    };
    let shown = format!("{s:?}");
    assert!(!shown.contains("sk-very-secret"), "{shown}");
    assert!(
        shown.contains("<redacted>") && shown.contains("http://llm"),
        "{shown}"
    );
}

#[tokio::test]
async fn malformed_answers_fall_back() {
    assert_falls_back(
        vec![Reply::Garbage],
        GENEROUS_MS,
        "LLM answer failed validation",
    )
    .await;
    assert_falls_back(
        vec![Reply::Content("not json at all".into())],
        GENEROUS_MS,
        "LLM answer failed validation",
    )
    .await;
    assert_falls_back(
        vec![Reply::Content("[1, 2]".into())],
        GENEROUS_MS,
        "LLM answer failed validation",
    )
    .await;
    assert_falls_back(
        vec![Reply::Content(r#"{"bio": "too short"}"#.into())],
        GENEROUS_MS,
        "LLM answer failed validation",
    )
    .await;
}

#[tokio::test]
async fn answers_that_change_facts_fall_back() {
    let def = definition();
    let p = offline_persona(&def);
    let mut wrong_age: serde_json::Value = serde_json::from_str(&good_answer(&p)).unwrap();
    wrong_age["bio"] = json!(format!(
        "{} is a {}-year-old living in {}, age {}.",
        p.full_name,
        p.age + 7,
        p.city,
        p.age
    ));
    assert_falls_back(
        vec![Reply::Content(wrong_age.to_string())],
        GENEROUS_MS,
        "LLM answer failed validation",
    )
    .await;
    let mut renamed: serde_json::Value = serde_json::from_str(&good_answer(&p)).unwrap();
    renamed["bio"] = json!(format!("Someone Else, {}, lives in {}.", p.age, p.city));
    assert_falls_back(
        vec![Reply::Content(renamed.to_string())],
        GENEROUS_MS,
        "LLM answer failed validation",
    )
    .await;
    let mut linked: serde_json::Value = serde_json::from_str(&good_answer(&p)).unwrap();
    linked["quote"] = json!("Buy now at https://evil.example");
    assert_falls_back(
        vec![Reply::Content(linked.to_string())],
        GENEROUS_MS,
        "LLM answer failed validation",
    )
    .await;
}

#[tokio::test]
async fn an_unreachable_llm_falls_back() {
    // Nothing listens on this port.
    let def = definition();
    let p = engine("http://127.0.0.1:9/v1", 500)
        .generate(&request(&def, 0))
        .await
        .unwrap();
    assert_eq!(
        p.provenance.fallback.as_deref(),
        Some("offline prose used: LLM unreachable")
    );
}

/// parse-prompt's LLM mode through the handler: a failing, slow or invalid LLM never
/// costs more than falling back to the offline result, and a good one fills gaps only.
#[tokio::test]
async fn parse_prompt_llm_mode_never_fails_the_request() {
    use boses_tests::{Backend, TestApp};
    let prompt = serde_json::json!({"prompt": "moms in Cebu"});
    for (script, expect_income) in [
        (
            vec![Reply::Content(
                r#"{"income_level": "middle", "gender": "Male", "age_min": 30, "age_max": 39}"#
                    .into(),
            )],
            Some("Middle"),
        ),
        (vec![Reply::Status(500)], None),
        (vec![Reply::Slow(Duration::from_secs(3), "{}".into())], None),
        (vec![Reply::Garbage], None),
        (
            vec![Reply::Content(r#"{"age_min": 90, "age_max": 20}"#.into())],
            None,
        ),
    ] {
        // Only the slow answer must time out; the others must arrive in time.
        let slow = script.iter().any(|r| matches!(r, Reply::Slow(..)));
        let server = FakeLlm::start(script).await;
        let mut t = TestApp::new(Backend::Memory).await;
        t.app.prompt_llm = Some(ChatClient::new(LlmSettings {
            base_url: server.url.clone(),
            model: "fake".into(),
            api_key: None,
            timeout: Duration::from_millis(if slow { 300 } else { GENEROUS_MS }),
            max_attempts: 2,
            max_concurrency: 2,
        }));
        let r = t
            .authed(
                "POST",
                &format!("{}/parse-prompt", t.base()),
                Some(prompt.clone()),
            )
            .await;
        assert_eq!(r.status, 200, "{}", r.text);
        let v = r.json();
        assert_eq!(v["gender"], "Female", "the offline parser's field wins");
        assert_eq!(v["location"], "Cebu City, Philippines");
        assert_eq!(v["income_level"].as_str(), expect_income);
        if expect_income.is_some() {
            assert_eq!(
                (v["age_min"].clone(), v["age_max"].clone()),
                (serde_json::json!(30), serde_json::json!(39))
            );
        }
        // Whatever the LLM said, the answer is still postable unchanged.
        assert_eq!(t.authed("POST", &t.base(), Some(v)).await.status, 201);
    }
}

/// However long the LLM client may take (20 s a call, three attempts, as deployed),
/// parse-prompt answers by its own deadline with the offline result.
#[tokio::test]
async fn parse_prompt_llm_mode_answers_by_its_deadline() {
    use boses_tests::{Backend, TestApp};
    let server = FakeLlm::start(vec![
        Reply::Slow(Duration::from_secs(30), "{}".into()),
        Reply::Slow(Duration::from_secs(30), "{}".into()),
        Reply::Slow(Duration::from_secs(30), "{}".into()),
    ])
    .await;
    let mut t = TestApp::new(Backend::Memory).await;
    t.app.prompt_llm = Some(ChatClient::new(LlmSettings {
        base_url: server.url.clone(),
        model: "fake".into(),
        api_key: None,
        timeout: Duration::from_secs(20),
        max_attempts: 3,
        max_concurrency: 2,
    }));
    t.app.prompt_llm_deadline = Duration::from_millis(300);
    let started = std::time::Instant::now();
    let r = t
        .authed(
            "POST",
            &format!("{}/parse-prompt", t.base()),
            Some(serde_json::json!({"prompt": "moms in Cebu"})),
        )
        .await;
    let took = started.elapsed();
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.json()["location"], "Cebu City, Philippines");
    assert!(took < Duration::from_secs(5), "answered after {took:?}");
    // The deployed deadline sits well inside the function timeout the template gives
    // every function (parse-prompt sets none of its own).
    let template = include_str!("../../template.yaml");
    let globals = &template[template.find("Globals:").unwrap()..];
    let timeout: u64 = globals
        .lines()
        .find_map(|l| l.trim().strip_prefix("Timeout: "))
        .and_then(|v| v.trim().parse().ok())
        .unwrap();
    assert!(
        boses::api::PROMPT_LLM_DEADLINE + Duration::from_secs(2) <= Duration::from_secs(timeout),
        "deadline {:?} against a {timeout} s function timeout",
        boses::api::PROMPT_LLM_DEADLINE
    );
}

/// The audience reaches the model as quoted data, and an answer that drops a stated
/// facet falls back to the offline prose (which carries it).
#[tokio::test]
async fn an_answer_that_drops_a_stated_facet_is_rejected() {
    let def = GroupDefinition::parse(&json!({
        "name": "Lagos Mobile Gamers",
        "description": "Play competitive mobile games every day",
        "location": "Lagos, Nigeria",
        "persona_count": 2
    }))
    .unwrap();
    let base = offline_persona(&def);
    assert!(
        base.provenance
            .facets
            .iter()
            .any(|f| f == "interest:mobile_gaming"),
        "{:?}",
        base.provenance
    );
    // A faithful answer that never mentions a game: rejected.
    let server = FakeLlm::start(vec![Reply::Content(good_answer(&base))]).await;
    let p = engine(&server.url, GENEROUS_MS)
        .generate(&request(&def, 0))
        .await
        .unwrap();
    assert_eq!(
        p.provenance.fallback.as_deref(),
        Some("offline prose used: LLM answer failed validation")
    );
    assert_eq!(p.day_in_the_life, base.day_in_the_life);
    let sent = server.requests.lock().unwrap().join("\n");
    assert!(
        sent.contains("mobile_gaming"),
        "the audience is in the facts: {sent}"
    );

    // The same answer with the games in it: accepted.
    let mut answer: serde_json::Value = serde_json::from_str(&good_answer(&base)).unwrap();
    answer["day_in_the_life"] = json!(format!(
        "{} squeezes in ranked mobile games on the bus and plays with the squad after dinner.",
        base.given_name
    ));
    let server = FakeLlm::start(vec![Reply::Content(answer.to_string())]).await;
    let p = engine(&server.url, GENEROUS_MS)
        .generate(&request(&def, 0))
        .await
        .unwrap();
    assert_eq!(p.provenance.fallback, None, "{:?}", p.provenance);
    assert_eq!(p.provenance.engine, "llm");
}

boses_tests::both_backends!(
    parse_prompt_llm_calls_are_capped_per_organisation,
    |b: boses_tests::Backend| async move {
        let good = r#"{"income_level": "middle"}"#;
        let server = FakeLlm::start(vec![Reply::Content(good.into())]).await;
        let mut t = boses_tests::TestApp::new(b).await;
        t.app.prompt_llm = Some(ChatClient::new(LlmSettings {
            base_url: server.url.clone(),
            model: "fake".into(),
            api_key: None,
            timeout: Duration::from_millis(GENEROUS_MS),
            max_attempts: 1,
            max_concurrency: 2,
        }));
        t.app.prompt_llm_per_org_hour = 2;
        let prompt = Some(json!({"prompt": "moms in Cebu"}));
        let mine = format!("{}/parse-prompt", t.base());
        let mut incomes = Vec::new();
        for _ in 0..4 {
            let r = t.authed("POST", &mine, prompt.clone()).await;
            assert_eq!(r.status, 200, "{}", r.text);
            assert_eq!(r.json()["location"], "Cebu City, Philippines");
            incomes.push(r.json()["income_level"].clone());
        }
        // Two refined answers, then the offline parse: the cap never fails a request.
        assert_eq!(
            incomes,
            vec![json!("Middle"), json!("Middle"), json!(null), json!(null)]
        );
        assert_eq!(
            server.request_count(),
            2,
            "calls past the cap reach no model"
        );
        // Another organisation has its own budget.
        let theirs = format!(
            "/api/v1/projects/{}/persona-groups/parse-prompt",
            t.other_project
        );
        let auth = format!("Bearer {}", t.other_key);
        let r = t
            .call(
                "POST",
                &theirs,
                &[("authorization", auth.as_str())],
                Some(&prompt.clone().unwrap().to_string()),
            )
            .await;
        assert_eq!(r.json()["income_level"], "Middle", "{}", r.text);
        assert_eq!(server.request_count(), 3);
        // The next clock hour starts a new budget.
        t.clock.advance(Duration::from_secs(3600));
        let r = t.authed("POST", &mine, prompt.clone()).await;
        assert_eq!(r.json()["income_level"], "Middle");
        assert_eq!(server.request_count(), 4);
    }
);

/// The deployed key lives in Secrets Manager (moto here) and reaches the LLM's
/// `Authorization` header; a secret that cannot be read turns the LLM off, never the
/// function; `LLM_API_KEY`, when set, wins without a call.
#[tokio::test]
async fn the_llm_key_is_read_from_secrets_manager_at_cold_start() {
    use aws_credential_types::Credentials;
    use boses::config::Settings;
    use boses::secrets::SecretsClient;
    use boses::startup::Services;
    if boses_tests::skip_dynamo() {
        return;
    }
    let Some(endpoint) = boses_tests::dynamo_endpoint() else {
        return;
    };
    let secrets = SecretsClient::new(
        endpoint,
        "us-east-1".into(),
        Credentials::new("test", "test", None, None, "test"),
    )
    .unwrap();
    let unique = uuid::Uuid::new_v4().simple().to_string();
    let json_secret = format!("boses/llm-{unique}");
    let plain_secret = format!("boses/llm-plain-{unique}");
    for (name, value) in [
        (&json_secret, r#"{"api_key": "sk-from-secrets"}"#),
        (&plain_secret, "sk-plain"),
    ] {
        secrets
            .call(
                "CreateSecret",
                &json!({"Name": name, "SecretString": value}),
            )
            .await
            .unwrap();
    }
    let server = FakeLlm::start(vec![Reply::Content(r#"{"income_level": "middle"}"#.into())]).await;
    let services_with = |secret: &str, env_key: Option<&str>| {
        let pairs: Vec<(String, String)> = [
            ("STORE", "memory"),
            ("PERSONA_ENGINE", "llm"),
            ("PROMPT_PARSER", "llm"),
            ("LLM_BASE_URL", server.url.as_str()),
            ("LLM_MODEL", "fake"),
            ("LLM_API_KEY_SECRET", secret),
            ("LLM_API_KEY", env_key.unwrap_or("")),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        Services::build(
            Settings::from_lookup(|n| pairs.iter().find(|(k, _)| k == n).map(|(_, v)| v.clone()))
                .unwrap(),
        )
    };
    // The JSON form, all the way to the model's Authorization header.
    let mut s = services_with(&json_secret, None).await;
    s.load_llm_key(Some(&secrets)).await;
    assert_eq!(
        s.settings.llm.as_ref().and_then(|l| l.api_key.as_deref()),
        Some("sk-from-secrets")
    );
    let app = s.app(boses::api::routes::PARSE_PROMPT.needs);
    let client = app.prompt_llm.as_ref().expect("parse-prompt gets the LLM");
    let refined = boses::prompt::refine::refine(
        client,
        "moms in Cebu",
        boses::prompt::parse(
            "moms in Cebu",
            boses::prompt::Today::from_timestamp(Timestamp::from_unix_millis(1_780_000_000_000)),
        ),
    )
    .await;
    assert_eq!(refined.to_json()["income_level"], "Middle");
    assert_eq!(
        server
            .authorizations
            .lock()
            .unwrap()
            .last()
            .map(String::as_str),
        Some("Bearer sk-from-secrets")
    );
    // The plain-string form.
    let mut s = services_with(&plain_secret, None).await;
    s.load_llm_key(Some(&secrets)).await;
    assert_eq!(
        s.settings.llm.as_ref().and_then(|l| l.api_key.as_deref()),
        Some("sk-plain")
    );
    // A missing secret: the LLM is off for the instance, and the worker runs offline.
    let mut s = services_with(&format!("boses/missing-{unique}"), None).await;
    s.load_llm_key(Some(&secrets)).await;
    assert!(s.settings.llm.is_none());
    assert!(s
        .app(boses::api::routes::PARSE_PROMPT.needs)
        .prompt_llm
        .is_none());
    // An explicit key wins, and nothing is asked (this client reaches no server).
    let nowhere = SecretsClient::new(
        "http://127.0.0.1:9".into(),
        "us-east-1".into(),
        Credentials::new("test", "test", None, None, "test"),
    )
    .unwrap();
    let mut s = services_with(&json_secret, Some("sk-env")).await;
    s.load_llm_key(Some(&nowhere)).await;
    assert_eq!(
        s.settings.llm.as_ref().and_then(|l| l.api_key.as_deref()),
        Some("sk-env")
    );
}

/// The LLM cap fails closed: a counter the store cannot write means the offline answer
/// (no model call), unlike the request rate limits, which admit. A cap of 0 asks nothing.
#[tokio::test]
async fn an_unwritable_llm_counter_means_no_llm_call() {
    use boses::auth::{Authenticator, Principal};
    use boses::store::DynamoStore;
    let nowhere = DynamoStore::new(boses_tests::dynamo_client("http://127.0.0.1:9").await, "t");
    let auth = Authenticator::new(
        std::sync::Arc::new(nowhere),
        std::sync::Arc::new(boses::clock::SystemClock),
    );
    let who = Principal {
        org_id: boses::domain::OrgId::new_random(),
        key_id: "key_000000000000".into(),
    };
    assert!(!auth.allow_llm_call(&who, 5).await);
    assert!(auth.allow_llm_call(&who, 0).await, "no cap, no counter");
}
