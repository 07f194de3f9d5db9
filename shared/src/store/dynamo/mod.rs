//! DynamoDB single-table store: the operations. The table's layout (keys and item
//! encodings) is `items.rs`; how SDK errors become `StoreError`s is `errors.rs`.
//!
//! A group is only reachable through its project's partition, so no request scoped to
//! one project can read another's groups. Personas live under their group, which a
//! handler has already found inside the caller's project, and carry their project too.

mod errors;
mod items;
mod table;

use errors::{cancellation_codes, classify, classify_transaction, is_condition_failed};
use items::{
    decode, encode, group_sk, key, n, persona_item, persona_of, persona_pk, persona_sk, project_pk,
    s, GroupItem, IdempotencyItem, Keyed,
};
pub use items::{Item, TTL_ATTRIBUTE};

use async_trait::async_trait;
use aws_sdk_dynamodb::types::{AttributeValue, Put, TransactWriteItem};
use aws_sdk_dynamodb::Client;
use std::collections::HashMap;

use super::{
    CreateOutcome, GenerationWrite, IdempotencyRecord, Page, PersonaRecord, Prune, Store,
    StoreError,
};
use crate::clock::Timestamp;
use crate::domain::{ApiKeyRecord, KeyHash, Organisation, Project};
use crate::domain::{GenerationId, Group, GroupDefinition, GroupId, OrgId, ProjectId};

#[derive(Clone)]
pub struct DynamoStore {
    pub(crate) client: Client,
    pub(crate) table: String,
}

impl DynamoStore {
    /// The two index items of a key (by organisation, by public id): puts of fixed
    /// content, so writing them again is harmless.
    fn key_pointers(&self, key: &ApiKeyRecord) -> Result<Vec<TransactWriteItem>, StoreError> {
        let key_id = key.hash.key_id();
        [
            (format!("ORG#{}", key.org_id), format!("KEY#{key_id}")),
            (format!("KEYID#{key_id}"), "KEY".to_owned()),
        ]
        .into_iter()
        .map(|(pk, sk)| {
            let mut item = Item::new();
            item.insert("PK".into(), s(pk));
            item.insert("SK".into(), s(sk));
            item.insert("entity".into(), s("api_key_ref"));
            item.insert("hash".into(), s(key.hash.as_str()));
            Ok(TransactWriteItem::builder()
                .put(
                    Put::builder()
                        .table_name(&self.table)
                        .set_item(Some(item))
                        .build()
                        .map_err(|e| StoreError::internal("building a DynamoDB request", e))?,
                )
                .build())
        })
        .collect()
    }

    pub fn new(client: Client, table: impl Into<String>) -> Self {
        Self {
            client,
            table: table.into(),
        }
    }

    /// Builds a client from the standard AWS environment (`AWS_ENDPOINT_URL` included).
    pub async fn from_env(table: impl Into<String>) -> Self {
        let config = crate::aws::sdk_config().await;
        Self::new(Client::new(&config), table)
    }

    pub fn table(&self) -> &str {
        &self.table
    }
}

#[async_trait]
impl Store for DynamoStore {
    async fn put_organisation(&self, org: &Organisation) -> Result<(), StoreError> {
        self.put_keyed(format!("ORG#{}", org.id), "ORG", "org", org)
            .await
    }

    async fn get_organisation(&self, id: OrgId) -> Result<Option<Organisation>, StoreError> {
        self.get_keyed(format!("ORG#{id}"), "ORG").await
    }

    async fn put_project(&self, project: &Project) -> Result<(), StoreError> {
        self.put_keyed(project_pk(project.id), "PROJECT", "project", project)
            .await
    }

    async fn get_project(&self, id: ProjectId) -> Result<Option<Project>, StoreError> {
        self.get_keyed(project_pk(id), "PROJECT").await
    }

    async fn put_api_key(&self, key: &ApiKeyRecord) -> Result<(), StoreError> {
        // The key, and two pointers to its hash written with it: by organisation (for
        // list-keys and revoke-all) and by public id (for revoke-key --key-id). The
        // pointers hold no secret: the hash is what the key item is found by anyway.
        let record = encode(&Keyed {
            pk: format!("KEY#{}", key.hash.as_str()),
            sk: "KEY".to_owned(),
            entity: "api_key".to_owned(),
            body: key,
        })?;
        let put_record = TransactWriteItem::builder()
            .put(
                Put::builder()
                    .table_name(&self.table)
                    .set_item(Some(record))
                    .build()
                    .map_err(|e| StoreError::internal("building a DynamoDB request", e))?,
            )
            .build();
        let mut items = vec![put_record];
        items.extend(self.key_pointers(key)?);
        self.client
            .transact_write_items()
            .set_transact_items(Some(items))
            .send()
            .await
            .map_err(classify_transaction)?;
        Ok(())
    }

    async fn reindex_api_keys(&self) -> Result<usize, StoreError> {
        let mut start: Option<Item> = None;
        let mut indexed = 0;
        loop {
            let out = self
                .client
                .scan()
                .table_name(&self.table)
                .filter_expression("entity = :key")
                .expression_attribute_values(":key", s("api_key"))
                .set_exclusive_start_key(start.take())
                .send()
                .await
                .map_err(classify)?;
            for item in out.items.unwrap_or_default() {
                let key: Keyed<ApiKeyRecord> = decode(item)?;
                // Only the pointers: re-putting the key item could undo a revocation
                // that landed since the scan read it.
                self.client
                    .transact_write_items()
                    .set_transact_items(Some(self.key_pointers(&key.body)?))
                    .send()
                    .await
                    .map_err(classify_transaction)?;
                indexed += 1;
            }
            match out.last_evaluated_key {
                Some(k) if !k.is_empty() => start = Some(k),
                _ => return Ok(indexed),
            }
        }
    }

    async fn list_api_keys(&self, org: OrgId) -> Result<Vec<ApiKeyRecord>, StoreError> {
        let refs = self
            .query_range(
                format!("ORG#{org}"),
                "KEY#".into(),
                "KEY#~".into(),
                usize::MAX / 2,
                false,
                false,
            )
            .await?;
        let mut keys = Vec::new();
        for r in refs {
            let Some(hash) = r.get("hash").and_then(|v| v.as_s().ok()) else {
                continue;
            };
            let Some(hash) = KeyHash::from_hex(hash) else {
                continue;
            };
            if let Some(k) = self.get_api_key(&hash).await? {
                keys.push(k);
            }
        }
        Ok(keys)
    }

    async fn find_api_key(&self, key_id: &str) -> Result<Option<ApiKeyRecord>, StoreError> {
        let Some(r) = self.get(format!("KEYID#{key_id}"), "KEY").await? else {
            return Ok(None);
        };
        match r
            .get("hash")
            .and_then(|v| v.as_s().ok())
            .and_then(|h| KeyHash::from_hex(h.as_str()))
        {
            Some(hash) => self.get_api_key(&hash).await,
            None => Ok(None),
        }
    }

    async fn get_api_key(&self, hash: &KeyHash) -> Result<Option<ApiKeyRecord>, StoreError> {
        self.get_keyed(format!("KEY#{}", hash.as_str()), "KEY")
            .await
    }

    async fn revoke_api_key(&self, hash: &KeyHash, at: Timestamp) -> Result<bool, StoreError> {
        let res = self
            .client
            .update_item()
            .table_name(&self.table)
            .set_key(Some(key(format!("KEY#{}", hash.as_str()), "KEY")))
            .update_expression("SET revoked_at = if_not_exists(revoked_at, :at)")
            .condition_expression("attribute_exists(PK)")
            .expression_attribute_values(":at", s(at.to_rfc3339()))
            .send()
            .await;
        match res {
            Ok(_) => Ok(true),
            Err(e) if is_condition_failed(&e) => Ok(false),
            Err(e) => Err(classify(e)),
        }
    }

    async fn count_request(
        &self,
        counter: &str,
        window: i64,
        expires: Timestamp,
    ) -> Result<u64, StoreError> {
        let out = self
            .client
            .update_item()
            .table_name(&self.table)
            .set_key(Some(key(
                format!("RATE#{counter}"),
                format!("WINDOW#{window}"),
            )))
            .update_expression("ADD hits :one SET #ttl = :exp, entity = :e")
            .expression_attribute_names("#ttl", TTL_ATTRIBUTE)
            .expression_attribute_values(":one", n(1))
            .expression_attribute_values(":exp", n(expires.unix_seconds()))
            .expression_attribute_values(":e", s("rate"))
            .return_values(aws_sdk_dynamodb::types::ReturnValue::UpdatedNew)
            .send()
            .await
            .map_err(classify)?;
        out.attributes()
            .and_then(|a| a.get("hits"))
            .and_then(|v| v.as_n().ok())
            .and_then(|v| v.parse().ok())
            .ok_or_else(|| StoreError::internal_msg("rate counter answered without its count"))
    }

    async fn has_any_organisation(&self) -> Result<bool, StoreError> {
        let mut start: Option<Item> = None;
        // Bounded: this runs once at local start-up, on small tables.
        for _ in 0..50 {
            let out = self
                .client
                .scan()
                .table_name(&self.table)
                .filter_expression("entity = :org")
                .expression_attribute_values(":org", s("org"))
                .projection_expression("PK")
                .set_exclusive_start_key(start.take())
                .send()
                .await
                .map_err(classify)?;
            if out.items.as_ref().is_some_and(|i| !i.is_empty()) {
                return Ok(true);
            }
            match out.last_evaluated_key {
                Some(k) if !k.is_empty() => start = Some(k),
                _ => return Ok(false),
            }
        }
        Ok(true)
    }

    async fn create_group(
        &self,
        group: &Group,
        idempotency: Option<&IdempotencyRecord>,
        now: Timestamp,
    ) -> Result<CreateOutcome, StoreError> {
        let group_item = encode(&GroupItem::from_group(group))?;
        let Some(rec) = idempotency else {
            let res = self
                .client
                .put_item()
                .table_name(&self.table)
                .set_item(Some(group_item))
                .condition_expression("attribute_not_exists(PK)")
                .send()
                .await;
            return match res {
                Ok(_) => Ok(CreateOutcome::Created),
                // An SDK retry after a lost answer finds its own earlier write: that is
                // success. Another group under the same id is a conflict.
                Err(e) if is_condition_failed(&e) => {
                    match self.get_group(group.project_id, group.id).await? {
                        Some(existing) if existing == *group => Ok(CreateOutcome::Created),
                        _ => Err(StoreError::Conflict),
                    }
                }
                Err(e) => Err(classify(e)),
            };
        };
        let idem_sk = format!("IDEMPOTENCY#{}", rec.key_hash);
        let mut idem_item = encode(&IdempotencyItem {
            rec: rec.clone(),
            ttl: rec.expires_at.unix_seconds(),
        })?;
        idem_item.insert("PK".into(), s(project_pk(rec.project_id)));
        idem_item.insert("SK".into(), s(idem_sk.clone()));
        idem_item.insert("entity".into(), s("idempotency"));
        let put_group = Put::builder()
            .table_name(&self.table)
            .set_item(Some(group_item))
            .condition_expression("attribute_not_exists(PK)")
            .build()
            .map_err(|e| StoreError::internal("building a DynamoDB request", e))?;
        let put_idem = Put::builder()
            .table_name(&self.table)
            .set_item(Some(idem_item))
            .condition_expression("attribute_not_exists(PK) OR #ttl <= :now")
            .expression_attribute_names("#ttl", TTL_ATTRIBUTE)
            .expression_attribute_values(":now", n(now.unix_seconds()))
            .build()
            .map_err(|e| StoreError::internal("building a DynamoDB request", e))?;
        let res = self
            .client
            .transact_write_items()
            .transact_items(TransactWriteItem::builder().put(put_idem).build())
            .transact_items(TransactWriteItem::builder().put(put_group).build())
            .send()
            .await;
        match res {
            Ok(_) => Ok(CreateOutcome::Created),
            Err(e) => {
                // The idempotency record is the first item: its condition failing means
                // a record exists; a conflict on it means a simultaneous create with the
                // same key holds it. Either way the record, once there, is the answer.
                let codes = cancellation_codes(&e).unwrap_or_default();
                let first = codes.first().map(String::as_str);
                let idem_taken = first == Some("ConditionalCheckFailed")
                    || (first == Some("TransactionConflict")
                        && !codes.iter().any(|c| c.starts_with("Throttl")));
                if !idem_taken {
                    return Err(classify_transaction(e));
                }
                match self.get(project_pk(rec.project_id), &idem_sk).await? {
                    Some(item) => Ok(CreateOutcome::Existing(
                        decode::<IdempotencyItem>(item)?.rec,
                    )),
                    // Expired and swept between our write and our read: let the client retry.
                    None => Err(StoreError::Conflict),
                }
            }
        }
    }

    async fn get_group(
        &self,
        project: ProjectId,
        id: GroupId,
    ) -> Result<Option<Group>, StoreError> {
        Ok(self
            .get_group_item(project, id)
            .await?
            .and_then(GroupItem::into_group))
    }

    async fn list_groups(
        &self,
        project: ProjectId,
        after: Option<GroupId>,
        limit: usize,
    ) -> Result<Page<Group, GroupId>, StoreError> {
        // '~' sorts after every character of a UUID, so "GROUP#<id>~" lies strictly
        // between that group and the next one.
        let lo = after.map_or_else(|| "GROUP#".to_owned(), |g| format!("GROUP#{g}~"));
        let items = self
            .query_range(
                project_pk(project),
                lo,
                "GROUP#~".into(),
                limit + 1,
                true,
                false,
            )
            .await?;
        let mut groups = items
            .into_iter()
            .map(decode::<GroupItem>)
            .collect::<Result<Vec<_>, _>>()?
            .into_iter()
            .filter_map(GroupItem::into_group)
            .collect::<Vec<_>>();
        let next = (groups.len() > limit).then(|| {
            groups.truncate(limit);
            groups[limit - 1].id
        });
        Ok(Page {
            items: groups,
            next,
        })
    }

    async fn update_definition(
        &self,
        project: ProjectId,
        id: GroupId,
        definition: &GroupDefinition,
        expected_revision: u64,
        now: Timestamp,
    ) -> Result<Option<Group>, StoreError> {
        let def = AttributeValue::M(encode(definition)?);
        let res = self
            .client
            .update_item()
            .table_name(&self.table)
            .set_key(Some(key(project_pk(project), group_sk(id))))
            .update_expression("SET def = :def, revision = :next, updated_at = :now")
            .condition_expression(
                "attribute_exists(PK) AND attribute_not_exists(deleting) AND revision = :rev",
            )
            .expression_attribute_values(":def", def)
            .expression_attribute_values(":next", n(expected_revision + 1))
            .expression_attribute_values(":rev", n(expected_revision))
            .expression_attribute_values(":now", s(now.to_rfc3339()))
            .return_values(aws_sdk_dynamodb::types::ReturnValue::AllNew)
            .send()
            .await;
        match res {
            Ok(out) => match out.attributes {
                Some(item) => Ok(decode::<GroupItem>(item)?.into_group()),
                None => Ok(None),
            },
            Err(e) if is_condition_failed(&e) => match self.get_group(project, id).await? {
                Some(_) => Err(StoreError::Conflict),
                None => Ok(None),
            },
            Err(e) => Err(classify(e)),
        }
    }

    async fn write_generation(&self, w: &GenerationWrite<'_>) -> Result<bool, StoreError> {
        let mut condition = String::from("attribute_exists(PK) AND attribute_not_exists(deleting)");
        let mut values: Item = HashMap::new();
        match w.expect_run {
            Some(run) => {
                condition.push_str(" AND run_id = :expect_run");
                values.insert(":expect_run".into(), s(run.to_string()));
            }
            None => condition.push_str(" AND attribute_not_exists(run_id)"),
        }
        if let Some(count) = w.expect_generated {
            condition.push_str(" AND generated = :expect_generated");
            values.insert(":expect_generated".into(), n(count));
        }
        if let Some(active) = w.expect_active {
            condition.push_str(" AND active = :expect_active");
            values.insert(":expect_active".into(), AttributeValue::Bool(active));
        }
        match w.expect_visible {
            Some(Some(run)) => {
                condition.push_str(" AND gen.visible_run = :expect_visible");
                values.insert(":expect_visible".into(), s(run.to_string()));
            }
            // `None` is stored as a NULL attribute; older items may lack it.
            Some(None) => {
                condition.push_str(
                    " AND (attribute_not_exists(gen.visible_run) OR attribute_type(gen.visible_run, :null_type))",
                );
                values.insert(":null_type".into(), s("NULL"));
            }
            None => {}
        }
        let mut update = String::from(
            "SET gen = :gen, generated = :generated, active = :active, updated_at = :now",
        );
        values.insert(
            ":active".into(),
            AttributeValue::Bool(w.state.status.is_active()),
        );
        values.insert(":gen".into(), AttributeValue::M(encode(w.state)?));
        values.insert(":generated".into(), n(w.state.personas_generated));
        values.insert(":now".into(), s(w.now.to_rfc3339()));
        match &w.state.run {
            Some(run) => {
                update.push_str(", run_id = :run_id");
                values.insert(":run_id".into(), s(run.id.to_string()));
            }
            None => update.push_str(" REMOVE run_id"),
        }
        let group_key = key(project_pk(w.project), group_sk(w.group));
        if w.persona.is_none() && w.remove_persona.is_none() {
            let res = self
                .client
                .update_item()
                .table_name(&self.table)
                .set_key(Some(group_key))
                .update_expression(update)
                .condition_expression(condition)
                .set_expression_attribute_values(Some(values))
                .send()
                .await;
            return match res {
                Ok(_) => Ok(true),
                Err(e) if is_condition_failed(&e) => Ok(false),
                Err(e) => Err(classify(e)),
            };
        }
        let build = |e| StoreError::internal("building a DynamoDB request", e);
        let mut items = vec![TransactWriteItem::builder()
            .update(
                aws_sdk_dynamodb::types::Update::builder()
                    .table_name(&self.table)
                    .set_key(Some(group_key))
                    .update_expression(update)
                    .condition_expression(condition)
                    .set_expression_attribute_values(Some(values))
                    .build()
                    .map_err(build)?,
            )
            .build()];
        if let Some(persona) = w.persona {
            let put = Put::builder()
                .table_name(&self.table)
                .set_item(Some(persona_item(persona)?))
                .build()
                .map_err(build)?;
            items.push(TransactWriteItem::builder().put(put).build());
        }
        if let Some((run, index)) = w.remove_persona {
            let delete = aws_sdk_dynamodb::types::Delete::builder()
                .table_name(&self.table)
                .set_key(Some(key(persona_pk(w.group), persona_sk(run, index))))
                .condition_expression("attribute_exists(PK)")
                .build()
                .map_err(build)?;
            items.push(TransactWriteItem::builder().delete(delete).build());
        }
        let res = self
            .client
            .transact_write_items()
            .set_transact_items(Some(items))
            .send()
            .await;
        match res {
            Ok(_) => Ok(true),
            Err(e) => {
                let condition_failed = cancellation_codes(&e)
                    .is_some_and(|codes| codes.iter().any(|c| c == "ConditionalCheckFailed"));
                if condition_failed {
                    Ok(false)
                } else {
                    Err(classify_transaction(e))
                }
            }
        }
    }

    async fn count_personas(&self) -> Result<usize, StoreError> {
        let mut total = 0usize;
        let mut start: Option<Item> = None;
        loop {
            let out = self
                .client
                .scan()
                .table_name(&self.table)
                .filter_expression("entity = :p")
                .expression_attribute_values(":p", s("persona"))
                .select(aws_sdk_dynamodb::types::Select::Count)
                .set_exclusive_start_key(start.take())
                .send()
                .await
                .map_err(classify)?;
            total += out.count.max(0) as usize;
            match out.last_evaluated_key {
                Some(k) if !k.is_empty() => start = Some(k),
                _ => return Ok(total),
            }
        }
    }

    async fn prune_personas(&self, group: GroupId, prune: Prune) -> Result<usize, StoreError> {
        let keys = self
            .query_range(
                persona_pk(group),
                "PERSONA#".into(),
                "PERSONA#~".into(),
                usize::MAX / 2,
                false,
                true,
            )
            .await?;
        // Read after the listing, so that no run started since has a persona in it.
        let state = match prune {
            Prune::Stale(project) => self.get_group(project, group).await?.map(|g| g.generation),
            _ => None,
        };
        let doomed: Vec<Item> = keys
            .into_iter()
            .filter(|k| {
                let sk = k
                    .get("SK")
                    .and_then(|v| v.as_s().ok())
                    .map(String::as_str)
                    .unwrap_or("");
                sk.strip_prefix("PERSONA#")
                    .and_then(|rest| rest.split('#').next())
                    .and_then(|run| GenerationId::parse(run).ok())
                    .is_some_and(|run| prune.matches(run, state.as_ref()))
            })
            .collect();
        let count = doomed.len();
        self.batch_delete(doomed).await?;
        Ok(count)
    }

    async fn delete_group(&self, project: ProjectId, id: GroupId) -> Result<bool, StoreError> {
        // 1. Mark: from here on readers see no group and the worker's conditional
        //    writes fail, so nothing new can appear under it.
        let marked = self
            .client
            .update_item()
            .table_name(&self.table)
            .set_key(Some(key(project_pk(project), group_sk(id))))
            .update_expression("SET deleting = :t")
            .condition_expression("attribute_exists(PK)")
            .expression_attribute_values(":t", AttributeValue::Bool(true))
            .send()
            .await;
        match marked {
            Ok(_) => {}
            Err(e) if is_condition_failed(&e) => return Ok(false),
            Err(e) => return Err(classify(e)),
        }
        // 2. Sweep personas of every run. A failure here leaves the mark, and a retried
        //    DELETE resumes the sweep.
        loop {
            let keys = self
                .query_range(
                    persona_pk(id),
                    "PERSONA#".into(),
                    "PERSONA#~".into(),
                    500,
                    false,
                    true,
                )
                .await?;
            if keys.is_empty() {
                break;
            }
            self.batch_delete(keys).await?;
        }
        // 3. Only now the group item itself.
        self.client
            .delete_item()
            .table_name(&self.table)
            .set_key(Some(key(project_pk(project), group_sk(id))))
            .send()
            .await
            .map_err(classify)?;
        Ok(true)
    }

    async fn get_persona(
        &self,
        project: ProjectId,
        group: GroupId,
        run: GenerationId,
        index: u32,
    ) -> Result<Option<PersonaRecord>, StoreError> {
        match self.get(persona_pk(group), &persona_sk(run, index)).await? {
            Some(item) => persona_of(item, project),
            None => Ok(None),
        }
    }

    async fn list_personas(
        &self,
        project: ProjectId,
        group: GroupId,
        run: GenerationId,
        after: Option<u32>,
        limit: usize,
    ) -> Result<Page<PersonaRecord, u32>, StoreError> {
        let lo = after.map_or_else(
            || format!("PERSONA#{run}#"),
            |i| format!("{}~", persona_sk(run, i)),
        );
        let items = self
            .query_range(
                persona_pk(group),
                lo,
                format!("PERSONA#{run}#~"),
                limit + 1,
                false,
                false,
            )
            .await?;
        let mut personas = Vec::with_capacity(items.len());
        for item in items {
            if let Some(p) = persona_of(item, project)? {
                personas.push(p);
            }
        }
        let next = (personas.len() > limit).then(|| {
            personas.truncate(limit);
            personas[limit - 1].index
        });
        Ok(Page {
            items: personas,
            next,
        })
    }
}
