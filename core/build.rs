//! Embeds the locale packs and precomputes the gazetteer.
//!
//! Every `data/locales/*.json` becomes an `include_str!` (parsed lazily, one country at
//! a time), and the gazetteer — countries, cities, aliases and districts under their
//! normalised names, each with its candidate places best first — is generated as
//! static Rust data, so resolving a place costs no parsing or hashing at cold start.
//!
//! Beyond the packs' own cities, `data/gazetteer/` adds the GeoNames cities of the same
//! countries (`cities.tsv`, "minor" cities), hand-curated regions and extra districts or
//! aliases (`regions.tsv`, `places.tsv`), and large cities elsewhere in the world
//! (`world.tsv`), which are recognised as places but kept as written.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

// The same normalisation the gazetteer applies to queries.
mod names {
    include!("src/locale/names.rs");
}
use names::{key_filter_bits, normalize, strip_affixes, COUNTRY_ALIASES, KEY_FILTER_BITS};

// The audience reader's lexicon, compiled here into static tables (`lexicon_tables`).
#[allow(dead_code)]
#[path = "src/audience/compile.rs"]
mod compile;
#[allow(dead_code)]
#[path = "src/audience/lexicon.rs"]
mod lexicon;
#[allow(dead_code)]
#[path = "src/audience/words.rs"]
mod words;

const FALLBACK: &str = "XX";

/// (country, name, population, aliases, districts, minor, common)
type CityRow = (String, String, u64, Vec<String>, Vec<String>, bool, bool);

#[derive(Clone, PartialEq)]
struct Place {
    kind: u8, // 0 country, 1 city, 2 district, 3 region, 4 foreign city, 5 foreign country
    country: String,
    city: Option<usize>,
    district: Option<String>,
    alias: bool,
    /// Matched through a short all-capitals alias ("KL", "BKK", "FOR").
    caps: bool,
    /// Display name of a region or foreign city.
    name: Option<String>,
}

impl Place {
    /// `(kind, country, city, district, alias, caps, name)` as `geo::PlaceRow` reads it.
    fn row(&self, blob: &mut Blob) -> String {
        let city = self.city.map_or(u16::MAX, |c| {
            u16::try_from(c).expect("fewer than 65,535 gazetteer cities")
        });
        // The kind in bits 0-2, alias in bit 3, caps in bit 4.
        let flags = u8::from(self.alias) << 3 | u8::from(self.caps) << 4 | self.kind;
        format!(
            "({flags}, {}, {city}, {}, {})",
            blob.code(&self.country),
            blob.opt(self.district.as_deref()),
            blob.opt(self.name.as_deref()),
        )
    }
}

/// Every string of the gazetteer in one literal, addressed by (offset, length): the
/// tables then hold plain integers, which need no relocations when the binary loads
/// (a table of `&str` costs 24 bytes of relocation per pointer, megabytes here).
#[derive(Default)]
struct Blob {
    text: String,
    codes: Vec<String>,
    seen: std::collections::HashMap<String, (u32, u16)>,
    /// Place lists already written, so keys with the same candidates share one range.
    lists: std::collections::HashMap<Vec<String>, usize>,
}

impl Blob {
    fn put(&mut self, s: &str) -> String {
        let (o, l) = match self.seen.get(s) {
            Some(&r) => r,
            None => {
                // No string straddles two chunks: each chunk inflates on its own.
                let room = TEXT_CHUNK - self.text.len() % TEXT_CHUNK;
                if s.len() > room {
                    self.text.extend(std::iter::repeat_n(' ', room));
                }
                let offset = self.text.len();
                assert!(offset < 1 << 22, "gazetteer text under 4 MiB");
                assert!(s.len() < 1 << 10, "gazetteer names under 1 KiB");
                let r = (offset as u32, s.len() as u16);
                self.text.push_str(s);
                self.seen.insert(s.to_owned(), r);
                r
            }
        };
        // Offset in the high 22 bits, length in the low 10.
        format!("{}", (o << 10) | u32::from(l))
    }

    /// A country code as its index in `GAZ_CODES`.
    fn code(&mut self, code: &str) -> u8 {
        match self.codes.iter().position(|c| c == code) {
            Some(i) => i as u8,
            None => {
                self.codes.push(code.to_owned());
                u8::try_from(self.codes.len() - 1).expect("fewer than 256 country codes")
            }
        }
    }

    fn opt(&mut self, s: Option<&str>) -> String {
        s.map_or_else(|| format!("{}", u32::MAX), |s| self.put(s))
    }
}

/// Short all-capitals aliases ("NCR", "KL", "BKK") are acronyms or codes.
fn is_caps_alias(a: &str) -> bool {
    let letters: Vec<char> = a.chars().filter(|c| c.is_alphanumeric()).collect();
    letters.len() <= 4
        && letters
            .iter()
            .all(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Tab-separated rows of a `data/gazetteer` file, without comments and blank lines.
fn tsv(path: &Path) -> Vec<Vec<String>> {
    println!("cargo:rerun-if-changed={}", path.display());
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(|f| f.trim().to_owned()).collect())
        .collect()
}

/// The crate's directory as Cargo gives it to this run. Not `env!`: that would bake in
/// the path this script was compiled at, and a build script reused from another checkout
/// sharing the target directory would read (or miss) that checkout's data.
fn manifest_dir() -> std::path::PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map(std::path::PathBuf::from)
        .expect("CARGO_MANIFEST_DIR is set by Cargo")
}

/// The names a group's words may mention, one interest of `lexicon::NAMED` per line ("key\tname\tname…",
/// brands, places, media and teams in pack order) and last a "@payments" line:
/// `audience::names` reads them on create without parsing the whole pack.
fn pack_names(v: &serde_json::Value) -> String {
    let text = |t: &serde_json::Value| -> String {
        let s = t.as_str().or_else(|| t["text"].as_str()).unwrap_or("");
        assert!(!s.contains(['\t', '\n']), "pack name {s:?}");
        s.to_owned()
    };
    let mut out = String::new();
    for (key, data) in v["interests"].as_object().into_iter().flatten() {
        if !lexicon::NAMED.iter().any(|(k, _)| k == key) {
            continue;
        }
        out.push_str(key);
        for list in ["brands", "places", "media", "teams"] {
            for t in data[list].as_array().into_iter().flatten() {
                out.push('\t');
                out.push_str(&text(t));
            }
        }
        out.push('\n');
    }
    out.push_str("@payments");
    for t in v["platforms"]["payments"].as_array().into_iter().flatten() {
        out.push('\t');
        out.push_str(&text(t));
    }
    out
}

/// Raw bytes per chunk of the gazetteer's text. A lookup inflates only the chunks it
/// reads (a few of each table), not the whole gazetteer (550 KB, most of create-group's
/// and parse-prompt's cold start when it was one run).
const TEXT_CHUNK: usize = 4 * 1024;
/// Rows per chunk of a gazetteer table.
const ROWS_PER_CHUNK: usize = 256;

/// `bytes` as chunks of `chunk` bytes, each deflated on its own, with a cell per chunk
/// for `geo` to inflate it into on its first read.
fn chunked(name: &str, bytes: &[u8], chunk: usize) -> String {
    let parts: Vec<String> = bytes
        .chunks(chunk)
        .map(|c| format!("&{:?}", miniz_oxide::deflate::compress_to_vec(c, 10)))
        .collect();
    let n = parts.len();
    format!(
        "/// `{name}`: {len} bytes in {n} chunks of {chunk}, each deflated.\n\
         pub const {name}_CHUNKS: &[&[u8]] = &[{}];\n\
         pub static {name}_CELLS: [std::sync::OnceLock<Vec<u8>>; {n}] = [const {{ std::sync::OnceLock::new() }}; {n}];\n\
         pub const {name}_CHUNK: usize = {chunk};\n\
         pub const {name}_LEN: usize = {len};\n",
        parts.join(", "),
        len = bytes.len(),
    )
}

/// A table written as Rust rows ("    (1, 2, true),"), as fixed-width little-endian
/// fields in deflated chunks of `ROWS_PER_CHUNK` rows: the tables are integers, and as
/// statics they were a third of the worker's bootstrap.
fn packed_table(name: &str, rows_rs: &str, widths: &[usize]) -> String {
    let mut bytes = Vec::new();
    for line in rows_rs.lines() {
        let l = line.trim();
        if !(l.starts_with('(') || l.starts_with(|c: char| c.is_ascii_digit())) {
            continue;
        }
        let inner = l
            .trim_end_matches(',')
            .trim_start_matches('(')
            .trim_end_matches(')');
        let fields: Vec<&str> = inner.split(',').map(str::trim).collect();
        assert_eq!(fields.len(), widths.len(), "{name}: {line}");
        for (f, w) in fields.iter().zip(widths) {
            let v: u64 = match *f {
                "true" => 1,
                "false" => 0,
                num => num.parse().unwrap_or_else(|_| panic!("{name}: {line}")),
            };
            assert!(
                *w == 8 || v < 1u64 << (8 * w),
                "{name}: {v} does not fit {w} bytes"
            );
            bytes.extend_from_slice(&v.to_le_bytes()[..*w]);
        }
    }
    let width: usize = widths.iter().sum();
    chunked(name, &bytes, ROWS_PER_CHUNK * width)
}

/// The compiled lexicon as integer tables over one string, so that loading them costs
/// no relocations and reading them no parsing: an element is a tag in bits 30-31
/// (0 a stem, 1 an exact word, 2 a class) over a class index or a string's offset << 8
/// | length. `audience::matching` decodes them; a test there compares the decoding
/// with `compile::compile()`.
fn lexicon_tables() -> String {
    use compile::Elem;
    for f in ["lexicon.rs", "words.rs", "compile.rs"] {
        println!("cargo:rerun-if-changed=src/audience/{f}");
    }
    let c = compile::compile();
    let mut text = String::new();
    let mut seen: std::collections::HashMap<String, u32> = Default::default();
    let mut put = |s: &str| -> u32 {
        if let Some(&e) = seen.get(s) {
            return e;
        }
        let offset = text.len();
        assert!(offset < 1 << 22 && s.len() < 1 << 8, "lexicon word {s:?}");
        let e = (offset as u32) << 8 | s.len() as u32;
        text.push_str(s);
        seen.insert(s.to_owned(), e);
        e
    };
    let mut elem = |e: &Elem| -> u32 {
        match e {
            Elem::Word(w) => put(w),
            Elem::Exact(w) => 1 << 30 | put(w),
            Elem::Class(i) => 2 << 30 | u32::try_from(*i).expect("few classes"),
        }
    };
    let mut elems: Vec<u32> = Vec::new();
    let mut seq = |es: &[Elem], elems: &mut Vec<u32>| -> (u32, u8) {
        let start = u32::try_from(elems.len()).expect("elements fit u32");
        elems.extend(es.iter().map(&mut elem));
        (
            start,
            u8::try_from(es.len()).expect("phrases under 256 words"),
        )
    };
    // A sequence in one u32: first element << 18 | length << 12 | rule.
    let mut seqs_rs = String::new();
    for (es, rule) in &c.seqs {
        let (start, len) = seq(es, &mut elems);
        assert!(
            start < 1 << 14 && len < 1 << 6 && *rule < 1 << 12,
            "lexicon outgrew LEX_SEQS"
        );
        write!(
            seqs_rs,
            "{},",
            start << 18 | u32::from(len) << 12 | u32::from(*rule)
        )
        .unwrap();
    }
    let mut classes_rs = String::new();
    let mut class_seqs_rs = String::new();
    let mut n_class_seqs = 0u32;
    for alts in &c.classes {
        write!(classes_rs, "({n_class_seqs},{}),", alts.len()).unwrap();
        for alt in alts {
            let (start, len) = seq(alt, &mut elems);
            write!(class_seqs_rs, "({start},{len}),").unwrap();
            n_class_seqs += 1;
        }
    }
    let mut first_rs = String::new();
    let mut first_list: Vec<u32> = Vec::new();
    for (key, list) in &c.by_first {
        let e = put(key);
        let (start, n) = (u16::try_from(first_list.len()), u16::try_from(list.len()));
        let (Ok(start), Ok(n)) = (start, n) else {
            panic!("lexicon outgrew LEX_FIRST")
        };
        write!(first_rs, "({e},{start},{n}),").unwrap();
        first_list.extend(list);
    }
    let mut values: Vec<&str> = Vec::new();
    let mut rules_rs = String::new();
    let mut rule_values: Vec<u16> = Vec::new();
    for (_, vs, kind) in lexicon::RULES {
        write!(
            rules_rs,
            "({},{},Kind::{kind:?}),",
            rule_values.len(),
            vs.len()
        )
        .unwrap();
        for v in *vs {
            let i = values.iter().position(|x| x == v).unwrap_or_else(|| {
                values.push(v);
                values.len() - 1
            });
            rule_values.push(i as u16);
        }
    }
    format!(
        "/// Every word of the lexicon.\npub(super) static LEX_TEXT: &str = {text:?};\n\
         /// Elements of every sequence.\npub(super) static LEX_ELEMS: &[u32] = &{elems:?};\n\
         /// first element << 18 | length << 12 | rule, of every sequence.\npub(super) static LEX_SEQS: &[u32] = &[{seqs_rs}];\n\
         /// (first alternative in `LEX_CLASS_SEQS`, number) of every class.\npub(super) static LEX_CLASSES: &[(u32, u32)] = &[{classes_rs}];\n\
         /// (first element, length) of every class alternative.\npub(super) static LEX_CLASS_SEQS: &[(u32, u8)] = &[{class_seqs_rs}];\n\
         /// (first stem, first index in `LEX_FIRST_LIST`, number), sorted by stem.\npub(super) static LEX_FIRST: &[(u32, u16, u16)] = &[{first_rs}];\n\
         /// Sequence indices by first stem, longest first.\npub(super) static LEX_FIRST_LIST: &[u32] = &{first_list:?};\n\
         /// (first value in `LEX_RULE_VALUES`, number, kind) of every rule.\npub(super) static LEX_RULES: &[(u16, u8, Kind)] = &[{rules_rs}];\n\
         pub(super) static LEX_RULE_VALUES: &[u16] = &{rule_values:?};\n\
         pub(super) static LEX_VALUES: &[&str] = &{values:?};\n"
    )
}

/// `derived.rs`: each derived country and each name list of `data/derived/countries.json`
/// as its own deflated JSON, so that a persona in Iceland inflates Iceland and the
/// names it uses, not the world.
fn derived_tables(out_dir: &Path) -> String {
    let path = manifest_dir().join("data/derived/countries.json");
    println!("cargo:rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let v: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let dir = out_dir.join("derived");
    std::fs::create_dir_all(&dir).unwrap();
    let write = |name: &str, value: &serde_json::Value| {
        let file = dir.join(format!("{name}.json.deflate"));
        let json = serde_json::to_string(value).unwrap();
        std::fs::write(
            &file,
            miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 10),
        )
        .unwrap();
        file.display().to_string()
    };
    let mut countries: Vec<(String, String)> = v["countries"]
        .as_array()
        .unwrap_or_else(|| panic!("{}: no countries", path.display()))
        .iter()
        .map(|c| {
            let code = c["code"].as_str().expect("derived country code").to_owned();
            let file = write(&format!("country-{code}"), c);
            (code, file)
        })
        .collect();
    countries.sort();
    let mut lists: Vec<(String, String)> = v["name_lists"]
        .as_object()
        .unwrap_or_else(|| panic!("{}: no name_lists", path.display()))
        .iter()
        .enumerate()
        .map(|(i, (key, list))| (key.clone(), write(&format!("names-{i}"), list)))
        .collect();
    lists.sort();
    let mut out = String::from(
        "/// (country code, deflated JSON of its entry), sorted by code.\npub static DERIVED_COUNTRIES: &[(&str, &[u8])] = &[\n",
    );
    for (code, file) in &countries {
        writeln!(out, "    ({code:?}, include_bytes!({file:?})),").unwrap();
    }
    out.push_str("];\n/// (name list key, deflated JSON of the list), sorted by key.\npub static DERIVED_NAME_LISTS: &[(&str, &[u8])] = &[\n");
    for (key, file) in &lists {
        writeln!(out, "    ({key:?}, include_bytes!({file:?})),").unwrap();
    }
    out.push_str("];\n");
    out
}

fn main() {
    let out_dir = std::env::var("OUT_DIR").expect("OUT_DIR is set by Cargo");
    std::fs::write(Path::new(&out_dir).join("lexicon.rs"), lexicon_tables())
        .expect("write lexicon.rs");
    std::fs::write(
        Path::new(&out_dir).join("derived.rs"),
        derived_tables(Path::new(&out_dir)),
    )
    .expect("write derived.rs");
    let dir = manifest_dir().join("data/locales");
    println!("cargo:rerun-if-changed={}", dir.display());
    println!("cargo:rerun-if-changed=src/locale/names.rs");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .collect()
        })
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    // An empty gazetteer would build and quietly parse no place at all.
    assert!(!files.is_empty(), "{}: no locale packs", dir.display());
    files.sort();

    let mut packs = String::from("/// (country code, deflated names index, NUL and pack JSON), sorted by code.\npub static PACK_SOURCES: &[(&str, &[u8])] = &[\n");
    let mut blob = Blob::default();
    let mut lists: Vec<String> = Vec::new();
    let mut cities_rs = String::from("/// (country, name, population, districts, minor, common); lists index `GAZ_LISTS`.\npub static GAZ_CITIES: &[CityRow] = &[\n");
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
        // Embedded without the indentation that keeps the files readable in review.
        let min_dir = Path::new(&std::env::var("OUT_DIR").unwrap()).join("packs");
        std::fs::create_dir_all(&min_dir).unwrap();
        // Deflated: the packs are most of a worker's bootstrap otherwise.
        let min_path = min_dir.join(format!("{}.json.deflate", code.to_lowercase()));
        // The pack's names index first (see `pack_names`), then a NUL, then the JSON:
        // the index reads without a JSON parse, and costs almost nothing deflated
        // beside the JSON that repeats its names.
        let min = serde_json::to_string(&v).unwrap();
        let names = pack_names(&v);
        assert!(!names.contains('\0'));
        std::fs::write(
            &min_path,
            miniz_oxide::deflate::compress_to_vec(format!("{names}\0{min}").as_bytes(), 10),
        )
        .unwrap();
        writeln!(
            packs,
            "    ({code:?}, include_bytes!({:?})),",
            min_path.display().to_string()
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
            let cname = c["name"].as_str().unwrap_or("").to_owned();
            let pop = c["population"].as_u64().unwrap_or(0);
            cities.push((code.clone(), cname, pop, aliases, districts, false, false));
        }
    }
    let gaz = manifest_dir().join("data/gazetteer");
    println!("cargo:rerun-if-changed={}", gaz.display());
    let pack_cities = cities.len();
    // Keys that pack cities (names and aliases) and countries own: a minor city never
    // shadows them. Districts are kept aside: a minor city yields to a district unless
    // the district belongs to a metropolitan region ("Pasay" is a city of Metro Manila).
    let mut owned: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut district_keys: BTreeMap<String, bool> = BTreeMap::new();
    let both = |n: &str| {
        let n = normalize(n);
        let s = strip_affixes(&n).to_owned();
        [n, s]
    };
    for (_, name) in &countries {
        owned.extend(both(name));
    }
    for (_, aliases) in COUNTRY_ALIASES {
        for a in *aliases {
            owned.extend(both(a));
        }
    }
    for (code, name, _, aliases, districts, _, _) in &cities {
        if code == FALLBACK {
            continue;
        }
        owned.extend(both(name));
        for a in aliases {
            owned.insert(normalize(a));
        }
        let metro = name.starts_with("Metro ");
        for d in districts {
            let e = district_keys.entry(normalize(d)).or_insert(true);
            *e &= metro;
        }
    }
    let places_rows = tsv(&gaz.join("places.tsv"));
    for r in &places_rows {
        if r.len() >= 4 {
            district_keys.insert(normalize(&r[1]), false);
        }
    }
    let mut minor_seen: std::collections::HashSet<(String, String)> =
        std::collections::HashSet::new();
    for r in tsv(&gaz.join("cities.tsv")) {
        let [cc, name, pop, common, ..] = r.as_slice() else {
            continue;
        };
        if !countries.iter().any(|(c, _)| c == cc) {
            continue;
        }
        let [n, st] = both(name);
        let shadowed = owned.contains(&n)
            || owned.contains(&st)
            || district_keys.get(&n).is_some_and(|metro| !metro)
            || district_keys.get(&st).is_some_and(|metro| !metro);
        if shadowed || !minor_seen.insert((cc.clone(), st)) {
            continue;
        }
        let pop = pop.parse().unwrap_or(0);
        cities.push((
            cc.clone(),
            name.clone(),
            pop,
            vec![],
            vec![],
            true,
            common == "1",
        ));
    }
    // Curated districts join their city's list (the parser checks containment there).
    let city_index = |cities: &[CityRow], name: &str, cc: &str| {
        cities
            .iter()
            .position(|c| c.0 == cc && c.1 == name)
            .unwrap_or_else(|| panic!("data/gazetteer/places.tsv: no city {name:?} in {cc}"))
    };
    let mut extra: Vec<(u8, String, usize)> = Vec::new();
    for r in &places_rows {
        let [kind, name, city, cc, ..] = r.as_slice() else {
            continue;
        };
        let i = city_index(&cities, city, cc);
        if kind == "district" {
            cities[i].4.push(name.clone());
            extra.push((2, name.clone(), i));
        } else {
            extra.push((1, name.clone(), i));
        }
    }
    for (code, cname, pop, _, districts, minor, common) in &cities {
        // start << 8 | count, into `GAZ_LISTS`.
        let mut list = |v: &[String], blob: &mut Blob| {
            let start = lists.len();
            assert!(start < 1 << 24 && v.len() < 256, "gazetteer lists too long");
            lists.extend(v.iter().map(|s| blob.put(s)));
            format!("{}", (start << 8) | v.len())
        };
        // Aliases reach lookups through the keys below; a row needs only its districts.
        let d = list(districts, &mut blob);
        writeln!(
            cities_rs,
            "    ({}, {}, {pop}, {d}, {minor}, {common}),",
            blob.code(code),
            blob.put(cname),
        )
        .unwrap();
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
        caps: false,
        name: None,
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
    for (i, (code, name, _, aliases, _, _, _)) in cities.iter().enumerate() {
        if code == FALLBACK {
            continue;
        }
        let place = Place {
            kind: 1,
            country: code.clone(),
            city: Some(i),
            district: None,
            alias: false,
            caps: false,
            name: None,
        };
        add(name, place.clone());
        for a in aliases {
            add(
                a,
                Place {
                    alias: true,
                    caps: is_caps_alias(a),
                    ..place.clone()
                },
            );
        }
    }
    for (kind, name, i) in &extra {
        if *kind == 1 {
            add(
                name,
                Place {
                    kind: 1,
                    country: cities[*i].0.clone(),
                    city: Some(*i),
                    district: None,
                    alias: true,
                    caps: is_caps_alias(name),
                    name: None,
                },
            );
        }
    }
    for r in tsv(&gaz.join("regions.tsv")) {
        let Some((cc, names)) = r.split_first() else {
            continue;
        };
        for n in names.iter().filter(|n| !n.is_empty()) {
            let [k, st] = both(n);
            if owned.contains(&k) || owned.contains(&st) {
                continue;
            }
            add(
                n,
                Place {
                    kind: 3,
                    country: cc.clone(),
                    city: None,
                    district: None,
                    alias: false,
                    caps: false,
                    name: Some(n.clone()),
                },
            );
        }
    }
    // English short names of the countries abroad, by code, so a city abroad can be
    // written in the contract's "City, Country" form.
    let mut abroad: Vec<(String, String)> = Vec::new();
    for r in tsv(&gaz.join("world.tsv")) {
        let [cc, name, _, kind, ..] = r.as_slice() else {
            continue;
        };
        if kind == "country" && !abroad.iter().any(|(c, _)| c == cc) {
            abroad.push((cc.clone(), name.clone()));
        }
        // A country is always a candidate under its own name, even where a pack city
        // shares it after affixes ("Benin" and Benin City); resolution decides.
        let [k, st] = both(name);
        if kind != "country" && (owned.contains(&k) || owned.contains(&st)) {
            continue;
        }
        add(
            name,
            Place {
                kind: if kind == "country" { 5 } else { 4 },
                country: cc.clone(),
                city: None,
                district: None,
                alias: false,
                caps: false,
                name: Some(name.clone()),
            },
        );
    }
    // Each derived pack's own (CLDR) name resolves to it too, with "St." also as
    // "Saint".
    let derived_path = manifest_dir().join("data/derived/countries.json");
    let derived: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(&derived_path)
            .unwrap_or_else(|e| panic!("{}: {e}", derived_path.display())),
    )
    .unwrap_or_else(|e| panic!("{}: {e}", derived_path.display()));
    for c in derived["countries"].as_array().into_iter().flatten() {
        let (Some(cc), Some(name)) = (c["code"].as_str(), c["name"].as_str()) else {
            continue;
        };
        let mut names = vec![name.to_owned()];
        // "St. Helena, Ascension and Tristan da Cunha" is written "St. Helena".
        if let Some((first, _)) = name.split_once(", ") {
            names.push(first.to_owned());
        }
        for n in names.clone() {
            if let Some(rest) = n.strip_prefix("St. ") {
                names.push(format!("Saint {rest}"));
            }
        }
        for n in names {
            add(
                &n,
                Place {
                    kind: 5,
                    country: cc.to_owned(),
                    city: None,
                    district: None,
                    alias: false,
                    caps: false,
                    name: Some(n.clone()),
                },
            );
        }
    }
    for (i, (code, _, _, _, districts, _, _)) in cities.iter().enumerate() {
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
                caps: is_caps_alias(d),
                name: None,
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
    // Best first: countries, then pack cities (largest first), regions, minor cities,
    // districts of the smallest containing city ("BGC" is Taguig's, not the whole of
    // Metro Manila's), and last cities abroad.
    let mut keys_rs = String::from("/// Normalised names, sorted, each with its candidate places (a range of `GAZ_PLACES`) best first.\npub static GAZ_KEYS: &[KeyRow] = &[\n");
    let mut places_rs = String::from("pub static GAZ_PLACES: &[PlaceRow] = &[\n");
    let mut place_count = 0usize;
    let mut fuzzy_rs = String::from("/// Keys that typo correction may reach: own names of countries and pack cities.\npub static GAZ_FUZZY: &[&str] = &[\n");
    let mut filter = vec![0u8; KEY_FILTER_BITS / 8];
    for (key, mut places) in keys {
        for bit in key_filter_bits(&key) {
            filter[bit / 8] |= 1 << (bit % 8);
        }
        places.sort_by_key(|p| {
            let pop = p.city.map_or(0, |c| cities[c].2);
            let minor = p.city.is_some_and(|c| c >= pack_cities);
            match p.kind {
                0 => (0, 0),
                1 if !minor => (1, u64::MAX - pop),
                3 => (2, 0),
                1 => (3, u64::MAX - pop),
                2 => (4, pop),
                _ => (5, 0),
            }
        });
        let fuzzy = places.iter().any(|p| {
            !p.alias && (p.kind == 0 || p.kind == 1 && p.city.is_some_and(|c| c < pack_cities))
        });
        if fuzzy && key.chars().count() >= 5 {
            writeln!(fuzzy_rs, "    {key:?},").unwrap();
        }
        let rows: Vec<String> = places.iter().map(|p| p.row(&mut blob)).collect();
        let start = match blob.lists.get(&rows) {
            Some(&start) => start,
            None => {
                for r in &rows {
                    writeln!(places_rs, "    {r},").unwrap();
                }
                blob.lists.insert(rows.clone(), place_count);
                place_count += rows.len();
                place_count - rows.len()
            }
        };
        assert!(
            start < 1 << 16 && places.len() < 256,
            "gazetteer key rows overflow"
        );
        writeln!(
            keys_rs,
            "    ({}, {start}, {}),",
            blob.put(&key),
            places.len()
        )
        .unwrap();
    }
    keys_rs.push_str("];\n");
    places_rs.push_str("];\n");
    let mut lists_rs = String::from("pub static GAZ_LISTS: &[Str] = &[\n");
    for l in &lists {
        writeln!(lists_rs, "    {l},").unwrap();
    }
    lists_rs.push_str("];\n");
    let types_rs = format!(
        "/// A string of `GAZ_TEXT`: byte offset << 10 | length; {} is \"none\".\npub type Str = u32;\n/// Country codes are indexes into `GAZ_CODES`; populations fit a u32.\npub type CityRow = (u8, Str, u32, u32, bool, bool);\n/// (kind | alias << 3 | caps << 4, country, city index or u16::MAX, district, name)\npub type PlaceRow = (u8, u8, u16, Str, Str);\n/// (key, first place, number of places)\npub type KeyRow = (Str, u16, u8);\n{}",
        u32::MAX,
        chunked("GAZ_TEXT", blob.text.as_bytes(), TEXT_CHUNK)
    );
    let filter_rs = format!(
        "/// Bits set by every gazetteer key (`names::key_filter_bits`).\npub static GAZ_KEY_FILTER: &[u8] = &{filter:?};\n"
    );
    let codes_rs = format!("pub static GAZ_CODES: &[&str] = &{:?};\n", blob.codes);
    fuzzy_rs.push_str("];\n");
    packs.push_str("];\n");
    cities_rs.push_str("];\n");
    countries_rs.push_str("];\n");
    abroad.sort();
    let mut abroad_rs = String::from("/// Countries abroad by code, with their English short names.\npub static GAZ_ABROAD: &[(&str, &str)] = &[\n");
    for (code, name) in &abroad {
        writeln!(abroad_rs, "    ({code:?}, {name:?}),").unwrap();
    }
    abroad_rs.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("locales.rs");
    std::fs::write(
        out,
        format!(
            "{packs}\n{countries_rs}\n{types_rs}\n{codes_rs}\n{}\n{}\n{}\n{}\n{fuzzy_rs}\n{abroad_rs}\n{filter_rs}",
            packed_table("GAZ_CITIES", &cities_rs, &[1, 4, 4, 4, 1, 1]),
            packed_table("GAZ_LISTS", &lists_rs, &[4]),
            packed_table("GAZ_PLACES", &places_rs, &[1, 1, 2, 4, 4]),
            packed_table("GAZ_KEYS", &keys_rs, &[4, 2, 1]),
        ),
    )
    .unwrap();
}
