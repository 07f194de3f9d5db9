//! HTTP handlers. Each takes the application context and an API Gateway request and
//! always returns a response: errors are mapped in exactly one place ([`ApiError`]).

pub mod error;
pub mod handlers;
pub mod http;
pub mod paging;
pub mod routes;

use lambda_http::{Body, Request, Response};
use std::sync::Arc;
use tracing::Instrument;

use crate::auth::Authenticator;
use crate::clock::{Clock, SystemClock};
use crate::generation::GenerationSettings;
use crate::queue::{Queue, SqsQueue};
use crate::store::{DynamoStore, MemoryStore, Store};

pub use error::ApiError;
pub use routes::Endpoint;

/// Everything a handler needs, created once per Lambda instance (or per local server).
pub struct App {
    pub store: Arc<dyn Store>,
    pub clock: Arc<dyn Clock>,
    pub auth: Authenticator,
    /// Where generate sends runs; `None` makes generate answer 503.
    pub queue: Option<Arc<dyn Queue>>,
    pub generation: GenerationSettings,
    /// LLM for parse-prompt's optional LLM mode (`PROMPT_PARSER=llm`).
    pub prompt_llm: Option<crate::chat::ChatClient>,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{0} must be set")]
    Missing(&'static str),
    #[error("{name} has an unsupported value {value:?}")]
    Invalid { name: &'static str, value: String },
}

/// Which store backs the service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreConfig {
    Memory,
    Dynamo { table: String },
}

impl StoreConfig {
    /// `STORE=memory|dynamodb`; without it, DynamoDB when `TABLE_NAME` is set.
    pub fn from_env() -> Result<Self, ConfigError> {
        let table = std::env::var("TABLE_NAME").ok().filter(|t| !t.is_empty());
        match std::env::var("STORE").ok().as_deref() {
            Some("memory") => Ok(Self::Memory),
            Some("dynamodb") | None => table
                .map(|table| Self::Dynamo { table })
                .ok_or(ConfigError::Missing("TABLE_NAME")),
            Some(other) => Err(ConfigError::Invalid {
                name: "STORE",
                value: other.to_owned(),
            }),
        }
    }

    pub async fn build(&self) -> Arc<dyn Store> {
        match self {
            Self::Memory => Arc::new(MemoryStore::new()),
            Self::Dynamo { table } => Arc::new(DynamoStore::from_env(table.clone()).await),
        }
    }
}

impl App {
    pub fn new(store: Arc<dyn Store>, clock: Arc<dyn Clock>) -> Self {
        let auth = Authenticator::new(store.clone(), clock.clone());
        Self {
            store,
            clock,
            auth,
            queue: None,
            generation: GenerationSettings::from_env(),
            prompt_llm: None,
        }
    }

    /// A memory store starts empty; `cargo lambda watch` with `STORE=memory` would then
    /// answer 401 to every event. `BOSES_API_KEY` / `BOSES_PROJECT_ID` seed it, as
    /// `boses-local` does.
    async fn seed_memory_from_env(&self) {
        let key = std::env::var("BOSES_API_KEY")
            .ok()
            .and_then(|k| crate::auth::ApiKey::parse(k.trim()));
        let project = std::env::var("BOSES_PROJECT_ID")
            .ok()
            .and_then(|p| crate::domain::ProjectId::parse(p.trim()).ok());
        if key.is_some() || project.is_some() {
            if let Err(e) =
                crate::tenancy::seed(self.store.as_ref(), self.clock.as_ref(), key, project).await
            {
                tracing::warn!(error = %e, "could not seed the memory store");
            }
        }
    }

    pub fn with_queue(mut self, queue: Arc<dyn Queue>) -> Self {
        self.queue = Some(queue);
        self
    }

    /// Store from `STORE`/`TABLE_NAME` (the queue and the LLM client are added by the
    /// functions that need them, see [`run_lambda`]).
    pub async fn from_env() -> Result<Self, ConfigError> {
        let store = StoreConfig::from_env()?.build().await;
        let app = Self::new(store, Arc::new(SystemClock));
        if StoreConfig::from_env()? == StoreConfig::Memory {
            app.seed_memory_from_env().await;
        }
        Ok(app)
    }

    /// Serves one request for a known endpoint, inside a span carrying its ids.
    /// Serves one request for a known endpoint (routing by value: every handler is
    /// linked in; the Lambdas use [`App::handle_with`] with their one handler).
    pub async fn handle(&self, endpoint: Endpoint, req: Request) -> Response<Body> {
        self.handle_with(endpoint, handler_for(endpoint), req).await
    }

    /// Serves one request with the given handler, inside a span carrying its ids, and
    /// maps its error to HTTP.
    pub async fn handle_with(
        &self,
        endpoint: Endpoint,
        handler: Handler,
        req: Request,
    ) -> Response<Body> {
        let span = tracing::info_span!(
            "request",
            request_id = %http::request_id(&req),
            endpoint = ?endpoint,
            method = %req.method(),
            project_id = http::path_param(&req, "project_id").as_deref().unwrap_or(""),
            group_id = http::path_param(&req, "group_id").as_deref().unwrap_or(""),
            key_id = tracing::field::Empty,
        );
        async {
            let result = handler(self, &req).await;
            let resp = result.unwrap_or_else(ApiError::into_response);
            tracing::info!(status = resp.status().as_u16(), "done");
            resp
        }
        .instrument(span)
        .await
    }

    /// Routes by method and path the way API Gateway does, then serves: what
    /// `boses-local` calls for every request.
    pub async fn route(&self, req: Request) -> Response<Body> {
        match routes::match_path(req.uri().path()) {
            None => ApiError::NotFound("Route").into_response(),
            Some(m) => match m
                .candidates
                .iter()
                .find(|(method, _)| method == req.method())
            {
                Some((_, endpoint)) => {
                    let req = lambda_http::RequestExt::with_path_parameters(
                        req,
                        m.params
                            .iter()
                            .map(|(k, v)| (k.to_string(), v.clone()))
                            .collect::<std::collections::HashMap<_, _>>(),
                    );
                    self.handle(*endpoint, req).await
                }
                None => ApiError::MethodNotAllowed(
                    m.candidates
                        .iter()
                        .map(|(m, _)| m.as_str())
                        .map(static_method)
                        .collect(),
                )
                .into_response(),
            },
        }
    }
}

/// The parse-prompt LLM client when `PROMPT_PARSER=llm` and the LLM settings are set.
pub fn prompt_llm_from_env() -> Option<crate::chat::ChatClient> {
    if std::env::var("PROMPT_PARSER").ok().as_deref() != Some("llm") {
        return None;
    }
    crate::chat::LlmSettings::from_env().map(crate::chat::ChatClient::new)
}

fn static_method(m: &str) -> &'static str {
    match m {
        "GET" => "GET",
        "POST" => "POST",
        "PATCH" => "PATCH",
        "DELETE" => "DELETE",
        "PUT" => "PUT",
        _ => "OPTIONS",
    }
}

/// A request handler, as a plain function pointer so that a Lambda links only its own.
pub type Handler = for<'a> fn(&'a App, &'a Request) -> HandlerFuture<'a>;
pub type HandlerFuture<'a> =
    std::pin::Pin<Box<dyn std::future::Future<Output = handlers::HandlerResult> + Send + 'a>>;

/// The handler of each endpoint.
pub fn handler_for(endpoint: Endpoint) -> Handler {
    match endpoint {
        Endpoint::ParsePrompt => |a, r| Box::pin(handlers::parse_prompt(a, r)),
        Endpoint::ListGroups => |a, r| Box::pin(handlers::list_groups(a, r)),
        Endpoint::CreateGroup => |a, r| Box::pin(handlers::create_group(a, r)),
        Endpoint::GetGroup => |a, r| Box::pin(handlers::get_group(a, r)),
        Endpoint::UpdateGroup => |a, r| Box::pin(handlers::update_group(a, r)),
        Endpoint::DeleteGroup => |a, r| Box::pin(handlers::delete_group(a, r)),
        Endpoint::GenerateGroup => |a, r| Box::pin(handlers::generate(a, r)),
        Endpoint::ListPersonas => |a, r| Box::pin(handlers::list_personas(a, r)),
    }
}

/// Runs one endpoint as a Lambda function: the whole of each `functions/*/main.rs`.
/// Only the endpoint's own handler is referenced, so each binary carries only its code
/// (the prompt parser and its LLM client only in parse-prompt, SQS only in generate).
pub async fn run_lambda(endpoint: Endpoint, handler: Handler) -> Result<(), lambda_http::Error> {
    crate::telemetry::init();
    let mut app = App::from_env().await?;
    match endpoint {
        Endpoint::GenerateGroup => {
            let url = std::env::var("QUEUE_URL").map_err(|_| ConfigError::Missing("QUEUE_URL"))?;
            app.queue = Some(Arc::new(SqsQueue::from_env(url).await));
        }
        Endpoint::ParsePrompt => app.prompt_llm = prompt_llm_from_env(),
        _ => {}
    }
    let app = Arc::new(app);
    lambda_http::run(lambda_http::service_fn(move |req: Request| {
        let app = app.clone();
        async move { Ok::<_, std::convert::Infallible>(app.handle_with(endpoint, handler, req).await) }
    }))
    .await
}
