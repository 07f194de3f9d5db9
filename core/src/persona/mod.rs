//! The persona engine. A persona is a pure function of (group definition, seed, index):
//! the offline engine samples a set of facts from the locale packs, then writes prose
//! from those facts; the LLM writer may rewrite that prose from the same facts.
//!
//! - [`engine`]: the `PersonaEngine` trait the worker calls, and its request.
//! - [`model`]: the persona document the API returns.
//! - [`offline`]: the locale-grounded engine (the default).
//! - [`archetypes`]: behavioural archetypes and their lines.
//! - [`rng`]: the seeded, splittable RNG that makes personas reproducible.
//! - [`text`]: small English helpers (articles, pronouns, casing).
//! - [`minimal`]: a minimal engine with no locale data (`PERSONA_ENGINE=basic`), for
//!   exercising the pipeline end to end.
//! - [`llm_writer`]: the optional LLM prose writer.

pub mod archetypes;
pub mod engine;
pub mod llm_writer;
pub mod minimal;
pub mod model;
pub mod offline;
pub mod rng;
pub mod text;
