//! Opaque paging cursors. A cursor names the listing it belongs to, so one minted for
//! another project, group or run is rejected instead of silently paging elsewhere, and a
//! checksum catches tampering. The key it carries is only ever used inside the caller's
//! own partition, so even a well-forged cursor cannot reach other data.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use sha2::{Digest, Sha256};

const VERSION: &str = "c1";
const MAX_LEN: usize = 512;

fn checksum(scope: &str, key: &str) -> String {
    let mut h = Sha256::new();
    h.update(VERSION.as_bytes());
    h.update([0]);
    h.update(scope.as_bytes());
    h.update([0]);
    h.update(key.as_bytes());
    hex::encode(&h.finalize()[..8])
}

pub fn encode(scope: &str, key: &str) -> String {
    let raw = format!("{VERSION}|{key}|{}", checksum(scope, key));
    URL_SAFE_NO_PAD.encode(raw)
}

/// Returns the key if the cursor is well-formed and was minted for `scope`.
pub fn decode(scope: &str, cursor: &str) -> Option<String> {
    if cursor.is_empty() || cursor.len() > MAX_LEN {
        return None;
    }
    let bytes = URL_SAFE_NO_PAD.decode(cursor.trim_end_matches('=')).ok()?;
    let raw = String::from_utf8(bytes).ok()?;
    let mut parts = raw.split('|');
    let (v, key, sum) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || v != VERSION || sum != checksum(scope, key) {
        return None;
    }
    Some(key.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_within_scope() {
        let c = encode("groups:p1", "g-42");
        assert_eq!(decode("groups:p1", &c).as_deref(), Some("g-42"));
    }

    #[test]
    fn the_size_limit_holds_for_well_formed_cursors_too() {
        // 364 key bytes make a 512-character cursor, 365 one of 514.
        let at_limit = encode("s", &"k".repeat(364));
        assert_eq!(at_limit.len(), MAX_LEN);
        assert_eq!(decode("s", &at_limit), Some("k".repeat(364)));
        let past = encode("s", &"k".repeat(365));
        assert!(past.len() > MAX_LEN);
        assert_eq!(decode("s", &past), None);
    }

    #[test]
    fn foreign_forged_and_garbage_cursors_fail() {
        let c = encode("groups:p1", "g-42");
        assert_eq!(decode("groups:p2", &c), None);
        let forged = URL_SAFE_NO_PAD.encode("c1|g-43|0000000000000000");
        assert_eq!(decode("groups:p1", &forged), None);
        // A right checksum does not excuse a wrong version or a trailing part.
        let sum = checksum("groups:p1", "g-42");
        for raw in [format!("c1|g-42|{sum}|x"), format!("c0|g-42|{sum}")] {
            assert_eq!(
                decode("groups:p1", &URL_SAFE_NO_PAD.encode(&raw)),
                None,
                "{raw}"
            );
        }
        assert_eq!(
            decode(
                "groups:p1",
                &URL_SAFE_NO_PAD.encode(format!("c1|g-42|{sum}"))
            )
            .as_deref(),
            Some("g-42")
        );
        for junk in ["", "!!!", "x", &"A".repeat(2000), "YWJj"] {
            assert_eq!(decode("groups:p1", junk), None, "{junk}");
        }
    }
}
