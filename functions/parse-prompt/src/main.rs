//! Lambda entry point for `parse-prompt`: all logic lives in `boses::api` and `boses::prompt`.

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    boses::api::run_lambda(boses::api::Endpoint::ParsePrompt).await
}
