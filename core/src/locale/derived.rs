//! Derived packs: every country and territory without a full pack still answers as
//! itself. `tools/locales/derive.py` writes `data/derived/countries.json` offline from
//! open data (CLDR via babel, GeoNames, Faker's name lists; DATA_SOURCES.md): each
//! country's code, name, currency, languages, largest cities, names and income bands.
//! At run time a derived pack is the generic fallback with those facts in place of the
//! generic ones; what the data does not know (religion, brands, platforms, habits)
//! stays generic, and the persona's provenance says the pack is derived.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

use super::{
    pack, ByIncome, City, Connector, GivenNames, LocalePack, NameGroup, NameOrder, Share, Weighted,
    FALLBACK,
};

mod generated {
    #![allow(clippy::all)]
    include!(concat!(env!("OUT_DIR"), "/derived.rs"));
}

use generated::{DERIVED_COUNTRIES, DERIVED_NAME_LISTS};

/// One country of `countries.json`.
#[derive(Debug, Clone, Deserialize)]
pub struct DerivedCountry {
    pub code: String,
    pub name: String,
    pub currency: String,
    pub currency_symbol: String,
    pub languages: Vec<Share>,
    pub cities: Vec<DerivedCity>,
    pub name_groups: Vec<DerivedGroup>,
    /// Monthly, in `currency`; `None` where no income or exchange rate is known.
    pub income_bands: Option<ByIncome<[u64; 2]>>,
    /// The facts that come from data for this country ("currency", "languages",
    /// "cities", "names" when the names are the country's own, "income").
    pub known: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct DerivedCity {
    pub name: String,
    pub population: u64,
}

/// A share of the country's people named from one list.
#[derive(Debug, Clone, Deserialize)]
pub struct DerivedGroup {
    pub list: String,
    pub share: f64,
    #[serde(default)]
    pub languages: Vec<String>,
    /// "country": the country's own list; "region": the nearest region's.
    pub basis: String,
}

/// A name list, from Faker's locale data or a full pack's name group.
#[derive(Debug, Clone, Deserialize)]
pub struct NameList {
    pub source: String,
    pub name_order: NameOrder,
    pub male: Vec<Weighted>,
    pub female: Vec<Weighted>,
    pub family: Vec<Weighted>,
    /// Women's forms of the family names, where they differ (Polish, Russian, Czech).
    #[serde(default)]
    pub family_female: Vec<Weighted>,
    /// Two family names, paternal then maternal (Spanish-speaking countries).
    #[serde(default)]
    pub compound: bool,
    #[serde(default)]
    pub connector: Option<Connector>,
}

fn inflate<T: serde::de::DeserializeOwned>(deflated: &[u8]) -> Result<T, String> {
    let json = miniz_oxide::inflate::decompress_to_vec(deflated).map_err(|e| format!("{e:?}"))?;
    serde_json::from_slice(&json).map_err(|e| e.to_string())
}

/// Codes of every country with a derived pack, sorted.
pub fn derived_codes() -> impl Iterator<Item = &'static str> {
    DERIVED_COUNTRIES.iter().map(|(c, _)| *c)
}

/// The derived facts of a country, parsed anew (tests and tools; the engine uses
/// [`derived_pack`]).
pub fn derived_country(code: &str) -> Option<DerivedCountry> {
    let (_, src) = DERIVED_COUNTRIES
        .iter()
        .find(|(c, _)| c.eq_ignore_ascii_case(code))?;
    inflate(src).ok()
}

/// A name list by key, parsed anew.
pub fn name_list(key: &str) -> Option<NameList> {
    let i = DERIVED_NAME_LISTS
        .binary_search_by(|(k, _)| (*k).cmp(key))
        .ok()?;
    inflate(DERIVED_NAME_LISTS[i].1).ok()
}

/// The derived pack of a country without a full pack, built on first use.
pub fn derived_pack(code: &str) -> Option<&'static LocalePack> {
    static CELLS: OnceLock<Vec<OnceLock<Option<LocalePack>>>> = OnceLock::new();
    let i = DERIVED_COUNTRIES
        .iter()
        .position(|(c, _)| c.eq_ignore_ascii_case(code))?;
    let cells = CELLS.get_or_init(|| DERIVED_COUNTRIES.iter().map(|_| OnceLock::new()).collect());
    cells
        .get(i)?
        .get_or_init(|| match build(DERIVED_COUNTRIES[i].1) {
            Ok(p) => Some(p),
            Err(e) => {
                tracing::error!(country = code, error = %e, "derived pack does not build");
                None
            }
        })
        .as_ref()
}

fn build(src: &[u8]) -> Result<LocalePack, String> {
    let c: DerivedCountry = inflate(src)?;
    let mut p = pack(FALLBACK).ok_or("no fallback pack")?.clone();
    p.derived = true;
    p.country_code = c.code.clone();
    p.country = c.name.clone();
    p.demonym = String::new();
    p.languages = c.languages.clone();
    // No open source gives religion shares per country in a registry package: none is
    // stated rather than the world's mix.
    p.religions = Vec::new();
    if let Some(bands) = c.income_bands.clone() {
        p.currency = c.currency.clone();
        p.currency_symbol = c.currency_symbol.clone();
        p.income_bands = bands;
    }
    p.cities = c
        .cities
        .iter()
        .filter(|city| city.population > 0)
        .map(|city| City {
            name: city.name.clone(),
            population: city.population,
            region: String::new(),
            aliases: Vec::new(),
            districts: Vec::new(),
        })
        .collect();
    let mut groups = Vec::new();
    for g in &c.name_groups {
        let list = name_list(&g.list).ok_or_else(|| format!("no name list {:?}", g.list))?;
        // The group's own language first, then the country's others as they are spoken.
        let mut languages: Vec<Share> = g
            .languages
            .iter()
            .map(|l| Share {
                name: l.clone(),
                share: 1.0,
                places: Vec::new(),
            })
            .collect();
        languages.extend(
            c.languages
                .iter()
                .filter(|l| !g.languages.contains(&l.name))
                .cloned(),
        );
        groups.push(NameGroup {
            name: g.list.clone(),
            share: g.share,
            places: BTreeMap::new(),
            name_order: Some(list.name_order),
            connector: list.connector,
            given_names: GivenNames {
                male: list.male,
                female: list.female,
            },
            family_names: list.family,
            family_names_female: list.family_female,
            compound_family: list.compound,
            languages,
            religions: Vec::new(),
        });
    }
    let first = groups.first().ok_or("no name group")?;
    p.name_order = first.name_order.unwrap_or(NameOrder::GivenFamily);
    p.given_names = GivenNames {
        male: groups
            .iter()
            .flat_map(|g| g.given_names.male.clone())
            .collect(),
        female: groups
            .iter()
            .flat_map(|g| g.given_names.female.clone())
            .collect(),
    };
    p.family_names = groups.iter().flat_map(|g| g.family_names.clone()).collect();
    p.name_groups = groups;
    Ok(p)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::IncomeLevel;

    #[test]
    fn every_derived_country_builds_with_its_own_facts() {
        let codes: Vec<&str> = derived_codes().collect();
        assert!(codes.len() >= 150, "{} derived countries", codes.len());
        for code in codes {
            assert!(
                pack(code).is_none(),
                "{code} has a full pack and a derived one"
            );
            let c = derived_country(code).unwrap_or_else(|| panic!("{code} does not parse"));
            let p = derived_pack(code).unwrap_or_else(|| panic!("{code} does not build"));
            assert!(p.derived);
            assert_eq!(p.country_code, code);
            assert_eq!(p.country, c.name);
            assert!(!p.cities.is_empty(), "{code}: no city");
            assert_eq!(p.languages[0].name, c.languages[0].name, "{code}");
            assert!(!p.name_groups.is_empty(), "{code}: no names");
            for g in &p.name_groups {
                assert!(
                    g.given_names.male.len() >= 20
                        && g.given_names.female.len() >= 20
                        && g.family_names.len() >= 20,
                    "{code}: {} is short",
                    g.name
                );
            }
            match &c.income_bands {
                Some(b) => {
                    assert_eq!(p.currency, c.currency, "{code}");
                    assert!(
                        b.low[0] < b.low[1]
                            && b.low[1] <= b.middle[0]
                            && b.middle[0] < b.middle[1]
                            && b.middle[1] <= b.high[0]
                            && b.high[0] < b.high[1],
                        "{code}: bands {b:?}"
                    );
                    assert!(c.known.iter().any(|k| k == "income"), "{code}");
                }
                None => assert_eq!(p.currency, "USD", "{code}"),
            }
            for level in [IncomeLevel::Low, IncomeLevel::Middle, IncomeLevel::High] {
                assert!(!p.occupations.get(level).is_empty(), "{code}");
            }
        }
        assert!(derived_pack("zz").is_none());
    }

    #[test]
    fn iceland_is_iceland() {
        let p = derived_pack("IS").expect("Iceland");
        assert_eq!(p.country, "Iceland");
        assert_eq!(p.currency, "ISK");
        assert_eq!(p.languages[0].name, "Icelandic");
        assert!(p.cities.iter().any(|c| c.name.starts_with("Reykjav")));
    }
}
