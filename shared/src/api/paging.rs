//! `?limit=` and `?cursor=` parsing and the `X-Next-Cursor` / `Link` headers.

use lambda_http::http::HeaderValue;
use lambda_http::{Body, Request, Response};

use super::error::ApiError;
use super::request::query_param;
use crate::store::cursor;

pub const DEFAULT_LIMIT: usize = 100;
pub const MAX_LIMIT: usize = 100;

pub struct PageRequest {
    pub limit: usize,
    /// The decoded key the previous page ended on.
    pub after: Option<String>,
}

impl PageRequest {
    pub fn from_request(req: &Request, scope: &str) -> Result<Self, ApiError> {
        let limit = match query_param(req, "limit") {
            None => DEFAULT_LIMIT,
            Some(raw) => raw
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=MAX_LIMIT).contains(n))
                .ok_or_else(|| {
                    ApiError::field(
                        "limit",
                        format!("must be an integer between 1 and {MAX_LIMIT}"),
                    )
                })?,
        };
        let after = match query_param(req, "cursor") {
            None => None,
            Some(c) => Some(cursor::decode(scope, &c).ok_or_else(|| {
                ApiError::field("cursor", "is not a valid cursor for this listing")
            })?),
        };
        Ok(Self { limit, after })
    }
}

/// A page as the listings answer it: a bare JSON array, with the next-page headers
/// when there is a next page.
pub fn page_response(
    req: &Request,
    scope: &str,
    limit: usize,
    items: Vec<serde_json::Value>,
    next_key: Option<String>,
) -> Response<Body> {
    let mut resp = super::response::json_value(
        lambda_http::http::StatusCode::OK,
        &serde_json::Value::Array(items),
    );
    add_next_headers(&mut resp, req, scope, limit, next_key);
    resp
}

/// Adds the next-page headers when there is a next page.
pub fn add_next_headers(
    resp: &mut Response<Body>,
    req: &Request,
    scope: &str,
    limit: usize,
    next_key: Option<String>,
) {
    let Some(key) = next_key else { return };
    let c = cursor::encode(scope, &key);
    let link = format!(
        "<{}?limit={limit}&cursor={c}>; rel=\"next\"",
        req.uri().path()
    );
    let h = resp.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&c) {
        h.insert("x-next-cursor", v);
    }
    if let Ok(v) = HeaderValue::from_str(&link) {
        h.insert("link", v);
    }
}
