//! How each audience facet shows in a persona's prose: one [`Bank`] per facet value
//! (or a few values that read alike). Lines are country-neutral English; local names
//! come from the pack's `interests` data through the slots below.
//!
//! Placeholders a line may use:
//! - `{they}`, `{them}`, `{their}`, `{themself}`: the persona's pronouns (he/she:
//!   always singular, so verbs agree with "she": "{they} grabs", not "{they} grab");
//! - `{name}`: the persona's given name; `{city}`: the persona's city;
//! - `{brand}`, `{place}`, `{app}`, `{media}`, `{team}`: a local name from the pack's
//!   `interests.<data>` list of that role, or the bank's [`Generic`] stand-in where the
//!   pack has none (so lines must read well with either);
//! - `{kids}`: the persona's children as a noun phrase ("the kids", "the baby",
//!   "the teenagers"; parenthood banks only).
//!
//! Lines are written as they read mid-paragraph (the writer capitalises the first
//! letter) and carry the same conditions as archetype lines (`.work()`, `.kids()`,
//! `.ages(lo, hi)`, …).

use crate::persona::archetypes::Line;

mod interests;
mod status;

pub(in crate::persona) use interests::INTEREST_BANKS;
pub(in crate::persona) use status::status_banks;

/// Stand-ins for a slot the pack has no names for: lower case, reads mid-sentence
/// ("a neighbourhood café", "a running app").
#[derive(Debug, Clone, Copy)]
pub(in crate::persona) struct Generic {
    pub brand: &'static str,
    pub place: &'static str,
    pub app: &'static str,
    pub media: &'static str,
    pub team: &'static str,
}

/// The writing for one facet value.
#[derive(Debug, Clone, Copy)]
pub(in crate::persona) struct Bank {
    /// The facet values this bank writes for (`audience::VOCABULARY`).
    pub values: &'static [&'static str],
    /// The pack `interests` key whose names fill the name slots, if any.
    pub data: Option<&'static str>,
    pub generic: Generic,
    /// Work banks: the occupation as shown when the pack has no job that matches
    /// ("Nurse", "Delivery rider"). `None` elsewhere.
    pub title: Option<&'static str>,
    /// Sentences for `day_in_the_life`: the facet as a habit in the day.
    pub day: &'static [Line],
    /// `brand_attitudes` items: a view on a named brand, venue or app of the category
    /// (each line names `{brand}`, `{place}` or `{app}`).
    pub views: &'static [Line],
    /// `media_consumption` items, "Name — what and when": "{media} — ...".
    pub media: &'static [Line],
    pub pains: &'static [Line],
    pub triggers: &'static [Line],
    /// `values_and_motivations` items.
    pub motives: &'static [Line],
    /// Completes "{name} …" in `aspirational_identity`: "wants to …".
    pub aspirations: &'static [Line],
    /// First-person quotes.
    pub quotes: &'static [Line],
    /// Lower-case word stems whose presence in a text shows the facet ("coffee",
    /// "latte", "barista"): used to check that a writer (offline or LLM) kept it.
    pub markers: &'static [&'static str],
}

/// The bank that writes `value`, if any.
pub(in crate::persona) fn bank_for(value: &str) -> Option<&'static Bank> {
    INTEREST_BANKS
        .iter()
        .chain(status_banks())
        .find(|b| b.values.contains(&value))
}
