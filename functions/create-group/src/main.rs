//! Lambda entry point for `create-group`: all logic lives in `boses::api`.

use boses::api::{handlers, run_lambda, Endpoint};

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    run_lambda(Endpoint::CreateGroup, |app, req| {
        Box::pin(handlers::create_group(app, req))
    })
    .await
}
