//! The one place where failures become HTTP: every handler returns `ApiError`, and only
//! `ApiError::into_response` decides status, code and body.

use lambda_http::http::{header, HeaderValue, StatusCode};
use lambda_http::{Body, Response};
use serde::Serialize;

use crate::auth::AuthError;
use crate::domain::FieldError;
use crate::store::{BoxError, StoreError};
use crate::telemetry::error_chain;

/// Every `code` a client can see in an error body, in one place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCode {
    ValidationError,
    InvalidJson,
    InvalidEncoding,
    Unauthorized,
    Forbidden,
    NotFound,
    MethodNotAllowed,
    ConcurrentModification,
    IdempotencyKeyReused,
    GenerationInProgress,
    PayloadTooLarge,
    RateLimited,
    ServiceUnavailable,
    InternalError,
}

impl ErrorCode {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::ValidationError => "validation_error",
            Self::InvalidJson => "invalid_json",
            Self::InvalidEncoding => "invalid_encoding",
            Self::Unauthorized => "unauthorized",
            Self::Forbidden => "forbidden",
            Self::NotFound => "not_found",
            Self::MethodNotAllowed => "method_not_allowed",
            Self::ConcurrentModification => "concurrent_modification",
            Self::IdempotencyKeyReused => "idempotency_key_reused",
            Self::GenerationInProgress => "generation_in_progress",
            Self::PayloadTooLarge => "payload_too_large",
            Self::RateLimited => "rate_limited",
            Self::ServiceUnavailable => "service_unavailable",
            Self::InternalError => "internal_error",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("validation failed")]
    Validation(Vec<FieldError>),
    #[error("{detail}")]
    BadRequest { code: ErrorCode, detail: String },
    #[error("unauthorized: {0}")]
    Unauthorized(&'static str),
    #[error("forbidden: {0}")]
    Forbidden(&'static str),
    #[error("{0} not found")]
    NotFound(&'static str),
    #[error("method not allowed")]
    MethodNotAllowed(Vec<&'static str>),
    #[error("{detail}")]
    Conflict { code: ErrorCode, detail: String },
    #[error("payload too large")]
    PayloadTooLarge,
    #[error("rate limited")]
    RateLimited { retry_after: u64 },
    #[error("unavailable")]
    Unavailable(#[source] BoxError),
    #[error("internal")]
    Internal(#[source] BoxError),
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    detail: &'a str,
    code: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    errors: Option<&'a [FieldError]>,
}

impl ApiError {
    pub fn field(field: &str, message: impl Into<String>) -> Self {
        Self::Validation(vec![FieldError::new(field, message)])
    }

    pub fn status(&self) -> StatusCode {
        match self {
            Self::Validation(_) | Self::BadRequest { .. } => StatusCode::BAD_REQUEST,
            Self::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => StatusCode::FORBIDDEN,
            Self::NotFound(_) => StatusCode::NOT_FOUND,
            Self::MethodNotAllowed(_) => StatusCode::METHOD_NOT_ALLOWED,
            Self::Conflict { .. } => StatusCode::CONFLICT,
            Self::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            Self::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    pub fn into_response(self) -> Response<Body> {
        let status = self.status();
        if status.is_server_error() {
            // The cause goes to the log with the request's span; never to the client.
            tracing::error!(error = %error_chain(&self), status = status.as_u16(), "request failed");
        } else {
            tracing::info!(error = %error_chain(&self), status = status.as_u16(), "request rejected");
        }
        let detail_owned;
        let (code, detail, errors): (ErrorCode, &str, Option<&[FieldError]>) = match &self {
            Self::Validation(errs) => {
                detail_owned = match errs.first() {
                    Some(first) if errs.len() == 1 => format!("Invalid request: {first}."),
                    Some(first) => {
                        format!("Invalid request: {first} (and {} more).", errs.len() - 1)
                    }
                    None => "Invalid request.".to_owned(),
                };
                (
                    ErrorCode::ValidationError,
                    &detail_owned,
                    Some(errs.as_slice()),
                )
            }
            Self::BadRequest { code, detail } => (*code, detail, None),
            Self::Unauthorized(why) => (ErrorCode::Unauthorized, *why, None),
            Self::Forbidden(why) => (ErrorCode::Forbidden, *why, None),
            Self::NotFound(what) => {
                detail_owned = format!("{what} not found");
                (ErrorCode::NotFound, &detail_owned, None)
            }
            Self::MethodNotAllowed(_) => (
                ErrorCode::MethodNotAllowed,
                "Method not allowed on this resource",
                None,
            ),
            Self::Conflict { code, detail } => (*code, detail, None),
            Self::PayloadTooLarge => (
                ErrorCode::PayloadTooLarge,
                "Request body is larger than 64 KiB",
                None,
            ),
            Self::RateLimited { .. } => (
                ErrorCode::RateLimited,
                "Too many requests for this API key; retry after the Retry-After seconds",
                None,
            ),
            Self::Unavailable(_) => (
                ErrorCode::ServiceUnavailable,
                "The service is temporarily unavailable; retry shortly",
                None,
            ),
            Self::Internal(_) => (ErrorCode::InternalError, "Internal server error", None),
        };
        let body = serde_json::to_string(&ErrorBody {
            detail,
            code: code.as_str(),
            errors,
        })
        .unwrap_or_else(|_| {
            r#"{"detail":"Internal server error","code":"internal_error"}"#.to_owned()
        });
        let mut resp = super::response::json_response(status, body);
        let headers = resp.headers_mut();
        match &self {
            Self::Unauthorized(_) => {
                headers.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
            }
            Self::Unavailable(_) => {
                headers.insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
            }
            Self::RateLimited { retry_after } => {
                headers.insert(header::RETRY_AFTER, HeaderValue::from(*retry_after));
            }
            Self::MethodNotAllowed(methods) => {
                if let Ok(v) = HeaderValue::from_str(&methods.join(", ")) {
                    headers.insert(header::ALLOW, v);
                }
            }
            _ => {}
        }
        resp
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Conflict => Self::Conflict {
                code: ErrorCode::ConcurrentModification,
                detail: "The resource was modified concurrently; retry the request".into(),
            },
            e @ StoreError::Unavailable { .. } => Self::Unavailable(Box::new(e)),
            e @ StoreError::Internal { .. } => Self::Internal(Box::new(e)),
        }
    }
}

impl From<AuthError> for ApiError {
    fn from(e: AuthError) -> Self {
        match e {
            AuthError::Missing => Self::Unauthorized("Missing API key"),
            AuthError::Invalid => Self::Unauthorized("Invalid or expired API key"),
            AuthError::ProjectNotFound => Self::NotFound("Project"),
            AuthError::RateLimited { retry_after } => Self::RateLimited { retry_after },
            AuthError::Store(s) => s.into(),
        }
    }
}

impl From<Vec<FieldError>> for ApiError {
    fn from(e: Vec<FieldError>) -> Self {
        Self::Validation(e)
    }
}

impl From<FieldError> for ApiError {
    fn from(e: FieldError) -> Self {
        Self::Validation(vec![e])
    }
}
