//! One wiring: from [`Settings`] to the parts a process runs. Every API Lambda, the
//! generation worker and `boses-local` build their store, app, worker and seed data
//! here, so a setting means the same thing everywhere (lifecycle events included).

use std::sync::Arc;
use std::time::Duration;

use crate::api::routes::{Needs, Route};
use crate::api::App;
use crate::chat::ChatClient;
use crate::clock::{Clock, SystemClock};
use crate::config::{ConfigError, EngineChoice, Settings, StoreConfig};
use crate::generation::{GenerationSettings, Worker};
use crate::persona::engine::PersonaEngine;
use crate::persona::{llm_writer, minimal, offline};
use crate::queue::{Queue, SqsQueue};
use crate::store::{DynamoStore, MemoryStore, Store};
use crate::tenancy::{self, Seeded, TenancyError};

#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error("could not seed the store")]
    Seed(#[source] TenancyError),
}

/// The settings and the long-lived parts built from them, once per process.
pub struct Services {
    pub settings: Settings,
    pub store: Arc<dyn Store>,
    pub clock: Arc<dyn Clock>,
}

impl Services {
    /// The store the settings name, and the system clock.
    pub async fn build(settings: Settings) -> Self {
        let store: Arc<dyn Store> = match &settings.store {
            StoreConfig::Memory => Arc::new(MemoryStore::new()),
            StoreConfig::Dynamo { table } => Arc::new(DynamoStore::from_env(table.clone()).await),
        };
        Self::with_store(settings, store, Arc::new(SystemClock))
    }

    /// Given parts (tests pass their own store and clock).
    pub fn with_store(settings: Settings, store: Arc<dyn Store>, clock: Arc<dyn Clock>) -> Self {
        Self {
            settings,
            store,
            clock,
        }
    }

    /// Reads the LLM key from Secrets Manager (`LLM_API_KEY_SECRET`) when this process
    /// will call the LLM and no `LLM_API_KEY` is set. A secret that cannot be read turns
    /// the LLM off for this instance, loudly: parse-prompt then answers offline and the
    /// LLM engine writes offline prose, rather than the function failing to start.
    pub async fn load_llm_key(&mut self, secrets: Option<&crate::secrets::SecretsClient>) {
        let Some(llm) = self.settings.llm.as_mut() else {
            return;
        };
        let Some(secret) = self.settings.llm_api_key_secret.as_deref() else {
            return;
        };
        if llm.api_key.is_some() {
            return;
        }
        let key = match secrets {
            Some(client) => client.llm_api_key(secret).await,
            None => match crate::secrets::SecretsClient::from_env().await {
                Ok(client) => client.llm_api_key(secret).await,
                Err(e) => Err(e),
            },
        };
        match key {
            Ok(key) => {
                llm.api_key = Some(key);
                tracing::info!("LLM key read from Secrets Manager");
            }
            Err(e) => {
                tracing::error!(error = %e, secret, "could not read the LLM key; LLM off for this instance");
                self.settings.llm = None;
            }
        }
    }

    /// Whether this process calls the LLM: a route that refines prompts with it, or
    /// the worker with the LLM engine.
    fn calls_llm(&self, needs: Option<Needs>) -> bool {
        match needs {
            Some(needs) => needs.prompt_llm && self.settings.prompt_parser_llm,
            None => self.settings.engine == EngineChoice::Llm,
        }
    }

    /// The one seeding path: a store without organisations gets one organisation,
    /// project and key, from `BOSES_API_KEY` / `BOSES_PROJECT_ID` when they are set.
    /// `None` when the store already has tenants.
    pub async fn seed_if_empty(&self) -> Result<Option<Seeded>, StartupError> {
        let has_any = self
            .store
            .has_any_organisation()
            .await
            .map_err(|e| StartupError::Seed(e.into()))?;
        if has_any {
            return Ok(None);
        }
        let seed = &self.settings.seed;
        tenancy::seed(
            self.store.as_ref(),
            self.clock.as_ref(),
            seed.api_key.clone(),
            seed.project_id,
        )
        .await
        .map(Some)
        .map_err(StartupError::Seed)
    }

    /// The API over this store, without a queue (generate then answers 503; add one
    /// with [`App::with_queue`]), and with parse-prompt's LLM client when the caller
    /// serves parse-prompt and `PROMPT_PARSER=llm` asks for it.
    pub fn app(&self, needs: Needs) -> App {
        let mut app = App::new(self.store.clone(), self.clock.clone());
        app.generation = self.settings.generation.clone();
        app.auth.limits = self.settings.rate_limits;
        app.prompt_llm_per_org_hour = self.settings.prompt_llm_per_org_hour;
        app.edge_secret = self.settings.edge_secret.clone();
        if needs.prompt_llm && self.settings.prompt_parser_llm {
            app.prompt_llm = self.chat_client();
        }
        app
    }

    /// The SQS queue generate sends to (`QUEUE_URL`).
    pub async fn generation_queue(&self) -> Result<SqsQueue, ConfigError> {
        let url = self
            .settings
            .queue_url
            .clone()
            .ok_or(ConfigError::Missing("QUEUE_URL"))?;
        Ok(SqsQueue::from_env(url).await)
    }

    /// The generation worker over this store: the configured engine, and lifecycle
    /// events when `EVENTS_QUEUE_URL` is set.
    pub async fn worker(&self) -> Worker {
        let events: Option<Arc<dyn Queue>> = match &self.settings.events_queue_url {
            Some(url) => Some(Arc::new(SqsQueue::from_env(url.clone()).await)),
            None => None,
        };
        let mut settings = self.settings.generation.clone();
        settings.persona_budget = self.persona_budget();
        Worker {
            store: self.store.clone(),
            engine: self.engine(),
            clock: self.clock.clone(),
            settings,
            events,
        }
    }

    /// One persona's worst case for the configured engine: every LLM attempt timing out
    /// with the client's backoff between them (plus a second to write), or a few
    /// seconds offline.
    pub fn persona_budget(&self) -> Duration {
        match (&self.settings.engine, &self.settings.llm) {
            (EngineChoice::Llm, Some(llm)) => {
                let attempts = llm.max_attempts.max(1);
                let backoff: Duration = (1..attempts)
                    .map(|i| {
                        Duration::from_millis(250 << (i - 1).min(5)).min(Duration::from_secs(8))
                    })
                    .sum();
                llm.timeout * attempts + backoff + Duration::from_secs(1)
            }
            _ => GenerationSettings::default().persona_budget,
        }
    }

    /// The persona engine `PERSONA_ENGINE` selects (default: the offline engine).
    pub fn engine(&self) -> Arc<dyn PersonaEngine> {
        match self.settings.engine {
            EngineChoice::Offline => Arc::new(offline::OfflineEngine),
            EngineChoice::Basic => Arc::new(minimal::MinimalEngine),
            EngineChoice::Llm => match self.chat_client() {
                Some(client) => Arc::new(llm_writer::LlmEngine::new(Arc::new(client))),
                None => {
                    tracing::warn!("PERSONA_ENGINE=llm but LLM_BASE_URL/LLM_MODEL are not set; using the offline engine");
                    Arc::new(offline::OfflineEngine)
                }
            },
        }
    }

    fn chat_client(&self) -> Option<ChatClient> {
        self.settings.llm.clone().map(ChatClient::new)
    }
}

/// The whole of each API function's `main`: settings, services, the parts its route
/// needs, then one handler per request. Only the route's own handler is referenced, so
/// each binary carries only its own code.
pub async fn run_http_lambda(route: Route) -> Result<(), lambda_http::Error> {
    crate::telemetry::init();
    let mut services = Services::build(Settings::from_env()?).await;
    if services.calls_llm(Some(route.needs)) {
        services.load_llm_key(None).await;
    }
    if services.settings.store == StoreConfig::Memory {
        // `cargo lambda watch` with STORE=memory: without tenants every event is a 401.
        services.seed_if_empty().await?;
    }
    let mut app = services.app(route.needs);
    if route.needs.queue {
        app.queue = Some(Arc::new(services.generation_queue().await?));
    }
    let app = Arc::new(app);
    lambda_http::run(lambda_http::service_fn(move |req| {
        let app = app.clone();
        let route = route.clone();
        async move { Ok::<_, std::convert::Infallible>(app.serve(&route, req).await) }
    }))
    .await
}

/// The whole of the generation worker's `main`: an SQS-triggered Lambda that reports
/// partial batch failures.
/// Lambda's deadline (milliseconds since the epoch) as an `Instant`, less a margin for
/// the batch response and a failed run's last write.
fn invocation_deadline(deadline_ms: u64) -> std::time::Instant {
    const MARGIN: Duration = Duration::from_secs(3);
    let now_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX));
    let left = Duration::from_millis(deadline_ms.saturating_sub(now_ms)).saturating_sub(MARGIN);
    std::time::Instant::now() + left
}

pub async fn run_worker_lambda() -> Result<(), lambda_runtime::Error> {
    use aws_lambda_events::event::sqs::SqsEvent;
    crate::telemetry::init();
    let mut services = Services::build(Settings::from_env()?).await;
    if services.calls_llm(None) {
        services.load_llm_key(None).await;
    }
    let worker = Arc::new(services.worker().await);
    lambda_runtime::run(lambda_runtime::service_fn(
        move |event: lambda_runtime::LambdaEvent<SqsEvent>| {
            let worker = worker.clone();
            async move {
                let deadline = invocation_deadline(event.context.deadline);
                Ok::<_, lambda_runtime::Error>(
                    worker.handle_batch_by(event.payload, Some(deadline)).await,
                )
            }
        },
    ))
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings_from(pairs: &[(&str, &str)]) -> Settings {
        Settings::from_pairs(pairs).expect("settings")
    }

    #[tokio::test]
    async fn the_persona_budget_follows_the_engine() {
        let llm = Services::build(settings_from(&[
            ("STORE", "memory"),
            ("PERSONA_ENGINE", "llm"),
            ("LLM_BASE_URL", "http://127.0.0.1:9"),
            ("LLM_MODEL", "m"),
            ("LLM_TIMEOUT_MS", "20000"),
            ("LLM_MAX_ATTEMPTS", "3"),
        ]))
        .await;
        // Three 20 s attempts, 250 ms and 500 ms of backoff, a second to write.
        assert_eq!(llm.persona_budget(), Duration::from_millis(61_750));
        assert_eq!(
            llm.worker().await.settings.persona_budget,
            Duration::from_millis(61_750)
        );
        let offline = Services::build(settings_from(&[("STORE", "memory")])).await;
        assert_eq!(offline.persona_budget(), Duration::from_secs(5));
        // Lambda's deadline, less the margin, as an Instant.
        let now_ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_millis() as u64;
        let d = invocation_deadline(now_ms + 10_000);
        let left = d.saturating_duration_since(std::time::Instant::now());
        assert!(
            left > Duration::from_secs(6) && left <= Duration::from_secs(7),
            "{left:?}"
        );
        assert!(invocation_deadline(0) <= std::time::Instant::now());
    }

    #[tokio::test]
    async fn every_process_gets_lifecycle_events_and_its_engine_from_settings() {
        // boses-local builds its worker here too, so EVENTS_QUEUE_URL works locally.
        let s = Services::build(settings_from(&[
            ("STORE", "memory"),
            ("EVENTS_QUEUE_URL", "http://127.0.0.1:9/000000000000/events"),
            ("PERSONA_ENGINE", "basic"),
        ]))
        .await;
        let worker = s.worker().await;
        assert!(worker.events.is_some());
        assert_eq!(worker.engine.name(), "basic");
        let plain = Services::build(settings_from(&[("STORE", "memory")])).await;
        let worker = plain.worker().await;
        assert!(worker.events.is_none());
        assert_eq!(worker.engine.name(), "offline");
        // An LLM engine without LLM settings falls back to the offline engine.
        let llm = Services::build(settings_from(&[
            ("STORE", "memory"),
            ("PERSONA_ENGINE", "llm"),
        ]))
        .await;
        assert_eq!(llm.engine().name(), "offline");
    }

    #[tokio::test]
    async fn seeding_happens_once_with_the_configured_key() {
        let key = format!("boses_{}", "cd".repeat(32));
        let s = Services::build(settings_from(&[
            ("STORE", "memory"),
            ("BOSES_API_KEY", &key),
            ("BOSES_PROJECT_ID", "0193a5b0-0000-7000-8000-000000000001"),
        ]))
        .await;
        let seeded = s.seed_if_empty().await.expect("seed").expect("seeded");
        assert_eq!(seeded.api_key, key);
        assert_eq!(
            seeded.project_id.to_string(),
            "0193a5b0-0000-7000-8000-000000000001"
        );
        assert!(s.seed_if_empty().await.expect("second seed").is_none());
    }

    #[test]
    fn parse_prompt_alone_gets_the_llm_client() {
        let settings = settings_from(&[
            ("STORE", "memory"),
            ("PROMPT_PARSER", "llm"),
            ("LLM_BASE_URL", "http://127.0.0.1:9/v1"),
            ("LLM_MODEL", "m"),
        ]);
        let s = Services::with_store(
            settings,
            Arc::new(MemoryStore::new()),
            Arc::new(SystemClock),
        );
        assert!(s
            .app(crate::api::routes::PARSE_PROMPT.needs)
            .prompt_llm
            .is_some());
        assert!(s
            .app(crate::api::routes::GET_GROUP.needs)
            .prompt_llm
            .is_none());
    }
}
