//! The offline persona engine: constraints, coherence, diversity, variety and
//! determinism, for every country pack and for arbitrary valid definitions.

use boses_core::clock::Timestamp;
use boses_core::domain::{GenerationId, GroupDefinition, GroupId};
use boses_core::locale::{self, geo::Gazetteer};
use boses_core::persona::engine::PersonaRequest;
use boses_core::persona::model::Persona;
use boses_core::persona::offline::{self, narrative_fields, sentences};
use proptest::prelude::*;
use serde_json::{json, Value};
use std::collections::{HashMap, HashSet};

fn group(def: &GroupDefinition, seed: u64) -> Vec<Persona> {
    let run = GenerationId::new_random();
    let gid = GroupId::new_v7();
    (0..u32::from(def.persona_count.get()))
        .map(|i| {
            offline::generate(&PersonaRequest {
                group_id: gid,
                run,
                definition: def,
                seed,
                index: i,
                created_at: Timestamp::from_unix_millis(0),
            })
            .expect("persona")
        })
        .collect()
}

/// Persona `i` of a run is the same whatever order the worker asks for them in (the
/// engine resumes a run where it left off on this thread, and must never resume the
/// wrong one).
#[test]
fn a_persona_is_the_same_in_any_order_of_requests() {
    let a = def(json!({"location": "Cebu, Philippines", "persona_count": 6}));
    let b = def(json!({"location": "Lagos, Nigeria", "persona_count": 6}));
    let req = |d: &GroupDefinition, seed: u64, index: u32| {
        offline::generate(&PersonaRequest {
            group_id: GroupId::from_uuid(uuid::Uuid::from_u128(7)),
            run: GenerationId::from_uuid(uuid::Uuid::from_u128(9)),
            definition: d,
            seed,
            index,
            created_at: Timestamp::from_unix_millis(0),
        })
        .map(|p| content(&p))
        .expect("persona")
    };
    let all: Vec<Value> = offline::generate_all(
        &PersonaRequest {
            group_id: GroupId::from_uuid(uuid::Uuid::from_u128(7)),
            run: GenerationId::from_uuid(uuid::Uuid::from_u128(9)),
            definition: &a,
            seed: 5,
            index: 0,
            created_at: Timestamp::from_unix_millis(0),
        },
        6,
    )
    .expect("personas")
    .iter()
    .map(content)
    .collect();
    // In order (each call resumes the last), then interleaved with another group and
    // another seed, backwards, repeated.
    for i in 0..6u32 {
        assert_eq!(req(&a, 5, i), all[i as usize], "resumed, {i}");
    }
    for i in 0..6u32 {
        assert_eq!(req(&a, 5, i), all[i as usize], "in order, {i}");
        req(&b, 5, i);
        req(&a, 6, i);
    }
    for i in (0..6u32).rev() {
        assert_eq!(req(&a, 5, i), all[i as usize], "backwards, {i}");
        assert_eq!(req(&a, 5, i), all[i as usize], "again, {i}");
    }
}

fn def(v: Value) -> GroupDefinition {
    let mut v = v;
    v["name"] = json!("test");
    GroupDefinition::parse(&v).unwrap()
}

fn content(p: &Persona) -> Value {
    let mut v = serde_json::to_value(p).unwrap();
    for k in ["id", "persona_group_id", "created_at"] {
        v.as_object_mut().unwrap().remove(k);
    }
    v
}

/// Every constraint of the contract, plus the coherence rules, for one group.
fn check_group(d: &GroupDefinition, ps: &[Persona]) -> Result<(), String> {
    let place = d
        .location
        .as_deref()
        .and_then(|l| Gazetteer::get().resolve_location(l));
    let group_pack = locale::pack_or_fallback(place.map(|p| p.country)).unwrap();
    let (lo, hi) = (d.ages.min().unwrap_or(13), d.ages.max().unwrap_or(100));
    let mut names = HashSet::new();
    let mut seen_sentences: HashMap<String, usize> = HashMap::new();
    for (i, p) in ps.iter().enumerate() {
        let ctx = format!("persona {i} ({}, {}): ", p.full_name, p.location);
        // No location: each persona lives wholly in one country of a full pack.
        let pack = if d.location.is_none() {
            match locale::pack(&p.country_code) {
                Some(pk) if p.country_code != locale::FALLBACK => pk,
                _ => return Err(format!("{ctx}no-location persona in {}", p.country_code)),
            }
        } else {
            group_pack
        };
        if !(lo..=hi).contains(&p.age) {
            return Err(format!("{ctx}age {} outside {lo}..{hi}", p.age));
        }
        match d.gender {
            boses_core::domain::Gender::All => {}
            g => {
                if p.gender != g.as_str() {
                    return Err(format!("{ctx}gender {}", p.gender));
                }
            }
        }
        if let Some(level) = d.income_level {
            if p.income_level != level.as_str() {
                return Err(format!("{ctx}income {}", p.income_level));
            }
        }
        if let Some(o) = &d.occupation {
            if &p.occupation != o {
                return Err(format!("{ctx}occupation {}", p.occupation));
            }
        }
        if let Some(pl) = place {
            if p.country_code != pl.country {
                return Err(format!("{ctx}country {}", p.country_code));
            }
            if let Some(c) = pl.city() {
                if p.city != c.name || !p.location.starts_with(c.name) {
                    return Err(format!("{ctx}city {} / {}", p.city, p.location));
                }
            }
        }
        let level = boses_core::domain::IncomeLevel::parse(&p.income_level).unwrap();
        let [blo, bhi] = *pack.income_bands.get(level);
        if p.monthly_income.currency != pack.currency
            || !(blo..=bhi).contains(&p.monthly_income.amount)
        {
            return Err(format!(
                "{ctx}income {:?} outside {blo}..{bhi} {}",
                p.monthly_income, pack.currency
            ));
        }
        if !names.insert(p.full_name.clone()) {
            return Err(format!("{ctx}duplicate name"));
        }
        // Coherence: no young person with grown or many children; no luxury on low income.
        let fam = p.family_situation.to_lowercase();
        if p.age < 21 && (fam.contains("children") || fam.contains("married")) {
            return Err(format!("{ctx}{} at {}", p.family_situation, p.age));
        }
        if p.age < 36 && (fam.contains("grown") || fam.contains("grandchild")) {
            return Err(format!("{ctx}{} at {}", p.family_situation, p.age));
        }
        if p.income_level == "Low" {
            for (cat, tiers) in &pack.brands {
                for b in &tiers.premium {
                    let budget_too = tiers.budget.contains(b) || tiers.mid.contains(b);
                    if !budget_too
                        && p.brand_attitudes
                            .iter()
                            .chain([&p.purchase_behavior, &p.day_in_the_life])
                            .any(|t| t.contains(b.as_str()))
                    {
                        return Err(format!("{ctx}low income but premium {cat} brand {b}"));
                    }
                }
            }
        }
        for o in [
            p.ocean.openness,
            p.ocean.conscientiousness,
            p.ocean.extraversion,
            p.ocean.agreeableness,
            p.ocean.neuroticism,
        ] {
            if !(0.0..=1.0).contains(&o) {
                return Err(format!("{ctx}ocean {o}"));
            }
        }
        for text in narrative_fields(p) {
            for s in sentences(text) {
                if let Some(j) = seen_sentences.insert(s.to_owned(), i) {
                    if j != i {
                        return Err(format!("{ctx}shares a sentence with persona {j}: {s:?}"));
                    }
                }
            }
        }
        for (field, text) in [
            ("bio", &p.bio),
            ("day", &p.day_in_the_life),
            ("quote", &p.quote),
        ] {
            if text.trim().is_empty() || text.contains('{') {
                return Err(format!("{ctx}{field} not filled: {text:?}"));
            }
        }
    }
    Ok(())
}

#[test]
fn every_country_gets_grounded_valid_groups() {
    let mut checked = 0;
    for code in locale::country_codes().filter(|c| *c != locale::FALLBACK) {
        let pack = locale::pack(code).unwrap();
        for (k, location) in [
            pack.country.clone(),
            format!("{}, {}", pack.cities[0].name, pack.country),
        ]
        .into_iter()
        .enumerate()
        {
            for (gender, income) in [
                ("All", None),
                ("Female", Some("Low")),
                ("Male", Some("High")),
            ] {
                let mut v = json!({"location": location, "gender": gender, "persona_count": 10, "age_min": 18 + k as u64 * 20, "age_max": 40 + k as u64 * 30});
                if let Some(i) = income {
                    v["income_level"] = json!(i);
                }
                let d = def(v);
                let ps = group(&d, 7 + k as u64);
                check_group(&d, &ps).unwrap_or_else(|e| panic!("{code} {location} {gender}: {e}"));
                assert!(ps.iter().all(|p| p.country_code == code));
                assert!(ps
                    .iter()
                    .all(|p| p.provenance.data_version.ends_with(&code.to_lowercase())));
                checked += ps.len();
            }
        }
    }
    eprintln!("checked {checked} personas across every country pack");
    assert!(checked >= 20 * 60);
}

#[test]
fn gender_all_is_balanced_and_ages_spread() {
    let d = def(
        json!({"location": "Jakarta, Indonesia", "age_min": 20, "age_max": 59, "persona_count": 10}),
    );
    let ps = group(&d, 1);
    let women = ps.iter().filter(|p| p.gender == "Female").count();
    assert_eq!(women, 5);
    // Stratified ages: each decade of the range is represented.
    for decade in [20, 30, 40, 50] {
        assert!(
            ps.iter().any(|p| (decade..decade + 10).contains(&p.age)),
            "no persona in their {decade}s: {:?}",
            ps.iter().map(|p| p.age).collect::<Vec<_>>()
        );
    }
}

#[test]
fn diversity_within_a_group() {
    for seed in 0..30 {
        let d = def(json!({"location": "Vietnam", "persona_count": 5}));
        let ps = group(&d, seed);
        let archetypes: HashSet<_> = ps.iter().map(|p| p.archetype_label.clone()).collect();
        assert!(archetypes.len() >= 4, "seed {seed}: {archetypes:?}");
        let given: HashSet<_> = ps.iter().map(|p| p.given_name.clone()).collect();
        assert_eq!(given.len(), 5);
        let spread = |f: fn(&Persona) -> f64| {
            let xs: Vec<f64> = ps.iter().map(f).collect();
            let mean = xs.iter().sum::<f64>() / xs.len() as f64;
            (xs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / xs.len() as f64).sqrt()
        };
        let spreads = [
            spread(|p| p.ocean.openness),
            spread(|p| p.ocean.conscientiousness),
            spread(|p| p.ocean.extraversion),
            spread(|p| p.ocean.agreeableness),
            spread(|p| p.ocean.neuroticism),
        ];
        assert!(
            spreads.iter().filter(|s| **s > 0.05).count() >= 3,
            "seed {seed}: {spreads:?}"
        );
    }
}

#[test]
fn determinism_and_seed_sensitivity() {
    let d = def(
        json!({"location": "Seoul, South Korea", "persona_count": 6, "income_level": "Middle"}),
    );
    let a: Vec<Value> = group(&d, 99).iter().map(content).collect();
    let b: Vec<Value> = group(&d, 99).iter().map(content).collect();
    assert_eq!(a, b, "same definition and seed, same personas");
    let c = group(&d, 100);
    let names_a: HashSet<_> = a
        .iter()
        .map(|p| p["full_name"].as_str().unwrap().to_owned())
        .collect();
    let names_c: HashSet<_> = c.iter().map(|p| p.full_name.clone()).collect();
    assert!(
        names_a.intersection(&names_c).count() <= 1,
        "different seeds, different people"
    );
    // Persona i depends only on (definition, seed, i): generating it alone gives the same.
    let run = GenerationId::new_random();
    let alone = offline::generate(&PersonaRequest {
        group_id: GroupId::new_v7(),
        run,
        definition: &d,
        seed: 99,
        index: 4,
        created_at: Timestamp::from_unix_millis(0),
    })
    .unwrap();
    assert_eq!(content(&alone), a[4]);
}

#[test]
fn variety_no_shared_sentences_measured() {
    let mut groups = 0;
    let mut sentences_checked = 0;
    for code in locale::country_codes() {
        let pack = locale::pack(code).unwrap();
        for seed in 0..5 {
            let d = def(
                json!({"location": pack.country, "persona_count": 10, "occupation": if seed % 2 == 0 { Value::Null } else { json!("Nurse") }}),
            );
            let ps = group(&d, seed);
            check_group(&d, &ps).unwrap_or_else(|e| panic!("{code} seed {seed}: {e}"));
            sentences_checked += ps
                .iter()
                .flat_map(|p| narrative_fields(p).into_iter().flat_map(sentences))
                .count();
            groups += 1;
        }
    }
    eprintln!(
        "variety: {groups} groups of 10, {sentences_checked} sentences, 0 shared within a group"
    );
}

#[test]
fn locations_resolve_through_the_gazetteer() {
    for (loc, city, cc) in [
        ("BGC", "Taguig", "PH"),
        ("HCMC", "Ho Chi Minh City", "VN"),
        ("KL", "Kuala Lumpur", "MY"),
        ("Makati, Philippines", "Makati", "PH"),
    ] {
        let ps = group(&def(json!({"location": loc, "persona_count": 2})), 3);
        assert!(
            ps.iter().all(|p| p.city == city && p.country_code == cc),
            "{loc}: {} {}",
            ps[0].city,
            ps[0].country_code
        );
    }
    // Unknown city in a known country: kept as written, grounded in that country.
    let ps = group(
        &def(json!({"location": "Smallville, Indonesia", "persona_count": 2})),
        3,
    );
    assert!(ps.iter().all(|p| p.city == "Smallville"
        && p.country_code == "ID"
        && p.location == "Smallville, Indonesia"));
    // Unknown everything: the generic pack, location kept.
    let ps = group(&def(json!({"location": "Atlantis", "persona_count": 2})), 3);
    assert!(ps
        .iter()
        .all(|p| p.location == "Atlantis" && p.country_code == locale::FALLBACK));
}

#[test]
fn a_group_with_no_location_places_each_persona_wholly_in_one_country() {
    let ps = group(&def(json!({"persona_count": 10})), 11);
    let mut countries = HashSet::new();
    for p in &ps {
        let pack = locale::pack(&p.country_code).expect("a pack");
        assert_ne!(p.country_code, locale::FALLBACK, "{}", p.full_name);
        assert!(
            p.location.ends_with(&pack.country),
            "{} lives in {} but is from {}",
            p.full_name,
            p.location,
            pack.country
        );
        assert_eq!(p.monthly_income.currency, pack.currency, "{}", p.full_name);
        assert!(
            pack.cities.iter().any(|c| c.name == p.city),
            "{}: {} is not a city of {}",
            p.full_name,
            p.city,
            pack.country
        );
        countries.insert(p.country_code.clone());
    }
    assert!(countries.len() >= 3, "one place for all: {countries:?}");
}

fn arb_definition() -> impl Strategy<Value = Value> {
    let locations = prop::sample::select(vec![
        "",
        "Jakarta, Indonesia",
        "Vietnam",
        "Manila",
        "BGC",
        "Austin, United States",
        "Leeds, United Kingdom",
        "Lagos, Nigeria",
        "São Paulo, Brazil",
        "Tokyo",
        "Nairobi, Kenya",
        "Berlin",
        "Paris, France",
        "Cape Town, South Africa",
        "Sydney",
        "Mumbai, India",
        "Shanghai, China",
        "Mexico City, Mexico",
        "Busan, South Korea",
        "Penang",
        "Chiang Mai, Thailand",
        "Singapore",
        "Nowhere Land",
        "🙂",
    ]);
    (13u8..=100, 0u8..=87, prop::sample::select(vec!["All", "Male", "Female"]), prop::option::of(prop::sample::select(vec!["Low", "Middle", "High"])), locations, prop::option::of("[A-Za-z ]{1,30}"), 1u8..=10)
        .prop_map(|(min, extra, gender, income, location, occupation, count)| {
            let max = min.saturating_add(extra).min(100);
            let mut v = json!({"age_min": min, "age_max": max, "gender": gender, "persona_count": count});
            if !location.is_empty() {
                v["location"] = json!(location);
            }
            if let Some(i) = income {
                v["income_level"] = json!(i);
            }
            if let Some(o) = occupation.filter(|o| !o.trim().is_empty()) {
                v["occupation"] = json!(o.trim());
            }
            v
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn any_valid_definition_gives_valid_personas(v in arb_definition(), seed in any::<u64>()) {
        let d = def(v);
        let ps = group(&d, seed);
        prop_assert_eq!(ps.len(), usize::from(d.persona_count.get()));
        if let Err(e) = check_group(&d, &ps) {
            prop_assert!(false, "{}", e);
        }
    }
}

// ---------------------------------------------------------------------------------
// Coherence rules over a broad sample: every pack, every age band, both genders, every
// income level. Each rule below is one the engine enforces; the checks read the pack
// data independently of the engine's own logic, so a regression in either shows.
// ---------------------------------------------------------------------------------

use boses_core::locale::{religion_family, LocalePack, Tagged};
use boses_core::persona::archetypes::ARCHETYPES;
use std::sync::OnceLock;

const AGE_BANDS: &[(u8, u8)] = &[(13, 17), (18, 24), (25, 44), (45, 64), (65, 90)];

struct Sample {
    code: &'static str,
    pack: &'static LocalePack,
    personas: Vec<Persona>,
}

/// Groups of 8 for every pack × age band × (gender, income) combination, generated
/// once and shared by the tests below.
fn sample() -> &'static [Sample] {
    static SAMPLE: OnceLock<Vec<Sample>> = OnceLock::new();
    SAMPLE.get_or_init(|| {
        let mut out = Vec::new();
        for code in locale::country_codes() {
            let pack = locale::pack(code).unwrap();
            let mut personas = Vec::new();
            for (b, (lo, hi)) in AGE_BANDS.iter().enumerate() {
                for (k, (gender, income)) in [("All", None), ("Female", Some("Low")), ("Male", Some("High")), ("All", Some("Middle"))]
                    .into_iter()
                    .enumerate()
                {
                    let location = if k % 2 == 0 || code == locale::FALLBACK {
                        pack.country.clone()
                    } else {
                        format!("{}, {}", pack.cities[(b + k) % pack.cities.len()].name, pack.country)
                    };
                    let mut v = json!({"location": location, "gender": gender, "persona_count": 8, "age_min": lo, "age_max": hi});
                    if let Some(i) = income {
                        v["income_level"] = json!(i);
                    }
                    let d = def(v);
                    let ps = group(&d, 1000 + (b * 10 + k) as u64);
                    check_group(&d, &ps).unwrap_or_else(|e| panic!("{code} {lo}-{hi} {gender}: {e}"));
                    personas.extend(ps);
                }
            }
            out.push(Sample { code, pack, personas });
        }
        out
    })
}

fn low(s: &str) -> String {
    s.to_lowercase()
}

/// Lower case, except characters whose lower case has another UTF-8 length.
fn fold_same_len(s: &str) -> String {
    s.chars()
        .map(|c| {
            let l: String = c.to_lowercase().collect();
            if l.len() == c.len_utf8() {
                l
            } else {
                c.to_string()
            }
        })
        .collect()
}

fn has_word(text: &str, word: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
        .any(|w| w == word)
}

/// All prose of a persona, list fields included.
fn all_text(p: &Persona) -> String {
    let mut parts: Vec<&str> = narrative_fields(p);
    for list in [
        &p.pain_points,
        &p.values_and_motivations,
        &p.buying_triggers,
        &p.brand_attitudes,
        &p.media_consumption,
    ] {
        parts.extend(list.iter().map(String::as_str));
    }
    parts.push(&p.family_situation);
    parts.push(&p.educational_background);
    parts.join("\n")
}

fn household_entry<'a>(pack: &'a LocalePack, text: &str) -> Option<(usize, &'a Tagged)> {
    let h = &pack.household;
    [&h.single, &h.couple, &h.family, &h.extended]
        .iter()
        .enumerate()
        .find_map(|(cat, list)| list.iter().find(|t| t.text == text).map(|t| (cat, t)))
}

/// Whether the household has children under 18 living in it, from the pack's own
/// description of the entry (or the engine's plain fallbacks).
fn has_kids_at_home(pack: &LocalePack, family_situation: &str) -> bool {
    match household_entry(pack, family_situation) {
        Some((cat, t)) => match t.kids.as_deref() {
            Some(k) => matches!(k, "young" | "school" | "teen"),
            None => cat == 2,
        },
        None => family_situation == "Married with two children",
    }
}

/// Whether the household has children of any age (grown-up children included).
fn has_children(pack: &LocalePack, family_situation: &str) -> bool {
    match household_entry(pack, family_situation) {
        Some((cat, t)) => match t.kids.as_deref() {
            Some(k) => k != "none",
            None => cat == 2,
        },
        None => family_situation.contains("children"),
    }
}

fn lives_with_family(pack: &LocalePack, family_situation: &str) -> bool {
    match household_entry(pack, family_situation) {
        Some((cat, t)) => cat > 0 || t.with_parents == Some(true),
        None => family_situation != "Lives alone",
    }
}

#[test]
fn ages_fit_occupations_and_life_stage() {
    const YOUNG_JOBS: &[&str] = &[
        "rider",
        "delivery",
        "crew",
        "barista",
        "content creator",
        "fintech",
        "product manager",
        "livestream",
        "influencer",
        "startup",
        "call cent",
        "data scientist",
        "part-timer",
    ];
    const LONG_TRAINING: &[&str] = &[
        "doctor",
        "surgeon",
        "lawyer",
        "dentist",
        "pharmacist",
        "architect",
        "physician",
        "barrister",
        "solicitor",
        "attorney",
    ];
    let mut old = 0;
    let mut old_retired = 0;
    for s in sample() {
        let retire_at = s.pack.retirement_age.unwrap_or(62);
        for p in &s.personas {
            let occ = low(&p.occupation);
            let ctx = format!(
                "{} {} ({}, {}): {}",
                s.code, p.full_name, p.age, p.income_level, p.occupation
            );
            let students: Vec<String> = s
                .pack
                .student_occupations
                .iter()
                .map(|t| low(&t.text))
                .collect();
            let is_student = students.contains(&occ) || occ == "secondary school student";
            if p.age < 18 {
                assert!(is_student, "{ctx}: under 18 but not at school");
                // Teenagers do not do the grocery run or hold views on coffee brands.
                for b in &p.brand_attitudes {
                    assert!(!b.contains("groceries"), "{ctx}: {b}");
                    assert!(p.age >= 16 || !b.contains("coffee"), "{ctx}: {b}");
                }
            }
            if is_student && p.age < 17 {
                assert!(
                    !p.educational_background.starts_with("Studying"),
                    "{ctx}: {}",
                    p.educational_background
                );
            }
            if occ.starts_with("graduate")
                || ["postgraduate", "postgrad", "master's", "phd", "mba student"]
                    .iter()
                    .any(|w| occ.contains(w))
            {
                assert!(p.age >= 21, "{ctx}: too young for graduate study");
            }
            if LONG_TRAINING.iter().any(|w| occ.contains(w)) && !occ.starts_with("retired") {
                assert!(
                    p.age >= 23,
                    "{ctx}: too young for a profession with long training"
                );
            }
            if let Some(prior) = occ.strip_prefix("retired ") {
                assert!(
                    p.age + 5 >= retire_at && p.age >= 50,
                    "{ctx}: retired at {}",
                    p.age
                );
                assert!(
                    !YOUNG_JOBS.iter().any(|w| prior.contains(w)),
                    "{ctx}: nobody retires from that yet"
                );
            }
            if occ == "retiree" {
                assert!(p.age >= 50, "{ctx}");
            }
            if p.age >= 65 {
                old += 1;
                if occ.starts_with("retired") || occ == "retiree" {
                    old_retired += 1;
                } else {
                    assert!(
                        !YOUNG_JOBS.iter().any(|w| occ.contains(w)),
                        "{ctx}: not a job for someone {}",
                        p.age
                    );
                }
            }
            if occ.starts_with("retired") || occ == "retiree" {
                assert!(p.psychographic_segment.ends_with("retiree"), "{ctx}");
                assert!(
                    !p.day_in_the_life.contains("commutes "),
                    "{ctx}: a retiree commuting: {}",
                    p.day_in_the_life
                );
            }
        }
    }
    eprintln!("{old_retired} of {old} personas aged 65+ are retired");
    assert!(
        old_retired * 10 >= old * 6,
        "65+ should be mostly retired: {old_retired} of {old}"
    );
}

#[test]
fn reported_cases_stay_fixed() {
    // A 19-22 group in Davao: no graduate student under 21, universities in Davao.
    for seed in 0..20 {
        let d = def(
            json!({"location": "Davao City, Philippines", "age_min": 19, "age_max": 22, "persona_count": 5}),
        );
        for p in group(&d, seed) {
            assert!(
                !(p.occupation == "Graduate student" && p.age < 22),
                "{} {}",
                p.age,
                p.occupation
            );
            if let Some(rest) = p.educational_background.strip_prefix("Studying ") {
                assert!(
                    !rest.contains("Santo Tomas") && !rest.contains("Diliman"),
                    "{rest}"
                );
            }
        }
        // 55-70, high income, Nigeria: no start-up jobs at 65+, nobody renting a room.
        let d = def(
            json!({"location": "Nigeria", "age_min": 55, "age_max": 70, "income_level": "High", "persona_count": 5}),
        );
        for p in group(&d, seed) {
            let occ = low(&p.occupation);
            assert!(
                !(p.age >= 65 && occ.contains("fintech")),
                "{} {}",
                p.age,
                p.occupation
            );
            assert!(
                !p.family_situation.contains("shared compound"),
                "{}",
                p.family_situation
            );
            assert!(!all_text(&p).contains("barkada"));
        }
    }
}

#[test]
fn households_fit_age_income_and_archetype() {
    // Lines about raising children, and lines that presume children of any age.
    const PARENTING: &[&str] = &[
        "parenting",
        "other parents",
        "school fees",
        "for the kids",
        "children's education",
        "family vlogs",
        "good for the kids",
    ];
    const CHILDREN: &[&str] = &["the children", "grandchildren"];
    for s in sample() {
        for p in &s.personas {
            let ctx = format!(
                "{} {} ({}, {}, {}): {}",
                s.code, p.full_name, p.age, p.gender, p.income_level, p.family_situation
            );
            let kids = has_kids_at_home(s.pack, &p.family_situation);
            let family = lives_with_family(s.pack, &p.family_situation);
            if let Some((_, t)) = household_entry(s.pack, &p.family_situation) {
                if !t.income.is_empty() {
                    assert!(
                        t.income.contains(&p.income_level),
                        "{ctx}: household not for this income"
                    );
                }
                if let Some(a) = t.min_age {
                    assert!(p.age >= a, "{ctx}: too young for this household");
                }
                if let Some(a) = t.max_age {
                    assert!(p.age <= a, "{ctx}: too old for this household");
                }
                if let Some(g) = &t.gender {
                    assert_eq!(g, &p.gender, "{ctx}");
                }
                if p.age < 18 {
                    assert_eq!(
                        t.with_parents,
                        Some(true),
                        "{ctx}: a minor not living with parents"
                    );
                }
                if t.needs("student") {
                    assert!(
                        p.psychographic_segment.ends_with("student"),
                        "{ctx}: student housing"
                    );
                }
            }
            if p.archetype_label == "The Family Anchor" {
                let carer = household_entry(s.pack, &p.family_situation)
                    .is_some_and(|(_, t)| t.carer == Some(true));
                assert!(
                    kids || carer,
                    "{ctx}: Family Anchor without anyone to look after"
                );
            }
            let lists = [
                &p.pain_points,
                &p.values_and_motivations,
                &p.buying_triggers,
                &p.media_consumption,
                &p.brand_attitudes,
            ]
            .iter()
            .flat_map(|l| l.iter())
            .map(|x| low(x))
            .chain([low(&p.quote), low(&p.aspirational_identity)])
            .collect::<Vec<_>>();
            for line in &lists {
                if PARENTING.iter().any(|w| line.contains(w)) {
                    assert!(
                        kids,
                        "{ctx}: parenting line without children at home: {line}"
                    );
                }
                if CHILDREN.iter().any(|w| line.contains(w)) && !line.contains("one day") {
                    assert!(
                        kids || has_children(s.pack, &p.family_situation),
                        "{ctx}: a line about children for someone without: {line}"
                    );
                }
                if line.contains("for the family") || line.contains("whole household") {
                    assert!(
                        family,
                        "{ctx}: family line for someone living alone: {line}"
                    );
                }
            }
        }
    }
}

#[test]
fn sentences_are_well_formed_and_pack_names_keep_their_case() {
    let mut recased: Vec<String> = Vec::new();
    for s in sample() {
        // Pack phrases that must appear exactly as written (names keep their case).
        let pl = &s.pack.platforms;
        let mut names: Vec<String> = Vec::new();
        for list in [
            &pl.social,
            &pl.messaging,
            &pl.ecommerce,
            &pl.payments,
            &pl.streaming,
            &pl.ride_hailing,
            &pl.food_delivery,
            &pl.news,
        ] {
            names.extend(list.iter().map(|t| t.text.clone()));
        }
        for tiers in s.pack.brands.values() {
            names.extend(
                tiers
                    .budget
                    .iter()
                    .chain(&tiers.mid)
                    .chain(&tiers.premium)
                    .cloned(),
            );
        }
        for list in [
            &s.pack.touchpoints.events,
            &s.pack.touchpoints.rituals,
            &s.pack.touchpoints.habits,
            &s.pack.touchpoints.hassles,
            &s.pack.commute,
            &s.pack.foods.meals,
            &s.pack.universities,
        ] {
            names.extend(list.iter().map(|t| t.text.clone()));
        }
        // (Districts are left out: "Kata" is a beach in Phuket and the "kata" of moo kata.)
        names.extend(s.pack.cities.iter().map(|c| c.name.clone()));
        // List items may start with any pack name as spelled ("g1 — headlines").
        let starts = names.clone();
        // ("The …" names and names that are everyday words, like the brand "Closed",
        // are left out: the same words appear around them in lower case.)
        let english = english_words();
        let everyday = |n: &str| n.split_whitespace().all(|w| english.contains(&low(w)));
        names.retain(|n| n.chars().count() >= 3 && !n.starts_with("The ") && !everyday(n));
        // Every phrase the pack spells, interest names included: a name inside a longer
        // phrase spelled as the pack spells it ("DANA" in "reksa dana") is that phrase.
        let mut phrases = starts.clone();
        for d in s.pack.interests.values() {
            phrases.extend(
                d.brands
                    .iter()
                    .chain(&d.places)
                    .chain(&d.apps)
                    .chain(&d.media)
                    .chain(&d.teams)
                    .map(|t| t.text.clone()),
            );
        }
        let within_phrase = |text: &str, name: &str, at: usize| {
            phrases.iter().any(|q| {
                q.len() > name.len()
                    && low(q).contains(&low(name))
                    && text
                        .match_indices(q.as_str())
                        .any(|(qa, _)| qa <= at && at < qa + q.len())
            })
        };
        for p in &s.personas {
            let ctx = format!("{} {}", s.code, p.full_name);
            for (field, text) in [
                ("bio", &p.bio),
                ("day_in_the_life", &p.day_in_the_life),
                ("purchase_behavior", &p.purchase_behavior),
                ("digital_behavior", &p.digital_behavior),
                ("aspirational_identity", &p.aspirational_identity),
                ("quote", &p.quote),
            ] {
                assert!(
                    !text.contains("  ") && !text.contains(" .") && !text.contains('{'),
                    "{ctx} {field}: {text:?}"
                );
                for sent in sentences(text) {
                    // One platform named twice in a sentence ("YouTube or scrolling YouTube").
                    for pname in pl
                        .social
                        .iter()
                        .chain(&pl.streaming)
                        .map(|t| t.text.as_str())
                        .filter(|n| n.chars().count() >= 3)
                    {
                        assert!(
                            sent.matches(pname).count() <= 1,
                            "{ctx} {field}: {pname:?} twice in {sent:?}"
                        );
                    }
                    let first = sent.chars().next().unwrap();
                    let starts_with_name = names.iter().any(|n| {
                        sent.starts_with(n.as_str()) && !n.starts_with(char::is_lowercase)
                            || sent.starts_with(n.as_str())
                                && n.chars().skip(1).any(char::is_uppercase)
                    });
                    assert!(
                        // "Can you make the logo bigger? — every client, ever." is one
                        // line of a quote, its attribution after the dash.
                        first.is_uppercase()
                            || first.is_ascii_digit()
                            || starts_with_name
                            || sent.starts_with("— "),
                        "{ctx} {field}: sentence starts in lower case: {sent:?}"
                    );
                    assert!(
                        sent.ends_with(['.', '!', '?']),
                        "{ctx} {field}: no terminal punctuation: {sent:?}"
                    );
                }
            }
            for list in [
                &p.pain_points,
                &p.values_and_motivations,
                &p.buying_triggers,
                &p.brand_attitudes,
                &p.personality_traits,
                &p.media_consumption,
            ] {
                for item in list.iter() {
                    let first = item.chars().next().unwrap();
                    let styled = item
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| w.chars().skip(1).any(char::is_uppercase));
                    let pack_name = starts.iter().any(|n| item.starts_with(n.as_str()));
                    assert!(
                        first.is_uppercase() || first.is_ascii_digit() || styled || pack_name,
                        "{ctx}: list item in lower case: {item:?}"
                    );
                }
            }
            // Pronouns match the persona; no "herself or himself".
            let text = all_text(p);
            let lower = low(&text);
            assert!(
                !lower.contains("herself or himself") && !lower.contains("his or her"),
                "{ctx}: {text}"
            );
            // "his" and "her" may be someone else's ("her mother"), so they are not
            // wrong on their own; the persona's own set must still be there.
            let (wrong, right): (&[&str], &[&str]) = if p.gender == "Female" {
                (&["he", "him", "himself"], &["she", "her", "herself"])
            } else {
                (&["she", "herself"], &["he", "him", "his", "himself"])
            };
            let words = lower.replace(['.', ','], " ");
            for w in wrong {
                assert!(
                    !has_word(&words, w),
                    "{ctx}: pronoun {w:?} for a {} persona: {text}",
                    p.gender
                );
            }
            // And where the text speaks of the persona in the third person at all, it
            // uses their own pronoun.
            let third_person = ["he", "him", "his", "himself", "she", "her", "herself"]
                .iter()
                .any(|w| has_word(&words, w));
            if third_person {
                assert!(
                    right.iter().any(|w| has_word(&words, w)),
                    "{ctx}: third person without any of {right:?} for a {} persona: {text}",
                    p.gender
                );
            }
            // Names from the pack are never re-cased: an occurrence that differs from the
            // pack's spelling may differ only in a capitalised first letter at a
            // sentence start.
            // Byte offsets found in the folded text index the original ("İzmir" lower-
            // cases to a longer string, so it is folded only where lengths agree).
            let folded = fold_same_len(&text);
            for n in &names {
                let ln = fold_same_len(n);
                let mut from = 0;
                while let Some(i) = folded[from..].find(&ln) {
                    let at = from + i;
                    let found = &text[at..at + n.len()];
                    if found != n {
                        let sentence_start = at == 0
                            || text[..at].ends_with(". ")
                            || text[..at].ends_with('\n')
                            || text[..at].ends_with(": ");
                        let recapitalised = {
                            let mut c = n.chars();
                            c.next()
                                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                                .as_deref()
                                == Some(found)
                        };
                        // Matches inside a longer word ("Bolt" in "Boltz") are not this name.
                        let inside_word =
                            text[..at].chars().last().is_some_and(char::is_alphanumeric)
                                || text[at + n.len()..]
                                    .chars()
                                    .next()
                                    .is_some_and(char::is_alphanumeric);
                        // "simple" and "a second cup" in plain prose are words, not the
                        // brands "Simple" and "Second Cup"; "Ruby" may be the persona.
                        let plain_words = found.chars().all(|c| !c.is_uppercase())
                            && n.split_whitespace().all(|w| english.contains(&low(w)));
                        let own_name = p.full_name.split(' ').any(|w| w == found);
                        if !(inside_word
                            || plain_words
                            || own_name
                            || (sentence_start && recapitalised)
                            || within_phrase(&text, n, at))
                        {
                            let from = text[..at]
                                .char_indices()
                                .rev()
                                .nth(40)
                                .map_or(0, |(i, _)| i);
                            let to = text[at..]
                                .char_indices()
                                .nth(n.len() + 40)
                                .map_or(text.len(), |(i, _)| at + i);
                            recased.push(format!(
                                "{ctx}: {n:?} written as {found:?} in …{}…",
                                &text[from..to]
                            ));
                        }
                    }
                    from = at + ln.len().max(1);
                }
            }
        }
    }
    assert!(
        recased.is_empty(),
        "{} pack names re-cased:\n{}",
        recased.len(),
        recased.join("\n")
    );
}

/// Markers of a pack's own locale: names of its brands, platforms and foods, and the
/// words of its phrases that are not plain English (non-ASCII words, glosses in
/// parentheses, proper nouns inside a phrase). Shared English words are not markers.
fn markers(pack: &LocalePack, english: &HashSet<String>) -> HashSet<String> {
    let mut out: HashSet<String> = HashSet::new();
    let tp = &pack.touchpoints;
    let mut phrases: Vec<&str> = Vec::new();
    for list in [
        &tp.events,
        &tp.rituals,
        &tp.habits,
        &tp.hassles,
        &pack.commute,
        &pack.student_occupations,
    ] {
        phrases.extend(list.iter().map(|t| t.text.as_str()));
    }
    for level in [
        boses_core::domain::IncomeLevel::Low,
        boses_core::domain::IncomeLevel::Middle,
        boses_core::domain::IncomeLevel::High,
    ] {
        phrases.extend(pack.occupations.get(level).iter().map(|t| t.text.as_str()));
    }
    let h = &pack.household;
    for list in [&h.single, &h.couple, &h.family, &h.extended] {
        phrases.extend(list.iter().map(|t| t.text.as_str()));
    }
    // Words that are not plain English: non-ASCII words ("phở"), local terms glossed
    // in parentheses ("motoboy (delivery rider)", "household helper (kasambahay)").
    for phrase in &phrases {
        let words: Vec<&str> = phrase.split_whitespace().collect();
        for (i, w) in words.iter().enumerate() {
            let core: String = w
                .chars()
                .filter(|c| c.is_alphanumeric() || *c == '-')
                .collect();
            let lc = low(&core);
            let glossed = words.get(i + 1).is_some_and(|n| n.starts_with('('));
            let gloss = w.starts_with('(') && w.ends_with(')');
            if core.chars().count() >= 4
                && !english.contains(&lc)
                && (!core.is_ascii() || glossed || gloss)
            {
                out.insert(lc);
            }
        }
    }
    // Whole names: brands, platforms, foods (kept with their case; "Next", "Target").
    for tiers in pack.brands.values() {
        for b in tiers.budget.iter().chain(&tiers.mid).chain(&tiers.premium) {
            // A brand that is also an everyday word ("Routine", "Next") is no marker.
            if b.chars().next().is_some_and(char::is_uppercase)
                && b.chars().count() >= 4
                && !english.contains(&low(b))
            {
                out.insert(b.clone());
            }
        }
    }
    let pl = &pack.platforms;
    for list in [
        &pl.social,
        &pl.messaging,
        &pl.ecommerce,
        &pl.payments,
        &pl.streaming,
        &pl.ride_hailing,
        &pl.food_delivery,
        &pl.news,
    ] {
        // A platform spelled as an everyday word ("noon") is no marker either.
        out.extend(
            list.iter()
                .filter(|t| t.text.chars().count() >= 4 && !english.contains(&low(&t.text)))
                .map(|t| t.text.clone()),
        );
    }
    for list in [&pack.foods.meals, &pack.foods.snacks, &pack.foods.drinks] {
        for t in list {
            let words: Vec<&str> = t.text.split_whitespace().collect();
            // Single-word local dishes ("suya", "taho"), not English ones ("pizza").
            if words.len() == 1
                && !english.contains(&low(&t.text))
                && ![
                    "pizza", "tacos", "sushi", "noodles", "coffee", "tea", "pancakes",
                ]
                .contains(&t.text.as_str())
            {
                out.insert(low(&t.text));
            }
        }
    }
    out
}

/// Plain English: every word of the English-language packs' phrases (not their brand
/// names), and the words listed in `tests/data/english_words.txt`.
fn english_words() -> HashSet<String> {
    let mut out: HashSet<String> = HashSet::new();
    let mut add = |t: &str| {
        for w in t.split(|c: char| !c.is_alphanumeric() && c != '-') {
            if w.is_ascii() {
                out.insert(low(w));
            }
        }
    };
    for code in ["GB", "US", "AU", "XX"] {
        let pack = locale::pack(code).unwrap();
        let tp = &pack.touchpoints;
        for list in [
            &tp.events,
            &tp.rituals,
            &tp.habits,
            &tp.hassles,
            &pack.commute,
            &pack.student_occupations,
            &pack.foods.meals,
            &pack.foods.snacks,
        ] {
            list.iter().for_each(|t| add(&t.text));
        }
        for level in [
            boses_core::domain::IncomeLevel::Low,
            boses_core::domain::IncomeLevel::Middle,
            boses_core::domain::IncomeLevel::High,
        ] {
            pack.occupations
                .get(level)
                .iter()
                .for_each(|t| add(&t.text));
        }
        let h = &pack.household;
        for list in [&h.single, &h.couple, &h.family, &h.extended] {
            list.iter().for_each(|t| add(&t.text));
        }
    }
    for w in include_str!("data/english_words.txt").split_whitespace() {
        out.insert(low(w));
    }
    out
}

fn contains_marker(text: &str, lower: &str, marker: &str) -> bool {
    let (hay, needle) = if marker.chars().any(char::is_uppercase) {
        (text, marker)
    } else {
        (lower, marker)
    };
    let mut from = 0;
    while let Some(i) = hay[from..].find(needle) {
        let at = from + i;
        let before = hay[..at].chars().last();
        let after = hay[at + needle.len()..].chars().next();
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            return true;
        }
        from = at + needle.len();
    }
    false
}

#[test]
#[ignore = "prints every pack's locale markers, for reviewing tests/data/english_words.txt"]
fn print_markers() {
    let english = english_words();
    for code in locale::country_codes() {
        let mut m: Vec<String> = markers(locale::pack(code).unwrap(), &english)
            .into_iter()
            .filter(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
            .collect();
        m.sort();
        println!("{code}: {}", m.join(" "));
    }
}

#[test]
fn shared_banks_are_country_neutral_and_locales_do_not_leak() {
    let codes: Vec<&str> = locale::country_codes().collect();
    let english = english_words();
    let all: Vec<(&str, HashSet<String>)> = codes
        .iter()
        .map(|c| (*c, markers(locale::pack(c).unwrap(), &english)))
        .collect();
    let mut bank_text = String::new();
    for a in ARCHETYPES {
        for l in a
            .values
            .iter()
            .chain(a.pains)
            .chain(a.triggers)
            .chain(a.brand_stance)
            .chain(a.content)
            .chain(a.aspirations)
            .chain(a.quotes)
        {
            bank_text.push_str(l.text);
            bank_text.push('\n');
        }
        for t in a.traits.iter().chain([&a.label, &a.segment]) {
            bank_text.push_str(t);
            bank_text.push('\n');
        }
    }
    let bank_lower = low(&bank_text);
    let mut leaks = Vec::new();
    for (code, marks) in &all {
        for m in marks {
            if contains_marker(&bank_text, &bank_lower, m) {
                leaks.push(format!("{m:?} ({code})"));
            }
        }
    }
    // Words that leaked before, and currencies, wherever they would come from.
    for w in [
        "barkada",
        "peso",
        "pesos",
        "naira",
        "rupee",
        "ringgit",
        "jeepney",
        "sari-sari",
        "kopitiam",
        "owambe",
        "double-date",
        "food trip",
    ] {
        if contains_marker(&bank_text, &bank_lower, w) {
            leaks.push(format!("{w:?}"));
        }
    }
    assert!(
        leaks.is_empty(),
        "country-specific words in the shared archetype banks: {leaks:?}"
    );

    // No persona carries another pack's local markers.
    let mut checked = 0;
    for s in sample() {
        // A pack's own words include its place names and people's names.
        let mut own = markers(s.pack, &english);
        let words = |t: &str| {
            t.split(|c: char| !c.is_alphanumeric() && c != '-')
                .map(low)
                .collect::<Vec<_>>()
        };
        for c in &s.pack.cities {
            own.extend(words(&c.name));
            c.districts.iter().for_each(|d| own.extend(words(d)));
        }
        for w in s
            .pack
            .given_names
            .male
            .iter()
            .chain(&s.pack.given_names.female)
            .chain(&s.pack.family_names)
        {
            own.extend(words(&w.0));
        }
        // And every phrase of its own lists ("Indomie noodles" is Nigerian too).
        let f = &s.pack.foods;
        let tp = &s.pack.touchpoints;
        for list in [
            &f.meals,
            &f.snacks,
            &f.drinks,
            &tp.events,
            &tp.rituals,
            &tp.habits,
            &tp.hassles,
            &s.pack.commute,
        ] {
            own.extend(list.iter().map(|t| low(&t.text)));
        }
        // Its interest names too ("Paramount+" streams football in Australia as well).
        for d in s.pack.interests.values() {
            for t in d
                .brands
                .iter()
                .chain(&d.places)
                .chain(&d.apps)
                .chain(&d.media)
                .chain(&d.teams)
            {
                own.insert(low(&t.text));
            }
        }
        let foreign: Vec<(&str, &String)> = all
            .iter()
            .filter(|(c, _)| *c != s.code)
            .flat_map(|(c, m)| m.iter().map(move |x| (*c, x)))
            // Markers the pack shares in a longer name ("Nescafé" in "Nescafé Blend 43").
            .filter(|(_, m)| !own.iter().any(|o| low(o).contains(&low(m))))
            .collect();
        for p in &s.personas {
            let text = all_text(p);
            let lower = low(&text);
            for (owner, m) in &foreign {
                // "Levi's" the brand is also Levi's own possessive.
                if m.strip_suffix("'s")
                    .is_some_and(|n| p.full_name.split(' ').any(|w| w == n))
                {
                    continue;
                }
                assert!(
                    !contains_marker(&text, &lower, m),
                    "{} {}: {m:?} belongs to {owner}: {text}",
                    s.code,
                    p.full_name
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 1000);
}

#[test]
fn names_languages_and_faith_come_from_one_group() {
    let mut checked = 0;
    for s in sample() {
        let groups = &s.pack.name_groups;
        if groups.is_empty() {
            continue;
        }
        let tp = &s.pack.touchpoints;
        let tagged: Vec<&Tagged> = tp
            .events
            .iter()
            .chain(&tp.rituals)
            .filter(|t| !t.religions.is_empty() || !t.groups.is_empty())
            .collect();
        for p in &s.personas {
            let ctx = format!(
                "{} {} ({}; {:?})",
                s.code, p.full_name, p.gender, p.languages
            );
            let fitting: Vec<_> = groups
                .iter()
                .filter(|g| {
                    let given = if p.gender == "Male" {
                        &g.given_names.male
                    } else {
                        &g.given_names.female
                    };
                    given.iter().any(|w| w.0 == p.given_name)
                        && g.family_names.iter().any(|w| w.0 == p.family_name)
                        && p.languages.iter().all(|l| {
                            g.languages.is_empty() || g.languages.iter().any(|x| &x.name == l)
                        })
                })
                .collect();
            assert!(
                !fitting.is_empty(),
                "{ctx}: given name, family name and languages from no single group"
            );
            // Religious or group-specific touchpoints fit one of those groups.
            for t in &tagged {
                if !p.day_in_the_life.contains(&t.text) {
                    continue;
                }
                let ok = fitting.iter().any(|g| {
                    let faith_ok = t.religions.is_empty()
                        || g.religions.is_empty()
                        || g.religions.iter().any(|r| {
                            t.religions.iter().any(|x| {
                                religion_family(&r.name) == x
                                    || r.name.to_lowercase().contains(&x.to_lowercase())
                            })
                        });
                    let group_ok = t.groups.is_empty() || t.groups.contains(&g.name);
                    faith_ok && group_ok
                });
                assert!(ok, "{ctx}: {:?} does not fit the persona's group", t.text);
            }
            // The full name is built the group's way.
            assert!(
                p.full_name.contains(&p.given_name) && p.full_name.contains(&p.family_name),
                "{ctx}"
            );
            checked += 1;
        }
    }
    assert!(checked > 1000, "{checked}");
}

#[test]
fn places_touchpoints_and_universities_fit_the_persona() {
    for s in sample() {
        let pack = s.pack;
        let tp = &pack.touchpoints;
        for p in &s.personas {
            let ctx = format!("{} {} ({}, {})", s.code, p.full_name, p.age, p.city);
            let region = pack.region_of(&p.city);
            let here = |places: &[String]| {
                places.is_empty()
                    || places
                        .iter()
                        .any(|x| x == &p.city || region == Some(x.as_str()))
            };
            let day = &p.day_in_the_life;
            // Slots that anticipate something are filled with events and rituals only;
            // hassles are pain points, never highlights.
            for t in tp.habits.iter().chain(&tp.hassles) {
                for slot in [
                    "looks forward to ",
                    "highlight of",
                    "rarely misses ",
                    "makes time for ",
                ] {
                    if let Some(i) = day.find(slot) {
                        let rest = &day[i..];
                        let end = rest.find(". ").unwrap_or(rest.len());
                        assert!(
                            !rest[..end].contains(&t.text),
                            "{ctx}: {:?} in a {slot:?} slot",
                            t.text
                        );
                    }
                }
            }
            for t in tp
                .events
                .iter()
                .chain(&tp.rituals)
                .chain(&tp.habits)
                .chain(&tp.hassles)
            {
                if all_text(p).contains(&t.text) {
                    assert!(here(&t.places), "{ctx}: {:?} is elsewhere", t.text);
                    if let Some(a) = t.min_age {
                        assert!(p.age >= a, "{ctx}: {:?}", t.text);
                    }
                    if let Some(g) = &t.gender {
                        assert_eq!(g, &p.gender, "{ctx}: {:?}", t.text);
                    }
                }
            }
            for c in &pack.commute {
                if day.contains(&format!("by {}", c.text)) {
                    assert!(here(&c.places), "{ctx}: commutes by {:?}", c.text);
                    assert!(
                        c.income.is_empty() || c.income.contains(&p.income_level),
                        "{ctx}: commutes by {:?} on a {} income",
                        c.text,
                        p.income_level
                    );
                }
            }
            // Banks, funds and head offices are in the largest cities.
            let occ = low(&p.occupation);
            if ["investment bank", "fund manager", "management consultant"]
                .iter()
                .any(|w| occ.contains(w))
                && !occ.starts_with("retired")
            {
                let mut cities: Vec<_> = pack.cities.iter().collect();
                cities.sort_by_key(|c| std::cmp::Reverse(c.population));
                assert!(
                    cities.iter().take(4).any(|c| c.name == p.city),
                    "{ctx}: {} in a small city",
                    p.occupation
                );
            }
            if let Some(rest) = p
                .educational_background
                .strip_prefix("Studying ")
                .or_else(|| {
                    p.educational_background
                        .strip_prefix("Postgraduate studies in ")
                })
            {
                let at = rest.rsplit(" at ").next().unwrap_or("");
                if let Some(u) = pack.universities.iter().find(|u| u.text == at) {
                    let group_ok = u.groups.is_empty()
                        || pack.name_groups.iter().any(|g| {
                            u.groups.contains(&g.name)
                                && g.family_names.iter().any(|w| w.0 == p.family_name)
                                && (if p.gender == "Male" {
                                    &g.given_names.male
                                } else {
                                    &g.given_names.female
                                })
                                .iter()
                                .any(|w| w.0 == p.given_name)
                        });
                    assert!(group_ok, "{ctx}: {at} is not open to the persona's group");
                }
                match pack.universities.iter().find(|u| u.text == at) {
                    Some(u) if !u.places.is_empty() => assert!(
                        u.places.iter().any(|x| x == &p.city
                            || region == Some(x.as_str())
                            || pack.region_of(x).is_some_and(|r| Some(r) == region)),
                        "{ctx}: studies at {at}, elsewhere"
                    ),
                    Some(_) => {}
                    None => assert!(at.ends_with(&format!(" in {}", p.city)), "{ctx}: {at:?}"),
                }
            }
        }
    }
}

#[test]
fn given_names_fit_the_generation() {
    use boses_core::locale::Era;
    let (mut young, mut young_old_names, mut old, mut old_young_names) = (0, 0, 0, 0);
    for s in sample() {
        for p in &s.personas {
            let pool = if p.gender == "Male" {
                &s.pack.given_names.male
            } else {
                &s.pack.given_names.female
            };
            let era = pool
                .iter()
                .find(|w| w.0 == p.given_name)
                .map(|w| w.2)
                .unwrap_or_default();
            if p.age < 30 {
                young += 1;
                young_old_names += usize::from(era == Era::Older);
            }
            if p.age >= 55 {
                old += 1;
                old_young_names += usize::from(era == Era::Younger);
            }
        }
    }
    eprintln!("older-generation names under 30: {young_old_names}/{young}; younger-generation names at 55+: {old_young_names}/{old}");
    assert!(
        young_old_names * 40 <= young,
        "{young_old_names} of {young} under-30s have a grandparent's name"
    );
    assert!(
        old_young_names * 40 <= old,
        "{old_young_names} of {old} over-55s have a child's name"
    );
}

#[test]
fn skilled_trades_have_vocational_qualifications() {
    let mut checked = 0;
    for code in locale::country_codes() {
        let pack = locale::pack(code).unwrap();
        let location = if code == locale::FALLBACK {
            "Peru".to_owned()
        } else {
            pack.country.clone()
        };
        for (occupation, income) in [
            ("Electrician", "Middle"),
            ("Plumber", "High"),
            ("Auto mechanic", "Low"),
        ] {
            let d = def(json!({"location": location, "occupation": occupation,
                "income_level": income, "persona_count": 10, "age_min": 25, "age_max": 60}));
            for p in group(&d, 11) {
                let e = low(&p.educational_background);
                assert!(
                    !["degree", "bachelor", "master", "mba", "phd", "university"]
                        .iter()
                        .any(|w| e.contains(w)),
                    "{code} {occupation}: {}",
                    p.educational_background
                );
                checked += 1;
            }
        }
    }
    assert!(checked >= 21 * 30);
}

#[test]
fn places_ending_in_an_initial_or_a_symbol_keep_sentences_unique() {
    // "… lunch is usually rice in Block B. After dinner …" reads as an initial when the
    // whole text is split, so two parts merge; the group must still share no sentence.
    for location in ["Block B", "🙂", "Zone 7-A", "Sector Q"] {
        for seed in 0..20 {
            let d = def(
                json!({"location": location, "occupation": "Clerk", "age_min": 83,
                "age_max": 100, "persona_count": 10, "gender": "Male"}),
            );
            let ps = group(&d, seed);
            check_group(&d, &ps).unwrap_or_else(|e| panic!("{location} seed {seed}: {e}"));
        }
    }
}
