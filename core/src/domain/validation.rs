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
/// Multi-line fields may keep newlines and tabs.
pub fn has_forbidden_control(s: &str, multiline: bool) -> bool {
    s.chars()
        .any(|c| c.is_control() && !(multiline && matches!(c, '\n' | '\r' | '\t')))
}
