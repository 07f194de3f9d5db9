//! Embeds the locale packs: every `data/locales/*.json` becomes an `include_str!`, and
//! a compact gazetteer (countries' cities, aliases and districts) is generated as static
//! Rust data so that resolving a place costs no JSON parsing at cold start.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/locales");
    println!("cargo:rerun-if-changed={}", dir.display());
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
    let mut cities = String::from("pub static GAZ_CITIES: &[GazCity] = &[\n");
    let mut countries = String::from("pub static GAZ_COUNTRIES: &[GazCountry] = &[\n");
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
        writeln!(
            countries,
            "    GazCountry {{ code: {code:?}, name: {:?} }},",
            v["country"].as_str().unwrap_or("")
        )
        .unwrap();
        for c in v["cities"].as_array().into_iter().flatten() {
            let strs = |key: &str| -> String {
                let items: Vec<String> = c[key]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|s| s.as_str())
                    .map(|s| format!("{s:?}"))
                    .collect();
                format!("&[{}]", items.join(", "))
            };
            writeln!(
                cities,
                "    GazCity {{ country: {code:?}, name: {:?}, population: {}, aliases: {}, districts: {} }},",
                c["name"].as_str().unwrap_or(""),
                c["population"].as_u64().unwrap_or(0),
                strs("aliases"),
                strs("districts"),
            )
            .unwrap();
        }
    }
    packs.push_str("];\n");
    cities.push_str("];\n");
    countries.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("locales.rs");
    std::fs::write(out, format!("{packs}\n{countries}\n{cities}")).unwrap();
}
