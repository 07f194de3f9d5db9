//! The same personas byte for byte for the same group, seed and engine version, and the
//! same parse results: a fixed set of 720 personas (24 places x 5 audiences x 6) and
//! every corpus prompt's parse, hashed. A change that alters either must say so: bump
//! `ENGINE_VERSION` (personas) or accept the parse change, and record the new hash here.
//! `BOSES_GOLDEN_OUT=<file> cargo test -p boses-core --test golden` writes the text, to
//! diff two versions.

use boses_core::domain::GroupDefinition;
use boses_core::persona::engine::PersonaRequest;
use boses_core::persona::offline;
use sha2::{Digest, Sha256};

/// ENGINE_VERSION -> SHA-256 of the golden text under it.
const RECORDED: &[(&str, &str)] = &[
    (
        "3",
        "0e712b2810dcaabf350d77f44883d139367a6e136236e369f0a73e5098e7cd6f",
    ),
    (
        "4",
        "056cc233c1c009cc2155feb0d38b8abc17f5745e45bf03e207bcbbe128260986",
    ),
    (
        "5",
        "be75124d71370d6cbec8143aaa2b7aa05b35e2aa34f0fada5e80d6055c3dcc5a",
    ),
];

fn golden_text() -> String {
    let mut out = String::new();
    let locations = [
        "",
        "Metro Manila, Philippines",
        "Cebu, Philippines",
        "Jakarta, Indonesia",
        "Kuala Lumpur, Malaysia",
        "Singapore",
        "Bangkok, Thailand",
        "Ho Chi Minh City, Vietnam",
        "Tokyo, Japan",
        "Seoul, South Korea",
        "Shanghai, China",
        "Mumbai, India",
        "Lagos, Nigeria",
        "Nairobi, Kenya",
        "Johannesburg, South Africa",
        "Sydney, Australia",
        "London, United Kingdom",
        "Berlin, Germany",
        "Paris, France",
        "New York City, United States",
        "São Paulo, Brazil",
        "Mexico City, Mexico",
        "Reykjavík, Iceland",
        "Philippines",
    ];
    let extras = [
        serde_json::json!({}),
        serde_json::json!({"age_min": 18, "age_max": 24, "gender": "Female", "income_level": "Low"}),
        serde_json::json!({"age_min": 60, "age_max": 80, "gender": "Male", "income_level": "High", "occupation": "retired teacher"}),
        serde_json::json!({"age_min": 30, "age_max": 45, "occupation": "nurse", "description": "working moms who shop online", "psychographic_notes": "budget conscious"}),
        serde_json::json!({"age_min": 13, "age_max": 17}),
    ];
    let run = boses_core::domain::GenerationId::from_uuid(uuid::Uuid::from_u128(
        0x0123_4567_89ab_cdef_0123_4567_89ab_cdef,
    ));
    let group = boses_core::domain::GroupId::from_uuid(uuid::Uuid::from_u128(42));
    for (li, loc) in locations.iter().enumerate() {
        for (ei, extra) in extras.iter().enumerate() {
            let mut body = extra.clone();
            body["name"] = format!("golden {li} {ei}").into();
            if !loc.is_empty() {
                body["location"] = (*loc).into();
            }
            body["persona_count"] = 6.into();
            let def = GroupDefinition::parse(&body).expect("valid definition");
            for i in 0..6 {
                let p = offline::generate(&PersonaRequest {
                    group_id: group,
                    run,
                    definition: &def,
                    seed: 7 + li as u64 * 31 + ei as u64,
                    index: i,
                    created_at: boses_core::clock::Timestamp::from_unix_millis(1_700_000_000_000),
                })
                .expect("persona");
                out.push_str(&serde_json::to_string(&p).expect("json"));
                out.push('\n');
            }
        }
    }
    let today = boses_core::prompt::Today { year: 2026 };
    for set in [
        include_str!("data/parse_prompt_corpus.jsonl"),
        include_str!("data/parse_prompt_heldout.jsonl"),
    ] {
        for line in set.lines() {
            let v: serde_json::Value = serde_json::from_str(line).expect("jsonl");
            let prompt = v["prompt"].as_str().unwrap_or_default();
            let parsed = boses_core::prompt::parse(prompt, today).to_json();
            out.push_str(&format!("{parsed} <- {prompt}\n"));
        }
    }
    out
}

#[test]
fn personas_and_parses_are_unchanged_for_this_engine_version() {
    let text = golden_text();
    if let Ok(path) = std::env::var("BOSES_GOLDEN_OUT") {
        std::fs::write(&path, &text).expect("write golden text");
    }
    let actual = hex::encode(Sha256::digest(text.as_bytes()));
    let version = offline::ENGINE_VERSION;
    let recorded = RECORDED
        .iter()
        .find(|(v, _)| *v == version)
        .map(|(_, h)| *h)
        .unwrap_or_else(|| {
            panic!("no golden hash recorded for engine version {version}: {actual}")
        });
    assert_eq!(
        actual, recorded,
        "personas or parses changed under engine version {version}: a change to personas \
         bumps ENGINE_VERSION; record the new hash only for an intended change"
    );
}
