//! The generation queue at the edge: SQS on AWS (and against moto), or an in-process
//! queue for `boses-local` that delivers the same SQS event shape to the same worker
//! handler, with redelivery and a dead-letter list.

use async_trait::async_trait;
use aws_lambda_events::event::sqs::{SqsBatchResponse, SqsEvent, SqsMessage};
use aws_sdk_sqs::types::MessageSystemAttributeName;
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::{mpsc, Notify};

#[derive(Debug, thiserror::Error)]
pub enum QueueError {
    #[error("queue unavailable: {context}")]
    Unavailable {
        context: String,
        #[source]
        source: Option<crate::store::BoxError>,
    },
}

impl QueueError {
    pub fn unavailable(context: impl Into<String>) -> Self {
        Self::Unavailable {
            context: context.into(),
            source: None,
        }
    }
}

#[async_trait]
pub trait Queue: Send + Sync {
    async fn send(&self, body: String) -> Result<(), QueueError>;
}

/// Whatever consumes SQS events: the generation worker.
#[async_trait]
pub trait BatchHandler: Send + Sync {
    async fn handle_batch(&self, event: SqsEvent) -> SqsBatchResponse;
}

pub struct SqsQueue {
    client: aws_sdk_sqs::Client,
    url: String,
}

impl SqsQueue {
    pub fn new(client: aws_sdk_sqs::Client, url: impl Into<String>) -> Self {
        Self {
            client,
            url: url.into(),
        }
    }

    pub async fn from_env(url: impl Into<String>) -> Self {
        let config = crate::aws::sdk_config().await;
        Self::new(aws_sdk_sqs::Client::new(&config), url)
    }

    pub fn client(&self) -> &aws_sdk_sqs::Client {
        &self.client
    }

    pub fn url(&self) -> &str {
        &self.url
    }
}

#[async_trait]
impl Queue for SqsQueue {
    async fn send(&self, body: String) -> Result<(), QueueError> {
        self.client
            .send_message()
            .queue_url(&self.url)
            .message_body(body)
            .send()
            .await
            .map(|_| ())
            .map_err(|e| QueueError::Unavailable {
                context: "SQS SendMessage failed".into(),
                source: Some(Box::new(e)),
            })
    }
}

/// Builds one SQS record as Lambda's event source mapping would deliver it.
pub fn sqs_record(
    message_id: &str,
    body: &str,
    receive_count: u32,
    sent_millis: i64,
) -> SqsMessage {
    let mut m = SqsMessage::default();
    m.message_id = Some(message_id.to_owned());
    m.receipt_handle = Some(format!("local-{message_id}-{receive_count}"));
    m.body = Some(body.to_owned());
    m.attributes = HashMap::from([
        (
            "ApproximateReceiveCount".to_owned(),
            receive_count.to_string(),
        ),
        ("SentTimestamp".to_owned(), sent_millis.to_string()),
    ]);
    m.event_source = Some("aws:sqs".into());
    m.event_source_arn = Some("arn:aws:sqs:local:000000000000:boses-generation".into());
    m.aws_region = Some("local".into());
    m
}

pub fn sqs_event(records: Vec<SqsMessage>) -> SqsEvent {
    let mut e = SqsEvent::default();
    e.records = records;
    e
}

struct Delivery {
    id: String,
    body: String,
    receive_count: u32,
    sent_millis: i64,
}

/// In-process stand-in for SQS + the Lambda event source mapping.
pub struct InProcessQueue {
    tx: mpsc::UnboundedSender<Delivery>,
    rx: Mutex<Option<mpsc::UnboundedReceiver<Delivery>>>,
    in_flight: AtomicUsize,
    idle: Notify,
    dead_letters: Mutex<Vec<String>>,
    max_receives: u32,
    retry_delay: Duration,
}

impl InProcessQueue {
    pub fn new(max_receives: u32, retry_delay: Duration) -> Arc<Self> {
        let (tx, rx) = mpsc::unbounded_channel();
        Arc::new(Self {
            tx,
            rx: Mutex::new(Some(rx)),
            in_flight: AtomicUsize::new(0),
            idle: Notify::new(),
            dead_letters: Mutex::new(Vec::new()),
            max_receives: max_receives.max(1),
            retry_delay,
        })
    }

    /// Starts delivering to `handler`, one message per event. Call once.
    pub fn start(self: &Arc<Self>, handler: Arc<dyn BatchHandler>) {
        let Some(mut rx) = self.rx.lock().unwrap_or_else(|p| p.into_inner()).take() else {
            return;
        };
        let queue = self.clone();
        tokio::spawn(async move {
            while let Some(d) = rx.recv().await {
                let queue = queue.clone();
                let handler = handler.clone();
                // Messages are independent, as on SQS; each gets its own task.
                tokio::spawn(async move {
                    let event = sqs_event(vec![sqs_record(
                        &d.id,
                        &d.body,
                        d.receive_count,
                        d.sent_millis,
                    )]);
                    let resp = handler.handle_batch(event).await;
                    let failed = resp
                        .batch_item_failures
                        .iter()
                        .any(|f| f.item_identifier == d.id);
                    if failed && d.receive_count < queue.max_receives {
                        tokio::time::sleep(queue.retry_delay * d.receive_count).await;
                        let _ = queue.tx.send(Delivery {
                            receive_count: d.receive_count + 1,
                            ..d
                        });
                        return;
                    }
                    if failed {
                        tracing::error!(message_id = %d.id, "message moved to the dead-letter queue");
                        queue
                            .dead_letters
                            .lock()
                            .unwrap_or_else(|p| p.into_inner())
                            .push(d.body);
                    }
                    queue.finish_one();
                });
            }
        });
    }

    fn finish_one(&self) {
        if self.in_flight.fetch_sub(1, Ordering::SeqCst) == 1 {
            self.idle.notify_waiters();
        }
    }

    /// Waits until every message sent so far was handled or dead-lettered.
    pub async fn wait_idle(&self) {
        loop {
            let notified = self.idle.notified();
            if self.in_flight.load(Ordering::SeqCst) == 0 {
                return;
            }
            notified.await;
        }
    }

    pub fn dead_letters(&self) -> Vec<String> {
        self.dead_letters
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }
}

#[async_trait]
impl Queue for InProcessQueue {
    async fn send(&self, body: String) -> Result<(), QueueError> {
        self.in_flight.fetch_add(1, Ordering::SeqCst);
        let sent_millis = crate::clock::Clock::now(&crate::clock::SystemClock).unix_millis();
        self.tx
            .send(Delivery {
                id: uuid::Uuid::new_v4().to_string(),
                body,
                receive_count: 1,
                sent_millis,
            })
            .map_err(|_| {
                self.finish_one();
                QueueError::unavailable("local queue closed")
            })
    }
}

/// Polls a real SQS queue (or moto) and feeds the worker like Lambda's event source
/// mapping: batches of up to 10, successes deleted, failures left to reappear after the
/// visibility timeout (and reach the DLQ by the queue's redrive policy).
pub async fn poll_sqs(queue: Arc<SqsQueue>, handler: Arc<dyn BatchHandler>, shutdown: Arc<Notify>) {
    loop {
        let received = tokio::select! {
            r = queue
                .client
                .receive_message()
                .queue_url(&queue.url)
                .max_number_of_messages(10)
                .wait_time_seconds(1)
                .message_system_attribute_names(MessageSystemAttributeName::All)
                .send() => r,
            _ = shutdown.notified() => return,
        };
        let messages = match received {
            Ok(out) => out.messages.unwrap_or_default(),
            Err(e) => {
                tracing::warn!(error = %aws_sdk_sqs::error::DisplayErrorContext(e), "SQS receive failed");
                tokio::time::sleep(Duration::from_secs(1)).await;
                continue;
            }
        };
        if messages.is_empty() {
            continue;
        }
        let mut receipts = HashMap::new();
        let records = messages
            .into_iter()
            .map(|m| {
                let id = m.message_id.clone().unwrap_or_default();
                if let Some(r) = &m.receipt_handle {
                    receipts.insert(id.clone(), r.clone());
                }
                let attrs = m.attributes.unwrap_or_default();
                let count = attrs
                    .get(&MessageSystemAttributeName::ApproximateReceiveCount)
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(1);
                let sent = attrs
                    .get(&MessageSystemAttributeName::SentTimestamp)
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(0);
                sqs_record(&id, m.body.as_deref().unwrap_or(""), count, sent)
            })
            .collect();
        let resp = handler.handle_batch(sqs_event(records)).await;
        for f in &resp.batch_item_failures {
            receipts.remove(&f.item_identifier);
        }
        for (_, receipt) in receipts {
            if let Err(e) = queue
                .client
                .delete_message()
                .queue_url(&queue.url)
                .receipt_handle(receipt)
                .send()
                .await
            {
                tracing::warn!(error = %aws_sdk_sqs::error::DisplayErrorContext(e), "SQS delete failed");
            }
        }
    }
}
