//! Field-level validation errors, collected so that a client sees every problem at once.

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            message: message.into(),
        }
    }
}

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// Counts Unicode scalar values, which is what the contract means by "chars".
pub fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Rejects control characters: they break logs, CSV exports and terminals downstream.
/// Multi-line fields may keep newlines and tabs. Single-line fields also refuse
/// invisible and direction-changing characters ([`is_invisible`]): a name that renders
/// as something other than what it stores ("U+202E") misleads whoever reads it.
pub fn has_forbidden_control(s: &str, multiline: bool) -> bool {
    s.chars().any(|c| {
        (c.is_control() && !(multiline && matches!(c, '\n' | '\r' | '\t')))
            || (!multiline && is_invisible(c))
    })
}

/// Unicode format characters (general category Cf) and the line and paragraph
/// separators (Zl, Zp), except the zero-width joiner and non-joiner, which Persian,
/// Indic scripts and emoji sequences ("👩‍👧") need to be written correctly, and the
/// tag characters that spell subdivision flags.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{0600}'..='\u{0605}'
            | '\u{061C}'
            | '\u{06DD}'
            | '\u{070F}'
            | '\u{0890}'..='\u{0891}'
            | '\u{08E2}'
            | '\u{180E}'
            | '\u{200B}'
            | '\u{200E}'..='\u{200F}'
            | '\u{2028}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206F}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{110BD}'
            | '\u{110CD}'
            | '\u{13430}'..='\u{1343F}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0001}'
    )
}

/// The message for a field [`has_forbidden_control`] refuses.
pub fn forbidden_control_message(multiline: bool) -> &'static str {
    if multiline {
        "must not contain control characters"
    } else {
        "must not contain control, invisible or direction-changing characters (such as U+202E, U+2028, U+200B)"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_line_fields_refuse_invisible_and_bidi_characters() {
        for bad in [
            "a\u{202E}b",
            "a\u{2028}b",
            "a\u{2029}b",
            "a\u{200B}b",
            "\u{FEFF}a",
            "a\u{2066}b",
        ] {
            assert!(has_forbidden_control(bad, false), "{bad:?}");
            // Multi-line fields keep their own rule: controls only.
            assert!(!has_forbidden_control(bad, true), "{bad:?}");
        }
        for good in [
            "Gen Z moms",
            "मराठी\u{200D}",
            "خانه\u{200C}ها",
            "👩\u{200D}👧 moms",
            "Zoë, São Paulo",
        ] {
            assert!(!has_forbidden_control(good, false), "{good:?}");
        }
        assert!(has_forbidden_control("a\tb", false));
        assert!(!has_forbidden_control("a\nb", true));
    }
}
