//! Faults between the service and moto: a proxy on loopback fails (throttling, 5xx),
//! delays, or applies-then-drops a share of DynamoDB and SQS calls while clients create,
//! generate, patch and delete. The API must answer only 2xx, expected 4xx or 503 (never
//! 500), the worker must retry, and once the faults stop nothing may be half-written.

use http_body_util::{BodyExt, Full};
use hyper::body::{Bytes, Incoming};
use hyper_util::client::legacy::Client;
use hyper_util::rt::{TokioExecutor, TokioIo};
use serde_json::json;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use boses::api::{App, Endpoint};
use boses::queue::{poll_sqs, SqsQueue};
use boses::store::DynamoStore;
use boses_tests::{apigw_request, dynamo_endpoint, record_figures, skip_dynamo, Resp};

#[derive(Default)]
struct Stats {
    calls: AtomicU64,
    failed: AtomicU64,
    delayed: AtomicU64,
    dropped_after_apply: AtomicU64,
}

struct Proxy {
    upstream: String,
    enabled: AtomicBool,
    /// The next this many `TransactWriteItems` calls answer `TransactionCanceledException`
    /// with `cancel_reasons`, one code per item, without reaching moto.
    cancel_next: AtomicU64,
    cancel_reasons: std::sync::Mutex<Vec<&'static str>>,
    stats: Stats,
    seq: AtomicU64,
    client: Client<hyper_util::client::legacy::connect::HttpConnector, Full<Bytes>>,
}

fn mix(n: u64) -> u64 {
    let mut z = n.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z ^ (z >> 27)
}

async fn forward(
    p: &Proxy,
    parts: hyper::http::request::Parts,
    body: Bytes,
) -> Result<hyper::Response<Full<Bytes>>, String> {
    let uri = format!(
        "{}{}",
        p.upstream,
        parts
            .uri
            .path_and_query()
            .map(|x| x.as_str())
            .unwrap_or("/")
    );
    let mut req = hyper::Request::builder().method(parts.method).uri(uri);
    for (k, v) in parts.headers.iter() {
        if k != hyper::header::HOST {
            req = req.header(k, v);
        }
    }
    let resp = p
        .client
        .request(req.body(Full::new(body)).map_err(|e| e.to_string())?)
        .await
        .map_err(|e| e.to_string())?;
    let (parts, body) = resp.into_parts();
    let bytes = body.collect().await.map_err(|e| e.to_string())?.to_bytes();
    Ok(hyper::Response::from_parts(parts, Full::new(bytes)))
}

async fn handle(
    p: Arc<Proxy>,
    req: hyper::Request<Incoming>,
) -> Result<hyper::Response<Full<Bytes>>, std::convert::Infallible> {
    let (parts, body) = req.into_parts();
    let body = body
        .collect()
        .await
        .map(|b| b.to_bytes())
        .unwrap_or_default();
    let target = parts
        .headers
        .get("x-amz-target")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    // Only the service's data-plane calls are disturbed, not the table/queue setup.
    let eligible = p.enabled.load(Ordering::SeqCst)
        && !target.contains("CreateTable")
        && !target.contains("DescribeTable");
    p.stats.calls.fetch_add(1, Ordering::Relaxed);
    let roll = mix(p.seq.fetch_add(1, Ordering::Relaxed)) % 100;
    let error = |status: u16, kind: &str| {
        let mut r = hyper::Response::new(Full::new(Bytes::from(
            json!({"__type": kind, "message": "injected fault"}).to_string(),
        )));
        *r.status_mut() =
            hyper::StatusCode::from_u16(status).unwrap_or(hyper::StatusCode::INTERNAL_SERVER_ERROR);
        r.headers_mut().insert(
            "content-type",
            hyper::header::HeaderValue::from_static("application/x-amz-json-1.0"),
        );
        r
    };
    if target.ends_with("TransactWriteItems")
        && p.cancel_next
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
            .is_ok()
    {
        let reasons: Vec<serde_json::Value> = p
            .cancel_reasons
            .lock()
            .map(|r| r.clone())
            .unwrap_or_default()
            .into_iter()
            .map(|code| json!({"Code": code, "Message": "injected"}))
            .collect();
        let mut r = hyper::Response::new(Full::new(Bytes::from(
            json!({
                "__type": "com.amazonaws.dynamodb.v20120810#TransactionCanceledException",
                "Message": "Transaction cancelled (injected)",
                "CancellationReasons": reasons,
            })
            .to_string(),
        )));
        *r.status_mut() = hyper::StatusCode::BAD_REQUEST;
        r.headers_mut().insert(
            "content-type",
            hyper::header::HeaderValue::from_static("application/x-amz-json-1.0"),
        );
        return Ok(r);
    }
    if eligible && roll < 12 {
        p.stats.failed.fetch_add(1, Ordering::Relaxed);
        let resp = if target.starts_with("DynamoDB") {
            if roll < 6 {
                error(
                    400,
                    "com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException",
                )
            } else {
                error(500, "com.amazonaws.dynamodb.v20120810#InternalServerError")
            }
        } else {
            error(503, "com.amazonaws.sqs#ServiceUnavailable")
        };
        return Ok(resp);
    }
    if eligible && roll < 18 {
        p.stats.delayed.fetch_add(1, Ordering::Relaxed);
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let forwarded = forward(&p, parts, body).await;
    if eligible && (18..21).contains(&roll) && forwarded.is_ok() {
        // The call took effect but the answer is lost: the client sees a 5xx and retries.
        p.stats.dropped_after_apply.fetch_add(1, Ordering::Relaxed);
        return Ok(error(
            500,
            "com.amazonaws.dynamodb.v20120810#InternalServerError",
        ));
    }
    Ok(forwarded.unwrap_or_else(|_| error(502, "BadGateway")))
}

async fn start_proxy(upstream: String) -> (Arc<Proxy>, String) {
    let proxy = Arc::new(Proxy {
        upstream,
        enabled: AtomicBool::new(false),
        cancel_next: AtomicU64::new(0),
        cancel_reasons: std::sync::Mutex::new(Vec::new()),
        stats: Stats::default(),
        seq: AtomicU64::new(20261128),
        client: Client::builder(TokioExecutor::new()).build_http(),
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let p = proxy.clone();
    tokio::spawn(async move {
        loop {
            let Ok((s, _)) = listener.accept().await else {
                return;
            };
            let p = p.clone();
            tokio::spawn(async move {
                let svc = hyper::service::service_fn(move |r| handle(p.clone(), r));
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(TokioIo::new(s), svc)
                    .await;
            });
        }
    });
    (proxy, url)
}

async fn clients(endpoint: &str) -> (aws_sdk_dynamodb::Client, aws_sdk_sqs::Client) {
    let conf = boses::aws::loader(boses::aws::TrustRoots::System)
        .endpoint_url(endpoint)
        .region(aws_config::Region::new("us-east-1"))
        .credentials_provider(aws_sdk_dynamodb::config::Credentials::new(
            "test", "test", None, None, "faults",
        ))
        .load()
        .await;
    (
        aws_sdk_dynamodb::Client::new(&conf),
        aws_sdk_sqs::Client::new(&conf),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn faults_never_leave_half_written_state() {
    if skip_dynamo() {
        return;
    }
    // Captured by the test harness: shown only when the test fails.
    let _ = tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::new("boses=info"))
        .with_test_writer()
        .try_init();
    let moto = dynamo_endpoint().unwrap();
    let (proxy, proxy_url) = start_proxy(moto.clone()).await;
    // Setup directly against moto; the service talks through the proxy.
    let (ddb_direct, sqs_direct) = clients(&moto).await;
    let table = format!("faults-{}", uuid::Uuid::new_v4().simple());
    DynamoStore::new(ddb_direct, table.clone())
        .ensure_table()
        .await
        .unwrap();
    let queue_url = sqs_direct
        .create_queue()
        .queue_name(format!("faults-{}", uuid::Uuid::new_v4().simple()))
        .attributes(
            aws_sdk_sqs::types::QueueAttributeName::VisibilityTimeout,
            "1",
        )
        .send()
        .await
        .unwrap()
        .queue_url
        .unwrap();
    let (ddb, sqs) = clients(&proxy_url).await;
    let store = Arc::new(DynamoStore::new(ddb, table));
    let queue_url = queue_url.replace(&moto, &proxy_url);
    let queue = Arc::new(SqsQueue::new(sqs, queue_url));
    let clock = Arc::new(boses::clock::SystemClock);
    let seeded = boses::tenancy::seed(store.as_ref(), clock.as_ref(), None, None)
        .await
        .unwrap();
    let app = Arc::new(App::new(store.clone(), clock.clone()).with_queue(queue.clone()));
    let worker = Arc::new(boses::generation::Worker {
        store: store.clone(),
        engine: Arc::new(boses::persona::offline::OfflineEngine),
        clock,
        settings: boses::generation::GenerationSettings {
            max_receives: 10,
            ..Default::default()
        },
        events: None,
    });
    let shutdown = Arc::new(tokio::sync::Notify::new());
    let poller = tokio::spawn(poll_sqs(queue.clone(), worker, shutdown.clone()));

    let base = format!("/api/v1/projects/{}/persona-groups", seeded.project_id);
    let auth = format!("Bearer {}", seeded.api_key);
    let call = |endpoint: Endpoint,
                method: &'static str,
                path: String,
                body: Option<String>,
                idem: Option<String>| {
        let app = app.clone();
        let auth = auth.clone();
        async move {
            let mut headers: Vec<(&str, &str)> = vec![("authorization", auth.as_str())];
            if let Some(k) = idem.as_deref() {
                headers.push(("idempotency-key", k));
            }
            Resp::from(
                app.handle(
                    endpoint,
                    apigw_request(method, &path, &headers, body.as_deref()),
                )
                .await,
            )
        }
    };

    proxy.enabled.store(true, Ordering::SeqCst);
    let mut statuses = std::collections::BTreeMap::<u16, u64>::new();
    let mut requests = 0u64;
    let mut groups: Vec<String> = Vec::new();
    let mut deleted: Vec<String> = Vec::new();
    for i in 0..16 {
        // Clients retry 503s, with an Idempotency-Key so a retried create cannot duplicate.
        let key = format!("faults-{i}");
        let body = json!({"name": format!("fault group {i}"), "persona_count": 3}).to_string();
        let mut created = None;
        for _ in 0..8 {
            let r = call(
                Endpoint::CreateGroup,
                "POST",
                base.clone(),
                Some(body.clone()),
                Some(key.clone()),
            )
            .await;
            requests += 1;
            *statuses.entry(r.status).or_default() += 1;
            assert!(r.status != 500, "create: {}", r.text);
            if r.status == 201 {
                created = Some(r.json()["id"].as_str().unwrap().to_owned());
                break;
            }
            assert_eq!(r.status, 503, "create: {}", r.text);
        }
        // The SDK retries each call, so eight API-level 503s in a row would mean the
        // service cannot make progress under these faults at all.
        let id = created.unwrap_or_else(|| panic!("group {i} was never created"));
        let mut started = false;
        for _ in 0..8 {
            let r = call(
                Endpoint::GenerateGroup,
                "POST",
                format!("{base}/{id}/generate"),
                Some(json!({"seed": i}).to_string()),
                None,
            )
            .await;
            requests += 1;
            *statuses.entry(r.status).or_default() += 1;
            assert!(
                matches!(r.status, 202 | 409 | 503),
                "generate: {} {}",
                r.status,
                r.text
            );
            if r.status != 503 {
                started = true;
                break;
            }
        }
        assert!(started, "generate of group {i} never got past 503");
        if i % 4 == 0 {
            let r = call(
                Endpoint::UpdateGroup,
                "PATCH",
                format!("{base}/{id}"),
                Some(json!({"description": "patched"}).to_string()),
                None,
            )
            .await;
            requests += 1;
            *statuses.entry(r.status).or_default() += 1;
            assert!(
                matches!(r.status, 200 | 409 | 503),
                "patch: {} {}",
                r.status,
                r.text
            );
        }
        if i % 5 == 0 {
            // Delete mid-run, retried until it is done.
            for _ in 0..8 {
                let r = call(
                    Endpoint::DeleteGroup,
                    "DELETE",
                    format!("{base}/{id}"),
                    None,
                    None,
                )
                .await;
                requests += 1;
                *statuses.entry(r.status).or_default() += 1;
                assert!(
                    matches!(r.status, 204 | 404 | 503),
                    "delete: {} {}",
                    r.status,
                    r.text
                );
                if r.status != 503 {
                    deleted.push(id.clone());
                    break;
                }
            }
        } else {
            groups.push(id);
        }
    }
    // Faults stop; everything still in flight must settle.
    tokio::time::sleep(Duration::from_secs(2)).await;
    proxy.enabled.store(false, Ordering::SeqCst);
    let deadline = Instant::now() + Duration::from_secs(90);
    loop {
        let mut pending = 0;
        let mut stuck = Vec::new();
        for id in &groups {
            let r = call(
                Endpoint::GetGroup,
                "GET",
                format!("{base}/{id}"),
                None,
                None,
            )
            .await;
            let s = r.json()["generation_status"]
                .as_str()
                .unwrap_or("")
                .to_owned();
            assert_eq!(r.status, 200, "group {id} must exist: {}", r.text);
            // Nothing is restarted by hand: every accepted run must finish on its own
            // through the queue's redeliveries.
            if s != "complete" && s != "failed" {
                pending += 1;
                stuck.push(r.json());
            }
        }
        if pending == 0 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "{pending} groups never settled: {stuck:?}"
        );
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    shutdown.notify_waiters();
    poller.abort();

    // Nothing half-written: complete groups have exactly their personas, of one run;
    // deleted groups are gone with every persona.
    let mut complete = 0;
    for id in &groups {
        let g = call(
            Endpoint::GetGroup,
            "GET",
            format!("{base}/{id}"),
            None,
            None,
        )
        .await
        .json();
        let personas = call(
            Endpoint::ListPersonas,
            "GET",
            format!("{base}/{id}/personas"),
            None,
            None,
        )
        .await
        .json();
        let personas = personas.as_array().unwrap();
        if g["generation_status"] == "complete" {
            complete += 1;
            assert_eq!(
                personas.len() as u64,
                g["persona_count"].as_u64().unwrap(),
                "{g}"
            );
            let codes: std::collections::HashSet<_> =
                personas.iter().map(|p| p["persona_code"].clone()).collect();
            assert_eq!(codes.len(), personas.len(), "no duplicates");
            let seeds: std::collections::HashSet<_> = personas
                .iter()
                .map(|p| p["provenance"]["seed"].clone())
                .collect();
            assert_eq!(seeds.len(), 1, "one run");
        } else {
            assert!(personas.is_empty(), "a failed run shows no personas: {g}");
        }
    }
    for id in &deleted {
        let r = call(
            Endpoint::GetGroup,
            "GET",
            format!("{base}/{id}"),
            None,
            None,
        )
        .await;
        assert_eq!(r.status, 404);
        let gid = boses::domain::GroupId::parse(id).unwrap();
        let left = boses::store::Store::prune_personas(
            store.as_ref(),
            gid,
            boses::store::Prune::OlderThan(boses::domain::GenerationId::new_random()),
        )
        .await
        .unwrap();
        assert_eq!(left, 0, "personas survived the delete of {id}");
    }
    assert_eq!(
        complete,
        groups.len(),
        "every run completes once the faults stop (none may fail: ten receives each)"
    );
    // Retried creates carried an Idempotency-Key: the project holds exactly one group
    // per key that was not deleted, however many of its creates were answered 503.
    let mut listed = 0usize;
    let mut path = format!("{base}?limit=100");
    loop {
        let r = call(Endpoint::ListGroups, "GET", path.clone(), None, None).await;
        assert_eq!(r.status, 200, "{}", r.text);
        listed += r.json().as_array().unwrap().len();
        match r.header("x-next-cursor") {
            Some(c) => path = format!("{base}?limit=100&cursor={c}"),
            None => break,
        }
    }
    assert_eq!(
        listed,
        groups.len(),
        "duplicate groups from retried creates"
    );
    let s = &proxy.stats;
    record_figures(&format!(
        "hardening/faults: {requests} API requests, {} AWS calls through the proxy, {} failed, {} delayed, {} applied-then-dropped; API statuses {statuses:?} (5xx: only 503); {complete}/{} groups complete, {} deleted cleanly",
        s.calls.load(Ordering::Relaxed),
        s.failed.load(Ordering::Relaxed),
        s.delayed.load(Ordering::Relaxed),
        s.dropped_after_apply.load(Ordering::Relaxed),
        groups.len(),
        deleted.len()
    ));
    assert!(
        s.failed.load(Ordering::Relaxed) > 10,
        "faults were injected"
    );
}

/// A cancelled transaction is read by all of its reasons: a conflicting transaction is
/// a lost race (409, or the replay when the idempotency record is there), throttling a
/// 503 with `Retry-After`, never a 500; the worker goes round again at once instead of
/// leaving its message to the visibility timeout.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cancelled_transactions_are_conflicts_or_throttling_never_500() {
    use boses::clock::Clock;
    use boses::store::Store;
    if skip_dynamo() {
        return;
    }
    let moto = dynamo_endpoint().unwrap();
    let (proxy, proxy_url) = start_proxy(moto.clone()).await;
    let (ddb_direct, _) = clients(&moto).await;
    let table = format!("cancel-{}", uuid::Uuid::new_v4().simple());
    DynamoStore::new(ddb_direct, table.clone())
        .ensure_table()
        .await
        .unwrap();
    let (ddb, _) = clients(&proxy_url).await;
    let store = Arc::new(DynamoStore::new(ddb, table));
    let clock = Arc::new(boses::clock::SystemClock);
    let seeded = boses::tenancy::seed(store.as_ref(), clock.as_ref(), None, None)
        .await
        .unwrap();
    let app = App::new(store.clone(), clock.clone());
    let base = format!("/api/v1/projects/{}/persona-groups", seeded.project_id);
    let auth = format!("Bearer {}", seeded.api_key);
    let create = |key: &'static str| {
        let req = apigw_request(
            "POST",
            &base,
            &[("authorization", auth.as_str()), ("idempotency-key", key)],
            Some(&json!({"name": "race", "persona_count": 2}).to_string()),
        );
        let app = &app;
        async move { Resp::from(app.handle(Endpoint::CreateGroup, req).await) }
    };
    let cancel = |reasons: Vec<&'static str>| {
        *proxy.cancel_reasons.lock().unwrap() = reasons;
        proxy.cancel_next.store(1, Ordering::SeqCst);
    };

    // A simultaneous create holds the key (its transaction conflicts with ours) and has
    // not committed: 409, not 500.
    cancel(vec!["TransactionConflict", "None"]);
    let r = create("k-race").await;
    assert_eq!(
        (r.status, r.error_code().as_str()),
        (409, "concurrent_modification"),
        "{}",
        r.text
    );
    // Once the other create committed, the same conflict reads as its replay.
    let first = create("k-race").await;
    assert_eq!(first.status, 201, "{}", first.text);
    cancel(vec!["TransactionConflict", "None"]);
    let replay = create("k-race").await;
    assert!(replay.status < 300, "{}", replay.text);
    assert_eq!(replay.json()["id"], first.json()["id"]);
    // Throttling of any item, even not the first: 503 with Retry-After.
    cancel(vec!["None", "ThrottlingError"]);
    let r = create("k-throttled").await;
    assert_eq!(r.status, 503, "{}", r.text);
    assert!(r.header("retry-after").is_some());
    // Nothing was created by the refused attempts.
    let all = Resp::from(
        app.handle(
            Endpoint::ListGroups,
            apigw_request("GET", &base, &[("authorization", auth.as_str())], None),
        )
        .await,
    );
    assert_eq!(all.json().as_array().map(Vec::len), Some(1), "{}", all.text);

    // The worker: its persona write collides once with another transaction; the same
    // delivery re-reads and finishes the run.
    let id = first.json()["id"].as_str().unwrap().to_owned();
    let gid = boses::domain::GroupId::parse(&id).unwrap();
    let run = boses::domain::GenerationId::new_random();
    let group = store
        .get_group(seeded.project_id, gid)
        .await
        .unwrap()
        .unwrap();
    let mut state = group.generation.clone();
    state.status = boses::domain::GenerationStatus::Pending;
    state.run = Some(boses::domain::RunInfo {
        id: run,
        seed: 7,
        definition: group.definition.clone(),
        recorded_at: clock.now(),
        touched_at: clock.now(),
    });
    assert!(store
        .write_generation(&boses::store::GenerationWrite {
            project: seeded.project_id,
            group: gid,
            expect_run: None,
            expect_generated: None,
            expect_active: None,
            expect_visible: None,
            state: &state,
            persona: None,
            remove_persona: None,
            now: clock.now(),
        })
        .await
        .unwrap());
    let worker = boses::generation::Worker {
        store: store.clone(),
        engine: Arc::new(boses::persona::offline::OfflineEngine),
        clock: clock.clone(),
        settings: boses::generation::GenerationSettings::default(),
        events: None,
    };
    cancel(vec!["None", "TransactionConflict"]);
    let body = json!({
        "type": "generate_personas",
        "project_id": seeded.project_id.to_string(),
        "group_id": id,
        "generation_id": run.to_string(),
    })
    .to_string();
    use boses::queue::BatchHandler;
    let event = boses::queue::sqs_event(vec![boses::queue::sqs_record(
        "m-1",
        &body,
        1,
        boses_tests::START,
    )]);
    let failures = worker.handle_batch(event).await.batch_item_failures;
    assert!(
        failures.is_empty(),
        "the conflict is retried within the delivery: {failures:?}"
    );
    assert_eq!(
        proxy.cancel_next.load(Ordering::SeqCst),
        0,
        "the conflict was injected"
    );
    let done = store
        .get_group(seeded.project_id, gid)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        done.generation.status,
        boses::domain::GenerationStatus::Complete
    );
    assert_eq!(done.generation.personas_generated, 2);

    // Deleting a persona is a transaction too (the persona and the group's count): a
    // throttled one is a 503 that changed nothing, a conflicting one is retried at once
    // and lands once, and the list and the count agree throughout.
    let personas_path = format!("{base}/{id}/personas");
    let call = |method: &str, path: &str, endpoint: Endpoint| {
        let req = apigw_request(method, path, &[("authorization", auth.as_str())], None);
        let app = &app;
        async move { Resp::from(app.handle(endpoint, req).await) }
    };
    let listed = call("GET", &personas_path, Endpoint::ListPersonas).await;
    let ids: Vec<String> = listed
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(ids.len(), 2);
    let one = format!("{personas_path}/{}", ids[0]);
    cancel(vec!["None", "ThrottlingError"]);
    let r = call("DELETE", &one, Endpoint::DeletePersona).await;
    assert_eq!(r.status, 503, "{}", r.text);
    assert!(r.header("retry-after").is_some());
    let still = call("GET", &personas_path, Endpoint::ListPersonas).await;
    assert_eq!(still.json().as_array().map(Vec::len), Some(2));
    cancel(vec!["TransactionConflict", "None"]);
    let r = call("DELETE", &one, Endpoint::DeletePersona).await;
    assert_eq!(r.status, 204, "{}", r.text);
    assert_eq!(proxy.cancel_next.load(Ordering::SeqCst), 0);
    let after = store
        .get_group(seeded.project_id, gid)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(after.generation.personas_generated, 1);
    let left = call("GET", &personas_path, Endpoint::ListPersonas).await;
    assert_eq!(left.json()[0]["id"], ids[1].as_str());
    assert_eq!(left.json().as_array().map(Vec::len), Some(1));
}
