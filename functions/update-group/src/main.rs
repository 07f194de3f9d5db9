//! Lambda entry point for `update-group`: all logic lives in `boses::api`.

use boses::api::{handlers, run_lambda, Endpoint};

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    run_lambda(Endpoint::UpdateGroup, |app, req| {
        Box::pin(handlers::update_group(app, req))
    })
    .await
}
