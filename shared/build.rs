//! Embeds the locale packs and precomputes the gazetteer.
//!
//! Every `data/locales/*.json` becomes an `include_str!` (parsed lazily, one country at
//! a time), and the gazetteer — countries, cities, aliases and districts under their
//! normalised names, each with its candidate places best first — is generated as
//! static Rust data, so resolving a place costs no parsing or hashing at cold start.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

// The same normalisation the gazetteer applies to queries.
mod names {
    include!("src/locale/names.rs");
}
use names::{normalize, strip_affixes, COUNTRY_ALIASES};

const FALLBACK: &str = "XX";

/// (country, name, population, aliases, districts)
type CityRow = (String, String, u64, Vec<String>, Vec<String>);

#[derive(Clone, PartialEq)]
struct Place {
    kind: u8, // 0 country, 1 city, 2 district
    country: String,
    city: Option<usize>,
    district: Option<String>,
    alias: bool,
}

impl Place {
    fn rust(&self) -> String {
        let kind = ["Country", "City", "District"][self.kind as usize];
        format!(
            "Place {{ kind: PlaceKind::{kind}, country: {:?}, city: {}, district: {}, alias: {} }}",
            self.country,
            self.city
                .map_or("None".to_owned(), |c| format!("Some({c})")),
            self.district
                .as_ref()
                .map_or("None".to_owned(), |d| format!("Some({d:?})")),
            self.alias
        )
    }
}

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/locales");
    println!("cargo:rerun-if-changed={}", dir.display());
    println!("cargo:rerun-if-changed=src/locale/names.rs");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();

    let mut packs = String::from("/// (country code, pack JSON), sorted by code.\npub static PACK_SOURCES: &[(&str, &str)] = &[\n");
    let mut cities_rs = String::from("pub static GAZ_CITIES: &[GazCity] = &[\n");
    let mut countries_rs = String::from("pub static GAZ_COUNTRIES: &[GazCountry] = &[\n");
    let mut cities: Vec<CityRow> = Vec::new();
    let mut countries: Vec<(String, String)> = Vec::new();
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let text =
            std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let v: serde_json::Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let code = v["country_code"]
            .as_str()
            .unwrap_or_else(|| panic!("{}: country_code", path.display()))
            .to_owned();
        writeln!(
            packs,
            "    ({code:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .unwrap();
        let name = v["country"].as_str().unwrap_or("").to_owned();
        writeln!(
            countries_rs,
            "    GazCountry {{ code: {code:?}, name: {name:?} }},"
        )
        .unwrap();
        countries.push((code.clone(), name));
        for c in v["cities"].as_array().into_iter().flatten() {
            let strs = |key: &str| -> Vec<String> {
                c[key]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|s| s.as_str())
                    .map(str::to_owned)
                    .collect()
            };
            let (aliases, districts) = (strs("aliases"), strs("districts"));
            let lit = |v: &[String]| {
                format!(
                    "&[{}]",
                    v.iter()
                        .map(|s| format!("{s:?}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            };
            let cname = c["name"].as_str().unwrap_or("").to_owned();
            let pop = c["population"].as_u64().unwrap_or(0);
            writeln!(
                cities_rs,
                "    GazCity {{ country: {code:?}, name: {cname:?}, population: {pop}, aliases: {}, districts: {} }},",
                lit(&aliases),
                lit(&districts)
            )
            .unwrap();
            cities.push((code.clone(), cname, pop, aliases, districts));
        }
    }

    // Keys → places, exactly as the gazetteer resolves them.
    let mut keys: BTreeMap<String, Vec<Place>> = BTreeMap::new();
    let mut add = |name: &str, place: Place| {
        let n = normalize(name);
        if n.is_empty() {
            return;
        }
        // Affixes are stripped from names only: a nickname such as "The City" must not
        // become the everyday word "city".
        let stripped = if place.alias {
            n.clone()
        } else {
            strip_affixes(&n).to_owned()
        };
        let stripped = if stripped.chars().count() >= 3 {
            stripped
        } else {
            n.clone()
        };
        for key in [n.clone(), stripped] {
            let v = keys.entry(key).or_default();
            if !v.contains(&place) {
                v.push(place.clone());
            }
        }
    };
    let country_place = |code: &str, alias: bool| Place {
        kind: 0,
        country: code.to_owned(),
        city: None,
        district: None,
        alias,
    };
    for (code, name) in &countries {
        if code != FALLBACK {
            add(name, country_place(code, false));
        }
    }
    for (code, aliases) in COUNTRY_ALIASES {
        if countries.iter().any(|(c, _)| c == code) {
            for a in *aliases {
                add(a, country_place(code, true));
            }
        }
    }
    for (i, (code, name, _, aliases, _)) in cities.iter().enumerate() {
        if code == FALLBACK {
            continue;
        }
        let place = Place {
            kind: 1,
            country: code.clone(),
            city: Some(i),
            district: None,
            alias: false,
        };
        add(name, place.clone());
        for a in aliases {
            add(
                a,
                Place {
                    alias: true,
                    ..place.clone()
                },
            );
        }
    }
    for (i, (code, _, _, _, districts)) in cities.iter().enumerate() {
        if code == FALLBACK {
            continue;
        }
        for d in districts {
            let place = Place {
                kind: 2,
                country: code.clone(),
                city: Some(i),
                district: Some(d.clone()),
                alias: true,
            };
            add(d, place.clone());
            // "Ortigas Center" is also just "Ortigas".
            let n = normalize(d);
            for suffix in [" center", " centre", " cbd", " district"] {
                if let Some(short) = n.strip_suffix(suffix).filter(|s| s.chars().count() >= 4) {
                    add(short, place.clone());
                }
            }
        }
    }
    // Best first: countries, then cities (largest first), then districts of the smallest
    // containing city ("BGC" is Taguig's, not the whole of Metro Manila's).
    let mut keys_rs = String::from("/// Normalised names, sorted, each with its candidate places best first.\npub static GAZ_KEYS: &[(&str, &[Place])] = &[\n");
    for (key, mut places) in keys {
        places.sort_by_key(|p| {
            let pop = p.city.map_or(0, |c| cities[c].2);
            match p.kind {
                0 => (0, 0),
                1 => (1, u64::MAX - pop),
                _ => (2, pop),
            }
        });
        let list: Vec<String> = places.iter().map(Place::rust).collect();
        writeln!(keys_rs, "    ({key:?}, &[{}]),", list.join(", ")).unwrap();
    }
    keys_rs.push_str("];\n");
    packs.push_str("];\n");
    cities_rs.push_str("];\n");
    countries_rs.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("locales.rs");
    std::fs::write(
        out,
        format!("{packs}\n{countries_rs}\n{cities_rs}\n{keys_rs}"),
    )
    .unwrap();
}
