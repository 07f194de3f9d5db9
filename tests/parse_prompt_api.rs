//! POST .../parse-prompt through the handler: auth, body rules, never a 5xx, and an
//! answer that POST accepts unchanged.

use boses_tests::{Backend, TestApp};
use proptest::prelude::*;
use serde_json::{json, Value};

fn path(t: &TestApp) -> String {
    format!("{}/parse-prompt", t.base())
}

#[tokio::test]
async fn parses_and_the_answer_can_be_posted_unchanged() {
    let t = TestApp::new(Backend::Memory).await;
    let r = t
        .authed(
            "POST",
            &path(&t),
            Some(json!({"prompt": "Gen Z coffee drinkers in Jakarta, 25-34, 4 personas"})),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let fields = r.json();
    assert_eq!(fields["location"], "Jakarta, Indonesia");
    assert_eq!(
        (fields["age_min"].clone(), fields["age_max"].clone()),
        (json!(25), json!(34))
    );
    assert_eq!(fields["persona_count"], 4);
    let created = t.authed("POST", &t.base(), Some(fields.clone())).await;
    assert_eq!(created.status, 201, "{}", created.text);
    // Nothing was created by parsing itself.
    assert_eq!(
        t.authed("GET", &t.base(), None)
            .await
            .json()
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[tokio::test]
async fn empty_and_unparseable_prompts_give_only_a_name() {
    let t = TestApp::new(Backend::Memory).await;
    for p in ["", "   ", "hello", "🙂🙂"] {
        let r = t
            .authed("POST", &path(&t), Some(json!({ "prompt": p })))
            .await;
        assert_eq!(r.status, 200);
        let v = r.json();
        let obj = v.as_object().unwrap();
        assert_eq!(obj.keys().collect::<Vec<_>>(), vec!["name"], "{p:?}: {v}");
        assert!(!obj["name"].as_str().unwrap().is_empty());
    }
}

#[tokio::test]
async fn body_rules() {
    let t = TestApp::new(Backend::Memory).await;
    let too_long = "a".repeat(2001);
    let cases = [
        (json!({"prompt": too_long}), "prompt"),
        (json!({}), "prompt"),
        (json!({"prompt": 5}), "prompt"),
        (json!({"prompt": null}), "prompt"),
        (json!({"prompt": "x", "extra": 1}), "extra"),
        (json!("moms"), "body"),
    ];
    for (body, field) in cases {
        let r = t.authed("POST", &path(&t), Some(body.clone())).await;
        assert_eq!(r.status, 400, "{body}");
        assert_eq!(r.error_fields(), vec![field.to_owned()], "{body}");
    }
    let ok = "é".repeat(2000);
    assert_eq!(
        t.authed("POST", &path(&t), Some(json!({ "prompt": ok })))
            .await
            .status,
        200
    );
    let r = t
        .call("POST", &path(&t), &[], Some(r#"{"prompt": "moms"}"#))
        .await;
    assert_eq!(r.status, 401);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_and_always_postable(prompt in "\\PC{0,300}") {
        let p = boses::prompt::parse(&prompt, boses::prompt::Today { year: 2026 });
        let mut v: Value = p.to_json();
        prop_assert!(v["name"].as_str().is_some_and(|n| !n.trim().is_empty()));
        // What POST would do with it.
        let parsed = boses::domain::GroupDefinition::parse(&v);
        prop_assert!(parsed.is_ok(), "{:?} -> {} -> {:?}", prompt, v, parsed.err());
        v["name"] = json!("x");
    }

    #[test]
    fn arbitrary_bytes_as_unicode_never_panic(s in any::<String>()) {
        let _ = boses::prompt::parse(&s, boses::prompt::Today { year: 2026 });
    }
}
