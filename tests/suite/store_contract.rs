//! One contract for every `Store`: each test runs on the memory store and on a real
//! DynamoDB-compatible server (moto) started by the test command.

use boses::clock::Timestamp;
use boses::domain::{ApiKeyRecord, Organisation, Project};
use boses::domain::{GenerationState, Group, GroupDefinition, GroupId, OrgId, ProjectId};
use boses::store::{CreateOutcome, IdempotencyRecord, Store, StoreError};
use boses_tests::{both_backends, store_for, Backend};
use serde_json::json;

fn t(ms: i64) -> Timestamp {
    Timestamp::from_unix_millis(1_795_894_991_000 + ms)
}

fn group(project: ProjectId, name: &str) -> Group {
    Group {
        id: GroupId::new_v7(),
        project_id: project,
        definition: GroupDefinition::parse(
            &json!({"name": name, "age_min": 20, "age_max": 30, "location": "Manila, Philippines"}),
        )
        .unwrap(),
        generation: GenerationState::default(),
        created_at: t(0),
        updated_at: t(0),
        revision: 0,
    }
}

async fn make_groups(store: &dyn Store, project: ProjectId, n: usize) -> Vec<Group> {
    let mut out = Vec::new();
    for i in 0..n {
        let g = group(project, &format!("g{i}"));
        assert_eq!(
            store.create_group(&g, None, t(0)).await.unwrap(),
            CreateOutcome::Created
        );
        out.push(g);
        // v7 ids order by millisecond; keep creation order unambiguous.
        tokio::time::sleep(std::time::Duration::from_millis(2)).await;
    }
    out
}

both_backends!(tenancy_round_trip, |b: Backend| async move {
    let store = store_for(b).await;
    assert!(!store.has_any_organisation().await.unwrap());
    let org = Organisation {
        id: OrgId::new_random(),
        name: "Acme".into(),
        created_at: t(0),
    };
    store.put_organisation(&org).await.unwrap();
    assert!(store.has_any_organisation().await.unwrap());
    assert_eq!(
        store.get_organisation(org.id).await.unwrap(),
        Some(org.clone())
    );
    assert_eq!(
        store.get_organisation(OrgId::new_random()).await.unwrap(),
        None
    );

    let project = Project {
        id: ProjectId::new_random(),
        org_id: org.id,
        name: "P".into(),
        created_at: t(0),
    };
    store.put_project(&project).await.unwrap();
    assert_eq!(store.get_project(project.id).await.unwrap(), Some(project));
    assert_eq!(
        store.get_project(ProjectId::new_random()).await.unwrap(),
        None
    );

    let key = boses::auth::new_api_key();
    let rec = ApiKeyRecord {
        hash: key.hash(),
        org_id: org.id,
        created_at: t(0),
        expires_at: Some(t(5000)),
        revoked_at: None,
    };
    store.put_api_key(&rec).await.unwrap();
    assert_eq!(store.get_api_key(&key.hash()).await.unwrap(), Some(rec));
    assert!(store.revoke_api_key(&key.hash(), t(10)).await.unwrap());
    // Revoking twice keeps the first revocation time.
    assert!(store.revoke_api_key(&key.hash(), t(20)).await.unwrap());
    assert_eq!(
        store
            .get_api_key(&key.hash())
            .await
            .unwrap()
            .unwrap()
            .revoked_at,
        Some(t(10))
    );
    assert!(!store
        .revoke_api_key(&boses::auth::new_api_key().hash(), t(10))
        .await
        .unwrap());

    // Keys are found by organisation and by public id, and the state read is the key's
    // own (the revocation above shows).
    let second = boses::auth::new_api_key();
    let rec2 = ApiKeyRecord {
        hash: second.hash(),
        org_id: org.id,
        created_at: t(1),
        expires_at: None,
        revoked_at: None,
    };
    store.put_api_key(&rec2).await.unwrap();
    let mut listed = store.list_api_keys(org.id).await.unwrap();
    listed.sort_by_key(|k| k.created_at);
    assert_eq!(listed.len(), 2);
    assert_eq!(listed[0].revoked_at, Some(t(10)));
    assert_eq!(listed[1], rec2);
    assert!(store
        .list_api_keys(OrgId::new_random())
        .await
        .unwrap()
        .is_empty());
    assert_eq!(
        store.find_api_key(&second.hash().key_id()).await.unwrap(),
        Some(rec2)
    );
    assert_eq!(store.find_api_key("key_000000000000").await.unwrap(), None);
});

both_backends!(
    groups_are_scoped_to_their_project,
    |b: Backend| async move {
        let store = store_for(b).await;
        let (p1, p2) = (ProjectId::new_random(), ProjectId::new_random());
        let g = group(p1, "mine");
        store.create_group(&g, None, t(0)).await.unwrap();
        assert_eq!(store.get_group(p1, g.id).await.unwrap(), Some(g.clone()));
        assert_eq!(store.get_group(p2, g.id).await.unwrap(), None);
        assert!(store
            .list_groups(p2, None, 100)
            .await
            .unwrap()
            .items
            .is_empty());
        assert!(!store.delete_group(p2, g.id).await.unwrap());
        assert!(store.get_group(p1, g.id).await.unwrap().is_some());
        let def = g.definition.clone();
        assert_eq!(
            store
                .update_definition(p2, g.id, &def, 0, t(1))
                .await
                .unwrap(),
            None
        );
    }
);

both_backends!(
    retried_create_is_idempotent_but_a_different_group_under_the_same_id_conflicts,
    |b: Backend| async move {
        let store = store_for(b).await;
        let g = group(ProjectId::new_random(), "x");
        store.create_group(&g, None, t(0)).await.unwrap();
        // The same write again, as an SDK retry after a lost answer would send it.
        assert_eq!(
            store.create_group(&g, None, t(0)).await.unwrap(),
            CreateOutcome::Created
        );
        let mut other = g.clone();
        other.definition = GroupDefinition::parse(&json!({"name": "someone else"})).unwrap();
        assert!(matches!(
            store.create_group(&other, None, t(0)).await,
            Err(StoreError::Conflict)
        ));
        assert_eq!(store.get_group(g.project_id, g.id).await.unwrap(), Some(g));
    }
);

both_backends!(listing_pages_in_creation_order, |b: Backend| async move {
    let store = store_for(b).await;
    let p = ProjectId::new_random();
    let groups = make_groups(store.as_ref(), p, 5).await;
    // Another project's groups never appear.
    make_groups(store.as_ref(), ProjectId::new_random(), 2).await;

    let all = store.list_groups(p, None, 100).await.unwrap();
    assert_eq!(
        all.items.iter().map(|g| g.id).collect::<Vec<_>>(),
        groups.iter().map(|g| g.id).collect::<Vec<_>>()
    );
    assert_eq!(all.next, None);

    let mut seen = Vec::new();
    let mut after = None;
    loop {
        let page = store.list_groups(p, after, 2).await.unwrap();
        assert!(page.items.len() <= 2);
        seen.extend(page.items.iter().map(|g| g.id));
        match page.next {
            Some(n) => after = Some(n),
            None => break,
        }
    }
    assert_eq!(seen, groups.iter().map(|g| g.id).collect::<Vec<_>>());

    // Exactly `limit` items left: no next page is promised.
    let exact = store.list_groups(p, Some(groups[2].id), 2).await.unwrap();
    assert_eq!(exact.items.len(), 2);
    assert_eq!(exact.next, None);
});

both_backends!(update_is_conditional_on_revision, |b: Backend| async move {
    let store = store_for(b).await;
    let g = group(ProjectId::new_random(), "before");
    store.create_group(&g, None, t(0)).await.unwrap();
    let new_def = GroupDefinition::parse(&json!({"name": "after", "gender": "Male"})).unwrap();
    let updated = store
        .update_definition(g.project_id, g.id, &new_def, 0, t(5))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(updated.definition, new_def);
    assert_eq!(updated.revision, 1);
    assert_eq!(updated.updated_at, t(5));
    assert_eq!(updated.created_at, t(0));
    assert_eq!(updated.generation, g.generation);
    assert!(matches!(
        store
            .update_definition(g.project_id, g.id, &new_def, 0, t(6))
            .await,
        Err(StoreError::Conflict)
    ));
    assert_eq!(
        store
            .update_definition(g.project_id, GroupId::new_v7(), &new_def, 0, t(6))
            .await
            .unwrap(),
        None
    );
    assert_eq!(
        store.get_group(g.project_id, g.id).await.unwrap().unwrap(),
        updated
    );
});

both_backends!(delete_removes_the_group, |b: Backend| async move {
    let store = store_for(b).await;
    let g = group(ProjectId::new_random(), "x");
    store.create_group(&g, None, t(0)).await.unwrap();
    assert!(store.delete_group(g.project_id, g.id).await.unwrap());
    assert_eq!(store.get_group(g.project_id, g.id).await.unwrap(), None);
    assert!(store
        .list_groups(g.project_id, None, 10)
        .await
        .unwrap()
        .items
        .is_empty());
    assert!(!store.delete_group(g.project_id, g.id).await.unwrap());
});

both_backends!(
    idempotency_records_replay_within_project,
    |b: Backend| async move {
        let store = store_for(b).await;
        let p = ProjectId::new_random();
        let g1 = group(p, "first");
        let rec = |g: &Group, project: ProjectId, expires: Timestamp| IdempotencyRecord {
            project_id: project,
            key_hash: "k1".into(),
            request_hash: format!("h-{}", g.definition.name.as_str()),
            group_id: g.id,
            response: format!("{{\"id\":\"{}\"}}", g.id),
            expires_at: expires,
        };
        let first = rec(&g1, p, t(10_000));
        assert_eq!(
            store.create_group(&g1, Some(&first), t(0)).await.unwrap(),
            CreateOutcome::Created
        );
        let g2 = group(p, "second");
        match store
            .create_group(&g2, Some(&rec(&g2, p, t(10_000))), t(1))
            .await
            .unwrap()
        {
            CreateOutcome::Existing(r) => assert_eq!(r, first),
            other => panic!("expected replay, got {other:?}"),
        }
        // The retry wrote nothing.
        assert_eq!(store.get_group(p, g2.id).await.unwrap(), None);
        // Same key in another project is independent.
        let p2 = ProjectId::new_random();
        let g3 = group(p2, "third");
        assert_eq!(
            store
                .create_group(&g3, Some(&rec(&g3, p2, t(10_000))), t(1))
                .await
                .unwrap(),
            CreateOutcome::Created
        );
        // After expiry the key can be used again.
        let g4 = group(p, "fourth");
        assert_eq!(
            store
                .create_group(&g4, Some(&rec(&g4, p, t(30_000))), t(20_000))
                .await
                .unwrap(),
            CreateOutcome::Created
        );
    }
);

both_backends!(
    generation_writes_are_compare_and_set,
    |b: Backend| async move {
        use boses::domain::{GenerationId, GenerationStatus, RunInfo};
        use boses::store::{GenerationWrite, PersonaRecord, Prune};
        let store = store_for(b).await;
        let g = group(ProjectId::new_random(), "gen");
        store.create_group(&g, None, t(0)).await.unwrap();
        let run = GenerationId::new_random();
        let mut state = GenerationState {
            status: GenerationStatus::Pending,
            run: Some(RunInfo {
                id: run,
                seed: 1,
                definition: g.definition.clone(),
                recorded_at: t(1),
                touched_at: t(1),
            }),
            ..Default::default()
        };
        let write = |expect_run,
                     expect_generated,
                     expect_active: bool,
                     state: &GenerationState,
                     persona: Option<PersonaRecord>| {
            let store = store.clone();
            let state = state.clone();
            async move {
                store
                    .write_generation(&GenerationWrite {
                        project: g.project_id,
                        group: g.id,
                        expect_run,
                        expect_generated,
                        expect_active: expect_active.then_some(true),
                        expect_visible: None,
                        state: &state,
                        persona: persona.as_ref(),
                        remove_persona: None,
                        now: t(2),
                    })
                    .await
                    .unwrap()
            }
        };
        // Recording a run requires that none was recorded.
        assert!(!write(Some(run), None, false, &state, None).await);
        assert!(write(None, None, false, &state, None).await);
        assert!(!write(None, None, false, &state, None).await);

        let persona = |i: u32| PersonaRecord {
            project_id: g.project_id,
            group_id: g.id,
            run,
            index: i,
            body: json!({"i": i}),
        };
        state.status = GenerationStatus::Generating;
        state.personas_generated = 1;
        // Wrong count: refused, and the persona is not written either.
        assert!(!write(Some(run), Some(3), true, &state, Some(persona(0))).await);
        assert!(store
            .list_personas(g.project_id, g.id, run, None, 10)
            .await
            .unwrap()
            .items
            .is_empty());
        assert!(write(Some(run), Some(0), true, &state, Some(persona(0))).await);
        // A second writer expecting the same count loses.
        assert!(!write(Some(run), Some(0), true, &state, Some(persona(0))).await);
        let stored = store.get_group(g.project_id, g.id).await.unwrap().unwrap();
        assert_eq!(stored.generation, state);
        assert_eq!(stored.definition, g.definition);

        // Terminal runs are never revived by a worker write.
        state.status = GenerationStatus::Failed;
        assert!(write(Some(run), None, true, &state, None).await);
        let mut revive = state.clone();
        revive.status = GenerationStatus::Generating;
        assert!(!write(Some(run), Some(1), true, &revive, Some(persona(1))).await);

        // Personas page and prune by run.
        let page = store
            .list_personas(g.project_id, g.id, run, None, 10)
            .await
            .unwrap();
        assert_eq!(page.items, vec![persona(0)]);
        // The store scopes personas by their project, whoever asks: the group's id
        // under another project reads nothing.
        let elsewhere = ProjectId::new_random();
        assert!(store
            .list_personas(elsewhere, g.id, run, None, 10)
            .await
            .unwrap()
            .items
            .is_empty());
        assert_eq!(
            store
                .prune_personas(g.id, Prune::OlderThan(run))
                .await
                .unwrap(),
            0
        );
        assert_eq!(
            store.prune_personas(g.id, Prune::Run(run)).await.unwrap(),
            1
        );

        // Nothing is written to a deleted group.
        store.delete_group(g.project_id, g.id).await.unwrap();
        assert!(!write(Some(run), None, false, &state, Some(persona(5))).await);
        assert!(store
            .list_personas(g.project_id, g.id, run, None, 10)
            .await
            .unwrap()
            .items
            .is_empty());
    }
);

both_backends!(personas_page_in_index_order, |b: Backend| async move {
    use boses::domain::{GenerationId, GenerationStatus, RunInfo};
    use boses::store::{GenerationWrite, PersonaRecord};
    let store = store_for(b).await;
    let g = group(ProjectId::new_random(), "paging");
    store.create_group(&g, None, t(0)).await.unwrap();
    let run = GenerationId::new_random();
    let mut state = GenerationState {
        status: GenerationStatus::Generating,
        run: Some(RunInfo {
            id: run,
            seed: 1,
            definition: g.definition.clone(),
            recorded_at: t(1),
            touched_at: t(1),
        }),
        ..Default::default()
    };
    assert!(store
        .write_generation(&GenerationWrite {
            project: g.project_id,
            group: g.id,
            expect_run: None,
            expect_generated: None,
            expect_active: None,
            expect_visible: None,
            state: &state,
            persona: None,
            remove_persona: None,
            now: t(1)
        })
        .await
        .unwrap());
    for i in 0..12u32 {
        let p = PersonaRecord {
            project_id: g.project_id,
            group_id: g.id,
            run,
            index: i,
            body: json!({"i": i}),
        };
        state.personas_generated = i + 1;
        assert!(store
            .write_generation(&GenerationWrite {
                project: g.project_id,
                group: g.id,
                expect_run: Some(run),
                expect_generated: Some(i),
                expect_active: Some(true),
                expect_visible: None,
                state: &state,
                persona: Some(&p),
                remove_persona: None,
                now: t(2)
            })
            .await
            .unwrap());
    }
    let mut seen = Vec::new();
    let mut after = None;
    loop {
        let page = store
            .list_personas(g.project_id, g.id, run, after, 5)
            .await
            .unwrap();
        seen.extend(page.items.iter().map(|p| p.index));
        match page.next {
            Some(n) => after = Some(n),
            None => break,
        }
    }
    assert_eq!(seen, (0..12).collect::<Vec<_>>());
    // Another run's personas are not listed.
    assert!(store
        .list_personas(g.project_id, g.id, GenerationId::new_random(), None, 5)
        .await
        .unwrap()
        .items
        .is_empty());
});

both_backends!(
    pruning_keeps_the_visible_and_current_runs_whatever_their_ids_sort,
    |b: Backend| async move {
        use boses::domain::{GenerationId, GenerationStatus, RunInfo};
        use boses::store::{GenerationWrite, PersonaRecord, Prune};
        let store = store_for(b).await;
        let g = group(ProjectId::new_random(), "prune");
        store.create_group(&g, None, t(0)).await.unwrap();
        // Ids in this order: stale < current < visible. The current run was recorded
        // last, but its id (say, from an SQS SentTimestamp) sorts before the visible one.
        let id = |n: u128| GenerationId::from_uuid(uuid::Uuid::from_u128(n << 80));
        let (stale, current, visible) = (id(1), id(2), id(3));
        let run_state = |run: GenerationId, status, visible_run, generated| GenerationState {
            status,
            personas_generated: generated,
            visible_run,
            run: Some(RunInfo {
                id: run,
                seed: 1,
                definition: g.definition.clone(),
                recorded_at: t(1),
                touched_at: t(1),
            }),
            ..Default::default()
        };
        let write = |expect_run,
                     expect_generated,
                     state: GenerationState,
                     persona: Option<PersonaRecord>| {
            let store = store.clone();
            async move {
                let ok = store
                    .write_generation(&GenerationWrite {
                        project: g.project_id,
                        group: g.id,
                        expect_run,
                        expect_generated,
                        expect_active: expect_generated.is_some().then_some(true),
                        expect_visible: None,
                        state: &state,
                        persona: persona.as_ref(),
                        remove_persona: None,
                        now: t(2),
                    })
                    .await
                    .unwrap();
                assert!(ok, "{state:?}");
            }
        };
        let persona = |run, index| PersonaRecord {
            project_id: g.project_id,
            group_id: g.id,
            run,
            index,
            body: json!({"i": index}),
        };
        use GenerationStatus::{Complete, Generating};
        // A stale run's persona, then the visible run complete, then the current run
        // in flight with one persona written.
        write(None, None, run_state(stale, Generating, None, 0), None).await;
        write(
            Some(stale),
            Some(0),
            run_state(stale, Generating, None, 1),
            Some(persona(stale, 0)),
        )
        .await;
        write(
            Some(stale),
            None,
            run_state(visible, Generating, None, 0),
            None,
        )
        .await;
        write(
            Some(visible),
            Some(0),
            run_state(visible, Generating, None, 1),
            Some(persona(visible, 0)),
        )
        .await;
        write(
            Some(visible),
            None,
            run_state(visible, Complete, Some(visible), 1),
            None,
        )
        .await;
        write(
            Some(visible),
            None,
            run_state(current, Generating, Some(visible), 0),
            None,
        )
        .await;
        write(
            Some(current),
            Some(0),
            run_state(current, Generating, Some(visible), 1),
            Some(persona(current, 0)),
        )
        .await;

        let removed = store
            .prune_personas(g.id, Prune::Stale(g.project_id))
            .await
            .unwrap();
        assert_eq!(removed, 1, "only the stale run goes");
        for (run, left) in [(stale, 0), (visible, 1), (current, 1)] {
            let page = store
                .list_personas(g.project_id, g.id, run, None, 10)
                .await
                .unwrap();
            assert_eq!(page.items.len(), left, "{run}");
        }
        // A group that is gone is delete_group's to sweep: pruning keeps out of it.
        assert_eq!(
            store
                .prune_personas(g.id, Prune::Stale(ProjectId::new_random()))
                .await
                .unwrap(),
            0
        );
    }
);

/// Keys issued before the organisation/public-id index existed have no pointers;
/// `boses-admin reindex-keys` writes them, without undoing a revocation.
#[tokio::test]
async fn keys_issued_before_the_index_are_reindexed() {
    if boses_tests::skip_dynamo() {
        return;
    }
    let store = boses_tests::fresh_dynamo().await;
    let org = Organisation {
        id: OrgId::new_random(),
        name: "legacy".into(),
        created_at: t(0),
    };
    store.put_organisation(&org).await.unwrap();
    let (old, new) = (boses::auth::new_api_key(), boses::auth::new_api_key());
    for (i, k) in [&old, &new].into_iter().enumerate() {
        store
            .put_api_key(&ApiKeyRecord {
                hash: k.hash(),
                org_id: org.id,
                created_at: t(i as i64),
                expires_at: None,
                revoked_at: None,
            })
            .await
            .unwrap();
    }
    // Make `old` what a key of the earlier layout was: the key item alone.
    let client = boses_tests::dynamo_client(&boses_tests::dynamo_endpoint().unwrap()).await;
    let old_id = old.hash().key_id();
    for (pk, sk) in [
        (format!("ORG#{}", org.id), format!("KEY#{old_id}")),
        (format!("KEYID#{old_id}"), "KEY".to_owned()),
    ] {
        client
            .delete_item()
            .table_name(store.table())
            .key("PK", aws_sdk_dynamodb::types::AttributeValue::S(pk))
            .key("SK", aws_sdk_dynamodb::types::AttributeValue::S(sk))
            .send()
            .await
            .unwrap();
    }
    assert!(store.revoke_api_key(&old.hash(), t(5)).await.unwrap());
    assert_eq!(store.list_api_keys(org.id).await.unwrap().len(), 1);
    assert_eq!(store.find_api_key(&old_id).await.unwrap(), None);

    assert_eq!(store.reindex_api_keys().await.unwrap(), 2);
    assert_eq!(
        store.reindex_api_keys().await.unwrap(),
        2,
        "safe to run again"
    );
    let listed = store.list_api_keys(org.id).await.unwrap();
    assert_eq!(listed.len(), 2);
    let found = store.find_api_key(&old_id).await.unwrap().unwrap();
    assert_eq!(found.revoked_at, Some(t(5)), "the revocation stands");
    assert_eq!(
        store
            .get_api_key(&new.hash())
            .await
            .unwrap()
            .unwrap()
            .revoked_at,
        None
    );
}
