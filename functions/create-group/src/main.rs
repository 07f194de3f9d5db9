//! Lambda entry point for `create-group`: all logic lives in `boses::api`.

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    boses::api::run_lambda(boses::api::Endpoint::CreateGroup).await
}
