//! Request and response plumbing shared by the handlers.

use lambda_http::http::{header, HeaderValue, StatusCode};
use lambda_http::{Body, Request, RequestExt, Response};
use serde_json::Value;

use super::error::ApiError;
use super::routes;

pub const MAX_BODY_BYTES: usize = 64 * 1024;

pub fn json_response(status: StatusCode, body: String) -> Response<Body> {
    let mut resp = Response::new(Body::Text(body));
    *resp.status_mut() = status;
    let h = resp.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    // JSON is never a document to render or frame.
    h.insert(
        "content-security-policy",
        HeaderValue::from_static("default-src 'none'; frame-ancestors 'none'"),
    );
    h.insert("referrer-policy", HeaderValue::from_static("no-referrer"));
    resp
}

pub fn json_value(status: StatusCode, value: &Value) -> Response<Body> {
    json_response(status, value.to_string())
}

pub fn no_content() -> Response<Body> {
    let mut resp = Response::new(Body::Empty);
    *resp.status_mut() = StatusCode::NO_CONTENT;
    resp.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    resp
}

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
        code: "invalid_encoding",
        detail: "Request body must be UTF-8".into(),
    })?;
    serde_json::from_str(text)
        .map(Some)
        .map_err(|e| ApiError::BadRequest {
            code: "invalid_json",
            detail: format!("Request body is not valid JSON: {e}"),
        })
}

pub fn required_json_body(req: &Request) -> Result<Value, ApiError> {
    json_body(req)?.ok_or_else(|| ApiError::field("body", "a JSON object is required"))
}

/// A path parameter as API Gateway extracted it, or, if the integration did not
/// (e.g. a catch-all route), as the route table reads it from the path.
pub fn path_param(req: &Request, name: &str) -> Option<String> {
    if let Some(v) = req.path_parameters_ref().and_then(|p| p.first(name)) {
        return Some(v.to_owned());
    }
    let path = req.uri().path();
    routes::match_path(path).and_then(|m| {
        m.params
            .into_iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v)
    })
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
