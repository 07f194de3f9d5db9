//! The table's layout: keys, and how each entity is encoded as an item.
//!
//! | item         | PK                 | SK                          |
//! |--------------|--------------------|-----------------------------|
//! | organisation | `ORG#<org>`        | `ORG`                       |
//! | project      | `PROJECT#<project>`| `PROJECT`                   |
//! | API key      | `KEY#<sha256>`     | `KEY`                       |
//! | group        | `PROJECT#<project>`| `GROUP#<group>`             |
//! | idempotency  | `PROJECT#<project>`| `IDEMPOTENCY#<sha256>`      |
//! | persona      | `GROUP#<group>`    | `PERSONA#<run>#<index:06>`  |

use aws_sdk_dynamodb::types::AttributeValue;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

use crate::clock::Timestamp;
use crate::domain::{GenerationId, GenerationState, Group, GroupDefinition, GroupId, ProjectId};
use crate::store::{IdempotencyRecord, PersonaRecord, StoreError};

pub type Item = HashMap<String, AttributeValue>;

pub const TTL_ATTRIBUTE: &str = "ttl";

pub(crate) fn s(v: impl Into<String>) -> AttributeValue {
    AttributeValue::S(v.into())
}

pub(crate) fn n(v: impl ToString) -> AttributeValue {
    AttributeValue::N(v.to_string())
}

pub(crate) fn project_pk(p: ProjectId) -> String {
    format!("PROJECT#{p}")
}

pub(crate) fn group_sk(g: GroupId) -> String {
    format!("GROUP#{g}")
}

pub(crate) fn persona_pk(g: GroupId) -> String {
    format!("GROUP#{g}")
}

pub(crate) fn persona_sk(run: GenerationId, index: u32) -> String {
    format!("PERSONA#{run}#{index:06}")
}

pub(super) fn key(pk: String, sk: impl Into<String>) -> Item {
    HashMap::from([("PK".to_owned(), s(pk)), ("SK".to_owned(), s(sk))])
}

pub(super) fn decode<T: for<'de> Deserialize<'de>>(item: Item) -> Result<T, StoreError> {
    serde_dynamo::from_item(item).map_err(|e| StoreError::internal("corrupt item", e))
}

pub(super) fn encode<T: Serialize>(value: &T) -> Result<Item, StoreError> {
    serde_dynamo::to_item(value).map_err(|e| StoreError::internal("unencodable item", e))
}

#[derive(Serialize, Deserialize)]
pub(super) struct Keyed<T> {
    #[serde(rename = "PK")]
    pub(super) pk: String,
    #[serde(rename = "SK")]
    pub(super) sk: String,
    pub(super) entity: String,
    #[serde(flatten)]
    pub(super) body: T,
}

/// The stored form of a group: definition and generation state as two maps, so a PATCH
/// and the worker each rewrite only their own half.
#[derive(Serialize, Deserialize)]
pub(crate) struct GroupItem {
    #[serde(rename = "PK")]
    pub pk: String,
    #[serde(rename = "SK")]
    pub sk: String,
    pub entity: String,
    pub id: GroupId,
    pub project_id: ProjectId,
    pub def: GroupDefinition,
    pub gen: GenerationState,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub revision: u64,
    /// Mirrors of `gen.run.id` and `gen.personas_generated` at the top level, where
    /// condition expressions can test them simply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub run_id: Option<GenerationId>,
    #[serde(default)]
    pub generated: u32,
    #[serde(default)]
    pub active: bool,
    /// Set by the first step of a delete; such a group is invisible to every reader.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub deleting: bool,
}

impl GroupItem {
    pub(crate) fn from_group(g: &Group) -> Self {
        Self {
            pk: project_pk(g.project_id),
            sk: group_sk(g.id),
            entity: "group".into(),
            id: g.id,
            project_id: g.project_id,
            def: g.definition.clone(),
            gen: g.generation.clone(),
            created_at: g.created_at,
            updated_at: g.updated_at,
            revision: g.revision,
            run_id: g.generation.run.as_ref().map(|r| r.id),
            generated: g.generation.personas_generated,
            active: g.generation.status.is_active(),
            deleting: false,
        }
    }

    pub(crate) fn into_group(self) -> Option<Group> {
        (!self.deleting).then_some(Group {
            id: self.id,
            project_id: self.project_id,
            definition: self.def,
            generation: self.gen,
            created_at: self.created_at,
            updated_at: self.updated_at,
            revision: self.revision,
        })
    }
}

#[derive(Serialize, Deserialize)]
pub(super) struct IdempotencyItem {
    #[serde(flatten)]
    pub(super) rec: IdempotencyRecord,
    pub(super) ttl: i64,
}

#[derive(Serialize, Deserialize)]
pub(super) struct PersonaItem {
    /// Absent on personas written before items carried their project.
    #[serde(default)]
    project_id: Option<ProjectId>,
    group_id: GroupId,
    run: GenerationId,
    index: u32,
    /// JSON text: the persona schema belongs to the engine, not to the table.
    body: String,
}

/// Decodes a persona item, `None` when it belongs to another project than the one the
/// caller asked for (a group id handed to the wrong project reads nothing). Items
/// written before personas carried their project are read as the group's.
pub(super) fn persona_of(
    item: Item,
    project: ProjectId,
) -> Result<Option<PersonaRecord>, StoreError> {
    let p: PersonaItem = decode(item)?;
    if p.project_id.is_some_and(|owner| owner != project) {
        return Ok(None);
    }
    let body =
        serde_json::from_str(&p.body).map_err(|e| StoreError::internal("corrupt persona", e))?;
    Ok(Some(PersonaRecord {
        project_id: project,
        group_id: p.group_id,
        run: p.run,
        index: p.index,
        body,
    }))
}

/// Encodes a persona for the table.
pub(crate) fn persona_item(p: &PersonaRecord) -> Result<Item, StoreError> {
    let body = serde_json::to_string(&p.body)
        .map_err(|e| StoreError::internal("building a DynamoDB request", e))?;
    let mut item = encode(&PersonaItem {
        project_id: Some(p.project_id),
        group_id: p.group_id,
        run: p.run,
        index: p.index,
        body,
    })?;
    item.insert("PK".into(), s(persona_pk(p.group_id)));
    item.insert("SK".into(), s(persona_sk(p.run, p.index)));
    item.insert("entity".into(), s("persona"));
    Ok(item)
}
