//! A minimal Lambda Runtime API on loopback: hands one event to a function binary and
//! times exec → first response, then reads the process's peak RSS.

use http_body_util::{BodyExt, Full};
use hyper::body::{Bytes, Incoming};
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::net::TcpListener;
use tokio::sync::Notify;

use crate::{ms, percentile, KEY, PROJECT};

const RUNS: usize = 10;
/// Debian's CA bundle (the same Mozilla roots a Lambda image trusts).
pub const CERT_BUNDLE: &str = "/etc/ssl/certs/ca-certificates.crt";

struct State {
    event: String,
    served: AtomicBool,
    responded: Mutex<Option<(Instant, bool)>>,
    done: Notify,
}

async fn handle(
    state: Arc<State>,
    req: hyper::Request<Incoming>,
) -> Result<hyper::Response<Full<Bytes>>, std::convert::Infallible> {
    let path = req.uri().path().to_owned();
    if req.method() == hyper::Method::GET && path.ends_with("/invocation/next") {
        if state.served.swap(true, Ordering::SeqCst) {
            // One invocation per cold start: later polls wait until the process is killed.
            std::future::pending::<()>().await;
        }
        let deadline = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis() + 30_000)
            .unwrap_or(0);
        let resp = hyper::Response::builder()
            .header("lambda-runtime-aws-request-id", "bench-1")
            .header("lambda-runtime-deadline-ms", deadline.to_string())
            .header(
                "lambda-runtime-invoked-function-arn",
                "arn:aws:lambda:us-east-1:000000000000:function:bench",
            )
            .header(
                "lambda-runtime-trace-id",
                "Root=1-00000000-000000000000000000000000",
            )
            .body(Full::new(Bytes::from(state.event.clone())))
            .unwrap_or_default();
        return Ok(resp);
    }
    let ok = path.ends_with("/response");
    let _ = req.into_body().collect().await;
    if ok || path.ends_with("/error") {
        let mut r = state.responded.lock().unwrap_or_else(|p| p.into_inner());
        if r.is_none() {
            *r = Some((Instant::now(), ok));
        }
        state.done.notify_waiters();
        state.done.notify_one();
    }
    let mut resp = hyper::Response::new(Full::new(Bytes::new()));
    *resp.status_mut() = hyper::StatusCode::ACCEPTED;
    Ok(resp)
}

fn event_for(name: &str) -> Result<String, String> {
    let file = if name == "hello-lambda" {
        "get-group".to_owned()
    } else {
        name.to_owned()
    };
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../events")
        .join(format!("{file}.json"));
    std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
}

fn peak_rss_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(str::to_owned)
        })
        .and_then(|l| l.split_whitespace().nth(1).and_then(|v| v.parse().ok()))
        .unwrap_or(0)
}

async fn one(bin: &Path, name: &str) -> Result<(Duration, u64), String> {
    let state = Arc::new(State {
        event: event_for(name)?,
        served: AtomicBool::new(false),
        responded: Mutex::new(None),
        done: Notify::new(),
    });
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .map_err(|e| e.to_string())?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let s = state.clone();
    let server = tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                return;
            };
            let s = s.clone();
            tokio::spawn(async move {
                let svc = service_fn(move |req| handle(s.clone(), req));
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), svc)
                    .await;
            });
        }
    });
    let start = Instant::now();
    let mut child = tokio::process::Command::new(bin)
        .env_clear()
        .env("AWS_LAMBDA_RUNTIME_API", addr.to_string())
        .env("AWS_LAMBDA_FUNCTION_NAME", name)
        .env("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "256")
        .env("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST")
        .env("AWS_LAMBDA_LOG_STREAM_NAME", "bench")
        .env("AWS_LAMBDA_LOG_GROUP_NAME", "bench")
        .env("AWS_REGION", "us-east-1")
        .env("STORE", "memory")
        .env("BOSES_API_KEY", KEY)
        .env("BOSES_PROJECT_ID", PROJECT)
        .env("LOG_LEVEL", "warn")
        // The first TLS client reads the system trust store: rustls-native-certs would
        // also read this Debian machine's /etc/ssl/certs entry by entry (~290 files,
        // about 4 ms), which says more about this machine than about Lambda's image.
        // One bundle file, as SSL_CERT_FILE selects, keeps the figure comparable.
        .env("SSL_CERT_FILE", CERT_BUNDLE)
        // As template.yaml deploys them (shared/src/aws.rs).
        .env("BOSES_AWS_TRUST_ROOTS", "amazon")
        // Only read at init by generate-group; nothing is sent during a cold start.
        .env("QUEUE_URL", "http://127.0.0.1:9/000000000000/bench")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map_err(|e| format!("{}: {e}", bin.display()))?;
    let pid = child.id().unwrap_or(0);
    let waited = tokio::time::timeout(Duration::from_secs(20), async {
        loop {
            let notified = state.done.notified();
            if state
                .responded
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .is_some()
            {
                return;
            }
            notified.await;
        }
    })
    .await;
    let rss = peak_rss_kib(pid);
    let _ = child.kill().await;
    server.abort();
    waited.map_err(|_| format!("{name}: no response within 20 s"))?;
    let (at, ok) = state
        .responded
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .ok_or("no response")?;
    if !ok {
        return Err(format!("{name}: the function reported an error"));
    }
    Ok((at.duration_since(start), rss))
}

pub async fn cold_starts(bin_dir: &str, names: &[String]) -> Result<(), String> {
    let dir = PathBuf::from(bin_dir);
    // Rounds of one start of each binary, the baseline included, rather than ten
    // starts of one binary then ten of the next: the machine's state drifts over a run
    // (other work, caches, frequency), and in rounds the drift lands on every binary
    // alike instead of on the ratio to the baseline.
    let all: Vec<String> = std::iter::once("hello-lambda".to_owned())
        .chain(names.iter().cloned())
        .collect();
    let mut samples: Vec<(Vec<Duration>, Vec<u64>)> = vec![(Vec::new(), Vec::new()); all.len()];
    for _ in 0..RUNS {
        for (name, (times, rss)) in all.iter().zip(samples.iter_mut()) {
            let (t, r) = one(&dir.join(name), name).await?;
            times.push(t);
            rss.push(r);
        }
    }
    let mut summary = samples.into_iter().map(|(mut times, mut rss)| {
        times.sort();
        rss.sort_unstable();
        (
            percentile(&times, 0.5),
            percentile(&times, 0.9),
            rss[rss.len() / 2],
        )
    });
    let (hello, hello_p90, hello_rss) = summary.next().ok_or("no baseline")?;
    println!("| function | cold start p50 | p90 | peak RSS | vs hello-world | budget ≤ 2× |");
    println!("|---|---|---|---|---|---|");
    println!(
        "| hello-lambda (baseline) | {} | {} | {:.1} MiB | 1.00× | — |",
        ms(hello),
        ms(hello_p90),
        hello_rss as f64 / 1024.0
    );
    for (name, (p50, p90, rss)) in names.iter().zip(summary) {
        let ratio = p50.as_secs_f64() / hello.as_secs_f64().max(1e-9);
        println!(
            "| {name} | {} | {} | {:.1} MiB | {ratio:.2}× | {} |",
            ms(p50),
            ms(p90),
            rss as f64 / 1024.0,
            if ratio <= 2.0 { "met" } else { "**missed**" }
        );
    }
    Ok(())
}
