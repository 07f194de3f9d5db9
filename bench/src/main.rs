//! `boses-bench`: measurements behind docs/PERFORMANCE.md. Each subcommand prints
//! Markdown; `scripts/bench.sh` runs them all and writes the document.
//!
//!   boses-bench cold-start <bin-dir> <name>...   exec → first response, peak RSS, under a Runtime API emulator
//!   boses-bench sizes <dir>                       bootstrap sizes (cargo lambda build --arm64 output)
//!   boses-bench handlers                          in-process handler latency per endpoint (memory store)
//!   boses-bench load <boses-local url>            throughput and latency with 64 connections
//!   boses-bench e2e <dynamodb/sqs endpoint>       generate → complete on moto; AWS calls per operation

mod counting;
mod emulator;
mod load;

use std::time::Duration;

pub const KEY: &str = "boses_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
pub const PROJECT: &str = "0193a5b0-0000-7000-8000-000000000001";

pub fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let idx = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[idx.min(sorted.len() - 1)]
}

pub fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

fn usage() -> ! {
    eprintln!("usage: boses-bench cold-start <bin-dir> <name>... | sizes <dir> | handlers | load <url> | e2e <endpoint>");
    std::process::exit(2);
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("cold-start") if args.len() >= 3 => emulator::cold_starts(&args[1], &args[2..]).await,
        Some("sizes") if args.len() == 2 => sizes(&args[1]),
        Some("handlers") => handlers().await,
        Some("load") if args.len() == 2 => load::run(&args[1]).await,
        Some("e2e") if args.len() == 2 => counting::e2e(&args[1]).await,
        Some("sdk-init") => sdk_init().await,
        _ => usage(),
    };
    if let Err(e) = result {
        eprintln!("boses-bench: {e}");
        std::process::exit(1);
    }
}

/// What creating the AWS SDK clients costs at cold start: the first configuration in
/// a process pays a one-time initialisation (mostly reading the trust store); later
/// ones are cheap. `--child` measures one process; the parent runs a fresh process per
/// trust-store layout, because the first-time cost happens only once per process.
async fn sdk_init() -> Result<(), String> {
    if std::env::args().nth(2).as_deref() == Some("--child") {
        return sdk_init_child().await;
    }
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    // (trust roots asked for, SSL_CERT_FILE only or the machine's probe as well)
    let run = |roots: &str, bundle_only: bool| -> Result<String, String> {
        let mut cmd = std::process::Command::new(&exe);
        cmd.args(["sdk-init", "--child"])
            .env_remove("SSL_CERT_DIR")
            .env_remove("AWS_ENDPOINT_URL")
            .env("BOSES_AWS_TRUST_ROOTS", roots);
        if bundle_only {
            cmd.env("SSL_CERT_FILE", emulator::CERT_BUNDLE);
        } else {
            cmd.env_remove("SSL_CERT_FILE");
        }
        let out = cmd.output().map_err(|e| e.to_string())?;
        if !out.status.success() {
            return Err(String::from_utf8_lossy(&out.stderr).into_owned());
        }
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    };
    let amazon = run("amazon", true)?;
    let bundle = run("system", true)?;
    let probed = run("system", false)?;
    let field = |text: &str, i: usize| text.split(',').nth(i).unwrap_or("?").trim().to_string();
    println!("| step | Amazon roots only (`BOSES_AWS_TRUST_ROOTS=amazon`, as `template.yaml` deploys) | system store = one CA bundle | system store as probed on this machine (bundle + /etc/ssl/certs directory) |");
    println!("|---|---|---|---|");
    let rows = [
        "first SDK configuration + DynamoDB client in a process (what every DynamoDB-backed function pays once)",
        "a second SDK configuration",
        "DynamoDB client",
        "SQS client",
    ];
    for (i, row) in rows.iter().enumerate() {
        println!(
            "| {row} | {} | {} | {} |",
            field(&amazon, i),
            field(&bundle, i),
            field(&probed, i)
        );
    }
    Ok(())
}

async fn sdk_init_child() -> Result<(), String> {
    use std::time::Instant;
    let t = Instant::now();
    let roots = boses::aws::TrustRoots::from_env();
    let first = boses::aws::load(roots).await;
    let first_client = aws_sdk_dynamodb::Client::new(&first);
    let first_load = t.elapsed();
    let t = Instant::now();
    let conf = boses::aws::load(roots).await;
    let load = t.elapsed();
    let t = Instant::now();
    let ddb = aws_sdk_dynamodb::Client::new(&conf);
    let client = t.elapsed();
    let t = Instant::now();
    let sqs = aws_sdk_sqs::Client::new(&conf);
    let sqs_client = t.elapsed();
    std::hint::black_box((ddb, sqs, first_client));
    println!(
        "{}, {}, {}, {}",
        ms(first_load),
        ms(load),
        ms(client),
        ms(sqs_client)
    );
    Ok(())
}

fn sizes(dir: &str) -> Result<(), String> {
    let mut rows = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{dir}: {e}"))? {
        let entry = entry.map_err(|e| e.to_string())?;
        let bootstrap = entry.path().join("bootstrap");
        if let Ok(meta) = std::fs::metadata(&bootstrap) {
            rows.push((entry.file_name().to_string_lossy().into_owned(), meta.len()));
        }
    }
    rows.sort();
    println!("| function | arm64 bootstrap | budget ≤ 8 MB (8,000,000 bytes) |");
    println!("|---|---|---|");
    for (name, bytes) in rows {
        let mb = bytes as f64 / 1_000_000.0;
        // The stricter reading of "8 MB": 8,000,000 bytes, not 8 MiB.
        println!(
            "| {name} | {mb:.2} MB ({bytes} bytes) | {} |",
            if bytes <= 8_000_000 {
                "met"
            } else {
                "**missed**"
            }
        );
    }
    Ok(())
}

/// Handler overhead: the time `App::handle` takes for one request per endpoint,
/// in-process on the memory store, including auth (cached after the first call).
async fn handlers() -> Result<(), String> {
    use boses::api::{routes, App, Endpoint};
    use boses::store::{MemoryStore, Store};
    use std::sync::Arc;
    use std::time::Instant;

    let store: Arc<dyn Store> = Arc::new(MemoryStore::new());
    let clock = Arc::new(boses::clock::SystemClock);
    boses::tenancy::seed(
        store.as_ref(),
        clock.as_ref(),
        boses::auth::ApiKey::parse(KEY),
        boses::domain::ProjectId::parse(PROJECT).ok(),
    )
    .await
    .map_err(|e| e.to_string())?;
    let worker = Arc::new(boses::generation::Worker {
        store: store.clone(),
        engine: Arc::new(boses::persona::offline::OfflineEngine),
        clock: clock.clone(),
        settings: Default::default(),
        events: None,
    });
    let queue = boses::queue::InProcessQueue::new(3, Duration::from_millis(1));
    queue.start(worker);
    let mut app = App::new(store, clock).with_queue(queue.clone());
    // Thousands of requests from one key: the handlers are measured, not the limiter
    // (its cost is one counter write per request, counted in the e2e table).
    app.auth.limits = boses::auth::RateLimits {
        per_key: 0,
        per_org: 0,
    };
    let base = format!("/api/v1/projects/{PROJECT}/persona-groups");
    // A group with personas, and 50 more groups so listing pages through real data.
    let g = call(
        &app,
        Endpoint::CreateGroup,
        "POST",
        &base,
        Some(r#"{"name":"bench","location":"Jakarta, Indonesia","persona_count":10}"#),
    )
    .await;
    let gid = g["id"].as_str().ok_or("create failed")?.to_owned();
    call(
        &app,
        Endpoint::GenerateGroup,
        "POST",
        &format!("{base}/{gid}/generate"),
        None,
    )
    .await;
    queue.wait_idle().await;
    for i in 0..50 {
        call(
            &app,
            Endpoint::CreateGroup,
            "POST",
            &base,
            Some(&format!(r#"{{"name":"g{i}"}}"#)),
        )
        .await;
    }
    let cases: Vec<(Endpoint, &str, String, Option<String>)> = vec![
        (Endpoint::ParsePrompt, "POST", format!("{base}/parse-prompt"), Some(r#"{"prompt":"Millennial moms in Metro Manila, budget-conscious, 25-34, 5 personas"}"#.into())),
        (Endpoint::ListGroups, "GET", format!("{base}?limit=20"), None),
        (Endpoint::CreateGroup, "POST", base.clone(), Some(r#"{"name":"Jakarta Gen Z","age_min":18,"age_max":29,"location":"Jakarta, Indonesia"}"#.into())),
        (Endpoint::GetGroup, "GET", format!("{base}/{gid}"), None),
        (Endpoint::UpdateGroup, "PATCH", format!("{base}/{gid}"), Some(r#"{"description":"updated"}"#.into())),
        (Endpoint::ListPersonas, "GET", format!("{base}/{gid}/personas"), None),
    ];
    println!("| endpoint | p50 | p99 | budget p99 ≤ 1 ms |");
    println!("|---|---|---|---|");
    for (endpoint, method, path, body) in cases {
        let mut samples = Vec::with_capacity(2000);
        for i in 0..2000 {
            let body = body.as_ref().map(|b| {
                if endpoint == Endpoint::UpdateGroup {
                    b.replace("updated", &format!("updated {i}"))
                } else {
                    b.clone()
                }
            });
            let req = request(method, &path, body.as_deref());
            let t = Instant::now();
            let resp = app.handle(endpoint, req).await;
            samples.push(t.elapsed());
            if !resp.status().is_success() {
                return Err(format!("{endpoint:?} answered {}", resp.status()));
            }
        }
        samples.sort();
        let p99 = percentile(&samples, 0.99);
        println!(
            "| {} | {} | {} | {} |",
            routes::routes()
                .iter()
                .find(|r| r.endpoint == endpoint)
                .map(|r| r.function)
                .unwrap_or("?"),
            ms(percentile(&samples, 0.5)),
            ms(p99),
            if p99 <= Duration::from_millis(1) {
                "met"
            } else {
                "**missed**"
            }
        );
    }
    Ok(())
}

pub fn request(method: &str, path: &str, body: Option<&str>) -> lambda_http::Request {
    let (raw_path, query) = path.split_once('?').unwrap_or((path, ""));
    let mut event = serde_json::json!({
        "version": "2.0",
        "routeKey": "$default",
        "rawPath": raw_path,
        "rawQueryString": query,
        "headers": {"authorization": format!("Bearer {KEY}"), "host": "bench"},
        "requestContext": {"http": {"method": method, "path": raw_path, "protocol": "HTTP/1.1", "sourceIp": "127.0.0.1", "userAgent": "bench"}, "requestId": "bench", "stage": "$default", "routeKey": "$default", "accountId": "1", "apiId": "bench", "domainName": "bench", "domainPrefix": "bench", "time": "", "timeEpoch": 0},
        "isBase64Encoded": false
    });
    if let Some(m) = boses::api::routes::match_path(raw_path) {
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
    lambda_http::request::from_str(&event.to_string()).expect("bench event")
}

async fn call(
    app: &boses::api::App,
    endpoint: boses::api::Endpoint,
    method: &str,
    path: &str,
    body: Option<&str>,
) -> serde_json::Value {
    let resp = app.handle(endpoint, request(method, path, body)).await;
    match resp.body() {
        lambda_http::Body::Text(t) => serde_json::from_str(t).unwrap_or_default(),
        _ => serde_json::Value::Null,
    }
}
