//! The generation pipeline under at-least-once delivery, on memory and on moto:
//! duplicates, crashes after any write, deletes and patches mid-run, superseded runs,
//! poison messages, engine failures and queue failures.

use boses::domain::GroupDefinition;
use boses::generation::{GenerationSettings, Worker};
use boses::persona::engine::{EngineError, PersonaEngine, PersonaRequest};
use boses::persona::minimal::MinimalEngine;
use boses::persona::model::Persona;
use boses::queue::{sqs_event, sqs_record, BatchHandler, InProcessQueue};
use boses_tests::generation::{Action, HookStore, RecordingQueue};
use boses_tests::{both_backends, store_for, Backend, TestApp};
use serde_json::{json, Value};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use std::time::Duration;

pub(crate) struct Rig {
    pub(crate) t: TestApp,
    pub(crate) store: Arc<HookStore>,
    pub(crate) queue: Arc<RecordingQueue>,
    pub(crate) events: Arc<RecordingQueue>,
    pub(crate) worker: Worker,
}

async fn rig_with_engine(b: Backend, engine: Arc<dyn PersonaEngine>) -> Rig {
    let store = HookStore::new(store_for(b).await);
    let mut t = TestApp::with_store(store.clone()).await;
    let queue = Arc::new(RecordingQueue::default());
    let events = Arc::new(RecordingQueue::default());
    t.app.queue = Some(queue.clone());
    let worker = Worker {
        store: store.clone(),
        engine,
        clock: t.clock.clone(),
        settings: GenerationSettings::default(),
        events: Some(events.clone()),
    };
    Rig {
        t,
        store,
        queue,
        events,
        worker,
    }
}

pub(crate) async fn rig(b: Backend) -> Rig {
    rig_with_engine(b, Arc::new(MinimalEngine)).await
}

impl Rig {
    pub(crate) async fn group(&self, body: Value) -> String {
        self.t.create(body).await["id"].as_str().unwrap().to_owned()
    }

    pub(crate) fn path(&self, gid: &str) -> String {
        format!("{}/{gid}", self.t.base())
    }

    /// POST .../generate; returns the response and the message it queued.
    pub(crate) async fn generate(
        &self,
        gid: &str,
        body: Option<Value>,
    ) -> (u16, Value, Option<String>) {
        let r = self
            .t
            .authed("POST", &format!("{}/generate", self.path(gid)), body)
            .await;
        let msg = self.queue.take().pop();
        (r.status, r.json(), msg)
    }

    /// Delivers one message as SQS would; true when the worker acked it.
    pub(crate) async fn deliver(&self, id: &str, body: &str, receive_count: u32) -> bool {
        let event = sqs_event(vec![sqs_record(
            id,
            body,
            receive_count,
            boses_tests::START,
        )]);
        self.worker
            .handle_batch(event)
            .await
            .batch_item_failures
            .is_empty()
    }

    /// Redelivers until acked, like SQS, with an increasing receive count.
    pub(crate) async fn deliver_until_acked(&self, id: &str, body: &str) -> u32 {
        for n in 1..=20 {
            if self.deliver(id, body, n).await {
                return n;
            }
        }
        panic!("message never acked");
    }

    pub(crate) async fn get(&self, gid: &str) -> Value {
        let r = self.t.authed("GET", &self.path(gid), None).await;
        assert_eq!(r.status, 200, "{}", r.text);
        r.json()
    }

    pub(crate) async fn personas(&self, gid: &str) -> Vec<Value> {
        let r = self
            .t
            .authed("GET", &format!("{}/personas", self.path(gid)), None)
            .await;
        assert_eq!(r.status, 200, "{}", r.text);
        r.json().as_array().unwrap().clone()
    }
}

/// Persona content without the fields allowed to differ between identical runs.
fn content(p: &Value) -> Value {
    let mut p = p.clone();
    let o = p.as_object_mut().unwrap();
    o.remove("created_at");
    p
}

both_backends!(
    generate_then_worker_completes_the_run,
    |b: Backend| async move {
        let r = rig(b).await;
        let gid = r.group(json!({"name": "Cebu nurses", "age_min": 25, "age_max": 34, "gender": "Female", "persona_count": 4})).await;
        let (status, body, msg) = r.generate(&gid, Some(json!({"seed": 42}))).await;
        assert_eq!(status, 202);
        assert_eq!(body["generation_status"], "pending");
        let msg = msg.expect("one message queued");
        let m: Value = serde_json::from_str(&msg).unwrap();
        assert_eq!(m["type"], "generate_personas");
        assert_eq!(m["group_id"], gid.as_str());
        assert_eq!(m["seed"], 42);
        assert!(m["generation_id"].is_string());

        assert!(r.deliver("m1", &msg, 1).await);
        let g = r.get(&gid).await;
        assert_eq!(g["generation_status"], "complete");
        assert_eq!(g["personas_generated"], 4);
        assert_eq!(g["generation_progress"], "Generated 4 of 4 personas");
        let ps = r.personas(&gid).await;
        assert_eq!(ps.len(), 4);
        for (i, p) in ps.iter().enumerate() {
            assert_eq!(p["persona_code"], format!("P{:02}", i + 1));
            assert_eq!(p["persona_group_id"], gid.as_str());
            assert_eq!(p["gender"], "Female");
            let age = p["age"].as_u64().unwrap();
            assert!((25..=34).contains(&age));
            assert_eq!(p["provenance"]["seed"], 42);
        }
        let events = r.events.take();
        assert_eq!(events.len(), 1);
        let e: Value = serde_json::from_str(&events[0]).unwrap();
        assert_eq!(e["type"], "persona_group.generation.completed");
        assert_eq!(e["project_id"], r.t.project.as_str());
        assert_eq!(e["group_id"], gid.as_str());
        assert_eq!(
            e["generation_id"], m["generation_id"],
            "the run the message named"
        );
        assert_eq!(e["personas_generated"], 4);
        assert!(e.get("error").is_none(), "{e}");
        assert_eq!(
            e["at"],
            boses::clock::Timestamp::from_unix_millis(boses_tests::START).to_rfc3339(),
            "stamped by the worker's clock"
        );

        // Redeliveries of a finished run publish nothing more.
        assert!(r.deliver("m1", &msg, 2).await);
        assert!(r.deliver("m1-copy", &msg, 1).await);
        assert!(
            r.events.take().is_empty(),
            "a redelivered message published again"
        );
    }
);

both_backends!(
    the_same_message_twice_writes_each_persona_once,
    |b: Backend| async move {
        let r = rig(b).await;
        let gid = r.group(json!({"name": "dupes", "persona_count": 3})).await;
        let (_, _, msg) = r.generate(&gid, None).await;
        let msg = msg.unwrap();
        assert!(r.deliver("m1", &msg, 1).await);
        let first = r.personas(&gid).await;
        assert!(r.deliver("m1", &msg, 2).await);
        assert!(r.deliver("m1-copy", &msg, 1).await);
        assert_eq!(r.personas(&gid).await, first);
        assert_eq!(r.get(&gid).await["personas_generated"], 3);
    }
);

both_backends!(
    concurrent_duplicates_do_not_duplicate,
    |b: Backend| async move {
        let r = Arc::new(rig(b).await);
        let gid = r.group(json!({"name": "race", "persona_count": 5})).await;
        let (_, _, msg) = r.generate(&gid, Some(json!({"seed": 9}))).await;
        let msg = msg.unwrap();
        let tasks: Vec<_> = (0..3)
            .map(|i| {
                let r = r.clone();
                let msg = msg.clone();
                tokio::spawn(async move { r.deliver_until_acked(&format!("dup-{i}"), &msg).await })
            })
            .collect();
        for t in tasks {
            t.await.unwrap();
        }
        let ps = r.personas(&gid).await;
        assert_eq!(ps.len(), 5);
        let mut codes: Vec<_> = ps
            .iter()
            .map(|p| p["persona_code"].as_str().unwrap().to_owned())
            .collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), 5);
        assert_eq!(r.get(&gid).await["generation_status"], "complete");
        assert_eq!(r.events.take().len(), 1, "three racing copies publish once");
    }
);

both_backends!(
    a_crash_after_any_write_resumes_with_identical_personas,
    |b: Backend| async move {
        let r = rig(b).await;
        // Reference: an uninterrupted run with seed 5.
        let def = json!({"name": "crash", "persona_count": 3, "age_min": 20, "age_max": 60});
        let reference_gid = r.group(def.clone()).await;
        let (_, _, msg) = r.generate(&reference_gid, Some(json!({"seed": 5}))).await;
        r.deliver("ref", &msg.unwrap(), 1).await;
        let reference: Vec<Value> = r.personas(&reference_gid).await;

        // Writes per run: 1 per persona + 1 to complete. Crash after each in turn.
        for crash_at in 0..4u32 {
            for action in [Action::CrashAfter, Action::CrashBefore] {
                let gid = r.group(def.clone()).await;
                let (_, _, msg) = r.generate(&gid, Some(json!({"seed": 5}))).await;
                let msg = msg.unwrap();
                let a = action.clone();
                r.store.set_hook(move |n| {
                    if n == crash_at {
                        a.clone()
                    } else {
                        Action::Proceed
                    }
                });
                assert!(
                    !r.deliver("c", &msg, 1).await,
                    "crash must fail the delivery"
                );
                r.store.set_hook(|_| Action::Proceed);
                assert!(r.deliver("c", &msg, 2).await);
                let g = r.get(&gid).await;
                assert_eq!(
                    g["generation_status"], "complete",
                    "crash {action:?} at {crash_at}"
                );
                let ps = r.personas(&gid).await;
                assert_eq!(ps.len(), 3);
                for (p, q) in ps.iter().zip(&reference) {
                    let (mut p, mut q) = (content(p), content(q));
                    // Ids and group ids differ between groups by design; everything else must not.
                    for k in ["id", "persona_group_id"] {
                        p.as_object_mut().unwrap().remove(k);
                        q.as_object_mut().unwrap().remove(k);
                    }
                    assert_eq!(p, q, "crash {action:?} at write {crash_at}");
                }
            }
        }
    }
);

both_backends!(
    a_lost_answer_to_an_applied_write_is_not_taken_for_a_conflict,
    |b: Backend| async move {
        let r = rig(b).await;
        let gid = r
            .group(json!({"name": "lost answers", "persona_count": 2}))
            .await;
        // The write recording the run lands but answers "condition failed": the run is
        // ours, so the message must still be sent and the answer must be 202, not 409
        // with a run stranded in the queue-less `pending` state.
        r.store.set_hook(|n| {
            if n == 0 {
                Action::AppliedButLost
            } else {
                Action::Proceed
            }
        });
        let (status, body, msg) = r.generate(&gid, Some(json!({"seed": 9}))).await;
        assert_eq!(status, 202, "{body}");
        let msg = msg.expect("a message was queued");
        assert_eq!(body["generation_status"], "pending");

        // Every worker write lost in turn: the worker re-reads and carries on.
        r.store.set_hook(|_| Action::AppliedButLost);
        assert!(r.deliver("lost", &msg, 1).await);
        r.store.set_hook(|_| Action::Proceed);
        let g = r.get(&gid).await;
        assert_eq!(g["generation_status"], "complete", "{g}");
        assert_eq!(r.personas(&gid).await.len(), 2);

        // A worker-started run (message without generation_id) whose recording is lost.
        let gid = r.group(json!({"name": "direct", "persona_count": 1})).await;
        let direct =
            json!({"type": "generate_personas", "project_id": r.t.project, "group_id": gid})
                .to_string();
        r.store.set_hook(|n| {
            if n == 0 {
                Action::AppliedButLost
            } else {
                Action::Proceed
            }
        });
        assert!(r.deliver("direct", &direct, 1).await);
        r.store.set_hook(|_| Action::Proceed);
        assert_eq!(r.get(&gid).await["generation_status"], "complete");
    }
);

both_backends!(
    delete_mid_run_leaves_nothing_behind,
    |b: Backend| async move {
        let r = rig(b).await;
        let gid = r.group(json!({"name": "doomed", "persona_count": 4})).await;
        let (_, _, msg) = r.generate(&gid, None).await;
        r.store.set_hook(|n| {
            if n == 2 {
                Action::DeleteGroupBefore
            } else {
                Action::Proceed
            }
        });
        assert!(
            r.deliver("d", &msg.unwrap(), 1).await,
            "a message for a deleted group is acked"
        );
        assert_eq!(r.t.authed("GET", &r.path(&gid), None).await.status, 404);
        let group_id = boses::domain::GroupId::parse(&gid).unwrap();
        // No persona of any run survives under the deleted group.
        let removed = r
            .store
            .inner
            .prune_personas(
                group_id,
                boses::store::Prune::OlderThan(boses::domain::GenerationId::new_random()),
            )
            .await
            .unwrap();
        assert_eq!(removed, 0);
    }
);

both_backends!(
    patch_mid_run_applies_to_the_next_run_only,
    |b: Backend| async move {
        let r = rig(b).await;
        let gid = r.group(json!({"name": "patched", "persona_count": 3, "age_min": 20, "age_max": 25, "gender": "Male"})).await;
        let (_, _, msg) = r.generate(&gid, None).await;
        let new_def = GroupDefinition::parse(&json!({"name": "patched", "persona_count": 2, "age_min": 60, "age_max": 70, "gender": "Female"})).unwrap();
        r.store.set_hook(move |n| {
            if n == 1 {
                Action::PatchBefore(new_def.clone())
            } else {
                Action::Proceed
            }
        });
        assert!(r.deliver("p", &msg.unwrap(), 1).await);
        r.store.set_hook(|_| Action::Proceed);
        let g = r.get(&gid).await;
        assert_eq!(g["generation_status"], "complete");
        assert_eq!(g["persona_count"], 2, "the PATCH is kept");
        assert_eq!(g["age_min"], 60);
        let ps = r.personas(&gid).await;
        assert_eq!(ps.len(), 3, "the run used the definition it started with");
        assert!(ps
            .iter()
            .all(|p| p["gender"] == "Male" && (20..=25).contains(&p["age"].as_u64().unwrap())));
        // The next run uses the patched definition.
        let (_, _, msg) = r.generate(&gid, None).await;
        assert!(r.deliver("p2", &msg.unwrap(), 1).await);
        let ps = r.personas(&gid).await;
        assert_eq!(ps.len(), 2);
        assert!(ps.iter().all(|p| p["gender"] == "Female"));
    }
);

both_backends!(
    generate_while_running_is_409_until_stale,
    |b: Backend| async move {
        let r = rig(b).await;
        let gid = r.group(json!({"name": "busy"})).await;
        let (s1, _, m1) = r.generate(&gid, None).await;
        assert_eq!(s1, 202);
        let resp =
            r.t.authed("POST", &format!("{}/generate", r.path(&gid)), None)
                .await;
        assert_eq!(
            (resp.status, resp.error_code().as_str()),
            (409, "generation_in_progress")
        );
        assert!(
            r.queue.take().is_empty(),
            "a refused generate sends nothing"
        );
        // The first run's message is lost; after the stale window a new run may start.
        r.t.clock.advance(Duration::from_secs(901));
        let (s2, _, m2) = r.generate(&gid, Some(json!({"seed": 1}))).await;
        assert_eq!(s2, 202);
        // The superseded run's late message is ignored; the new one completes.
        assert!(r.deliver("late", &m1.unwrap(), 1).await);
        assert_eq!(r.get(&gid).await["generation_status"], "pending");
        assert!(r.personas(&gid).await.is_empty());
        assert!(r.deliver("new", &m2.unwrap(), 1).await);
        let ps = r.personas(&gid).await;
        assert_eq!(ps.len(), 5);
        assert!(ps.iter().all(|p| p["provenance"]["seed"] == 1));
    }
);

both_backends!(
    previous_personas_stay_visible_until_the_next_run_completes,
    |b: Backend| async move {
        let r = rig(b).await;
        let gid = r.group(json!({"name": "regen", "persona_count": 2})).await;
        let (_, _, m1) = r.generate(&gid, Some(json!({"seed": 1}))).await;
        r.deliver("a", &m1.unwrap(), 1).await;
        let first = r.personas(&gid).await;
        let (_, _, m2) = r.generate(&gid, Some(json!({"seed": 2}))).await;
        let m2 = m2.unwrap();
        // Crash after the first persona of run 2: clients still read run 1.
        r.store.set_hook(|n| {
            if n == 1 {
                Action::CrashAfter
            } else {
                Action::Proceed
            }
        });
        assert!(!r.deliver("b", &m2, 1).await);
        r.store.set_hook(|_| Action::Proceed);
        assert_eq!(r.get(&gid).await["generation_status"], "generating");
        assert_eq!(r.personas(&gid).await, first);
        assert!(r.deliver("b", &m2, 2).await);
        let second = r.personas(&gid).await;
        assert_eq!(second.len(), 2);
        assert_ne!(second, first);
        // Run 1 is now the previous run: its personas stay (a page sequence started on
        // it may finish) until the run after completes.
        let group_id = boses::domain::GroupId::parse(&gid).unwrap();
        let left = r
            .store
            .inner
            .prune_personas(
                group_id,
                boses::store::Prune::OlderThan(boses::domain::GenerationId::new_random()),
            )
            .await
            .unwrap();
        assert_eq!(
            left, 4,
            "the visible and the previous run's personas remain"
        );
    }
);

both_backends!(
    missing_groups_and_malformed_messages,
    |b: Backend| async move {
        let r = rig(b).await;
        let missing = json!({"type": "generate_personas", "project_id": r.t.project, "group_id": uuid::Uuid::now_v7().to_string()});
        assert!(
            r.deliver("gone", &missing.to_string(), 1).await,
            "nothing to do: acked, not retried"
        );
        for poison in [
            "",
            "not json",
            "{}",
            r#"{"type":"other","project_id":"x","group_id":"y"}"#,
            r#"{"type":"generate_personas","project_id":"nope","group_id":"nope"}"#,
        ] {
            assert!(
                !r.deliver("poison", poison, 1).await,
                "{poison:?} goes back to the queue, then to the DLQ"
            );
        }
    }
);

/// Fails every call for the first `fail_times` calls.
struct FlakyEngine {
    calls: AtomicU32,
    fail_times: u32,
}

#[async_trait::async_trait]
impl PersonaEngine for FlakyEngine {
    fn name(&self) -> &str {
        "flaky"
    }
    async fn generate(&self, req: &PersonaRequest<'_>) -> Result<Persona, EngineError> {
        if self.calls.fetch_add(1, Ordering::SeqCst) < self.fail_times {
            return Err(EngineError::Transient("model overloaded".into()));
        }
        MinimalEngine.generate(req).await
    }
}

both_backends!(
    engine_errors_retry_then_fail_safely,
    |b: Backend| async move {
        let r = rig_with_engine(
            b,
            Arc::new(FlakyEngine {
                calls: AtomicU32::new(0),
                fail_times: 2,
            }),
        )
        .await;
        let gid = r.group(json!({"name": "flaky", "persona_count": 2})).await;
        let (_, _, msg) = r.generate(&gid, None).await;
        let msg = msg.unwrap();
        assert!(!r.deliver("f", &msg, 1).await);
        assert!(!r.deliver("f", &msg, 2).await);
        assert!(r.deliver("f", &msg, 3).await);
        assert_eq!(r.get(&gid).await["generation_status"], "complete");

        let r = rig_with_engine(
            b,
            Arc::new(FlakyEngine {
                calls: AtomicU32::new(0),
                fail_times: 1000,
            }),
        )
        .await;
        let gid = r.group(json!({"name": "broken", "persona_count": 2})).await;
        let (_, _, msg) = r.generate(&gid, None).await;
        let msg = msg.unwrap();
        assert!(!r.deliver("f", &msg, 1).await);
        assert!(!r.deliver("f", &msg, 2).await);
        assert!(
            r.deliver("f", &msg, 3).await,
            "the last attempt marks the run failed and acks"
        );
        let g = r.get(&gid).await;
        assert_eq!(g["generation_status"], "failed");
        let err = g["generation_error"].as_str().unwrap();
        assert!(
            !err.contains("overloaded"),
            "internal causes stay internal: {err}"
        );
        let events = r.events.take();
        assert_eq!(events.len(), 1, "{events:?}");
        let e: Value = serde_json::from_str(&events[0]).unwrap();
        assert_eq!(e["type"], "persona_group.generation.failed");
        assert_eq!(e["group_id"], gid.as_str());
        let m: Value = serde_json::from_str(&msg).unwrap();
        assert_eq!(e["generation_id"], m["generation_id"]);
        assert_eq!(e["personas_generated"], 0);
        assert_eq!(
            e["error"], g["generation_error"],
            "the same safe message clients see"
        );
        assert!(r.deliver("f", &msg, 4).await);
        assert!(r.events.take().is_empty(), "a failed run publishes once");
        // A failed run does not block the next one.
        let (s, _, _) = r.generate(&gid, None).await;
        assert_eq!(s, 202);
    }
);

both_backends!(
    messages_without_generation_id_start_a_run,
    |b: Backend| async move {
        let r = rig(b).await;
        let gid = r.group(json!({"name": "direct", "persona_count": 2})).await;
        let direct = json!({"type": "generate_personas", "project_id": r.t.project, "group_id": gid, "seed": 77}).to_string();
        // First delivery crashes after starting; the redelivery continues the same run.
        r.store.set_hook(|n| {
            if n == 1 {
                Action::CrashAfter
            } else {
                Action::Proceed
            }
        });
        assert!(!r.deliver("direct-1", &direct, 1).await);
        r.store.set_hook(|_| Action::Proceed);
        // Another system's request while that run is in progress is ignored.
        let other =
            json!({"type": "generate_personas", "project_id": r.t.project, "group_id": gid})
                .to_string();
        assert!(r.deliver("direct-2", &other, 1).await);
        assert!(r.deliver("direct-1", &direct, 2).await);
        let ps = r.personas(&gid).await;
        assert_eq!(ps.len(), 2);
        assert!(ps.iter().all(|p| p["provenance"]["seed"] == 77));
        // The API honours the no-overlap rule for it too, and a later direct message starts a new run.
        assert!(r.deliver("direct-3", &other, 1).await);
        assert_eq!(r.get(&gid).await["generation_status"], "complete");
        assert_ne!(r.personas(&gid).await, ps);
    }
);

both_backends!(
    queue_failure_restores_the_group_and_answers_503,
    |b: Backend| async move {
        let r = rig(b).await;
        let gid = r.group(json!({"name": "offline queue"})).await;
        let before = r.get(&gid).await;
        r.queue.fail.store(true, Ordering::SeqCst);
        let resp =
            r.t.authed("POST", &format!("{}/generate", r.path(&gid)), None)
                .await;
        assert_eq!(
            (resp.status, resp.error_code().as_str()),
            (503, "service_unavailable")
        );
        assert!(
            !resp.text.contains("injected"),
            "no internals in 5xx bodies"
        );
        let after = r.get(&gid).await;
        assert_eq!(after["generation_status"], before["generation_status"]);
        assert_eq!(after["generation_progress"], before["generation_progress"]);
        r.queue.fail.store(false, Ordering::SeqCst);
        let (s, _, _) = r.generate(&gid, None).await;
        assert_eq!(s, 202, "the restored group can be generated");

        // The write recording the run lands but its answer is an error: the run is undone
        // (no message will start it), the answer is 503, and a retry is accepted.
        let gid = r.group(json!({"name": "unsure store"})).await;
        let before = r.get(&gid).await;
        r.store.set_hook(|n| {
            if n == 0 {
                Action::CrashAfter
            } else {
                Action::Proceed
            }
        });
        let (s, body, msg) = r.generate(&gid, None).await;
        r.store.set_hook(|_| Action::Proceed);
        assert_eq!(s, 503, "{body}");
        assert!(msg.is_none());
        let after = r.get(&gid).await;
        assert_eq!(after["generation_status"], before["generation_status"]);
        assert_eq!(after["generation_progress"], before["generation_progress"]);
        let (s, _, msg) = r.generate(&gid, None).await;
        assert_eq!((s, msg.is_some()), (202, true));

        // The recording write lands with an error answer and every attempt to undo it
        // fails too: still a 503, nothing sent; the group shows the queued run until the
        // stale window, then accepts a new one.
        let gid = r.group(json!({"name": "store down"})).await;
        r.store.set_hook(|n| {
            if n == 0 {
                Action::CrashAfter
            } else {
                Action::CrashBefore
            }
        });
        let (s, body, msg) = r.generate(&gid, None).await;
        let undo_attempts = r.store.writes.load(Ordering::SeqCst);
        r.store.set_hook(|_| Action::Proceed);
        assert_eq!(s, 503, "{body}");
        assert!(msg.is_none());
        assert!(
            undo_attempts > 1,
            "the undo was tried ({undo_attempts} writes)"
        );
        assert_eq!(r.get(&gid).await["generation_status"], "pending");
        let busy =
            r.t.authed("POST", &format!("{}/generate", r.path(&gid)), None)
                .await;
        assert_eq!(busy.status, 409);
        r.t.clock.advance(Duration::from_secs(901));
        let (s, _, msg) = r.generate(&gid, None).await;
        assert_eq!((s, msg.is_some()), (202, true));
    }
);

#[tokio::test]
async fn generate_rejects_bad_bodies_and_ids() {
    let r = rig(Backend::Memory).await;
    let gid = r.group(json!({"name": "x"})).await;
    for (body, field) in [
        (json!({"seed": -1}), "seed"),
        (json!({"seed": "1"}), "seed"),
        (json!({"seed": 1.5}), "seed"),
        (json!({"sede": 1}), "sede"),
        (json!([1]), "body"),
    ] {
        let resp =
            r.t.authed(
                "POST",
                &format!("{}/generate", r.path(&gid)),
                Some(body.clone()),
            )
            .await;
        assert_eq!(
            (resp.status, resp.error_fields()),
            (400, vec![field.to_owned()]),
            "{body}"
        );
    }
    let resp =
        r.t.authed(
            "POST",
            &format!("{}/generate", r.path(&gid)),
            Some(json!({"seed": u64::MAX})),
        )
        .await;
    assert_eq!(resp.status, 202);
    let resp =
        r.t.authed("POST", &format!("{}/generate", r.path("nope")), None)
            .await;
    assert_eq!(resp.status, 400);
    let resp =
        r.t.authed(
            "POST",
            &format!("{}/generate", r.path(&uuid::Uuid::now_v7().to_string())),
            None,
        )
        .await;
    assert_eq!(resp.status, 404);
}

#[tokio::test]
async fn generate_without_a_queue_is_503() {
    let t = TestApp::new(Backend::Memory).await;
    let g = t.create(json!({"name": "x"})).await;
    let resp = t
        .authed(
            "POST",
            &format!("{}/{}/generate", t.base(), g["id"].as_str().unwrap()),
            None,
        )
        .await;
    assert_eq!(resp.status, 503);
}

#[tokio::test]
async fn in_process_queue_runs_the_pipeline_and_dead_letters_poison() {
    let mut t = TestApp::new(Backend::Memory).await;
    let worker = Arc::new(Worker {
        store: t.app.store.clone(),
        engine: Arc::new(MinimalEngine),
        clock: t.clock.clone(),
        settings: GenerationSettings::default(),
        events: None,
    });
    let q = InProcessQueue::new(3, Duration::from_millis(1));
    q.start(worker);
    t.app.queue = Some(q.clone());
    let g = t.create(json!({"name": "local", "persona_count": 3})).await;
    let path = format!("{}/{}", t.base(), g["id"].as_str().unwrap());
    assert_eq!(
        t.authed("POST", &format!("{path}/generate"), None)
            .await
            .status,
        202
    );
    boses::queue::Queue::send(q.as_ref(), "poison".into())
        .await
        .unwrap();
    tokio::time::timeout(Duration::from_secs(10), q.wait_idle())
        .await
        .unwrap();
    assert_eq!(
        t.authed("GET", &path, None).await.json()["generation_status"],
        "complete"
    );
    assert_eq!(
        t.authed("GET", &format!("{path}/personas"), None)
            .await
            .json()
            .as_array()
            .unwrap()
            .len(),
        3
    );
    assert_eq!(q.dead_letters(), vec!["poison".to_owned()]);
}

both_backends!(
    a_failing_events_queue_does_not_fail_the_run,
    |b: Backend| async move {
        let r = rig(b).await;
        let gid = r
            .group(json!({"name": "no events", "persona_count": 2}))
            .await;
        let (_, _, msg) = r.generate(&gid, None).await;
        r.events.fail.store(true, Ordering::SeqCst);
        assert!(
            r.deliver("e1", &msg.unwrap(), 1).await,
            "acked despite the events queue"
        );
        let g = r.get(&gid).await;
        assert_eq!(g["generation_status"], "complete");
        assert_eq!(r.personas(&gid).await.len(), 2);
    }
);

/// A run left `generating` with one persona written: its first delivery's second write
/// crashed and SQS has not redelivered it yet.
async fn stranded_run(r: &Rig, name: &str) -> (String, String) {
    let gid = r.group(json!({"name": name, "persona_count": 3})).await;
    let (_, _, msg) = r.generate(&gid, None).await;
    let msg = msg.unwrap();
    r.store.set_hook(|n| {
        if n == 0 {
            Action::Proceed
        } else {
            Action::CrashBefore
        }
    });
    assert!(!r.deliver("s1", &msg, 1).await);
    r.store.set_hook(|_| Action::Proceed);
    let g = r.get(&gid).await;
    assert_eq!(
        (
            g["generation_status"].as_str(),
            g["personas_generated"].as_u64()
        ),
        (Some("generating"), Some(1))
    );
    (gid, msg)
}

both_backends!(
    staleness_counts_from_the_last_progress_to_the_exact_boundary,
    |b: Backend| async move {
        let r = rig(b).await;
        let stale = GenerationSettings::default().stale_after;
        // Recorded now; progress 800 s later; asked again 1,000 s after recording: the
        // run showed life 200 s ago, so it is in progress (staleness is measured from
        // the last progress, not from when the run was recorded).
        let gid = r.group(json!({"name": "slow", "persona_count": 3})).await;
        let (_, _, msg) = r.generate(&gid, None).await;
        let msg = msg.unwrap();
        r.t.clock.advance(Duration::from_secs(800));
        r.store.set_hook(|n| {
            if n == 0 {
                Action::Proceed
            } else {
                Action::CrashBefore
            }
        });
        assert!(!r.deliver("p1", &msg, 1).await);
        r.store.set_hook(|_| Action::Proceed);
        r.t.clock.advance(Duration::from_secs(200));
        let busy =
            r.t.authed("POST", &format!("{}/generate", r.path(&gid)), None)
                .await;
        assert_eq!(
            (busy.status, busy.error_code().as_str()),
            (409, "generation_in_progress")
        );
        // Exactly `stale_after` since the last progress: still in progress.
        r.t.clock.advance(stale - Duration::from_secs(200));
        let at_boundary =
            r.t.authed("POST", &format!("{}/generate", r.path(&gid)), None)
                .await;
        assert_eq!(
            at_boundary.status, 409,
            "at the boundary the run is not yet stale"
        );
        // One millisecond later it is, and a new run replaces it.
        r.t.clock.advance(Duration::from_millis(1));
        let (s, _, new_msg) = r.generate(&gid, None).await;
        assert_eq!(s, 202);
        assert!(r.deliver("p2", &new_msg.unwrap(), 1).await);
        // The stranded run's own redelivery is now superseded and changes nothing.
        assert!(r.deliver("p1", &msg, 2).await);
        let g = r.get(&gid).await;
        assert_eq!(g["generation_status"], "complete");
        assert_eq!(r.personas(&gid).await.len(), 3);
    }
);

both_backends!(
    a_direct_message_replaces_a_stale_run,
    |b: Backend| async move {
        let r = rig(b).await;
        let (gid, _) = stranded_run(&r, "stranded").await;
        let direct = json!({"type": "generate_personas", "project_id": r.t.project, "group_id": gid, "seed": 5}).to_string();
        // While the run is fresh a direct request is ignored…
        assert!(r.deliver("d1", &direct, 1).await);
        assert_eq!(r.get(&gid).await["personas_generated"], 1);
        // …once it is stale, a direct request starts a new run and completes it.
        r.t.clock
            .advance(GenerationSettings::default().stale_after + Duration::from_secs(1));
        assert!(r.deliver("d2", &direct, 1).await);
        let g = r.get(&gid).await;
        assert_eq!(g["generation_status"], "complete");
        let ps = r.personas(&gid).await;
        assert_eq!(ps.len(), 3);
        assert!(ps.iter().all(|p| p["provenance"]["seed"] == 5));
    }
);

both_backends!(
    a_store_error_on_the_last_receive_fails_the_run,
    |b: Backend| async move {
        let r = rig(b).await;
        let (gid, msg) = stranded_run(&r, "last try").await;
        // Second delivery: the store fails again, SQS will retry.
        r.store.set_hook(|_| Action::CrashBefore);
        assert!(!r.deliver("s1", &msg, 2).await);
        // Last delivery: the persona write fails, the write marking the run failed works.
        r.store.set_hook(|n| {
            if n == 0 {
                Action::CrashBefore
            } else {
                Action::Proceed
            }
        });
        assert!(
            r.deliver("s1", &msg, 3).await,
            "the last receive acks once the run is marked failed"
        );
        r.store.set_hook(|_| Action::Proceed);
        let g = r.get(&gid).await;
        assert_eq!(g["generation_status"], "failed", "{g}");
        assert!(g["generation_error"]
            .as_str()
            .is_some_and(|e| !e.contains("injected")));
        assert!(r.personas(&gid).await.is_empty());
        let events = r.events.take();
        assert!(
            events
                .iter()
                .any(|e| e.contains("persona_group.generation.failed")),
            "{events:?}"
        );
        // And the group takes a new run right away.
        let (s, _, _) = r.generate(&gid, None).await;
        assert_eq!(s, 202);
    }
);

both_backends!(persona_pages_and_their_cursors, |b: Backend| async move {
    let r = rig(b).await;
    let gid = r.group(json!({"name": "paged", "persona_count": 5})).await;
    r.group(json!({"name": "another"})).await;
    let (_, _, msg) = r.generate(&gid, None).await;
    assert!(r.deliver("pg1", &msg.unwrap(), 1).await);
    let base = format!("{}/personas", r.path(&gid));

    // Pages of two, two and one, linked by X-Next-Cursor and Link.
    let mut codes = Vec::new();
    let mut url = format!("{base}?limit=2");
    let mut first_cursor = None;
    let mut pages = 0;
    loop {
        let page = r.t.authed("GET", &url, None).await;
        assert_eq!(page.status, 200, "{}", page.text);
        pages += 1;
        codes.extend(
            page.json()
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p["persona_code"].as_str().unwrap().to_owned()),
        );
        let Some(c) = page.header("x-next-cursor") else {
            assert!(page.header("link").is_none());
            break;
        };
        let link = page.header("link").unwrap();
        assert_eq!(link, format!("<{base}?limit=2&cursor={c}>; rel=\"next\""));
        first_cursor.get_or_insert(c.clone());
        url = format!("{base}?limit=2&cursor={c}");
    }
    assert_eq!(pages, 3);
    assert_eq!(codes, ["P01", "P02", "P03", "P04", "P05"]);
    let first_cursor = first_cursor.unwrap();

    // A cursor of the groups listing is not a cursor of this one.
    let groups =
        r.t.authed("GET", &format!("{}?limit=1", r.t.base()), None)
            .await;
    let group_cursor = groups.header("x-next-cursor").unwrap();
    let reused =
        r.t.authed("GET", &format!("{base}?cursor={group_cursor}"), None)
            .await;
    assert_eq!(
        (reused.status, reused.error_fields()),
        (400, vec!["cursor".to_owned()])
    );

    // A well-formed cursor for this run over a key that is not an index.
    let stored = boses::store::Store::get_group(
        r.store.as_ref(),
        boses::domain::ProjectId::parse(&r.t.project).unwrap(),
        boses::domain::GroupId::parse(&gid).unwrap(),
    )
    .await
    .unwrap()
    .unwrap();
    let run = stored.generation.visible_run.unwrap();
    let scope = format!("personas:{}:{gid}:{run}", r.t.project);
    let good = boses::store::cursor::encode(&scope, "1");
    let ok =
        r.t.authed("GET", &format!("{base}?cursor={good}"), None)
            .await;
    assert_eq!(ok.status, 200, "the scope is right: {}", ok.text);
    assert_eq!(
        ok.json()[0]["persona_code"],
        "P03",
        "after index 1 comes index 2"
    );
    let c = boses::store::cursor::encode(&scope, "two");
    let bad = r.t.authed("GET", &format!("{base}?cursor={c}"), None).await;
    assert_eq!(
        (bad.status, bad.error_fields()),
        (400, vec!["cursor".to_owned()])
    );

    // A page sequence started on a run finishes on it: after the next run completes,
    // the old run's cursor still pages the old run for a grace period (its personas are
    // kept until the run after completes), and is refused after it rather than paging
    // through the new run's personas.
    let (s, _, msg) = r.generate(&gid, None).await;
    assert_eq!(s, 202);
    let during =
        r.t.authed(
            "GET",
            &format!("{base}?limit=2&cursor={first_cursor}"),
            None,
        )
        .await;
    assert_eq!(
        during.status, 200,
        "the old run stays visible until the new one completes"
    );
    let old_page = during.json();
    assert!(r.deliver("pg2", &msg.unwrap(), 1).await);
    let after =
        r.t.authed(
            "GET",
            &format!("{base}?limit=2&cursor={first_cursor}"),
            None,
        )
        .await;
    assert_eq!(after.status, 200, "{}", after.text);
    assert_eq!(
        after.json(),
        old_page,
        "the same run's page, not the new run's"
    );
    let next = after
        .header("x-next-cursor")
        .expect("the old run's last page");
    let last =
        r.t.authed("GET", &format!("{base}?limit=2&cursor={next}"), None)
            .await;
    assert_eq!(last.status, 200, "{}", last.text);
    assert_eq!(last.json().as_array().map(Vec::len), Some(1));
    // The listing without a cursor shows the new run.
    let fresh =
        r.t.authed("GET", &format!("{base}?limit=2"), None)
            .await
            .json();
    assert_ne!(fresh[0]["id"], old_page[0]["id"]);
    r.t.clock.advance(boses::generation::PREVIOUS_RUN_GRACE);
    let stale =
        r.t.authed(
            "GET",
            &format!("{base}?limit=2&cursor={first_cursor}"),
            None,
        )
        .await;
    assert_eq!(
        (stale.status, stale.error_fields()),
        (400, vec!["cursor".to_owned()])
    );
});

both_backends!(
    a_generate_that_loses_to_another_run_is_409_and_sends_nothing,
    |b: Backend| async move {
        let r = rig(b).await;
        let gid = r.group(json!({"name": "contested"})).await;
        // Our recording write loses its compare-and-set to a run another request
        // recorded a moment earlier: that run is not ours to announce.
        r.store.set_hook(|n| {
            if n == 0 {
                Action::OtherRunBefore
            } else {
                Action::Proceed
            }
        });
        let (status, body, msg) = r.generate(&gid, None).await;
        r.store.set_hook(|_| Action::Proceed);
        assert_eq!(status, 409, "{body}");
        assert_eq!(body["code"], "generation_in_progress");
        assert!(msg.is_none(), "a message for a run that was never recorded");
    }
);

both_backends!(
    a_direct_message_that_loses_to_a_finished_run_tries_again,
    |b: Backend| async move {
        let r = rig(b).await;
        let gid = r
            .group(json!({"name": "direct retry", "persona_count": 2}))
            .await;
        let direct =
            json!({"type": "generate_personas", "project_id": r.t.project, "group_id": gid})
                .to_string();
        // Its recording write loses to a run that has already finished: nothing is in
        // progress, so the message records its own run on the next pass and completes.
        r.store.set_hook(|n| {
            if n == 0 {
                Action::FinishedRunBefore
            } else {
                Action::Proceed
            }
        });
        assert!(r.deliver("dr", &direct, 1).await);
        r.store.set_hook(|_| Action::Proceed);
        let g = r.get(&gid).await;
        assert_eq!(g["generation_status"], "complete", "{g}");
        assert_eq!(r.personas(&gid).await.len(), 2);
    }
);

/// Takes `delay` (real time) per persona, like an LLM call.
struct SlowEngine {
    delay: Duration,
}

#[async_trait::async_trait]
impl PersonaEngine for SlowEngine {
    fn name(&self) -> &str {
        "slow"
    }
    async fn generate(&self, req: &PersonaRequest<'_>) -> Result<Persona, EngineError> {
        tokio::time::sleep(self.delay).await;
        MinimalEngine.generate(req).await
    }
}

both_backends!(
    a_batch_stops_before_the_invocation_deadline,
    |b: Backend| async move {
        let mut r = rig_with_engine(
            b,
            Arc::new(SlowEngine {
                delay: Duration::from_millis(150),
            }),
        )
        .await;
        r.worker.settings.persona_budget = Duration::from_millis(200);
        let first = r.group(json!({"name": "first", "persona_count": 5})).await;
        let second = r.group(json!({"name": "second", "persona_count": 2})).await;
        let (_, _, m1) = r.generate(&first, None).await;
        let (_, _, m2) = r.generate(&second, None).await;
        let (m1, m2) = (m1.unwrap(), m2.unwrap());
        // Room for two personas' budgets, not five: the first message stops between
        // personas, the second is never started; both come back as batch failures.
        let event = sqs_event(vec![
            sqs_record("m1", &m1, 1, boses_tests::START),
            sqs_record("m2", &m2, 1, boses_tests::START),
        ]);
        let deadline = std::time::Instant::now() + Duration::from_millis(500);
        let failures: Vec<String> = r
            .worker
            .handle_batch_by(event, Some(deadline))
            .await
            .batch_item_failures
            .into_iter()
            .map(|f| f.item_identifier)
            .collect();
        assert_eq!(failures, vec!["m1".to_owned(), "m2".to_owned()]);
        let g1 = r.get(&first).await;
        let done = g1["personas_generated"].as_u64().unwrap();
        assert!((1..5).contains(&done), "progress kept: {g1}");
        assert_eq!(g1["generation_status"], "generating");
        assert_eq!(
            r.get(&second).await["personas_generated"],
            0,
            "never started"
        );
        // Redelivered with time to spare, each finishes from where it stopped.
        let far = std::time::Instant::now() + Duration::from_secs(60);
        for (id, m) in [("m1", &m1), ("m2", &m2)] {
            let event = sqs_event(vec![sqs_record(id, m, 2, boses_tests::START)]);
            let resp = r.worker.handle_batch_by(event, Some(far)).await;
            assert!(resp.batch_item_failures.is_empty(), "{id}");
        }
        assert_eq!(r.get(&first).await["generation_status"], "complete");
        assert_eq!(r.get(&second).await["generation_status"], "complete");

        // On the last receive, running out of time fails the run instead of leaving it
        // "generating" for a message SQS will not deliver again.
        let third = r.group(json!({"name": "third", "persona_count": 3})).await;
        let (_, _, m3) = r.generate(&third, None).await;
        let last = r.worker.settings.max_receives;
        let event = sqs_event(vec![sqs_record(
            "m3",
            &m3.unwrap(),
            last,
            boses_tests::START,
        )]);
        // Time for the first persona, not the second.
        let deadline = std::time::Instant::now() + Duration::from_millis(250);
        let resp = r.worker.handle_batch_by(event, Some(deadline)).await;
        assert!(resp.batch_item_failures.is_empty(), "settled, not retried");
        let g3 = r.get(&third).await;
        assert_eq!(g3["generation_status"], "failed", "{g3}");
        assert!(g3["generation_error"].is_string(), "{g3}");
    }
);

both_backends!(
    a_stalled_run_reads_as_failed_with_a_clear_error,
    |b: Backend| async move {
        let r = rig(b).await;
        let gid = r.group(json!({"name": "stalls", "persona_count": 2})).await;
        let (status, _, msg) = r.generate(&gid, None).await;
        assert_eq!(status, 202);
        assert!(msg.is_some());
        // The message is lost (or stuck in the DLQ): nothing ever touches the run.
        let stale = GenerationSettings::default().stale_after;
        r.t.clock.advance(stale);
        assert_eq!(
            r.get(&gid).await["generation_status"],
            "pending",
            "not yet stale"
        );
        r.t.clock.advance(Duration::from_secs(1));
        let g = r.get(&gid).await;
        assert_eq!(g["generation_status"], "failed", "{g}");
        assert_eq!(g["generation_error"], boses::generation::STALLED_ERROR);
        assert_eq!(g["generation_progress"], Value::Null);
        let listed = r.t.authed("GET", &r.t.base(), None).await.json();
        assert_eq!(listed[0]["generation_status"], "failed", "{listed}");
        // And generate may start it again.
        let (status, _, _) = r.generate(&gid, None).await;
        assert_eq!(status, 202);
        assert_eq!(r.get(&gid).await["generation_status"], "pending");
    }
);
