//! Lambda entry point for `generate-group`: all logic lives in `boses::api`.

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    boses::api::run_lambda(boses::api::Endpoint::GenerateGroup).await
}
