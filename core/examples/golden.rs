//! Prints, for a fixed set of groups and prompts, the offline engine's personas and
//! parse-prompt's answers: the reference a pure refactor must reproduce byte for byte.

use boses_core::domain::GroupDefinition;
use boses_core::persona::engine::PersonaRequest;
use boses_core::persona::offline;
use std::io::BufRead;

fn main() {
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
                println!("{}", serde_json::to_string(&p).expect("json"));
            }
        }
    }
    let today = boses_core::prompt::Today { year: 2026 };
    for path in std::env::args().skip(1) {
        let f = std::fs::File::open(&path).expect("prompt file");
        for line in std::io::BufReader::new(f).lines().map_while(Result::ok) {
            let v: serde_json::Value = serde_json::from_str(&line).expect("jsonl");
            let prompt = v["prompt"].as_str().unwrap_or_default();
            println!(
                "{} <- {prompt}",
                boses_core::prompt::parse(prompt, today).to_json()
            );
        }
    }
}
