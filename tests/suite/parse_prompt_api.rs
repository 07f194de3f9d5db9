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

/// Fragments that real prompts are made of, including the numbers, places and
/// labels that parse-prompt reads, and oversized pieces.
const FRAGMENTS: &[&str] = &[
    "Gen Z",
    "millennial",
    "moms",
    "dads",
    "men and women",
    "in",
    "sa",
    "di",
    "aged",
    "between",
    "and",
    "to",
    "over",
    "under",
    "under-",
    "at least",
    "up to",
    "early",
    "mid",
    "late",
    "30s",
    "40-somethings",
    "twenty-somethings",
    "over-60s",
    "18+",
    "99-100",
    "100+",
    "over 100",
    "under 13",
    "12-15",
    "5-12",
    "0-200",
    "2025",
    "$50",
    "RM300",
    "Rp 50rb",
    "50%",
    "top 10",
    "iPhone 15",
    "7-Eleven",
    "Personas:",
    "personas",
    "persona",
    "a persona of",
    "12 personas",
    "0 personas",
    "3 customer personas",
    "Income: high",
    "income: low",
    "B40",
    "T20",
    "AB",
    "C1/C2",
    "DE",
    "masa",
    "mass affluent",
    "Manila",
    "Metro Manila",
    "BGC",
    "Marikina",
    "Tagaytay",
    "KL",
    "HCMC",
    "Saigon",
    "Auckland, New Zealand",
    "Bogota",
    "Dubai",
    "Jawa Tengah",
    "Selangor",
    "New South Wales",
    "Smallville",
    "Riverdale",
    "Toyota",
    "wives of",
    "OFWs",
    "parents of",
    "teenagers",
    "students at UP",
    "college students",
    "Grab drivers",
    "bus drivers",
    "gym owners",
    "Shopee sellers",
    "medical students",
    "nurses",
    ",",
    ".",
    ":",
    "-",
    "|",
    "(",
    ")",
    "🙂",
    "ñ",
    "Đà Nẵng",
];

/// A deterministic mix of fragments and long made-up names (no RNG crate needed).
fn structured_prompts(n: usize) -> Vec<String> {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..n)
        .map(|_| {
            let parts = 1 + (next() % 14) as usize;
            (0..parts)
                .map(|_| match next() % 10 {
                    0 => format!("in {}", "Zq".repeat(1 + (next() % 90) as usize)),
                    1 => format!("{}", next() % 130),
                    2 => format!("{}-{}", next() % 120, next() % 120),
                    3 => format!(
                        "{} {}",
                        "Longname".repeat(1 + (next() % 30) as usize),
                        "drivers"
                    ),
                    _ => FRAGMENTS[(next() % FRAGMENTS.len() as u64) as usize].to_owned(),
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// Every corpus prompt and a few hundred adversarial ones go through the HTTP route,
/// and each answer is posted unchanged to POST .../persona-groups, which must take it.
#[tokio::test]
async fn every_answer_is_accepted_unchanged_by_post() {
    let t = TestApp::new(Backend::Memory).await;
    let corpus = include_str!("../../core/tests/data/parse_prompt_corpus.jsonl")
        .lines()
        .chain(include_str!("../../core/tests/data/parse_prompt_heldout.jsonl").lines())
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["prompt"]
                .as_str()
                .unwrap()
                .to_owned()
        });
    let long = vec![
        format!("moms in {}", "Verylongplacename ".repeat(30)),
        format!("{} drivers in Manila", "extraordinarily".repeat(20)),
        "Gen Z ".repeat(300),
        "x".repeat(2_000),
    ];
    let mut n = 0;
    for prompt in corpus.chain(structured_prompts(400)).chain(long) {
        let prompt: String = prompt.chars().take(2_000).collect();
        let r = t
            .authed("POST", &path(&t), Some(json!({ "prompt": prompt })))
            .await;
        assert_eq!(r.status, 200, "{prompt:?}: {}", r.text);
        let fields = r.json();
        let created = t.authed("POST", &t.base(), Some(fields.clone())).await;
        assert_eq!(
            created.status, 201,
            "{prompt:?} -> {fields} -> {}",
            created.text
        );
        n += 1;
    }
    assert!(n > 1_000, "{n} prompts");
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
    fn structured_prompts_always_postable(
        parts in proptest::collection::vec(
            prop_oneof![
                proptest::sample::select(FRAGMENTS).prop_map(str::to_owned),
                (0u32..200).prop_map(|n| n.to_string()),
                (0u32..130, 0u32..130).prop_map(|(a, b)| format!("{a}-{b}")),
                "[A-Z][a-z]{1,80}",
            ],
            0..16,
        )
    ) {
        let prompt = parts.join(" ");
        let v: Value = boses::prompt::parse(&prompt, boses::prompt::Today { year: 2026 }).to_json();
        let parsed = boses::domain::GroupDefinition::parse(&v);
        prop_assert!(parsed.is_ok(), "{:?} -> {} -> {:?}", prompt, v, parsed.err());
    }

    #[test]
    fn arbitrary_bytes_as_unicode_never_panic(s in any::<String>()) {
        let _ = boses::prompt::parse(&s, boses::prompt::Today { year: 2026 });
    }
}
