//! Lambda entry point for `list-personas`: all logic lives in `boses::api`.

use boses::api::{handlers, run_lambda, Endpoint};

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    run_lambda(Endpoint::ListPersonas, |app, req| {
        Box::pin(handlers::list_personas(app, req))
    })
    .await
}
