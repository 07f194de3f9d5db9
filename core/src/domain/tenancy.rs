//! Tenancy records: organisations, projects and API keys, as plain values. A key exists
//! in plaintext only in the request being served and in the output of the command that
//! created it; it is stored as its SHA-256 hash alone.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::fmt;

use super::ids::{OrgId, ProjectId};
use crate::clock::Timestamp;

pub const KEY_PREFIX: &str = "boses_";
const KEY_HEX_LEN: usize = 64;

/// A plaintext API key. Exists only in the request being served and in the output of
/// the command that created it; `Debug` never shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiKey(String);

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiKey(<redacted>)")
    }
}

impl ApiKey {
    /// `boses_` followed by 64 lowercase or uppercase hex digits.
    pub fn parse(raw: &str) -> Option<Self> {
        let hex = raw.strip_prefix(KEY_PREFIX)?;
        (hex.len() == KEY_HEX_LEN && hex.bytes().all(|b| b.is_ascii_hexdigit()))
            .then(|| Self(format!("{KEY_PREFIX}{}", hex.to_ascii_lowercase())))
    }

    /// A new key from 32 random bytes (the caller owns the randomness, so this crate
    /// needs no RNG of the operating system).
    pub fn from_random_bytes(bytes: [u8; 32]) -> Self {
        Self(format!("{KEY_PREFIX}{}", hex::encode(bytes)))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    pub fn hash(&self) -> KeyHash {
        KeyHash(hex::encode(Sha256::digest(self.0.as_bytes())))
    }
}

/// SHA-256 of the key, hex encoded: the only form a key is stored in.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct KeyHash(String);

impl KeyHash {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// A stored hash read back (64 lowercase hex digits), as an index item holds it.
    pub fn from_hex(s: &str) -> Option<Self> {
        (s.len() == 64 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')))
            .then(|| Self(s.to_owned()))
    }

    /// A short, non-secret handle for logs and admin output.
    pub fn key_id(&self) -> String {
        format!("key_{}", &self.0[..12])
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organisation {
    pub id: OrgId,
    pub name: String,
    pub created_at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Project {
    pub id: ProjectId,
    pub org_id: OrgId,
    pub name: String,
    pub created_at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiKeyRecord {
    pub hash: KeyHash,
    pub org_id: OrgId,
    pub created_at: Timestamp,
    // Absent rather than NULL in DynamoDB, so `if_not_exists(revoked_at, …)` works.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revoked_at: Option<Timestamp>,
}

impl ApiKeyRecord {
    pub fn is_usable_at(&self, now: Timestamp) -> bool {
        self.revoked_at.is_none() && self.expires_at.is_none_or(|exp| now < exp)
    }
}
