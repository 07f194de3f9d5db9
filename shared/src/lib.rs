//! Boses: synthetic persona groups on AWS serverless.
//!
//! Everything the Lambdas and local binaries do lives here, grouped by subject:
//! [`domain`] (valid-by-construction types), [`auth`], [`store`], [`api`] (HTTP
//! handlers and the one error-to-HTTP mapping) and [`clock`].

pub mod api;
pub mod auth;
pub mod aws;
pub mod clock;
pub mod domain;
pub mod generation;
pub mod llm;
pub mod locale;
pub mod prompt;
pub mod queue;
pub mod store;
pub mod telemetry;
pub mod tenancy;
