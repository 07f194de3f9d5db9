//! docs/COVERAGE.md is the table of what the engine knows of each country, written from
//! the packs themselves so that it cannot drift: this test fails when the committed
//! file differs from what the data says. `BOSES_WRITE_COVERAGE=1 cargo test -p
//! boses-core --test coverage_doc` rewrites it.

use boses_core::locale;
use std::fmt::Write as _;

fn table() -> String {
    let mut out = String::from(
        "# Country coverage\n\n\
         Generated from the packs by `core/tests/coverage_doc.rs` (which fails when this file \
         is stale; `BOSES_WRITE_COVERAGE=1 cargo test -p boses-core --test coverage_doc` \
         rewrites it). Every ISO 3166-1 country and territory has a pack: a **full pack** \
         (hand-curated, `core/data/locales/`) or a **derived pack** built offline from open \
         data by `tools/locales/derive.py` (`core/data/derived/countries.json`; sources and \
         licences in DATA_SOURCES.md). A place in no country (\"Atlantis\") gets the generic \
         fallback pack `XX`. Personas of a derived pack say so in `provenance.locale_pack` \
         (`\"derived\"`; `\"fallback\"` for `XX`).\n\n\
         A derived pack knows the country's code, English short name, currency and symbol \
         (CLDR), languages with their shares (CLDR), largest cities (GeoNames), names (the \
         country's own list where an open one exists, else the nearest region's, never a \
         worldwide mix) and monthly income bands in the local currency (scaled from GDP per \
         head at PPP). It does not know religion (left unstated), local brands, platforms, \
         foods, commutes, universities or habits: those stay generic.\n\n",
    );
    let full: Vec<&str> = locale::country_codes()
        .filter(|c| *c != locale::FALLBACK)
        .collect();
    let derived: Vec<&str> = locale::derived_codes().collect();
    writeln!(
        out,
        "{} countries with a full pack, {} with a derived pack.\n",
        full.len(),
        derived.len()
    )
    .unwrap();
    out.push_str("## Full packs\n\n| code | country | currency | name groups | cities | interest categories |\n|---|---|---|---|---|---|\n");
    for code in &full {
        let p = locale::pack(code).unwrap();
        writeln!(
            out,
            "| {code} | {} | {} | {} | {} | {} |",
            p.country,
            p.currency,
            p.name_groups.len().max(1),
            p.cities.len(),
            p.interests.len()
        )
        .unwrap();
    }
    out.push_str("\n## Derived packs\n\n`names`: *own* is the country's own list, *region* the nearest region's (the source is named). `income`: the Middle band, monthly, in the local currency; *unknown* where no GDP or exchange rate is published (then incomes are in USD from the generic pack).\n\n| code | country | currency | main language | names | income (Middle) | cities | knows |\n|---|---|---|---|---|---|---|---|\n");
    for code in &derived {
        let c = locale::derived_country(code).unwrap();
        let names: Vec<String> = c
            .name_groups
            .iter()
            .map(|g| {
                let source = locale::name_list(&g.list)
                    .map(|l| l.source)
                    .unwrap_or_default();
                let basis = if g.basis == "country" {
                    "own"
                } else {
                    "region"
                };
                format!("{basis}: {source}")
            })
            .collect();
        let income = match &c.income_bands {
            Some(b) => format!("{}–{} {}", b.middle[0], b.middle[1], c.currency),
            None => "unknown".to_owned(),
        };
        writeln!(
            out,
            "| {code} | {} | {} {} | {} | {} | {} | {} | {} |",
            c.name,
            c.currency,
            c.currency_symbol,
            c.languages.first().map(|l| l.name.as_str()).unwrap_or(""),
            names.join("; "),
            income,
            c.cities.len(),
            c.known.join(", ")
        )
        .unwrap();
    }
    out
}

#[test]
fn coverage_doc_is_current() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/COVERAGE.md");
    let want = table();
    if std::env::var_os("BOSES_WRITE_COVERAGE").is_some() {
        std::fs::write(&path, &want).unwrap();
    }
    let got = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        got == want,
        "docs/COVERAGE.md is stale: rerun with BOSES_WRITE_COVERAGE=1"
    );
}
