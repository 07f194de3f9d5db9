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

/// Read from `LLM_*` by `config::Settings`.
#[derive(Debug, Clone)]
pub struct LlmSettings {
    pub base_url: String,
    pub model: String,
    pub api_key: Option<String>,
    pub timeout: Duration,
    pub max_attempts: u32,
    pub max_concurrency: usize,
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
                    let v: Value = resp
                        .json()
                        .await
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
