//! HTTP handlers. Each takes the application context and an API Gateway request and
//! always returns a response: errors are mapped in exactly one place ([`ApiError`]).

pub mod error;
pub mod handlers;
pub mod paging;
pub mod personas;
pub mod request;
pub mod response;
pub mod routes;

use lambda_http::{Body, Request, Response};
use std::sync::Arc;
use tracing::Instrument;

use lambda_http::RequestExt;

use crate::auth::Authenticator;
use crate::clock::Clock;
use crate::generation::GenerationSettings;
use crate::queue::Queue;
use crate::store::Store;

pub use error::ApiError;
pub use routes::{Endpoint, Route};

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
    /// The whole LLM refinement of one parse-prompt request, retries included; past it
    /// the offline result is the answer.
    pub prompt_llm_deadline: std::time::Duration,
    /// parse-prompt LLM calls one organisation may make a clock hour, all its keys
    /// together (`PROMPT_LLM_PER_ORG_PER_HOUR`); past it, the offline answer. 0: no cap.
    pub prompt_llm_per_org_hour: u32,
    /// With the CloudFront edge on (`EDGE_ORIGIN_SECRET`, template `EdgeRateLimit`):
    /// the value CloudFront adds as `X-Boses-Edge` to every request it forwards.
    /// Requests without it came to the API's own URL around the WAF rule, and are
    /// refused.
    pub edge_secret: Option<String>,
}

/// parse-prompt's function timeout is 10 s (template.yaml): the LLM gets 6 of them,
/// whatever its client's own timeout and retries, so the offline answer always has
/// time to go out.
/// The header CloudFront adds to every request it forwards when the edge is on.
pub const EDGE_HEADER: &str = "x-boses-edge";

pub const PROMPT_LLM_DEADLINE: std::time::Duration = std::time::Duration::from_secs(6);

impl App {
    pub fn new(store: Arc<dyn Store>, clock: Arc<dyn Clock>) -> Self {
        let auth = Authenticator::new(store.clone(), clock.clone());
        Self {
            store,
            clock,
            auth,
            queue: None,
            generation: GenerationSettings::default(),
            prompt_llm: None,
            prompt_llm_deadline: PROMPT_LLM_DEADLINE,
            prompt_llm_per_org_hour: crate::auth::PROMPT_LLM_PER_ORG_PER_HOUR,
            edge_secret: None,
        }
    }

    pub fn with_queue(mut self, queue: Arc<dyn Queue>) -> Self {
        self.queue = Some(queue);
        self
    }

    /// Serves one request for an endpoint (tests and tools; the Lambdas call
    /// [`App::serve`] with their own route).
    pub async fn handle(&self, endpoint: Endpoint, req: Request) -> Response<Body> {
        self.serve(&routes::route_of(endpoint), req).await
    }

    /// Serves one request with the route's handler, inside a span carrying its ids, and
    /// maps its error to HTTP. Path parameters API Gateway would have set are filled in
    /// from the route's template when the request has none (local and test requests).
    pub async fn serve(&self, route: &Route, req: Request) -> Response<Body> {
        let req = if req.path_parameters_ref().is_none() {
            match routes::params_for(route.path, req.uri().path()) {
                Some(params) => req.with_path_parameters(
                    params
                        .into_iter()
                        .map(|(k, v)| (k.to_string(), v))
                        .collect::<std::collections::HashMap<_, _>>(),
                ),
                None => req,
            }
        } else {
            req
        };
        let span = tracing::info_span!(
            "request",
            request_id = %request::request_id(&req),
            endpoint = ?route.endpoint,
            method = %req.method(),
            project_id = request::path_param(&req, "project_id").as_deref().unwrap_or(""),
            group_id = request::path_param(&req, "group_id").as_deref().unwrap_or(""),
            key_id = tracing::field::Empty,
        );
        async {
            if !self.came_through_the_edge(&req) {
                let resp = ApiError::Forbidden(
                    "This API is served through its CloudFront URL; call that instead",
                )
                .into_response();
                tracing::info!(status = resp.status().as_u16(), "done");
                return resp;
            }
            let result = (route.handler)(self, &req).await;
            let resp = result.unwrap_or_else(ApiError::into_response);
            tracing::info!(status = resp.status().as_u16(), "done");
            resp
        }
        .instrument(span)
        .await
    }

    /// Whether the request carries the edge's origin header, when an edge is configured.
    /// Compared as SHA-256 digests, so the comparison's time does not depend on how
    /// much of a guess was right.
    fn came_through_the_edge(&self, req: &Request) -> bool {
        use sha2::{Digest, Sha256};
        let Some(secret) = &self.edge_secret else {
            return true;
        };
        let given = req
            .headers()
            .get(EDGE_HEADER)
            .map(|v| Sha256::digest(v.as_bytes()));
        given.is_some_and(|g| g == Sha256::digest(secret.as_bytes()))
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
                    let req = req.with_path_parameters(
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
