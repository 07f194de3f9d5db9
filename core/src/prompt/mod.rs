//! parse-prompt: turns a marketer's description into group fields, offline, following
//! the conventions of the contract (ages, generations, life stages, gender, places,
//! income classes, occupations, persona counts, a suggested name).
//!
//! Works on a token stream, never on byte offsets of the input, so no input can make
//! it slice inside a character; every lookup is bounded by the 2,000-character limit.
//!
//! Where each part lives (each field's extractor is an `impl Parser` block in its own file):
//! - `tokens.rs`: the prompt as words, numbers, decades and symbols;
//! - `parser.rs`: the parser state and the phrase matching every extractor shares;
//! - `count.rs`: persona counts ("5 personas", "Personas: 4");
//! - `ages.rs`: explicit ranges and bounds, decades, generations, life stages;
//! - `gender.rs`, `income.rs`, `occupation.rs`, `location.rs`: one field each;
//! - `name.rs`: the suggested name, built from the other fields;
//! - `lexicon/`: the word lists, one file per topic (data only);
//! - `signals.rs`: the behavioural signals kept as `description` and
//!   `psychographic_notes` (read by `crate::audience`);
//! - `refine.rs`: the optional LLM refinement of an offline parse.
//!
//! `parse` below runs them in order: the count first, so that its number is never
//! taken for an age.

mod ages;
mod count;
mod gender;
mod income;
mod lexicon;
mod location;
mod name;
mod occupation;
mod parser;
pub mod refine;
mod signals;
mod tokens;

use serde::Serialize;
use serde_json::{Map, Value};

use parser::Parser;

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
    /// The audience as the prompt describes it, when it carries behavioural signals.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The interests and behaviours recognised, as short phrases separated by "; ".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub psychographic_notes: Option<String>,
}

impl ParsedGroup {
    pub fn to_json(&self) -> Value {
        serde_json::to_value(self).unwrap_or_else(|_| Value::Object(Map::new()))
    }
}

fn truncate_chars(s: &str, max: usize) -> String {
    s.chars().take(max).collect::<String>().trim().to_owned()
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
        description: None,
        psychographic_notes: None,
    };
    // "students" with a university named are college students, whichever job list matched.
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
    (out.description, out.psychographic_notes) =
        signals::signals(&input, out.occupation.as_deref(), out.location.as_deref());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn t() -> Today {
        Today { year: 2026 }
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
