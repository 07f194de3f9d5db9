//! Lambda entry point for `generate-group`: all logic lives in `boses::api`.

use boses::api::{handlers, run_lambda, Endpoint};

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    run_lambda(Endpoint::GenerateGroup, |app, req| {
        Box::pin(handlers::generate(app, req))
    })
    .await
}
