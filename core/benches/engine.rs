//! Engine and parser budgets, measured in release:
//!   cargo bench -p boses-core --bench engine
//! - 10 offline personas: CPU time per group (budget ≤ 20 ms)
//! - parse-prompt: p50/p99 per prompt over the labelled corpus (budget p99 ≤ 1 ms)
//! - gazetteer build and one locale pack parse: what a cold start pays (budget ≤ 5 ms)

use std::time::{Duration, Instant};

use boses_core::clock::Timestamp;
use boses_core::domain::{GenerationId, GroupDefinition, GroupId};
use boses_core::persona::engine::PersonaRequest;
use boses_core::persona::offline;
use boses_core::prompt::{parse, Today};

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let idx = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[idx.min(sorted.len() - 1)]
}

fn report(
    name: &str,
    mut samples: Vec<Duration>,
    budget: Duration,
    budget_label: &str,
    key: f64,
) -> bool {
    samples.sort();
    let p50 = percentile(&samples, 0.50);
    let p99 = percentile(&samples, 0.99);
    let max = *samples.last().unwrap_or(&Duration::ZERO);
    let judged = percentile(&samples, key);
    let ok = judged <= budget;
    println!(
        "{name:<34} n={:<6} p50={:>9.3?} p99={:>9.3?} max={:>9.3?}  budget {budget_label} {:?} -> {}",
        samples.len(),
        p50,
        p99,
        max,
        budget,
        if ok { "OK" } else { "MISSED" }
    );
    ok
}

fn main() {
    let mut all_ok = true;

    // Cold-start costs first, before anything is cached in this process.
    // The gazetteer is precomputed at build time; its first lookup is the cold cost.
    let t = Instant::now();
    let g = boses_core::locale::geo::Gazetteer::get().resolve_location("BGC");
    let gaz = t.elapsed();
    std::hint::black_box(&g);
    let t = Instant::now();
    let pack = boses_core::locale::parse_pack_uncached("ph");
    let pack_parse = t.elapsed();
    std::hint::black_box(&pack);
    println!(
        "{:<34} {:>9.3?}  budget ≤ 5ms -> {}",
        "gazetteer first lookup (cold)",
        gaz,
        if gaz <= Duration::from_millis(5) {
            "OK"
        } else {
            "MISSED"
        }
    );
    println!(
        "{:<34} {:>9.3?}  budget ≤ 5ms -> {}",
        "one locale pack parse (cold)",
        pack_parse,
        if pack_parse <= Duration::from_millis(5) {
            "OK"
        } else {
            "MISSED"
        }
    );
    all_ok &= gaz <= Duration::from_millis(5) && pack_parse <= Duration::from_millis(5);

    // 10 offline personas per group, across countries.
    let locations = [
        "Jakarta, Indonesia",
        "Metro Manila, Philippines",
        "Vietnam",
        "Austin, United States",
        "Lagos, Nigeria",
        "Berlin, Germany",
    ];
    let defs: Vec<GroupDefinition> = locations
        .iter()
        .map(|l| GroupDefinition::parse(&serde_json::json!({"name": "bench", "location": l, "persona_count": 10, "age_min": 18, "age_max": 60})).unwrap())
        .collect();
    let mut samples = Vec::new();
    for round in 0..60u64 {
        for d in &defs {
            let t = Instant::now();
            for i in 0..10 {
                let p = offline::generate(&PersonaRequest {
                    group_id: GroupId::new_v7(),
                    run: GenerationId::new_random(),
                    definition: d,
                    seed: round,
                    index: i,
                    created_at: Timestamp::from_unix_millis(0),
                })
                .unwrap();
                std::hint::black_box(p);
            }
            samples.push(t.elapsed());
        }
    }
    all_ok &= report(
        "10 offline personas (one group)",
        samples,
        Duration::from_millis(20),
        "p99 ≤",
        0.99,
    );

    // parse-prompt over the corpus.
    let corpus = include_str!("../tests/data/parse_prompt_corpus.jsonl");
    let prompts: Vec<String> = corpus
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["prompt"].as_str().map(str::to_owned))
        .collect();
    let today = Today { year: 2026 };
    let mut samples = Vec::with_capacity(prompts.len() * 20);
    for _ in 0..20 {
        for p in &prompts {
            let t = Instant::now();
            std::hint::black_box(parse(p, today));
            samples.push(t.elapsed());
        }
    }
    all_ok &= report(
        "parse-prompt (per prompt)",
        samples,
        Duration::from_millis(1),
        "p99 ≤",
        0.99,
    );

    if !all_ok {
        println!("some budgets were missed");
    }
}
