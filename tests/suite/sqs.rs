//! The SQS edge against moto: generate sends a real message, the poller feeds the
//! worker like Lambda's event source mapping, poison messages reach the DLQ through the
//! queue's redrive policy, and lifecycle events reach the events queue.

use aws_sdk_sqs::config::{Credentials, Region};
use aws_sdk_sqs::types::QueueAttributeName;
use boses::generation::{GenerationSettings, Worker};
use boses::persona::minimal::MinimalEngine;
use boses::queue::{poll_sqs, Queue, SqsQueue};
use boses_tests::{fresh_dynamo, skip_dynamo, TestApp};
use serde_json::json;
use std::sync::Arc;
use std::time::{Duration, Instant};

async fn sqs_client() -> aws_sdk_sqs::Client {
    let endpoint = std::env::var("BOSES_TEST_SQS_ENDPOINT")
        .ok()
        .or_else(boses_tests::dynamo_endpoint)
        .expect("SQS endpoint");
    let config = boses::aws::loader(boses::aws::TrustRoots::System)
        .endpoint_url(endpoint)
        .region(Region::new("us-east-1"))
        .credentials_provider(Credentials::new("test", "test", None, None, "tests"))
        .load()
        .await;
    aws_sdk_sqs::Client::new(&config)
}

async fn create_queue(
    client: &aws_sdk_sqs::Client,
    name: &str,
    redrive_to: Option<(&str, u32)>,
) -> String {
    let mut req = client
        .create_queue()
        .queue_name(name)
        .attributes(QueueAttributeName::VisibilityTimeout, "1");
    if let Some((dlq_url, max)) = redrive_to {
        let arn = client
            .get_queue_attributes()
            .queue_url(dlq_url)
            .attribute_names(QueueAttributeName::QueueArn)
            .send()
            .await
            .unwrap()
            .attributes
            .unwrap()
            .remove(&QueueAttributeName::QueueArn)
            .unwrap();
        req = req.attributes(
            QueueAttributeName::RedrivePolicy,
            json!({"deadLetterTargetArn": arn, "maxReceiveCount": max.to_string()}).to_string(),
        );
    }
    req.send().await.unwrap().queue_url.unwrap()
}

async fn drain(client: &aws_sdk_sqs::Client, url: &str) -> Vec<String> {
    let out = client
        .receive_message()
        .queue_url(url)
        .max_number_of_messages(10)
        .send()
        .await
        .unwrap();
    out.messages
        .unwrap_or_default()
        .into_iter()
        .filter_map(|m| m.body)
        .collect()
}

#[tokio::test]
async fn generate_over_sqs_completes_and_poison_reaches_the_dlq() {
    if skip_dynamo() {
        return;
    }
    let client = sqs_client().await;
    let suffix = uuid::Uuid::new_v4().simple().to_string();
    let dlq = create_queue(&client, &format!("gen-dlq-{suffix}"), None).await;
    let main = create_queue(&client, &format!("gen-{suffix}"), Some((&dlq, 2))).await;
    let events = create_queue(&client, &format!("events-{suffix}"), None).await;

    let store = Arc::new(fresh_dynamo().await);
    let mut t = TestApp::with_store(store.clone()).await;
    let queue = Arc::new(SqsQueue::new(client.clone(), main.clone()));
    t.app.queue = Some(queue.clone());
    let worker = Arc::new(Worker {
        store,
        engine: Arc::new(MinimalEngine),
        clock: t.clock.clone(),
        settings: GenerationSettings {
            max_receives: 2,
            ..Default::default()
        },
        events: Some(Arc::new(SqsQueue::new(client.clone(), events.clone()))),
    });
    let shutdown = Arc::new(tokio::sync::Notify::new());
    let poller = tokio::spawn(poll_sqs(queue.clone(), worker, shutdown.clone()));

    let g = t
        .create(json!({"name": "over sqs", "persona_count": 3}))
        .await;
    let path = format!("{}/{}", t.base(), g["id"].as_str().unwrap());
    assert_eq!(
        t.authed(
            "POST",
            &format!("{path}/generate"),
            Some(json!({"seed": 3}))
        )
        .await
        .status,
        202
    );
    queue
        .send("this is not a generation request".into())
        .await
        .unwrap();

    let deadline = Instant::now() + Duration::from_secs(30);
    let mut dead = Vec::new();
    loop {
        let status = t.authed("GET", &path, None).await.json()["generation_status"].clone();
        if dead.is_empty() {
            dead = drain(&client, &dlq).await;
        }
        if status == "complete" && !dead.is_empty() {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "status {status}, dead letters {dead:?}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    shutdown.notify_waiters();
    poller.abort();
    assert_eq!(dead, vec!["this is not a generation request".to_owned()]);
    assert_eq!(
        t.authed("GET", &format!("{path}/personas"), None)
            .await
            .json()
            .as_array()
            .unwrap()
            .len(),
        3
    );
    // Exactly one event, through real SQS, with every field.
    let published = drain(&client, &events).await;
    assert_eq!(published.len(), 1, "{published:?}");
    let e: serde_json::Value = serde_json::from_str(&published[0]).unwrap();
    assert_eq!(e["type"], "persona_group.generation.completed");
    assert_eq!(e["project_id"], t.project.as_str());
    assert_eq!(e["group_id"], g["id"]);
    assert_eq!(e["personas_generated"], 3);
    assert!(e.get("error").is_none(), "{e}");
    let stored = boses::store::Store::get_group(
        t.app.store.as_ref(),
        boses::domain::ProjectId::parse(&t.project).unwrap(),
        boses::domain::GroupId::parse(g["id"].as_str().unwrap()).unwrap(),
    )
    .await
    .unwrap()
    .unwrap();
    assert_eq!(
        e["generation_id"],
        stored.generation.visible_run.unwrap().to_string(),
        "the event names the run that is now visible"
    );
    assert!(e["at"].is_string(), "{e}");
}

#[tokio::test]
async fn send_failure_is_reported() {
    if skip_dynamo() {
        return;
    }
    let client = sqs_client().await;
    let missing = SqsQueue::new(client, "http://127.0.0.1:1/000000000000/does-not-exist");
    assert!(missing.send("x".into()).await.is_err());
}

/// The deployed functions' SDK client (Amazon Trust Services roots only, see
/// `boses::aws`) is the SDK's own connector with another trust store: real calls go
/// through it, with the per-client settings, like the default one.
#[tokio::test]
async fn the_amazon_roots_client_carries_real_calls() {
    if skip_dynamo() {
        return;
    }
    let endpoint = std::env::var("BOSES_TEST_SQS_ENDPOINT")
        .ok()
        .or_else(boses_tests::dynamo_endpoint)
        .expect("SQS endpoint");
    let shared = boses::aws::load(boses::aws::TrustRoots::Amazon).await;
    let conf = aws_sdk_sqs::config::Builder::from(&shared)
        .endpoint_url(endpoint)
        .region(Region::new("us-east-1"))
        .credentials_provider(Credentials::new("test", "test", None, None, "tests"))
        .build();
    let client = aws_sdk_sqs::Client::from_conf(conf);
    let url = create_queue(
        &client,
        &format!("amazon-roots-{}", uuid::Uuid::new_v4()),
        None,
    )
    .await;
    let queue = SqsQueue::new(client.clone(), url.clone());
    queue
        .send("through the Amazon-roots client".into())
        .await
        .unwrap();
    assert_eq!(
        drain(&client, &url).await,
        vec!["through the Amazon-roots client"]
    );
}
