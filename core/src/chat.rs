//! The boundary to a chat model that answers JSON. The engine's LLM writer and
//! parse-prompt's refinement depend on this trait only; the OpenAI-compatible HTTP
//! client implementing it lives in the service crate (`boses::chat`).

use async_trait::async_trait;
use serde_json::Value;

#[derive(Debug, thiserror::Error)]
pub enum LlmError {
    #[error("LLM request timed out")]
    Timeout,
    #[error("LLM answered HTTP {0}")]
    Status(u16),
    #[error("LLM transport error: {0}")]
    Transport(String),
    #[error("LLM answer is not usable: {0}")]
    Invalid(String),
}

#[async_trait]
pub trait ChatModel: Send + Sync {
    /// The model's name, recorded in provenance.
    fn model(&self) -> &str;
    /// One chat completion in JSON mode; the parsed JSON object the model wrote.
    async fn chat_json(&self, system: &str, user: &str, max_tokens: u32)
        -> Result<Value, LlmError>;
}
