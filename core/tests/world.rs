//! World coverage (issue 15): every ISO country and territory without a full pack
//! answers as itself through its derived pack: its own code, currency, languages,
//! cities and names, incomes in its currency and in order, and provenance that says
//! the pack is derived. `tools/locales/verify_derived.py` checks the same data against
//! CLDR itself (babel); this test checks what the engine makes of it.

use boses_core::clock::Timestamp;
use boses_core::domain::{GenerationId, GroupDefinition, GroupId};
use boses_core::locale::{self, geo::Gazetteer};
use boses_core::persona::engine::PersonaRequest;
use boses_core::persona::model::Persona;
use boses_core::persona::offline;
use serde_json::json;
use std::collections::HashSet;

fn group(location: &str, extra: serde_json::Value, count: u32, seed: u64) -> Vec<Persona> {
    let mut body = json!({"name": "world", "location": location, "persona_count": count});
    if let (Some(b), Some(e)) = (body.as_object_mut(), extra.as_object()) {
        b.extend(e.clone());
    }
    let def = GroupDefinition::parse(&body).unwrap_or_else(|e| panic!("{location}: {e:?}"));
    let run = GenerationId::new_random();
    let gid = GroupId::new_v7();
    (0..count)
        .map(|i| {
            offline::generate(&PersonaRequest {
                group_id: gid,
                run,
                definition: &def,
                seed,
                index: i,
                created_at: Timestamp::from_unix_millis(0),
            })
            .unwrap_or_else(|e| panic!("{location}: {e}"))
        })
        .collect()
}

#[test]
fn every_derived_country_answers_as_itself() {
    let mut checked = 0;
    for code in locale::derived_codes() {
        let c = locale::derived_country(code).unwrap();
        // "Georgia" alone is the US state (the larger reading for this product's
        // users); the country is written with a city.
        let location = if code == "GE" {
            "Tbilisi, Georgia".to_owned()
        } else {
            c.name.clone()
        };
        // The country's name is how a user writes it; it must resolve to the country.
        let place = Gazetteer::get().resolve_location(&location);
        assert_eq!(
            place.map(|p| p.country),
            Some(code),
            "{code}: {location:?} does not resolve to the country"
        );
        let names: HashSet<String> = c
            .name_groups
            .iter()
            .flat_map(|g| {
                let l = locale::name_list(&g.list).unwrap();
                l.male
                    .into_iter()
                    .chain(l.female)
                    .chain(l.family)
                    .chain(l.family_female)
                    .map(|w| w.0)
            })
            .collect();
        let languages: HashSet<&str> = c.languages.iter().map(|l| l.name.as_str()).collect();
        let cities: HashSet<&str> = c.cities.iter().map(|x| x.name.as_str()).collect();
        for (k, level) in ["Low", "Middle", "High"].into_iter().enumerate() {
            let ps = group(&location, json!({"income_level": level}), 4, 7 + k as u64);
            for p in &ps {
                let ctx = format!("{code} {level} {} ({})", p.full_name, p.location);
                assert_eq!(p.country_code, code, "{ctx}");
                assert_eq!(
                    p.provenance.locale_pack.as_deref(),
                    Some("derived"),
                    "{ctx}"
                );
                assert!(cities.contains(p.city.as_str()), "{ctx}: city {}", p.city);
                assert!(
                    p.location.ends_with(&c.name),
                    "{ctx}: location {}",
                    p.location
                );
                assert!(names.contains(&p.given_name), "{ctx}: given name");
                // Compound family names are two of the list's.
                assert!(
                    p.family_name.split(' ').all(|f| names.contains(f))
                        || names.contains(&p.family_name),
                    "{ctx}: family name {}",
                    p.family_name
                );
                assert!(
                    p.languages.iter().any(|l| languages.contains(l.as_str())),
                    "{ctx}: languages {:?}",
                    p.languages
                );
                match &c.income_bands {
                    Some(b) => {
                        assert_eq!(p.monthly_income.currency, c.currency, "{ctx}");
                        let band = match level {
                            "Low" => b.low,
                            "Middle" => b.middle,
                            _ => b.high,
                        };
                        assert!(
                            (band[0]..=band[1]).contains(&p.monthly_income.amount),
                            "{ctx}: {} {} outside {band:?}",
                            p.monthly_income.amount,
                            p.monthly_income.currency
                        );
                    }
                    None => assert_eq!(p.monthly_income.currency, "USD", "{ctx}"),
                }
                checked += 1;
            }
        }
    }
    assert!(checked >= 150 * 12, "{checked} personas checked");
}

/// The issue's own example, and a city abroad written with its country.
#[test]
fn reykjavik_is_in_iceland() {
    for location in ["Reykjavík, Iceland", "Reykjavik, Iceland", "Iceland"] {
        for p in group(location, json!({}), 10, 42) {
            assert_eq!(p.country_code, "IS", "{location}");
            assert_eq!(p.monthly_income.currency, "ISK", "{location}");
            assert!(p.location.ends_with("Iceland"), "{}", p.location);
            assert!(
                !["Nguyen", "Khan", "Liu", "Johnson", "Garcia"].contains(&p.family_name.as_str()),
                "{location}: {}",
                p.full_name
            );
        }
    }
    let ps = group("Lima, Peru", json!({}), 10, 3);
    assert!(ps
        .iter()
        .all(|p| p.country_code == "PE" && p.monthly_income.currency == "PEN"));
    assert!(
        ps.iter().all(|p| p.location == "Lima, Peru"),
        "{}",
        ps[0].location
    );
}

/// A place in no known country still gets the generic fallback, and says so.
#[test]
fn an_unknown_place_says_it_is_the_fallback() {
    for p in group("Atlantis", json!({}), 3, 1) {
        assert_eq!(p.country_code, locale::FALLBACK);
        assert_eq!(p.provenance.locale_pack.as_deref(), Some("fallback"));
    }
    for p in group("Cebu, Philippines", json!({}), 3, 1) {
        assert_eq!(p.provenance.locale_pack, None);
    }
}
