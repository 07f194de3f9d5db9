//! A small client for OpenAI-compatible chat completions that answers JSON: timeouts,
//! retries with backoff on 429/5xx, bounded concurrency. Shared by the persona engine's
//! LLM writer and the parse-prompt LLM mode. Every caller validates the answer as
//! untrusted input and falls back to its offline result on any error.

use async_trait::async_trait;
use serde_json::{json, Value};

pub use boses_core::chat::{ChatModel, LlmError};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Semaphore;

/// Read from `LLM_*` by `config::Settings`. Its `Debug` never shows the key.
#[derive(Clone)]
pub struct LlmSettings {
    pub base_url: String,
    pub model: String,
    pub api_key: Option<String>,
    pub timeout: Duration,
    pub max_attempts: u32,
    pub max_concurrency: usize,
}

impl std::fmt::Debug for LlmSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LlmSettings")
            .field("base_url", &self.base_url)
            .field("model", &self.model)
            .field("api_key", &self.api_key.as_ref().map(|_| "<redacted>"))
            .field("timeout", &self.timeout)
            .field("max_attempts", &self.max_attempts)
            .field("max_concurrency", &self.max_concurrency)
            .finish()
    }
}

/// The most of an answer the client reads: a chat completion for a persona is a few
/// KiB; a misbehaving or hostile endpoint must not fill a 256 MB Lambda.
pub const MAX_RESPONSE_BYTES: usize = 256 * 1024;

/// Reads a response body up to [`MAX_RESPONSE_BYTES`], refusing anything longer
/// without reading the rest.
async fn bounded_body(mut resp: reqwest::Response) -> Result<Vec<u8>, LlmError> {
    if resp
        .content_length()
        .is_some_and(|n| n > MAX_RESPONSE_BYTES as u64)
    {
        return Err(LlmError::Invalid("response body too large".into()));
    }
    let mut body = Vec::new();
    while let Some(chunk) = resp
        .chunk()
        .await
        .map_err(|e| LlmError::Invalid(format!("response body: {}", e.without_url())))?
    {
        if body.len() + chunk.len() > MAX_RESPONSE_BYTES {
            return Err(LlmError::Invalid("response body too large".into()));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

#[derive(Clone)]
pub struct ChatClient {
    http: reqwest::Client,
    settings: Arc<LlmSettings>,
    permits: Arc<Semaphore>,
}

impl ChatClient {
    pub fn new(settings: LlmSettings) -> Self {
        let http = reqwest::Client::builder()
            .timeout(settings.timeout)
            .connect_timeout(Duration::from_secs(5))
            .build()
            .unwrap_or_default();
        Self {
            http,
            permits: Arc::new(Semaphore::new(settings.max_concurrency)),
            settings: Arc::new(settings),
        }
    }
}

#[async_trait]
impl ChatModel for ChatClient {
    fn model(&self) -> &str {
        &self.settings.model
    }

    async fn chat_json(
        &self,
        system: &str,
        user: &str,
        max_tokens: u32,
    ) -> Result<Value, LlmError> {
        let _permit = self
            .permits
            .acquire()
            .await
            .map_err(|e| LlmError::Transport(e.to_string()))?;
        let url = format!(
            "{}/chat/completions",
            self.settings.base_url.trim_end_matches('/')
        );
        let body = json!({
            "model": self.settings.model,
            "messages": [{"role": "system", "content": system}, {"role": "user", "content": user}],
            "response_format": {"type": "json_object"},
            "temperature": 0.7,
            "max_tokens": max_tokens,
        });
        let mut delay = Duration::from_millis(250);
        let mut last = LlmError::Transport("no attempt made".into());
        for attempt in 1..=self.settings.max_attempts {
            let mut req = self.http.post(&url).json(&body);
            if let Some(k) = &self.settings.api_key {
                req = req.bearer_auth(k);
            }
            match req.send().await {
                Ok(resp) if resp.status().is_success() => {
                    let bytes = bounded_body(resp).await?;
                    let v: Value = serde_json::from_slice(&bytes)
                        .map_err(|e| LlmError::Invalid(format!("response body: {e}")))?;
                    let content = v["choices"][0]["message"]["content"]
                        .as_str()
                        .ok_or_else(|| LlmError::Invalid("no message content".into()))?;
                    let parsed: Value = serde_json::from_str(strip_fences(content))
                        .map_err(|e| LlmError::Invalid(format!("content is not JSON: {e}")))?;
                    return if parsed.is_object() {
                        Ok(parsed)
                    } else {
                        Err(LlmError::Invalid("content is not a JSON object".into()))
                    };
                }
                Ok(resp) => {
                    let status = resp.status().as_u16();
                    last = LlmError::Status(status);
                    let retryable = status == 429 || status >= 500;
                    if !retryable {
                        return Err(last);
                    }
                    if let Some(secs) = resp
                        .headers()
                        .get("retry-after")
                        .and_then(|v| v.to_str().ok())
                        .and_then(|v| v.parse::<u64>().ok())
                    {
                        delay = delay.max(Duration::from_secs(secs.min(10)));
                    }
                }
                Err(e) if e.is_timeout() => last = LlmError::Timeout,
                Err(e) => last = LlmError::Transport(e.without_url().to_string()),
            }
            if attempt < self.settings.max_attempts {
                tracing::debug!(attempt, error = %last, "retrying LLM call");
                tokio::time::sleep(delay).await;
                delay = (delay * 2).min(Duration::from_secs(8));
            }
        }
        Err(last)
    }
}

/// Some models wrap JSON in Markdown fences even in JSON mode.
fn strip_fences(s: &str) -> &str {
    let t = s.trim();
    let t = t
        .strip_prefix("```json")
        .or_else(|| t.strip_prefix("```"))
        .unwrap_or(t);
    t.strip_suffix("```").unwrap_or(t).trim()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fences_are_stripped() {
        assert_eq!(strip_fences("```json\n{\"a\":1}\n```"), "{\"a\":1}");
        assert_eq!(strip_fences(" {\"a\":1} "), "{\"a\":1}");
    }
}
