//! The persona endpoints (get one, delete one, delete all) under the generation rules,
//! on memory and on moto: what is addressable, what a delete changes, and what it
//! never touches while runs come and go.

use crate::generation::{rig, Rig};
use boses::domain::{GenerationId, GroupId, ProjectId};
use boses::persona::model::persona_id;
use boses_tests::{both_backends, Backend};
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::time::Duration;

impl Rig {
    fn persona_path(&self, gid: &str, id: &str) -> String {
        format!("{}/personas/{id}", self.path(gid))
    }

    async fn call(&self, method: &str, path: &str) -> boses_tests::Resp {
        self.t.authed(method, path, None).await
    }

    /// Generates a run of the group and delivers it to completion.
    async fn complete_run(&self, gid: &str, tag: &str) {
        let (s, _, msg) = self.generate(gid, None).await;
        assert_eq!(s, 202);
        self.deliver_until_acked(tag, &msg.unwrap()).await;
        assert_eq!(self.get(gid).await["generation_status"], "complete");
    }

    async fn visible_run(&self, gid: &str) -> Option<GenerationId> {
        boses::store::Store::get_group(
            self.store.as_ref(),
            ProjectId::parse(&self.t.project).unwrap(),
            GroupId::parse(gid).unwrap(),
        )
        .await
        .unwrap()
        .unwrap()
        .generation
        .visible_run
    }
}

fn ids(personas: &[Value]) -> Vec<String> {
    personas
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_owned())
        .collect()
}

both_backends!(
    one_persona_is_read_and_deleted_within_the_visible_run,
    |b: Backend| async move {
        let r = rig(b).await;
        let gid = r
            .group(json!({"name": "Cebu nurses", "persona_count": 5}))
            .await;
        // Nothing generated yet: any id is a 404, a malformed one a 400 naming it.
        let nobody = uuid::Uuid::new_v4().to_string();
        let none = r.call("GET", &r.persona_path(&gid, &nobody)).await;
        assert_eq!((none.status, none.error_code()), (404, "not_found".into()));
        let bad = r.call("GET", &r.persona_path(&gid, "not-a-uuid")).await;
        assert_eq!(
            (bad.status, bad.error_fields()),
            (400, vec!["persona_id".to_owned()])
        );
        let bad = r.call("DELETE", &r.persona_path(&gid, "12345")).await;
        assert_eq!(
            (bad.status, bad.error_fields()),
            (400, vec!["persona_id".to_owned()])
        );

        r.complete_run(&gid, "run1").await;
        let listed = r.personas(&gid).await;
        let first = ids(&listed);
        assert_eq!(first.len(), 5);
        for p in &listed {
            let one = r
                .call("GET", &r.persona_path(&gid, p["id"].as_str().unwrap()))
                .await;
            assert_eq!(one.status, 200, "{}", one.text);
            assert_eq!(&one.json(), p, "the same document as in the list");
        }
        // Another project's key, with its own project in the path, finds nothing.
        let theirs = format!(
            "/api/v1/projects/{}/persona-groups/{gid}/personas/{}",
            r.t.other_project, first[0]
        );
        let auth = format!("Bearer {}", r.t.other_key);
        for method in ["GET", "DELETE"] {
            let x =
                r.t.call(method, &theirs, &[("authorization", auth.as_str())], None)
                    .await;
            assert_eq!(x.status, 404, "{method}: {}", x.text);
        }

        // A page sequence across deletes: the cursor stays good and skips nothing.
        let page1 = r
            .call("GET", &format!("{}/personas?limit=2", r.path(&gid)))
            .await;
        let cursor = page1.header("x-next-cursor").unwrap();
        let del = r.call("DELETE", &r.persona_path(&gid, &first[1])).await;
        assert_eq!(del.status, 204, "{}", del.text);
        let del = r.call("DELETE", &r.persona_path(&gid, &first[2])).await;
        assert_eq!(del.status, 204, "{}", del.text);
        let rest = r
            .call(
                "GET",
                &format!("{}/personas?limit=2&cursor={cursor}", r.path(&gid)),
            )
            .await;
        assert_eq!(rest.status, 200, "{}", rest.text);
        assert_eq!(
            ids(rest.json().as_array().unwrap()),
            vec![first[3].clone(), first[4].clone()]
        );
        // The list, the count and the persona itself agree.
        let left = ids(&r.personas(&gid).await);
        assert_eq!(
            left,
            vec![first[0].clone(), first[3].clone(), first[4].clone()]
        );
        let group = r.get(&gid).await;
        assert_eq!(group["personas_generated"], 3);
        assert_eq!(group["generation_status"], "complete");
        assert_eq!(group["generation_progress"], "3 of 5 personas remain");
        let gone = r.call("GET", &r.persona_path(&gid, &first[1])).await;
        assert_eq!(gone.status, 404);
        let again = r.call("DELETE", &r.persona_path(&gid, &first[1])).await;
        assert_eq!(
            (again.status, again.error_code()),
            (404, "not_found".into()),
            "a repeated delete is a 404"
        );

        // A newer run in flight: its personas are not addressable yet, the visible
        // run's still are, and deleting one of those leaves the new run's count alone.
        let (s, _, msg) = r.generate(&gid, None).await;
        assert_eq!(s, 202);
        let msg = msg.unwrap();
        let pending: Value = serde_json::from_str(&msg).unwrap();
        let run2 = GenerationId::parse(pending["generation_id"].as_str().unwrap()).unwrap();
        let early = persona_id(run2, 0).as_uuid().to_string();
        assert_eq!(
            r.call("GET", &r.persona_path(&gid, &early)).await.status,
            404
        );
        assert_eq!(
            r.call("DELETE", &r.persona_path(&gid, &early)).await.status,
            404
        );
        let del = r.call("DELETE", &r.persona_path(&gid, &first[0])).await;
        assert_eq!(del.status, 204, "{}", del.text);
        let during = r.get(&gid).await;
        assert_eq!(during["personas_generated"], 0, "the new run's count");
        assert_eq!(
            during["generation_progress"], "Queued",
            "the new run's progress"
        );
        r.deliver_until_acked("run2", &msg).await;
        let second = ids(&r.personas(&gid).await);
        assert_eq!(second.len(), 5, "the newer run is whole");
        assert!(second.contains(&early));
        assert_eq!(r.get(&gid).await["personas_generated"], 5);
        // The superseded run's personas are no longer addressable.
        for id in &left[1..] {
            assert_eq!(r.call("GET", &r.persona_path(&gid, id)).await.status, 404);
            assert_eq!(
                r.call("DELETE", &r.persona_path(&gid, id)).await.status,
                404
            );
        }
    }
);

both_backends!(
    deleting_all_personas_keeps_the_group_and_never_races_a_run,
    |b: Backend| async move {
        let r = rig(b).await;
        let gid = r
            .group(json!({"name": "Jakarta gamers", "persona_count": 3, "location": "Jakarta, Indonesia"}))
            .await;
        let all = format!("{}/personas", r.path(&gid));
        // A group never generated: nothing to delete, and that is not an error.
        assert_eq!(r.call("DELETE", &all).await.status, 204);
        r.complete_run(&gid, "run1").await;
        let old = ids(&r.personas(&gid).await);
        let before = r.get(&gid).await;

        // While a run is queued, deleting all is refused, and the run completes whole.
        let (_, _, msg) = r.generate(&gid, None).await;
        let refused = r.call("DELETE", &all).await;
        assert_eq!(
            (refused.status, refused.error_code()),
            (409, "generation_in_progress".into())
        );
        r.deliver_until_acked("run2", &msg.unwrap()).await;
        let current = ids(&r.personas(&gid).await);
        assert_eq!(current.len(), 3);
        let run2 = r.visible_run(&gid).await.unwrap();

        let done = r.call("DELETE", &all).await;
        assert_eq!(done.status, 204, "{}", done.text);
        assert_eq!(r.personas(&gid).await, Vec::<Value>::new());
        let after = r.get(&gid).await;
        assert_eq!(after["generation_status"], "complete");
        assert_eq!(after["personas_generated"], 0);
        assert_eq!(after["generation_progress"], "All personas deleted");
        for field in ["name", "location", "persona_count", "id"] {
            assert_eq!(after[field], before[field], "{field} kept");
        }
        for id in old.iter().chain(&current) {
            assert_eq!(r.call("GET", &r.persona_path(&gid, id)).await.status, 404);
        }
        // The items are gone too, not only hidden.
        let stored = boses::store::Store::list_personas(
            r.store.as_ref(),
            ProjectId::parse(&r.t.project).unwrap(),
            GroupId::parse(&gid).unwrap(),
            run2,
            None,
            10,
        )
        .await
        .unwrap();
        assert!(stored.items.is_empty());
        assert_eq!(r.call("DELETE", &all).await.status, 204, "repeatable");

        // A run that stalled: deleting all fails it in the same write, so a late
        // delivery of its message cannot bring personas back.
        let (_, _, msg) = r.generate(&gid, None).await;
        r.t.clock.advance(Duration::from_secs(3600));
        assert_eq!(r.get(&gid).await["generation_status"], "failed");
        assert_eq!(r.call("DELETE", &all).await.status, 204);
        r.deliver_until_acked("late", &msg.unwrap()).await;
        assert_eq!(r.personas(&gid).await, Vec::<Value>::new());
        assert_eq!(r.get(&gid).await["generation_status"], "failed");

        // And the group generates again as usual.
        r.complete_run(&gid, "run4").await;
        assert_eq!(r.personas(&gid).await.len(), 3);
    }
);

both_backends!(
    concurrent_deletes_and_a_completing_run_stay_consistent,
    |b: Backend| async move {
        let r = rig(b).await;
        let gid = r
            .group(json!({"name": "Manila moms", "persona_count": 6}))
            .await;
        r.complete_run(&gid, "run1").await;
        let run1 = r.visible_run(&gid).await.unwrap();
        let old = ids(&r.personas(&gid).await);
        let (_, _, msg) = r.generate(&gid, None).await;
        let msg = msg.unwrap();
        // Six deletes of the visible run's personas race the newer run's delivery.
        let deletes = old.iter().map(|id| {
            let path = r.persona_path(&gid, id);
            let r = &r;
            async move { (id.clone(), r.call("DELETE", &path).await.status) }
        });
        let (outcomes, acked) = tokio::join!(
            futures_join_all(deletes.collect()),
            r.deliver_until_acked("run2", &msg)
        );
        assert!(acked >= 1);
        for (id, status) in &outcomes {
            assert!([204, 404].contains(status), "{id}: {status}");
        }
        // The newer run is whole whatever the deletes did.
        let now = ids(&r.personas(&gid).await);
        assert_eq!(now.len(), 6);
        assert!(now.iter().all(|id| !old.contains(id)));
        assert_eq!(r.get(&gid).await["personas_generated"], 6);
        // The old run is kept as the previous run (for paging): a delete that answered
        // 204 removed its persona for good, and one that lost the race to the
        // completion (404) removed nothing.
        let removed: BTreeSet<String> = outcomes
            .iter()
            .filter(|(_, s)| *s == 204)
            .map(|(id, _)| id.clone())
            .collect();
        let kept: BTreeSet<String> = boses::store::Store::list_personas(
            r.store.as_ref(),
            ProjectId::parse(&r.t.project).unwrap(),
            GroupId::parse(&gid).unwrap(),
            run1,
            None,
            10,
        )
        .await
        .unwrap()
        .items
        .iter()
        .map(|p| p.body["id"].as_str().unwrap().to_owned())
        .collect();
        assert!(kept.is_disjoint(&removed), "{kept:?} {removed:?}");
        assert_eq!(kept.len() + removed.len(), 6);
    }
);

/// `join_all` without the futures crate: the handlers are polled together on this task.
async fn futures_join_all<F: std::future::Future>(futures: Vec<F>) -> Vec<F::Output> {
    let mut pinned: Vec<_> = futures.into_iter().map(Box::pin).collect();
    let mut out: Vec<Option<F::Output>> = pinned.iter().map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (f, slot) in pinned.iter_mut().zip(out.iter_mut()) {
            if slot.is_none() {
                match f.as_mut().poll(cx) {
                    std::task::Poll::Ready(v) => *slot = Some(v),
                    std::task::Poll::Pending => pending = true,
                }
            }
        }
        if pending {
            std::task::Poll::Pending
        } else {
            std::task::Poll::Ready(())
        }
    })
    .await;
    out.into_iter().map(|o| o.unwrap()).collect()
}

both_backends!(
    a_run_recorded_over_a_deletion_never_shows_the_deleted_personas,
    |b: Backend| async move {
        use boses_tests::generation::Action;
        let r = rig(b).await;
        let gid = r
            .group(json!({"name": "Lagos gamers", "persona_count": 2}))
            .await;
        r.complete_run(&gid, "run1").await;
        assert_eq!(r.personas(&gid).await.len(), 2);
        // Generate's write is preceded by a deletion that hides the visible run and
        // changes nothing else: generate must read again rather than write back the
        // visible run it read.
        // (`set_hook` counts writes from 0.)
        r.store.set_hook(move |n| {
            if n == 0 {
                Action::ClearVisibleBefore
            } else {
                Action::Proceed
            }
        });
        let (s, body, _) = r.generate(&gid, None).await;
        assert_eq!(s, 202, "{body}");
        assert_eq!(r.personas(&gid).await, Vec::<Value>::new());
        assert_eq!(r.visible_run(&gid).await, None);
    }
);
