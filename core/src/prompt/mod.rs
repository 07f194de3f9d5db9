//! parse-prompt: turns a marketer's description into group fields, offline, following
//! the conventions of the contract (ages, generations, life stages, gender, places,
//! income classes, occupations, persona counts, a suggested name).
//!
//! Works on a token stream, never on byte offsets of the input, so no input can make
//! it slice inside a character; every lookup is bounded by the 2,000-character limit.

pub mod lexicon;
pub mod refine;

use serde::Serialize;
use serde_json::{Map, Value};

use crate::domain::{Gender, IncomeLevel};
use crate::locale::geo::{self, Gazetteer, Place, PlaceKind};
use lexicon::*;

pub const PROMPT_MAX_CHARS: usize = 2_000;

/// Today's date, injected so that generation ages follow the calendar.
#[derive(Debug, Clone, Copy)]
pub struct Today {
    pub year: i32,
}

impl Today {
    pub fn from_timestamp(t: crate::clock::Timestamp) -> Self {
        let year = time::OffsetDateTime::from_unix_timestamp(t.unix_seconds())
            .map(|d| d.year())
            .unwrap_or(2026);
        Self { year }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ParsedGroup {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age_min: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age_max: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gender: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub income_level: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub occupation: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub persona_count: Option<u8>,
}

impl ParsedGroup {
    pub fn to_json(&self) -> Value {
        serde_json::to_value(self).unwrap_or_else(|_| Value::Object(Map::new()))
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Kind {
    Word,
    Num(u32),
    /// "30s", "30's", "30an".
    Decade(u32),
    Sym(char),
}

#[derive(Debug, Clone)]
struct Tok {
    kind: Kind,
    /// Whitespace came right before this token.
    space: bool,
    /// As written.
    text: String,
    /// Lowercase.
    low: String,
}

fn tokenize(input: &str) -> Vec<Tok> {
    let mut toks: Vec<Tok> = Vec::new();
    let chars: Vec<char> = input.chars().collect();
    let mut i = 0;
    let mut space = true;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
            space = true;
            continue;
        }
        let had_space = std::mem::replace(&mut space, false);
        let first = toks.len();
        if c.is_alphanumeric() {
            let start = i;
            while i < chars.len() && chars[i].is_alphanumeric() {
                i += 1;
            }
            let run: String = chars[start..i].iter().collect();
            let digits = run.chars().take_while(char::is_ascii_digit).count();
            let run_len = run.chars().count();
            if digits == run_len {
                let n = run.parse::<u32>().unwrap_or(u32::MAX);
                toks.push(Tok {
                    kind: Kind::Num(n),
                    low: run.clone(),
                    text: run,
                    space: false,
                });
            } else if digits > 0 {
                let num: String = run.chars().take(digits).collect();
                let rest: String = run.chars().skip(digits).collect();
                let n = num.parse::<u32>().unwrap_or(u32::MAX);
                let rest_low = rest.to_lowercase();
                let decade_suffix = (rest_low == "s" || rest_low == "an") && n % 10 == 0;
                if decade_suffix || rest_low == "somethings" || rest_low == "something" {
                    toks.push(Tok {
                        kind: Kind::Decade(n),
                        low: run.to_lowercase(),
                        text: run,
                        space: false,
                    });
                } else {
                    toks.push(Tok {
                        kind: Kind::Num(n),
                        low: num.clone(),
                        text: num,
                        space: false,
                    });
                    toks.push(Tok {
                        kind: Kind::Word,
                        low: rest_low,
                        text: rest,
                        space: false,
                    });
                }
            } else {
                toks.push(Tok {
                    kind: Kind::Word,
                    low: run.to_lowercase(),
                    text: run,
                    space: false,
                });
            }
            if let Some(t) = toks.get_mut(first) {
                t.space = had_space;
            }
            continue;
        }
        toks.push(Tok {
            kind: Kind::Sym(c),
            text: c.to_string(),
            low: c.to_string(),
            space: had_space,
        });
        i += 1;
    }
    // "30's" and "30-an" are decades too.
    let mut out: Vec<Tok> = Vec::with_capacity(toks.len());
    let mut k = 0;
    while k < toks.len() {
        if let Kind::Num(n) = toks[k].kind {
            let apos = matches!(
                toks.get(k + 1).map(|t| &t.kind),
                Some(Kind::Sym('\'' | '’'))
            );
            let dash = matches!(toks.get(k + 1).map(|t| &t.kind), Some(Kind::Sym('-')));
            let next_low = toks.get(k + 2).map(|t| t.low.as_str());
            let tens = n % 10 == 0 && n >= 10;
            if tens && ((apos && next_low == Some("s")) || (dash && next_low == Some("an")))
                || dash && matches!(next_low, Some("somethings" | "something"))
            {
                out.push(Tok {
                    kind: Kind::Decade(n),
                    text: format!("{n}s"),
                    low: format!("{n}s"),
                    space: toks[k].space,
                });
                k += 3;
                continue;
            }
        }
        // "twenty-somethings": a word decade.
        if let Some(n) = word_tens(&toks[k].low) {
            let dash = matches!(toks.get(k + 1).map(|t| &t.kind), Some(Kind::Sym('-')));
            let next_low = toks.get(k + 2).map(|t| t.low.as_str());
            if dash && matches!(next_low, Some("somethings" | "something")) {
                out.push(Tok {
                    kind: Kind::Decade(n),
                    text: format!("{n}s"),
                    low: format!("{n}s"),
                    space: toks[k].space,
                });
                k += 3;
                continue;
            }
        }
        out.push(toks[k].clone());
        k += 1;
    }
    out
}

/// Plural nouns for people by their form: "exporters", "tourists", "technicians".
fn agent_plural(w: &str) -> bool {
    w.chars().count() >= 6
        && w.chars().all(|c| c.is_ascii_lowercase())
        && ["ers", "ors", "ists", "ians", "ants", "ents", "ees", "ies"]
            .iter()
            .any(|s| w.ends_with(s))
        && !matches!(
            w,
            "others"
                | "offers"
                | "letters"
                | "papers"
                | "corners"
                | "stickers"
                | "posters"
                | "dinners"
                | "covers"
                | "sneakers"
                | "computers"
                | "containers"
                | "products"
                | "events"
                | "movies"
                | "stories"
                | "cities"
                | "countries"
                | "categories"
                | "parties"
                | "flowers"
                | "burgers"
                | "centers"
                | "markets"
                | "numbers"
                | "members"
                | "orders"
                | "monsters"
                | "towers"
                | "trailers"
                | "speakers"
                | "ingredients"
                | "restaurants"
                | "plants"
                | "series"
                | "properties"
        )
}

fn word_tens(w: &str) -> Option<u32> {
    Some(match w {
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

struct Parser<'a> {
    toks: Vec<Tok>,
    /// Indices of word and number tokens: what phrase matching walks.
    words: Vec<usize>,
    today: Today,
    input: &'a str,
    /// Tokens already explained (persona counts, money): never ages.
    consumed: Vec<bool>,
    /// Word positions ordered by their lowercase text (`by_len`; ties by position), so `find`
    /// binary-searches a phrase's first word instead of scanning the prompt for every
    /// one of the lexicon's phrases (most of a parse's time before).
    by_text: Vec<usize>,
}

/// How a life stage is tied to the generation before it.
#[derive(Clone, Copy)]
enum Joined {
    Including,
    And,
}

/// The order of `Parser::by_text`: length first, so most comparisons skip the bytes.
fn by_len(s: &str) -> (usize, &[u8]) {
    (s.len(), s.as_bytes())
}

type Range = (Option<u8>, Option<u8>);
/// Life-stage phrases with the ages they imply (no upper bound for seniors).
type Stage = (&'static [&'static [&'static str]], u32, Option<u32>);
/// Generation phrases with their Pew birth years.
type Generation = (&'static [&'static [&'static str]], i32, i32);

impl<'a> Parser<'a> {
    fn new(input: &'a str, today: Today) -> Self {
        let toks = tokenize(input);
        let words: Vec<usize> = toks
            .iter()
            .enumerate()
            .filter(|(_, t)| !matches!(t.kind, Kind::Sym(_)))
            .map(|(i, _)| i)
            .collect();
        let consumed = vec![false; toks.len()];
        let mut by_text: Vec<usize> = (0..words.len()).collect();
        by_text.sort_by_key(|&w| by_len(&toks[words[w]].low));
        Self {
            toks,
            words,
            today,
            input,
            consumed,
            by_text,
        }
    }

    fn low(&self, i: usize) -> &str {
        self.toks.get(i).map(|t| t.low.as_str()).unwrap_or("")
    }

    fn is_sym(&self, i: usize, chars: &[char]) -> bool {
        matches!(self.toks.get(i).map(|t| &t.kind), Some(Kind::Sym(c)) if chars.contains(c))
    }

    /// The word-level position of token `i`, if it is a word or number.
    fn wpos(&self, i: usize) -> Option<usize> {
        self.words.binary_search(&i).ok()
    }

    /// Lowercase words before token `i` (nearest last), up to `n`.
    fn words_before(&self, i: usize, n: usize) -> Vec<&str> {
        let Some(w) = self.wpos(i) else { return vec![] };
        let start = w.saturating_sub(n);
        self.words[start..w]
            .iter()
            .map(|&t| self.toks[t].low.as_str())
            .collect()
    }

    fn words_after(&self, i: usize, n: usize) -> Vec<&str> {
        let Some(w) = self.wpos(i) else { return vec![] };
        self.words
            .iter()
            .skip(w + 1)
            .take(n)
            .map(|&t| self.toks[t].low.as_str())
            .collect()
    }

    fn ends_with(before: &[&str], phrase: &[&str]) -> bool {
        before.len() >= phrase.len() && before[before.len() - phrase.len()..] == *phrase
    }

    fn starts_with(after: &[&str], phrase: &[&str]) -> bool {
        after.len() >= phrase.len() && after[..phrase.len()] == *phrase
    }

    /// Word positions where `phrase` occurs.
    fn find(&self, phrase: &[&str]) -> Vec<usize> {
        self.occurrences(phrase).collect()
    }

    fn has(&self, phrase: &[&str]) -> bool {
        self.occurrences(phrase).next().is_some()
    }

    /// `find` without collecting.
    fn occurrences<'p>(&'p self, phrase: &'p [&str]) -> impl Iterator<Item = usize> + 'p {
        let text = |w: usize| self.toks[self.words[w]].low.as_str();
        let (first, rest, candidates) = match phrase.split_first() {
            Some((&first, rest)) => {
                let start = self
                    .by_text
                    .partition_point(|&w| by_len(text(w)) < by_len(first));
                (first, rest, &self.by_text[start..])
            }
            None => ("", phrase, &[][..]),
        };
        // The sort is stable over positions, so equal words stay in prompt order.
        candidates
            .iter()
            .take_while(move |&&w| text(w) == first)
            .copied()
            .filter(move |&w| {
                w + phrase.len() <= self.words.len()
                    && rest.iter().enumerate().all(|(k, p)| text(w + 1 + k) == *p)
            })
    }

    /// Whether the phrase at word position `w` names someone else than the audience:
    /// the object of a relation ("wives of OFWs", "parents of teenagers", "moms with
    /// teens", "asawa ng OFW", "ibu dari mahasiswa").
    fn is_object(&self, w: usize) -> bool {
        let at = |k: usize| self.toks[self.words[k]].low.as_str();
        // Look back over up to three modifiers ("parents of young college students")
        // for the link, without crossing a clause or punctuation.
        let mut k = w;
        for _ in 0..4 {
            if k < 2 {
                return false;
            }
            if (self.words[k - 1]..self.words[k])
                .any(|x| self.is_sym(x, &[',', '.', ';', ':', '(', ')', '!', '?', '|']))
            {
                return false;
            }
            let prev = at(k - 1);
            let link = if matches!(
                (at(k - 2), prev),
                ("na", "may") | ("yang", "punya") | ("who", "have")
            ) {
                Some(k - 2)
            } else if matches!(prev, "of" | "with" | "ng" | "dari" | "dengan" | "for") {
                Some(k - 1)
            } else {
                None
            };
            if let Some(l) = link {
                return l > 0 && RELATIONS.contains(&at(l - 1));
            }
            if OBJECT_STOPS.contains(&prev) {
                return false;
            }
            k -= 1;
        }
        false
    }

    /// "students at UP Diliman", "estudyante sa kolehiyo": students of a university.
    fn students_at_college(&self) -> bool {
        let student = [
            "students",
            "student",
            "estudyante",
            "estudyantes",
            "siswa",
            "pelajar",
        ]
        .iter()
        .any(|t| self.find(&[t]).into_iter().any(|w| !self.is_object(w)));
        student
            && self.words.iter().any(|&t| {
                let tok = &self.toks[t];
                COLLEGE_WORDS.contains(&tok.low.as_str())
                    || COLLEGE_CODES.contains(&tok.text.as_str())
            })
    }

    // ---------------------------------------------------------------- numbers

    /// A number that is money, a count, a year, a percentage or part of a name.
    fn is_decoy(&self, i: usize) -> bool {
        if self.consumed.get(i).copied().unwrap_or(true) {
            return true;
        }
        let Kind::Num(n) = self.toks[i].kind else {
            return false;
        };
        if n > 120 {
            return true;
        }
        // Symbols glued around the number: "$50", "#1", "1,000", "2.5".
        if i > 0 && self.is_sym(i - 1, &['$', '₱', '€', '£', '¥', '₹', '₩', '฿', '₫', '#'])
        {
            return true;
        }
        let glued_after_digit = i > 1
            && !self.toks[i].space
            && !self.toks[i - 1].space
            && matches!(self.toks[i - 2].kind, Kind::Num(_));
        if glued_after_digit && self.is_sym(i - 1, &['.', ',']) {
            return true;
        }
        if self.is_sym(i + 1, &['.', ','])
            && self.toks.get(i + 1).is_some_and(|t| !t.space)
            && self
                .toks
                .get(i + 2)
                .is_some_and(|t| !t.space && matches!(t.kind, Kind::Num(_)))
        {
            return true;
        }
        if self.is_sym(i + 1, &['%']) {
            return true;
        }
        // Glued letters: "7-Eleven", "S24", "5k".
        if self.is_sym(i + 1, &['-']) && matches!(self.low(i + 2), "eleven" | "11") {
            return true;
        }
        let before = self.words_before(i, 1);
        let after = self.words_after(i, 1);
        if let Some(b) = before.last() {
            if CURRENCY_BEFORE.contains(b) && !matches!(*b, "s" | "us" | "p") {
                return true;
            }
            // "P500", "S$", "US$" are handled by the glued symbol; bare "p 500" too.
            if (*b == "p" || *b == "us")
                && i > 0
                && !self.is_sym(i - 1, &['-'])
                && self.toks[i - 1].low == *b
            {
                return true;
            }
            // "iPhone 15", "class 10" — but not "AB class, 45-60", where a comma
            // ends the name.
            if MODEL_BEFORE.contains(b) && i > 0 && self.toks[i - 1].low == *b {
                return true;
            }
        }
        if let Some(a) = after.first() {
            if UNIT_AFTER.contains(a) {
                return true;
            }
        }
        false
    }

    /// "N years" without "old" is a duration ("10 years of experience").
    fn is_duration(&self, i: usize) -> bool {
        let after = self.words_after(i, 3);
        match after.first() {
            Some(&("years" | "year" | "yrs" | "yr")) => {
                !after
                    .iter()
                    .skip(1)
                    .any(|w| matches!(*w, "old" | "of" | "and" | "or" | "above" | "below" | "plus"))
                    || after.get(1).is_some_and(|w| *w == "of")
                        && after.get(2).is_some_and(|w| *w != "age")
            }
            Some(&("tahun" | "taon")) => after.get(1).is_some_and(|w| {
                matches!(
                    *w,
                    "pengalaman" | "lalu" | "bekerja" | "experience" | "ago" | "nang" | "sa"
                )
            }),
            _ => false,
        }
    }

    fn persona_count(&mut self) -> Option<u8> {
        for w in 0..self.words.len() {
            let i = self.words[w];
            let next = self.words.get(w + 1).map(|&t| self.toks[t].low.as_str());
            let next2 = self.words.get(w + 2).map(|&t| self.toks[t].low.as_str());
            let persona_word = |s: Option<&str>| {
                matches!(s, Some("personas" | "persona" | "profiles" | "profile"))
            };
            let n = match &self.toks[i].kind {
                Kind::Num(n) => Some(*n),
                Kind::Word => NUMBER_WORDS
                    .iter()
                    .find(|(k, _)| *k == self.toks[i].low)
                    .map(|(_, v)| *v),
                _ => None,
            };
            let Some(n) = n else { continue };
            let next3 = self.words.get(w + 3).map(|&t| self.toks[t].low.as_str());
            // "3 customer personas", "5 x personas", "4 detailed buyer personas".
            let modifier = |s: Option<&str>| {
                s.is_some_and(|s| {
                    !matches!(
                        s,
                        "years"
                            | "year"
                            | "yrs"
                            | "yr"
                            | "old"
                            | "yo"
                            | "of"
                            | "and"
                            | "to"
                            | "or"
                            | "tahun"
                            | "taon"
                    ) && s.chars().all(char::is_alphabetic)
                        && !NUMBER_WORDS.iter().any(|(k, _)| *k == s)
                })
            };
            let modified = modifier(next) && persona_word(next2)
                || modifier(next) && modifier(next2) && persona_word(next3);
            if modified && !(1..=10).contains(&n) {
                continue;
            }
            let is_count = persona_word(next) || modified;
            if is_count && n > 0 {
                self.consumed[i] = true;
                return u8::try_from(n).ok().filter(|n| (1..=10).contains(n));
            }
            if is_count {
                self.consumed[i] = true;
            }
        }
        // "a persona of a nurse", "one single persona": one.
        for w in 0..self.words.len() {
            let low = |k: usize| self.words.get(k).map(|&t| self.toks[t].low.as_str());
            let single = matches!(low(w), Some("a" | "an" | "one" | "single" | "isang"))
                && (low(w + 1) == Some("persona")
                    || matches!(low(w + 1), Some("single" | "detailed" | "sample" | "new"))
                        && low(w + 2) == Some("persona"));
            let after = if low(w + 1) == Some("persona") {
                w + 2
            } else {
                w + 3
            };
            if single
                && !matches!(
                    low(after),
                    Some("group" | "groups" | "set" | "segment" | "mix")
                )
            {
                return Some(1);
            }
        }
        // Labelled counts: "Personas: 4", "number of personas = 6", "persona count: 3".
        for w in 0..self.words.len() {
            let low = |k: usize| self.words.get(k).map(|&t| self.toks[t].low.as_str());
            let label_end = match (low(w), low(w + 1), low(w + 2)) {
                (Some("number" | "no"), Some("of"), Some("personas" | "persona" | "profiles")) => {
                    w + 2
                }
                (Some("persona" | "personas"), Some("count" | "number"), _) => w + 1,
                (Some("personas" | "persona" | "profiles" | "jumlah"), _, _) => w,
                _ => continue,
            };
            let Some(&n_tok) = self.words.get(label_end + 1) else {
                continue;
            };
            let label_tok = self.words[label_end];
            let colon = (label_tok + 1..n_tok).any(|k| self.is_sym(k, &[':', '=']));
            let age_after = self.words.get(label_end + 2).is_some_and(|&t| {
                matches!(
                    self.toks[t].low.as_str(),
                    "year" | "years" | "yr" | "yrs" | "yo" | "y" | "tahun" | "taon" | "anyos"
                )
            });
            if let (true, false, Kind::Num(n)) = (colon, age_after, &self.toks[n_tok].kind) {
                if (1..=10).contains(n) {
                    let n = *n as u8;
                    self.consumed[n_tok] = true;
                    return Some(n);
                }
            }
        }
        None
    }

    /// "Income: high", "income level - middle": a labelled income field.
    fn labelled_income(&self) -> Option<IncomeLevel> {
        for w in 0..self.words.len() {
            if self.toks[self.words[w]].low != "income" && self.toks[self.words[w]].low != "ses" {
                continue;
            }
            let mut k = w + 1;
            if self.words.get(k).is_some_and(|&t| {
                matches!(
                    self.toks[t].low.as_str(),
                    "level" | "bracket" | "group" | "class" | "segment"
                )
            }) {
                k += 1;
            }
            let Some(&v) = self.words.get(k) else {
                continue;
            };
            let label = self.words[k - 1];
            if !(label + 1..v).any(|x| self.is_sym(x, &[':', '=', '-', '–'])) {
                continue;
            }
            return match self.toks[v].low.as_str() {
                "high" | "upper" | "affluent" | "premium" | "tinggi" | "atas" => {
                    Some(IncomeLevel::High)
                }
                "middle" | "medium" | "mid" | "average" | "menengah" | "sederhana" => {
                    Some(IncomeLevel::Middle)
                }
                "low" | "lower" | "rendah" | "bawah" => Some(IncomeLevel::Low),
                _ => None,
            };
        }
        None
    }

    // ------------------------------------------------------------------- ages

    fn range_word(&self, i: usize) -> bool {
        self.is_sym(i, &['-', '–', '—', '~'])
            || matches!(
                self.low(i),
                "to" | "hanggang"
                    | "hingga"
                    | "sampai"
                    | "sampe"
                    | "until"
                    | "till"
                    | "thru"
                    | "through"
                    | "sa"
                    | "ke"
                    | "hanggan"
            )
    }

    /// Explicit numeric ages: ranges, decades, bounds and single ages.
    fn explicit_ages(&self) -> Option<Range> {
        let mut ranges: Vec<(u32, u32)> = Vec::new();
        let mut mins: Vec<u32> = Vec::new();
        let mut maxs: Vec<u32> = Vec::new();
        let mut singles: Vec<u32> = Vec::new();
        let n = self.toks.len();
        let mut i = 0;
        while i < n {
            match self.toks[i].kind.clone() {
                Kind::Num(a) if !self.is_decoy(i) => {
                    // Range: "25-34", "25 to 34", "between 25 and 34".
                    let mut j = i + 1;
                    let mut is_range = false;
                    if self.range_word(j) {
                        j += 1;
                        if self.range_word(j) {
                            j += 1;
                        }
                        is_range = true;
                    } else if matches!(self.low(j), "and" | "dan" | "at" | "&")
                        || self.is_sym(j, &['&'])
                    {
                        let before = self.words_before(i, 2);
                        is_range = before.iter().any(|w| {
                            matches!(
                                *w,
                                "between"
                                    | "antara"
                                    | "from"
                                    | "mula"
                                    | "dari"
                                    | "ages"
                                    | "aged"
                                    | "edad"
                            )
                        });
                        j += 1;
                    }
                    if is_range {
                        if let Kind::Num(b) = self
                            .toks
                            .get(j)
                            .map(|t| t.kind.clone())
                            .unwrap_or(Kind::Sym(' '))
                        {
                            let decoy_b = self.is_sym(j + 1, &['%'])
                                || self
                                    .words_after(j, 1)
                                    .first()
                                    .is_some_and(|w| UNIT_AFTER.contains(w));
                            if !decoy_b && b <= 120 && a <= b && b >= 13 && !(a < 13 && b < 18) {
                                ranges.push((a, b));
                                i = j + 1;
                                continue;
                            }
                        }
                        if let Some(Kind::Decade(b)) = self.toks.get(j).map(|t| t.kind.clone()) {
                            if a <= b + 9 && b >= 10 {
                                ranges.push((a, b + 9));
                                i = j + 1;
                                continue;
                            }
                        }
                    }
                    let before = self.words_before(i, 3);
                    let after = self.words_after(i, 4);
                    // "30 and 40 year olds" is not a lower bound on 30.
                    let plus = self.is_sym(i + 1, &['+']);
                    let and_up = [
                        &["and", "above"][..],
                        &["and", "over"],
                        &["and", "older"],
                        &["or", "older"],
                        &["or", "above"],
                        &["and", "up"],
                        &["pataas"],
                        &["ke", "atas"],
                        &["keatas"],
                        &["tahun", "ke", "atas"],
                        &["at", "pataas"],
                        &["years", "and", "older"],
                        &["years", "and", "above"],
                        &["years", "old", "and", "above"],
                        &["years", "old", "and", "older"],
                        &["yrs", "and", "above"],
                        &["years", "and", "up"],
                        &["above"],
                        &["plus"],
                        &["taong", "gulang", "pataas"],
                        &["tahun", "keatas"],
                        &["dan", "ke", "atas"],
                        &["dan", "keatas"],
                    ];
                    let and_down = [
                        &["and", "below"][..],
                        &["and", "under"],
                        &["and", "younger"],
                        &["or", "younger"],
                        &["or", "below"],
                        &["pababa"],
                        &["ke", "bawah"],
                        &["kebawah"],
                        &["tahun", "ke", "bawah"],
                        &["and", "less"],
                        &["years", "and", "below"],
                        &["years", "and", "under"],
                        &["years", "old", "and", "below"],
                        &["years", "old", "and", "under"],
                    ];
                    if plus || and_up.iter().any(|p| Self::starts_with(&after, p)) {
                        mins.push(a);
                    } else if and_down.iter().any(|p| Self::starts_with(&after, p)) {
                        maxs.push(a);
                    } else if [
                        &["at", "least"][..],
                        &["minimum"],
                        &["min"],
                        &["minimal"],
                        &["sekurang", "kurangnya"],
                        &["paling", "tidak"],
                        &["no", "younger", "than"],
                        &["not", "younger", "than"],
                        &["atleast"],
                    ]
                    .iter()
                    .any(|p| Self::ends_with(&before, p))
                    {
                        if !self.is_duration(i) {
                            mins.push(a);
                        }
                    } else if [
                        &["no", "older", "than"][..],
                        &["not", "older", "than"],
                        &["no", "more", "than"],
                        &["not", "more", "than"],
                        &["not", "over"],
                    ]
                    .iter()
                    .any(|p| Self::ends_with(&before, p))
                    {
                        if !self.is_duration(i) {
                            maxs.push(a);
                        }
                    } else if [
                        &["over"][..],
                        &["above"],
                        &["older", "than"],
                        &["more", "than"],
                        &["di", "atas"],
                        &["lebih", "dari"],
                        &["lebih"],
                        &["mahigit"],
                        &["higit", "sa"],
                        &["lampas"],
                        &["past"],
                        &["beyond"],
                        &["atas"],
                        &["melebihi"],
                    ]
                    .iter()
                    .any(|p| Self::ends_with(&before, p))
                    {
                        if !self.is_duration(i) {
                            mins.push(a + 1);
                        }
                    } else if [
                        &["under"][..],
                        &["below"],
                        &["younger", "than"],
                        &["less", "than"],
                        &["di", "bawah"],
                        &["bawah"],
                        &["kurang", "dari"],
                        &["wala", "pang"],
                        &["bellow"],
                    ]
                    .iter()
                    .any(|p| Self::ends_with(&before, p))
                    {
                        if !self.is_duration(i) {
                            maxs.push(a.saturating_sub(1));
                        }
                    } else if [
                        &["up", "to"][..],
                        &["hanggang"],
                        &["sampai"],
                        &["hingga"],
                        &["maximum"],
                        &["max"],
                        &["at", "most"],
                        &["not", "older", "than"],
                        &["no", "older", "than"],
                        &["maksimal"],
                    ]
                    .iter()
                    .any(|p| Self::ends_with(&before, p))
                    {
                        if !self.is_duration(i) {
                            maxs.push(a);
                        }
                    } else {
                        // A single age: "35-year-old", "35 years old", "aged 35", "35yo".
                        let yo = [
                            &["year", "old"][..],
                            &["years", "old"],
                            &["yr", "old"],
                            &["yrs", "old"],
                            &["yo"],
                            &["y", "o"],
                            &["year", "olds"],
                            &["yos"],
                            &["taong", "gulang"],
                            &["anyos"],
                            &["yrs"],
                        ];
                        let aged_before = before.last().is_some_and(|w| {
                            matches!(
                                *w,
                                "aged"
                                    | "age"
                                    | "usia"
                                    | "umur"
                                    | "berusia"
                                    | "berumur"
                                    | "edad"
                                    | "ages"
                                    | "umurnya"
                            )
                        });
                        let tahun_after = after
                            .first()
                            .is_some_and(|w| matches!(*w, "tahun" | "taon"))
                            && aged_before;
                        if yo.iter().any(|p| Self::starts_with(&after, p))
                            || aged_before
                            || tahun_after
                        {
                            singles.push(a);
                        }
                    }
                }
                Kind::Decade(d) => {
                    let (lo, hi) = self.decade_range(i, d);
                    // "over-50s", "under-30s" (UK): bounds, not decades.
                    let before = self.words_before(i, 2);
                    let over = [&["over"][..], &["above"], &["older", "than"]]
                        .iter()
                        .any(|p| Self::ends_with(&before, p));
                    let under = [&["under"][..], &["below"], &["younger", "than"]]
                        .iter()
                        .any(|p| Self::ends_with(&before, p));
                    if d >= 10 && (over || under) {
                        if over {
                            mins.push(d + 1);
                        } else {
                            maxs.push(d.saturating_sub(1));
                        }
                        i += 1;
                        continue;
                    }
                    // "20s and 30s", "20s-30s", "late 20s to early 30s".
                    if let Some((hi2, next)) = self.joined_decade(i, d) {
                        ranges.push((lo, hi2));
                        i = next;
                        continue;
                    }
                    if (10..=90).contains(&d) && d % 10 == 0 {
                        ranges.push((lo, hi));
                    }
                }
                Kind::Word => {
                    if let Some(d) = word_decade(&self.toks[i].low) {
                        let (lo, hi) = self.decade_range(i, d);
                        // "twenties and thirties", "late twenties to early thirties".
                        if let Some((hi2, next)) = self.joined_decade(i, d) {
                            ranges.push((lo, hi2));
                            i = next;
                            continue;
                        }
                        ranges.push((lo, hi));
                    }
                }
                _ => {}
            }
            i += 1;
        }
        let clamp = |v: u32| v.min(100) as u8;
        // Several ranges describe several segments of one group ("women 25-34 and men
        // 35-44"): the group spans them all.
        let lo = ranges.iter().map(|r| r.0).min();
        let hi = ranges.iter().map(|r| r.1).max();
        if let (Some(a), Some(b)) = (lo, hi) {
            return Some((Some(clamp(a.max(13))), Some(clamp(b))));
        }
        let min = mins.into_iter().filter(|m| (13..=100).contains(m)).max();
        let max = maxs.into_iter().filter(|m| (13..=100).contains(m)).min();
        if min.is_some() || max.is_some() {
            return Some((min.map(clamp), max.map(clamp)));
        }
        singles
            .into_iter()
            .find(|s| (13..=100).contains(s))
            .map(|s| (Some(clamp(s)), Some(clamp(s))))
    }

    /// The later decade joined to decade `d` at token `i` ("20s and 30s", "late 20s to
    /// early 30s", "twenties/thirties"): its upper bound and the token after it.
    fn joined_decade(&self, i: usize, d: u32) -> Option<(u32, usize)> {
        let j = i + 1;
        let joiner = self.range_word(j)
            || matches!(self.low(j), "and" | "or" | "dan" | "at")
            || self.is_sym(j, &['/', '&']);
        if !joiner {
            return None;
        }
        let (k, d2) = self.decade_at(j + 1)?;
        (d2 > d).then(|| (self.decade_range(k, d2).1, k + 1))
    }

    /// The decade that starts at token `j`, past one early/mid/late modifier (the second
    /// half of "late 20s and early 30s"): its token and its value.
    fn decade_at(&self, j: usize) -> Option<(usize, u32)> {
        let at = |k: usize| -> Option<(usize, u32)> {
            let t = self.toks.get(k)?;
            match t.kind {
                Kind::Decade(d) => Some((k, d)),
                Kind::Word => word_decade(&t.low).map(|d| (k, d)),
                _ => None,
            }
        };
        if let Some(found) = at(j) {
            return Some(found);
        }
        let modifier = matches!(
            self.low(j),
            "early" | "mid" | "late" | "middle" | "awal" | "akhir" | "pertengahan" | "lewat"
        );
        if !modifier {
            return None;
        }
        // "mid-30s": the modifier and the decade may be split by a hyphen.
        at(if self.is_sym(j + 1, &['-']) {
            j + 2
        } else {
            j + 1
        })
    }

    /// A decade with its early/mid/late modifier, looking back from token `i`.
    fn decade_range(&self, i: usize, d: u32) -> (u32, u32) {
        let before = self.words_before(i, 3);
        let prev = before.last().copied().unwrap_or("");
        let combo = |a: &str, b: &str| {
            Self::ends_with(&before, &[a, "to", b]) || Self::ends_with(&before, &[a, b])
        };
        let (early, mid, late) = if combo("early", "mid") {
            (true, true, false)
        } else if combo("mid", "late") {
            (false, true, true)
        } else {
            (
                matches!(prev, "early" | "awal"),
                matches!(prev, "mid" | "pertengahan" | "middle"),
                matches!(prev, "late" | "akhir" | "lewat"),
            )
        };
        let d = if d < 10 { d * 10 } else { d };
        match (early, mid, late) {
            (true, true, false) => (d, d + 6),
            (false, true, true) => (d + 4, d + 9),
            (true, false, false) => (d, d + 3),
            (false, true, false) => (d + 4, d + 6),
            (false, false, true) => (d + 7, d + 9),
            _ => (d, d + 9),
        }
    }

    fn generation_and_stage(&self) -> Option<Range> {
        let y = self.today.year;
        // (word phrases, earliest birth year, latest birth year)
        let gens: [Generation; 4] = [
            (
                &[
                    &["gen", "z"],
                    &["genz"],
                    &["generation", "z"],
                    &["zoomers"],
                    &["zoomer"],
                    &["gen", "zers"],
                    &["gen", "zs"],
                    &["gen", "z", "ers"],
                    &["gen", "zer"],
                    &["generasi", "z"],
                    &["generation", "zoomers"],
                ],
                1997,
                2012,
            ),
            (
                &[
                    &["millennials"],
                    &["millennial"],
                    &["millenials"],
                    &["millenial"],
                    &["milenial"],
                    &["milenials"],
                    &["milennials"],
                    &["milennial"],
                    &["millenails"],
                    &["millenian"],
                    &["generasi", "milenial"],
                    &["generasi", "y"],
                    &["milenyal"],
                    &["gen", "y"],
                    &["generation", "y"],
                    &["gen", "yers"],
                ],
                1981,
                1996,
            ),
            (
                &[
                    &["gen", "x"],
                    &["generation", "x"],
                    &["gen", "xers"],
                    &["gen", "xer"],
                    &["genx"],
                    &["generasi", "x"],
                ],
                1965,
                1980,
            ),
            (
                &[
                    &["boomers"],
                    &["boomer"],
                    &["baby", "boomers"],
                    &["babyboomers"],
                ],
                1946,
                1964,
            ),
        ];
        let teens = ["teens", "teenagers", "teenager", "teen", "remaja"]
            .iter()
            .any(|t| self.find(&[t]).into_iter().any(|w| !self.is_object(w)));
        let mut gen_range: Option<(u32, u32)> = None;
        for (phrases, first, last) in gens {
            if phrases.iter().any(|p| self.has(p)) {
                let lo = (y - last).max(0) as u32;
                let hi = (y - first).max(0) as u32;
                gen_range = Some(match gen_range {
                    Some((a, b)) => (a.min(lo), b.max(hi)),
                    None => (lo, hi),
                });
            }
        }
        // Gen Z is floored at 18 unless teens are named.
        if let Some((lo, hi)) = gen_range {
            if lo < 18 && !teens {
                gen_range = Some((18, hi));
            }
        }
        let stages: [Stage; 9] = [
            (
                &[
                    &["teens"],
                    &["teenagers"],
                    &["teenager"],
                    &["teen"],
                    &["remaja"],
                    &["adolescents"],
                ],
                13,
                Some(19),
            ),
            (
                &[
                    &["college", "students"],
                    &["university", "students"],
                    &["college", "student"],
                    &["mahasiswa"],
                    &["mahasiswi"],
                    &["uni", "students"],
                    &["undergrads"],
                    &["undergraduates"],
                    &["college", "kids"],
                    &["pelajar", "universiti"],
                    &["pelajar", "kolej"],
                    &["pelajar", "ipt"],
                ],
                18,
                Some(24),
            ),
            (
                &[
                    &["young", "adults"],
                    &["young", "adult"],
                    &["dewasa", "muda"],
                    &["anak", "muda"],
                    &["orang", "muda"],
                ],
                18,
                Some(29),
            ),
            (
                &[
                    &["young", "professionals"],
                    &["young", "professional"],
                    &["yuppies"],
                    &["profesional", "muda"],
                    &["pekerja", "profesional", "muda"],
                    &["batang", "propesyonal"],
                ],
                22,
                Some(35),
            ),
            (
                &[
                    &["middle", "aged"],
                    &["middle", "age"],
                    &["paruh", "baya"],
                    &["separuh", "umur"],
                ],
                40,
                Some(60),
            ),
            (
                &[
                    &["seniors"],
                    &["senior", "citizens"],
                    &["senior", "citizen"],
                    &["warga", "lanjut", "usia"],
                    &["retirees"],
                    &["retired"],
                    &["elderly"],
                    &["older", "adults"],
                    &["pensioners"],
                    &["lansia"],
                    &["warga", "emas"],
                    &["pensiunan"],
                    &["warga", "senior"],
                    &["lolo", "at", "lola"],
                ],
                60,
                None,
            ),
            (&[&["young", "parents"]], 22, Some(35)),
            (&[&["new", "parents"]], 22, Some(40)),
            (
                &[
                    &["fresh", "graduates"],
                    &["fresh", "grads"],
                    &["new", "graduates"],
                ],
                21,
                Some(25),
            ),
        ];
        let mut stage_range: Option<(u32, Option<u32>)> = None;
        // How the life stage is tied to a generation named before it, if it is.
        let mut joined: Option<Joined> = None;
        for (phrases, lo, hi) in stages {
            if stage_range.is_some() {
                break;
            }
            // "senior high school" and "senior managers" are not seniors.
            let at = phrases.iter().find_map(|p| {
                self.find(p).into_iter().find(|&w| {
                    let next = self
                        .words
                        .get(w + p.len())
                        .map(|&t| self.toks[t].low.as_str());
                    (!(p == &["seniors"]
                        || p == &["senior", "citizens"]
                        || p == &["senior", "citizen"])
                        || !matches!(next, Some("high" | "managers" | "executives" | "engineers")))
                        && !self.is_object(w)
                })
            });
            if at.is_some() || lo == 18 && hi == Some(24) && self.students_at_college() {
                stage_range = Some((lo, hi));
                joined = at.and_then(|w| self.joined_to_generation(w));
            }
        }
        match (gen_range, stage_range, joined) {
            // "Gen Z including teenagers": the generation, its teens included.
            (Some((lo, hi)), Some(_), Some(Joined::Including)) => {
                Some((Some(lo.max(13) as u8), Some(hi.min(100) as u8)))
            }
            // "Gen Z and teens", "Boomers plus retirees": both groups.
            (Some((glo, ghi)), Some((slo, shi)), Some(Joined::And)) => {
                let hi = shi.map(|s| s.max(ghi).min(100) as u8);
                Some((Some(glo.min(slo).max(13) as u8), hi))
            }
            // "Gen Z teens": the stage narrows the generation.
            (Some((glo, ghi)), Some((slo, shi)), None) => {
                let lo = glo.max(slo);
                let hi = shi.map_or(ghi, |s| s.min(ghi));
                if lo <= hi {
                    Some((Some(lo as u8), Some(hi.min(100) as u8)))
                } else {
                    Some((Some(glo as u8), Some(ghi.min(100) as u8)))
                }
            }
            (Some((lo, hi)), None, _) => Some((Some(lo.max(13) as u8), Some(hi.min(100) as u8))),
            (None, Some((lo, hi)), _) => Some((Some(lo as u8), hi.map(|h| h as u8))),
            (None, None, _) => None,
        }
    }

    /// Whether the life stage at word `w` is added to a generation named just before it
    /// ("Gen Z including teens", "millennials and young professionals") rather than
    /// narrowing it ("Gen Z teens").
    fn joined_to_generation(&self, w: usize) -> Option<Joined> {
        let at = |k: usize| self.toks[self.words[k]].low.as_str();
        let before: Vec<&str> = (w.saturating_sub(3)..w).map(at).collect();
        let ends = |p: &[&str]| Self::ends_with(&before, p);
        if ends(&["including"]) || ends(&["incl"]) || ends(&["termasuk"]) || ends(&["even"]) {
            Some(Joined::Including)
        } else if ends(&["and"])
            || ends(&["or"])
            || ends(&["plus"])
            || ends(&["as", "well", "as"])
            || ends(&["dan"])
            || ends(&["at"])
        {
            Some(Joined::And)
        } else {
            None
        }
    }

    fn ages(&self) -> Range {
        let r = self
            .explicit_ages()
            .or_else(|| self.generation_and_stage())
            .unwrap_or((None, None));
        match r {
            (Some(a), Some(b)) if a > b => (None, None),
            (a, b) => (
                a.filter(|v| (13..=100).contains(v)),
                b.filter(|v| (13..=100).contains(v)),
            ),
        }
    }

    // ----------------------------------------------------------------- gender

    fn gender(&self) -> Option<Gender> {
        if ALL_GENDERS.iter().any(|p| self.has(p)) {
            return Some(Gender::All);
        }
        let mut female = false;
        let mut male = false;
        for (w, &i) in self.words.iter().enumerate() {
            let t = &self.toks[i];
            let Some(g) = gender_word(&t.low) else {
                continue;
            };
            // Possessives ("men's grooming") describe products, not people.
            if self.is_sym(i + 1, &['\'', '’']) {
                continue;
            }
            // "moms of boys", "parents of girls": someone else's gender.
            if self.is_object(w) {
                continue;
            }
            // "ibu bapa", "bapak/ibu": parents, no gender.
            if matches!(t.low.as_str(), "ibu" | "bapa" | "bapak") {
                let word = |k: usize| self.words.get(k).map(|&x| self.toks[x].low.as_str());
                let pair = |o: Option<&str>| {
                    o.is_some_and(|o| o != t.low && matches!(o, "ibu" | "bapa" | "bapak"))
                };
                if pair(word(w + 1)) || w > 0 && pair(word(w - 1)) {
                    continue;
                }
            }
            // "…for their husbands": the object, not the audience.
            if w > 0 {
                let prev = self.toks[self.words[w - 1]].low.as_str();
                if matches!(
                    prev,
                    "their" | "her" | "his" | "kanilang" | "kanyang" | "mereka"
                ) {
                    continue;
                }
            }
            // "ibu kota" is a capital city; "mak" alone is too ambiguous unless it is "mak-mak".
            if t.low == "ibu"
                && self
                    .words
                    .get(w + 1)
                    .is_some_and(|&n| self.toks[n].low == "kota")
            {
                continue;
            }
            match g {
                Gender::Female => female = true,
                Gender::Male => male = true,
                Gender::All => {}
            }
        }
        // "mga ate" (older sisters); "ate" alone is English.
        if self.has(&["mga", "ate"]) {
            female = true;
        }
        // "laki-laki" as two words; housewife phrases.
        if self.has(&["laki", "laki"]) {
            male = true;
        }
        if self.has(&["suri", "rumah"]) || self.has(&["maybahay"]) {
            female = true;
        }
        match (female, male) {
            (true, true) => Some(Gender::All),
            (true, false) => Some(Gender::Female),
            (false, true) => Some(Gender::Male),
            _ => None,
        }
    }

    // ----------------------------------------------------------------- income

    fn income(&self) -> Option<IncomeLevel> {
        let mut found: Vec<(usize, IncomeLevel)> = Vec::new();
        let mut covered: Vec<(usize, usize)> = Vec::new();
        let mut phrases: Vec<&(&[&str], IncomeLevel)> = INCOME.iter().collect();
        phrases.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        for (p, level) in phrases {
            for w in self.find(p) {
                let end = w + p.len();
                if covered.iter().any(|(a, b)| w < *b && *a < end) {
                    continue;
                }
                // "masa" also means "time" in Malay/Indonesian ("masa depan", "pada masa").
                if p == &["masa"] {
                    let next = self.words.get(w + 1).map(|&t| self.toks[t].low.as_str());
                    let prev = w
                        .checked_sub(1)
                        .map(|k| self.toks[self.words[k]].low.as_str());
                    if matches!(
                        next,
                        Some(
                            "depan" | "lalu" | "kini" | "lapang" | "itu" | "ini" | "kecil" | "muda"
                        )
                    ) || matches!(prev, Some("pada" | "di" | "waktu" | "sepanjang" | "dalam"))
                    {
                        continue;
                    }
                }
                // "sekolah menengah" is a secondary school.
                if p == &["menengah"]
                    && w.checked_sub(1).is_some_and(|k| {
                        matches!(
                            self.toks[self.words[k]].low.as_str(),
                            "sekolah" | "pelajar" | "siswa"
                        )
                    })
                {
                    continue;
                }
                covered.push((w, end));
                found.push((w, *level));
            }
        }
        // "luxury travellers", "premium segment", "premium car buyers": the top of the
        // market.
        for w in 0..self.words.len().saturating_sub(1) {
            let (a, b) = (
                self.toks[self.words[w]].low.as_str(),
                self.toks[self.words[w + 1]].low.as_str(),
            );
            let c = self
                .words
                .get(w + 2)
                .map(|&k| self.toks[k].low.as_str())
                .unwrap_or("");
            let buyers = |x: &str| {
                matches!(
                    x,
                    "buyers"
                        | "shoppers"
                        | "consumers"
                        | "customers"
                        | "clients"
                        | "owners"
                        | "collectors"
                )
            };
            if matches!(a, "luxury" | "premium" | "high-end" | "upmarket")
                && (PEOPLE.contains(&b)
                    || matches!(b, "segment" | "market" | "tier" | "clients" | "travelers")
                    || (buyers(c) && !STOP.contains(&b)))
                && !covered.iter().any(|(x, y)| w >= *x && w < *y)
            {
                found.push((w, IncomeLevel::High));
            }
        }
        for (w, &i) in self.words.iter().enumerate() {
            let text = self.toks[i].text.as_str();
            let joined = match (self.toks.get(i + 1), self.toks.get(i + 2)) {
                (Some(s), Some(n)) if s.text == "/" => format!("{text}/{}", n.text),
                _ => text.to_owned(),
            };
            for (caps, level) in INCOME_CAPS {
                if (joined == *caps || text == *caps)
                    && !covered.iter().any(|(a, b)| w >= *a && w < *b)
                {
                    // A lone capital "C" only counts as a class next to "class"/"segment".
                    if *caps == "C" {
                        let near = self
                            .words_before(i, 1)
                            .iter()
                            .chain(self.words_after(i, 1).iter())
                            .any(|x| matches!(*x, "class" | "segment" | "kelas" | "sec" | "ses"));
                        if !near {
                            continue;
                        }
                    }
                    found.push((w, *level));
                }
            }
        }
        if let Some(level) = self.labelled_income() {
            return Some(level);
        }
        let mut levels: Vec<IncomeLevel> = found.iter().map(|(_, l)| *l).collect();
        levels.dedup();
        levels.sort_by_key(|l| *l as u8);
        levels.dedup();
        match levels.as_slice() {
            [one] => Some(*one),
            _ => None,
        }
    }

    // ------------------------------------------------------------- occupation

    fn occupation(&self) -> Option<String> {
        let mut best: Option<(usize, usize, &str)> = None;
        for (p, title) in OCCUPATIONS {
            // A phrase of several words needs its first word, in either number.
            if p.len() > 1 && !self.has(&p[..1]) {
                continue;
            }
            // The lists name jobs in the plural; "a marketing manager" is the same job.
            let singular = singular_phrase(p);
            let found = self
                .find(p)
                .into_iter()
                .chain(singular.as_ref().map_or_else(Vec::new, |s| {
                    self.find(&s.iter().map(String::as_str).collect::<Vec<_>>())
                }))
                .filter(|&w| !self.is_object(w))
                .min();
            if let Some(w) = found {
                // Earliest mention wins; at the same place the longer phrase wins.
                let better = match best {
                    None => true,
                    Some((bw, blen, _)) => w < bw || (w == bw && p.len() > blen),
                };
                if better {
                    best = Some((w, p.len(), title));
                }
            }
        }
        // Brand-specific jobs in any word order: "Rider GrabFood", "Penghantar Foodpanda".
        const DELIVERY_BRANDS: &[&str] = &[
            "grabfood",
            "foodpanda",
            "lalamove",
            "shopeefood",
            "gofood",
            "deliveroo",
            "grabexpress",
            "jnt",
            "ninjavan",
            "doordash",
        ];
        const RIDE_BRANDS: &[&str] = &[
            "grab", "gojek", "uber", "lyft", "bolt", "didi", "maxim", "angkas", "joyride",
            "indrive", "ola", "careem",
        ];
        const JOB_WORDS: &[&str] = &[
            "driver",
            "drivers",
            "rider",
            "riders",
            "pemandu",
            "penghantar",
            "kurir",
            "courier",
            "couriers",
            "mitra",
        ];
        for w in 0..self.words.len().saturating_sub(1) {
            let (a, b) = (
                self.toks[self.words[w]].low.as_str(),
                self.toks[self.words[w + 1]].low.as_str(),
            );
            let pair = |brands: &[&str]| {
                (brands.contains(&a) && JOB_WORDS.contains(&b))
                    || (JOB_WORDS.contains(&a) && brands.contains(&b))
            };
            let title = if pair(DELIVERY_BRANDS)
                || (a == "penghantar" || b == "penghantar") && pair(RIDE_BRANDS)
            {
                Some("Delivery rider")
            } else if pair(RIDE_BRANDS) {
                Some(if a == "penghantar" || b == "penghantar" {
                    "Delivery rider"
                } else {
                    "Ride-hailing driver"
                })
            } else {
                None
            };
            if let Some(t) = title {
                if best.is_none_or(|(bw, _, _)| w <= bw) && !self.is_object(w) {
                    best = Some((w, 2, t));
                }
            }
        }
        if best.is_none() {
            return self.occupation_by_form();
        }
        let (_, _, title) = best?;
        // "medical students", "nursing students": students of a field.
        if title == "Student" {
            if let Some(field) = self.student_field() {
                return Some(field);
            }
        }
        Some(title.to_owned())
    }

    /// "<field> students": "Medical student", "Nursing student".
    fn student_field(&self) -> Option<String> {
        for w in 1..self.words.len() {
            let low = self.toks[self.words[w]].low.as_str();
            if !matches!(low, "students" | "student") || self.is_object(w) {
                continue;
            }
            let prev = self.toks[self.words[w - 1]].low.as_str();
            if STUDY_FIELDS.contains(&prev) {
                return Some(format!("{} student", title_word(prev)));
            }
        }
        None
    }

    /// Jobs no list names, by their form: "bus drivers" -> "Bus driver", "gym owners" ->
    /// "Small business owner", "Shopee sellers" -> "Online seller".
    fn occupation_by_form(&self) -> Option<String> {
        for w in 1..self.words.len() {
            let i = self.words[w];
            let head = self.toks[i].low.as_str();
            let Some(&(_, singular)) = JOB_HEADS.iter().find(|(p, _)| *p == head) else {
                continue;
            };
            if self.is_object(w) {
                continue;
            }
            // The modifiers right before the head, glued by spaces or hyphens.
            let mut mods: Vec<&str> = Vec::new();
            let mut k = w;
            while k > 0 && mods.len() < 2 {
                let t = &self.toks[self.words[k - 1]];
                let broken = (self.words[k - 1]..self.words[k])
                    .any(|x| self.is_sym(x, &[',', '.', ';', ':', '(', ')', '!', '?', '|', '/']));
                let word = t.low.as_str();
                if broken
                    || !matches!(t.kind, Kind::Word)
                    || STOP.contains(&word)
                    || OBJECT_STOPS.contains(&word)
                    || gender_word(word).is_some()
                    || INCOME.iter().any(|(p, _)| p.contains(&word))
                    || t.text.chars().next().is_some_and(char::is_uppercase)
                        && Gazetteer::get().knows(&t.text)
                    || matches!(
                        word,
                        "young" | "old" | "older" | "local" | "gen" | "z" | "new"
                    )
                {
                    break;
                }
                mods.push(word);
                k -= 1;
            }
            if mods.is_empty() {
                continue;
            }
            mods.reverse();
            let hyphen =
                |a: usize| (self.words[a]..self.words[a + 1]).any(|x| self.is_sym(x, &['-']));
            if singular == "owner" {
                if mods.iter().any(|m| BUSINESS_WORDS.contains(m)) {
                    return Some("Small business owner".into());
                }
                continue;
            }
            if singular == "seller" {
                if mods.iter().any(|m| MARKETPLACES.contains(m)) {
                    return Some("Online seller".into());
                }
                continue;
            }
            let mut title = String::new();
            for (n, m) in mods.iter().enumerate() {
                if n > 0 {
                    title.push(if hyphen(k + n - 1) { '-' } else { ' ' });
                }
                title.push_str(m);
            }
            title.push(if hyphen(w - 1) { '-' } else { ' ' });
            title.push_str(singular);
            let mut c = title.chars();
            return c.next().map(|f| f.to_uppercase().chain(c).collect());
        }
        None
    }

    // --------------------------------------------------------------- location

    fn location(&self) -> Option<String> {
        let g = Gazetteer::get();
        let mut hits: Vec<(usize, Place, String)> = Vec::new();
        let mut covered: Vec<(usize, usize)> = Vec::new();
        let nw = self.words.len();
        for len in (1..=4).rev() {
            if nw < len {
                continue;
            }
            for w in 0..=nw - len {
                if covered.iter().any(|(a, b)| w < *b && *a < w + len) {
                    continue;
                }
                // A place name is one run of words without sentence punctuation inside.
                let first = self.words[w];
                let last = self.words[w + len - 1];
                let inner_break = (first..last)
                    .any(|k| self.is_sym(k, &[',', '.', ';', ':', '(', ')', '!', '?', '/']));
                if inner_break {
                    continue;
                }
                let written: String = (first..=last).map(|k| self.toks[k].text.as_str()).fold(
                    String::new(),
                    |mut acc, t| {
                        let glue = acc.is_empty()
                            || t == "-"
                            || t == "'"
                            || acc.ends_with('-')
                            || acc.ends_with('\'');
                        if !glue {
                            acc.push(' ');
                        }
                        acc.push_str(t);
                        acc
                    },
                );
                if let Some(place) = self.accept_place(g, &written, w, len) {
                    covered.push((w, w + len));
                    hits.push((w, place, written));
                }
            }
        }
        hits.sort_by_key(|(w, _, _)| *w);
        let countries: Vec<&(usize, Place, String)> = hits
            .iter()
            .filter(|(_, p, _)| p.kind == PlaceKind::Country)
            .collect();
        // Cities and districts; minor towns only when no pack city is named.
        let is_city = |p: &Place| matches!(p.kind, PlaceKind::City | PlaceKind::District);
        let minor = |p: &Place| p.city().is_some_and(|c| c.minor);
        let mut cities: Vec<&(usize, Place, String)> = hits
            .iter()
            .filter(|(_, p, _)| is_city(p) && !minor(p))
            .collect();
        if cities.is_empty() {
            cities = hits.iter().filter(|(_, p, _)| is_city(p)).collect();
        }
        let region = hits.iter().find(|(_, p, _)| p.kind == PlaceKind::Region);
        let foreign = hits
            .iter()
            .find(|(_, p, _)| matches!(p.kind, PlaceKind::Foreign | PlaceKind::ForeignCountry));
        if let Some((_, first_city, _)) = cities.first() {
            let named_country = countries.first().map(|(_, p, _)| p.country);
            // A city named with another country is an unknown place there ("San Jose, Costa Rica").
            if let Some(c) = named_country {
                if c != first_city.country {
                    let also_there = cities.iter().find(|(_, p, _)| p.country == c);
                    if let Some((_, p, _)) = also_there {
                        return Some(p.location());
                    }
                    return Some(
                        geo::country(c)
                            .map(|x| x.name.to_owned())
                            .unwrap_or_default(),
                    );
                }
            }
            let distinct: Vec<usize> = {
                let mut v: Vec<usize> = cities.iter().filter_map(|(_, p, _)| p.city).collect();
                v.sort_unstable();
                v.dedup();
                v
            };
            if distinct.len() > 1 {
                let same_country = cities
                    .iter()
                    .all(|(_, p, _)| p.country == first_city.country);
                // Districts inside the first city do not make it a multi-city audience.
                let all_within = cities.iter().all(|(_, p, _)| {
                    p.city == first_city.city
                        || p.kind == PlaceKind::District && self.district_in(p, first_city)
                });
                if same_country && !all_within {
                    return Some(first_city.country_name().to_owned());
                }
            }
            return Some(first_city.location());
        }
        if let Some((_, r, _)) = region {
            return Some(r.location());
        }
        let unknown = self.unknown_place();
        if let Some((cw, c, _)) = countries.first() {
            let name = geo::country(c.country).map(|x| x.name).unwrap_or(c.country);
            // An unknown place written right before a known country: "Smallville, Indonesia".
            if let Some((u, end)) = &unknown {
                if *end == *cw {
                    return Some(format!("{u}, {name}"));
                }
            }
            // "OFWs in Dubai who send money to the Philippines": the place they are in
            // (an unknown place is always one after a locative).
            let abroad = foreign
                .map(|(w, p, written)| {
                    let place = match p.kind {
                        PlaceKind::Foreign => p.abroad_location(written),
                        _ => written.clone(),
                    };
                    (self.locative_before(*w), place)
                })
                .or_else(|| unknown.as_ref().map(|(u, _)| (true, u.clone())));
            if let Some((true, written)) = abroad {
                if !self.strong_locative_before(*cw) {
                    return Some(written);
                }
            }
            return Some(name.to_owned());
        }
        if let Some((fw, fp, written)) = foreign {
            // "Auckland, New Zealand": a city abroad with its country, as written.
            let end = covered
                .iter()
                .find(|(a, _)| a == fw)
                .map_or(*fw, |(_, b)| *b);
            let country_after = hits.iter().find(|(w, p, _)| {
                *w == end && p.kind == PlaceKind::ForeignCountry && p.country == fp.country
            });
            if let Some((_, _, c)) = country_after {
                return Some(format!("{written}, {c}"));
            }
            // "Auckland, New Zealand": an unknown town right before a country abroad.
            if let Some((u, end)) = &unknown {
                if *end == *fw {
                    return Some(format!("{u}, {written}"));
                }
            }
            return Some(match fp.kind {
                PlaceKind::Foreign => fp.abroad_location(written),
                _ => written.clone(),
            });
        }
        if let Some((u, _)) = unknown {
            return Some(u);
        }
        self.demonym_country()
    }

    /// "in", "sa", "di" — not "from", which may name where people come from.
    fn strong_locative_before(&self, w: usize) -> bool {
        self.locative_before(w)
            && !w.checked_sub(1).is_some_and(|k| {
                matches!(
                    self.toks[self.words[k]].low.as_str(),
                    "from" | "dari" | "taga"
                )
            })
    }

    /// Whether the word before word position `w` places what follows ("in", "sa", "di").
    fn locative_before(&self, w: usize) -> bool {
        let Some(prev) = w
            .checked_sub(1)
            .map(|k| self.toks[self.words[k]].low.as_str())
        else {
            return false;
        };
        LOCATIVES.contains(&prev)
    }

    fn district_in(&self, d: &Place, city: &Place) -> bool {
        let Some(c) = city.city() else { return false };
        let Some(name) = d.district else { return false };
        c.districts().any(|known| known == name)
    }

    /// Whether a written n-gram is a place here, with the safeguards that keep
    /// everyday words ("us", "nice", "central") from becoming places.
    fn accept_place(&self, g: &Gazetteer, written: &str, w: usize, len: usize) -> Option<Place> {
        let norm = geo::normalize(written);
        if norm.is_empty() || norm.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let capitalised = written.chars().next().is_some_and(char::is_uppercase);
        let locative = self.locative_before(w);
        let exact = g.lookup(written);
        let fuzzy = exact.is_none();
        let candidates = match exact {
            Some(c) => c,
            None => {
                // Typos, five letters or more, in one or two words: a capitalised word
                // after a locative, or a lowercase one of six letters or more there.
                if len > 2 || norm.chars().count() < 5 {
                    return None;
                }
                let letters = norm.chars().filter(|c| c.is_alphanumeric()).count();
                if !(locative && (capitalised || letters >= 6)) {
                    return None;
                }
                g.lookup_fuzzy(written)?
            }
        };
        let is_upper = written
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
        let letters = norm.chars().filter(|c| c.is_alphanumeric()).count();
        let before = w
            .checked_sub(1)
            .map(|k| self.toks[self.words[k]].low.as_str())
            .unwrap_or("");
        // "Barangay San Roque", "Kampung Baru": an administrative prefix makes it a
        // different, local place; it is kept as written.
        if matches!(
            before,
            "barangay"
                | "brgy"
                | "kampung"
                | "desa"
                | "kelurahan"
                | "kecamatan"
                | "jalan"
                | "taman"
        ) {
            return None;
        }
        let end = w + len;
        let next = self.words.get(end).map(|&t| self.toks[t].low.as_str());
        // Signs that a town's name is meant as a place: "in Marikina", "Marikina City",
        // "Marikina, Philippines", "Marikina residents".
        let next_is_country = self.words.get(end).is_some_and(|&t| {
            g.lookup(&self.toks[t].text)
                .is_some_and(|c| c.iter().any(|p| p.kind == PlaceKind::Country))
        });
        // "Nara tourists", "Rayong factory workers": a name heading a phrase about people,
        // unless it is part of a longer name ("Maria Santos") or a brand ("Toyota owners").
        let people_follow = (end..(end + 4).min(self.words.len()))
            .take_while(|&k| {
                k == end
                    || !(self.words[k - 1]..self.words[k])
                        .any(|x| self.is_sym(x, &[',', '.', ';', ':', '(', ')', '!', '?', '|']))
            })
            .any(|k| {
                let l = self.toks[self.words[k]].low.as_str();
                PEOPLE.contains(&l)
                    || RESIDENTS.contains(&l)
                    || gender_word(l).is_some()
                    || agent_plural(l)
            });
        let in_longer_name = w > 0
            && !locative
            && self.toks[self.words[w - 1]]
                .text
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
            && !(self.words[w - 1]..self.words[w])
                .any(|x| self.is_sym(x, &[',', '.', ';', ':', '(', ')', '!', '?', '|', '-']));
        let placed = !BRAND_TOWNS.contains(&norm.as_str())
            && !in_longer_name
            && (locative
                || next_is_country
                || norm.ends_with(" city")
                || next.is_some_and(|n| RESIDENTS.contains(&n))
                || people_follow);
        candidates.iter().copied().find(|place| {
            if letters <= 2 && !is_upper
                || letters == 3 && !(is_upper || capitalised && place.kind != PlaceKind::Country)
            {
                // "us", "sg", "kl", "la", "mm" in lowercase are words, not places.
                return false;
            }
            // Codes ("KL", "BKK") count in capitals, or in lowercase after a locative;
            // some are everyday words or other acronyms ("SEA" is Southeast Asia).
            if place.caps
                && (BLOCKED_CODES.contains(&norm.as_str())
                    || !(is_upper || locative && letters >= 3))
            {
                return false;
            }
            if place.alias && BLOCKED_ALIASES.contains(&norm.as_str()) {
                return false;
            }
            // Nicknames and districts only count when written as names (or as codes).
            if place.alias
                && place.kind != PlaceKind::Country
                && !capitalised
                && !place.caps
                && !(place.kind == PlaceKind::City && locative && letters >= 4)
            {
                return false;
            }
            if COMMON_WORD_PLACES.contains(&norm.as_str()) && (!capitalised || w == 0 && !is_upper)
            {
                return false;
            }
            match place.kind {
                PlaceKind::City if place.city().is_some_and(|c| c.minor) => {
                    let common = place.city().is_some_and(|c| c.common);
                    !fuzzy
                        && if capitalised {
                            placed && (!common || locative)
                        } else {
                            locative && !common && letters >= 5
                        }
                }
                PlaceKind::Region => capitalised || locative && letters >= 5,
                PlaceKind::Foreign => !fuzzy && capitalised && placed,
                PlaceKind::ForeignCountry => !fuzzy && capitalised,
                _ => true,
            }
        })
    }

    /// A capitalised name after "in"/"from"/"sa"/"di" that no list knows: kept as written.
    fn unknown_place(&self) -> Option<(String, usize)> {
        for (w, &i) in self.words.iter().enumerate() {
            let low = self.toks[i].low.as_str();
            let locative = matches!(
                low,
                "in" | "from" | "sa" | "di" | "dari" | "kat" | "taga" | "around" | "near"
            ) || (low == "based"
                || low == "living"
                || low == "located"
                || low == "tinggal"
                || low == "nakatira")
                && self
                    .words
                    .get(w + 1)
                    .is_some_and(|&n| matches!(self.toks[n].low.as_str(), "in" | "di" | "sa"));
            if !locative {
                continue;
            }
            let mut start =
                if matches!(low, "based" | "living" | "located" | "tinggal" | "nakatira") {
                    w + 2
                } else {
                    w + 1
                };
            // "in the Algarve": the article is not part of the name.
            if self
                .words
                .get(start)
                .is_some_and(|&t| self.toks[t].text == "the")
            {
                start += 1;
            }
            let mut parts: Vec<&str> = Vec::new();
            let mut k = start;
            while k < self.words.len() && parts.len() < 4 {
                let t = &self.toks[self.words[k]];
                let cap = t.text.chars().next().is_some_and(char::is_uppercase);
                let connector =
                    matches!(t.low.as_str(), "de" | "del" | "la" | "san" | "upon" | "of")
                        && !parts.is_empty();
                if !(cap || connector) || !matches!(t.kind, Kind::Word) {
                    break;
                }
                // Stop at punctuation between words.
                if k > start
                    && (self.words[k - 1]..self.words[k])
                        .any(|x| self.is_sym(x, &[',', '.', ';', ':', '(', ')', '!', '?']))
                {
                    break;
                }
                parts.push(t.text.as_str());
                k += 1;
            }
            while parts.last().is_some_and(|p| {
                matches!(
                    p.to_lowercase().as_str(),
                    "de" | "del" | "la" | "san" | "upon" | "of"
                )
            }) {
                parts.pop();
            }
            if parts.is_empty() {
                continue;
            }
            let phrase = parts.join(" ");
            let low_phrase = phrase.to_lowercase();
            let first_low = parts[0].to_lowercase();
            let blocked = NOT_PLACES.contains(&first_low.as_str())
                || NOT_PLACES.contains(&low_phrase.as_str())
                || DEMONYMS.iter().any(|(d, _)| *d == first_low)
                || gender_word(&first_low).is_some()
                || parts.iter().all(|p| {
                    p.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
                        && p.chars().count() <= 4
                });
            // "in Grade 11", "in Year 12", "in Form 5": a level, not a place.
            let numbered = self
                .toks
                .get(
                    self.words
                        .get(start + parts.len())
                        .copied()
                        .unwrap_or(usize::MAX),
                )
                .is_some_and(|t| matches!(t.kind, Kind::Num(_)));
            if blocked || numbered {
                continue;
            }
            // Already a known place: the gazetteer path handles it.
            if Gazetteer::get().knows(&phrase) {
                continue;
            }
            return Some((phrase, start + parts.len()));
        }
        None
    }

    /// "Filipino moms", "Indonesian Gen Z": a demonym next to people is the country.
    fn demonym_country(&self) -> Option<String> {
        for (w, &i) in self.words.iter().enumerate() {
            let low = self.toks[i].low.as_str();
            let Some((_, code)) = DEMONYMS.iter().find(|(d, _)| *d == low) else {
                continue;
            };
            let next: Vec<&str> = self
                .words
                .iter()
                .skip(w + 1)
                .take(3)
                .map(|&t| self.toks[t].low.as_str())
                .collect();
            let people = next.iter().any(|n| {
                PEOPLE.contains(n)
                    || matches!(
                        *n,
                        "gen"
                            | "genz"
                            | "millennial"
                            | "millennials"
                            | "boomers"
                            | "zoomers"
                            | "youth"
                            | "generation"
                            | "milenial"
                            | "teens"
                    )
                    || gender_word(n).is_some()
                    || OCCUPATIONS.iter().any(|(p, _)| p.len() == 1 && p[0] == *n)
            });
            if people {
                return geo::country(code).map(|c| c.name.to_owned());
            }
        }
        None
    }

    // ------------------------------------------------------------------- name

    /// `location` is the group's: a modifier naming that place is left to the place
    /// part of the name, while another place name is part of the audience ("Mobile
    /// Legends players", "Paris Saint-Germain fans").
    fn audience_noun(&self, location: Option<&str>) -> Option<String> {
        // The last person-noun of the first noun phrase, with up to two modifiers.
        for (w, &i) in self.words.iter().enumerate() {
            let low = self.toks[i].low.as_str();
            let person = |l: &str| PEOPLE.contains(&l) || FEMALE.contains(&l) || MALE.contains(&l);
            if !person(low) {
                continue;
            }
            // "female entrepreneurs", "women drivers": the head is the later noun.
            if let Some(&next) = self.words.get(w + 1) {
                let glued =
                    !(i..next).any(|x| self.is_sym(x, &[',', '.', ';', ':', '(', ')', '/']));
                if glued && person(self.toks[next].low.as_str()) {
                    continue;
                }
            }
            if self.is_sym(i + 1, &['\'', '’']) {
                continue;
            }
            let mut start = w;
            let mut modifiers = 0;
            loop {
                if start == 0 {
                    break;
                }
                // "first-time", "stay-at-home", "K-pop": a hyphenated compound is one
                // modifier, whatever its parts are.
                let compound = self.hyphen_glued(start - 1);
                if !compound && modifiers >= 2 {
                    break;
                }
                let prev = &self.toks[self.words[start - 1]];
                let pl = prev.low.as_str();
                let skip = !compound && STOP.contains(&pl)
                    || matches!(prev.kind, Kind::Num(_) | Kind::Decade(_))
                    || (!compound && pl.len() < 2)
                    || self.names_location(&prev.text, location)
                    || INCOME.iter().any(|(p, _)| {
                        p.contains(&pl)
                            && self
                                .find(p)
                                .into_iter()
                                .any(|f| (f..f + p.len()).contains(&(start - 1)))
                    })
                    || [
                        "gen",
                        "z",
                        "x",
                        "y",
                        "millennial",
                        "millennials",
                        "boomer",
                        "boomers",
                        "genz",
                        "alpha",
                        "young",
                        "old",
                        "older",
                        "early",
                        "late",
                        "mid",
                    ]
                    .contains(&pl)
                    || DEMONYMS.iter().any(|(d, _)| *d == pl);
                if skip {
                    break;
                }
                // Only words glued by spaces or hyphens belong to the phrase.
                if (self.words[start - 1]..self.words[start])
                    .any(|x| self.is_sym(x, &[',', '.', ';', ':', '(', ')', '!', '?', '/']))
                {
                    break;
                }
                start -= 1;
                if !compound {
                    modifiers += 1;
                }
            }
            let mut words = String::new();
            for k in start..=w {
                let text = &self.toks[self.words[k]].text;
                if k > start && self.hyphen_glued(k - 1) {
                    words.push('-');
                    // "Stay-at-Home": small words inside a compound stay lowercase.
                    if matches!(
                        text.to_lowercase().as_str(),
                        "at" | "of" | "in" | "on" | "to" | "and" | "the" | "a" | "by"
                    ) {
                        words.push_str(&text.to_lowercase());
                        continue;
                    }
                } else if k > start {
                    words.push(' ');
                }
                words.push_str(&title_word(text));
            }
            return Some(words);
        }
        None
    }

    /// Whether word `k` and the next are one hyphenated word ("first-time").
    fn hyphen_glued(&self, k: usize) -> bool {
        let (Some(&a), Some(&b)) = (self.words.get(k), self.words.get(k + 1)) else {
            return false;
        };
        b == a + 2 && self.is_sym(a + 1, &['-']) && !self.toks[a + 1].space && !self.toks[b].space
    }

    /// Whether `word` names the group's location (its city or country), or any place
    /// when the group has none.
    fn names_location(&self, word: &str, location: Option<&str>) -> bool {
        let Some(places) = Gazetteer::get().lookup(word) else {
            return false;
        };
        let Some(location) = location else {
            return !places.iter().any(|p| p.city().is_some_and(|c| c.common));
        };
        let location = location.to_lowercase();
        places.iter().any(|p| {
            let here = p.location().to_lowercase();
            let first = here.split(',').next().unwrap_or(&here).trim().to_owned();
            location == here
                || location.starts_with(&format!("{first},"))
                || location == p.country_name().to_lowercase()
                || (p.kind == PlaceKind::Country
                    && location.ends_with(&format!(", {}", p.country_name().to_lowercase())))
        })
    }

    fn name(&self, p: &ParsedGroup) -> String {
        let mut parts: Vec<String> = Vec::new();
        if let Some(loc) = &p.location {
            parts.push(loc.split(',').next().unwrap_or(loc).trim().to_owned());
        }
        let mut gen_labels: Vec<&str> = [
            (&["gen", "z"][..], "Gen Z"),
            (&["genz"], "Gen Z"),
            (&["zoomers"], "Gen Z"),
            (&["millennials"], "Millennial"),
            (&["millennial"], "Millennial"),
            (&["milenial"], "Millennial"),
            (&["milenyal"], "Millennial"),
            (&["gen", "y"], "Millennial"),
            (&["gen", "x"], "Gen X"),
            (&["boomers"], "Boomer"),
            (&["boomer"], "Boomer"),
        ]
        .iter()
        .filter(|(ph, _)| self.has(ph))
        .map(|(_, l)| *l)
        .collect();
        // Spellings of one generation sit together in the list.
        gen_labels.dedup();
        // "Gen Z and millennial women": both generations, as the ages span them.
        let gen_label = match gen_labels.as_slice() {
            [] => None,
            [one] => Some((*one).to_owned()),
            [a, b, ..] => Some(format!("{a} and {b}")),
        };
        let stage_label = [
            (&["teens"][..], "Teen"),
            (&["teenagers"], "Teen"),
            (&["young", "professionals"], "Young Professional"),
            (&["young", "adults"], "Young Adult"),
            (&["seniors"], "Senior"),
            (&["retirees"], "Retiree"),
            (&["middle", "aged"], "Middle-Aged"),
        ]
        .iter()
        .find(|(ph, _)| self.has(ph))
        .map(|(_, l)| (*l).to_owned());
        // "Cape Town surfers": the place is already the first part of the name.
        let mut noun = self
            .audience_noun(p.location.as_deref())
            .map(|n| match parts.first() {
                Some(place)
                    if n.to_lowercase()
                        .starts_with(&format!("{} ", place.to_lowercase())) =>
                {
                    n[place.len() + 1..].to_owned()
                }
                _ => n,
            });
        // "Tech-savvy millennials" already says Millennial; "young professionals" is
        // the stage itself: say it once.
        let in_noun = |label: &str| {
            let last = label.split_whitespace().last().map(stem_word);
            noun.as_deref()
                .is_some_and(|n| n.split_whitespace().any(|w| Some(stem_word(w)) == last))
        };
        let said_by_noun = gen_label.as_deref().is_some_and(in_noun)
            || stage_label.as_deref().is_some_and(in_noun);
        let gen_label = gen_label.filter(|g| !in_noun(g));
        let stage_label = match stage_label {
            Some(s) if in_noun(&s) => {
                if let Some(n) = noun.as_deref() {
                    let n_last = n.split_whitespace().last().map(stem_word);
                    let s_last = s.split_whitespace().last().map(stem_word);
                    if n_last == s_last && n.split_whitespace().count() == 1 {
                        noun = Some(format!("{s}s"));
                    }
                }
                None
            }
            other => other,
        };
        if let Some(g) = gen_label {
            parts.push(g);
        } else if let Some(s) = stage_label.filter(|s| {
            noun.as_deref()
                .is_none_or(|n| !n.to_lowercase().contains(&s.to_lowercase()[..3]))
        }) {
            parts.push(s);
        } else if let (Some(a), Some(b)) = (p.age_min, p.age_max) {
            if !said_by_noun && (noun.is_some() || p.occupation.is_some()) {
                parts.push(if a == b {
                    format!("{a}-Year-Old")
                } else {
                    format!("{a}–{b}")
                });
            }
        }
        // "moms and dads", "men and women": a gendered head word would name only half.
        if p.gender == Some("All") {
            noun = noun.map(|n| {
                let head = n.split_whitespace().last().unwrap_or("").to_lowercase();
                if !(FEMALE.contains(&head.as_str()) || MALE.contains(&head.as_str())) {
                    return n;
                }
                const PARENTS: &[&str] = &[
                    "moms", "mums", "mothers", "mommies", "dads", "fathers", "daddies", "nanay",
                    "tatay", "ibu", "bapak", "mom", "dad", "mother", "father",
                ];
                if PARENTS.contains(&head.as_str()) {
                    "Parents".to_owned()
                } else {
                    "Men and Women".to_owned()
                }
            });
        }
        match (noun, &p.occupation) {
            (Some(n), _) => parts.push(n),
            (None, Some(o)) => parts.push(plural_title(o)),
            (None, None) => {
                if let Some(g) = p.gender {
                    parts.push(match g {
                        "Female" => "Women".into(),
                        "Male" => "Men".into(),
                        _ => "Consumers".into(),
                    });
                }
            }
        }
        if let Some(level) = p.income_level {
            if parts.len() <= 2 {
                let label = match level {
                    "Low" => "Budget",
                    "Middle" => "Middle-Income",
                    _ => "Affluent",
                };
                let at = if p.location.is_some() { 1 } else { 0 };
                parts.insert(at.min(parts.len()), label.into());
            }
        }
        let mut name = dedupe_words(&parts.join(" "));
        if name.trim().is_empty() {
            name = fallback_name(self.input);
        }
        truncate_chars(name.trim(), crate::domain::group::NAME_MAX)
    }
}

/// Lowercase place names that are also everyday words: accepted only when capitalised.
const COMMON_WORD_PLACES: &[&str] = &[
    "reading",
    "bath",
    "nice",
    "mobile",
    "orange",
    "victoria",
    "marina",
    "central",
    "sunrise",
    "eastwood",
    "hue",
    "vinh",
    "natal",
    "salvador",
    "leon",
    "merida",
    "surat",
    "chandigarh",
    "batam",
    "bogor",
    "split",
    "sale",
    "ube",
    "male",
    "asia",
    "oz",
    "indo",
    "america",
    "the states",
    "states",
    "mm",
    "sa",
    "phoenix",
    "columbus",
    "charlotte",
    "jacksonville",
    "mall",
    "downtown",
    "midtown",
    "uptown",
    "chinatown",
    "harbour",
    "old town",
    "city centre",
    "city center",
    "cbd",
    "poblacion",
    "little india",
    "university",
    "airport",
    "sendai",
    "chiba",
    "naha",
];

/// Plural job nouns that a modifier turns into a title, with their singular.
const JOB_HEADS: &[(&str, &str)] = &[
    ("drivers", "driver"),
    ("operators", "operator"),
    ("technicians", "technician"),
    ("mechanics", "mechanic"),
    ("clerks", "clerk"),
    ("attendants", "attendant"),
    ("assistants", "assistant"),
    ("guards", "guard"),
    ("cleaners", "cleaner"),
    ("vendors", "vendor"),
    ("traders", "trader"),
    ("owners", "owner"),
    ("sellers", "seller"),
    ("inspectors", "inspector"),
    ("officers", "officer"),
    ("instructors", "instructor"),
    ("coaches", "coach"),
    ("trainers", "trainer"),
    ("therapists", "therapist"),
    ("planners", "planner"),
    ("brokers", "broker"),
    ("agents", "agent"),
];

/// Businesses whose owners are small business owners.
const BUSINESS_WORDS: &[&str] = &[
    "gym",
    "cafe",
    "café",
    "coffee",
    "restaurant",
    "salon",
    "barbershop",
    "bakery",
    "clinic",
    "resort",
    "hotel",
    "boutique",
    "spa",
    "bar",
    "carinderia",
    "eatery",
    "stall",
    "franchise",
    "shop",
    "store",
    "business",
    "sme",
    "msme",
    "warung",
    "kedai",
    "laundry",
    "pharmacy",
    "grocery",
    "bistro",
    "studio",
    "agency",
    "homestay",
    "canteen",
    "kiosk",
    "milktea",
];

/// Online marketplaces whose sellers are online sellers.
const MARKETPLACES: &[&str] = &[
    "shopee",
    "lazada",
    "tokopedia",
    "tiktok",
    "amazon",
    "etsy",
    "ebay",
    "carousell",
    "facebook",
    "marketplace",
    "online",
    "instagram",
    "bukalapak",
    "blibli",
    "zalora",
    "mercado",
    "jumia",
    "takealot",
    "flipkart",
    "meesho",
    "taobao",
    "rakuten",
    "coupang",
];

/// Fields of study before "students".
const STUDY_FIELDS: &[&str] = &[
    "medical",
    "nursing",
    "law",
    "engineering",
    "business",
    "mba",
    "art",
    "design",
    "architecture",
    "accountancy",
    "accounting",
    "pharmacy",
    "dental",
    "music",
    "film",
    "computer",
    "it",
    "education",
    "culinary",
    "aviation",
    "maritime",
    "criminology",
];

/// Relatives and carers: a job or life stage after "of"/"with" them is someone else's.
const RELATIONS: &[&str] = &[
    "wives",
    "wife",
    "husbands",
    "husband",
    "spouses",
    "spouse",
    "partners",
    "families",
    "family",
    "parents",
    "parent",
    "children",
    "kids",
    "sons",
    "daughters",
    "relatives",
    "dependents",
    "dependants",
    "moms",
    "mums",
    "mothers",
    "mom",
    "mum",
    "mother",
    "dads",
    "fathers",
    "dad",
    "father",
    "asawa",
    "pamilya",
    "anak",
    "keluarga",
    "isteri",
    "istri",
    "suami",
    "ibu",
    "bapa",
    "bapak",
    "nanay",
    "tatay",
    "magulang",
    "caregivers",
    "carers",
    "guardians",
    "grandparents",
    "households",
    "homes",
    "mommies",
    "mamas",
];

/// Words that end the look-back for such a link: clauses and places.
const OBJECT_STOPS: &[&str] = &[
    "who", "and", "or", "in", "at", "sa", "di", "are", "is", "na", "yang", "that", "aged", "ages",
    "age", "between", "from", "kat", "dan", "like", "as",
];

/// Words that make "students" university students.
const COLLEGE_WORDS: &[&str] = &[
    "university",
    "universities",
    "uni",
    "college",
    "colleges",
    "campus",
    "kampus",
    "universitas",
    "universiti",
    "varsity",
    "kolehiyo",
    "unibersidad",
    "kuliah",
    "diliman",
    "katipunan",
    "ipt",
    "ipts",
    "undergraduate",
    "undergrad",
];

/// University acronyms, as written ("students at UP", "pelajar UiTM").
const COLLEGE_CODES: &[&str] = &[
    "UP", "UST", "DLSU", "ADMU", "PUP", "FEU", "UE", "UI", "UGM", "ITB", "IPB", "UNPAD", "UNAIR",
    "UiTM", "UITM", "UM", "UKM", "USM", "UPM", "UTM", "NUS", "NTU", "SMU", "SUTD", "UCLA", "NYU",
    "MIT", "USC", "UNSW", "UQ", "UWA", "RMIT", "LSE", "UCL", "KCL", "IIT", "IITs", "SNU", "KAIST",
    "HKU",
];

/// Words after which a name is where the audience is.
const LOCATIVES: &[&str] = &[
    "in",
    "from",
    "sa",
    "di",
    "dari",
    "around",
    "near",
    "kat",
    "taga",
    "at",
    "across",
    "throughout",
    "within",
    "outside",
    "inside",
    "nasa",
    "dekat",
    "sekitar",
];

/// People nouns that make a preceding town's name a place ("Tagaytay residents").
const RESIDENTS: &[&str] = &[
    "residents",
    "resident",
    "locals",
    "natives",
    "folks",
    "families",
    "households",
    "homeowners",
    "renters",
    "moms",
    "mums",
    "mothers",
    "dads",
    "fathers",
    "parents",
    "women",
    "men",
    "youth",
    "teens",
    "teenagers",
    "students",
    "millennials",
    "gen",
    "seniors",
    "retirees",
    "commuters",
    "professionals",
    "locals",
    "area",
    "based",
    "consumers",
    "shoppers",
    "people",
    "couples",
    "ladies",
];

/// Towns that share their name with a brand people own or buy ("Toyota owners").
const BRAND_TOWNS: &[&str] = &[
    "toyota",
    "lincoln",
    "corona",
    "asahi",
    "hershey",
    "dodge city",
    "kia",
    "tesla",
    "suzuki",
    "mazda",
    "bentley",
    "victoria",
    "jordan",
    "canon",
    "sharp",
    "kirin",
    "armani",
    "avon",
    "nestle",
    "prada",
    "dior",
    "chanel",
    "hermes",
    "gucci",
    "versace",
    "fendi",
    "lancaster",
    "jaguar",
    "ferrari",
    "lamborghini",
    "mercedes",
    "puma",
    "vans",
    "converse",
    "columbia",
    "timberland",
    "patagonia",
    "aldi",
    "lidl",
    "boots",
    "greggs",
    "tesco",
];

/// Codes in the packs that are also everyday words or other acronyms.
const BLOCKED_CODES: &[&str] = &[
    "sea", "for", "per", "nat", "rec", "str", "bel", "den", "par", "los", "el", "bd", "sel", "hr",
    "it", "ph",
];

/// Nicknames in the packs that are also words, names or other places.
const BLOCKED_ALIASES: &[&str] = &["non", "nai", "benin", "hama", "modu", "satsu", "cov", "abk"];

/// Capitalised words after "in"/"from" that are not places.
const NOT_PLACES: &[&str] = &[
    "grade",
    "high school",
    "college",
    "university",
    "school",
    "gen",
    "generation",
    "millennials",
    "millennial",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "english",
    "tagalog",
    "filipino",
    "bahasa",
    "malay",
    "spanish",
    "the",
    "their",
    "it",
    "hr",
    "marketing",
    "sales",
    "finance",
    "tech",
    "healthcare",
    "education",
    "retail",
    "hospitality",
    "banking",
    "manufacturing",
    "logistics",
    "government",
    "bpo",
    "ofw",
    "class",
    "a",
    "an",
    "my",
    "our",
    "this",
    "that",
    "these",
    "metro",
    "urban",
    "rural",
    "suburban",
    "province",
    "provinces",
    "city",
    "cities",
    "asia",
    "southeast",
    "sea",
    "asean",
    "europe",
    "africa",
    "latin",
    "lazada",
    "shopee",
    "tokopedia",
    "tiktok",
    "facebook",
    "instagram",
    "youtube",
    "grab",
    "gojek",
    "ramadan",
    "christmas",
    "lebaran",
    "q1",
    "q2",
    "q3",
    "q4",
    "covid",
    "i",
    "we",
    "you",
    "love",
    "gcash",
    "netflix",
    "spotify",
    "iphone",
    "android",
    "google",
    "ai",
    "crypto",
    "kpop",
    "k",
    "anime",
    "mga",
    "ang",
    "ng",
    "bandar",
    "manila bay",
    "tier",
    "high",
    "low",
    "middle",
    "upper",
];

pub const DEMONYMS: &[(&str, &str)] = &[
    ("filipino", "PH"),
    ("filipinos", "PH"),
    ("filipina", "PH"),
    ("filipinas", "PH"),
    ("pinoy", "PH"),
    ("pinoys", "PH"),
    ("pinay", "PH"),
    ("pinays", "PH"),
    ("indonesian", "ID"),
    ("indonesians", "ID"),
    ("vietnamese", "VN"),
    ("thai", "TH"),
    ("malaysian", "MY"),
    ("malaysians", "MY"),
    ("singaporean", "SG"),
    ("singaporeans", "SG"),
    ("indian", "IN"),
    ("indians", "IN"),
    ("japanese", "JP"),
    ("korean", "KR"),
    ("koreans", "KR"),
    ("chinese", "CN"),
    ("australian", "AU"),
    ("australians", "AU"),
    ("aussie", "AU"),
    ("aussies", "AU"),
    ("american", "US"),
    ("americans", "US"),
    ("british", "GB"),
    ("brits", "GB"),
    ("brazilian", "BR"),
    ("brazilians", "BR"),
    ("mexican", "MX"),
    ("mexicans", "MX"),
    ("nigerian", "NG"),
    ("nigerians", "NG"),
    ("kenyan", "KE"),
    ("kenyans", "KE"),
    ("german", "DE"),
    ("germans", "DE"),
    ("french", "FR"),
];

/// Nouns for people that can head an audience phrase.
const PEOPLE: &[&str] = &[
    "parents",
    "students",
    "professionals",
    "workers",
    "drivers",
    "riders",
    "shoppers",
    "buyers",
    "consumers",
    "customers",
    "users",
    "drinkers",
    "lovers",
    "fans",
    "owners",
    "gamers",
    "travelers",
    "travellers",
    "commuters",
    "families",
    "couples",
    "teens",
    "teenagers",
    "retirees",
    "seniors",
    "homeowners",
    "renters",
    "investors",
    "founders",
    "creators",
    "nurses",
    "teachers",
    "employees",
    "entrepreneurs",
    "freelancers",
    "millennials",
    "adults",
    "people",
    "enthusiasts",
    "foodies",
    "runners",
    "cyclists",
    "readers",
    "viewers",
    "listeners",
    "subscribers",
    "patients",
    "smokers",
    "vapers",
    "pet",
    "newlyweds",
    "expats",
    "migrants",
    "ofws",
    "earners",
    "sellers",
    "resellers",
    "farmers",
    "doctors",
    "engineers",
    "developers",
    "designers",
    "marketers",
    "managers",
    "executives",
    "mahasiswa",
    "pelajar",
    "karyawan",
    "pekerja",
    "petani",
    "nelayan",
    "estudyante",
    "kabataan",
    "remaja",
    "members",
    "audiences",
    "individuals",
    "dads",
    "moms",
    "mothers",
    "fathers",
    "singles",
    "zoomers",
    "boomers",
    "households",
    "learners",
    "athletes",
    "golfers",
    "skiers",
    "surfers",
    "hikers",
    "campers",
    "diners",
    "bettors",
    "fanatics",
    "collectors",
    "hobbyists",
    "crafters",
    "bakers",
    "cooks",
    "gardeners",
    "pensioners",
    "tourists",
    "visitors",
    "residents",
    "locals",
    "citizens",
    "voters",
    "players",
    "graduates",
    "grads",
    "nesters",
    "hunters",
    "seekers",
    "agents",
    "staff",
    "bloggers",
    "influencers",
    "vloggers",
    "streamers",
    "podcasters",
    "caregivers",
    "carers",
    "volunteers",
    "fishermen",
    "clients",
    "guests",
    "patrons",
    "followers",
    "youth",
    "officers",
    "officials",
    "lawyers",
    "accountants",
    "architects",
    "pharmacists",
    "dentists",
    "chefs",
    "bartenders",
    "baristas",
    "vendors",
    "merchants",
    "traders",
    "retailers",
    "artisans",
    "artists",
    "musicians",
    "photographers",
    "writers",
    "journalists",
    "researchers",
    "scientists",
    "academics",
    "lecturers",
    "professors",
    "soldiers",
    "veterans",
    "miners",
    "builders",
    "contractors",
    "electricians",
    "plumbers",
    "mechanics",
    "technicians",
    "cleaners",
    "nannies",
    "tenants",
    "landlords",
    "borrowers",
    "savers",
    "spenders",
    "donors",
    "attendees",
    "passengers",
    "motorists",
    "bikers",
    "joggers",
    "swimmers",
    "yogis",
    "vegans",
    "vegetarians",
    "eaters",
    "snackers",
    "punters",
    "holders",
    "adopters",
    "switchers",
    "homemakers",
    "househusbands",
    "programmers",
    "coders",
    "analysts",
    "consultants",
    "bankers",
    "salespeople",
    "cashiers",
    "waiters",
    "servers",
    "clerks",
    "operators",
    "specialists",
    "therapists",
    "coaches",
    "trainers",
    "tutors",
    "educators",
    "principals",
    "caretakers",
    "midwives",
    "paramedics",
    "firefighters",
    "pilots",
    "crew",
    "seafarers",
    "sailors",
    "truckers",
    "couriers",
    "shippers",
    "exporters",
    "importers",
    "wholesalers",
    "distributors",
    "suppliers",
    "planners",
    "organizers",
    "organisers",
    "jobseekers",
    "applicants",
    "interns",
    "trainees",
    "apprentices",
    "scholars",
    "alumni",
    "undergraduates",
    "postgraduates",
    "kids",
    "propesyonal",
    "empleyado",
    "manggagawa",
];

const STOP: &[&str] = &[
    "including",
    "incl",
    "plus",
    "termasuk",
    "a",
    "an",
    "the",
    "of",
    "for",
    "in",
    "on",
    "at",
    "and",
    "or",
    "with",
    "who",
    "that",
    "are",
    "is",
    "to",
    "from",
    "by",
    "mga",
    "ang",
    "ng",
    "sa",
    "na",
    "yung",
    "mga",
    "di",
    "yang",
    "dan",
    "untuk",
    "para",
    "kat",
    "yg",
    "their",
    "our",
    "my",
    "your",
    "all",
    "some",
    "many",
    "most",
    "aged",
    "ages",
    "age",
    "between",
    "over",
    "under",
    "above",
    "below",
    "about",
    "around",
    "like",
    "into",
    "target",
    "targeting",
    "audience",
    "segment",
    "personas",
    "persona",
    "generate",
    "create",
    "make",
    "buat",
    "gumawa",
    "want",
    "need",
    "i",
    "we",
    "me",
    "us",
    "please",
    "pls",
    "based",
    "living",
];

fn word_decade(w: &str) -> Option<u32> {
    Some(match w {
        "twenties" | "twentysomethings" | "twentysomething" => 20,
        "thirties" | "thirtysomethings" | "thirtysomething" => 30,
        "forties" | "fortysomethings" | "fortysomething" => 40,
        "fifties" | "fiftysomethings" | "fiftysomething" => 50,
        "sixties" | "sixtysomethings" | "sixtysomething" => 60,
        "seventies" | "seventysomethings" | "seventysomething" => 70,
        "eighties" => 80,
        "nineties" => 90,
        _ => return None,
    })
}

/// The phrase with its last word in the singular ("marketing managers" -> "marketing
/// manager"), when that word is a regular English plural.
fn singular_phrase(phrase: &[&str]) -> Option<Vec<String>> {
    let (last, rest) = phrase.split_last()?;
    let one = if let Some(stem) = last.strip_suffix("ies") {
        format!("{stem}y")
    } else if ["ches", "shes", "sses", "xes"]
        .iter()
        .any(|e| last.ends_with(e))
    {
        last[..last.len() - 2].to_owned()
    } else if last.ends_with('s') && !last.ends_with("ss") && last.len() > 3 {
        last[..last.len() - 1].to_owned()
    } else {
        return None;
    };
    Some(rest.iter().map(|w| (*w).to_owned()).chain([one]).collect())
}

/// A word compared for repetition: lowercase, without a plural "s".
fn stem_word(w: &str) -> String {
    let low = w.to_lowercase();
    low.strip_suffix('s').map_or(low.clone(), str::to_owned)
}

fn title_word(w: &str) -> String {
    if w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit()) && w.chars().count() <= 4 {
        return w.to_owned();
    }
    // Acronyms and brands keep their capitals: "OFWs", "SMEs", "iPhone".
    if w.chars().skip(1).any(char::is_uppercase) {
        return w.to_owned();
    }
    let mut c = w.chars();
    match c.next() {
        Some(f) => f
            .to_uppercase()
            .chain(c.flat_map(char::to_lowercase))
            .collect(),
        None => String::new(),
    }
}

fn plural_title(title: &str) -> String {
    let words: Vec<String> = title.split(' ').map(title_word).collect();
    let mut s = words.join(" ");
    if s == "OFW" {
        return "OFWs".into();
    }
    if s.ends_with("man") {
        s.truncate(s.len() - 3);
        s.push_str("men");
    } else if s.ends_with('y') && !s.ends_with("ey") {
        s.pop();
        s.push_str("ies");
    } else if s.ends_with("ife") {
        s.truncate(s.len() - 3);
        s.push_str("ives");
    } else if !s.ends_with('s') {
        s.push('s');
    }
    s
}

fn dedupe_words(s: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    for w in s.split_whitespace() {
        if out.last().is_none_or(|l| !l.eq_ignore_ascii_case(w)) {
            out.push(w);
        }
    }
    out.join(" ")
}

fn truncate_chars(s: &str, max: usize) -> String {
    s.chars().take(max).collect::<String>().trim().to_owned()
}

/// For prompts with nothing recognisable: a few words of the prompt, or a default.
fn fallback_name(input: &str) -> String {
    let words: Vec<String> = input
        .split_whitespace()
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric() || *c == '-')
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .take(6)
        .map(|w| title_word(&w))
        .collect();
    if words.is_empty() {
        "New Persona Group".into()
    } else {
        words.join(" ")
    }
}

/// Parses a prompt. Never panics; an empty or unparseable prompt gives only a name.
pub fn parse(input: &str, today: Today) -> ParsedGroup {
    let input: String = input.chars().take(PROMPT_MAX_CHARS).collect();
    let mut p = Parser::new(&input, today);
    let persona_count = p.persona_count();
    let (age_min, age_max) = p.ages();
    let mut out = ParsedGroup {
        name: String::new(),
        age_min,
        age_max,
        gender: p.gender().map(|g| g.as_str()),
        location: p
            .location()
            .map(|l| truncate_chars(&l, crate::domain::group::LOCATION_MAX)),
        income_level: p.income().map(|i| i.as_str()),
        occupation: p
            .occupation()
            .map(|o| truncate_chars(&o, crate::domain::group::OCCUPATION_MAX)),
        persona_count,
    };
    // Stay-at-home parents and housewives are people of a gender only when the words say so.
    if out.occupation.as_deref() == Some("Student") && p.students_at_college() {
        out.occupation = Some("College student".into());
    }
    // College students are 18–24 unless the prompt says otherwise.
    if out.occupation.as_deref() == Some("College student")
        && out.age_min.is_none()
        && out.age_max.is_none()
    {
        out.age_min = Some(18);
        out.age_max = Some(24);
    }
    out.name = p.name(&out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t() -> Today {
        Today { year: 2026 }
    }

    fn ages(s: &str) -> (Option<u8>, Option<u8>) {
        let p = parse(s, t());
        (p.age_min, p.age_max)
    }

    #[test]
    fn age_spellings() {
        for s in [
            "25-34",
            "25–34",
            "25 to 34",
            "between 25 and 34",
            "aged 25 to 34",
            "25 - 34 years old",
            "ages 25-34",
            "25 hanggang 34",
            "usia 25 sampai 34 tahun",
        ] {
            assert_eq!(
                ages(&format!("moms {s} in Manila")),
                (Some(25), Some(34)),
                "{s}"
            );
        }
        assert_eq!(ages("women in their 30s"), (Some(30), Some(39)));
        assert_eq!(ages("thirties"), (Some(30), Some(39)));
        assert_eq!(ages("early 30s"), (Some(30), Some(33)));
        assert_eq!(ages("mid-30s dads"), (Some(34), Some(36)));
        assert_eq!(ages("late 30s"), (Some(37), Some(39)));
        assert_eq!(ages("20s and 30s"), (Some(20), Some(39)));
        assert_eq!(
            ages("in their late 20s and early 30s"),
            (Some(27), Some(33))
        );
        assert_eq!(ages("late 20s to mid-30s"), (Some(27), Some(36)));
        assert_eq!(ages("twenties and thirties"), (Some(20), Some(39)));
        assert_eq!(
            ages("late twenties to early thirties"),
            (Some(27), Some(33))
        );
        assert_eq!(ages("early 30s and 40s"), (Some(30), Some(49)));
        assert_eq!(ages("40+"), (Some(40), None));
        assert_eq!(ages("40 and above"), (Some(40), None));
        assert_eq!(ages("at least 40"), (Some(40), None));
        assert_eq!(ages("over 40"), (Some(41), None));
        assert_eq!(ages("older than 40"), (Some(41), None));
        assert_eq!(ages("under 25"), (None, Some(24)));
        assert_eq!(ages("younger than 25"), (None, Some(24)));
        assert_eq!(ages("up to 25"), (None, Some(25)));
        assert_eq!(ages("25 and below"), (None, Some(25)));
        assert_eq!(ages("35-year-old nurses"), (Some(35), Some(35)));
    }

    #[test]
    fn generations_and_stages() {
        assert_eq!(ages("Gen Z coffee drinkers"), (Some(18), Some(29)));
        assert_eq!(ages("Gen Z teens"), (Some(14), Some(19)));
        assert_eq!(ages("millennial moms"), (Some(30), Some(45)));
        assert_eq!(ages("Gen X"), (Some(46), Some(61)));
        assert_eq!(ages("Boomers"), (Some(62), Some(80)));
        assert_eq!(ages("Gen Alpha kids"), (None, None));
        assert_eq!(ages("teenagers"), (Some(13), Some(19)));
        assert_eq!(ages("college students"), (Some(18), Some(24)));
        assert_eq!(ages("young professionals"), (Some(22), Some(35)));
        assert_eq!(ages("retirees"), (Some(60), None));
        assert_eq!(ages("millennials aged 28-35"), (Some(28), Some(35)));
        // A stage added to a generation widens it; an adjective narrows it.
        assert_eq!(ages("Gen Z including teenagers"), (Some(14), Some(29)));
        assert_eq!(ages("Gen Z, incl. teens"), (Some(14), Some(29)));
        assert_eq!(ages("Gen Z and teens"), (Some(13), Some(29)));
        assert_eq!(
            ages("millennials and young professionals"),
            (Some(22), Some(45))
        );
        assert_eq!(ages("Boomers and retirees"), (Some(60), None));
        assert_eq!(ages("Gen Z college students"), (Some(18), Some(24)));
        assert_eq!(parse("Gen Z", Today { year: 2027 }).age_max, Some(30));
    }

    #[test]
    fn several_ranges_make_one_group_spanning_them() {
        assert_eq!(ages("women 25-34 and men 35-44"), (Some(25), Some(44)));
        assert_eq!(ages("moms aged 30-39 or 45-50"), (Some(30), Some(50)));
        let g = parse("women 25-34 and men 35-44 in Manila", Today { year: 2026 });
        assert_eq!(g.gender, Some("All"));
        // A range of something else is still not an age.
        assert_eq!(ages("moms 30-40 with 2-3 kids"), (Some(30), Some(40)));
    }

    #[test]
    fn decoys_are_not_ages() {
        for s in [
            "shoppers spending under $50",
            "₱500 budget",
            "phones under 20k",
            "20% off lovers",
            "top 10 brands",
            "iPhone 15 owners",
            "since 2019",
            "in 2025",
            "7-Eleven regulars",
            "moms with 3 kids",
            "over 50% of",
            "Rp 50rb snacks",
            "under 25 pesos",
        ] {
            assert_eq!(ages(s), (None, None), "{s}");
        }
    }

    #[test]
    fn persona_count() {
        assert_eq!(parse("5 personas of moms", t()).persona_count, Some(5));
        assert_eq!(parse("generate 20 personas", t()).persona_count, None);
        assert_eq!(
            parse("generate 20 personas of 25-34", t()).age_min,
            Some(25)
        );
        assert_eq!(parse("three personas", t()).persona_count, Some(3));
    }

    #[test]
    fn gender_words() {
        let g = |s: &str| parse(s, t()).gender;
        assert_eq!(g("moms in Cebu"), Some("Female"));
        assert_eq!(g("mga tatay"), Some("Male"));
        assert_eq!(g("ibu-ibu muda"), Some("Female"));
        assert_eq!(g("men and women"), Some("All"));
        assert_eq!(g("moms and dads"), Some("All"));
        assert_eq!(g("women buying men's grooming gifts"), Some("Female"));
        assert_eq!(g("wives shopping for their husbands"), Some("Female"));
        assert_eq!(g("coffee drinkers"), None);
    }

    #[test]
    fn places() {
        let l = |s: &str| parse(s, t()).location;
        assert_eq!(
            l("Gen Z coffee drinkers in Jakarta").as_deref(),
            Some("Jakarta, Indonesia")
        );
        assert_eq!(l("moms in Vietnam").as_deref(), Some("Vietnam"));
        assert_eq!(
            l("young pros in BGC").as_deref(),
            Some("Taguig, Philippines")
        );
        assert_eq!(l("NCR moms").as_deref(), Some("Metro Manila, Philippines"));
        assert_eq!(
            l("students in HCMC").as_deref(),
            Some("Ho Chi Minh City, Vietnam")
        );
        assert_eq!(
            l("techies in SF").as_deref(),
            Some("San Francisco, United States")
        );
        assert_eq!(l("moms in Smallville").as_deref(), Some("Smallville"));
        assert_eq!(
            l("retirees living in the Algarve").as_deref(),
            Some("Algarve")
        );
        assert_eq!(l("moms in the morning").as_deref(), None);
        assert_eq!(l("tell us about moms").as_deref(), None);
        assert_eq!(l("Filipino moms").as_deref(), Some("Philippines"));
        assert_eq!(l("shoppers in Singapore").as_deref(), Some("Singapore"));
    }

    #[test]
    fn income_words_around_the_spec_lists() {
        let inc = |s: &str| parse(s, t()).income_level;
        assert_eq!(inc("premium car buyers in Riyadh"), Some("High"));
        assert_eq!(inc("luxury watch collectors"), Some("High"));
        assert_eq!(inc("budget-savvy students"), Some("Low"));
        assert_eq!(inc("thrifty moms in Cavite"), Some("Low"));
        assert_eq!(inc("premium coffee drinkers"), None);
        assert_eq!(inc("moms who buy premium diapers"), None);
    }

    #[test]
    fn income_and_occupation() {
        let p = parse("budget-conscious Grab drivers in KL, B40", t());
        assert_eq!(p.income_level, Some("Low"));
        assert_eq!(p.occupation.as_deref(), Some("Ride-hailing driver"));
        assert_eq!(p.location.as_deref(), Some("Kuala Lumpur, Malaysia"));
        assert_eq!(parse("class AB families", t()).income_level, Some("High"));
        assert_eq!(
            parse("mass affluent investors", t()).income_level,
            Some("High")
        );
        assert_eq!(parse("M40 parents", t()).income_level, Some("Middle"));
        assert_eq!(
            parse("OFWs in Dubai", t()).occupation.as_deref(),
            Some("OFW")
        );
    }

    #[test]
    fn names_say_each_thing_once_and_keep_acronyms() {
        assert_eq!(
            parse("Tech-savvy millennials in Ho Chi Minh City", t()).name,
            "Ho Chi Minh City Tech-Savvy Millennials"
        );
        assert_eq!(
            parse("Young professionals in Sydney", t()).name,
            "Sydney Young Professionals"
        );
        assert_eq!(parse("OFWs in Dubai", t()).name, "Dubai OFWs");
        assert_eq!(
            parse("Cape Town surfers aged 20-35", t()).name,
            "Cape Town 20–35 Surfers"
        );
        assert_eq!(
            parse("female entrepreneurs in Kuala Lumpur", t()).name,
            "Kuala Lumpur Female Entrepreneurs"
        );
        assert_eq!(
            parse("moms and dads in Cebu", t()).name,
            "Cebu City Parents"
        );
        assert_eq!(
            parse("men and women in Bangkok", t()).name,
            "Bangkok Men and Women"
        );
    }

    #[test]
    fn singular_jobs_and_numbers_after_a_comma() {
        let p = parse("A 42-year-old marketing manager in Toronto", t());
        assert_eq!(p.occupation.as_deref(), Some("Marketing manager"));
        assert_eq!((p.age_min, p.age_max), (Some(42), Some(42)));
        let p = parse("executives in Makati, AB class, 45-60", t());
        assert_eq!((p.age_min, p.age_max), (Some(45), Some(60)));
        assert_eq!(p.income_level, Some("High"));
        // A school level is not a place.
        assert_eq!(parse("students in Grade 11 and 12", t()).location, None);
        assert_eq!(
            parse("nurses in Riverdale", t()).location.as_deref(),
            Some("Riverdale")
        );
        // A model number right after its name is still not an age.
        assert_eq!(parse("class 10 students", t()).age_min, None);
    }

    #[test]
    fn cities_abroad_carry_their_country() {
        let loc = |s: &str| parse(s, t()).location;
        assert_eq!(
            loc("OFWs in Dubai").as_deref(),
            Some("Dubai, United Arab Emirates")
        );
        assert_eq!(
            loc("OFWs in Riyadh who send money to the Philippines").as_deref(),
            Some("Riyadh, Saudi Arabia")
        );
        assert_eq!(loc("expats in Hong Kong").as_deref(), Some("Hong Kong"));
        assert_eq!(
            loc("students in Saudi Arabia").as_deref(),
            Some("Saudi Arabia")
        );
    }

    #[test]
    fn names() {
        assert_eq!(
            parse("millennial moms in Metro Manila", t()).name,
            "Metro Manila Millennial Moms"
        );
        assert_eq!(
            parse("Gen Z students in Jakarta", t()).name,
            "Jakarta Gen Z Students"
        );
        assert_eq!(parse("", t()).name, "New Persona Group");
        // A place name inside the audience stays; the group's own place leads.
        assert_eq!(
            parse("Mobile Legends players", t()).name,
            "Mobile Legends Players"
        );
        assert_eq!(
            parse("Mobile Legends players in Cebu", t()).name,
            "Cebu City Mobile Legends Players"
        );
        assert_eq!(
            parse("Gen Z including teenagers in Jakarta", t()).name,
            "Jakarta Gen Z Teenagers"
        );
        // A hyphenated compound is one modifier and keeps its hyphens.
        for (prompt, name) in [
            (
                "First-time home buyers in Sydney",
                "Sydney First-Time Home Buyers",
            ),
            ("Stay-at-home dads in Toronto", "Toronto Stay-at-Home Dads"),
            ("K-pop fans in Manila", "Manila K-Pop Fans"),
            (
                "Gen Z and millennial women in Bandung",
                "Bandung Gen Z and Millennial Women",
            ),
        ] {
            assert_eq!(parse(prompt, t()).name, name, "{prompt}");
        }
        let p = parse("asdf qwer", t());
        assert_eq!(
            p,
            ParsedGroup {
                name: "Asdf Qwer".into(),
                ..Default::default()
            }
        );
    }

    #[test]
    fn never_panics_on_odd_input() {
        for s in [
            "🙂",
            "\u{0}",
            "9999999999999999999999 personas",
            "25-",
            "-25",
            "30s-",
            "'s",
            "in",
            "in ",
            "---",
            "Gen",
            "₱",
            "ab/",
            "DE/",
            "\u{202e}abc",
            "ł̸̛̛̛",
            "12345678901234567890-1",
        ] {
            let _ = parse(s, t());
        }
        let long = "in Manila ".repeat(400);
        let _ = parse(&long, t());
    }
}
