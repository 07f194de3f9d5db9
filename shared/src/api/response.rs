//! Writing responses: JSON with the security headers every answer carries, and 204.

use lambda_http::http::{header, HeaderValue, StatusCode};
use lambda_http::{Body, Response};
use serde_json::Value;

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

/// A group as clients see it: its stored fields and, read-only, the `audience` its
/// words were read into (`audience.md`), computed from the definition so that it is
/// always the one the engine will apply.
pub fn group_json(group: &crate::domain::Group) -> Value {
    let mut v = group.to_json();
    if let Value::Object(map) = &mut v {
        let audience = crate::audience::for_group(&group.definition);
        map.insert(
            "audience".into(),
            serde_json::to_value(audience).unwrap_or(Value::Null),
        );
    }
    v
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
