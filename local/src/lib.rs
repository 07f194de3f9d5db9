//! The local server behind `boses-local`: API Gateway-style routing onto the same
//! handler functions the Lambdas call, the generation worker in-process, CORS as the
//! HTTP API answers it, and `/openapi.yaml`. A library so that tests (and the CLI's
//! tests) can run the whole service in-process.

use http_body_util::{BodyExt, Full, Limited};
use hyper::body::{Bytes, Incoming};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use hyper_util::server::graceful::GracefulShutdown;
use lambda_http::aws_lambda_events::query_map::QueryMap;
use lambda_http::{Body, RequestExt};
use std::convert::Infallible;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;

use boses::api::request::MAX_BODY_BYTES;
use boses::api::routes::Needs;
use boses::api::{ApiError, App};
use boses::config::{ConfigError, Settings, StoreConfig};
use boses::queue::{poll_sqs, InProcessQueue, Queue, SqsQueue};
use boses::startup::Services;
use boses::store::DynamoStore;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreKind {
    Memory,
    Dynamodb,
}

async fn to_lambda_request(
    req: hyper::Request<Incoming>,
) -> Result<lambda_http::Request, ApiError> {
    let (parts, body) = req.into_parts();
    // One byte over the limit is enough to know the body is too large.
    let bytes = Limited::new(body, MAX_BODY_BYTES + 1)
        .collect()
        .await
        .map_err(|_| ApiError::PayloadTooLarge)?
        .to_bytes();
    if bytes.len() > MAX_BODY_BYTES {
        return Err(ApiError::PayloadTooLarge);
    }
    let body = if bytes.is_empty() {
        Body::Empty
    } else {
        match String::from_utf8(bytes.to_vec()) {
            Ok(text) => Body::Text(text),
            Err(e) => Body::Binary(e.into_bytes()),
        }
    };
    let query: QueryMap = parts.uri.query().unwrap_or("").parse().unwrap_or_default();
    let path = parts.uri.path().to_owned();
    let mut req = lambda_http::http::Request::from_parts(parts, body)
        .with_query_string_parameters(query)
        .with_raw_http_path(path);
    if !req.headers().contains_key("x-request-id") {
        if let Ok(v) = uuid::Uuid::new_v4().to_string().parse() {
            req.headers_mut().insert("x-request-id", v);
        }
    }
    Ok(req)
}

fn to_hyper_response(resp: lambda_http::Response<Body>) -> hyper::Response<Full<Bytes>> {
    let (parts, body) = resp.into_parts();
    let bytes = match body {
        Body::Empty => Bytes::new(),
        Body::Text(t) => Bytes::from(t),
        Body::Binary(b) => Bytes::from(b),
        _ => Bytes::new(),
    };
    hyper::Response::from_parts(parts, Full::new(bytes))
}

/// The API description, served like the API's own documentation would be.
const OPENAPI: &str = include_str!("../../openapi.yaml");

pub async fn serve(
    app: Arc<App>,
    req: hyper::Request<Incoming>,
) -> Result<hyper::Response<Full<Bytes>>, Infallible> {
    // CORS, as the HTTP API's CorsConfiguration answers it on AWS.
    if req.method() == hyper::Method::OPTIONS {
        let mut resp = hyper::Response::new(Full::new(Bytes::new()));
        *resp.status_mut() = hyper::StatusCode::NO_CONTENT;
        add_cors(resp.headers_mut());
        return Ok(resp);
    }
    if req.uri().path() == "/openapi.yaml" && req.method() == hyper::Method::GET {
        let mut resp = hyper::Response::new(Full::new(Bytes::from_static(OPENAPI.as_bytes())));
        resp.headers_mut().insert(
            hyper::header::CONTENT_TYPE,
            hyper::header::HeaderValue::from_static("application/yaml"),
        );
        return Ok(resp);
    }
    let resp = match to_lambda_request(req).await {
        Ok(req) => app.route(req).await,
        Err(e) => e.into_response(),
    };
    let mut resp = to_hyper_response(resp);
    add_cors(resp.headers_mut());
    Ok(resp)
}

fn add_cors(h: &mut hyper::HeaderMap) {
    use hyper::header::HeaderValue;
    h.insert("access-control-allow-origin", HeaderValue::from_static("*"));
    h.insert(
        "access-control-allow-methods",
        HeaderValue::from_static("GET, POST, PATCH, DELETE, OPTIONS"),
    );
    h.insert(
        "access-control-allow-headers",
        HeaderValue::from_static("authorization, x-api-key, content-type, idempotency-key"),
    );
    h.insert(
        "access-control-expose-headers",
        HeaderValue::from_static("location, x-next-cursor, link"),
    );
    h.insert("access-control-max-age", HeaderValue::from_static("600"));
}

/// Serves connections until `shutdown` resolves, then lets in-flight requests finish
/// (for at most ten seconds).
pub async fn serve_until(app: Arc<App>, listener: TcpListener, shutdown: impl Future<Output = ()>) {
    let mut shutdown = std::pin::pin!(shutdown);
    let graceful = GracefulShutdown::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let (stream, _) = match accepted {
                    Ok(a) => a,
                    Err(e) => {
                        tracing::warn!(error = %e, "accept failed");
                        continue;
                    }
                };
                let app = app.clone();
                let conn = http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service_fn(move |req| serve(app.clone(), req)));
                let conn = graceful.watch(conn);
                tokio::spawn(async move {
                    if let Err(e) = conn.await {
                        tracing::debug!(error = %e, "connection ended with an error");
                    }
                });
            }
            _ = &mut shutdown => break,
        }
    }
    drop(listener);
    tracing::info!("shutting down: finishing in-flight requests");
    tokio::select! {
        _ = graceful.shutdown() => {}
        _ = tokio::time::sleep(Duration::from_secs(10)) => eprintln!("boses-local: gave up waiting for connections"),
    }
}

/// The service for a store kind: the app, and a generation worker fed by the
/// in-process queue (or by SQS when `--store dynamodb` and `QUEUE_URL` are given).
/// Settings from the environment, with the store the command line chose.
pub fn settings(kind: StoreKind) -> Result<Settings, String> {
    Settings::from_lookup(|name| match (name, kind) {
        ("STORE", StoreKind::Memory) => Some("memory".into()),
        ("STORE", StoreKind::Dynamodb) => Some("dynamodb".into()),
        _ => std::env::var(name).ok(),
    })
    .map_err(|e| match (e, kind) {
        (ConfigError::Missing("TABLE_NAME"), StoreKind::Dynamodb) => {
            "--store dynamodb needs TABLE_NAME".to_owned()
        }
        (e, _) => e.to_string(),
    })
}

/// The app, with its worker running in-process: the same wiring as the Lambdas
/// (`boses::startup`), with SQS polled here when `QUEUE_URL` is set and DynamoDB is
/// the store, and an in-process queue otherwise.
pub async fn build_app(kind: StoreKind) -> Result<(Services, App), String> {
    let settings = settings(kind)?;
    if let StoreConfig::Dynamo { table } = &settings.store {
        DynamoStore::from_env(table.clone())
            .await
            .ensure_table()
            .await
            .map_err(|e| format!("cannot reach DynamoDB table {table}: {e}"))?;
    }
    let services = Services::build(settings).await;
    let app = services.app(Needs::ALL);
    let worker = Arc::new(services.worker().await);
    let queue_url = services
        .settings
        .queue_url
        .clone()
        .filter(|_| kind == StoreKind::Dynamodb);
    let queue: Arc<dyn Queue> = match queue_url {
        Some(url) => {
            let sqs = Arc::new(SqsQueue::from_env(url.clone()).await);
            ensure_queue(&sqs).await?;
            println!("Generation: SQS queue {url}, polled in-process");
            tokio::spawn(poll_sqs(
                sqs.clone(),
                worker,
                Arc::new(tokio::sync::Notify::new()),
            ));
            sqs
        }
        None => {
            let q = InProcessQueue::new(app.generation.max_receives, Duration::from_millis(200));
            q.start(worker);
            q
        }
    };
    Ok((services, app.with_queue(queue)))
}

/// moto and fresh accounts start without the queue: create it from the URL's name.
async fn ensure_queue(sqs: &SqsQueue) -> Result<(), String> {
    let exists = sqs
        .client()
        .get_queue_attributes()
        .queue_url(sqs.url())
        .send()
        .await
        .is_ok();
    if !exists {
        let name = sqs.url().rsplit('/').next().unwrap_or("boses-generation");
        sqs.client()
            .create_queue()
            .queue_name(name)
            .send()
            .await
            .map_err(|e| {
                format!(
                    "cannot create SQS queue {name}: {}",
                    aws_sdk_sqs::error::DisplayErrorContext(e)
                )
            })?;
    }
    Ok(())
}
