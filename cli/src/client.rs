//! HTTP calls to the API, and its errors as exit codes.

use reqwest::Method;
use serde_json::Value;
use std::time::Duration;

use crate::config::Resolved;

/// Documented exit codes (README "CLI").
pub mod exit {
    pub const OK: u8 = 0;
    pub const GENERAL: u8 = 1;
    pub const USAGE: u8 = 2;
    pub const AUTH: u8 = 3;
    pub const NOT_FOUND: u8 = 4;
    pub const CONFLICT: u8 = 5;
    pub const INVALID: u8 = 6;
    pub const SERVER: u8 = 7;
    pub const GENERATION_FAILED: u8 = 8;
    pub const INTERRUPTED: u8 = 130;
}

#[derive(Debug)]
pub enum CliError {
    Usage(String),
    Api { status: u16, body: Value },
    Network(String),
    GenerationFailed(String),
    Other(String),
}

impl CliError {
    pub fn exit_code(&self) -> u8 {
        match self {
            Self::Usage(_) => exit::USAGE,
            Self::Api { status, .. } => match *status {
                401 | 403 => exit::AUTH,
                404 => exit::NOT_FOUND,
                409 => exit::CONFLICT,
                400 | 413 | 422 => exit::INVALID,
                s if s >= 500 => exit::SERVER,
                _ => exit::GENERAL,
            },
            Self::Network(_) => exit::SERVER,
            Self::GenerationFailed(_) => exit::GENERATION_FAILED,
            Self::Other(_) => exit::GENERAL,
        }
    }

    /// The API's detail and every field error, for humans.
    pub fn message(&self) -> String {
        match self {
            Self::Usage(m) | Self::Network(m) | Self::Other(m) => m.clone(),
            Self::GenerationFailed(m) => format!("generation failed: {m}"),
            Self::Api { status, body } => {
                let detail = body["detail"].as_str().unwrap_or("request failed");
                let code = body["code"].as_str().unwrap_or("");
                let mut s = format!(
                    "{detail} (HTTP {status}{})",
                    if code.is_empty() {
                        String::new()
                    } else {
                        format!(", {code}")
                    }
                );
                for e in body["errors"].as_array().into_iter().flatten() {
                    s.push_str(&format!(
                        "\n  {}: {}",
                        e["field"].as_str().unwrap_or("?"),
                        e["message"].as_str().unwrap_or("")
                    ));
                }
                s
            }
        }
    }
}

pub struct Response {
    pub headers: reqwest::header::HeaderMap,
    pub body: Value,
}

pub struct Client {
    http: reqwest::Client,
    cfg: Resolved,
}

impl Client {
    pub fn new(cfg: Resolved) -> Result<Self, CliError> {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(30))
            .user_agent(concat!("boses-cli/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| CliError::Other(e.to_string()))?;
        Ok(Self { http, cfg })
    }

    pub fn base(&self) -> String {
        format!(
            "{}/api/v1/projects/{}/persona-groups",
            self.cfg.api_url, self.cfg.project_id
        )
    }

    pub async fn call(
        &self,
        method: Method,
        url: &str,
        body: Option<&Value>,
        headers: &[(&str, String)],
    ) -> Result<Response, CliError> {
        let mut req = self
            .http
            .request(method, url)
            .bearer_auth(&self.cfg.api_key);
        for (k, v) in headers {
            req = req.header(*k, v);
        }
        if let Some(b) = body {
            req = req
                .header("content-type", "application/json")
                .body(b.to_string());
        }
        let resp = req.send().await.map_err(|e| {
            CliError::Network(format!(
                "cannot reach {}: {}",
                self.cfg.api_url,
                e.without_url()
            ))
        })?;
        let status = resp.status();
        let headers = resp.headers().clone();
        let text = resp
            .text()
            .await
            .map_err(|e| CliError::Network(e.without_url().to_string()))?;
        let body = if text.trim().is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).unwrap_or(Value::String(text))
        };
        if status.is_success() {
            Ok(Response { headers, body })
        } else {
            Err(CliError::Api {
                status: status.as_u16(),
                body,
            })
        }
    }

    /// Follows `X-Next-Cursor` until the listing ends.
    pub async fn list_all(&self, url: &str) -> Result<Vec<Value>, CliError> {
        let mut out = Vec::new();
        let mut next = format!("{url}?limit=100");
        loop {
            let r = self.call(Method::GET, &next, None, &[]).await?;
            out.extend(r.body.as_array().cloned().unwrap_or_default());
            match r.headers.get("x-next-cursor").and_then(|v| v.to_str().ok()) {
                Some(c) => next = format!("{url}?limit=100&cursor={c}"),
                None => return Ok(out),
            }
        }
    }
}
