//! The writing of the offline engine, read side by side: a fixed set of 69 groups of 10
//! personas (23 places — the 20 country packs, a second Philippine city, the fallback
//! pack and no location — times 3 of 15 audience definitions, seeds fixed) measured
//! against `shared/spec/audience.md`, "Writing that does not read like a template":
//! sentence skeletons repeated within a group and across groups, sentences shared by two
//! personas of a group, and the coherence defects readers notice.
//!
//! `cargo test -p boses-core --test writing_lint -- --nocapture` prints every figure and
//! hit; a summary is printed (to stderr) on success too.

#[path = "support/lint.rs"]
mod lint;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use boses_core::domain::GroupDefinition;
use boses_core::locale::{self, LocalePack};
use boses_core::persona::model::Persona;
use serde_json::{json, Value};

const PERSONAS_PER_GROUP: u32 = 10;
/// Within a group: skeletons in 3 or more personas, as a share of its distinct skeletons.
const GROUP_REPEAT_BUDGET: f64 = 0.02;
/// Across all groups: the share of all personas any one skeleton may appear in.
const GLOBAL_SKELETON_BUDGET: f64 = 0.10;

/// The share of personas whose day mentions coffee, over groups without a coffee facet.
const COFFEE_DAY_BUDGET: f64 = 0.60;

const LOCATIONS: &[&str] = &[
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
    "",
];

/// The audience definitions the places rotate through (the group's name is added).
fn profiles() -> Vec<Value> {
    vec![
        json!({}),
        json!({"age_min": 13, "age_max": 17, "description": "Teenagers in secondary school"}),
        json!({"age_min": 65, "age_max": 85, "description": "Retirees who enjoy gardening and time with the grandchildren"}),
        json!({"age_min": 25, "age_max": 40, "gender": "Female", "income_level": "Middle", "description": "Working moms who shop online", "psychographic_notes": "Juggling work, school runs and the household budget"}),
        json!({"age_min": 18, "age_max": 30, "gender": "Male", "income_level": "Low", "description": "Mobile gamers", "psychographic_notes": "Play ranked matches every night with their squad"}),
        json!({"age_min": 22, "age_max": 45, "income_level": "High", "description": "Coffee lovers who try every new café"}),
        json!({"age_min": 25, "age_max": 38, "income_level": "Middle", "description": "First-time home buyers saving for a deposit"}),
        json!({"age_min": 30, "age_max": 55, "gender": "Female", "occupation": "nurse"}),
        json!({"age_min": 18, "age_max": 24, "income_level": "Low", "occupation": "college student"}),
        json!({"age_min": 40, "age_max": 60, "gender": "Male", "occupation": "small business owner", "psychographic_notes": "Price-sensitive and family-oriented"}),
        json!({"age_min": 65, "age_max": 85, "gender": "Female", "income_level": "Low", "occupation": "Retired teacher"}),
        json!({"age_min": 13, "age_max": 17, "gender": "Female", "description": "K-pop fans who love skincare"}),
        json!({"age_min": 26, "age_max": 35, "description": "Young professionals, coffee lovers who run on weekends"}),
        json!({"age_min": 35, "age_max": 50, "gender": "Male", "income_level": "High", "occupation": "software engineer", "description": "Early adopters of new gadgets"}),
        json!({"age_min": 18, "age_max": 35, "income_level": "Low", "occupation": "delivery rider"}),
    ]
}

struct Group {
    label: String,
    coffee_facet: bool,
    first_home_buyers: bool,
    personas: Vec<Persona>,
}

fn groups() -> Vec<Group> {
    let profiles = profiles();
    let mut out = Vec::new();
    for (li, loc) in LOCATIONS.iter().enumerate() {
        for k in 0..3 {
            let pi = (li * 3 + k) % profiles.len();
            let mut body = profiles[pi].clone();
            let place = if loc.is_empty() { "no location" } else { loc };
            body["name"] = format!("lint {li}.{k} profile {pi} {place}").into();
            if !loc.is_empty() {
                body["location"] = (*loc).into();
            }
            body["persona_count"] = PERSONAS_PER_GROUP.into();
            let def = GroupDefinition::parse(&body).expect("valid definition");
            let seed = 1_000 + (li as u64) * 31 + k as u64 * 7;
            let personas = lint::generate(&def, seed, PERSONAS_PER_GROUP);
            let desc = def.description.clone().unwrap_or_default().to_lowercase();
            out.push(Group {
                label: format!("#{li}.{k} [{place}] profile {pi} seed {seed}"),
                coffee_facet: desc.contains("coffee"),
                first_home_buyers: desc.contains("first-time home buyer"),
                personas,
            });
        }
    }
    out
}

fn pack_of(p: &Persona) -> &'static LocalePack {
    locale::pack_or_fallback(Some(p.country_code.as_str())).expect("pack")
}

fn tier_names(pack: &LocalePack, category: &str) -> Vec<String> {
    pack.brands
        .get(category)
        .map(|t| {
            t.budget
                .iter()
                .chain(&t.mid)
                .chain(&t.premium)
                .cloned()
                .collect()
        })
        .unwrap_or_default()
}

const LUXURY: &[&str] = &[
    "Gucci",
    "Louis Vuitton",
    "Chanel",
    "Hermès",
    "Prada",
    "Dior",
    "Rolex",
    "Cartier",
];

fn luxury_names(pack: &LocalePack) -> Vec<String> {
    let mut v: Vec<String> = LUXURY.iter().map(|s| (*s).to_owned()).collect();
    for cat in ["fashion", "beauty"] {
        if let Some(t) = pack.brands.get(cat) {
            v.extend(t.premium.iter().cloned());
        }
    }
    v.extend(lint::interest_names(pack, "luxury"));
    v
}

/// Premium names a teenager should not be "saving up for" (every category but phones).
fn premium_names(pack: &LocalePack) -> Vec<String> {
    let mut v = luxury_names(pack);
    for (cat, t) in &pack.brands {
        if cat != "phone" {
            v.extend(t.premium.iter().cloned());
        }
    }
    v
}

fn coffee_names(pack: &LocalePack) -> Vec<String> {
    let mut v = tier_names(pack, "coffee");
    // The category's drinks and cafés; its apps (delivery and loyalty apps) are not a
    // caffeine habit of their own.
    if let Some(d) = pack.interests.get("coffee") {
        v.extend(d.brands.iter().chain(&d.places).map(|t| t.text.clone()));
    }
    v
}

/// Distinct names of `names` that `text` mentions, a name inside a longer mentioned one
/// ("Nescafé" in "Nescafé 3in1") counted once.
fn distinct_mentions(text: &str, names: &[String]) -> Vec<String> {
    let mut found: Vec<(usize, usize, String)> = Vec::new();
    for n in names {
        for (s, e) in lint::spans(text, n) {
            found.push((s, e, n.clone()));
        }
    }
    let kept: BTreeSet<String> = found
        .iter()
        .filter(|(s, e, _)| {
            !found
                .iter()
                .any(|(s2, e2, _)| s2 <= s && e <= e2 && (e2 - s2) > (e - s))
        })
        .map(|(_, _, n)| n.to_lowercase())
        .collect();
    kept.into_iter().collect()
}

const VERBS: &[&str] = &[
    "look", "go", "want", "have", "do", "like", "make", "take", "get", "love", "spend", "play",
    "watch", "buy", "use", "keep", "check", "need", "try", "feel", "say", "think", "come", "see",
    "know", "work", "live", "shop", "pay", "eat", "drink", "wake",
];

/// Words after which "he/she + base verb" is grammatical (questions, modals, "she and he go").
const AUXILIARIES: &[&str] = &[
    "does",
    "doesn't",
    "did",
    "didn't",
    "do",
    "don't",
    "will",
    "won't",
    "can",
    "can't",
    "cannot",
    "would",
    "wouldn't",
    "should",
    "shouldn't",
    "could",
    "couldn't",
    "might",
    "may",
    "must",
    "shall",
    "to",
    "and",
    "or",
    "let",
];

fn agreement_hits(text: &str) -> Vec<String> {
    let w = lint::words(text);
    let mut out = Vec::new();
    for i in 0..w.len().saturating_sub(1) {
        if (w[i] == "he" || w[i] == "she") && VERBS.contains(&w[i + 1].as_str()) {
            if i > 0 && AUXILIARIES.contains(&w[i - 1].as_str()) {
                continue;
            }
            let from = i.saturating_sub(3);
            let to = (i + 4).min(w.len());
            out.push(w[from..to].join(" "));
        }
    }
    out
}

fn all_text(p: &Persona) -> String {
    let mut t = vec![p.family_situation.clone(), p.occupation.clone()];
    for (_, s) in lint::narrative(p) {
        t.push(s.to_owned());
    }
    for (_, items) in lint::lists(p) {
        t.extend(items.iter().cloned());
    }
    t.join(" \n ")
}

/// Every kind of hit, so that the figures list the zeros too.
const HIT_KINDS: &[&str] = &[
    "he/she + base verb",
    "elderly parent of a 70+ persona",
    "retiree at work",
    "under-18 luxury brand",
    "under-18 saves up for premium",
    "under-18 would drop groceries/coffee",
    "more than one caffeine habit in a day",
    "first-time buyer already owns",
];

/// Coherence and grammar hits of one persona: (kind, what was found).
fn coherence_hits(g: &Group, p: &Persona) -> Vec<(&'static str, String)> {
    let mut hits: Vec<(&'static str, String)> = Vec::new();
    let who = format!(
        "{} ({}, {}, {})",
        p.full_name, p.age, p.occupation, p.country_code
    );
    let pack = pack_of(p);
    // Subject–verb agreement after he/she, in every sentence.
    for (field, s) in lint::persona_sentences(p) {
        for h in agreement_hits(&s) {
            hits.push((
                "he/she + base verb",
                format!("{who} {field}: \"…{h}…\" in \"{s}\""),
            ));
        }
    }
    let text = all_text(p);
    let lower = text.to_lowercase();
    // An elderly parent for someone who is elderly.
    if p.age >= 70 {
        for m in [
            "elderly mother",
            "elderly father",
            "elderly parent",
            "ageing parent",
            "aging parent",
        ] {
            if lower.contains(m) {
                hits.push((
                    "elderly parent of a 70+ persona",
                    format!("age {}: {who}: \"{m}\"", p.age),
                ));
            }
        }
    }
    // A retiree whose day is spent at work.
    let retired = p.occupation.to_lowercase().starts_with("retired")
        || p.psychographic_segment.to_lowercase().contains("retiree");
    if retired {
        let day = p.day_in_the_life.to_lowercase();
        let w = lint::words(&day);
        for m in [
            "office",
            "offices",
            "shift",
            "shifts",
            "commute",
            "commutes",
            "commuting",
            "class",
            "classes",
            "lecture",
            "lectures",
            "boss",
        ] {
            if w.iter().any(|x| x == m) {
                hits.push((
                    "retiree at work",
                    format!("{who}: \"{m}\" in day: {}", p.day_in_the_life),
                ));
            }
        }
        if day.contains("clocks in") {
            hits.push((
                "retiree at work",
                format!("{who}: \"clocks in\" in day: {}", p.day_in_the_life),
            ));
        }
    }
    if p.age < 18 {
        let lux = luxury_names(pack);
        for b in &p.brand_attitudes {
            for n in distinct_mentions(b, &lux) {
                hits.push(("under-18 luxury brand", format!("{who}: {n} in \"{b}\"")));
            }
        }
        let premium = premium_names(pack);
        for (field, s) in lint::persona_sentences(p) {
            let l = s.to_lowercase();
            if l.contains("saves up for")
                || l.contains("saving up for")
                || l.contains("save up for")
            {
                for n in distinct_mentions(&s, &premium) {
                    hits.push((
                        "under-18 saves up for premium",
                        format!("{who} {field}: {n} in \"{s}\""),
                    ));
                }
            }
        }
        let mut everyday = tier_names(pack, "grocery");
        everyday.extend(coffee_names(pack));
        for b in &p.brand_attitudes {
            let l = b.to_lowercase();
            if l.contains("would drop")
                && (l.contains("grocer")
                    || l.contains("coffee")
                    || !distinct_mentions(b, &everyday).is_empty())
            {
                hits.push((
                    "under-18 would drop groceries/coffee",
                    format!("{who}: \"{b}\""),
                ));
            }
        }
    }
    // More than one caffeine habit in a day.
    let coffees = distinct_mentions(&p.day_in_the_life, &coffee_names(pack));
    if coffees.len() > 1 {
        hits.push((
            "more than one caffeine habit in a day",
            format!("{coffees:?}: {who}: {}", p.day_in_the_life),
        ));
    }
    // First-time home buyers who already own.
    if g.first_home_buyers {
        for (field, t) in [("family_situation", &p.family_situation), ("bio", &p.bio)] {
            for s in boses_core::persona::offline::sentences(t) {
                let l = s.to_lowercase();
                let housing = lint::has_marker(
                    &l,
                    &[
                        "house",
                        "home",
                        "flat",
                        "apartment",
                        "condo",
                        "unit",
                        "property",
                        "townhouse",
                        "bungalow",
                        "place",
                        "mortgage",
                    ],
                );
                let owns = l.contains("own home")
                    || l.contains("mortgage-free")
                    || ((lint::has_marker(&l, &["owns$"]) || l.contains("paid off")) && housing);
                if owns {
                    hits.push((
                        "first-time buyer already owns",
                        format!("{who} {field}: \"{s}\""),
                    ));
                }
            }
        }
    }
    hits
}

fn day_mentions_coffee(p: &Persona) -> bool {
    lint::has_marker(
        &p.day_in_the_life,
        &[
            "coffee",
            "latte",
            "espresso",
            "cappuccino",
            "americano",
            "flat white",
            "kopi$",
            "café",
            "cafe$",
            "cafés",
            "barista",
            "brew",
        ],
    ) || !distinct_mentions(&p.day_in_the_life, &coffee_names(pack_of(p))).is_empty()
}

#[test]
fn writing_reads_like_people_not_a_template() {
    let started = std::time::Instant::now();
    let groups = groups();
    let total_personas: usize = groups.iter().map(|g| g.personas.len()).sum();
    let mut failures: Vec<String> = Vec::new();

    // Skeletons per group and overall.
    let mut global: HashMap<String, BTreeSet<(usize, usize)>> = HashMap::new();
    let mut group_rows: Vec<GroupRow> = Vec::new();
    let mut shared: Vec<String> = Vec::new();
    let mut shared_count = 0usize;
    let mut shared_narrative = 0usize;
    let mut total_sentences = 0usize;
    for (gi, g) in groups.iter().enumerate() {
        let mut per: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
        let mut exact: HashMap<String, BTreeSet<usize>> = HashMap::new();
        let mut narrative_sentences: BTreeSet<String> = BTreeSet::new();
        for (pi, p) in g.personas.iter().enumerate() {
            let names = lint::name_tokens(p);
            for (field, s) in lint::persona_sentences(p) {
                total_sentences += 1;
                if lint::narrative(p).iter().any(|(f, _)| *f == field) {
                    narrative_sentences.insert(s.clone());
                }
                let sk = lint::skeleton(&s, &names);
                per.entry(sk.clone()).or_default().insert(pi);
                global.entry(sk).or_default().insert((gi, pi));
                exact.entry(s).or_default().insert(pi);
            }
        }
        let repeated: Vec<(String, usize)> = per
            .iter()
            .filter(|(_, ps)| ps.len() >= 3)
            .map(|(s, ps)| (s.clone(), ps.len()))
            .collect();
        let share = repeated.len() as f64 / per.len().max(1) as f64;
        group_rows.push((share, repeated.len(), per.len(), g.label.clone(), repeated));
        let mut dup: Vec<(&String, &BTreeSet<usize>)> =
            exact.iter().filter(|(_, ps)| ps.len() >= 2).collect();
        dup.sort_by(|a, b| {
            narrative_sentences
                .contains(b.0)
                .cmp(&narrative_sentences.contains(a.0))
                .then(b.1.len().cmp(&a.1.len()))
                .then(a.0.cmp(b.0))
        });
        for (k, (s, ps)) in dup.iter().enumerate() {
            shared_count += 1;
            let narrative = narrative_sentences.contains(*s);
            shared_narrative += narrative as usize;
            if k < 1 && shared.len() < 25 {
                let kind = if narrative { "narrative" } else { "list item" };
                shared.push(format!("{} personas {:?} ({kind}): \"{s}\"", g.label, ps));
            }
        }
    }

    println!("\n=== writing_lint: {} groups x {} personas = {} personas, {} sentences ({} places x 3 of {} profiles; seed = 1000 + 31*place + 7*slot) ===",
        groups.len(), PERSONAS_PER_GROUP, total_personas, total_sentences, LOCATIONS.len(), profiles().len());

    // Within groups.
    group_rows.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.3.cmp(&b.3)));
    let over: Vec<_> = group_rows
        .iter()
        .filter(|r| r.0 > GROUP_REPEAT_BUDGET)
        .collect();
    let mean_share: f64 = group_rows.iter().map(|r| r.0).sum::<f64>() / group_rows.len() as f64;
    println!(
        "\n-- within-group repetition: skeletons in >=3 of a group's personas / its distinct skeletons (budget <= {:.0}%) --",
        GROUP_REPEAT_BUDGET * 100.0
    );
    println!(
        "groups over budget: {}/{}; mean share {:.1}%; worst {:.1}%",
        over.len(),
        group_rows.len(),
        mean_share * 100.0,
        group_rows.first().map(|r| r.0 * 100.0).unwrap_or(0.0)
    );
    for (share, n, of, label, repeated) in group_rows.iter().take(5) {
        println!("  {label}: {n}/{of} = {:.1}%", share * 100.0);
        let mut rep = repeated.clone();
        rep.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        for (s, k) in rep.iter().take(12) {
            println!("      x{k}  {s}");
        }
        if rep.len() > 12 {
            println!("      … and {} more", rep.len() - 12);
        }
    }
    if !over.is_empty() {
        failures.push(format!(
            "{} of {} groups repeat more than {:.0}% of their skeletons in 3+ personas (worst {:.1}%)",
            over.len(),
            group_rows.len(),
            GROUP_REPEAT_BUDGET * 100.0,
            group_rows[0].0 * 100.0
        ));
    }

    // Across groups.
    let mut top: Vec<(usize, &String)> = global.iter().map(|(s, ps)| (ps.len(), s)).collect();
    top.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    let over_global = top
        .iter()
        .filter(|(n, _)| *n as f64 / total_personas as f64 > GLOBAL_SKELETON_BUDGET)
        .count();
    println!(
        "\n-- across groups: share of all {} personas using a skeleton (budget: none > {:.0}%) --",
        total_personas,
        GLOBAL_SKELETON_BUDGET * 100.0
    );
    println!(
        "distinct skeletons {}; over budget: {}",
        global.len(),
        over_global
    );
    for (n, s) in top.iter().take(15) {
        println!("  {:5.1}%  {s}", *n as f64 * 100.0 / total_personas as f64);
    }
    if over_global > 0 {
        failures.push(format!(
            "{over_global} skeletons appear in more than {:.0}% of all personas (top {:.1}%)",
            GLOBAL_SKELETON_BUDGET * 100.0,
            top[0].0 as f64 * 100.0 / total_personas as f64
        ));
    }

    // Shared sentences.
    println!(
        "\n-- sentences shared by two or more personas of a group (budget 0): {shared_count} distinct ({shared_narrative} from narrative fields, {} list items); first example of each group --",
        shared_count - shared_narrative
    );
    for s in &shared {
        println!("  {s}");
    }
    if shared_count > 0 {
        failures.push(format!("{shared_count} sentences shared within a group"));
    }

    // Coherence.
    let mut hits: Vec<String> = Vec::new();
    let mut by_kind: BTreeMap<&str, usize> = HIT_KINDS.iter().map(|k| (*k, 0)).collect();
    for g in &groups {
        for p in &g.personas {
            for (kind, h) in coherence_hits(g, p) {
                *by_kind.entry(kind).or_default() += 1;
                hits.push(format!("{kind} — {}: {h}", g.label));
            }
        }
    }
    println!(
        "\n-- grammar and coherence hits (budget 0): {} --",
        hits.len()
    );
    for (k, n) in &by_kind {
        println!("  {n:4}  {k}");
    }
    for h in &hits {
        println!("  {h}");
    }
    if !hits.is_empty() {
        failures.push(format!("{} grammar/coherence hits", hits.len()));
    }

    // Coffee in the day.
    let (mut coffee_days, mut non_coffee_personas, mut all_coffee_days) = (0usize, 0usize, 0usize);
    for g in &groups {
        for p in &g.personas {
            let c = day_mentions_coffee(p);
            all_coffee_days += c as usize;
            if !g.coffee_facet {
                non_coffee_personas += 1;
                coffee_days += c as usize;
            }
        }
    }
    let coffee_share = coffee_days as f64 / non_coffee_personas.max(1) as f64;
    println!(
        "\n-- coffee in day_in_the_life: {}/{} = {:.1}% of personas in groups without a coffee facet (budget <= {:.0}%); {}/{} = {:.1}% of all personas --",
        coffee_days,
        non_coffee_personas,
        coffee_share * 100.0,
        COFFEE_DAY_BUDGET * 100.0,
        all_coffee_days,
        total_personas,
        all_coffee_days as f64 * 100.0 / total_personas as f64
    );
    if coffee_share > COFFEE_DAY_BUDGET {
        failures.push(format!(
            "coffee in {:.1}% of days without a coffee facet",
            coffee_share * 100.0
        ));
    }

    let summary = format!(
        "writing_lint summary ({} groups x {} = {} personas): groups over the 2% repeat budget {}/{} (mean {:.1}%, worst {:.1}%); top skeleton {:.1}% of personas, {} over 10%; shared sentences {}; coherence hits {}; coffee days {:.1}% (no coffee facet); {:.2}s",
        groups.len(),
        PERSONAS_PER_GROUP,
        total_personas,
        over.len(),
        group_rows.len(),
        mean_share * 100.0,
        group_rows.first().map(|r| r.0 * 100.0).unwrap_or(0.0),
        top.first().map(|t| t.0 as f64 * 100.0 / total_personas as f64).unwrap_or(0.0),
        over_global,
        shared_count,
        hits.len(),
        coffee_share * 100.0,
        started.elapsed().as_secs_f64()
    );
    eprintln!("\n{summary}");
    assert!(
        groups.len() >= 60,
        "the lint covers at least 60 groups: {}",
        groups.len()
    );
    // Every budget of the spec holds.
    assert!(
        failures.is_empty(),
        "writing budgets missed:\n  {}",
        failures.join("\n  ")
    );
}

/// The measures themselves: skeletons and the agreement check behave as defined.
#[test]
fn lint_measures_behave() {
    let names = vec![
        "Analyn Panganiban".to_owned(),
        "Analyn".to_owned(),
        "Panganiban".to_owned(),
    ];
    assert_eq!(
        lint::skeleton(
            "Analyn is up by 5:30 and starts the day with Kopi Kenangan.",
            &names
        ),
        "NAME is up by N and starts the day with X."
    );
    assert_eq!(
        lint::skeleton(
            "Analyn Panganiban, 29, spends ₱1,200 on Shopee, Lazada and TikTok Shop.",
            &names
        ),
        "NAME, N, spends ₱N on X, X and X."
    );
    assert_eq!(
        lint::skeleton("Netflix keeps Panganiban's evenings full.", &names),
        "netflix keeps NAME's evenings full."
    );
    assert_eq!(
        lint::skeleton("A 33-year-old in Cebu City.", &names),
        "a N-year-old in X."
    );
    assert!(agreement_hits("These are the people she looks up to.").is_empty());
    assert_eq!(
        agreement_hits("the people she look up to"),
        vec!["the people she look up to"]
    );
    assert!(agreement_hits("She does not look back, and it helps her look sharp.").is_empty());
    assert!(agreement_hits("Would she like it? Her kids and she go out.").is_empty());
    assert_eq!(agreement_hits("Every day he go to work.").len(), 1);
}

/// A group's repeat share, repeated and distinct skeletons, label, and the repeats.
type GroupRow = (f64, usize, usize, String, Vec<(String, usize)>);
