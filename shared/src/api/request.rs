//! Reading requests: body, JSON, path and query parameters, headers, request id.
//! Malformed input becomes an `ApiError` naming what was wrong.

use lambda_http::{Body, Request, RequestExt};
use serde_json::Value;

use super::error::{ApiError, ErrorCode};

pub const MAX_BODY_BYTES: usize = 64 * 1024;

pub fn body_bytes(req: &Request) -> &[u8] {
    match req.body() {
        Body::Empty => &[],
        Body::Text(t) => t.as_bytes(),
        Body::Binary(b) => b,
        _ => &[],
    }
}

/// Reads the body as JSON: size first (so nothing big is parsed), then UTF-8, then
/// syntax. `None` for an empty body.
pub fn json_body(req: &Request) -> Result<Option<Value>, ApiError> {
    let bytes = body_bytes(req);
    if bytes.len() > MAX_BODY_BYTES {
        return Err(ApiError::PayloadTooLarge);
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Ok(None);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ApiError::BadRequest {
        code: ErrorCode::InvalidEncoding,
        detail: "Request body must be UTF-8".into(),
    })?;
    serde_json::from_str(text)
        .map(Some)
        .map_err(|e| ApiError::BadRequest {
            code: ErrorCode::InvalidJson,
            detail: format!("Request body is not valid JSON: {e}"),
        })
}

pub fn required_json_body(req: &Request) -> Result<Value, ApiError> {
    json_body(req)?.ok_or_else(|| ApiError::field("body", "a JSON object is required"))
}

/// A path parameter as API Gateway extracted it, or, if the integration did not
/// (e.g. a catch-all route), as the route table reads it from the path.
/// A path parameter as API Gateway (or `App::serve`, for local requests) set it.
pub fn path_param(req: &Request, name: &str) -> Option<String> {
    req.path_parameters_ref()
        .and_then(|p| p.first(name))
        .map(str::to_owned)
}

pub fn query_param(req: &Request, name: &str) -> Option<String> {
    if let Some(q) = req.query_string_parameters_ref() {
        return q.first(name).map(str::to_owned);
    }
    // Requests built by hand (tests, other adapters) may carry the query only in the URI.
    let query = req.uri().query()?;
    let parsed: lambda_http::aws_lambda_events::query_map::QueryMap = query.parse().ok()?;
    parsed.first(name).map(str::to_owned)
}

pub fn header_str<'a>(req: &'a Request, name: &str) -> Result<Option<&'a str>, ApiError> {
    match req.headers().get(name) {
        None => Ok(None),
        Some(v) => v
            .to_str()
            .map(Some)
            .map_err(|_| ApiError::field(name, "must be visible ASCII")),
    }
}

/// The id API Gateway or Lambda gave this request, for logs.
pub fn request_id(req: &Request) -> String {
    if let Some(ctx) = req.lambda_context_ref() {
        return ctx.request_id.clone();
    }
    req.headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
        .unwrap_or_default()
}
