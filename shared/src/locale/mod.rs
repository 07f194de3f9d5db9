//! Locale packs: per-country facts (names, cities, incomes, platforms, brands, habits)
//! that ground personas. Packs are embedded at build time and parsed on first use, one
//! country at a time, so a cold start pays only for the country it needs.

pub mod geo;
mod names;

use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

use crate::domain::IncomeLevel;

mod generated {
    #![allow(clippy::all)]
    use super::geo::GazCountry;
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

pub use generated::{GAZ_CITIES, GAZ_COUNTRIES, GAZ_KEYS, PACK_SOURCES};

/// Bumped whenever pack contents change in a way that changes personas.
pub const DATA_VERSION: &str = "2026.11.1";
/// The pack used when a location resolves to no known country.
pub const FALLBACK: &str = "XX";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NameOrder {
    GivenFamily,
    FamilyGiven,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Weighted(pub String, pub f64);

#[derive(Debug, Clone, Deserialize)]
pub struct GivenNames {
    pub male: Vec<Weighted>,
    pub female: Vec<Weighted>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct City {
    pub name: String,
    pub population: u64,
    #[serde(default)]
    pub region: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub districts: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Share {
    pub name: String,
    pub share: f64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ByIncome<T> {
    #[serde(rename = "Low")]
    pub low: T,
    #[serde(rename = "Middle")]
    pub middle: T,
    #[serde(rename = "High")]
    pub high: T,
}

impl<T> ByIncome<T> {
    pub fn get(&self, level: IncomeLevel) -> &T {
        match level {
            IncomeLevel::Low => &self.low,
            IncomeLevel::Middle => &self.middle,
            IncomeLevel::High => &self.high,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct Household {
    pub single: Vec<String>,
    pub couple: Vec<String>,
    pub family: Vec<String>,
    pub extended: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Platforms {
    pub social: Vec<String>,
    pub messaging: Vec<String>,
    pub ecommerce: Vec<String>,
    pub payments: Vec<String>,
    pub streaming: Vec<String>,
    #[serde(default)]
    pub ride_hailing_delivery: Vec<String>,
    #[serde(default)]
    pub news: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Tiers {
    pub budget: Vec<String>,
    pub mid: Vec<String>,
    pub premium: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct LocalePack {
    pub country_code: String,
    pub country: String,
    pub demonym: String,
    pub currency: String,
    pub currency_symbol: String,
    pub name_order: NameOrder,
    pub given_names: GivenNames,
    pub family_names: Vec<Weighted>,
    pub cities: Vec<City>,
    pub languages: Vec<Share>,
    #[serde(default)]
    pub religions: Vec<Share>,
    pub income_bands: ByIncome<[u64; 2]>,
    pub occupations: ByIncome<Vec<String>>,
    pub student_occupations: Vec<String>,
    pub education: ByIncome<Vec<String>>,
    pub universities: Vec<String>,
    pub household: Household,
    pub platforms: Platforms,
    pub commute: Vec<String>,
    pub brands: BTreeMap<String, Tiers>,
    pub touchpoints: Vec<String>,
    pub foods: Vec<String>,
    pub holidays: Vec<String>,
}

fn cells() -> &'static [OnceLock<Option<LocalePack>>] {
    static CELLS: OnceLock<Vec<OnceLock<Option<LocalePack>>>> = OnceLock::new();
    CELLS.get_or_init(|| PACK_SOURCES.iter().map(|_| OnceLock::new()).collect())
}

/// The pack for an ISO country code (case-insensitive), parsed on first use.
pub fn pack(code: &str) -> Option<&'static LocalePack> {
    let i = PACK_SOURCES
        .iter()
        .position(|(c, _)| c.eq_ignore_ascii_case(code))?;
    cells()[i]
        .get_or_init(|| match serde_json::from_str(PACK_SOURCES[i].1) {
            Ok(p) => Some(p),
            Err(e) => {
                tracing::error!(country = code, error = %e, "locale pack does not parse");
                None
            }
        })
        .as_ref()
}

/// Parses a pack without caching it: for measuring cold starts.
pub fn parse_pack_uncached(code: &str) -> Option<LocalePack> {
    let (_, src) = PACK_SOURCES
        .iter()
        .find(|(c, _)| c.eq_ignore_ascii_case(code))?;
    serde_json::from_str(src).ok()
}

/// The pack for a country, or the generic fallback.
pub fn pack_or_fallback(code: Option<&str>) -> Option<&'static LocalePack> {
    code.and_then(pack).or_else(|| pack(FALLBACK))
}

pub fn country_codes() -> impl Iterator<Item = &'static str> {
    PACK_SOURCES.iter().map(|(c, _)| *c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pack_parses_and_is_sane() {
        assert!(PACK_SOURCES.len() >= 21, "{} packs", PACK_SOURCES.len());
        for code in country_codes() {
            let p = pack(code).unwrap_or_else(|| panic!("{code} does not parse"));
            assert_eq!(p.country_code, code);
            assert!(
                p.given_names.male.len() >= 20 && p.given_names.female.len() >= 20,
                "{code}"
            );
            assert!(
                !p.cities.is_empty() && p.cities.iter().all(|c| c.population > 0),
                "{code}"
            );
            let b = &p.income_bands;
            assert!(
                b.low[0] < b.low[1] && b.low[1] <= b.middle[1] && b.middle[1] <= b.high[1],
                "{code} bands"
            );
            for level in [IncomeLevel::Low, IncomeLevel::Middle, IncomeLevel::High] {
                assert!(!p.occupations.get(level).is_empty(), "{code} occupations");
                assert!(!p.education.get(level).is_empty(), "{code} education");
            }
            for (cat, t) in &p.brands {
                assert!(
                    !t.budget.is_empty() && !t.mid.is_empty() && !t.premium.is_empty(),
                    "{code} {cat}"
                );
            }
        }
        assert!(pack("zz").is_none());
        assert_eq!(pack_or_fallback(Some("zz")).unwrap().country_code, FALLBACK);
    }
}
