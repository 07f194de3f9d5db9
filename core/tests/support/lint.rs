//! Text measures shared by the writing tests (`writing_lint.rs`, `audience_coverage.rs`):
//! sentence skeletons as `shared/spec/audience.md` defines them ("Writing that does not
//! read like a template"), the texts of a persona, and word-bounded name matching.
#![allow(dead_code)]

use boses_core::domain::GroupDefinition;
use boses_core::persona::engine::PersonaRequest;
use boses_core::persona::model::Persona;
use boses_core::persona::offline;

/// Generates `count` personas of a group with a fixed run, group id and clock.
pub fn generate(def: &GroupDefinition, seed: u64, count: u32) -> Vec<Persona> {
    let run = boses_core::domain::GenerationId::from_uuid(uuid::Uuid::from_u128(
        0x0bad_cafe_0000_0000_0000_0000_0000_0001,
    ));
    let group = boses_core::domain::GroupId::from_uuid(uuid::Uuid::from_u128(42));
    offline::generate_all(
        &PersonaRequest {
            group_id: group,
            run,
            definition: def,
            seed,
            index: 0,
            created_at: boses_core::clock::Timestamp::from_unix_millis(1_700_000_000_000),
        },
        count,
    )
    .expect("personas")
}

/// The narrative fields, by name.
pub fn narrative(p: &Persona) -> Vec<(&'static str, &str)> {
    vec![
        ("bio", p.bio.as_str()),
        ("day_in_the_life", p.day_in_the_life.as_str()),
        ("purchase_behavior", p.purchase_behavior.as_str()),
        ("digital_behavior", p.digital_behavior.as_str()),
        ("aspirational_identity", p.aspirational_identity.as_str()),
        ("quote", p.quote.as_str()),
    ]
}

/// The list fields, by name.
pub fn lists(p: &Persona) -> Vec<(&'static str, &[String])> {
    vec![
        (
            "values_and_motivations",
            p.values_and_motivations.as_slice(),
        ),
        ("pain_points", p.pain_points.as_slice()),
        ("media_consumption", p.media_consumption.as_slice()),
        ("brand_attitudes", p.brand_attitudes.as_slice()),
        ("buying_triggers", p.buying_triggers.as_slice()),
        ("personality_traits", p.personality_traits.as_slice()),
    ]
}

/// Every sentence of every narrative field and list item, with its field's name.
pub fn persona_sentences(p: &Persona) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    for (field, text) in narrative(p) {
        for s in offline::sentences(text) {
            out.push((field, s.to_owned()));
        }
    }
    for (field, items) in lists(p) {
        for item in items {
            for s in offline::sentences(item) {
                out.push((field, s.to_owned()));
            }
        }
    }
    out
}

/// A character that stands for a masked name while the sentence is processed (neither
/// upper nor lower case, never in persona text).
const NAME_MARK: char = '\u{E000}';

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'
}

/// Replaces every word-bounded occurrence of `needle` in `hay` (case-sensitive).
fn replace_word(hay: &str, needle: &str, with: &str) -> String {
    if needle.is_empty() {
        return hay.to_owned();
    }
    let mut out = String::with_capacity(hay.len());
    let mut rest = hay;
    while let Some(i) = rest.find(needle) {
        let before = rest[..i].chars().next_back();
        let after_str = &rest[i + needle.len()..];
        let after = after_str.chars().next();
        // A possessive ("Ana's") still ends the name.
        let after_ok = match after {
            None => true,
            Some('\'') | Some('’') => after_str[after.unwrap().len_utf8()..]
                .chars()
                .next()
                .is_some_and(|c| c == 's'),
            Some(c) => !is_word_char(c),
        };
        if before.is_none_or(|c| !is_word_char(c)) && after_ok {
            out.push_str(&rest[..i]);
            out.push_str(with);
        } else {
            out.push_str(&rest[..i + needle.len()]);
        }
        rest = after_str;
    }
    out.push_str(rest);
    out
}

/// The persona's names, longest first: full name, given and family names, and each of
/// their words.
pub fn name_tokens(p: &Persona) -> Vec<String> {
    let mut names: Vec<String> = vec![
        p.full_name.clone(),
        p.given_name.clone(),
        p.family_name.clone(),
    ];
    for n in [&p.full_name, &p.given_name, &p.family_name] {
        for w in n.split_whitespace() {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            if w.chars().count() >= 2 {
                names.push(w.to_owned());
            }
        }
    }
    names.retain(|n| !n.trim().is_empty());
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names.dedup();
    names
}

/// A character that stands for a masked number while the sentence is processed.
const NUM_MARK: char = '\u{E001}';

/// A sentence's skeleton: names → NAME, numbers → N, each run of capitalised words
/// after the first word → X, the rest lower case.
pub fn skeleton(sentence: &str, names: &[String]) -> String {
    let mut s = sentence.to_owned();
    let mark = NAME_MARK.to_string();
    for n in names {
        s = replace_word(&s, n, &mark);
    }
    // Numbers: a digit run with inner separators ("5:30", "1,200", "3.5") is one N.
    let chars: Vec<char> = s.chars().collect();
    let mut masked = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            while i < chars.len()
                && (chars[i].is_ascii_digit()
                    || (matches!(chars[i], ',' | '.' | ':')
                        && i + 1 < chars.len()
                        && chars[i + 1].is_ascii_digit()))
            {
                i += 1;
            }
            masked.push(NUM_MARK);
        } else {
            masked.push(chars[i]);
            i += 1;
        }
    }
    // Words: capitalised runs after the first word become X.
    let is_core = |c: char| c.is_alphanumeric() || c == NAME_MARK || c == NUM_MARK;
    let mut out: Vec<String> = Vec::new();
    let mut in_run = false;
    for (wi, word) in masked.split_whitespace().enumerate() {
        let lead_len = word
            .char_indices()
            .find(|(_, c)| is_core(*c))
            .map(|(i, _)| i)
            .unwrap_or(word.len());
        let (lead, core_and_tail) = word.split_at(lead_len);
        let core_len = core_and_tail
            .char_indices()
            .rev()
            .find(|(_, c)| is_core(*c))
            .map(|(i, c)| i + c.len_utf8())
            .unwrap_or(0);
        let (core, tail) = core_and_tail.split_at(core_len);
        let capital = core.chars().next().is_some_and(|c| c.is_uppercase());
        if wi > 0 && capital && !core.contains(NAME_MARK) {
            if in_run && lead.is_empty() {
                // Continue the run: this word folds into the X before it.
                let last = out.last_mut().expect("run has a word");
                last.push_str(tail);
            } else {
                out.push(format!("{lead}X{tail}"));
            }
            // A comma or other stop ends the run.
            in_run = tail.is_empty();
        } else {
            in_run = false;
            out.push(word.to_lowercase());
        }
    }
    out.join(" ")
        .replace(NAME_MARK, "NAME")
        .replace(NUM_MARK, "N")
}

/// Whether `name` occurs in `text` bounded by non-word characters, ignoring case.
pub fn mentions(text: &str, name: &str) -> bool {
    !spans(text, name).is_empty()
}

/// Byte spans of the word-bounded, case-insensitive occurrences of `name` in `text`
/// (both lower-cased; spans index the lower-cased text).
pub fn spans(text: &str, name: &str) -> Vec<(usize, usize)> {
    let hay = text.to_lowercase();
    let needle = name.trim().to_lowercase();
    let mut out = Vec::new();
    if needle.chars().count() < 2 {
        return out;
    }
    let mut from = 0;
    while let Some(i) = hay[from..].find(&needle) {
        let start = from + i;
        let end = start + needle.len();
        let before = hay[..start].chars().next_back();
        let after = hay[end..].chars().next();
        let bounded = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
        // Names that end in punctuation ("Yahoo!") or start with it ("% Arabica") carry
        // their own boundary.
        let first = needle.chars().next().unwrap();
        let last = needle.chars().next_back().unwrap();
        if (bounded(before) || !first.is_alphanumeric())
            && (bounded(after) || !last.is_alphanumeric())
        {
            out.push((start, end));
        }
        from = start + needle.chars().next().map(char::len_utf8).unwrap_or(1);
    }
    out
}

/// Lower-case words of a text (letters, digits and apostrophes).
pub fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(|w| w.replace('’', "'"))
        .collect()
}

/// Whether any marker occurs at the start of a word of `text` (case-insensitive).
/// A marker ending in '$' must end at a word end too.
pub fn has_marker(text: &str, markers: &[&str]) -> bool {
    // "pay-later" and "pay later", "e-wallet" and "e wallet" are one word to a reader.
    let hay = text.to_lowercase().replace('-', " ");
    markers.iter().any(|m| {
        let (m, whole) = match m.strip_suffix('$') {
            Some(m) => (m, true),
            None => (*m, false),
        };
        let m = m.to_lowercase().replace('-', " ");
        let mut from = 0;
        while let Some(i) = hay[from..].find(&m) {
            let start = from + i;
            let end = start + m.len();
            let before_ok = hay[..start]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
                || !m.starts_with(|c: char| c.is_alphanumeric());
            let after_ok = !whole
                || hay[end..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric());
            if before_ok && after_ok {
                return true;
            }
            from = start + m.chars().next().map(char::len_utf8).unwrap_or(1);
        }
        false
    })
}

/// Every name of a pack interest category (brands, places, apps, media, teams).
pub fn interest_names(pack: &boses_core::locale::LocalePack, key: &str) -> Vec<String> {
    let Some(d) = pack.interests.get(key) else {
        return Vec::new();
    };
    d.brands
        .iter()
        .chain(&d.places)
        .chain(&d.apps)
        .chain(&d.media)
        .chain(&d.teams)
        .map(|t| t.text.clone())
        .filter(|t| t.trim().chars().count() >= 2)
        .collect()
}
