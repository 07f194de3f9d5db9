//! Handler tests: requests shaped exactly like API Gateway's, on both stores.

use boses::domain::OrgId;
use boses_tests::{apigw_request, both_backends, Backend, TestApp};
use serde_json::{json, Value};
use std::time::Duration;

/// (description, headers, expected status)
type AuthCase = (String, Vec<(&'static str, String)>, u16);

fn group_path(t: &TestApp, id: &str) -> String {
    format!("{}/{id}", t.base())
}

/// Every (method, path) of the API, for matrices.
fn endpoints(t: &TestApp, group: &str) -> Vec<(&'static str, String, Option<Value>)> {
    vec![
        ("GET", t.base(), None),
        ("POST", t.base(), Some(json!({"name": "n"}))),
        ("GET", group_path(t, group), None),
        ("PATCH", group_path(t, group), Some(json!({"name": "m"}))),
        ("GET", format!("{}/personas", group_path(t, group)), None),
        ("DELETE", group_path(t, group), None),
    ]
}

both_backends!(auth_matrix, |b: Backend| async move {
    let t = TestApp::new(b).await;
    let g = t.create(json!({"name": "secret group of org A"})).await;
    let gid = g["id"].as_str().unwrap().to_owned();

    // An expired key of the same organisation.
    let org = OrgId::parse(
        &t.app
            .store
            .get_project(t.project.parse().unwrap())
            .await
            .unwrap()
            .unwrap()
            .org_id
            .to_string(),
    )
    .unwrap();
    let expiring = boses::tenancy::create_key(
        t.app.store.as_ref(),
        t.app.clock.as_ref(),
        org,
        Some(1),
        None,
    )
    .await
    .unwrap();
    let revoked =
        boses::tenancy::create_key(t.app.store.as_ref(), t.app.clock.as_ref(), org, None, None)
            .await
            .unwrap();
    boses::tenancy::revoke_key(t.app.store.as_ref(), t.app.clock.as_ref(), &revoked.key)
        .await
        .unwrap();
    t.clock.advance(Duration::from_secs(2 * 86_400));
    let unknown = boses::auth::new_api_key().expose().to_owned();

    for (method, path, body) in endpoints(&t, &gid) {
        let body = body.map(|b| b.to_string());
        let cases: Vec<AuthCase> = vec![
            ("no key".into(), vec![], 401),
            (
                "malformed bearer".into(),
                vec![("authorization", "Bearer abc".into())],
                401,
            ),
            (
                "wrong scheme".into(),
                vec![("authorization", format!("Basic {}", t.key))],
                401,
            ),
            (
                "malformed x-api-key".into(),
                vec![("x-api-key", "boses_xyz".into())],
                401,
            ),
            (
                "unknown".into(),
                vec![("authorization", format!("Bearer {unknown}"))],
                401,
            ),
            (
                "expired".into(),
                vec![("authorization", format!("Bearer {}", expiring.key))],
                401,
            ),
            (
                "revoked".into(),
                vec![("x-api-key", revoked.key.clone())],
                401,
            ),
            (
                "other org".into(),
                vec![("authorization", format!("Bearer {}", t.other_key))],
                404,
            ),
        ];
        for (name, headers, want) in cases {
            let h: Vec<(&str, &str)> = headers.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let r = t.call(method, &path, &h, body.as_deref()).await;
            assert_eq!(r.status, want, "{method} {path} with {name}: {}", r.text);
            if want == 401 {
                assert_eq!(r.header("www-authenticate").as_deref(), Some("Bearer"));
                assert_eq!(r.error_code(), "unauthorized");
            } else {
                assert_eq!(r.json()["detail"], "Project not found");
            }
            assert!(!r.text.contains("secret group"), "{name} leaked data");
        }
    }
    // The right key, last (DELETE consumes the group).
    for (method, path, body) in endpoints(&t, &gid) {
        let r = t.authed(method, &path, body).await;
        assert!(r.status < 300, "{method} {path}: {} {}", r.status, r.text);
    }
});

both_backends!(
    other_orgs_key_cannot_reach_groups_even_with_its_own_project_path,
    |b: Backend| async move {
        let t = TestApp::new(b).await;
        let g = t.create(json!({"name": "A's"})).await;
        // Org B asks for A's group under B's own project: the group is not there.
        let path = format!(
            "/api/v1/projects/{}/persona-groups/{}",
            t.other_project,
            g["id"].as_str().unwrap()
        );
        let auth = format!("Bearer {}", t.other_key);
        let r = t
            .call("GET", &path, &[("authorization", &auth)], None)
            .await;
        assert_eq!(r.status, 404);
        assert_eq!(r.json()["detail"], "Persona group not found");
    }
);

both_backends!(
    revocation_takes_effect_within_a_minute_despite_cache,
    |b: Backend| async move {
        let t = TestApp::new(b).await;
        let auth = format!("Bearer {}", t.key);
        assert_eq!(
            t.call("GET", &t.base(), &[("authorization", &auth)], None)
                .await
                .status,
            200
        );
        boses::tenancy::revoke_key(t.app.store.as_ref(), t.app.clock.as_ref(), &t.key)
            .await
            .unwrap();
        t.clock.advance(Duration::from_secs(60));
        assert_eq!(
            t.call("GET", &t.base(), &[("authorization", &auth)], None)
                .await
                .status,
            401
        );
    }
);

both_backends!(
    create_returns_201_location_and_defaults,
    |b: Backend| async move {
        let t = TestApp::new(b).await;
        let r = t
        .authed("POST", &t.base(), Some(json!({"name": " Jakarta Gen Z ", "gender": "female", "income_level": "LOW", "age_min": 18, "age_max": 29})))
        .await;
        assert_eq!(r.status, 201, "{}", r.text);
        let g = r.json();
        let id = g["id"].as_str().unwrap();
        assert_eq!(uuid::Uuid::parse_str(id).unwrap().get_version_num(), 7);
        assert_eq!(r.header("location").unwrap(), group_path(&t, id));
        assert_eq!(g["project_id"], t.project.as_str());
        assert_eq!(g["name"], "Jakarta Gen Z");
        assert_eq!(g["gender"], "Female");
        assert_eq!(g["income_level"], "Low");
        assert_eq!(g["persona_count"], 5);
        assert_eq!(g["generation_status"], "pending");
        assert_eq!(g["personas_generated"], 0);
        assert_eq!(g["description"], Value::Null);
        assert_eq!(g["created_at"], "2026-11-28T19:43:11.000Z");
        assert_eq!(
            r.header("content-type").as_deref(),
            Some("application/json")
        );
        let got = t.authed("GET", &group_path(&t, id), None).await;
        assert_eq!(got.status, 200);
        assert_eq!(got.json(), g);
    }
);

both_backends!(
    create_rejects_bad_bodies_naming_fields,
    |b: Backend| async move {
        let t = TestApp::new(b).await;
        let cases: Vec<(Value, &[&str])> = vec![
            (json!({}), &["name"]),
            (json!({"name": ""}), &["name"]),
            (json!({"name": "x".repeat(121)}), &["name"]),
            (json!({"name": "n", "age_min": 12}), &["age_min"]),
            (json!({"name": "n", "age_max": 101}), &["age_max"]),
            (
                json!({"name": "n", "age_min": 40, "age_max": 30}),
                &["age_min"],
            ),
            (json!({"name": "n", "gender": "robot"}), &["gender"]),
            (
                json!({"name": "n", "income_level": "rich"}),
                &["income_level"],
            ),
            (
                json!({"name": "n", "persona_count": 11}),
                &["persona_count"],
            ),
            (
                json!({"name": "n", "persona_count": "5"}),
                &["persona_count"],
            ),
            (
                json!({"name": "n", "description": "d".repeat(2001)}),
                &["description"],
            ),
            (
                json!({"name": "n", "location": "l".repeat(121)}),
                &["location"],
            ),
            (
                json!({"name": "n", "occupation": "o".repeat(121)}),
                &["occupation"],
            ),
            (
                json!({"name": "n", "psychographic_notes": "p".repeat(2001)}),
                &["psychographic_notes"],
            ),
            (
                json!({"name": "n", "favourite_colour": "red"}),
                &["favourite_colour"],
            ),
            (
                json!({"name": "n", "generation_status": "complete"}),
                &["generation_status"],
            ),
            (json!({"name": 1, "gender": 2}), &["name", "gender"]),
            (json!([1, 2]), &["body"]),
        ];
        for (body, fields) in cases {
            let r = t.authed("POST", &t.base(), Some(body.clone())).await;
            assert_eq!(r.status, 400, "{body}: {}", r.text);
            assert_eq!(r.error_code(), "validation_error");
            assert_eq!(r.error_fields(), fields, "{body}");
        }
        let auth = format!("Bearer {}", t.key);
        let h = [("authorization", auth.as_str())];
        let r = t.call("POST", &t.base(), &h, Some("{not json")).await;
        assert_eq!((r.status, r.error_code().as_str()), (400, "invalid_json"));
        let r = t.call("POST", &t.base(), &h, None).await;
        assert_eq!((r.status, r.error_fields()), (400, vec!["body".to_owned()]));
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        assert_eq!(t.call("POST", &t.base(), &h, Some(&deep)).await.status, 400);
        let big = json!({"name": "n", "description": "x".repeat(70_000)}).to_string();
        let r = t.call("POST", &t.base(), &h, Some(&big)).await;
        assert_eq!(
            (r.status, r.error_code().as_str()),
            (413, "payload_too_large")
        );
        // Nothing was created by any of that.
        assert_eq!(t.authed("GET", &t.base(), None).await.json(), json!([]));
    }
);

both_backends!(
    invisible_and_direction_changing_characters_are_refused_in_single_line_fields,
    |b: Backend| async move {
        let t = TestApp::new(b).await;
        // U+202E turns "Gen Z gamers" into what it is not on screen; U+2028 breaks one
        // line in two; U+200B hides inside a word.
        for (field, value) in [
            ("name", "Gen Z \u{202E}sremag"),
            ("location", "Jakarta\u{2028}Indonesia"),
            ("occupation", "nu\u{200B}rse"),
        ] {
            let mut body = json!({"name": "n"});
            body[field] = json!(value);
            let r = t.authed("POST", &t.base(), Some(body.clone())).await;
            assert_eq!(r.status, 400, "{body}: {}", r.text);
            assert_eq!(r.error_fields(), vec![field.to_owned()], "{body}");
            assert!(r.text.contains("invisible"), "{}", r.text);
        }
        let g = t
            .create(json!({"name": "moms \u{1F469}\u{200D}\u{1F467}"}))
            .await;
        let id = g["id"].as_str().unwrap();
        assert_eq!(
            g["name"], "moms \u{1F469}\u{200D}\u{1F467}",
            "emoji joiners are text"
        );
        let r = t
            .authed(
                "PATCH",
                &group_path(&t, id),
                Some(json!({"location": "Manila\u{2029}Philippines"})),
            )
            .await;
        assert_eq!(r.status, 400, "{}", r.text);
        assert_eq!(r.error_fields(), vec!["location".to_owned()]);
        // Multi-line fields keep their rule: a line separator there is still text.
        let r = t
            .authed(
                "PATCH",
                &group_path(&t, id),
                Some(json!({"description": "one\u{2028}two"})),
            )
            .await;
        assert_eq!(r.status, 200, "{}", r.text);
    }
);

#[tokio::test]
async fn invalid_utf8_body_is_a_400() {
    let t = TestApp::new(Backend::Memory).await;
    let auth = format!("Bearer {}", t.key);
    let mut req = apigw_request("POST", &t.base(), &[("authorization", &auth)], None);
    *req.body_mut() = lambda_http::Body::Binary(vec![b'{', 0xff, 0xfe, b'}']);
    let r = boses_tests::Resp::from(t.app.handle(boses::api::Endpoint::CreateGroup, req).await);
    assert_eq!(
        (r.status, r.error_code().as_str()),
        (400, "invalid_encoding")
    );
}

both_backends!(
    idempotency_key_replays_or_conflicts,
    |b: Backend| async move {
        let t = TestApp::new(b).await;
        let auth = format!("Bearer {}", t.key);
        let body = json!({"name": "Once", "age_min": 20}).to_string();
        let reordered = r#"{"age_min": 20, "name": "Once"}"#;
        let h = [
            ("authorization", auth.as_str()),
            ("idempotency-key", "order-123"),
        ];
        let first = t.call("POST", &t.base(), &h, Some(&body)).await;
        assert_eq!(first.status, 201);
        let again = t.call("POST", &t.base(), &h, Some(reordered)).await;
        assert_eq!(again.status, 201);
        assert_eq!(again.json(), first.json());
        assert_eq!(again.header("location"), first.header("location"));
        let other = t
            .call("POST", &t.base(), &h, Some(r#"{"name": "Twice"}"#))
            .await;
        assert_eq!(
            (other.status, other.error_code().as_str()),
            (409, "idempotency_key_reused")
        );
        assert_eq!(
            t.authed("GET", &t.base(), None)
                .await
                .json()
                .as_array()
                .unwrap()
                .len(),
            1
        );
        let bad = t
            .call(
                "POST",
                &t.base(),
                &[
                    ("authorization", auth.as_str()),
                    ("idempotency-key", &"k".repeat(300)),
                ],
                Some(&body),
            )
            .await;
        assert_eq!(
            (bad.status, bad.error_fields()),
            (400, vec!["Idempotency-Key".to_owned()])
        );
    }
);

both_backends!(
    get_rejects_malformed_and_missing_ids,
    |b: Backend| async move {
        let t = TestApp::new(b).await;
        let r = t.authed("GET", &group_path(&t, "not-a-uuid"), None).await;
        assert_eq!(
            (r.status, r.error_fields()),
            (400, vec!["group_id".to_owned()])
        );
        let r = t
            .authed(
                "GET",
                &group_path(&t, &uuid::Uuid::now_v7().to_string()),
                None,
            )
            .await;
        assert_eq!((r.status, r.error_code().as_str()), (404, "not_found"));
        let bad_project = "/api/v1/projects/nope/persona-groups";
        let r = t.authed("GET", bad_project, None).await;
        assert_eq!(
            (r.status, r.error_fields()),
            (400, vec!["project_id".to_owned()])
        );
        let missing_project = format!("/api/v1/projects/{}/persona-groups", uuid::Uuid::new_v4());
        let r = t.authed("GET", &missing_project, None).await;
        assert_eq!(
            (r.status, r.json()["detail"].as_str()),
            (404, Some("Project not found"))
        );
    }
);

both_backends!(
    patch_is_partial_null_clears_and_merged_is_validated,
    |b: Backend| async move {
        let t = TestApp::new(b).await;
        let g = t
        .create(json!({"name": "Moms", "age_min": 25, "age_max": 34, "location": "Cebu, Philippines", "occupation": "Nurse"}))
        .await;
        let path = group_path(&t, g["id"].as_str().unwrap());
        t.clock.advance(Duration::from_secs(5));
        let r = t
            .authed(
                "PATCH",
                &path,
                Some(json!({"occupation": null, "persona_count": 8})),
            )
            .await;
        assert_eq!(r.status, 200, "{}", r.text);
        let p = r.json();
        assert_eq!(p["occupation"], Value::Null);
        assert_eq!(p["persona_count"], 8);
        assert_eq!(p["location"], "Cebu, Philippines");
        assert_eq!(p["name"], "Moms");
        assert_eq!(p["created_at"], g["created_at"]);
        assert_ne!(p["updated_at"], g["updated_at"]);
        assert_eq!(p["generation_status"], "pending");

        let r = t.authed("PATCH", &path, Some(json!({"age_min": 40}))).await;
        assert_eq!(
            (r.status, r.error_fields()),
            (400, vec!["age_min".to_owned()])
        );
        let r = t.authed("PATCH", &path, Some(json!({"name": null}))).await;
        assert_eq!((r.status, r.error_fields()), (400, vec!["name".to_owned()]));
        let r = t.authed("PATCH", &path, Some(json!({"id": "x"}))).await;
        assert_eq!((r.status, r.error_fields()), (400, vec!["id".to_owned()]));
        let r = t
            .authed(
                "PATCH",
                &path,
                Some(json!({"age_max": null, "age_min": 40})),
            )
            .await;
        assert_eq!(r.status, 200);
        assert_eq!(
            (r.json()["age_min"].clone(), r.json()["age_max"].clone()),
            (json!(40), Value::Null)
        );
        // An empty patch changes nothing and still answers with the group.
        let r = t.authed("PATCH", &path, Some(json!({}))).await;
        assert_eq!(r.status, 200);
        assert_eq!(r.json()["age_min"], 40);
        let r = t
            .authed(
                "PATCH",
                &group_path(&t, &uuid::Uuid::now_v7().to_string()),
                Some(json!({"name": "x"})),
            )
            .await;
        assert_eq!(r.status, 404);
    }
);

both_backends!(delete_then_gone, |b: Backend| async move {
    let t = TestApp::new(b).await;
    let g = t.create(json!({"name": "Doomed"})).await;
    let path = group_path(&t, g["id"].as_str().unwrap());
    let r = t.authed("DELETE", &path, None).await;
    assert_eq!((r.status, r.text.as_str()), (204, ""));
    assert_eq!(t.authed("GET", &path, None).await.status, 404);
    assert_eq!(t.authed("DELETE", &path, None).await.status, 404);
    assert_eq!(
        t.authed("GET", &format!("{path}/personas"), None)
            .await
            .status,
        404
    );
});

both_backends!(list_pages_with_cursor_and_link, |b: Backend| async move {
    let t = TestApp::new(b).await;
    let mut ids = Vec::new();
    for i in 0..5 {
        ids.push(
            t.create(json!({"name": format!("g{i}")})).await["id"]
                .as_str()
                .unwrap()
                .to_owned(),
        );
        // No pause needed: `Uuid::now_v7` orders the ids one process makes by creation.
    }
    let mut seen = Vec::new();
    let mut url = format!("{}?limit=2", t.base());
    let mut pages = 0;
    loop {
        let r = t.authed("GET", &url, None).await;
        assert_eq!(r.status, 200);
        pages += 1;
        seen.extend(
            r.json()
                .as_array()
                .unwrap()
                .iter()
                .map(|g| g["id"].as_str().unwrap().to_owned()),
        );
        match r.header("x-next-cursor") {
            Some(c) => {
                let link = r.header("link").unwrap();
                assert!(link.ends_with("; rel=\"next\""), "{link}");
                assert!(link.contains(&c));
                url = link
                    .trim_start_matches('<')
                    .split('>')
                    .next()
                    .unwrap()
                    .to_owned();
            }
            None => break,
        }
    }
    assert_eq!(seen, ids);
    assert_eq!(pages, 3);

    for bad in ["0", "101", "-1", "abc", "1.5"] {
        let r = t
            .authed("GET", &format!("{}?limit={bad}", t.base()), None)
            .await;
        assert_eq!(
            (r.status, r.error_fields()),
            (400, vec!["limit".to_owned()]),
            "{bad}"
        );
    }
    for bad in ["garbage", "YzF8eHx5", "%%%"] {
        let r = t
            .authed("GET", &format!("{}?cursor={bad}", t.base()), None)
            .await;
        assert_eq!(
            (r.status, r.error_fields()),
            (400, vec!["cursor".to_owned()]),
            "{bad}"
        );
    }
    // A cursor minted for one project is refused by another.
    let r = t
        .authed("GET", &format!("{}?limit=1", t.base()), None)
        .await;
    let cursor = r.header("x-next-cursor").unwrap();
    let other = format!(
        "/api/v1/projects/{}/persona-groups?cursor={cursor}",
        t.other_project
    );
    let auth = format!("Bearer {}", t.other_key);
    let r = t
        .call("GET", &other, &[("authorization", &auth)], None)
        .await;
    assert_eq!(
        (r.status, r.error_fields()),
        (400, vec!["cursor".to_owned()])
    );
});

both_backends!(
    personas_of_a_never_generated_group_are_empty,
    |b: Backend| async move {
        let t = TestApp::new(b).await;
        let g = t.create(json!({"name": "Fresh"})).await;
        let r = t
            .authed(
                "GET",
                &format!("{}/personas", group_path(&t, g["id"].as_str().unwrap())),
                None,
            )
            .await;
        assert_eq!(r.status, 200);
        assert_eq!(r.json(), json!([]));
        let r = t
            .authed(
                "GET",
                &format!(
                    "{}/personas?limit=0",
                    group_path(&t, g["id"].as_str().unwrap())
                ),
                None,
            )
            .await;
        assert_eq!(r.status, 400);
    }
);

#[tokio::test]
async fn unknown_routes_and_methods() {
    let t = TestApp::new(Backend::Memory).await;
    let r = t.authed("GET", "/nope", None).await;
    assert_eq!((r.status, r.error_code().as_str()), (404, "not_found"));
    let r = t.authed("PUT", &t.base(), Some(json!({}))).await;
    assert_eq!(r.status, 405);
    assert_eq!(r.header("allow").as_deref(), Some("GET, POST"));
}

both_backends!(
    forged_cursors_stay_inside_the_callers_listing,
    |b: Backend| async move {
        let t = TestApp::new(b).await;
        for i in 0..3 {
            t.create(json!({"name": format!("mine {i}")})).await;
        }
        let theirs = t
            .call(
                "POST",
                &format!("/api/v1/projects/{}/persona-groups", t.other_project),
                &[("authorization", &format!("Bearer {}", t.other_key))],
                Some(&json!({"name": "theirs"}).to_string()),
            )
            .await;
        assert_eq!(theirs.status, 201, "{}", theirs.text);
        let their_id = theirs.json()["id"].as_str().unwrap().to_owned();
        let scope = format!("groups:{}", t.project);

        // The checksum is not a secret: anyone can mint a well-formed cursor. One naming
        // another project's group still only pages through the caller's own partition.
        let forged = boses::store::cursor::encode(&scope, &their_id);
        let r = t
            .authed("GET", &format!("{}?cursor={forged}", t.base()), None)
            .await;
        assert_eq!(r.status, 200, "{}", r.text);
        for g in r.json().as_array().unwrap() {
            assert_eq!(g["project_id"], t.project.as_str(), "foreign data: {g}");
            assert_ne!(g["id"], their_id.as_str());
        }
        // A valid checksum over a key that is not a group id is refused, naming the field.
        for key in [
            "not-a-uuid",
            "",
            "../../etc",
            "0193a5b0-1111-7111-8111-00000000000Z",
        ] {
            let c = boses::store::cursor::encode(&scope, key);
            let r = t
                .authed("GET", &format!("{}?cursor={c}", t.base()), None)
                .await;
            assert_eq!(
                (r.status, r.error_fields()),
                (400, vec!["cursor".to_owned()]),
                "{key:?}: {}",
                r.text
            );
        }
    }
);

#[tokio::test]
async fn a_warm_instance_reads_a_key_once_per_cache_window() {
    use boses_tests::generation::HookStore;
    use std::sync::atomic::Ordering;
    let store = HookStore::new(boses_tests::store_for(Backend::Memory).await);
    let t = TestApp::with_store(store.clone()).await;
    let reads = || store.key_reads.load(Ordering::SeqCst);
    let before = reads();
    for _ in 0..3 {
        assert_eq!(t.authed("GET", &t.base(), None).await.status, 200);
    }
    assert_eq!(reads() - before, 1, "three requests, one key lookup");
    // Within the 30 s window the cached record is used; after it, the key is read again
    // (which is what makes a revocation reach every warm instance within a minute).
    t.clock.advance(Duration::from_secs(29));
    assert_eq!(t.authed("GET", &t.base(), None).await.status, 200);
    assert_eq!(reads() - before, 1, "still cached at 29 s");
    t.clock.advance(Duration::from_secs(1));
    assert_eq!(t.authed("GET", &t.base(), None).await.status, 200);
    assert_eq!(reads() - before, 2, "read again at 30 s");

    // Two keys share the cache without evicting each other.
    let other_base = format!("/api/v1/projects/{}/persona-groups", t.other_project);
    let other_auth = format!("Bearer {}", t.other_key);
    let other_headers = [("authorization", other_auth.as_str())];
    let other = || t.call("GET", &other_base, &other_headers, None);
    assert_eq!(other().await.status, 200);
    let both = reads();
    for _ in 0..3 {
        assert_eq!(t.authed("GET", &t.base(), None).await.status, 200);
        assert_eq!(other().await.status, 200);
    }
    assert_eq!(
        reads(),
        both,
        "alternating keys are both served from the cache"
    );
}

/// A well-formed key nobody has costs one lookup per warm instance and 10 s window,
/// not one per request.
#[tokio::test]
async fn unknown_keys_are_remembered_briefly() {
    use boses_tests::generation::HookStore;
    use std::sync::atomic::Ordering;
    let store = HookStore::new(boses_tests::store_for(Backend::Memory).await);
    let t = TestApp::with_store(store.clone()).await;
    let reads = || store.key_reads.load(Ordering::SeqCst);
    let random = format!("Bearer boses_{}", "ab".repeat(32));
    let h = [("authorization", random.as_str())];
    let before = reads();
    for _ in 0..5 {
        assert_eq!(t.call("GET", &t.base(), &h, None).await.status, 401);
    }
    assert_eq!(reads() - before, 1, "five attempts, one lookup");
    t.clock.advance(boses::auth::UNKNOWN_KEY_CACHE_TTL);
    assert_eq!(t.call("GET", &t.base(), &h, None).await.status, 401);
    assert_eq!(reads() - before, 2, "looked up again once the entry lapsed");
    // The real key is unaffected.
    assert_eq!(t.authed("GET", &t.base(), None).await.status, 200);
}

both_backends!(
    one_abusive_key_is_throttled_while_another_tenant_is_served,
    |b: Backend| async move {
        let mut t = TestApp::new(b).await;
        t.app.auth.limits = boses::auth::RateLimits {
            per_key: 20,
            per_org: 0,
        };
        let other_base = format!("/api/v1/projects/{}/persona-groups", t.other_project);
        let other_auth = format!("Bearer {}", t.other_key);
        let other_headers = [("authorization", other_auth.as_str())];
        // The abusive client: 60 requests in its window, interleaved with a well-behaved
        // tenant's 15.
        let mut limited = 0;
        for i in 0..60 {
            let r = t.authed("GET", &t.base(), None).await;
            match r.status {
                200 => assert!(i < 20, "request {i} passed the limit"),
                429 => {
                    limited += 1;
                    assert_eq!(r.error_code(), "rate_limited");
                    let after: u64 = r.header("retry-after").unwrap().parse().unwrap();
                    assert!((1..=60).contains(&after), "Retry-After {after}");
                }
                s => panic!("unexpected {s}: {}", r.text),
            }
            if i % 4 == 0 {
                let o = t.call("GET", &other_base, &other_headers, None).await;
                assert_eq!(o.status, 200, "the other tenant is served: {}", o.text);
            }
        }
        assert_eq!(limited, 40);
        // The next window admits the key again.
        t.clock.advance(Duration::from_secs(60));
        assert_eq!(t.authed("GET", &t.base(), None).await.status, 200);
        // An organisation limit covers all of its keys together.
        t.app.auth.limits = boses::auth::RateLimits {
            per_key: 0,
            per_org: 3,
        };
        t.clock.advance(Duration::from_secs(60));
        let statuses: Vec<u16> = {
            let mut v = Vec::new();
            for _ in 0..5 {
                v.push(t.authed("GET", &t.base(), None).await.status);
            }
            v
        };
        assert_eq!(statuses, vec![200, 200, 200, 429, 429]);
    }
);

/// With the CloudFront edge on (`EdgeRateLimit`), a request that did not come through
/// it (no or a wrong `X-Boses-Edge`) went around the WAF rule: 403, before any lookup.
#[tokio::test]
async fn requests_around_the_edge_are_refused() {
    let mut t = TestApp::new(Backend::Memory).await;
    let auth = format!("Bearer {}", t.key);
    assert_eq!(
        t.call("GET", &t.base(), &[("authorization", auth.as_str())], None)
            .await
            .status,
        200,
        "no edge configured: nothing is required"
    );
    t.app.edge_secret = Some("0a1b2c3d-edge".into());
    for headers in [
        vec![("authorization", auth.as_str())],
        vec![
            ("authorization", auth.as_str()),
            ("x-boses-edge", "0a1b2c3d-edgf"),
        ],
        vec![("x-boses-edge", "")],
    ] {
        let r = t.call("GET", &t.base(), &headers, None).await;
        assert_eq!(
            (r.status, r.error_code()),
            (403, "forbidden".to_owned()),
            "{headers:?}: {}",
            r.text
        );
    }
    let through = [
        ("authorization", auth.as_str()),
        ("x-boses-edge", "0a1b2c3d-edge"),
    ];
    assert_eq!(t.call("GET", &t.base(), &through, None).await.status, 200);
    // The edge header is not a key: the API key is still required.
    let r = t
        .call("GET", &t.base(), &[("x-boses-edge", "0a1b2c3d-edge")], None)
        .await;
    assert_eq!(r.status, 401);
}
