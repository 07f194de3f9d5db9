use super::super::Bank;
use super::INTEREST_BANKS;
use crate::audience::{Family, VOCABULARY};
use crate::locale::INTEREST_KEYS;
use crate::persona::archetypes::{Line, When};
use std::collections::HashMap;

const SLOTS: &[&str] = &[
    "{they}",
    "{them}",
    "{their}",
    "{themself}",
    "{name}",
    "{city}",
    "{brand}",
    "{place}",
    "{app}",
    "{media}",
    "{team}",
];

/// Bare plural verbs that a singular `{they}` must never take ("{they} look").
const BARE: &[&str] = &[
    "look", "go", "want", "have", "do", "like", "make", "take", "get", "love", "spend", "play",
    "watch", "buy", "use", "keep", "check", "are", "were", "need", "try",
];

/// Records a failure instead of stopping at the first one.
macro_rules! check {
    ($bad:ident, $cond:expr, $($msg:tt)+) => {
        if !$cond {
            $bad.push(format!($($msg)+));
        }
    };
}

fn report(bad: Vec<String>) {
    assert!(
        bad.is_empty(),
        "{} problems:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

fn sections(b: &Bank) -> [(&'static str, &'static [Line]); 8] {
    [
        ("day", b.day),
        ("views", b.views),
        ("media", b.media),
        ("pains", b.pains),
        ("triggers", b.triggers),
        ("motives", b.motives),
        ("aspirations", b.aspirations),
        ("quotes", b.quotes),
    ]
}

fn all_lines() -> impl Iterator<Item = (&'static Bank, &'static str, &'static Line)> {
    INTEREST_BANKS.iter().flat_map(|b| {
        sections(b)
            .into_iter()
            .flat_map(move |(s, lines)| lines.iter().map(move |l| (b, s, l)))
    })
}

fn generics(b: &Bank) -> [&'static str; 5] {
    let g = &b.generic;
    [g.brand, g.place, g.app, g.media, g.team]
}

/// Every `{...}` in a text (an unclosed one to the end).
fn placeholders(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find('{') {
        let tail = &rest[i..];
        match tail.find('}') {
            Some(j) => {
                out.push(&tail[..=j]);
                rest = &tail[j + 1..];
            }
            None => {
                out.push(tail);
                break;
            }
        }
    }
    out
}

/// Whether `text` has `phrase` starting at a word boundary.
fn has_phrase(text: &str, phrase: &str) -> bool {
    format!(" {}", text.to_lowercase()).contains(&format!(" {phrase}"))
}

#[test]
fn every_interest_and_behaviour_value_has_exactly_one_bank() {
    let mut bad = Vec::new();
    let mut wanted = Vec::new();
    for (family, values) in VOCABULARY {
        if matches!(family, Family::Interest | Family::Behaviour) {
            wanted.extend(values.iter().copied());
        }
    }
    for v in &wanted {
        let n = INTEREST_BANKS
            .iter()
            .filter(|b| b.values.contains(v))
            .count();
        check!(bad, n == 1, "{v}: {n} banks");
    }
    for b in INTEREST_BANKS {
        check!(bad, !b.values.is_empty(), "a bank without values");
        for v in b.values {
            check!(
                bad,
                wanted.contains(v),
                "{v} is not an interest or behaviour value"
            );
        }
    }
    report(bad);
}

#[test]
fn banks_meet_the_minimum_counts() {
    let mut bad = Vec::new();
    for b in INTEREST_BANKS {
        let v = b.values[0];
        for (s, lines, min) in [
            ("day", b.day, 8),
            ("views", b.views, 5),
            ("media", b.media, 3),
            ("pains", b.pains, 5),
            ("triggers", b.triggers, 5),
            ("motives", b.motives, 3),
            ("aspirations", b.aspirations, 3),
            ("quotes", b.quotes, 4),
        ] {
            check!(
                bad,
                lines.len() >= min,
                "{v}: {} {s}, want {min}",
                lines.len()
            );
        }
        let n = b.markers.len();
        check!(bad, (6..=15).contains(&n), "{v}: {n} markers");
        check!(bad, b.title.is_none(), "{v}: interest banks have no title");
    }
    report(bad);
}

#[test]
fn data_keys_are_pack_interest_keys() {
    let mut bad = Vec::new();
    for b in INTEREST_BANKS {
        if let Some(k) = b.data {
            check!(
                bad,
                INTEREST_KEYS.contains(&k),
                "{}: unknown key {k}",
                b.values[0]
            );
        }
    }
    report(bad);
}

#[test]
fn only_known_placeholders() {
    let mut bad = Vec::new();
    for (b, s, l) in all_lines() {
        for p in placeholders(l.text) {
            check!(
                bad,
                SLOTS.contains(&p),
                "{} {s}: {p} in {:?}",
                b.values[0],
                l.text
            );
        }
        let opens = l.text.matches('{').count();
        let closes = l.text.matches('}').count();
        check!(
            bad,
            opens == closes,
            "{} {s}: unbalanced {:?}",
            b.values[0],
            l.text
        );
    }
    report(bad);
}

#[test]
fn generics_and_markers_are_lower_case() {
    let mut bad = Vec::new();
    for b in INTEREST_BANKS {
        let v = b.values[0];
        for s in generics(b) {
            check!(bad, !s.is_empty() && !s.contains('{'), "{v}: generic {s:?}");
            check!(bad, s == s.to_lowercase(), "{v}: generic {s:?}");
        }
        for m in b.markers {
            check!(bad, !m.trim().is_empty(), "{v}: empty marker");
            check!(bad, *m == m.to_lowercase(), "{v}: marker {m:?}");
        }
    }
    report(bad);
}

#[test]
fn views_name_exactly_one_brand_place_or_app() {
    let mut bad = Vec::new();
    for b in INTEREST_BANKS {
        for l in b.views {
            let n: usize = ["{brand}", "{place}", "{app}"]
                .iter()
                .map(|s| l.text.matches(s).count())
                .sum();
            check!(bad, n == 1, "{}: {:?}", b.values[0], l.text);
        }
    }
    report(bad);
}

#[test]
fn no_line_is_used_twice() {
    let mut bad = Vec::new();
    let mut seen: HashMap<&str, &str> = HashMap::new();
    for (b, _, l) in all_lines() {
        if let Some(other) = seen.insert(l.text, b.values[0]) {
            bad.push(format!("{:?} in both {other} and {}", l.text, b.values[0]));
        }
    }
    report(bad);
}

#[test]
fn sentences_end_with_punctuation_and_items_do_not() {
    let mut bad = Vec::new();
    let terminal = |t: &str| t.ends_with('.') || t.ends_with('!') || t.ends_with('?');
    for (b, s, l) in all_lines() {
        let v = b.values[0];
        let t = l.text;
        check!(
            bad,
            t == t.trim() && !t.contains("  "),
            "{v} {s}: spacing in {t:?}"
        );
        match s {
            "day" | "quotes" => check!(bad, terminal(t), "{v} {s}: no final stop in {t:?}"),
            _ => check!(
                bad,
                !t.ends_with('.'),
                "{v} {s}: list item ends with a stop {t:?}"
            ),
        }
        if s == "media" {
            check!(bad, t.contains(" — "), "{v} media: {t:?}");
        }
        if s == "quotes" {
            check!(
                bad,
                !t.contains('"') && !t.contains('{'),
                "{v} quote: {t:?}"
            );
        }
    }
    report(bad);
}

#[test]
fn aspirations_start_with_a_third_person_verb() {
    let mut bad = Vec::new();
    for b in INTEREST_BANKS {
        for l in b.aspirations {
            let first = l.text.split_whitespace().next().unwrap_or("");
            let ok = first.ends_with('s') && first.chars().all(|c| c.is_ascii_lowercase());
            check!(bad, ok, "{}: {:?}", b.values[0], l.text);
        }
    }
    report(bad);
}

#[test]
fn they_takes_singular_verbs() {
    let mut bad = Vec::new();
    for (b, s, l) in all_lines() {
        let words: Vec<&str> = l.text.split_whitespace().collect();
        for w in words.windows(2) {
            if w[0] == "{they}" {
                let next: String = w[1].chars().filter(|c| c.is_alphabetic()).collect();
                check!(
                    bad,
                    !BARE.contains(&next.as_str()),
                    "{} {s}: {:?}",
                    b.values[0],
                    l.text
                );
            }
        }
    }
    report(bad);
}

#[test]
fn coffee_only_in_the_coffee_bank() {
    let mut bad = Vec::new();
    let words = [
        "coffee",
        "latte",
        "espresso",
        "café",
        "cafe",
        "barista",
        "cappuccino",
    ];
    for b in INTEREST_BANKS
        .iter()
        .filter(|b| !b.values.contains(&"coffee"))
    {
        let texts = sections(b)
            .into_iter()
            .flat_map(|(_, lines)| lines.iter().map(|l| l.text))
            .chain(generics(b));
        for t in texts {
            let lower = t.to_lowercase();
            check!(
                bad,
                !words.iter().any(|w| lower.contains(w)),
                "{}: {t:?}",
                b.values[0]
            );
        }
    }
    report(bad);
}

#[test]
fn work_study_and_retirement_lines_carry_their_conditions() {
    let mut bad = Vec::new();
    let work = [
        "colleague",
        "at work",
        "after work",
        "the office",
        "payday",
        "workday",
        "working week",
        "long shift",
        "way to work",
        "drive to work",
        "rides to work",
    ];
    let study = [
        "lecture",
        "campus",
        "a classmate",
        "after class",
        "before class",
        "to class",
        "an exam",
    ];
    let retired = ["in retirement", "retired now", "retirement routine"];
    for (b, s, l) in all_lines() {
        let f = l.when.flags;
        let v = b.values[0];
        let t = l.text;
        if work.iter().any(|w| has_phrase(t, w)) {
            let ok = f & (When::WORK | When::NOT_RETIRED) != 0;
            check!(bad, ok, "{v} {s}: {t:?} needs .work()");
        }
        if study.iter().any(|w| has_phrase(t, w)) {
            check!(
                bad,
                f & When::STUDENT != 0,
                "{v} {s}: {t:?} needs .student()"
            );
        }
        if retired.iter().any(|w| has_phrase(t, w)) {
            check!(
                bad,
                f & When::RETIRED != 0,
                "{v} {s}: {t:?} needs .retired()"
            );
        }
        if has_phrase(t, "after school") {
            check!(bad, l.when.max_age < 18, "{v} {s}: {t:?} is for teenagers");
        }
        if has_phrase(t, "the kids") {
            check!(bad, f & When::KIDS != 0, "{v} {s}: {t:?} needs .kids()");
        }
    }
    report(bad);
}

#[test]
fn money_and_luxury_banks_are_for_adults() {
    let mut bad = Vec::new();
    let adult_only = ["investing", "crypto", "luxury", "bnpl", "ev"];
    for b in INTEREST_BANKS {
        if !b.values.iter().any(|v| adult_only.contains(v)) {
            continue;
        }
        for (s, lines) in sections(b) {
            for l in lines {
                check!(
                    bad,
                    l.when.min_age >= 18,
                    "{} {s}: {:?}",
                    b.values[0],
                    l.text
                );
            }
        }
    }
    report(bad);
}

/// Loose words that match unrelated text ("a new café", "the same seat"): a marker
/// must name the interest or behaviour itself.
const LOOSE_MARKERS: &[&str] = &[
    "new", "brand", "same", "buy", "bought", "video", "group", "page", "share", "order", "market",
    "sale", "split", "transfer", "early", "points", "usual", "trust",
];

#[test]
fn every_line_shows_the_facet() {
    let mut bad = Vec::new();
    for b in INTEREST_BANKS {
        let v = b.values[0];
        for m in b.markers {
            check!(bad, !LOOSE_MARKERS.contains(m), "{v}: loose marker {m:?}");
        }
        let g = &b.generic;
        for (s, lines) in [
            ("day", b.day),
            ("views", b.views),
            ("media", b.media),
            ("pains", b.pains),
            ("triggers", b.triggers),
        ] {
            for l in lines {
                let filled = l
                    .text
                    .replace("{brand}", g.brand)
                    .replace("{place}", g.place)
                    .replace("{app}", g.app)
                    .replace("{media}", g.media)
                    .replace("{team}", g.team)
                    .to_lowercase();
                check!(
                    bad,
                    b.markers.iter().any(|m| filled.contains(m)),
                    "{v} {s}: no marker in {:?}",
                    l.text
                );
            }
        }
    }
    report(bad);
}
