use super::super::{Bank, INTEREST_BANKS};
use super::status_banks;
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
    "{kids}",
];

/// Bare plural verbs that a singular `{they}` must never take ("{they} look").
const BARE: &[&str] = &[
    "look", "go", "want", "have", "do", "like", "make", "take", "get", "love", "spend", "play",
    "watch", "buy", "use", "keep", "check", "are", "were", "need", "try",
];

/// Verbs that would make `{kids}` a subject: "the baby" and "the kids" cannot
/// share one (a line says "with {kids}", never "{kids} wake").
const KIDS_VERBS: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "go", "goes", "need", "needs", "want", "wants",
    "eat", "eats", "wake", "wakes", "fall", "falls", "get", "gets", "love", "loves", "like",
    "likes", "do", "does", "grow", "grows", "start", "starts", "come", "comes",
];

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

fn family_of(value: &str) -> Option<Family> {
    VOCABULARY
        .iter()
        .find(|(_, vs)| vs.contains(&value))
        .map(|(f, _)| *f)
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

fn lines_of(
    banks: impl Iterator<Item = &'static Bank>,
) -> impl Iterator<Item = (&'static Bank, &'static str, &'static Line)> {
    banks.flat_map(|b| {
        sections(b)
            .into_iter()
            .flat_map(move |(s, lines)| lines.iter().map(move |l| (b, s, l)))
    })
}

fn all_lines() -> impl Iterator<Item = (&'static Bank, &'static str, &'static Line)> {
    lines_of(status_banks())
}

fn generics(b: &Bank) -> [&'static str; 5] {
    let g = &b.generic;
    [g.brand, g.place, g.app, g.media, g.team]
}

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

/// The word after each occurrence of `tag`, letters only, lower case.
fn words_after<'a>(text: &'a str, tag: &str) -> Vec<String> {
    let words: Vec<&'a str> = text.split_whitespace().collect();
    words
        .windows(2)
        .filter(|w| w[0] == tag)
        .map(|w| {
            w[1].chars()
                .filter(|c| c.is_alphabetic())
                .collect::<String>()
                .to_lowercase()
        })
        .collect()
}

fn is_parenthood(b: &Bank) -> bool {
    family_of(b.values[0]) == Some(Family::Parenthood)
}

#[test]
fn every_status_value_has_exactly_one_bank() {
    let mut bad = Vec::new();
    let mut wanted = Vec::new();
    for (family, values) in VOCABULARY {
        if matches!(
            family,
            Family::Parenthood | Family::LifeStage | Family::Work
        ) {
            wanted.extend(values.iter().copied());
        }
    }
    assert_eq!(wanted.len(), 52, "10 + 15 + 27 status values");
    for v in &wanted {
        let n = status_banks().filter(|b| b.values.contains(v)).count();
        check!(bad, n == 1, "{v}: {n} banks");
        let elsewhere = INTEREST_BANKS
            .iter()
            .filter(|b| b.values.contains(v))
            .count();
        check!(bad, elsewhere == 0, "{v}: also an interest bank");
    }
    for b in status_banks() {
        check!(bad, !b.values.is_empty(), "a bank without values");
        for v in b.values {
            check!(bad, wanted.contains(v), "{v} is not a status value");
        }
    }
    report(bad);
}

#[test]
fn banks_meet_the_minimum_counts() {
    let mut bad = Vec::new();
    for b in status_banks() {
        let v = b.values[0];
        for (s, lines, min) in [
            ("day", b.day, 8),
            ("views", b.views, 4),
            ("media", b.media, 2),
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
    }
    report(bad);
}

#[test]
fn work_banks_have_titles_and_others_do_not() {
    let mut bad = Vec::new();
    for b in status_banks() {
        let v = b.values[0];
        let work = family_of(v) == Some(Family::Work);
        match b.title {
            Some(t) => {
                check!(bad, work && v != "working", "{v}: title {t:?}");
                let first = t.chars().next().unwrap_or('x');
                check!(bad, first.is_uppercase(), "{v}: title {t:?}");
                check!(bad, t.trim() == t && !t.contains('{'), "{v}: title {t:?}");
            }
            None => check!(bad, !work || v == "working", "{v}: no title"),
        }
    }
    report(bad);
}

#[test]
fn data_keys_are_pack_interest_keys() {
    let mut bad = Vec::new();
    for b in status_banks() {
        let v = b.values[0];
        if let Some(k) = b.data {
            check!(bad, INTEREST_KEYS.contains(&k), "{v}: unknown key {k}");
        }
        let want = if is_parenthood(b) {
            Some("parenting")
        } else {
            match v {
                "first_home_buyer" | "renter" | "newlywed" => Some("property"),
                "retired" | "empty_nester" => Some("retirement"),
                _ => b.data,
            }
        };
        check!(bad, b.data == want, "{v}: data {:?}, want {want:?}", b.data);
    }
    report(bad);
}

#[test]
fn only_known_placeholders() {
    let mut bad = Vec::new();
    for (b, s, l) in all_lines() {
        let v = b.values[0];
        for p in placeholders(l.text) {
            check!(bad, SLOTS.contains(&p), "{v} {s}: {p} in {:?}", l.text);
        }
        let opens = l.text.matches('{').count();
        let closes = l.text.matches('}').count();
        check!(bad, opens == closes, "{v} {s}: unbalanced {:?}", l.text);
        if l.text.contains("{kids}") {
            check!(
                bad,
                is_parenthood(b),
                "{v} {s}: {{kids}} outside a parenthood bank: {:?}",
                l.text
            );
        }
    }
    report(bad);
}

#[test]
fn generics_and_markers_are_lower_case() {
    let mut bad = Vec::new();
    for b in status_banks() {
        let v = b.values[0];
        for s in generics(b) {
            check!(bad, !s.is_empty() && !s.contains('{'), "{v}: generic {s:?}");
            check!(bad, s == s.to_lowercase(), "{v}: generic {s:?}");
        }
        for m in b.markers {
            check!(bad, !m.trim().is_empty(), "{v}: empty marker");
            check!(bad, *m == m.to_lowercase(), "{v}: marker {m:?}");
            check!(bad, !m.contains('{'), "{v}: marker {m:?}");
        }
    }
    report(bad);
}

#[test]
fn views_name_exactly_one_brand_place_or_app() {
    let mut bad = Vec::new();
    for b in status_banks() {
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
    for (b, _, l) in lines_of(INTEREST_BANKS.iter()) {
        if let Some(other) = seen.get(l.text) {
            bad.push(format!(
                "{:?} in {other} and interest bank {}",
                l.text, b.values[0]
            ));
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
            let ok = (t.starts_with("{media} — ") || t.starts_with("{app} — "))
                && t.matches(" — ").count() == 1;
            check!(bad, ok, "{v} media: {t:?}");
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
    for b in status_banks() {
        for l in b.aspirations {
            let first = l.text.split_whitespace().next().unwrap_or("");
            let ok = first.ends_with('s') && first.chars().all(|c| c.is_ascii_lowercase());
            check!(bad, ok, "{}: {:?}", b.values[0], l.text);
        }
    }
    report(bad);
}

#[test]
fn they_takes_singular_verbs_and_kids_is_never_a_subject() {
    let mut bad = Vec::new();
    for (b, s, l) in all_lines() {
        let v = b.values[0];
        for next in words_after(l.text, "{they}") {
            check!(bad, !BARE.contains(&next.as_str()), "{v} {s}: {:?}", l.text);
        }
        for next in words_after(l.text, "{kids}") {
            check!(
                bad,
                !KIDS_VERBS.contains(&next.as_str()),
                "{v} {s}: {{kids}} as a subject in {:?}",
                l.text
            );
        }
    }
    report(bad);
}

#[test]
fn retirees_neither_work_nor_study() {
    let mut bad = Vec::new();
    let words = ["office", "shift", "commute", "class", "boss"];
    for (b, s, l) in all_lines() {
        let v = b.values[0];
        let checked = match v {
            "retired" => true,
            "empty_nester" => s == "day",
            _ => false,
        };
        if !checked {
            continue;
        }
        let t = l.text.to_lowercase();
        for w in words {
            check!(bad, !t.contains(w), "{v} {s}: {w:?} in {:?}", l.text);
        }
        if v == "retired" {
            let f = l.when.flags;
            let wrong = When::WORK | When::STUDENT | When::NOT_RETIRED | When::COMMUTE;
            check!(bad, f & wrong == 0, "{v} {s}: condition on {:?}", l.text);
        }
    }
    report(bad);
}

#[test]
fn carers_look_after_someone_their_age_allows() {
    let mut bad = Vec::new();
    let young = [
        "ageing parent",
        "aging parent",
        "elderly parent",
        "elderly mother",
        "elderly father",
    ];
    for (b, s, l) in all_lines() {
        let v = b.values[0];
        let t = l.text.to_lowercase();
        if young.iter().any(|w| t.contains(w)) {
            check!(
                bad,
                l.when.max_age <= 69,
                "{v} {s}: {:?} needs .ages(.., 69)",
                l.text
            );
        }
        if v == "caregiver" && t.contains("spouse") {
            check!(
                bad,
                l.when.flags & When::PARTNER != 0 && l.when.min_age >= 50,
                "{v} {s}: {:?} needs a partner and an age",
                l.text
            );
        }
    }
    let caregiver = status_banks()
        .find(|b| b.values.contains(&"caregiver"))
        .expect("caregiver bank");
    let ages: Vec<(u8, u8)> = caregiver
        .day
        .iter()
        .filter(|l| {
            let t = l.text.to_lowercase();
            t.contains("ageing parent") || t.contains("ailing spouse")
        })
        .map(|l| (l.when.min_age, l.when.max_age))
        .collect();
    check!(
        bad,
        ages.len() >= 2 && ages.iter().any(|a| a.1 <= 69) && ages.iter().any(|a| a.1 > 69),
        "caregiver: want an ageing-parent line and an ailing-spouse line, got {ages:?}"
    );
    report(bad);
}

#[test]
fn conditions_match_what_the_lines_say() {
    let mut bad = Vec::new();
    let work = [
        "at work",
        "after work",
        "before work",
        "the office",
        "payday",
        "workday",
        "working week",
        "long shift",
        "way to work",
        "a colleague",
        "lunch break",
    ];
    let study = [
        "lecture",
        "campus",
        "a classmate",
        "classmates",
        "after class",
        "before class",
        "to class",
    ];
    // Statuses that do not by themselves put a persona in work.
    let unworking = [
        "student",
        "high_school_student",
        "university_student",
        "retired",
        "empty_nester",
        "newlywed",
        "first_home_buyer",
        "renter",
        "caregiver",
        "job_seeker",
    ];
    let students = ["student", "high_school_student", "university_student"];
    for (b, s, l) in all_lines() {
        let v = b.values[0];
        let f = l.when.flags;
        let t = l.text;
        if (is_parenthood(b) || unworking.contains(&v)) && work.iter().any(|w| has_phrase(t, w)) {
            let ok = f & (When::WORK | When::NOT_RETIRED) != 0;
            check!(bad, ok, "{v} {s}: {t:?} needs .work()");
        }
        if !students.contains(&v) && study.iter().any(|w| has_phrase(t, w)) {
            check!(
                bad,
                f & When::STUDENT != 0,
                "{v} {s}: {t:?} needs .student()"
            );
        }
        if v == "job_seeker" {
            check!(
                bad,
                f & When::WORK == 0,
                "{v} {s}: job seekers hold no job: {t:?}"
            );
        }
        if s == "day" && is_parenthood(b) {
            let kids = t.contains("{kids}") || has_phrase(t, "the kids");
            let carefree = ["expecting", "new_parent", "grandparent"].contains(&v);
            if kids && !carefree {
                check!(bad, f & When::KIDS != 0, "{v} {s}: {t:?} needs .kids()");
            }
        }
    }
    report(bad);
}

#[test]
fn first_home_buyers_and_renters_do_not_own_yet() {
    let mut bad = Vec::new();
    let owning = [
        "homeowner",
        "{their} house",
        "{their} own house",
        "paid off",
        "renovat",
        "mortgage payment",
        "our house",
    ];
    for (b, s, l) in all_lines() {
        let v = b.values[0];
        if !["first_home_buyer", "renter"].contains(&v) {
            continue;
        }
        let t = l.text.to_lowercase();
        for w in owning {
            check!(bad, !t.contains(w), "{v} {s}: {w:?} in {:?}", l.text);
        }
    }
    report(bad);
}

#[test]
fn lines_are_country_neutral() {
    let mut bad = Vec::new();
    // Local words and currencies come from the packs, never from the banks; nor
    // does a coffee habit (one per persona, from the coffee bank or the day).
    let local = [
        "peso",
        "pesos",
        "rupiah",
        "ringgit",
        "dollar",
        "dollars",
        "pound",
        "pounds",
        "barangay",
        "balikbayan",
        "jeepney",
        "ofw",
        "ofws",
        "sari-sari",
        "nappy",
        "nappies",
        "diaper",
        "diapers",
        "petrol",
        "gasoline",
        "mum",
        "mom",
        "mums",
        "moms",
        "coffee",
        "latte",
        "café",
        "cafe",
        "barista",
    ];
    for (b, s, l) in all_lines() {
        let lower = l.text.to_lowercase();
        let words: Vec<&str> = lower
            .split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .filter(|w| !w.is_empty())
            .collect();
        for w in local {
            check!(
                bad,
                !words.contains(&w),
                "{} {s}: {w:?} in {:?}",
                b.values[0],
                l.text
            );
        }
    }
    report(bad);
}

#[test]
fn most_day_lines_show_the_facet() {
    let mut bad = Vec::new();
    let slots = ["{brand}", "{place}", "{app}", "{media}", "{team}", "{kids}"];
    for b in status_banks() {
        let shown = b
            .day
            .iter()
            .filter(|l| {
                let t = l.text.to_lowercase();
                b.markers.iter().any(|m| t.contains(m)) || slots.iter().any(|s| t.contains(s))
            })
            .count();
        check!(
            bad,
            shown * 2 >= b.day.len(),
            "{}: only {shown} of {} day lines show the facet",
            b.values[0],
            b.day.len()
        );
    }
    report(bad);
}
