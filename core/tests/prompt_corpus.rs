//! The labelled parse-prompt corpora, each with per-field precision/recall printed, a
//! 0.97 micro-F1 budget and a 0.95 F1 floor for every field on its own (a field the
//! parser stopped returning must fail even when the others carry the average):
//! `tests/data/parse_prompt_corpus.jsonl` (written independently of the parser) and
//! `tests/data/parse_prompt_heldout.jsonl` (realistic marketer prompts written before
//! the parser was studied, to check generalisation; frozen, see
//! `tests/data/HELDOUT_CHANGELOG.md`).

use boses_core::prompt::{parse, Today};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

const FIELDS: &[&str] = &[
    "age_min",
    "age_max",
    "gender",
    "location",
    "income_level",
    "occupation",
    "persona_count",
];

#[derive(Default)]
struct Score {
    tp: u32,
    fp: u32,
    fn_: u32,
}

impl Score {
    fn p(&self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            f64::from(self.tp) / f64::from(self.tp + self.fp)
        }
    }
    fn r(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            f64::from(self.tp) / f64::from(self.tp + self.fn_)
        }
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

#[test]
fn corpus_f1_meets_budget() {
    score_set(
        "parse-prompt corpus",
        include_str!("data/parse_prompt_corpus.jsonl"),
        200,
    );
}

#[test]
fn heldout_f1_meets_budget() {
    score_set("parse-prompt held-out set", HELDOUT, 150);
}

const HELDOUT: &str = include_str!("data/parse_prompt_heldout.jsonl");
const FIELD_F1_FLOOR: f64 = 0.95;
/// Fewer labelled cases than this and a field's F1 says nothing.
const FIELD_MIN_SUPPORT: u32 = 20;

#[test]
fn heldout_set_is_frozen() {
    let changelog = include_str!("data/HELDOUT_CHANGELOG.md");
    let recorded = changelog
        .lines()
        .rev()
        .find_map(|l| l.strip_prefix("frozen sha256: "))
        .expect("the changelog ends with the frozen hash");
    let actual = hex::encode(Sha256::digest(HELDOUT.as_bytes()));
    assert_eq!(
        actual,
        recorded.trim(),
        "parse_prompt_heldout.jsonl changed without an entry in HELDOUT_CHANGELOG.md: \
         a label changes only with a recorded reason from the contract"
    );
}

/// Scores one JSONL set against the parser, prints per-field P/R/F1 and the misses, and
/// fails below 0.97 micro F1 (or with fewer than `min_prompts` prompts).
fn score_set(label: &str, text: &str, min_prompts: usize) {
    let today = Today { year: 2026 };
    let mut scores: BTreeMap<&str, Score> = FIELDS.iter().map(|f| (*f, Score::default())).collect();
    let mut total = Score::default();
    let mut misses = Vec::new();
    let mut n = 0;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).expect("corpus line is JSON");
        let prompt = case["prompt"].as_str().unwrap();
        let got = parse(prompt, today).to_json();
        assert!(
            got["name"].as_str().is_some_and(|s| !s.is_empty()),
            "no name for {prompt:?}"
        );
        n += 1;
        for f in FIELDS {
            let want = case["expected"].get(*f).filter(|v| !v.is_null());
            let have = got.get(*f).filter(|v| !v.is_null());
            let s = scores.get_mut(f).unwrap();
            match (want, have) {
                (Some(w), Some(h)) if w == h => {
                    s.tp += 1;
                    total.tp += 1;
                }
                (Some(w), Some(h)) => {
                    s.fp += 1;
                    s.fn_ += 1;
                    total.fp += 1;
                    total.fn_ += 1;
                    misses.push(format!("{} {f}: want {w} got {h} | {prompt}", case["id"]));
                }
                (Some(w), None) => {
                    s.fn_ += 1;
                    total.fn_ += 1;
                    misses.push(format!(
                        "{} {f}: want {w} got nothing | {prompt}",
                        case["id"]
                    ));
                }
                (None, Some(h)) => {
                    s.fp += 1;
                    total.fp += 1;
                    misses.push(format!(
                        "{} {f}: want nothing got {h} | {prompt}",
                        case["id"]
                    ));
                }
                (None, None) => {}
            }
        }
    }
    println!("{label}: {n} prompts");
    println!(
        "{:<14} {:>9} {:>7} {:>7}",
        "field", "precision", "recall", "F1"
    );
    for (f, s) in &scores {
        println!("{f:<14} {:>9.3} {:>7.3} {:>7.3}", s.p(), s.r(), s.f1());
    }
    println!(
        "{:<14} {:>9.3} {:>7.3} {:>7.3}",
        "all (micro)",
        total.p(),
        total.r(),
        total.f1()
    );
    for m in &misses {
        println!("miss: {m}");
    }
    assert!(n >= min_prompts, "{label} has {n} prompts");
    for (f, s) in &scores {
        let support = s.tp + s.fn_;
        assert!(
            support >= FIELD_MIN_SUPPORT,
            "{label}: only {support} prompts label {f}"
        );
        assert!(
            s.f1() >= FIELD_F1_FLOOR,
            "{label}: {f} F1 {:.3} below {FIELD_F1_FLOOR}",
            s.f1()
        );
    }
    assert!(
        total.f1() >= 0.97,
        "{label}: micro F1 {:.3} below 0.97 ({} misses)",
        total.f1(),
        misses.len()
    );
}
