//! The one gazetteer of the project: countries, cities (with aliases) and districts,
//! used by the persona engine to ground a group's `location` and by parse-prompt to
//! recognise places. Built from the locale packs at compile time (see `build.rs`).

use std::collections::HashMap;
use std::sync::OnceLock;

use super::{GAZ_CITIES, GAZ_COUNTRIES};

#[derive(Debug)]
pub struct GazCountry {
    pub code: &'static str,
    pub name: &'static str,
}

#[derive(Debug)]
pub struct GazCity {
    pub country: &'static str,
    pub name: &'static str,
    pub population: u64,
    pub aliases: &'static [&'static str],
    pub districts: &'static [&'static str],
}

/// Other names of countries, beyond the English short name in each pack. Two-letter
/// codes are matched only in capitals (see `country_code_token`), since "IN", "MY",
/// "ID" and "US" are also English words.
const COUNTRY_ALIASES: &[(&str, &[&str])] = &[
    (
        "PH",
        &[
            "Philippines",
            "the Philippines",
            "Pilipinas",
            "Pinas",
            "Filipinas",
        ],
    ),
    ("ID", &["Indonesia", "Indo", "Republik Indonesia"]),
    ("VN", &["Vietnam", "Viet Nam", "Việt Nam"]),
    ("TH", &["Thailand", "Siam", "Prathet Thai"]),
    ("MY", &["Malaysia", "M'sia", "Msia"]),
    ("SG", &["Singapore", "S'pore", "Singapura"]),
    ("IN", &["India", "Bharat"]),
    ("JP", &["Japan", "Nippon", "Nihon"]),
    (
        "KR",
        &[
            "South Korea",
            "Korea",
            "Republic of Korea",
            "ROK",
            "S. Korea",
        ],
    ),
    (
        "CN",
        &[
            "China",
            "PRC",
            "Mainland China",
            "People's Republic of China",
        ],
    ),
    ("AU", &["Australia", "Oz"]),
    (
        "US",
        &[
            "United States",
            "USA",
            "U.S.",
            "U.S.A.",
            "America",
            "United States of America",
            "the States",
            "the US",
        ],
    ),
    (
        "GB",
        &[
            "United Kingdom",
            "UK",
            "U.K.",
            "Britain",
            "Great Britain",
            "England",
            "Scotland",
            "Wales",
            "Northern Ireland",
        ],
    ),
    ("BR", &["Brazil", "Brasil"]),
    ("MX", &["Mexico", "México"]),
    ("NG", &["Nigeria", "Naija"]),
    ("KE", &["Kenya"]),
    ("ZA", &["South Africa", "Mzansi", "RSA"]),
    ("DE", &["Germany", "Deutschland"]),
    ("FR", &["France"]),
];

pub fn country(code: &str) -> Option<&'static GazCountry> {
    GAZ_COUNTRIES
        .iter()
        .find(|c| c.code.eq_ignore_ascii_case(code))
}

/// Lowercase, accents folded, punctuation to spaces, whitespace collapsed.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars().flat_map(char::to_lowercase) {
        let folded = fold_accent(ch);
        if folded.is_alphanumeric() {
            out.push(folded);
        } else if folded == '\'' || folded == '’' {
            continue;
        } else if !out.ends_with(' ') && !out.is_empty() {
            out.push(' ');
        }
    }
    while out.ends_with(' ') {
        out.pop();
    }
    out
}

fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ạ' | 'ả' | 'ấ' | 'ầ' | 'ẩ' | 'ẫ' | 'ậ'
        | 'ắ' | 'ằ' | 'ẳ' | 'ẵ' | 'ặ' => 'a',
        'ç' | 'č' | 'ć' => 'c',
        'đ' | 'ð' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'ẹ' | 'ẻ' | 'ẽ' | 'ế' | 'ề' | 'ể' | 'ễ'
        | 'ệ' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ĩ' | 'ỉ' | 'ị' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ơ' | 'ọ' | 'ỏ' | 'ố' | 'ồ' | 'ổ' | 'ỗ' | 'ộ'
        | 'ớ' | 'ờ' | 'ở' | 'ỡ' | 'ợ' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ũ' | 'ư' | 'ụ' | 'ủ' | 'ứ' | 'ừ' | 'ử' | 'ữ' | 'ự' => {
            'u'
        }
        'ý' | 'ÿ' | 'ỳ' | 'ỵ' | 'ỷ' | 'ỹ' => 'y',
        'ś' | 'š' | 'ş' => 's',
        'ž' | 'ź' | 'ż' => 'z',
        'ß' => 's',
        other => other,
    }
}

/// Place-name forms that add nothing: "Cebu City" is "Cebu", "Kota Bandung" is "Bandung".
fn strip_affixes(n: &str) -> &str {
    let n = n.strip_suffix(" city").unwrap_or(n);
    let n = n.strip_prefix("city of ").unwrap_or(n);
    let n = n.strip_prefix("kota ").unwrap_or(n);
    let n = n.strip_prefix("thanh pho ").unwrap_or(n);
    n.strip_prefix("the ").unwrap_or(n)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    Country,
    City,
    District,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub kind: PlaceKind,
    pub country: &'static str,
    /// Index into `GAZ_CITIES` for cities and districts.
    pub city: Option<usize>,
    pub district: Option<&'static str>,
    /// Matched through an alias or nickname rather than the place's own name.
    pub alias: bool,
}

impl Place {
    pub fn city(&self) -> Option<&'static GazCity> {
        self.city.map(|i| &GAZ_CITIES[i])
    }

    pub fn country_name(&self) -> &'static str {
        country(self.country)
            .map(|c| c.name)
            .unwrap_or(self.country)
    }

    /// The contract's location form: `City, Country` or `Country` (a city-state is
    /// just its name).
    pub fn location(&self) -> String {
        match self.city() {
            Some(c) if c.name != self.country_name() => {
                format!("{}, {}", c.name, self.country_name())
            }
            _ => self.country_name().to_owned(),
        }
    }
}

pub struct Gazetteer {
    /// Normalised name → candidate places, best first.
    names: HashMap<String, Vec<Place>>,
    keys: Vec<String>,
}

impl Gazetteer {
    pub fn get() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(Self::build)
    }

    /// A fresh build, bypassing the process-wide instance: for measuring cold starts.
    pub fn build_uncached() -> Gazetteer {
        Self::build()
    }

    fn build() -> Self {
        let mut names: HashMap<String, Vec<Place>> = HashMap::new();
        let mut add = |name: &str, place: Place| {
            let n = normalize(name);
            if n.is_empty() {
                return;
            }
            // Affixes are stripped from names only: a nickname such as "The City" or
            // "Mother City" must not become the everyday word "city" or "mother".
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
                let v = names.entry(key).or_default();
                if !v.contains(&place) {
                    v.push(place);
                }
            }
        };
        for c in GAZ_COUNTRIES {
            if c.code == super::FALLBACK {
                continue;
            }
            let place = Place {
                kind: PlaceKind::Country,
                country: c.code,
                city: None,
                district: None,
                alias: false,
            };
            add(c.name, place);
        }
        for (code, aliases) in COUNTRY_ALIASES {
            if country(code).is_some() {
                for a in *aliases {
                    add(
                        a,
                        Place {
                            kind: PlaceKind::Country,
                            country: code,
                            city: None,
                            district: None,
                            alias: true,
                        },
                    );
                }
            }
        }
        for (i, c) in GAZ_CITIES.iter().enumerate() {
            if c.country == super::FALLBACK {
                continue;
            }
            let place = Place {
                kind: PlaceKind::City,
                country: c.country,
                city: Some(i),
                district: None,
                alias: false,
            };
            add(c.name, place);
            for a in c.aliases {
                add(
                    a,
                    Place {
                        alias: true,
                        ..place
                    },
                );
            }
        }
        for (i, c) in GAZ_CITIES.iter().enumerate() {
            if c.country == super::FALLBACK {
                continue;
            }
            for d in c.districts {
                let place = Place {
                    kind: PlaceKind::District,
                    country: c.country,
                    city: Some(i),
                    district: Some(d),
                    alias: true,
                };
                add(d, place);
                // "Ortigas Center" is also just "Ortigas".
                let n = normalize(d);
                for suffix in [" center", " centre", " cbd", " district"] {
                    if let Some(short) = n.strip_suffix(suffix).filter(|s| s.chars().count() >= 4) {
                        add(short, place);
                    }
                }
            }
        }
        // Best first: countries, then cities (largest first), then districts of the
        // smallest containing city ("BGC" is Taguig's, not the whole of Metro Manila's).
        for v in names.values_mut() {
            v.sort_by_key(|p| {
                let pop = p.city().map_or(0, |c| c.population);
                match p.kind {
                    PlaceKind::Country => (0, 0),
                    PlaceKind::City => (1, u64::MAX - pop),
                    PlaceKind::District => (2, pop),
                }
            });
        }
        let mut keys: Vec<String> = names.keys().cloned().collect();
        keys.sort();
        Self { names, keys }
    }

    /// Exact lookup after normalisation (case, accents, punctuation, "City" affixes).
    pub fn lookup(&self, text: &str) -> Option<&[Place]> {
        let n = normalize(text);
        self.names
            .get(&n)
            .or_else(|| self.names.get(strip_affixes(&n)))
            .map(Vec::as_slice)
    }

    /// Lookup tolerating one typo (two for long names) when nothing matches exactly.
    pub fn lookup_fuzzy(&self, text: &str) -> Option<&[Place]> {
        if let Some(p) = self.lookup(text) {
            return Some(p);
        }
        let n = normalize(text);
        let n = strip_affixes(&n);
        let len = n.chars().count();
        if len < 5 {
            return None;
        }
        let budget = if len >= 9 { 2 } else { 1 };
        let first = n.chars().next();
        let mut best: Option<(usize, &String)> = None;
        for key in &self.keys {
            let klen = key.chars().count();
            // Typos rarely hit the first letter; requiring it keeps "Hong Kong" from
            // becoming "Hang Dong".
            if klen.abs_diff(len) > budget || klen < 5 || key.chars().next() != first {
                continue;
            }
            if let Some(d) = bounded_distance(n, key, budget) {
                if best.is_none_or(|(bd, _)| d < bd) {
                    best = Some((d, key));
                }
            }
        }
        // Only places' own names are typo-corrected, never nicknames or districts.
        best.and_then(|(_, k)| self.names.get(k))
            .filter(|v| v.iter().any(|p| !p.alias))
            .map(Vec::as_slice)
    }

    /// Resolves a group `location` ("City, Country", "Country", a district, an alias).
    /// The country part, when present and known, constrains the city.
    pub fn resolve_location(&self, location: &str) -> Option<Place> {
        let parts: Vec<&str> = location
            .split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        let (head, tail) = match parts.as_slice() {
            [] => return None,
            [only] => (*only, None),
            [first, .., last] => (*first, Some(*last)),
        };
        let country = tail.and_then(|t| self.country_of(t));
        let candidates = self.lookup_fuzzy(head);
        match (candidates, country) {
            (Some(c), Some(code)) => c
                .iter()
                .find(|p| p.country == code && p.kind != PlaceKind::Country)
                .or_else(|| c.iter().find(|p| p.country == code))
                .copied()
                .or(Some(Place {
                    kind: PlaceKind::Country,
                    country: code,
                    city: None,
                    district: None,
                    alias: false,
                })),
            (Some(c), None) => c.first().copied(),
            (None, Some(code)) => Some(Place {
                kind: PlaceKind::Country,
                country: code,
                city: None,
                district: None,
                alias: false,
            }),
            (None, None) => None,
        }
    }

    /// The country a text names, by name, alias or capitalised ISO code.
    pub fn country_of(&self, text: &str) -> Option<&'static str> {
        let t = text.trim();
        if t.len() == 2 && t.chars().all(|c| c.is_ascii_uppercase()) {
            if let Some(c) = country(t) {
                return Some(c.code);
            }
        }
        self.lookup_fuzzy(t)?
            .iter()
            .find(|p| p.kind == PlaceKind::Country)
            .map(|p| p.country)
    }
}

/// Damerau-Levenshtein (optimal string alignment) distance if it is within `max`.
pub fn bounded_distance(a: &str, b: &str, max: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev2: Vec<usize> = vec![0; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    let d = prev[b.len()];
    (d <= max).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn loc(s: &str) -> Option<String> {
        Gazetteer::get().resolve_location(s).map(|p| p.location())
    }

    #[test]
    fn normalisation() {
        assert_eq!(normalize("  Hồ Chí Minh  City! "), "ho chi minh city");
        assert_eq!(normalize("S'pore"), "spore");
        assert_eq!(strip_affixes("cebu city"), "cebu");
    }

    #[test]
    fn resolves_cities_countries_aliases_and_districts() {
        assert_eq!(
            loc("Jakarta, Indonesia").as_deref(),
            Some("Jakarta, Indonesia")
        );
        assert_eq!(loc("Vietnam").as_deref(), Some("Vietnam"));
        assert_eq!(loc("HCMC").as_deref(), Some("Ho Chi Minh City, Vietnam"));
        assert_eq!(loc("saigon").as_deref(), Some("Ho Chi Minh City, Vietnam"));
        assert_eq!(loc("KL").as_deref(), Some("Kuala Lumpur, Malaysia"));
        assert_eq!(loc("NCR").as_deref(), Some("Metro Manila, Philippines"));
        assert_eq!(loc("BGC").as_deref(), Some("Taguig, Philippines"));
        assert_eq!(loc("Makati").as_deref(), Some("Makati, Philippines"));
        assert_eq!(loc("Jakrta").as_deref(), Some("Jakarta, Indonesia"));
        assert_eq!(
            loc("Cebu City, PH").as_deref(),
            Some("Cebu City, Philippines")
        );
        assert_eq!(loc("Atlantis"), None);
        assert_eq!(loc("Atlantis, Philippines").as_deref(), Some("Philippines"));
    }

    #[test]
    fn distance() {
        assert_eq!(bounded_distance("jakarta", "jakarta", 1), Some(0));
        assert_eq!(bounded_distance("jakrata", "jakarta", 1), Some(1));
        assert_eq!(bounded_distance("bandung", "jakarta", 2), None);
    }
}
