//! The one place where failures become HTTP: every handler returns `ApiError`, and only
//! `ApiError::into_response` decides status, code and body.

use lambda_http::http::{header, HeaderValue, StatusCode};
use lambda_http::{Body, Response};
use serde::Serialize;

use crate::auth::AuthError;
use crate::domain::FieldError;
use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("validation failed")]
    Validation(Vec<FieldError>),
    #[error("{detail}")]
    BadRequest { code: &'static str, detail: String },
    #[error("unauthorized: {0}")]
    Unauthorized(&'static str),
    #[error("{0} not found")]
    NotFound(&'static str),
    #[error("method not allowed")]
    MethodNotAllowed(Vec<&'static str>),
    #[error("{detail}")]
    Conflict { code: &'static str, detail: String },
    #[error("payload too large")]
    PayloadTooLarge,
    #[error("unavailable: {0}")]
    Unavailable(String),
    #[error("internal: {0}")]
    Internal(String),
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
            Self::NotFound(_) => StatusCode::NOT_FOUND,
            Self::MethodNotAllowed(_) => StatusCode::METHOD_NOT_ALLOWED,
            Self::Conflict { .. } => StatusCode::CONFLICT,
            Self::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    pub fn into_response(self) -> Response<Body> {
        let status = self.status();
        if status.is_server_error() {
            // The cause goes to the log with the request's span; never to the client.
            tracing::error!(error = %self, status = status.as_u16(), "request failed");
        } else {
            tracing::info!(error = %self, status = status.as_u16(), "request rejected");
        }
        let detail_owned;
        let (code, detail, errors): (&str, &str, Option<&[FieldError]>) = match &self {
            Self::Validation(errs) => {
                detail_owned = match errs.first() {
                    Some(first) if errs.len() == 1 => format!("Invalid request: {first}."),
                    Some(first) => {
                        format!("Invalid request: {first} (and {} more).", errs.len() - 1)
                    }
                    None => "Invalid request.".to_owned(),
                };
                ("validation_error", &detail_owned, Some(errs.as_slice()))
            }
            Self::BadRequest { code, detail } => (code, detail, None),
            Self::Unauthorized(why) => ("unauthorized", *why, None),
            Self::NotFound(what) => {
                detail_owned = format!("{what} not found");
                ("not_found", &detail_owned, None)
            }
            Self::MethodNotAllowed(_) => (
                "method_not_allowed",
                "Method not allowed on this resource",
                None,
            ),
            Self::Conflict { code, detail } => (code, detail, None),
            Self::PayloadTooLarge => (
                "payload_too_large",
                "Request body is larger than 64 KiB",
                None,
            ),
            Self::Unavailable(_) => (
                "service_unavailable",
                "The service is temporarily unavailable; retry shortly",
                None,
            ),
            Self::Internal(_) => ("internal_error", "Internal server error", None),
        };
        let body = serde_json::to_string(&ErrorBody {
            detail,
            code,
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
                code: "concurrent_modification",
                detail: "The resource was modified concurrently; retry the request".into(),
            },
            StoreError::Unavailable(m) => Self::Unavailable(m),
            StoreError::Internal(m) => Self::Internal(m),
        }
    }
}

impl From<AuthError> for ApiError {
    fn from(e: AuthError) -> Self {
        match e {
            AuthError::Missing => Self::Unauthorized("Missing API key"),
            AuthError::Invalid => Self::Unauthorized("Invalid or expired API key"),
            AuthError::ProjectNotFound => Self::NotFound("Project"),
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
