//! The service's integration suite, one binary (linked once): every module runs its
//! tests on the memory store and, where the test command started one, on moto.
//! The log-capture test (`tests/logs.rs`) stays a binary of its own because it
//! installs a global subscriber.

mod api;
mod audience_api;
mod drift;
mod events;
mod faults;
mod generation;
mod hardening;
mod llm;
mod parse_prompt_api;
mod personas;
mod sqs;
mod store_contract;
