//! Words into facets. (Stub: filled in by the reader work.)

use super::Audience;

pub(super) fn read(
    _name: &str,
    _description: Option<&str>,
    _notes: Option<&str>,
    _occupation: Option<&str>,
) -> Audience {
    Audience::default()
}
