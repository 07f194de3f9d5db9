//! Lambda entry point for `delete-group`: all logic lives in `boses::api`.

use boses::api::{handlers, run_lambda, Endpoint};

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    run_lambda(Endpoint::DeleteGroup, |app, req| {
        Box::pin(handlers::delete_group(app, req))
    })
    .await
}
