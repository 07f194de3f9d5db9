//! Lambda entry point for `list-groups`: all logic lives in `boses::api`.

use boses::api::{handlers, run_lambda, Endpoint};

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    run_lambda(Endpoint::ListGroups, |app, req| {
        Box::pin(handlers::list_groups(app, req))
    })
    .await
}
