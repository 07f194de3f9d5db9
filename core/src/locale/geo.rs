//! The one gazetteer of the project: countries, cities (with aliases) and districts,
//! used by the persona engine to ground a group's `location` and by parse-prompt to
//! recognise places. Built from the locale packs at compile time (see `build.rs`).

use super::generated::{
    self as g, CityRow, KeyRow, PlaceRow, Str, GAZ_ABROAD, GAZ_CODES, GAZ_FUZZY,
};
use super::names::key_filter_bits;
pub use super::names::{normalize, strip_affixes, COUNTRY_ALIASES};
use super::GAZ_COUNTRIES;
use std::sync::OnceLock;

#[derive(Debug)]
pub struct GazCountry {
    pub code: &'static str,
    pub name: &'static str,
}

/// A city of the gazetteer, decoded from its row when a lookup needs it.
#[derive(Debug, Clone, Copy)]
pub struct GazCity {
    pub country: &'static str,
    pub name: &'static str,
    pub population: u64,
    /// Packed range of `GAZ_LISTS` (start << 8 | length).
    districts: u32,
    /// A GeoNames city beyond the locale pack's own (no pack data of its own).
    pub minor: bool,
    /// Its name is also an everyday English word ("Mobile", "Commonwealth").
    pub common: bool,
}

impl GazCity {
    pub fn districts(&self) -> impl Iterator<Item = &'static str> {
        let (start, len) = (
            (self.districts >> 8) as usize,
            (self.districts & 0xff) as usize,
        );
        (start..start + len).filter_map(list_item).map(text)
    }
}

/// Bytes the build script stored in deflated chunks (see `chunked` in `build.rs`),
/// each inflated on its first read: a lookup pays for the few chunks it touches.
struct Chunked {
    chunks: &'static [&'static [u8]],
    cells: &'static [OnceLock<Vec<u8>>],
    chunk: usize,
    len: usize,
}

impl Chunked {
    /// `len` bytes from `offset`; the build never lets them straddle two chunks.
    fn bytes(&self, offset: usize, len: usize) -> Option<&'static [u8]> {
        let i = offset / self.chunk;
        let local = offset % self.chunk;
        let packed = self.chunks.get(i)?;
        let data = self
            .cells
            .get(i)?
            .get_or_init(|| miniz_oxide::inflate::decompress_to_vec(packed).unwrap_or_default());
        data.get(local..local + len)
    }

    /// Row `i` of a table of `width`-byte rows (a chunk holds whole rows).
    fn row(&self, width: usize, i: usize) -> Option<Fields<'static>> {
        self.bytes(i * width, width).map(Fields)
    }

    fn rows(&self, width: usize) -> usize {
        self.len / width
    }
}

/// A `Chunked` over the build script's `<table>_CHUNKS`, `_CELLS`, `_CHUNK` and `_LEN`.
macro_rules! chunked {
    ($chunks:ident, $cells:ident, $chunk:ident, $len:ident) => {
        Chunked {
            chunks: g::$chunks,
            cells: &g::$cells,
            chunk: g::$chunk,
            len: g::$len,
        }
    };
}

static TEXT: Chunked = chunked!(
    GAZ_TEXT_CHUNKS,
    GAZ_TEXT_CELLS,
    GAZ_TEXT_CHUNK,
    GAZ_TEXT_LEN
);
static CITIES: Chunked = chunked!(
    GAZ_CITIES_CHUNKS,
    GAZ_CITIES_CELLS,
    GAZ_CITIES_CHUNK,
    GAZ_CITIES_LEN
);
static LISTS: Chunked = chunked!(
    GAZ_LISTS_CHUNKS,
    GAZ_LISTS_CELLS,
    GAZ_LISTS_CHUNK,
    GAZ_LISTS_LEN
);
static PLACES: Chunked = chunked!(
    GAZ_PLACES_CHUNKS,
    GAZ_PLACES_CELLS,
    GAZ_PLACES_CHUNK,
    GAZ_PLACES_LEN
);
static KEYS: Chunked = chunked!(
    GAZ_KEYS_CHUNKS,
    GAZ_KEYS_CELLS,
    GAZ_KEYS_CHUNK,
    GAZ_KEYS_LEN
);

/// The build script stores every gazetteer string in `GAZ_TEXT` and the tables as
/// integers (no relocations to apply at load, megabytes smaller). Rows and strings are
/// read where they lie, when a lookup reaches them.
fn text(s: Str) -> &'static str {
    let (start, len) = ((s >> 10) as usize, (s & 0x3ff) as usize);
    TEXT.bytes(start, len)
        .and_then(|b| std::str::from_utf8(b).ok())
        .unwrap_or("")
}

/// Reads fixed-width little-endian fields.
struct Fields<'a>(&'a [u8]);

impl Fields<'_> {
    fn take(&mut self, w: usize) -> u32 {
        let (head, rest) = self.0.split_at(w.min(self.0.len()));
        self.0 = rest;
        head.iter()
            .rev()
            .fold(0u32, |acc, b| acc << 8 | u32::from(*b))
    }
}

const CITY_WIDTH: usize = 15;
const PLACE_WIDTH: usize = 12;
const KEY_WIDTH: usize = 7;

/// False only for a string that is no gazetteer key (the build sets every key's bits).
fn may_be_key(key: &str) -> bool {
    key_filter_bits(key).all(|bit| {
        g::GAZ_KEY_FILTER
            .get(bit / 8)
            .is_some_and(|byte| byte & (1 << (bit % 8)) != 0)
    })
}

fn city_row(i: usize) -> Option<CityRow> {
    let mut f = CITIES.row(CITY_WIDTH, i)?;
    Some((
        f.take(1) as u8,
        f.take(4),
        f.take(4),
        f.take(4),
        f.take(1) != 0,
        f.take(1) != 0,
    ))
}

fn list_item(i: usize) -> Option<Str> {
    Some(LISTS.row(4, i)?.take(4))
}

fn place_row(i: usize) -> Option<PlaceRow> {
    let mut f = PLACES.row(PLACE_WIDTH, i)?;
    Some((
        f.take(1) as u8,
        f.take(1) as u8,
        f.take(2) as u16,
        f.take(4),
        f.take(4),
    ))
}

fn key_row(i: usize) -> Option<KeyRow> {
    let mut f = KEYS.row(KEY_WIDTH, i)?;
    Some((f.take(4), f.take(2) as u16, f.take(1) as u8))
}

fn code(i: u8) -> &'static str {
    GAZ_CODES.get(usize::from(i)).copied().unwrap_or("XX")
}

fn opt_text(s: Str) -> Option<&'static str> {
    (s != u32::MAX).then(|| text(s))
}

fn city_at(i: usize) -> Option<GazCity> {
    let (country, name, population, districts, minor, common) = city_row(i)?;
    Some(GazCity {
        country: code(country),
        name: text(name),
        population: u64::from(population),
        districts,
        minor,
        common,
    })
}

fn place_from_row(&(flags, country, city, district, name): &PlaceRow) -> Place {
    Place {
        kind: match flags & 0b111 {
            0 => PlaceKind::Country,
            1 => PlaceKind::City,
            2 => PlaceKind::District,
            3 => PlaceKind::Region,
            4 => PlaceKind::Foreign,
            _ => PlaceKind::ForeignCountry,
        },
        country: code(country),
        city: (city != u16::MAX).then_some(usize::from(city)),
        district: opt_text(district),
        alias: flags & 0b1000 != 0,
        caps: flags & 0b1_0000 != 0,
        name: opt_text(name),
    }
}

pub fn country(code: &str) -> Option<&'static GazCountry> {
    GAZ_COUNTRIES
        .iter()
        .find(|c| c.code.eq_ignore_ascii_case(code))
}

/// The English short name of a country outside the gazetteer's own, by ISO code.
pub fn abroad_country_name(code: &str) -> Option<&'static str> {
    GAZ_ABROAD
        .binary_search_by(|(c, _)| (*c).cmp(code))
        .ok()
        .map(|i| GAZ_ABROAD[i].1)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    Country,
    City,
    District,
    /// A state, province, island or region: known to be in its country, kept by name.
    Region,
    /// A large city outside the gazetteer's countries: recognised, kept as written.
    Foreign,
    /// A country outside the gazetteer's: recognised, kept as written.
    ForeignCountry,
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
    /// Matched through a short all-capitals alias ("KL", "BKK"), which counts only
    /// when written so.
    pub caps: bool,
    /// The name of a region or foreign city.
    pub name: Option<&'static str>,
}

impl Place {
    pub fn country(code: &'static str) -> Self {
        Place {
            kind: PlaceKind::Country,
            country: code,
            city: None,
            district: None,
            alias: false,
            caps: false,
            name: None,
        }
    }

    pub fn city(&self) -> Option<GazCity> {
        self.city.and_then(city_at)
    }

    pub fn country_name(&self) -> &'static str {
        country(self.country)
            .map(|c| c.name)
            .or_else(|| abroad_country_name(self.country))
            .unwrap_or(self.country)
    }

    /// A city abroad, as `written`, in the contract's `City, Country` form when its
    /// country is known ("Dubai, United Arab Emirates"; a city-state stays one name).
    pub fn abroad_location(&self, written: &str) -> String {
        match abroad_country_name(self.country) {
            Some(c) if !c.eq_ignore_ascii_case(written.trim()) => format!("{written}, {c}"),
            _ => written.to_owned(),
        }
    }

    /// The contract's location form: `City, Country` or `Country` (a city-state is
    /// just its name).
    pub fn location(&self) -> String {
        if let (PlaceKind::Foreign, Some(n)) = (self.kind, self.name) {
            return self.abroad_location(n);
        }
        // A region is a place of its country, like Metro Manila: "Bavaria, Germany".
        if let (PlaceKind::Region, Some(n)) = (self.kind, self.name) {
            let n = n
                .strip_prefix("the ")
                .or_else(|| n.strip_prefix("The "))
                .unwrap_or(n);
            return format!("{n}, {}", self.country_name());
        }
        if let (PlaceKind::ForeignCountry, Some(n)) = (self.kind, self.name) {
            return n.to_owned();
        }
        match self.city() {
            Some(c) if c.name != self.country_name() => {
                format!("{}, {}", c.name, self.country_name())
            }
            _ => self.country_name().to_owned(),
        }
    }
}

/// Lookups run against keys precomputed by `build.rs` (normalised names, aliases and
/// districts, each with its candidate places best first), so a cold start pays
/// nothing to build the gazetteer.
pub struct Gazetteer {
    _private: (),
}

static GAZETTEER: Gazetteer = Gazetteer { _private: () };

impl Gazetteer {
    pub fn get() -> &'static Gazetteer {
        &GAZETTEER
    }

    /// The rows of a normalised key's candidate places, best first.
    fn rows(&self, key: &str) -> Option<Vec<PlaceRow>> {
        if !may_be_key(key) {
            return None;
        }
        let (mut lo, mut hi) = (0, KEYS.rows(KEY_WIDTH));
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let (k, start, len) = key_row(mid)?;
            match text(k).cmp(key) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => {
                    let start = usize::from(start);
                    return (start..start + usize::from(len)).map(place_row).collect();
                }
            }
        }
        None
    }

    fn names(&self, key: &str) -> Option<Vec<Place>> {
        Some(self.rows(key)?.iter().map(place_from_row).collect())
    }

    /// Exact lookup after normalisation (case, accents, punctuation, "City" affixes).
    pub fn lookup(&self, text: &str) -> Option<Vec<Place>> {
        let n = normalize(text);
        self.names(&n).or_else(|| self.names(strip_affixes(&n)))
    }

    /// Whether `lookup` would find something, without decoding the places.
    pub fn knows(&self, text: &str) -> bool {
        let n = normalize(text);
        self.rows(&n)
            .or_else(|| self.rows(strip_affixes(&n)))
            .is_some()
    }

    /// Lookup tolerating one typo (two for long names) when nothing matches exactly.
    pub fn lookup_fuzzy(&self, text: &str) -> Option<Vec<Place>> {
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
        let mut best: Option<(usize, &'static str)> = None;
        for key in GAZ_FUZZY {
            let klen = key.chars().count();
            // Typos rarely hit the first letter; requiring it keeps "Hong Kong" from
            // becoming "Hang Dong".
            if klen.abs_diff(len) > budget || klen < 5 || key.chars().next() != first {
                continue;
            }
            if let Some(d) = bounded_distance(n, key, budget) {
                if best.is_none_or(|(bd, _)| d < bd) {
                    best = Some((d, *key));
                }
            }
        }
        // Only own names of countries and pack cities are typo-corrected (`GAZ_FUZZY`),
        // never nicknames, districts or minor towns.
        best.and_then(|(_, k)| self.names(k))
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
                .or(Some(Place::country(code))),
            // A bare name is a well-known place; a town of the GeoNames list counts only
            // with its country ("Marikina, Philippines"), so "Atlantis" stays unknown.
            // A country named exactly outranks a city reached only by dropping its
            // "City" ("Benin" is the country, not Benin City in Nigeria).
            (Some(c), None) => {
                let head_n = normalize(head);
                let affixed_city = |o: &Place| {
                    o.kind == PlaceKind::City
                        && o.city().is_some_and(|g| normalize(g.name) != head_n)
                };
                c.iter()
                    .find(|p| {
                        matches!(p.kind, PlaceKind::Country | PlaceKind::ForeignCountry)
                            && !p.alias
                            && c.iter().all(|o| o.country == p.country || affixed_city(o))
                    })
                    .or_else(|| c.iter().find(|p| !p.city().is_some_and(|g| g.minor)))
                    .copied()
            }
            (None, Some(code)) => Some(Place::country(code)),
            (None, None) => None,
        }
    }

    /// The country a text names, by name, alias or capitalised ISO code.
    pub fn country_of(&self, text: &str) -> Option<&'static str> {
        let t = text.trim();
        if t.len() == 2 && t.chars().all(|c| c.is_ascii_uppercase()) {
            // "Hollywood, LA" and "Makati, MM": a city's capitalised alias is read as
            // the city (Los Angeles, Metro Manila, Bradford), not as the country with
            // that code (Laos, Myanmar, Bangladesh), which prompts name in words.
            let city_alias = self
                .lookup(t)
                .is_some_and(|ps| ps.iter().any(|p| p.caps && p.kind == PlaceKind::City));
            if let Some(c) = country(t).filter(|_| !city_alias) {
                return Some(c.code);
            }
        }
        // Countries abroad count too: they have derived packs ("Reykjavík, Iceland").
        self.lookup_fuzzy(t)?
            .iter()
            .find(|p| matches!(p.kind, PlaceKind::Country | PlaceKind::ForeignCountry))
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

    /// Every key passes the filter, and most words that are no place do not (a miss
    /// there costs only speed: the lookup then searches the keys).
    #[test]
    fn the_key_filter_lets_every_key_through() {
        let n = KEYS.rows(KEY_WIDTH);
        assert!(n > 5_000, "{n} keys");
        for i in 0..n {
            let (k, _, _) = key_row(i).expect("row");
            assert!(may_be_key(text(k)), "{}", text(k));
        }
        let words = "the and coffee drinkers who buy online every week young moms with kids gamers students retirees living on a pension in their twenties";
        let phrases: Vec<String> = (0..300)
            .map(|i| format!("{} {i}", words.split(' ').nth(i % 22).unwrap_or("x")))
            .collect();
        let passed = phrases.iter().filter(|p| may_be_key(&normalize(p))).count();
        assert!(passed < 15, "{passed} of 300 non-keys pass the filter");
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
        assert_eq!(loc("Narnia"), None);
        assert_eq!(loc("Atlantis"), None);
        assert_eq!(
            loc("Marikina, Philippines").as_deref(),
            Some("Marikina, Philippines")
        );
        assert_eq!(
            loc("Selangor, Malaysia").as_deref(),
            Some("Selangor, Malaysia")
        );
        assert_eq!(loc("Bavaria").as_deref(), Some("Bavaria, Germany"));
        assert_eq!(loc("Atlantis, Philippines").as_deref(), Some("Philippines"));
    }

    #[test]
    fn distance() {
        assert_eq!(bounded_distance("jakarta", "jakarta", 1), Some(0));
        assert_eq!(bounded_distance("jakrata", "jakarta", 1), Some(1));
        assert_eq!(bounded_distance("bandung", "jakarta", 2), None);
    }
}
