//! Small text helpers for composing persona prose: pronouns, articles and the one
//! case change the engine makes (the first letter of a sentence or a field).

use crate::domain::Gender;

/// The persona's pronouns, lower case.
#[derive(Debug, Clone, Copy)]
pub struct Pronouns {
    pub they: &'static str,
    pub them: &'static str,
    pub their: &'static str,
    pub themself: &'static str,
}

impl Pronouns {
    pub fn new(gender: Gender) -> Self {
        if gender == Gender::Female {
            Pronouns {
                they: "she",
                them: "her",
                their: "her",
                themself: "herself",
            }
        } else {
            Pronouns {
                they: "he",
                them: "him",
                their: "his",
                themself: "himself",
            }
        }
    }

    /// Replaces `{they}`, `{them}`, `{their}` and `{themself}`.
    pub fn fill(&self, text: &str) -> String {
        if !text.contains('{') {
            return text.to_owned();
        }
        text.replace("{themself}", self.themself)
            .replace("{their}", self.their)
            .replace("{them}", self.them)
            .replace("{they}", self.they)
    }
}

/// Capitalises the first letter, unless the first word is a name spelled with a
/// lower-case start ("iPhone", "eBay", "e.l.f.").
pub fn cap_first(s: &str) -> String {
    let first_word = s.split_whitespace().next().unwrap_or("");
    let styled = first_word.chars().skip(1).any(char::is_uppercase) || first_word.contains('.');
    let mut c = s.chars();
    match c.next() {
        Some(f) if f.is_lowercase() && !styled => f.to_uppercase().chain(c).collect(),
        _ => s.to_owned(),
    }
}

/// Lowercases the first letter of a phrase that starts with a capitalised common word
/// ("Financial security" → "financial security"), keeping acronyms ("OFW", "BGC").
pub fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if a.is_uppercase() && b.is_lowercase() => {
            let mut out = a.to_lowercase().collect::<String>();
            out.push(b);
            out.extend(chars);
            out
        }
        _ => s.to_owned(),
    }
}

/// "a" or "an" before a word, by how it is said: "an hour", "a university", "an NHS
/// nurse", "a GP".
pub fn article(phrase: &str) -> &'static str {
    let word = phrase.split_whitespace().next().unwrap_or("");
    // Numbers by how they are read: "an 8-year-old", "an 18-year-old", "an 83-year-old".
    let digits: String = word.chars().take_while(char::is_ascii_digit).collect();
    if !digits.is_empty() {
        let eleven_or_eighteen =
            digits.len() % 3 == 2 && (digits.starts_with("11") || digits.starts_with("18"));
        return if digits.starts_with('8') || eleven_or_eighteen {
            "an"
        } else {
            "a"
        };
    }
    // "F&B", "R&D": letters joined by "&" are read as letters.
    let letters: String = word
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '&')
        .filter(|c| *c != '&')
        .collect();
    let lower = word.to_lowercase();
    let acronym = letters.chars().count() >= 2 && letters.chars().all(|c| c.is_uppercase());
    if acronym && !["FIFO"].contains(&letters.as_str()) {
        // Letter names: "an MOE teacher", "an HR officer", "a TSC teacher".
        return match letters.chars().next() {
            Some('A' | 'E' | 'F' | 'H' | 'I' | 'L' | 'M' | 'N' | 'O' | 'R' | 'S' | 'X') => "an",
            _ => "a",
        };
    }
    if ["hour", "honest", "honour", "heir"]
        .iter()
        .any(|w| lower.starts_with(w))
    {
        return "an";
    }
    if [
        "uni", "use", "usu", "eu", "one", "once", "ufo", "ute", "uro", "uti", "ubi",
    ]
    .iter()
    .any(|w| lower.starts_with(w))
    {
        return "a";
    }
    match lower.chars().next() {
        Some('a' | 'e' | 'i' | 'o' | 'u') => "an",
        _ => "a",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitalising_keeps_names() {
        assert_eq!(cap_first("bank transfer"), "Bank transfer");
        assert_eq!(cap_first("iPhone users"), "iPhone users");
        assert_eq!(cap_first("e.l.f. Cosmetics"), "e.l.f. Cosmetics");
        assert_eq!(cap_first("WhatsApp is"), "WhatsApp is");
        assert_eq!(lower_first("Financial security"), "financial security");
        assert_eq!(lower_first("OFW"), "OFW");
    }

    #[test]
    fn articles() {
        assert_eq!(article("university lecturer"), "a");
        assert_eq!(article("engineer"), "an");
        assert_eq!(article("NHS nurse"), "an");
        assert_eq!(article("MOE teacher"), "an");
        assert_eq!(article("TSC teacher"), "a");
        assert_eq!(article("GP"), "a");
        assert_eq!(article("FIFO mine worker"), "a");
        assert_eq!(article("hour"), "an");
        assert_eq!(article("okada rider"), "an");
        assert_eq!(article("83-year-old"), "an");
        assert_eq!(article("F&B service crew member"), "an");
        assert_eq!(article("18-year-old"), "an");
        assert_eq!(article("11-year-old"), "an");
        assert_eq!(article("17-year-old"), "a");
        assert_eq!(article("100-year-old"), "a");
    }
}
