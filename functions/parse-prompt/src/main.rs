//! Lambda entry point for `parse-prompt`: all logic lives in `boses::api`.

use boses::api::{handlers, run_lambda, Endpoint};

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    run_lambda(Endpoint::ParsePrompt, |app, req| {
        Box::pin(handlers::parse_prompt(app, req))
    })
    .await
}
