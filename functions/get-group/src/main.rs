//! Lambda entry point for `get-group`: all logic lives in `boses::api`.

use boses::api::{handlers, run_lambda, Endpoint};

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    run_lambda(Endpoint::GetGroup, |app, req| {
        Box::pin(handlers::get_group(app, req))
    })
    .await
}
