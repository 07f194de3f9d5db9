//! Boses: synthetic persona groups on AWS serverless. The service crate: everything
//! with I/O (the HTTP API, auth, the DynamoDB and in-memory stores, SQS, the generation
//! worker, the LLM HTTP client) around the pure core in `boses-core`, whose modules are
//! re-exported here under their own names. ARCHITECTURE.md is the code map.

pub use boses_core::{audience, clock, domain, locale, persona, prompt};

pub mod api;
pub mod auth;
pub mod aws;
pub mod chat;
pub mod config;
pub mod generation;
pub mod queue;
pub mod secrets;
pub mod startup;
pub mod store;
pub mod telemetry;
pub mod tenancy;
