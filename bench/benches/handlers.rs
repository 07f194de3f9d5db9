//! Criterion view of handler overhead (memory store, auth cached):
//!   cargo bench -p boses-bench --bench handlers
//! `boses-bench handlers` reports the p50/p99 the budget is stated in.

use criterion::{criterion_group, criterion_main, Criterion};
use std::sync::Arc;

use boses::api::{App, Endpoint};
use boses::store::{MemoryStore, Store};

const KEY: &str = "boses_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
const PROJECT: &str = "0193a5b0-0000-7000-8000-000000000001";

fn request(method: &str, path: &str, body: Option<&str>) -> lambda_http::Request {
    let mut event = serde_json::json!({
        "version": "2.0", "routeKey": "$default", "rawPath": path, "rawQueryString": "",
        "headers": {"authorization": format!("Bearer {KEY}"), "host": "bench"},
        "requestContext": {"http": {"method": method, "path": path, "protocol": "HTTP/1.1", "sourceIp": "127.0.0.1", "userAgent": "bench"}, "requestId": "bench", "stage": "$default", "routeKey": "$default", "accountId": "1", "apiId": "bench", "domainName": "bench", "domainPrefix": "bench", "time": "", "timeEpoch": 0},
        "isBase64Encoded": false
    });
    if let Some(m) = boses::api::routes::match_path(path) {
        event["pathParameters"] = m
            .params
            .into_iter()
            .map(|(k, v)| (k.to_owned(), serde_json::Value::String(v)))
            .collect::<serde_json::Map<_, _>>()
            .into();
    }
    if let Some(b) = body {
        event["body"] = serde_json::Value::String(b.to_owned());
    }
    lambda_http::request::from_str(&event.to_string()).expect("event")
}

fn handlers(c: &mut Criterion) {
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    let store: Arc<dyn Store> = Arc::new(MemoryStore::new());
    let clock = Arc::new(boses::clock::SystemClock);
    rt.block_on(boses::tenancy::seed(
        store.as_ref(),
        clock.as_ref(),
        boses::auth::ApiKey::parse(KEY),
        boses::domain::ProjectId::parse(PROJECT).ok(),
    ))
    .expect("seed");
    let mut app = App::new(store, clock);
    // One key, thousands of iterations: the limiter is off so the handlers are measured.
    app.auth.limits = boses::auth::RateLimits {
        per_key: 0,
        per_org: 0,
    };
    let base = format!("/api/v1/projects/{PROJECT}/persona-groups");
    let created = rt.block_on(app.handle(
        Endpoint::CreateGroup,
        request("POST", &base, Some(r#"{"name":"bench"}"#)),
    ));
    let id = match created.body() {
        lambda_http::Body::Text(t) => serde_json::from_str::<serde_json::Value>(t).expect("json")
            ["id"]
            .as_str()
            .expect("id")
            .to_owned(),
        _ => panic!("no body"),
    };
    let get = format!("{base}/{id}");
    let prompt = format!("{base}/parse-prompt");
    c.bench_function("get-group", |b| {
        b.iter(|| rt.block_on(app.handle(Endpoint::GetGroup, request("GET", &get, None))))
    });
    c.bench_function("list-groups", |b| {
        b.iter(|| rt.block_on(app.handle(Endpoint::ListGroups, request("GET", &base, None))))
    });
    c.bench_function("create-group", |b| {
        b.iter(|| {
            rt.block_on(app.handle(
                Endpoint::CreateGroup,
                request(
                    "POST",
                    &base,
                    Some(r#"{"name":"Jakarta Gen Z","location":"Jakarta, Indonesia"}"#),
                ),
            ))
        })
    });
    c.bench_function("parse-prompt", |b| {
        b.iter(|| {
            rt.block_on(app.handle(
                Endpoint::ParsePrompt,
                request(
                    "POST",
                    &prompt,
                    Some(r#"{"prompt":"Millennial moms in Metro Manila, 25-34"}"#),
                ),
            ))
        })
    });
}

criterion_group!(benches, handlers);
criterion_main!(benches);
