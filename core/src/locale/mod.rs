//! Locale packs: per-country facts (names, cities, incomes, platforms, brands, habits)
//! that ground personas. Packs are embedded at build time and parsed on first use, one
//! country at a time, so a cold start pays only for the country it needs.

mod derived;
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

pub use derived::{
    derived_codes, derived_country, derived_pack, name_list, DerivedCountry, NameList,
};
pub use generated::{GAZ_COUNTRIES, PACK_SOURCES};

/// Bumped whenever pack contents change in a way that changes personas.
pub const DATA_VERSION: &str = "2026.12.1";
/// The pack used when a location resolves to no known country.
pub const FALLBACK: &str = "XX";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NameOrder {
    GivenFamily,
    FamilyGiven,
}

/// A name and its relative frequency, optionally with the generation it belongs to:
/// `["Guiying", 3, "older"]` reads as a grandmother's name, `["Zixuan", 4, "younger"]`
/// as a child's.
#[derive(Debug, Clone)]
pub struct Weighted(pub String, pub f64, pub Era);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Era {
    #[default]
    Any,
    /// Mostly people born before the 1980s.
    Older,
    /// Mostly people born since the mid-1990s.
    Younger,
}

impl<'de> Deserialize<'de> for Weighted {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Repr {
            Two(String, f64),
            Three(String, f64, String),
        }
        Ok(match Repr::deserialize(d)? {
            Repr::Two(n, w) => Weighted(n, w, Era::Any),
            Repr::Three(n, w, e) => {
                let era = match e.as_str() {
                    "older" => Era::Older,
                    "younger" => Era::Younger,
                    other => {
                        return Err(serde::de::Error::custom(format!(
                            "unknown name era {other:?}"
                        )))
                    }
                };
                Weighted(n, w, era)
            }
        })
    }
}

impl Weighted {
    /// The name's weight for a persona of `age`.
    pub fn weight_at(&self, age: u8) -> f64 {
        let f = match (self.2, age) {
            (Era::Any, _) => 1.0,
            (Era::Older, 0..=34) => 0.03,
            (Era::Older, 35..=49) => 0.5,
            (Era::Older, _) => 1.8,
            (Era::Younger, 0..=30) => 1.8,
            (Era::Younger, 31..=42) => 0.4,
            (Era::Younger, _) => 0.02,
        };
        self.1 * f
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct GivenNames {
    pub male: Vec<Weighted>,
    pub female: Vec<Weighted>,
}

/// Words joining given and family name in some naming systems ("bin", "binti").
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Connector {
    #[serde(default)]
    pub male: String,
    #[serde(default)]
    pub female: String,
}

/// A naming group: given names, family names, languages and religions that go
/// together (Yoruba, Igbo, Hausa-Fulani; Malay, Chinese, Indian; ...). A persona takes
/// all of them from one group, so names, languages and faith stay coherent.
#[derive(Debug, Clone, Deserialize)]
pub struct NameGroup {
    pub name: String,
    /// National share, used where `places` says nothing about the persona's city.
    pub share: f64,
    /// Share of this group in a city or region (city names win over region names).
    #[serde(default)]
    pub places: BTreeMap<String, f64>,
    #[serde(default)]
    pub name_order: Option<NameOrder>,
    #[serde(default)]
    pub connector: Option<Connector>,
    pub given_names: GivenNames,
    pub family_names: Vec<Weighted>,
    /// Women's forms of the family names where they differ ("Nowakowska"); empty
    /// where one form serves both.
    #[serde(default)]
    pub family_names_female: Vec<Weighted>,
    /// Two family names, paternal then maternal ("García López").
    #[serde(default)]
    pub compound_family: bool,
    #[serde(default)]
    pub languages: Vec<Share>,
    #[serde(default)]
    pub religions: Vec<Share>,
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
    /// Only in these cities or regions (a regional language); empty means anywhere.
    #[serde(default)]
    pub places: Vec<String>,
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

/// A pack phrase, optionally with conditions on whom it fits. In the JSON it is either
/// a plain string or an object with `text` and any of the fields below. Phrases are
/// written as they read mid-sentence: common nouns in lower case ("danfo bus"), names
/// as they are spelled ("Shoprite", "iPhone"); the engine only ever capitalises the
/// first letter of a sentence or a field, and never changes the case of anything else.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tagged {
    pub text: String,
    pub min_age: Option<u8>,
    pub max_age: Option<u8>,
    /// "Male" or "Female".
    pub gender: Option<String>,
    /// Only for personas of these religions (a family such as "Islam", "Christianity",
    /// or part of a pack religion's name such as "Catholic").
    pub religions: Vec<String>,
    pub not_religions: Vec<String>,
    /// Only for personas of these name groups.
    pub groups: Vec<String>,
    /// Only in these cities or regions.
    pub places: Vec<String>,
    /// Only at these income levels ("Low", "Middle", "High").
    pub income: Vec<String>,
    /// Conditions on the persona's life: "work", "student", "retired", "kids",
    /// "partner", "commute", "no_kids", "not_student".
    pub needs: Vec<String>,
    /// Households: children at home ("none", "young", "school", "teen", "grown").
    pub kids: Option<String>,
    pub partner: Option<bool>,
    pub with_parents: Option<bool>,
    pub alone: Option<bool>,
    /// Households: looks after an elderly parent or grandchildren at home.
    pub carer: Option<bool>,
    /// Student roles: "secondary", "pre_university", "tertiary", "graduate",
    /// "post_degree" (after a degree, e.g. board exam review or national service).
    pub kind: Option<String>,
    /// Student roles: fields of study that fit ("nursing", "accountancy").
    pub fields: Vec<String>,
    /// Occupations: whether "Retired …" reads naturally (default from keywords).
    pub retire: Option<bool>,
    /// Occupations: done from home, no commute.
    pub remote: Option<bool>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum TaggedRepr {
    Plain(String),
    Full(Box<TaggedFull>),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TaggedFull {
    text: String,
    #[serde(default)]
    min_age: Option<u8>,
    #[serde(default)]
    max_age: Option<u8>,
    #[serde(default)]
    gender: Option<String>,
    #[serde(default)]
    religions: Vec<String>,
    #[serde(default)]
    not_religions: Vec<String>,
    #[serde(default)]
    groups: Vec<String>,
    #[serde(default)]
    places: Vec<String>,
    #[serde(default)]
    income: Vec<String>,
    #[serde(default)]
    needs: Vec<String>,
    #[serde(default)]
    kids: Option<String>,
    #[serde(default)]
    partner: Option<bool>,
    #[serde(default)]
    with_parents: Option<bool>,
    #[serde(default)]
    alone: Option<bool>,
    #[serde(default)]
    carer: Option<bool>,
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    fields: Vec<String>,
    #[serde(default)]
    retire: Option<bool>,
    #[serde(default)]
    remote: Option<bool>,
}

impl<'de> Deserialize<'de> for Tagged {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(match TaggedRepr::deserialize(d)? {
            TaggedRepr::Plain(text) => Tagged {
                text,
                ..Tagged::default()
            },
            TaggedRepr::Full(f) => {
                let f = *f;
                Tagged {
                    text: f.text,
                    min_age: f.min_age,
                    max_age: f.max_age,
                    gender: f.gender,
                    religions: f.religions,
                    not_religions: f.not_religions,
                    groups: f.groups,
                    places: f.places,
                    income: f.income,
                    needs: f.needs,
                    kids: f.kids,
                    partner: f.partner,
                    with_parents: f.with_parents,
                    alone: f.alone,
                    carer: f.carer,
                    kind: f.kind,
                    fields: f.fields,
                    retire: f.retire,
                    remote: f.remote,
                }
            }
        })
    }
}

impl Tagged {
    pub fn needs(&self, what: &str) -> bool {
        self.needs.iter().any(|n| n == what)
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct Household {
    pub single: Vec<Tagged>,
    pub couple: Vec<Tagged>,
    pub family: Vec<Tagged>,
    pub extended: Vec<Tagged>,
}

/// Platforms by use, most used first (the engine weighs earlier entries more). Items
/// may be tagged, e.g. a Chinese-language newspaper for the Chinese name group.
#[derive(Debug, Clone, Deserialize)]
pub struct Platforms {
    pub social: Vec<Tagged>,
    pub messaging: Vec<Tagged>,
    pub ecommerce: Vec<Tagged>,
    pub payments: Vec<Tagged>,
    pub streaming: Vec<Tagged>,
    /// Older packs: rides and food delivery in one list.
    #[serde(default)]
    pub ride_hailing_delivery: Vec<Tagged>,
    #[serde(default)]
    pub ride_hailing: Vec<Tagged>,
    #[serde(default)]
    pub food_delivery: Vec<Tagged>,
    #[serde(default)]
    pub news: Vec<Tagged>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Tiers {
    pub budget: Vec<String>,
    pub mid: Vec<String>,
    pub premium: Vec<String>,
}

/// Everyday cultural touchpoints, by what kind of thing they are, so that each fills a
/// slot it fits: events are looked forward to, rituals recur, habits are routine, and
/// hassles are pain points.
#[derive(Debug, Clone, Default)]
pub struct Touchpoints {
    /// Yearly or seasonal occasions ("Detty December in Lagos").
    pub events: Vec<Tagged>,
    /// Recurring pleasures ("Sunday roast at the pub").
    pub rituals: Vec<Tagged>,
    /// Neutral routines ("buying data bundles").
    pub habits: Vec<Tagged>,
    /// Everyday annoyances ("traffic on Third Mainland Bridge").
    pub hassles: Vec<Tagged>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum TouchpointsRepr {
    /// Older packs: one list of unsorted touchpoints, read as habits.
    List(Vec<Tagged>),
    Kinds {
        #[serde(default)]
        events: Vec<Tagged>,
        #[serde(default)]
        rituals: Vec<Tagged>,
        #[serde(default)]
        habits: Vec<Tagged>,
        #[serde(default)]
        hassles: Vec<Tagged>,
    },
}

impl<'de> Deserialize<'de> for Touchpoints {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(match TouchpointsRepr::deserialize(d)? {
            TouchpointsRepr::List(habits) => Touchpoints {
                habits,
                ..Touchpoints::default()
            },
            TouchpointsRepr::Kinds {
                events,
                rituals,
                habits,
                hassles,
            } => Touchpoints {
                events,
                rituals,
                habits,
                hassles,
            },
        })
    }
}

/// Local foods by kind: meals fill "lunch is usually …", snacks and drinks do not.
/// Items may be tagged (pork dishes `not_religions: ["Islam"]`).
#[derive(Debug, Clone, Default)]
pub struct Foods {
    pub meals: Vec<Tagged>,
    pub snacks: Vec<Tagged>,
    pub drinks: Vec<Tagged>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum FoodsRepr {
    /// Older packs: one list, read as meals.
    List(Vec<Tagged>),
    Kinds {
        #[serde(default)]
        meals: Vec<Tagged>,
        #[serde(default)]
        snacks: Vec<Tagged>,
        #[serde(default)]
        drinks: Vec<Tagged>,
    },
}

impl<'de> Deserialize<'de> for Foods {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(match FoodsRepr::deserialize(d)? {
            FoodsRepr::List(meals) => Foods {
                meals,
                ..Foods::default()
            },
            FoodsRepr::Kinds {
                meals,
                snacks,
                drinks,
            } => Foods {
                meals,
                snacks,
                drinks,
            },
        })
    }
}

/// The interest and behaviour categories every full pack has local names for. The
/// engine writes a persona's interests with these names, and with generic wording where
/// a pack (the fallback) has none.
pub const INTEREST_KEYS: &[&str] = &[
    "coffee",
    "milk_tea",
    "food",
    "cooking",
    "fitness",
    "running",
    "cycling",
    "yoga",
    "skincare",
    "makeup",
    "fashion",
    "sneakers",
    "gaming",
    "esports",
    "anime",
    "kpop",
    "kdrama",
    "concerts",
    "football",
    "basketball",
    "badminton",
    "cricket",
    "travel",
    "hiking",
    "pets",
    "cars",
    "motorcycles",
    "ev",
    "gadgets",
    "photography",
    "reading",
    "investing",
    "crypto",
    "home_diy",
    "plants",
    "wellness",
    "sustainability",
    "vegetarian",
    "halal",
    "parenting",
    "property",
    "retirement",
    "podcasts",
    "deals",
    "luxury",
];

/// A category's local names, by the role they play in a sentence. Items are pack
/// phrases ([`Tagged`]): names as spelled ("Kopi Kenangan"), common nouns lower case.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InterestData {
    /// Products bought: "Nescafé", "Whiskas", "Nike".
    #[serde(default)]
    pub brands: Vec<Tagged>,
    /// Venues, chains and shops: "Kopi Kenangan", "Anytime Fitness", "Petco".
    #[serde(default)]
    pub places: Vec<Tagged>,
    /// Apps and online services: "Strava", "Steam", "Bibit".
    #[serde(default)]
    pub apps: Vec<Tagged>,
    /// Titles, shows, publications, podcasts, creators, events followed or played:
    /// "Mobile Legends: Bang Bang", "Running Man".
    #[serde(default)]
    pub media: Vec<Tagged>,
    /// Clubs, teams and artists supported: "Persib Bandung", "BTS".
    #[serde(default)]
    pub teams: Vec<Tagged>,
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
    /// Optional: names, languages and religions that belong together. When present,
    /// `given_names` and `family_names` are their union (for tools and old readers).
    #[serde(default)]
    pub name_groups: Vec<NameGroup>,
    pub cities: Vec<City>,
    pub languages: Vec<Share>,
    #[serde(default)]
    pub religions: Vec<Share>,
    /// Usual age of retirement; defaults to 62.
    #[serde(default)]
    pub retirement_age: Option<u8>,
    pub income_bands: ByIncome<[u64; 2]>,
    pub occupations: ByIncome<Vec<Tagged>>,
    pub student_occupations: Vec<Tagged>,
    pub education: ByIncome<Vec<String>>,
    pub universities: Vec<Tagged>,
    pub household: Household,
    pub platforms: Platforms,
    pub commute: Vec<Tagged>,
    pub brands: BTreeMap<String, Tiers>,
    pub touchpoints: Touchpoints,
    pub foods: Foods,
    pub holidays: Vec<String>,
    /// Local names for each interest and behaviour category ([`INTEREST_KEYS`]).
    #[serde(default)]
    pub interests: BTreeMap<String, InterestData>,
    /// Built from open data for a country without a full pack (`derived.rs`).
    #[serde(skip)]
    pub derived: bool,
}

impl LocalePack {
    /// The region of a pack city, if the city is in the pack.
    pub fn region_of(&self, city: &str) -> Option<&str> {
        self.cities
            .iter()
            .find(|c| c.name == city)
            .map(|c| c.region.as_str())
    }
}

/// The broad family of a religion named in a pack ("Roman Catholicism" → "Christianity").
pub fn religion_family(name: &str) -> &'static str {
    let l = name.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| l.contains(w));
    if has(&["islam", "muslim"]) {
        "Islam"
    } else if has(&[
        "christ",
        "catholic",
        "protestant",
        "evangelical",
        "church",
        "iglesia",
        "orthodox",
        "latter-day",
        "anglican",
    ]) {
        "Christianity"
    } else if has(&["hindu"]) {
        "Hinduism"
    } else if has(&["buddh"]) {
        "Buddhism"
    } else if has(&["sikh"]) {
        "Sikhism"
    } else if has(&["jain"]) {
        "Jainism"
    } else if has(&["juda", "jewish"]) {
        "Judaism"
    } else if has(&[
        "no relig",
        "none",
        "unaffiliated",
        "not stated",
        "no religious",
    ]) {
        "None"
    } else {
        "Other"
    }
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
        .get_or_init(|| match parse_source(PACK_SOURCES[i].1) {
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
    parse_source(src).ok()
}

/// Inflates and parses an embedded pack.
fn parse_source(deflated: &[u8]) -> Result<LocalePack, String> {
    let source = miniz_oxide::inflate::decompress_to_vec(deflated).map_err(|e| format!("{e:?}"))?;
    // The names index comes first (see `pack_names`).
    let json = source
        .iter()
        .position(|&b| b == 0)
        .and_then(|nul| source.get(nul + 1..))
        .ok_or("no NUL after the names index")?;
    serde_json::from_slice(json).map_err(|e| e.to_string())
}

/// The names of a pack that a group's own words may mention: for each interest, its
/// brands, places, media and teams; and its payment methods. Stored apart by the build
/// script, so that reading a group's audience (on every create) costs no pack parse.
#[derive(Debug)]
pub struct PackNames {
    text: String,
}

impl PackNames {
    fn lines(&self) -> impl Iterator<Item = (&str, std::str::Split<'_, char>)> {
        self.text.lines().filter_map(|l| {
            let mut fields = l.split('\t');
            fields.next().map(|key| (key, fields))
        })
    }

    /// (interest key, its names in pack order), by key.
    pub fn interests(&self) -> impl Iterator<Item = (&str, impl Iterator<Item = &str>)> {
        self.lines().filter(|(k, _)| *k != "@payments")
    }

    pub fn payments(&self) -> impl Iterator<Item = &str> {
        self.lines()
            .filter(|(k, _)| *k == "@payments")
            .flat_map(|(_, names)| names)
    }
}

/// A pack's names (see `PackNames`): the part of its embedded source before the JSON,
/// read on first use without parsing the pack.
pub fn pack_names(code: &str) -> Option<&'static PackNames> {
    static CELLS: OnceLock<Vec<OnceLock<Option<PackNames>>>> = OnceLock::new();
    let i = PACK_SOURCES
        .iter()
        .position(|(c, _)| c.eq_ignore_ascii_case(code))?;
    let cells = CELLS.get_or_init(|| PACK_SOURCES.iter().map(|_| OnceLock::new()).collect());
    cells
        .get(i)?
        .get_or_init(|| {
            let mut bytes = miniz_oxide::inflate::decompress_to_vec(PACK_SOURCES[i].1).ok()?;
            bytes.truncate(bytes.iter().position(|&b| b == 0)?);
            String::from_utf8(bytes).ok().map(|text| PackNames { text })
        })
        .as_ref()
}

/// The pack for a country: its full pack, else its derived pack, else the generic
/// fallback.
pub fn pack_or_fallback(code: Option<&str>) -> Option<&'static LocalePack> {
    code.and_then(pack)
        .or_else(|| code.and_then(derived_pack))
        .or_else(|| pack(FALLBACK))
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
    }

    /// Every full pack names each interest category's local brands, venues, apps or
    /// media; only the fallback writes them generically.
    #[test]
    fn every_full_pack_knows_every_interest_category() {
        for code in country_codes().filter(|c| *c != FALLBACK) {
            let p = pack(code).unwrap_or_else(|| panic!("{code} does not parse"));
            for key in INTEREST_KEYS {
                let d = p
                    .interests
                    .get(*key)
                    .unwrap_or_else(|| panic!("{code}: no interests.{key}"));
                let names =
                    d.brands.len() + d.places.len() + d.apps.len() + d.media.len() + d.teams.len();
                assert!(names >= 4, "{code}: interests.{key} has {names} names");
            }
            for key in p.interests.keys() {
                assert!(
                    INTEREST_KEYS.contains(&key.as_str()),
                    "{code}: unknown interests.{key}"
                );
            }
        }
        assert_eq!(pack_or_fallback(Some("zz")).unwrap().country_code, FALLBACK);
    }
}
