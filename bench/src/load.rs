//! A small closed-loop load generator: 64 connections, each sending its next request
//! when the previous answer arrives, for a fixed time per scenario.

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::{ms, percentile, KEY, PROJECT};

const CONNECTIONS: usize = 64;
const SECONDS: u64 = 5;

type HttpClient = Client<hyper_util::client::legacy::connect::HttpConnector, Full<Bytes>>;

async fn send(
    client: &HttpClient,
    method: &str,
    url: &str,
    body: Option<String>,
) -> Result<(u16, Bytes), String> {
    let req = hyper::Request::builder()
        .method(method)
        .uri(url)
        .header("authorization", format!("Bearer {KEY}"))
        .header("content-type", "application/json")
        .body(Full::new(Bytes::from(body.unwrap_or_default())))
        .map_err(|e| e.to_string())?;
    let resp = client.request(req).await.map_err(|e| e.to_string())?;
    let status = resp.status().as_u16();
    let bytes = resp
        .into_body()
        .collect()
        .await
        .map_err(|e| e.to_string())?
        .to_bytes();
    Ok((status, bytes))
}

async fn scenario(
    client: Arc<HttpClient>,
    name: &str,
    method: &'static str,
    url: String,
    body: Option<String>,
) -> Result<String, String> {
    let deadline = Instant::now() + Duration::from_secs(SECONDS);
    let start = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..CONNECTIONS {
        let (client, url, body) = (client.clone(), url.clone(), body.clone());
        tasks.push(tokio::spawn(async move {
            let mut lat = Vec::new();
            let mut errors = 0u64;
            while Instant::now() < deadline {
                let t = Instant::now();
                match send(&client, method, &url, body.clone()).await {
                    Ok((s, _)) if s < 400 => lat.push(t.elapsed()),
                    _ => errors += 1,
                }
            }
            (lat, errors)
        }));
    }
    let mut all = Vec::new();
    let mut errors = 0;
    for t in tasks {
        let (l, e) = t.await.map_err(|e| e.to_string())?;
        all.extend(l);
        errors += e;
    }
    let elapsed = start.elapsed().as_secs_f64();
    all.sort();
    Ok(format!(
        "| {name} | {CONNECTIONS} | {} | {:.0} req/s | {} | {} | {errors} |",
        all.len(),
        all.len() as f64 / elapsed,
        ms(percentile(&all, 0.5)),
        ms(percentile(&all, 0.99)),
    ))
}

pub async fn run(base_url: &str) -> Result<(), String> {
    let client: Arc<HttpClient> = Arc::new(
        Client::builder(TokioExecutor::new())
            .pool_max_idle_per_host(CONNECTIONS)
            .build_http(),
    );
    let base = format!(
        "{}/api/v1/projects/{PROJECT}/persona-groups",
        base_url.trim_end_matches('/')
    );
    let body =
        r#"{"name":"Load test group","age_min":25,"age_max":34,"location":"Jakarta, Indonesia"}"#
            .to_owned();
    let (status, created) = send(&client, "POST", &base, Some(body.clone())).await?;
    if status != 201 {
        return Err(format!("seed create answered {status}"));
    }
    let id = serde_json::from_slice::<serde_json::Value>(&created).map_err(|e| e.to_string())?
        ["id"]
        .as_str()
        .ok_or("no id")?
        .to_owned();
    for _ in 0..30 {
        send(&client, "POST", &base, Some(body.clone())).await?;
    }
    println!("| scenario | connections | requests | throughput | p50 | p99 | errors |");
    println!("|---|---|---|---|---|---|---|");
    println!(
        "{}",
        scenario(
            client.clone(),
            "GET group",
            "GET",
            format!("{base}/{id}"),
            None
        )
        .await?
    );
    println!(
        "{}",
        scenario(
            client.clone(),
            "GET list (limit 20)",
            "GET",
            format!("{base}?limit=20"),
            None
        )
        .await?
    );
    println!(
        "{}",
        scenario(
            client.clone(),
            "POST create",
            "POST",
            base.clone(),
            Some(body)
        )
        .await?
    );
    Ok(())
}
