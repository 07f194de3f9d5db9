//! Creating organisations, projects and keys: what `boses-admin` and the local seeding
//! do. Plaintext keys leave this module once, in the returned `IssuedKey`.

use serde::Serialize;
use std::time::Duration;

use crate::clock::{Clock, Timestamp};
use crate::domain::{ApiKey, ApiKeyRecord, Organisation, Project};
use crate::domain::{OrgId, ProjectId};
use crate::store::{Store, StoreError};

pub const NAME_MAX: usize = 120;

#[derive(Debug, thiserror::Error)]
pub enum TenancyError {
    #[error("organisation {0} not found")]
    OrgNotFound(OrgId),
    #[error("{0}")]
    Invalid(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

#[derive(Debug, Serialize)]
pub struct IssuedKey {
    pub key: String,
    pub key_id: String,
    pub org_id: OrgId,
    pub expires_at: Option<Timestamp>,
}

fn check_name(name: &str) -> Result<String, TenancyError> {
    let n = name.trim();
    if n.is_empty()
        || n.chars().count() > NAME_MAX
        || boses_core::domain::validation::has_forbidden_control(n, false)
    {
        return Err(TenancyError::Invalid(format!(
            "name must be 1 to {NAME_MAX} characters without control, invisible or direction-changing characters"
        )));
    }
    Ok(n.to_owned())
}

pub async fn create_org(
    store: &dyn Store,
    clock: &dyn Clock,
    name: &str,
    id: Option<OrgId>,
) -> Result<Organisation, TenancyError> {
    let org = Organisation {
        id: id.unwrap_or_else(OrgId::new_random),
        name: check_name(name)?,
        created_at: clock.now(),
    };
    store.put_organisation(&org).await?;
    Ok(org)
}

pub async fn create_project(
    store: &dyn Store,
    clock: &dyn Clock,
    org: OrgId,
    name: &str,
    id: Option<ProjectId>,
) -> Result<Project, TenancyError> {
    let name = check_name(name)?;
    if store.get_organisation(org).await?.is_none() {
        return Err(TenancyError::OrgNotFound(org));
    }
    let project = Project {
        id: id.unwrap_or_else(ProjectId::new_random),
        org_id: org,
        name,
        created_at: clock.now(),
    };
    store.put_project(&project).await?;
    Ok(project)
}

/// Issues a key (or registers a given one, for reproducible local setups).
pub async fn create_key(
    store: &dyn Store,
    clock: &dyn Clock,
    org: OrgId,
    expires_in_days: Option<u32>,
    key: Option<ApiKey>,
) -> Result<IssuedKey, TenancyError> {
    if store.get_organisation(org).await?.is_none() {
        return Err(TenancyError::OrgNotFound(org));
    }
    if expires_in_days == Some(0) {
        return Err(TenancyError::Invalid(
            "--expires-in-days must be at least 1".into(),
        ));
    }
    let key = key.unwrap_or_else(crate::auth::new_api_key);
    let now = clock.now();
    let record = ApiKeyRecord {
        hash: key.hash(),
        org_id: org,
        created_at: now,
        expires_at: expires_in_days.map(|d| now.plus(Duration::from_secs(u64::from(d) * 86_400))),
        revoked_at: None,
    };
    store.put_api_key(&record).await?;
    Ok(IssuedKey {
        key: key.expose().to_owned(),
        key_id: record.hash.key_id(),
        org_id: org,
        expires_at: record.expires_at,
    })
}

pub async fn revoke_key(
    store: &dyn Store,
    clock: &dyn Clock,
    key: &str,
) -> Result<bool, TenancyError> {
    let key = ApiKey::parse(key.trim())
        .ok_or_else(|| TenancyError::Invalid("not a boses_ API key".into()))?;
    Ok(store.revoke_api_key(&key.hash(), clock.now()).await?)
}

/// What an operator may see of a key: never the key, only its public id and state.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct KeyInfo {
    pub key_id: String,
    pub org_id: OrgId,
    pub created_at: Timestamp,
    pub expires_at: Option<Timestamp>,
    pub revoked_at: Option<Timestamp>,
    /// `active`, `expired` or `revoked`, at the time of listing.
    pub status: &'static str,
}

impl KeyInfo {
    fn of(k: &ApiKeyRecord, now: Timestamp) -> Self {
        let status = if k.revoked_at.is_some() {
            "revoked"
        } else if k.is_usable_at(now) {
            "active"
        } else {
            "expired"
        };
        Self {
            key_id: k.hash.key_id(),
            org_id: k.org_id,
            created_at: k.created_at,
            expires_at: k.expires_at,
            revoked_at: k.revoked_at,
            status,
        }
    }
}

/// An organisation's keys, oldest id first.
pub async fn list_keys(
    store: &dyn Store,
    clock: &dyn Clock,
    org: OrgId,
) -> Result<Vec<KeyInfo>, TenancyError> {
    if store.get_organisation(org).await?.is_none() {
        return Err(TenancyError::OrgNotFound(org));
    }
    let now = clock.now();
    let mut keys: Vec<KeyInfo> = store
        .list_api_keys(org)
        .await?
        .iter()
        .map(|k| KeyInfo::of(k, now))
        .collect();
    keys.sort_by(|a, b| (a.created_at, &a.key_id).cmp(&(b.created_at, &b.key_id)));
    Ok(keys)
}

/// Revokes a key by its public id (`key_…`, as `create-key` and `list-keys` show it),
/// so the key itself never has to be typed. False when no key has that id.
pub async fn revoke_key_by_id(
    store: &dyn Store,
    clock: &dyn Clock,
    key_id: &str,
) -> Result<bool, TenancyError> {
    let Some(k) = store.find_api_key(key_id.trim()).await? else {
        return Ok(false);
    };
    Ok(store.revoke_api_key(&k.hash, clock.now()).await?)
}

/// Revokes every key of an organisation that is not revoked yet; returns how many.
pub async fn revoke_all(
    store: &dyn Store,
    clock: &dyn Clock,
    org: OrgId,
) -> Result<usize, TenancyError> {
    if store.get_organisation(org).await?.is_none() {
        return Err(TenancyError::OrgNotFound(org));
    }
    let now = clock.now();
    let mut revoked = 0;
    for k in store.list_api_keys(org).await? {
        if k.revoked_at.is_none() && store.revoke_api_key(&k.hash, now).await? {
            revoked += 1;
        }
    }
    Ok(revoked)
}

/// Writes the organisation and public-id index of every key, so keys issued before
/// the index existed show in `list-keys` and answer `revoke-key --key-id` and
/// `revoke-all`. Safe to run again; returns how many keys it indexed.
pub async fn reindex_keys(store: &dyn Store) -> Result<usize, TenancyError> {
    Ok(store.reindex_api_keys().await?)
}

#[derive(Debug, Serialize)]
pub struct Seeded {
    pub org_id: OrgId,
    pub project_id: ProjectId,
    pub api_key: String,
}

/// One organisation, project and key for a fresh local store, from `BOSES_API_KEY` /
/// `BOSES_PROJECT_ID` when given so that scripts can rely on them.
pub async fn seed(
    store: &dyn Store,
    clock: &dyn Clock,
    key: Option<ApiKey>,
    project: Option<ProjectId>,
) -> Result<Seeded, TenancyError> {
    let org = create_org(store, clock, "Local organisation", None).await?;
    let project = create_project(store, clock, org.id, "Local project", project).await?;
    let issued = create_key(store, clock, org.id, None, key).await?;
    Ok(Seeded {
        org_id: org.id,
        project_id: project.id,
        api_key: issued.key,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::Authenticator;
    use crate::clock::SystemClock;
    use crate::store::MemoryStore;
    use std::sync::Arc;

    #[tokio::test]
    async fn key_commands_name_an_unknown_organisation() {
        let store = MemoryStore::new();
        let clock = SystemClock;
        let nobody = OrgId::new_random();
        for result in [
            list_keys(&store, &clock, nobody).await.map(|k| k.len()),
            revoke_all(&store, &clock, nobody).await,
        ] {
            match result {
                Err(TenancyError::OrgNotFound(o)) => assert_eq!(o, nobody),
                other => panic!("{other:?}"),
            }
        }
        assert!(
            !revoke_key_by_id(&store, &clock, "key_000000000000")
                .await
                .unwrap(),
            "an unknown key id is no key, not an error"
        );
    }

    #[tokio::test]
    async fn seeded_key_authenticates_and_owns_its_project() {
        let store = Arc::new(MemoryStore::new());
        let clock = Arc::new(SystemClock);
        let s = seed(store.as_ref(), clock.as_ref(), None, None)
            .await
            .unwrap();
        let auth = Authenticator::new(store.clone(), clock.clone());
        let key = ApiKey::parse(&s.api_key).unwrap();
        let who = auth.authenticate(&key).await.unwrap();
        assert_eq!(who.org_id, s.org_id);
        auth.authorize_project(&who, s.project_id).await.unwrap();
        // Only the hash is stored: the record, as the store would serialise it, holds
        // no 8-character run of the key's secret part, and the key is found by its
        // SHA-256 alone.
        let hash = key.hash();
        let rec = store.get_api_key(&hash).await.unwrap().unwrap();
        let stored = serde_json::to_string(&rec).unwrap().to_ascii_lowercase();
        let secret = s.api_key.strip_prefix(crate::auth::KEY_PREFIX).unwrap();
        for i in 0..=secret.len() - 8 {
            let window = &secret[i..i + 8];
            assert!(!stored.contains(window), "stored record contains {window}");
        }
        use sha2::Digest;
        let expected = hex::encode(sha2::Sha256::digest(s.api_key.as_bytes()));
        assert_eq!(rec.hash.as_str(), expected);
        let by_hash_alone = serde_json::from_value(serde_json::Value::String(expected)).unwrap();
        assert!(store.get_api_key(&by_hash_alone).await.unwrap().is_some());
    }

    #[tokio::test]
    async fn unknown_org_and_bad_names_are_refused() {
        let store = MemoryStore::new();
        let clock = SystemClock;
        let missing = OrgId::new_random();
        assert!(matches!(
            create_project(&store, &clock, missing, "p", None).await,
            Err(TenancyError::OrgNotFound(_))
        ));
        assert!(matches!(
            create_key(&store, &clock, missing, None, None).await,
            Err(TenancyError::OrgNotFound(_))
        ));
        assert!(matches!(
            create_org(&store, &clock, "  ", None).await,
            Err(TenancyError::Invalid(_))
        ));
        assert!(matches!(
            revoke_key(&store, &clock, "nope").await,
            Err(TenancyError::Invalid(_))
        ));
        let org = create_org(&store, &clock, "o", None).await.unwrap();
        assert!(matches!(
            create_key(&store, &clock, org.id, Some(0), None).await,
            Err(TenancyError::Invalid(_))
        ));
    }
}
