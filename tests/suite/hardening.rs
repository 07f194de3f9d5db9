//! Hardening: arbitrary input at every handler, 200 concurrent
//! clients with a consistency check afterwards, and faults injected between the
//! service and moto.

use boses::api::{routes, App, Endpoint};
use boses_tests::{apigw_request, record_figures, Backend, Resp, TestApp};
use proptest::prelude::*;
use serde_json::{json, Value};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<u64>().prop_map(|n| json!(n)),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| json!(f)),
        "\\PC{0,40}".prop_map(Value::String),
        prop::sample::select(vec![
            "Male",
            "female",
            "ALL",
            "Low",
            "x".repeat(3000).leak() as &str,
            "Jakarta, Indonesia",
            "",
            " "
        ])
        .prop_map(|s| json!(s)),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    prop::sample::select(vec![
                        "name",
                        "age_min",
                        "age_max",
                        "gender",
                        "location",
                        "income_level",
                        "occupation",
                        "description",
                        "psychographic_notes",
                        "persona_count",
                        "seed",
                        "prompt",
                        "id"
                    ])
                    .prop_map(String::from),
                    "\\PC{0,12}",
                ],
                inner,
                0..8
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn arb_segment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(uuid::Uuid::now_v7().to_string()),
        "[a-zA-Z0-9%._~-]{0,40}",
        Just("0193a5b0-1111-7111-8111-00000000000Z".to_owned()),
        Just("%00".to_owned()),
        Just("..".to_owned()),
    ]
}

/// A group body every validator accepts: what a real client sends.
fn valid_group() -> impl Strategy<Value = Value> {
    (
        "[A-Za-z][A-Za-z0-9 ]{0,40}",
        prop::option::of((13u8..=90, 0u8..=10)),
        prop::option::of(prop::sample::select(vec!["Male", "female", "ALL", "All"])),
        prop::option::of(prop::sample::select(vec![
            "Jakarta, Indonesia",
            "Metro Manila, Philippines",
            "Reykjavík, Iceland",
            "Cebu",
            "Nowhere Town",
        ])),
        prop::option::of(prop::sample::select(vec!["Low", "middle", "HIGH"])),
        prop::option::of("[a-z][a-z ]{0,30}"),
        prop::option::of("\\PC{0,200}"),
        prop::option::of(1u8..=10),
    )
        .prop_map(
            |(name, ages, gender, location, income, occupation, notes, count)| {
                let mut o = serde_json::Map::new();
                o.insert("name".into(), json!(name));
                if let Some((min, span)) = ages {
                    o.insert("age_min".into(), json!(min));
                    o.insert("age_max".into(), json!(min.saturating_add(span).min(100)));
                }
                let optional = [
                    ("gender", gender.map(|g| json!(g))),
                    ("location", location.map(|l| json!(l))),
                    ("income_level", income.map(|i| json!(i))),
                    ("occupation", occupation.map(|x| json!(x))),
                    ("psychographic_notes", notes.map(|x| json!(x))),
                    ("persona_count", count.map(|c| json!(c))),
                ];
                for (k, v) in optional {
                    if let Some(v) = v {
                        o.insert(k.into(), v);
                    }
                }
                Value::Object(o)
            },
        )
}

/// A valid body with one field broken: each validator is reached on its own.
fn near_valid_group() -> impl Strategy<Value = Value> {
    let broken = prop::sample::select(vec![
        ("name", json!("")),
        ("name", json!("x".repeat(121))),
        ("name", json!(7)),
        ("age_min", json!(12)),
        ("age_min", json!("thirty")),
        ("age_max", json!(101)),
        ("age_max", json!(-1)),
        ("gender", json!("robot")),
        ("location", json!("x".repeat(121))),
        ("location", json!(["Cebu"])),
        ("income_level", json!("rich")),
        ("occupation", json!("o".repeat(121))),
        ("description", json!("d".repeat(2001))),
        ("psychographic_notes", json!(false)),
        ("persona_count", json!(0)),
        ("persona_count", json!(11)),
        ("persona_count", json!(2.5)),
        ("unknown_field", json!(1)),
    ]);
    (valid_group(), broken).prop_map(|(mut v, (field, bad))| {
        v[field] = bad;
        v
    })
}

/// The body a request carries: right for its route, nearly right, arbitrary JSON, or
/// not JSON at all.
fn body_for(kind: usize, route: usize, arbitrary: Value, valid: Value, near: Value) -> String {
    let endpoint = routes::routes()[route].endpoint;
    match (kind, endpoint) {
        (0, Endpoint::ParsePrompt) => json!({"prompt": valid["name"]}).to_string(),
        // The broken field of `near` picks one of the ways a body can be wrong.
        (1, Endpoint::ParsePrompt) => match near.as_object().map_or(0, |o| o.len()) % 3 {
            0 => json!({"prompt": 42}),
            1 => json!({"prompt": "p".repeat(2_001)}),
            _ => json!({}),
        }
        .to_string(),
        (0, Endpoint::GenerateGroup) => json!({"seed": valid["age_min"]}).to_string(),
        (1, Endpoint::GenerateGroup) => match near.as_object().map_or(0, |o| o.len()) % 3 {
            0 => json!({"seed": -1}),
            1 => json!({"seed": "seven"}),
            _ => json!({"seed": 1, "sed": 2}),
        }
        .to_string(),
        (0, _) => valid.to_string(),
        (1, _) => near.to_string(),
        (2, _) => arbitrary.to_string(),
        _ => format!("{{\"name\": {arbitrary}"),
    }
}

/// Odd headers, ids, cursors and bodies at every endpoint, mixed with valid and
/// nearly valid requests on groups that exist: always a response with the spec's error
/// body when it is an error, and never a 5xx. Afterwards the statuses prove the happy
/// paths ran and the validation errors prove every validator was reached.
#[test]
fn arbitrary_input_never_causes_a_server_error() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let mut t = rt.block_on(TestApp::new(Backend::Memory));
    // Generate answers 202 only with somewhere to send the run.
    t.app.queue = Some(Arc::new(boses_tests::generation::RecordingQueue::default()));
    let existing: Vec<String> = (0..40)
        .map(|i| {
            rt.block_on(t.create(json!({"name": format!("fuzz {i}")})))["id"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    let counted = std::cell::RefCell::new((
        0u64,
        std::collections::BTreeMap::<(String, u16), u32>::new(),
        std::collections::BTreeSet::<String>::new(),
    ));
    // A fixed stream, whatever PROPTEST_RNG_SEED says: the coverage assertions below
    // (every happy path, every validator) must not depend on the luck of a seed.
    let mut runner = proptest::test_runner::TestRunner::new_with_rng(
        ProptestConfig {
            cases: 1200,
            ..ProptestConfig::default()
        },
        proptest::test_runner::TestRng::deterministic_rng(
            proptest::test_runner::RngAlgorithm::ChaCha,
        ),
    );
    let strategy = (
        (
            0usize..routes::routes().len(),
            0usize..4,
            arb_json(),
            valid_group(),
            near_valid_group(),
        ),
        prop_oneof![
            3 => prop::sample::select(existing.clone()),
            1 => arb_segment(),
        ],
        prop::option::of("\\PC{0,60}"),
        prop::option::of("[ -~]{0,80}"),
        prop_oneof![3 => Just(0usize), 1 => 1usize..4],
        any::<bool>(),
    );
    runner
        .run(
            &strategy,
            |((route_idx, kind, arbitrary, valid, near), group, cursor, header, auth_kind, odd)| {
                let route = &routes::routes()[route_idx];
                let path = route
                    .path
                    .replace("{project_id}", &t.project)
                    .replace("{group_id}", &group)
                    // A group's id where a persona's goes (well-formed, and never a
                    // persona of that group), or that id spoilt by one character.
                    .replace(
                        "{persona_id}",
                        &if odd {
                            format!("p{group}")
                        } else {
                            group.clone()
                        },
                    );
                let path = match (&cursor, odd) {
                    (Some(c), true) => format!("{path}?cursor={}&limit={}", url_escape(c), c.len()),
                    (None, true) => format!("{path}?limit=0"),
                    _ => path,
                };
                let key_header = match auth_kind {
                    0 => format!("Bearer {}", t.key),
                    1 => format!("Bearer {}", header.clone().unwrap_or_default()),
                    2 => header.clone().unwrap_or_default(),
                    _ => format!("bearer   {}  ", t.key),
                };
                let mut headers: Vec<(&str, &str)> = vec![("authorization", key_header.as_str())];
                if let (Some(h), true) = (&header, odd) {
                    headers.push(("idempotency-key", h.as_str()));
                    headers.push(("content-type", h.as_str()));
                }
                let body_text = body_for(kind, route_idx, arbitrary, valid, near);
                let mut req =
                    apigw_request(route.method.as_str(), &path, &headers, Some(&body_text));
                if odd && auth_kind == 3 {
                    *req.body_mut() = lambda_http::Body::Binary(vec![0xff, 0xfe, b'{', 0x80]);
                }
                let resp = Resp::from(rt.block_on(t.app.handle(route.endpoint, req)));
                {
                    let mut c = counted.borrow_mut();
                    c.0 += 1;
                    *c.1.entry((route.function.to_owned(), resp.status))
                        .or_insert(0) += 1;
                    if resp.status == 400 {
                        c.2.extend(resp.error_fields());
                    }
                }
                prop_assert!(
                    resp.status < 500,
                    "{} {} -> {} {}",
                    route.method,
                    path,
                    resp.status,
                    resp.text
                );
                if resp.status >= 400 {
                    let v: Value = serde_json::from_str(&resp.text)
                        .map_err(|e| TestCaseError::fail(format!("error body not JSON: {e}")))?;
                    prop_assert!(
                        v["detail"].is_string() && v["code"].is_string(),
                        "{}",
                        resp.text
                    );
                }
                Ok(())
            },
        )
        .unwrap();
    let (mut cases, by_status, fields) = counted.into_inner();
    // The happy path of every endpoint ran, not only its rejections (for one persona,
    // the answer past every validator: no persona has a group's id).
    for (function, status) in [
        ("parse-prompt", 200),
        ("list-groups", 200),
        ("create-group", 201),
        ("get-group", 200),
        ("update-group", 200),
        ("delete-group", 204),
        ("generate-group", 202),
        ("list-personas", 200),
        ("get-persona", 404),
        ("delete-persona", 404),
        ("delete-personas", 204),
    ] {
        assert!(
            by_status.contains_key(&(function.to_owned(), status)),
            "{function} never answered {status}: {by_status:?}"
        );
    }
    // And every validator was reached.
    for field in [
        "name",
        "age_min",
        "age_max",
        "gender",
        "location",
        "income_level",
        "occupation",
        "description",
        "psychographic_notes",
        "persona_count",
        "unknown_field",
        "seed",
        "prompt",
        "cursor",
        "limit",
        "body",
        "persona_id",
    ] {
        assert!(
            fields.contains(field),
            "no request reached the {field} validator: {fields:?}"
        );
    }
    // Oversized and deeply nested bodies, once each per endpoint.
    for route in routes::routes() {
        let path = route
            .path
            .replace("{project_id}", &t.project)
            .replace("{group_id}", &uuid::Uuid::now_v7().to_string());
        let auth = format!("Bearer {}", t.key);
        for body in [
            "[".repeat(100_000),
            format!("{{\"name\":\"{}\"}}", "x".repeat(70_000)),
            "{\"age_min\": 1e400}".into(),
        ] {
            let r = Resp::from(rt.block_on(t.app.handle(
                route.endpoint,
                apigw_request(
                    route.method.as_str(),
                    &path,
                    &[("authorization", &auth)],
                    Some(&body),
                ),
            )));
            assert!(r.status < 500, "{} {}: {}", route.method, r.status, r.text);
            cases += 1;
        }
    }
    let mut totals = std::collections::BTreeMap::<u16, u32>::new();
    for ((_, status), n) in &by_status {
        *totals.entry(*status).or_default() += n;
    }
    record_figures(&format!("hardening/input: {cases} requests with valid, nearly valid and arbitrary bodies, ids, cursors and headers; statuses {totals:?}; 5xx seen: 0"));
}

fn url_escape(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// 200 concurrent clients mixing every operation against the in-process service
/// (HTTP through `boses-local`'s server), then a consistency check of the store.
#[test]
fn two_hundred_concurrent_clients_leave_a_consistent_store() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(load_and_check(
        Arc::new(boses::store::MemoryStore::new()),
        "memory",
    ));
}

/// The same on moto: run by the benchmark command (`scripts/bench.sh`), not by CI.
#[test]
#[ignore = "long; run by scripts/bench.sh against moto"]
fn two_hundred_concurrent_clients_on_moto() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let store = boses_tests::fresh_dynamo().await;
        load_and_check(Arc::new(store), "moto").await
    });
}

/// Requests per client: moto answers a few hundred a second, memory far more.
fn ops_per_client(label: &str) -> u64 {
    if label == "moto" {
        4
    } else {
        20
    }
}

async fn load_and_check(store: Arc<dyn boses::store::Store>, label: &str) {
    {
        let clock = Arc::new(boses::clock::SystemClock);
        let seeded = boses::tenancy::seed(store.as_ref(), clock.as_ref(), None, None)
            .await
            .unwrap();
        let worker = Arc::new(boses::generation::Worker {
            store: store.clone(),
            engine: Arc::new(boses::persona::offline::OfflineEngine),
            clock: clock.clone(),
            settings: Default::default(),
            events: None,
        });
        // Redeliveries paced like SQS's visibility timeout, scaled down: three receives
        // 5 ms apart all land in the same burst of moto throttling, which no real
        // queue does, and strand the run.
        let retry = if label == "moto" {
            Duration::from_secs(2)
        } else {
            Duration::from_millis(5)
        };
        let queue = boses::queue::InProcessQueue::new(3, retry);
        queue.start(worker);
        // One key makes every request of this load: it tests consistency, not limits.
        let mut app = App::new(store.clone(), clock).with_queue(queue.clone());
        app.auth.limits = boses::auth::RateLimits {
            per_key: 0,
            per_org: 0,
        };
        let app = Arc::new(app);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!(
            "http://{}/api/v1/projects/{}/persona-groups",
            listener.local_addr().unwrap(),
            seeded.project_id
        );
        let server = tokio::spawn(boses_local::serve_until(
            app.clone(),
            listener,
            std::future::pending(),
        ));

        let http = reqwest::Client::builder()
            .pool_max_idle_per_host(200)
            .build()
            .unwrap();
        let sent = Arc::new(AtomicU64::new(0));
        let unexpected = Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
        let statuses = Arc::new(std::sync::Mutex::new(
            std::collections::BTreeMap::<u16, u64>::new(),
        ));
        // A fixed amount of work per client, not a time window: what the test checks
        // must not depend on how fast a loaded machine happens to be.
        let started = Instant::now();
        let ops = ops_per_client(label);
        let mut clients = Vec::new();
        for c in 0..200u64 {
            let (http, url, key) = (http.clone(), url.clone(), seeded.api_key.clone());
            let (sent, unexpected, statuses) = (sent.clone(), unexpected.clone(), statuses.clone());
            clients.push(tokio::spawn(async move {
                let mut mine: Vec<String> = Vec::new();
                for i in 1..=ops {
                    let op = (c + i) % 7;
                    let target = mine.get((i as usize) % mine.len().max(1)).cloned();
                    let req = match (op, &target) {
                        (0, _) | (_, None) => http.post(&url).body(json!({"name": format!("c{c}-{i}"), "persona_count": 1 + (i % 4), "location": "Manila, Philippines"}).to_string()),
                        (1, Some(g)) => http.get(format!("{url}/{g}")),
                        (2, Some(g)) => http.patch(format!("{url}/{g}")).body(json!({"persona_count": 1 + (i % 5)}).to_string()),
                        (3, _) => http.get(format!("{url}?limit=50")),
                        (4, Some(g)) => http.post(format!("{url}/{g}/generate")),
                        (5, Some(g)) if i.is_multiple_of(3) => http.delete(format!("{url}/{g}")),
                        (_, Some(g)) => http.get(format!("{url}/{g}/personas")),
                    };
                    let resp = match req.bearer_auth(&key).send().await {
                        Ok(r) => r,
                        Err(e) => {
                            unexpected.lock().unwrap().push(format!("transport: {e}"));
                            continue;
                        }
                    };
                    sent.fetch_add(1, Ordering::Relaxed);
                    let status = resp.status().as_u16();
                    *statuses.lock().unwrap().entry(status).or_default() += 1;
                    let body: Value = resp.json().await.unwrap_or_default();
                    match status {
                        201 => mine.push(body["id"].as_str().unwrap_or_default().to_owned()),
                        200 | 202 | 204 => {}
                        // Expected: a run already in progress, or a group another request deleted.
                        409 if body["code"] == "generation_in_progress" => {}
                        404 => {
                            if let Some(g) = &target {
                                mine.retain(|x| x != g);
                            }
                        }
                        other => unexpected.lock().unwrap().push(format!("{other}: {body}")),
                    }
                }
            }));
        }
        for c in clients {
            c.await.unwrap();
        }
        let elapsed = started.elapsed();
        let drain = Duration::from_secs(if label == "moto" { 600 } else { 60 });
        tokio::time::timeout(drain, queue.wait_idle())
            .await
            .expect("queue drained");

        // Consistency: every listed group is gettable; every complete group has exactly
        // persona_count personas of one run; no personas outside live groups' visible runs.
        let key = seeded.api_key.clone();
        let mut groups = Vec::new();
        let mut next = format!("{url}?limit=100");
        loop {
            let r = http.get(&next).bearer_auth(&key).send().await.unwrap();
            let cursor = r
                .headers()
                .get("x-next-cursor")
                .map(|v| v.to_str().unwrap().to_owned());
            groups.extend(r.json::<Vec<Value>>().await.unwrap());
            match cursor {
                Some(c) => next = format!("{url}?limit=100&cursor={c}"),
                None => break,
            }
        }
        let mut expected_personas = 0usize;
        for g in &groups {
            let id = g["id"].as_str().unwrap();
            let got = http
                .get(format!("{url}/{id}"))
                .bearer_auth(&key)
                .send()
                .await
                .unwrap();
            assert_eq!(got.status(), 200, "listed group {id} is not gettable");
            let g: Value = got.json().await.unwrap();
            let personas: Vec<Value> = http
                .get(format!("{url}/{id}/personas"))
                .bearer_auth(&key)
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
            match g["generation_status"].as_str().unwrap() {
                "complete" => {
                    let runs: std::collections::HashSet<_> = personas
                        .iter()
                        .map(|p| p["provenance"]["seed"].clone())
                        .collect();
                    assert_eq!(runs.len(), 1, "personas of one run only");
                    assert!(personas.iter().all(|p| p["persona_group_id"] == id));
                    expected_personas += personas.len();
                    assert_eq!(
                        Some(personas.len() as u64),
                        g["personas_generated"].as_u64(),
                        "{g}"
                    );
                }
                "pending" => assert!(personas.is_empty() || g["personas_generated"] == 0),
                other => panic!("group {id} left {other} after the queue drained: {g}"),
            }
            // The run visible before the last completion keeps its personas (a page
            // sequence started on it may finish) until the next run completes.
            let stored = store
                .get_group(
                    seeded.project_id,
                    boses::domain::GroupId::parse(id).unwrap(),
                )
                .await
                .unwrap()
                .unwrap();
            if let Some(prev) = stored.generation.previous_run {
                expected_personas += store
                    .list_personas(seeded.project_id, stored.id, prev, None, 100)
                    .await
                    .unwrap()
                    .items
                    .len();
            }
        }
        assert_eq!(
            store.count_personas().await.unwrap(),
            expected_personas,
            "personas exist outside live groups' visible and previous runs"
        );
        server.abort();
        let unexpected = unexpected.lock().unwrap();
        let total = sent.load(Ordering::Relaxed);
        record_figures(&format!(
            "hardening/load ({label}): 200 clients, {total} requests in {:.1} s, statuses {:?}, unexpected {}, groups left {}, personas {}",
            elapsed.as_secs_f64(),
            statuses.lock().unwrap(),
            unexpected.len(),
            groups.len(),
            expected_personas
        ));
        assert!(
            unexpected.is_empty(),
            "unexpected answers: {:?}",
            &unexpected[..unexpected.len().min(5)]
        );
        assert_eq!(total, 200 * ops, "every request was answered");
    }
}
