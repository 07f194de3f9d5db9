//! The pure core of Boses: everything that decides *what* a persona group and its
//! personas are, with no I/O. See ARCHITECTURE.md for the code map.
//!
//! - [`domain`]: valid-by-construction group types (parse, don't validate).
//! - [`audience`]: what a group's words say about its people (facets).
//! - [`clock`]: timestamps and the clock trait.
//! - [`locale`]: compiled-in locale packs and the gazetteer.
//! - [`prompt`]: parse-prompt, a description into group fields.
//! - [`persona`]: the persona engine: facts sampled from locale data, prose from facts.
//! - [`chat`]: the trait an LLM writer or refiner talks to (the HTTP client lives in
//!   the service crate).
//!
//! Architecture invariant: this crate never depends on the AWS SDK, the store, the queue
//! or the HTTP API; its manifest is the enforcement (`tests/drift.rs` checks it too).

pub mod audience;
pub mod chat;
pub mod clock;
pub mod domain;
pub mod locale;
pub mod persona;
pub mod prompt;
