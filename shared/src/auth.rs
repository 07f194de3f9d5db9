//! The one authentication path used by every handler, on Lambda and locally: a key
//! from the request, checked against its stored hash, then project ownership. The key
//! and tenancy records themselves are plain values in `domain::tenancy`.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::clock::{Clock, Timestamp};
pub use crate::domain::tenancy::{ApiKey, KEY_PREFIX};
use crate::domain::tenancy::{ApiKeyRecord, KeyHash};
use crate::domain::{OrgId, ProjectId};
use crate::store::{Store, StoreError};

/// A new API key from the operating system's randomness.
pub fn new_api_key() -> ApiKey {
    ApiKey::from_random_bytes(rand::random())
}

/// Who is calling, once the key checked out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    pub org_id: OrgId,
    pub key_id: String,
}

#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    #[error("missing API key")]
    Missing,
    #[error("invalid API key")]
    Invalid,
    #[error("project not found")]
    ProjectNotFound,
    /// Over the key's or the organisation's requests per window; retry after this
    /// many seconds (the window's end).
    #[error("rate limited")]
    RateLimited { retry_after: u64 },
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Revocation must take effect within 60 s; half that leaves room for clock skew
/// between Lambda instances.
pub const KEY_CACHE_TTL: Duration = Duration::from_secs(30);
/// A project never changes organisation, so ownership can be cached longer.
pub const PROJECT_CACHE_TTL: Duration = Duration::from_secs(300);
/// A hash no key has is remembered this long, so a flood of random well-formed keys
/// costs one read each per warm instance and window, not one per request. Short: a key
/// is never looked up before it is issued, so this only ever delays a typo's answer.
pub const UNKNOWN_KEY_CACHE_TTL: Duration = Duration::from_secs(10);
const CACHE_CAPACITY: usize = 10_000;
/// Rate limits count requests in fixed windows of this many seconds.
pub const RATE_WINDOW_SECS: i64 = 60;
/// The window of the per-organisation cap on parse-prompt LLM calls: a clock hour.
pub const LLM_WINDOW_SECS: i64 = 3600;
/// The default hourly cap on one organisation's parse-prompt LLM calls: generous for
/// people typing prompts, a ceiling on what a leaked key or a loop can spend.
pub const PROMPT_LLM_PER_ORG_PER_HOUR: u32 = 300;

/// Requests per window (a minute) one key, and one organisation, may make; 0 turns a
/// limit off. Counted in the table, so every Lambda instance sees the same count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimits {
    pub per_key: u32,
    pub per_org: u32,
}

impl Default for RateLimits {
    /// 600 a minute a key (10 a second sustained, bursts within the minute); the
    /// organisation limit is off until an operator sets one (it costs a second write
    /// per request).
    fn default() -> Self {
        Self {
            per_key: 600,
            per_org: 0,
        }
    }
}

struct TtlCache<K, V> {
    ttl: Duration,
    entries: Mutex<HashMap<K, (V, Timestamp)>>,
}

impl<K: std::hash::Hash + Eq, V: Clone> TtlCache<K, V> {
    fn new(ttl: Duration) -> Self {
        Self {
            ttl,
            entries: Mutex::new(HashMap::new()),
        }
    }

    fn get(&self, k: &K, now: Timestamp) -> Option<V> {
        let entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        entries
            .get(k)
            .filter(|(_, at)| now.since(*at) < self.ttl && *at <= now)
            .map(|(v, _)| v.clone())
    }

    fn put(&self, k: K, v: V, now: Timestamp) {
        let mut entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        // Bounded: a flood of distinct keys must not grow a warm Lambda without limit.
        if entries.len() >= CACHE_CAPACITY {
            entries.clear();
        }
        entries.insert(k, (v, now));
    }
}

/// Authenticates keys and checks project ownership, with short-lived caches so a warm
/// Lambda does not read the table twice per request.
pub struct Authenticator {
    store: Arc<dyn Store>,
    clock: Arc<dyn Clock>,
    keys: TtlCache<KeyHash, ApiKeyRecord>,
    unknown: TtlCache<KeyHash, ()>,
    projects: TtlCache<ProjectId, OrgId>,
    pub limits: RateLimits,
}

impl Authenticator {
    pub fn new(store: Arc<dyn Store>, clock: Arc<dyn Clock>) -> Self {
        Self {
            store,
            clock,
            keys: TtlCache::new(KEY_CACHE_TTL),
            unknown: TtlCache::new(UNKNOWN_KEY_CACHE_TTL),
            projects: TtlCache::new(PROJECT_CACHE_TTL),
            limits: RateLimits::default(),
        }
    }

    /// Finds the key in `Authorization: Bearer …` or `X-API-Key`.
    pub fn extract(headers: &lambda_http::http::HeaderMap) -> Result<ApiKey, AuthError> {
        let raw = if let Some(v) = headers.get(lambda_http::http::header::AUTHORIZATION) {
            let v = v.to_str().map_err(|_| AuthError::Invalid)?.trim();
            let (scheme, token) = v.split_once(' ').ok_or(AuthError::Invalid)?;
            if !scheme.eq_ignore_ascii_case("bearer") {
                return Err(AuthError::Invalid);
            }
            token.trim().to_owned()
        } else if let Some(v) = headers.get("x-api-key") {
            v.to_str()
                .map_err(|_| AuthError::Invalid)?
                .trim()
                .to_owned()
        } else {
            return Err(AuthError::Missing);
        };
        if raw.is_empty() {
            return Err(AuthError::Missing);
        }
        ApiKey::parse(&raw).ok_or(AuthError::Invalid)
    }

    /// The lookup is by SHA-256 of the key, so neither the table nor the cache ever
    /// compares secret bytes: there is no early exit whose timing depends on the key.
    pub async fn authenticate(&self, key: &ApiKey) -> Result<Principal, AuthError> {
        let hash = key.hash();
        let now = self.clock.now();
        let record = match self.keys.get(&hash, now) {
            Some(r) => r,
            None => {
                if self.unknown.get(&hash, now).is_some() {
                    return Err(AuthError::Invalid);
                }
                let Some(r) = self.store.get_api_key(&hash).await? else {
                    self.unknown.put(hash, (), now);
                    return Err(AuthError::Invalid);
                };
                self.keys.put(hash.clone(), r.clone(), now);
                r
            }
        };
        if !record.is_usable_at(now) {
            return Err(AuthError::Invalid);
        }
        Ok(Principal {
            org_id: record.org_id,
            key_id: hash.key_id(),
        })
    }

    /// Counts the request against its key's and organisation's limits. A counter the
    /// store cannot update admits the request: the limits protect tenants from each
    /// other, and a store that is down fails the request anyway.
    pub async fn admit(&self, who: &Principal) -> Result<(), AuthError> {
        let now = self.clock.now();
        let secs = now.unix_seconds();
        let window = secs - secs.rem_euclid(RATE_WINDOW_SECS);
        let retry_after = u64::try_from(window + RATE_WINDOW_SECS - secs)
            .unwrap_or(1)
            .max(1);
        let expires = Timestamp::from_unix_millis((window + 2 * RATE_WINDOW_SECS) * 1000);
        for (counter, limit) in [
            (format!("key#{}", who.key_id), self.limits.per_key),
            (format!("org#{}", who.org_id), self.limits.per_org),
        ] {
            if limit == 0 {
                continue;
            }
            match self.store.count_request(&counter, window, expires).await {
                Ok(hits) if hits > u64::from(limit) => {
                    tracing::warn!(counter = %counter, hits, limit, "rate limited");
                    return Err(AuthError::RateLimited { retry_after });
                }
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "rate counter unavailable; admitting"),
            }
        }
        Ok(())
    }

    /// Whether `who`'s organisation may make one more parse-prompt LLM call this hour
    /// (`limit` a clock hour; 0 means no cap). Unlike [`Self::admit`] this fails closed:
    /// the LLM is the costly part, and saying no only means the offline answer.
    pub async fn allow_llm_call(&self, who: &Principal, limit: u32) -> bool {
        if limit == 0 {
            return true;
        }
        let secs = self.clock.now().unix_seconds();
        let window = secs - secs.rem_euclid(LLM_WINDOW_SECS);
        let expires = Timestamp::from_unix_millis((window + 2 * LLM_WINDOW_SECS) * 1000);
        let counter = format!("llm#org#{}", who.org_id);
        match self.store.count_request(&counter, window, expires).await {
            Ok(calls) if calls <= u64::from(limit) => true,
            Ok(calls) => {
                tracing::warn!(org_id = %who.org_id, calls, limit, "parse-prompt LLM cap reached");
                false
            }
            Err(e) => {
                tracing::warn!(error = %e, "LLM call counter unavailable; answering offline");
                false
            }
        }
    }

    /// Another organisation's project and a missing one look the same: 404.
    pub async fn authorize_project(
        &self,
        who: &Principal,
        project: ProjectId,
    ) -> Result<(), AuthError> {
        let now = self.clock.now();
        let owner = match self.projects.get(&project, now) {
            Some(o) => o,
            None => {
                let p = self
                    .store
                    .get_project(project)
                    .await?
                    .ok_or(AuthError::ProjectNotFound)?;
                self.projects.put(project, p.org_id, now);
                p.org_id
            }
        };
        if owner == who.org_id {
            Ok(())
        } else {
            Err(AuthError::ProjectNotFound)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lambda_http::http::HeaderMap;

    fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(
                lambda_http::http::HeaderName::from_bytes(k.as_bytes()).unwrap(),
                v.parse().unwrap(),
            );
        }
        h
    }

    #[test]
    fn generated_keys_parse_and_hash_stably() {
        let k = new_api_key();
        assert!(k.expose().starts_with("boses_"));
        assert_eq!(k.expose().len(), 6 + 64);
        let again = ApiKey::parse(k.expose()).unwrap();
        assert_eq!(k.hash(), again.hash());
        assert_eq!(k.hash().as_str().len(), 64);
        assert_ne!(k.hash().as_str(), &k.expose()[6..]);
    }

    #[test]
    fn malformed_keys_are_rejected() {
        for bad in [
            "",
            "boses_",
            "boses_abc",
            &format!("boses_{}", "g".repeat(64)),
            &format!("sk_{}", "a".repeat(64)),
            &format!("boses_{}", "a".repeat(65)),
        ] {
            assert!(ApiKey::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn debug_never_shows_the_key() {
        let k = new_api_key();
        assert!(!format!("{k:?}").contains(&k.expose()[6..]));
    }

    #[test]
    fn extracts_from_either_header() {
        let k = new_api_key();
        let bearer = format!("Bearer {}", k.expose());
        assert_eq!(
            Authenticator::extract(&headers(&[("authorization", &bearer)])).unwrap(),
            k
        );
        let lower = format!("bearer {}", k.expose());
        assert_eq!(
            Authenticator::extract(&headers(&[("authorization", &lower)])).unwrap(),
            k
        );
        assert_eq!(
            Authenticator::extract(&headers(&[("x-api-key", k.expose())])).unwrap(),
            k
        );
        assert!(matches!(
            Authenticator::extract(&headers(&[])),
            Err(AuthError::Missing)
        ));
        assert!(matches!(
            Authenticator::extract(&headers(&[("authorization", "Basic abc")])),
            Err(AuthError::Invalid)
        ));
        assert!(matches!(
            Authenticator::extract(&headers(&[("authorization", "Bearer nope")])),
            Err(AuthError::Invalid)
        ));
        assert!(matches!(
            Authenticator::extract(&headers(&[("x-api-key", "")])),
            Err(AuthError::Missing)
        ));
    }

    #[test]
    fn expiry_and_revocation() {
        let rec = ApiKeyRecord {
            hash: new_api_key().hash(),
            org_id: OrgId::new_random(),
            created_at: Timestamp::from_unix_millis(0),
            expires_at: Some(Timestamp::from_unix_millis(1000)),
            revoked_at: None,
        };
        assert!(rec.is_usable_at(Timestamp::from_unix_millis(999)));
        assert!(!rec.is_usable_at(Timestamp::from_unix_millis(1000)));
        let revoked = ApiKeyRecord {
            revoked_at: Some(Timestamp::from_unix_millis(1)),
            expires_at: None,
            ..rec
        };
        assert!(!revoked.is_usable_at(Timestamp::from_unix_millis(2)));
    }
}
