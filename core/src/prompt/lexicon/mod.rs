//! Word lists for the prompt parser: English, Taglish, Bahasa Indonesia and Malay.
//! Phrases are lowercase word sequences; hyphens and slashes in prompts are ignored
//! when matching ("low-income" = "low income").
//!
//! Data only, one file per topic; the extractors glob-import all of it.

mod ages;
mod gender;
mod income;
mod numbers;
mod occupation;
mod people;
mod places;

pub(crate) use ages::*;
pub(crate) use gender::*;
pub(crate) use income::*;
pub(crate) use numbers::*;
pub(crate) use occupation::*;
pub(crate) use people::*;
pub(crate) use places::*;
