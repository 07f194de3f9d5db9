//! The table itself and the primitives every operation is built on: creating the table
//! (local DynamoDB and moto), reading and writing one item, ranges of a partition, and
//! batched deletes with their retries.

use aws_sdk_dynamodb::error::SdkError;
use aws_sdk_dynamodb::types::{
    AttributeDefinition, BillingMode, DeleteRequest, KeySchemaElement, KeyType,
    ScalarAttributeType, TimeToLiveSpecification, WriteRequest,
};
use serde::{Deserialize, Serialize};
use std::time::Duration;

use super::errors::classify;
use super::items::{
    decode, encode, group_sk, key, project_pk, s, GroupItem, Item, Keyed, TTL_ATTRIBUTE,
};
use super::DynamoStore;
use crate::domain::{GroupId, ProjectId};
use crate::store::StoreError;

impl DynamoStore {
    /// Creates the table (on-demand, with TTL) if it does not exist: for local DynamoDB
    /// and moto. On AWS the SAM template owns the table.
    pub async fn ensure_table(&self) -> Result<bool, StoreError> {
        match self
            .client
            .describe_table()
            .table_name(&self.table)
            .send()
            .await
        {
            Ok(_) => return Ok(false),
            Err(e) if matches!(&e, SdkError::ServiceError(se) if se.err().is_resource_not_found_exception()) =>
                {}
            Err(e) => return Err(classify(e)),
        }
        let attr = |name: &str| {
            AttributeDefinition::builder()
                .attribute_name(name)
                .attribute_type(ScalarAttributeType::S)
                .build()
                .map_err(|e| StoreError::internal("building a DynamoDB request", e))
        };
        let schema = |name: &str, kt: KeyType| {
            KeySchemaElement::builder()
                .attribute_name(name)
                .key_type(kt)
                .build()
                .map_err(|e| StoreError::internal("building a DynamoDB request", e))
        };
        let created = self
            .client
            .create_table()
            .table_name(&self.table)
            .billing_mode(BillingMode::PayPerRequest)
            .attribute_definitions(attr("PK")?)
            .attribute_definitions(attr("SK")?)
            .key_schema(schema("PK", KeyType::Hash)?)
            .key_schema(schema("SK", KeyType::Range)?)
            .send()
            .await;
        match created {
            Ok(_) => {}
            Err(e) if matches!(&e, SdkError::ServiceError(se) if se.err().is_resource_in_use_exception()) => {
                return Ok(false)
            }
            Err(e) => return Err(classify(e)),
        }
        let ttl = TimeToLiveSpecification::builder()
            .attribute_name(TTL_ATTRIBUTE)
            .enabled(true)
            .build()
            .map_err(|e| StoreError::internal("building a DynamoDB request", e))?;
        // TTL only tidies expired records; every reader also checks expiry itself.
        if let Err(e) = self
            .client
            .update_time_to_live()
            .table_name(&self.table)
            .time_to_live_specification(ttl)
            .send()
            .await
        {
            tracing::warn!(error = %classify(e), "could not enable TTL");
        }
        Ok(true)
    }

    pub(super) async fn get(&self, pk: String, sk: &str) -> Result<Option<Item>, StoreError> {
        let out = self
            .client
            .get_item()
            .table_name(&self.table)
            .set_key(Some(key(pk, sk)))
            .consistent_read(true)
            .send()
            .await
            .map_err(classify)?;
        Ok(out.item)
    }

    pub(super) async fn put_keyed<T: Serialize>(
        &self,
        pk: String,
        sk: &str,
        entity: &str,
        body: &T,
    ) -> Result<(), StoreError> {
        let item = encode(&Keyed {
            pk,
            sk: sk.to_owned(),
            entity: entity.to_owned(),
            body,
        })?;
        self.client
            .put_item()
            .table_name(&self.table)
            .set_item(Some(item))
            .send()
            .await
            .map_err(classify)?;
        Ok(())
    }

    pub(super) async fn get_keyed<T: for<'de> Deserialize<'de>>(
        &self,
        pk: String,
        sk: &str,
    ) -> Result<Option<T>, StoreError> {
        match self.get(pk, sk).await? {
            Some(item) => Ok(Some(decode::<Keyed<T>>(item)?.body)),
            None => Ok(None),
        }
    }

    pub(crate) async fn get_group_item(
        &self,
        project: ProjectId,
        id: GroupId,
    ) -> Result<Option<GroupItem>, StoreError> {
        match self.get(project_pk(project), &group_sk(id)).await? {
            Some(item) => Ok(Some(decode(item)?)),
            None => Ok(None),
        }
    }

    /// Queries one partition between two sort keys (both exclusive of earlier pages),
    /// following DynamoDB's pages until `want` items passed the filter.
    pub(super) async fn query_range(
        &self,
        pk: String,
        lo: String,
        hi: String,
        want: usize,
        filter_deleting: bool,
        keys_only: bool,
    ) -> Result<Vec<Item>, StoreError> {
        let mut out = Vec::new();
        let mut start: Option<Item> = None;
        loop {
            let mut q = self
                .client
                .query()
                .table_name(&self.table)
                .key_condition_expression("PK = :pk AND SK BETWEEN :lo AND :hi")
                .expression_attribute_values(":pk", s(pk.clone()))
                .expression_attribute_values(":lo", s(lo.clone()))
                .expression_attribute_values(":hi", s(hi.clone()))
                .consistent_read(true)
                .limit((want.saturating_sub(out.len())).clamp(1, 1000) as i32)
                .set_exclusive_start_key(start.take());
            if filter_deleting {
                q = q.filter_expression("attribute_not_exists(deleting)");
            }
            if keys_only {
                q = q.projection_expression("PK, SK");
            }
            let page = q.send().await.map_err(classify)?;
            out.extend(page.items.unwrap_or_default());
            match page.last_evaluated_key {
                Some(k) if out.len() < want && !k.is_empty() => start = Some(k),
                _ => break,
            }
        }
        out.truncate(want);
        Ok(out)
    }

    /// Deletes items in batches of 25, retrying `UnprocessedItems` with exponential
    /// backoff, as DynamoDB asks of every BatchWriteItem caller.
    pub(crate) async fn batch_delete(&self, keys: Vec<Item>) -> Result<(), StoreError> {
        for chunk in keys.chunks(25) {
            let mut pending: Vec<WriteRequest> = chunk
                .iter()
                .map(|k| {
                    DeleteRequest::builder()
                        .set_key(Some(k.clone()))
                        .build()
                        .map(|d| WriteRequest::builder().delete_request(d).build())
                        .map_err(|e| StoreError::internal("building a DynamoDB request", e))
                })
                .collect::<Result<_, _>>()?;
            let mut delay = Duration::from_millis(25);
            for attempt in 0.. {
                let out = self
                    .client
                    .batch_write_item()
                    .request_items(&self.table, pending)
                    .send()
                    .await
                    .map_err(classify)?;
                pending = out
                    .unprocessed_items
                    .and_then(|mut m| m.remove(&self.table))
                    .unwrap_or_default();
                if pending.is_empty() {
                    break;
                }
                if attempt >= 8 {
                    return Err(StoreError::unavailable_msg(format!(
                        "{} deletes still unprocessed after retries",
                        pending.len()
                    )));
                }
                tokio::time::sleep(delay).await;
                delay = (delay * 2).min(Duration::from_secs(2));
            }
        }
        Ok(())
    }
}
