//! Prints a group's personas as JSON: `cargo run -p boses-core --example personas -- "Jakarta, Indonesia" 5 42`.

use boses_core::domain::GroupDefinition;
use boses_core::persona::engine::PersonaRequest;
use boses_core::persona::offline;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let location = args
        .get(1)
        .cloned()
        .unwrap_or_else(|| "Metro Manila, Philippines".into());
    let count: u32 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(5);
    let seed: u64 = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(42);
    let extra = args.get(4).cloned().unwrap_or_else(|| "{}".into());
    let mut body: serde_json::Value = serde_json::from_str(&extra).expect("JSON definition fields");
    body["name"] = "example".into();
    body["location"] = location.into();
    body["persona_count"] = count.into();
    let def = GroupDefinition::parse(&body).expect("valid definition");
    let run = boses_core::domain::GenerationId::new_random();
    let personas: Vec<_> = (0..count)
        .map(|i| {
            offline::generate(&PersonaRequest {
                group_id: boses_core::domain::GroupId::new_v7(),
                run,
                definition: &def,
                seed,
                index: i,
                created_at: boses_core::clock::Timestamp::from_unix_millis(0),
            })
            .expect("persona")
        })
        .collect();
    println!("{}", serde_json::to_string_pretty(&personas).expect("json"));
}
