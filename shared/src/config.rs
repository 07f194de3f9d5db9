//! Every setting the service takes from its environment, read in this one place and
//! nowhere else, into one [`Settings`] value that `startup` wires the service from.
//! (The AWS SDK still reads the standard `AWS_*` environment itself: region,
//! credentials, endpoints; `aws.rs` adds the trust-roots switch it alone uses.)
//!
//! A value that is present but wrong is an error at start-up, never silently ignored:
//! a misconfigured function should fail its first invocation loudly, not serve.

use std::time::Duration;

use crate::chat::LlmSettings;
use crate::domain::{ApiKey, ProjectId};
use crate::generation::GenerationSettings;

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{0} must be set")]
    Missing(&'static str),
    #[error("{name} has an unsupported value {value:?}")]
    Invalid { name: &'static str, value: String },
    /// For values that must not be echoed (an API key).
    #[error("{name} must look like {expected}")]
    Malformed {
        name: &'static str,
        expected: &'static str,
    },
}

/// Which store backs the service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreConfig {
    Memory,
    Dynamo { table: String },
}

/// Which persona engine the worker runs (`PERSONA_ENGINE`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EngineChoice {
    /// The locale-grounded offline engine (the default).
    Offline,
    /// The tiny engine without locale data, for pipeline tests.
    Basic,
    /// Offline facts, LLM prose (needs the LLM settings; falls back to offline).
    Llm,
}

/// The tenancy a fresh memory (or local) store is seeded with, so that scripts can rely
/// on a known key and project: `BOSES_API_KEY`, `BOSES_PROJECT_ID`.
#[derive(Debug, Clone, Default)]
pub struct SeedSettings {
    pub api_key: Option<ApiKey>,
    pub project_id: Option<ProjectId>,
}

#[derive(Debug, Clone)]
pub struct Settings {
    /// `STORE=memory|dynamodb`; without it, DynamoDB when `TABLE_NAME` is set.
    pub store: StoreConfig,
    /// `QUEUE_URL`: where generate sends runs (only the generate function needs it).
    pub queue_url: Option<String>,
    /// `EVENTS_QUEUE_URL`: optional lifecycle events for integrators.
    pub events_queue_url: Option<String>,
    /// `GENERATION_STALE_SECONDS`, `MAX_RECEIVE_COUNT`.
    pub generation: GenerationSettings,
    /// `PERSONA_ENGINE=offline|basic|llm`.
    pub engine: EngineChoice,
    /// `LLM_BASE_URL`, `LLM_MODEL`, `LLM_API_KEY`, `LLM_TIMEOUT_MS`, `LLM_MAX_ATTEMPTS`,
    /// `LLM_MAX_CONCURRENCY`; present only when both the URL and the model are set.
    pub llm: Option<LlmSettings>,
    /// `LLM_API_KEY_SECRET`: a Secrets Manager secret (name or ARN) holding the LLM
    /// key, read at cold start by [`crate::startup::Services::load_llm_key`] when
    /// `LLM_API_KEY` is not set.
    pub llm_api_key_secret: Option<String>,
    /// `PROMPT_PARSER=llm`: parse-prompt refines its offline result with the LLM.
    pub prompt_parser_llm: bool,
    /// `RATE_LIMIT_PER_KEY`, `RATE_LIMIT_PER_ORG`: requests a minute; 0 turns one off.
    pub rate_limits: crate::auth::RateLimits,
    /// `PROMPT_LLM_PER_ORG_PER_HOUR`: parse-prompt LLM calls an organisation may make a
    /// clock hour (0: no cap); past it parse-prompt answers offline.
    pub prompt_llm_per_org_hour: u32,
    /// `EDGE_ORIGIN_SECRET`: set by the template when the CloudFront edge (and its WAF
    /// rate rule) is on; requests without it in `X-Boses-Edge` are refused.
    pub edge_secret: Option<String>,
    pub seed: SeedSettings,
}

impl Settings {
    /// From the process environment.
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// From name/value pairs, for tests.
    #[cfg(test)]
    pub(crate) fn from_pairs(pairs: &[(&str, &str)]) -> Result<Self, ConfigError> {
        Self::from_lookup(|name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        })
    }

    /// From any lookup (tests pass a map); empty values count as unset.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let var = |name: &str| lookup(name).filter(|v| !v.trim().is_empty());
        let num = |name: &str| var(name).and_then(|v| v.trim().parse::<u64>().ok());

        let table = var("TABLE_NAME");
        let store = match var("STORE").as_deref().map(str::trim) {
            Some("memory") => StoreConfig::Memory,
            Some("dynamodb") | None => table
                .map(|table| StoreConfig::Dynamo { table })
                .ok_or(ConfigError::Missing("TABLE_NAME"))?,
            Some(other) => {
                return Err(ConfigError::Invalid {
                    name: "STORE",
                    value: other.to_owned(),
                })
            }
        };

        let defaults = GenerationSettings::default();
        let generation = GenerationSettings {
            stale_after: num("GENERATION_STALE_SECONDS")
                .map(Duration::from_secs)
                .unwrap_or(defaults.stale_after),
            max_receives: num("MAX_RECEIVE_COUNT")
                .map(|n| n.clamp(1, 1000) as u32)
                .unwrap_or(defaults.max_receives),
            // Set from the engine by `Services::worker`.
            persona_budget: defaults.persona_budget,
        };

        let llm = match (var("LLM_BASE_URL"), var("LLM_MODEL")) {
            (Some(base_url), Some(model)) => Some(LlmSettings {
                base_url,
                model,
                api_key: var("LLM_API_KEY"),
                timeout: Duration::from_millis(num("LLM_TIMEOUT_MS").unwrap_or(20_000)),
                max_attempts: num("LLM_MAX_ATTEMPTS").unwrap_or(3).clamp(1, 10) as u32,
                max_concurrency: num("LLM_MAX_CONCURRENCY").unwrap_or(4).clamp(1, 64) as usize,
            }),
            _ => None,
        };

        // Unknown engine names keep the default engine, as they always have.
        let engine = match var("PERSONA_ENGINE").as_deref() {
            Some("basic") => EngineChoice::Basic,
            Some("llm") => EngineChoice::Llm,
            _ => EngineChoice::Offline,
        };

        let seed = SeedSettings {
            api_key: var("BOSES_API_KEY")
                .map(|k| {
                    ApiKey::parse(k.trim()).ok_or(ConfigError::Malformed {
                        name: "BOSES_API_KEY",
                        expected: "boses_<64 hex digits>",
                    })
                })
                .transpose()?,
            project_id: var("BOSES_PROJECT_ID")
                .map(|p| {
                    ProjectId::parse(p.trim()).map_err(|_| ConfigError::Malformed {
                        name: "BOSES_PROJECT_ID",
                        expected: "a UUID",
                    })
                })
                .transpose()?,
        };

        let default_limits = crate::auth::RateLimits::default();
        let limit = |name: &str, default: u32| {
            num(name).map_or(default, |n| u32::try_from(n).unwrap_or(u32::MAX))
        };
        let rate_limits = crate::auth::RateLimits {
            per_key: limit("RATE_LIMIT_PER_KEY", default_limits.per_key),
            per_org: limit("RATE_LIMIT_PER_ORG", default_limits.per_org),
        };

        Ok(Self {
            store,
            rate_limits,
            queue_url: var("QUEUE_URL"),
            events_queue_url: var("EVENTS_QUEUE_URL"),
            generation,
            engine,
            llm,
            llm_api_key_secret: var("LLM_API_KEY_SECRET").map(|v| v.trim().to_owned()),
            edge_secret: var("EDGE_ORIGIN_SECRET").map(|v| v.trim().to_owned()),
            prompt_parser_llm: var("PROMPT_PARSER").as_deref() == Some("llm"),
            prompt_llm_per_org_hour: limit(
                "PROMPT_LLM_PER_ORG_PER_HOUR",
                crate::auth::PROMPT_LLM_PER_ORG_PER_HOUR,
            ),
            seed,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(pairs: &[(&str, &str)]) -> Result<Settings, ConfigError> {
        Settings::from_pairs(pairs)
    }

    #[test]
    fn store_needs_a_table_unless_memory() {
        assert!(matches!(
            settings(&[]),
            Err(ConfigError::Missing("TABLE_NAME"))
        ));
        assert_eq!(
            settings(&[("TABLE_NAME", "t")]).unwrap().store,
            StoreConfig::Dynamo { table: "t".into() }
        );
        assert_eq!(
            settings(&[("STORE", "memory")]).unwrap().store,
            StoreConfig::Memory
        );
        assert!(matches!(
            settings(&[("STORE", "redis"), ("TABLE_NAME", "t")]),
            Err(ConfigError::Invalid { name: "STORE", .. })
        ));
    }

    #[test]
    fn a_malformed_seed_key_is_refused_without_echoing_it() {
        let err = settings(&[("STORE", "memory"), ("BOSES_API_KEY", "boses_secretish")])
            .unwrap_err()
            .to_string();
        assert!(err.contains("BOSES_API_KEY"), "{err}");
        assert!(!err.contains("secretish"), "{err}");
        assert!(settings(&[("STORE", "memory"), ("BOSES_PROJECT_ID", "nope")]).is_err());
        let key = format!("boses_{}", "ab".repeat(32));
        let s = settings(&[("STORE", "memory"), ("BOSES_API_KEY", &key)]).unwrap();
        assert_eq!(s.seed.api_key.unwrap().expose(), key);
    }

    #[test]
    fn numbers_engine_llm_and_parser_mode() {
        let s = settings(&[
            ("STORE", "memory"),
            ("GENERATION_STALE_SECONDS", "60"),
            ("MAX_RECEIVE_COUNT", "5000"),
            ("PERSONA_ENGINE", "llm"),
            ("LLM_BASE_URL", "http://x"),
            ("LLM_MODEL", "m"),
            ("LLM_MAX_ATTEMPTS", "99"),
            ("PROMPT_PARSER", "llm"),
            ("EVENTS_QUEUE_URL", "http://q/events"),
        ])
        .unwrap();
        assert_eq!(s.generation.stale_after, Duration::from_secs(60));
        assert_eq!(s.generation.max_receives, 1000);
        assert_eq!(s.engine, EngineChoice::Llm);
        let llm = s.llm.unwrap();
        assert_eq!(
            (llm.max_attempts, llm.timeout),
            (10, Duration::from_secs(20))
        );
        assert!(s.prompt_parser_llm);
        assert_eq!(s.events_queue_url.as_deref(), Some("http://q/events"));

        let d = settings(&[("STORE", "memory"), ("LLM_BASE_URL", "http://x")]).unwrap();
        assert!(d.llm.is_none(), "a URL without a model is not an LLM");
        assert_eq!(d.engine, EngineChoice::Offline);
        assert!(!d.prompt_parser_llm);
        assert_eq!(d.generation.stale_after, Duration::from_secs(900));
        assert_eq!(d.rate_limits, crate::auth::RateLimits::default());
        assert_eq!(
            d.prompt_llm_per_org_hour,
            crate::auth::PROMPT_LLM_PER_ORG_PER_HOUR
        );
        assert_eq!(
            d.edge_secret, None,
            "no edge unless the template turns it on"
        );
    }

    #[test]
    fn rate_limits_from_the_environment() {
        let s = settings(&[
            ("STORE", "memory"),
            ("RATE_LIMIT_PER_KEY", "0"),
            ("RATE_LIMIT_PER_ORG", "1200"),
            ("PROMPT_LLM_PER_ORG_PER_HOUR", "7"),
            ("EDGE_ORIGIN_SECRET", " 0a1b-edge "),
        ])
        .unwrap();
        assert_eq!(s.edge_secret.as_deref(), Some("0a1b-edge"));
        assert_eq!(s.prompt_llm_per_org_hour, 7);
        assert_eq!(
            s.rate_limits,
            crate::auth::RateLimits {
                per_key: 0,
                per_org: 1200
            }
        );
    }
}
