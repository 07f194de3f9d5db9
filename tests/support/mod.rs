//! Test support: stores for both backends and requests shaped like API Gateway's.

use aws_sdk_dynamodb::config::{Credentials, Region};
use lambda_http::{Body, Request, Response};
use serde_json::{json, Value};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;

use boses::api::{routes, App};
use boses::clock::{Clock, ManualClock, SystemClock, Timestamp};
use boses::store::{DynamoStore, MemoryStore, Store};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Memory,
    Dynamo,
}

/// The DynamoDB-compatible server the test command started (moto), if any.
pub fn dynamo_endpoint() -> Option<String> {
    std::env::var("BOSES_TEST_DYNAMODB_ENDPOINT")
        .ok()
        .filter(|s| !s.is_empty())
}

/// Whether this run may skip the DynamoDB half. The README test command sets
/// `BOSES_REQUIRE_DYNAMODB=1`, so there a missing server fails loudly instead.
pub fn skip_dynamo() -> bool {
    if dynamo_endpoint().is_some() {
        return false;
    }
    assert!(
        std::env::var("BOSES_REQUIRE_DYNAMODB").ok().as_deref() != Some("1"),
        "BOSES_REQUIRE_DYNAMODB=1 but BOSES_TEST_DYNAMODB_ENDPOINT is not set"
    );
    // The harness captures `eprintln!` of passing tests, which made a skip look like a
    // pass; a direct write to the process's stderr is not captured, so it is seen.
    use std::io::Write;
    let _ = writeln!(
        std::io::stderr(),
        "SKIPPED, not passed: a DynamoDB variant (BOSES_TEST_DYNAMODB_ENDPOINT is not set; scripts/test.sh runs it on moto)"
    );
    true
}

static TABLE_SEQ: AtomicU32 = AtomicU32::new(0);

pub async fn dynamo_client(endpoint: &str) -> aws_sdk_dynamodb::Client {
    let config = boses::aws::loader(boses::aws::TrustRoots::System)
        .endpoint_url(endpoint)
        .region(Region::new("us-east-1"))
        .credentials_provider(Credentials::new("test", "test", None, None, "tests"))
        .load()
        .await;
    aws_sdk_dynamodb::Client::new(&config)
}

/// A fresh DynamoDB store on its own new table, so tests never see each other's data.
pub async fn fresh_dynamo() -> DynamoStore {
    let endpoint = dynamo_endpoint().expect("BOSES_TEST_DYNAMODB_ENDPOINT");
    let table = format!(
        "boses-test-{}-{}-{}",
        std::process::id(),
        TABLE_SEQ.fetch_add(1, Ordering::SeqCst),
        uuid::Uuid::new_v4().simple()
    );
    let store = DynamoStore::new(dynamo_client(&endpoint).await, table);
    store.ensure_table().await.expect("create test table");
    store
}

pub async fn store_for(backend: Backend) -> Arc<dyn Store> {
    match backend {
        Backend::Memory => Arc::new(MemoryStore::new()),
        Backend::Dynamo => Arc::new(fresh_dynamo().await),
    }
}

/// Runs an async test body once per backend: `both_backends!(name, |backend| async move {..})`.
#[macro_export]
macro_rules! both_backends {
    ($name:ident, $body:expr) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[tokio::test]
            async fn memory() {
                ($body)($crate::Backend::Memory).await;
            }

            #[tokio::test]
            async fn dynamodb() {
                if $crate::skip_dynamo() {
                    return;
                }
                ($body)($crate::Backend::Dynamo).await;
            }
        }
    };
}

/// A seeded service: one organisation, project and key, plus a second organisation
/// with its own project and key for isolation tests.
pub struct TestApp {
    pub app: App,
    pub clock: Arc<ManualClock>,
    pub project: String,
    pub key: String,
    pub other_project: String,
    pub other_key: String,
}

pub const START: i64 = 1_795_894_991_000;

impl TestApp {
    pub async fn new(backend: Backend) -> Self {
        Self::with_store(store_for(backend).await).await
    }

    pub async fn with_store(store: Arc<dyn Store>) -> Self {
        let clock = Arc::new(ManualClock::new(Timestamp::from_unix_millis(START)));
        let a = boses::tenancy::seed(store.as_ref(), clock.as_ref(), None, None)
            .await
            .unwrap();
        let b = boses::tenancy::seed(store.as_ref(), clock.as_ref(), None, None)
            .await
            .unwrap();
        let mut app = App::new(store, clock.clone() as Arc<dyn Clock>);
        // The clock stands still here, so hundreds of requests share one rate window:
        // tests of the limits turn them on themselves.
        app.auth.limits = boses::auth::RateLimits {
            per_key: 0,
            per_org: 0,
        };
        Self {
            app,
            clock,
            project: a.project_id.to_string(),
            key: a.api_key,
            other_project: b.project_id.to_string(),
            other_key: b.api_key,
        }
    }

    pub fn base(&self) -> String {
        format!("/api/v1/projects/{}/persona-groups", self.project)
    }

    /// Sends a request the way API Gateway delivers it to the Lambda that owns the route.
    pub async fn call(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: Option<&str>,
    ) -> Resp {
        let req = apigw_request(method, path, headers, body);
        let resp = match routes::match_path(path.split('?').next().unwrap_or(path)).and_then(|m| {
            m.candidates
                .iter()
                .find(|(mm, _)| mm.as_str() == method)
                .map(|(_, e)| *e)
        }) {
            Some(endpoint) => self.app.handle(endpoint, req).await,
            None => self.app.route(req).await,
        };
        Resp::from(resp)
    }

    pub async fn authed(&self, method: &str, path: &str, body: Option<Value>) -> Resp {
        let auth = format!("Bearer {}", self.key);
        let body = body.map(|b| b.to_string());
        self.call(method, path, &[("authorization", &auth)], body.as_deref())
            .await
    }

    pub async fn create(&self, body: Value) -> Value {
        let r = self.authed("POST", &self.base(), Some(body)).await;
        assert_eq!(r.status, 201, "{}", r.text);
        r.json()
    }
}

/// An API Gateway HTTP API (payload 2.0) event for one request, parsed by lambda_http
/// exactly as a deployed Lambda would parse it.
pub fn apigw_event(
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: Option<&str>,
) -> Value {
    let (raw_path, query) = path.split_once('?').unwrap_or((path, ""));
    let mut hdrs = serde_json::Map::new();
    for (k, v) in headers {
        hdrs.insert(k.to_ascii_lowercase(), json!(v));
    }
    hdrs.insert(
        "host".into(),
        json!("abc123.execute-api.us-east-1.amazonaws.com"),
    );
    let matched = routes::match_path(raw_path);
    let route = matched.as_ref().and_then(|m| {
        m.candidates
            .iter()
            .find(|(mm, _)| mm.as_str() == method)
            .and_then(|(_, e)| {
                routes::routes()
                    .into_iter()
                    .find(|r| r.endpoint == *e)
                    .map(|r| r.path)
            })
    });
    let params: serde_json::Map<String, Value> = matched
        .map(|m| {
            m.params
                .into_iter()
                .map(|(k, v)| (k.to_owned(), json!(v)))
                .collect()
        })
        .unwrap_or_default();
    let mut event = json!({
        "version": "2.0",
        "routeKey": route.map(|r| format!("{method} {r}")).unwrap_or_else(|| "$default".into()),
        "rawPath": raw_path,
        "rawQueryString": query,
        "headers": hdrs,
        "requestContext": {
            "accountId": "123456789012",
            "apiId": "abc123",
            "domainName": "abc123.execute-api.us-east-1.amazonaws.com",
            "domainPrefix": "abc123",
            "http": {"method": method, "path": raw_path, "protocol": "HTTP/1.1", "sourceIp": "203.0.113.7", "userAgent": "tests"},
            "requestId": format!("req-{}", uuid::Uuid::new_v4()),
            "routeKey": "$default",
            "stage": "$default",
            "time": "28/Nov/2026:19:43:11 +0000",
            "timeEpoch": START
        },
        "isBase64Encoded": false
    });
    if !params.is_empty() {
        event["pathParameters"] = Value::Object(params);
    }
    if let Some(b) = body {
        event["body"] = json!(b);
    }
    event
}

pub fn apigw_request(
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: Option<&str>,
) -> Request {
    let event = apigw_event(method, path, headers, body);
    lambda_http::request::from_str(&event.to_string()).expect("valid API Gateway event")
}

pub struct Resp {
    pub status: u16,
    pub headers: lambda_http::http::HeaderMap,
    pub text: String,
}

impl Resp {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.text).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text))
    }

    pub fn header(&self, name: &str) -> Option<String> {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    }

    /// Asserts the spec's error body and returns its `code`.
    pub fn error_code(&self) -> String {
        let v = self.json();
        assert!(
            v["detail"].as_str().is_some_and(|d| !d.is_empty()),
            "no detail: {}",
            self.text
        );
        v["code"].as_str().expect("code").to_owned()
    }

    pub fn error_fields(&self) -> Vec<String> {
        self.json()["errors"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|e| e["field"].as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    }
}

impl From<Response<Body>> for Resp {
    fn from(r: Response<Body>) -> Self {
        let (parts, body) = r.into_parts();
        let text = match body {
            Body::Empty => String::new(),
            Body::Text(t) => t,
            Body::Binary(b) => String::from_utf8_lossy(&b).into_owned(),
            _ => String::new(),
        };
        Self {
            status: parts.status.as_u16(),
            headers: parts.headers,
            text,
        }
    }
}

pub fn system_clock() -> Arc<dyn Clock> {
    Arc::new(SystemClock)
}

pub mod generation {
    //! Doubles at the generation edges: a queue that records (or refuses) messages, and a
    //! store wrapper that injects crashes, deletes and patches between worker writes.

    use async_trait::async_trait;
    use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
    use std::sync::{Arc, Mutex};

    use boses::clock::Timestamp;
    use boses::domain::{ApiKeyRecord, KeyHash, Organisation, Project};
    use boses::domain::{
        GenerationId, GenerationState, Group, GroupDefinition, GroupId, OrgId, ProjectId,
    };
    use boses::queue::{Queue, QueueError};
    use boses::store::{
        CreateOutcome, GenerationWrite, IdempotencyRecord, Page, PersonaRecord, Prune, Store,
        StoreError,
    };

    #[derive(Default)]
    pub struct RecordingQueue {
        pub sent: Mutex<Vec<String>>,
        pub fail: AtomicBool,
    }

    impl RecordingQueue {
        pub fn take(&self) -> Vec<String> {
            std::mem::take(&mut *self.sent.lock().unwrap())
        }
    }

    #[async_trait]
    impl Queue for RecordingQueue {
        async fn send(&self, body: String) -> Result<(), QueueError> {
            if self.fail.load(Ordering::SeqCst) {
                return Err(QueueError::unavailable("injected send failure"));
            }
            self.sent.lock().unwrap().push(body);
            Ok(())
        }
    }

    #[derive(Debug, Clone)]
    pub enum Action {
        Proceed,
        /// Apply the write, then report a failure, as if the worker died before acking.
        CrashAfter,
        /// Fail without writing.
        CrashBefore,
        /// Apply the write, then answer that its condition failed: what a client sees
        /// when the answer to an applied write is lost and its retry finds the new state.
        AppliedButLost,
        DeleteGroupBefore,
        PatchBefore(GroupDefinition),
        /// Another request records a run of its own first, so this write loses its
        /// compare-and-set for real (not a lost answer).
        OtherRunBefore,
        /// As `OtherRunBefore`, but that run has already failed: the group changed,
        /// yet nothing is in progress.
        FinishedRunBefore,
        /// Another request hides the group's visible (and previous) run first, changing
        /// nothing else: the one change a deletion of all personas may make.
        ClearVisibleBefore,
    }

    pub type Hook = Arc<dyn Fn(u32) -> Action + Send + Sync>;

    /// Delegates to a real store, consulting `hook(n)` before the n-th generation write.
    pub struct HookStore {
        pub inner: Arc<dyn Store>,
        pub writes: AtomicU32,
        /// API-key lookups that reached the store (what the auth cache saves).
        pub key_reads: AtomicU32,
        pub hook: Mutex<Hook>,
    }

    impl HookStore {
        pub fn new(inner: Arc<dyn Store>) -> Arc<Self> {
            Arc::new(Self {
                inner,
                writes: AtomicU32::new(0),
                key_reads: AtomicU32::new(0),
                hook: Mutex::new(Arc::new(|_| Action::Proceed)),
            })
        }

        pub fn set_hook(&self, hook: impl Fn(u32) -> Action + Send + Sync + 'static) {
            *self.hook.lock().unwrap() = Arc::new(hook);
            self.writes.store(0, Ordering::SeqCst);
        }
    }

    #[async_trait]
    impl Store for HookStore {
        async fn put_organisation(&self, o: &Organisation) -> Result<(), StoreError> {
            self.inner.put_organisation(o).await
        }
        async fn get_organisation(&self, id: OrgId) -> Result<Option<Organisation>, StoreError> {
            self.inner.get_organisation(id).await
        }
        async fn put_project(&self, p: &Project) -> Result<(), StoreError> {
            self.inner.put_project(p).await
        }
        async fn get_project(&self, id: ProjectId) -> Result<Option<Project>, StoreError> {
            self.inner.get_project(id).await
        }
        async fn put_api_key(&self, k: &ApiKeyRecord) -> Result<(), StoreError> {
            self.inner.put_api_key(k).await
        }
        async fn get_api_key(&self, h: &KeyHash) -> Result<Option<ApiKeyRecord>, StoreError> {
            self.key_reads.fetch_add(1, Ordering::SeqCst);
            self.inner.get_api_key(h).await
        }
        async fn count_request(
            &self,
            counter: &str,
            window: i64,
            expires: Timestamp,
        ) -> Result<u64, StoreError> {
            self.inner.count_request(counter, window, expires).await
        }
        async fn list_api_keys(&self, org: OrgId) -> Result<Vec<ApiKeyRecord>, StoreError> {
            self.inner.list_api_keys(org).await
        }
        async fn find_api_key(&self, key_id: &str) -> Result<Option<ApiKeyRecord>, StoreError> {
            self.inner.find_api_key(key_id).await
        }
        async fn revoke_api_key(&self, h: &KeyHash, at: Timestamp) -> Result<bool, StoreError> {
            self.inner.revoke_api_key(h, at).await
        }
        async fn has_any_organisation(&self) -> Result<bool, StoreError> {
            self.inner.has_any_organisation().await
        }
        async fn reindex_api_keys(&self) -> Result<usize, StoreError> {
            self.inner.reindex_api_keys().await
        }
        async fn create_group(
            &self,
            g: &Group,
            i: Option<&IdempotencyRecord>,
            now: Timestamp,
        ) -> Result<CreateOutcome, StoreError> {
            self.inner.create_group(g, i, now).await
        }
        async fn get_group(&self, p: ProjectId, id: GroupId) -> Result<Option<Group>, StoreError> {
            self.inner.get_group(p, id).await
        }
        async fn list_groups(
            &self,
            p: ProjectId,
            after: Option<GroupId>,
            limit: usize,
        ) -> Result<Page<Group, GroupId>, StoreError> {
            self.inner.list_groups(p, after, limit).await
        }
        async fn update_definition(
            &self,
            p: ProjectId,
            id: GroupId,
            d: &GroupDefinition,
            rev: u64,
            now: Timestamp,
        ) -> Result<Option<Group>, StoreError> {
            self.inner.update_definition(p, id, d, rev, now).await
        }
        async fn delete_group(&self, p: ProjectId, id: GroupId) -> Result<bool, StoreError> {
            self.inner.delete_group(p, id).await
        }
        async fn write_generation(&self, w: &GenerationWrite<'_>) -> Result<bool, StoreError> {
            let n = self.writes.fetch_add(1, Ordering::SeqCst);
            let hook = self.hook.lock().unwrap().clone();
            match hook(n) {
                Action::Proceed => self.inner.write_generation(w).await,
                Action::CrashAfter => {
                    self.inner.write_generation(w).await?;
                    Err(StoreError::unavailable_msg("injected crash after write"))
                }
                Action::AppliedButLost => {
                    self.inner.write_generation(w).await?;
                    Ok(false)
                }
                Action::CrashBefore => {
                    Err(StoreError::unavailable_msg("injected crash before write"))
                }
                action @ (Action::OtherRunBefore
                | Action::FinishedRunBefore
                | Action::ClearVisibleBefore) => {
                    let g = self
                        .inner
                        .get_group(w.project, w.group)
                        .await?
                        .expect("group");
                    let competing = match action {
                        Action::ClearVisibleBefore => GenerationState {
                            visible_run: None,
                            previous_run: None,
                            previous_until: None,
                            ..g.generation.clone()
                        },
                        _ => {
                            let mut other = boses::generation::new_run_state(
                                &g,
                                GenerationId::new_random(),
                                1,
                                w.now,
                            );
                            if matches!(action, Action::FinishedRunBefore) {
                                other.status = boses::domain::GenerationStatus::Failed;
                            }
                            other
                        }
                    };
                    let won = self
                        .inner
                        .write_generation(&GenerationWrite {
                            project: w.project,
                            group: w.group,
                            expect_run: g.generation.run.as_ref().map(|r| r.id),
                            expect_generated: None,
                            expect_active: None,
                            expect_visible: None,
                            state: &competing,
                            persona: None,
                            remove_persona: None,
                            now: w.now,
                        })
                        .await?;
                    assert!(won, "the competing write landed first");
                    self.inner.write_generation(w).await
                }
                Action::DeleteGroupBefore => {
                    self.inner.delete_group(w.project, w.group).await?;
                    self.inner.write_generation(w).await
                }
                Action::PatchBefore(def) => {
                    let g = self
                        .inner
                        .get_group(w.project, w.group)
                        .await?
                        .expect("group");
                    self.inner
                        .update_definition(w.project, w.group, &def, g.revision, w.now)
                        .await?;
                    self.inner.write_generation(w).await
                }
            }
        }
        async fn count_personas(&self) -> Result<usize, StoreError> {
            self.inner.count_personas().await
        }
        async fn prune_personas(&self, g: GroupId, p: Prune) -> Result<usize, StoreError> {
            self.inner.prune_personas(g, p).await
        }
        async fn list_personas(
            &self,
            p: ProjectId,
            g: GroupId,
            run: GenerationId,
            after: Option<u32>,
            limit: usize,
        ) -> Result<Page<PersonaRecord, u32>, StoreError> {
            self.inner.list_personas(p, g, run, after, limit).await
        }
        async fn get_persona(
            &self,
            p: ProjectId,
            g: GroupId,
            run: GenerationId,
            index: u32,
        ) -> Result<Option<PersonaRecord>, StoreError> {
            self.inner.get_persona(p, g, run, index).await
        }
    }
}

pub mod fake_llm {
    //! A fake OpenAI-compatible chat completions server on loopback that plays a script
    //! of answers: slow, rate-limited, failing, malformed, or fact-changing.

    use std::collections::VecDeque;
    use std::sync::{Arc, Mutex};
    use std::time::Duration;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::TcpListener;

    #[derive(Debug, Clone)]
    pub enum Reply {
        /// 200 with this string as the assistant message content.
        Content(String),
        Status(u16),
        Slow(Duration, String),
        /// 200 whose body is not a chat completion at all.
        Garbage,
    }

    pub struct FakeLlm {
        pub url: String,
        pub requests: Arc<Mutex<Vec<String>>>,
        /// Each request's `Authorization` header ("" when it had none).
        pub authorizations: Arc<Mutex<Vec<String>>>,
        script: Arc<Mutex<VecDeque<Reply>>>,
    }

    impl FakeLlm {
        /// Plays `script` in order; after it runs out, repeats the last reply.
        pub async fn start(script: Vec<Reply>) -> Self {
            let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
            let url = format!("http://{}/v1", listener.local_addr().unwrap());
            let script = Arc::new(Mutex::new(VecDeque::from(script)));
            let requests = Arc::new(Mutex::new(Vec::new()));
            let authorizations = Arc::new(Mutex::new(Vec::new()));
            let (s, r, a) = (script.clone(), requests.clone(), authorizations.clone());
            tokio::spawn(async move {
                loop {
                    let Ok((mut sock, _)) = listener.accept().await else {
                        return;
                    };
                    let (s, r, a) = (s.clone(), r.clone(), a.clone());
                    tokio::spawn(async move {
                        let mut buf = Vec::new();
                        let mut chunk = [0u8; 4096];
                        let body = loop {
                            let Ok(n) = sock.read(&mut chunk).await else {
                                return;
                            };
                            if n == 0 {
                                return;
                            }
                            buf.extend_from_slice(&chunk[..n]);
                            let text = String::from_utf8_lossy(&buf).to_string();
                            if let Some(end) = text.find("\r\n\r\n") {
                                let len = text[..end]
                                    .lines()
                                    .find_map(|l| {
                                        l.to_ascii_lowercase()
                                            .strip_prefix("content-length:")
                                            .map(|v| v.trim().parse::<usize>().unwrap_or(0))
                                    })
                                    .unwrap_or(0);
                                if buf.len() >= end + 4 + len {
                                    let bearer = text[..end].lines().find_map(|l| {
                                        let (name, value) = l.split_once(':')?;
                                        name.eq_ignore_ascii_case("authorization")
                                            .then(|| value.trim().to_owned())
                                    });
                                    a.lock().unwrap().push(bearer.unwrap_or_default());
                                    break String::from_utf8_lossy(&buf[end + 4..end + 4 + len])
                                        .to_string();
                                }
                            }
                        };
                        r.lock().unwrap().push(body);
                        let reply = {
                            let mut q = s.lock().unwrap();
                            if q.len() > 1 {
                                q.pop_front().unwrap()
                            } else {
                                q.front().cloned().unwrap_or(Reply::Status(500))
                            }
                        };
                        let completion = |content: &str| {
                            serde_json::json!({"choices": [{"message": {"role": "assistant", "content": content}}]}).to_string()
                        };
                        let (status, body) = match reply {
                            Reply::Content(c) => (200, completion(&c)),
                            Reply::Status(code) => {
                                (code, r#"{"error":{"message":"nope"}}"#.to_owned())
                            }
                            Reply::Slow(d, c) => {
                                tokio::time::sleep(d).await;
                                (200, completion(&c))
                            }
                            Reply::Garbage => (200, "<html>gateway</html>".to_owned()),
                        };
                        let resp = format!("HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}", body.len());
                        let _ = sock.write_all(resp.as_bytes()).await;
                        let _ = sock.shutdown().await;
                    });
                }
            });
            Self {
                url,
                requests,
                authorizations,
                script,
            }
        }

        pub fn request_count(&self) -> usize {
            self.requests.lock().unwrap().len()
        }

        pub fn push(&self, reply: Reply) {
            self.script.lock().unwrap().push_back(reply);
        }
    }
}

/// Appends a line of measured figures to `target/test-figures.txt`, which the test
/// command prints at the end (cargo captures the output of passing tests).
pub fn record_figures(line: &str) {
    use std::io::Write;
    let path =
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/test-figures.txt");
    if let Ok(mut f) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
    {
        let _ = writeln!(f, "{line}");
    }
    eprintln!("{line}");
}
