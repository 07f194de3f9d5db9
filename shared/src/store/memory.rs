//! In-process store: the local default and the fast half of the contract suite.
//! One mutex makes every operation atomic, which is the behaviour the DynamoDB store
//! reaches with conditions and transactions.

use async_trait::async_trait;
use std::collections::{BTreeMap, HashMap};
use std::ops::Bound;
use std::sync::{Mutex, MutexGuard};

use super::{
    CreateOutcome, GenerationWrite, IdempotencyRecord, Page, PersonaRecord, Prune, Store,
    StoreError,
};
use crate::clock::Timestamp;
use crate::domain::{ApiKeyRecord, KeyHash, Organisation, Project};
use crate::domain::{GenerationId, Group, GroupDefinition, GroupId, OrgId, ProjectId};

#[derive(Default)]
pub(crate) struct Inner {
    pub(crate) orgs: HashMap<OrgId, Organisation>,
    pub(crate) projects: HashMap<ProjectId, Project>,
    pub(crate) keys: HashMap<KeyHash, ApiKeyRecord>,
    pub(crate) groups: BTreeMap<(ProjectId, GroupId), Group>,
    pub(crate) personas: BTreeMap<(GroupId, GenerationId, u32), PersonaRecord>,
    pub(crate) idempotency: HashMap<(ProjectId, String), IdempotencyRecord>,
    pub(crate) rates: HashMap<(String, i64), u64>,
}

#[derive(Default)]
pub struct MemoryStore {
    inner: Mutex<Inner>,
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }

    pub(crate) fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panic while holding the lock cannot leave a half-applied write: every
        // operation computes first and mutates last.
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Number of stored personas, all runs and groups included: for consistency checks.
    pub fn persona_count(&self) -> usize {
        self.lock().personas.len()
    }
}

#[async_trait]
impl Store for MemoryStore {
    async fn put_organisation(&self, org: &Organisation) -> Result<(), StoreError> {
        self.lock().orgs.insert(org.id, org.clone());
        Ok(())
    }

    async fn get_organisation(&self, id: OrgId) -> Result<Option<Organisation>, StoreError> {
        Ok(self.lock().orgs.get(&id).cloned())
    }

    async fn put_project(&self, project: &Project) -> Result<(), StoreError> {
        self.lock().projects.insert(project.id, project.clone());
        Ok(())
    }

    async fn get_project(&self, id: ProjectId) -> Result<Option<Project>, StoreError> {
        Ok(self.lock().projects.get(&id).cloned())
    }

    async fn put_api_key(&self, key: &ApiKeyRecord) -> Result<(), StoreError> {
        self.lock().keys.insert(key.hash.clone(), key.clone());
        Ok(())
    }

    async fn get_api_key(&self, hash: &KeyHash) -> Result<Option<ApiKeyRecord>, StoreError> {
        Ok(self.lock().keys.get(hash).cloned())
    }

    async fn revoke_api_key(&self, hash: &KeyHash, at: Timestamp) -> Result<bool, StoreError> {
        let mut inner = self.lock();
        match inner.keys.get_mut(hash) {
            Some(k) => {
                k.revoked_at.get_or_insert(at);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    async fn list_api_keys(&self, org: OrgId) -> Result<Vec<ApiKeyRecord>, StoreError> {
        let mut keys: Vec<ApiKeyRecord> = self
            .lock()
            .keys
            .values()
            .filter(|k| k.org_id == org)
            .cloned()
            .collect();
        keys.sort_by_key(|k| k.hash.key_id());
        Ok(keys)
    }

    async fn find_api_key(&self, key_id: &str) -> Result<Option<ApiKeyRecord>, StoreError> {
        Ok(self
            .lock()
            .keys
            .values()
            .find(|k| k.hash.key_id() == key_id)
            .cloned())
    }

    async fn reindex_api_keys(&self) -> Result<usize, StoreError> {
        // Listing here reads the keys themselves: there is no index to rebuild.
        Ok(self.lock().keys.len())
    }

    async fn has_any_organisation(&self) -> Result<bool, StoreError> {
        Ok(!self.lock().orgs.is_empty())
    }

    async fn count_request(
        &self,
        counter: &str,
        window: i64,
        _expires: Timestamp,
    ) -> Result<u64, StoreError> {
        let mut inner = self.lock();
        // Earlier windows are never read again.
        inner.rates.retain(|(_, w), _| *w >= window);
        let hits = inner.rates.entry((counter.to_owned(), window)).or_default();
        *hits += 1;
        Ok(*hits)
    }

    async fn create_group(
        &self,
        group: &Group,
        idempotency: Option<&IdempotencyRecord>,
        now: Timestamp,
    ) -> Result<CreateOutcome, StoreError> {
        let mut inner = self.lock();
        if let Some(rec) = idempotency {
            let k = (rec.project_id, rec.key_hash.clone());
            if let Some(existing) = inner.idempotency.get(&k) {
                if existing.expires_at > now {
                    return Ok(CreateOutcome::Existing(existing.clone()));
                }
            }
            inner.idempotency.insert(k, rec.clone());
        }
        let k = (group.project_id, group.id);
        match inner.groups.get(&k) {
            // The same write again (a retry) is not a conflict.
            Some(existing) if existing == group => return Ok(CreateOutcome::Created),
            Some(_) => return Err(StoreError::Conflict),
            None => {}
        }
        inner.groups.insert(k, group.clone());
        Ok(CreateOutcome::Created)
    }

    async fn get_group(
        &self,
        project: ProjectId,
        id: GroupId,
    ) -> Result<Option<Group>, StoreError> {
        Ok(self.lock().groups.get(&(project, id)).cloned())
    }

    async fn list_groups(
        &self,
        project: ProjectId,
        after: Option<GroupId>,
        limit: usize,
    ) -> Result<Page<Group, GroupId>, StoreError> {
        let inner = self.lock();
        let start = match after {
            Some(g) => Bound::Excluded((project, g)),
            None => Bound::Unbounded,
        };
        let mut items: Vec<Group> = inner
            .groups
            .range((start, Bound::Unbounded))
            .filter(|((p, _), _)| *p == project)
            .take(limit + 1)
            .map(|(_, g)| g.clone())
            .collect();
        let next = (items.len() > limit).then(|| {
            items.truncate(limit);
            items[limit - 1].id
        });
        Ok(Page { items, next })
    }

    async fn update_definition(
        &self,
        project: ProjectId,
        id: GroupId,
        definition: &GroupDefinition,
        expected_revision: u64,
        now: Timestamp,
    ) -> Result<Option<Group>, StoreError> {
        let mut inner = self.lock();
        let Some(g) = inner.groups.get_mut(&(project, id)) else {
            return Ok(None);
        };
        if g.revision != expected_revision {
            return Err(StoreError::Conflict);
        }
        g.definition = definition.clone();
        g.revision += 1;
        g.updated_at = now;
        Ok(Some(g.clone()))
    }

    async fn delete_group(&self, project: ProjectId, id: GroupId) -> Result<bool, StoreError> {
        let mut inner = self.lock();
        let existed = inner.groups.remove(&(project, id)).is_some();
        inner.personas.retain(|(g, _, _), _| *g != id);
        Ok(existed)
    }

    async fn write_generation(&self, w: &GenerationWrite<'_>) -> Result<bool, StoreError> {
        let mut inner = self.lock();
        let Some(g) = inner.groups.get_mut(&(w.project, w.group)) else {
            return Ok(false);
        };
        let run = g.generation.run.as_ref().map(|r| r.id);
        let active = g.generation.status.is_active();
        if run != w.expect_run
            || w.expect_generated
                .is_some_and(|n| n != g.generation.personas_generated)
            || w.expect_active.is_some_and(|a| a != active)
            || w.expect_visible
                .is_some_and(|v| v != g.generation.visible_run)
        {
            return Ok(false);
        }
        if let Some((run, index)) = w.remove_persona {
            if !inner.personas.contains_key(&(w.group, run, index)) {
                return Ok(false);
            }
        }
        let Some(g) = inner.groups.get_mut(&(w.project, w.group)) else {
            return Ok(false);
        };
        g.generation = w.state.clone();
        g.updated_at = w.now;
        if let Some((run, index)) = w.remove_persona {
            inner.personas.remove(&(w.group, run, index));
        }
        if let Some(p) = w.persona {
            inner
                .personas
                .insert((p.group_id, p.run, p.index), p.clone());
        }
        Ok(true)
    }

    async fn count_personas(&self) -> Result<usize, StoreError> {
        Ok(self.lock().personas.len())
    }

    async fn prune_personas(&self, group: GroupId, prune: Prune) -> Result<usize, StoreError> {
        let mut inner = self.lock();
        let state = match prune {
            Prune::Stale(project) => inner
                .groups
                .get(&(project, group))
                .map(|g| g.generation.clone()),
            _ => None,
        };
        let before = inner.personas.len();
        inner
            .personas
            .retain(|(g, run, _), _| !(*g == group && prune.matches(*run, state.as_ref())));
        Ok(before - inner.personas.len())
    }

    async fn get_persona(
        &self,
        project: ProjectId,
        group: GroupId,
        run: GenerationId,
        index: u32,
    ) -> Result<Option<PersonaRecord>, StoreError> {
        let inner = self.lock();
        if !inner.groups.contains_key(&(project, group)) {
            return Ok(None);
        }
        Ok(inner
            .personas
            .get(&(group, run, index))
            .filter(|p| p.project_id == project)
            .cloned())
    }

    async fn list_personas(
        &self,
        project: ProjectId,
        group: GroupId,
        run: GenerationId,
        after: Option<u32>,
        limit: usize,
    ) -> Result<Page<PersonaRecord, u32>, StoreError> {
        let inner = self.lock();
        if !inner.groups.contains_key(&(project, group)) {
            return Ok(Page {
                items: vec![],
                next: None,
            });
        }
        let start = match after {
            Some(i) => Bound::Excluded((group, run, i)),
            None => Bound::Included((group, run, 0)),
        };
        let mut items: Vec<PersonaRecord> = inner
            .personas
            .range((start, Bound::Included((group, run, u32::MAX))))
            .filter(|(_, p)| p.project_id == project)
            .take(limit + 1)
            .map(|(_, p)| p.clone())
            .collect();
        let next = (items.len() > limit).then(|| {
            items.truncate(limit);
            items[limit - 1].index
        });
        Ok(Page { items, next })
    }
}
