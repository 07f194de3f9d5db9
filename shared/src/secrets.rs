//! The LLM API key from AWS Secrets Manager, read once at cold start.
//!
//! Why not a CloudFormation dynamic reference: that resolves the secret into the
//! function's environment, where anyone who may read the function's configuration
//! (`lambda:GetFunctionConfiguration`, the console) reads the key. Read at cold start,
//! the key lives only in the instance's memory, and rotating it needs no redeploy.
//!
//! Why not the Secrets Manager SDK crate: this is one request per cold start, and the
//! SDK client would add its generated code to the worker's bootstrap (budget 8 MB). The
//! request is Secrets Manager's JSON protocol, signed by the SDK's own SigV4 signer with
//! the credentials and region of the standard AWS configuration (`aws.rs`).

use std::time::{Duration, SystemTime};

use aws_credential_types::provider::ProvideCredentials;
use aws_credential_types::Credentials;
use aws_sigv4::http_request::{sign, SignableBody, SignableRequest, SigningSettings};
use aws_sigv4::sign::v4;
use serde_json::{json, Value};

const TIMEOUT: Duration = Duration::from_secs(5);
/// A secret's value is small; an endpoint that answers more is not Secrets Manager.
const MAX_RESPONSE_BYTES: usize = 64 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum SecretError {
    #[error("no AWS region configured (AWS_REGION)")]
    NoRegion,
    #[error("no AWS credentials: {0}")]
    Credentials(String),
    #[error("could not sign the Secrets Manager request: {0}")]
    Signing(String),
    #[error("Secrets Manager unreachable")]
    Http(#[source] reqwest::Error),
    #[error("Secrets Manager answered {status}: {kind}")]
    Refused { status: u16, kind: String },
    #[error("Secrets Manager's answer is not a secret string")]
    Malformed,
    #[error("the secret holds JSON without a non-empty \"api_key\" string")]
    NoApiKey,
}

/// Where and as whom Secrets Manager is called.
#[derive(Clone)]
pub struct SecretsClient {
    endpoint: String,
    region: String,
    credentials: Credentials,
    http: reqwest::Client,
}

impl std::fmt::Debug for SecretsClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SecretsClient")
            .field("endpoint", &self.endpoint)
            .field("region", &self.region)
            .finish_non_exhaustive()
    }
}

impl SecretsClient {
    /// From the standard AWS configuration. The endpoint is the region's, unless
    /// `AWS_ENDPOINT_URL_SECRETS_MANAGER` or `AWS_ENDPOINT_URL` names another (the SDK's
    /// own convention: a local stand-in such as moto).
    pub async fn from_env() -> Result<Self, SecretError> {
        let config = crate::aws::sdk_config().await;
        let region = config
            .region()
            .map(|r| r.to_string())
            .ok_or(SecretError::NoRegion)?;
        let provider = config
            .credentials_provider()
            .ok_or_else(|| SecretError::Credentials("no provider".into()))?;
        let credentials = provider
            .provide_credentials()
            .await
            .map_err(|e| SecretError::Credentials(e.to_string()))?;
        let endpoint = std::env::var("AWS_ENDPOINT_URL_SECRETS_MANAGER")
            .ok()
            .or_else(|| config.endpoint_url().map(str::to_owned))
            .filter(|e| !e.trim().is_empty())
            .unwrap_or_else(|| format!("https://secretsmanager.{region}.amazonaws.com"));
        Self::new(endpoint, region, credentials)
    }

    pub fn new(
        endpoint: String,
        region: String,
        credentials: Credentials,
    ) -> Result<Self, SecretError> {
        let http = reqwest::Client::builder()
            .timeout(TIMEOUT)
            .build()
            .map_err(SecretError::Http)?;
        Ok(Self {
            endpoint: endpoint.trim_end_matches('/').to_owned() + "/",
            region,
            credentials,
            http,
        })
    }

    /// One Secrets Manager operation (`secretsmanager.<operation>`), signed.
    pub async fn call(&self, operation: &str, body: &Value) -> Result<Value, SecretError> {
        let body = body.to_string();
        let target = format!("secretsmanager.{operation}");
        let headers = [
            ("content-type", "application/x-amz-json-1.1"),
            ("x-amz-target", target.as_str()),
        ];
        let identity = self.credentials.clone().into();
        let params = v4::SigningParams::builder()
            .identity(&identity)
            .region(&self.region)
            .name("secretsmanager")
            .time(SystemTime::now())
            .settings(SigningSettings::default())
            .build()
            .map_err(|e| SecretError::Signing(e.to_string()))?
            .into();
        let signable = SignableRequest::new(
            "POST",
            &self.endpoint,
            headers.iter().copied(),
            SignableBody::Bytes(body.as_bytes()),
        )
        .map_err(|e| SecretError::Signing(e.to_string()))?;
        let (instructions, _) = sign(signable, &params)
            .map_err(|e| SecretError::Signing(e.to_string()))?
            .into_parts();
        let mut request = self.http.post(&self.endpoint).body(body);
        for (name, value) in headers.iter().copied().chain(instructions.headers()) {
            request = request.header(name, value);
        }
        let mut response = request.send().await.map_err(SecretError::Http)?;
        let status = response.status().as_u16();
        let mut bytes = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(SecretError::Http)? {
            if bytes.len() + chunk.len() > MAX_RESPONSE_BYTES {
                return Err(SecretError::Malformed);
            }
            bytes.extend_from_slice(&chunk);
        }
        let value: Value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        if !(200..300).contains(&status) {
            // Secrets Manager names its error in `__type` ("…#ResourceNotFoundException").
            let kind = value["__type"]
                .as_str()
                .map(|t| t.rsplit('#').next().unwrap_or(t).to_owned())
                .unwrap_or_else(|| "no error type".into());
            return Err(SecretError::Refused { status, kind });
        }
        Ok(value)
    }

    /// The `SecretString` of `secret_id` (a name or an ARN).
    pub async fn secret_string(&self, secret_id: &str) -> Result<String, SecretError> {
        let answer = self
            .call("GetSecretValue", &json!({ "SecretId": secret_id }))
            .await?;
        answer["SecretString"]
            .as_str()
            .map(str::to_owned)
            .ok_or(SecretError::Malformed)
    }

    /// The LLM API key in `secret_id`: a JSON secret's `api_key` (the console's
    /// key/value form), or the whole secret string when it is not a JSON object.
    pub async fn llm_api_key(&self, secret_id: &str) -> Result<String, SecretError> {
        api_key_of(&self.secret_string(secret_id).await?)
    }
}

fn api_key_of(secret: &str) -> Result<String, SecretError> {
    match serde_json::from_str::<Value>(secret) {
        Ok(Value::Object(map)) => match map.get("api_key") {
            Some(Value::String(k)) if !k.trim().is_empty() => Ok(k.trim().to_owned()),
            _ => Err(SecretError::NoApiKey),
        },
        _ if secret.trim().is_empty() => Err(SecretError::NoApiKey),
        _ => Ok(secret.trim().to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_is_read_from_either_secret_form() {
        assert_eq!(api_key_of(r#"{"api_key": "sk-1"}"#).unwrap(), "sk-1");
        assert_eq!(api_key_of("sk-plain\n").unwrap(), "sk-plain");
        assert!(matches!(
            api_key_of(r#"{"key": "sk-1"}"#),
            Err(SecretError::NoApiKey)
        ));
        assert!(matches!(
            api_key_of(r#"{"api_key": ""}"#),
            Err(SecretError::NoApiKey)
        ));
        assert!(matches!(api_key_of("  "), Err(SecretError::NoApiKey)));
    }

    #[test]
    fn debug_never_shows_the_credentials() {
        let c = SecretsClient::new(
            "http://127.0.0.1:9".into(),
            "us-east-1".into(),
            Credentials::new("AKIDSECRETID", "very-secret", None, None, "test"),
        )
        .unwrap();
        let shown = format!("{c:?}");
        assert!(!shown.contains("AKIDSECRETID") && !shown.contains("very-secret"));
    }
}
