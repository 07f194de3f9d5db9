//! Lambda entry point for `delete-group`: all logic lives in `boses::api`.

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    boses::api::run_lambda(boses::api::Endpoint::DeleteGroup).await
}
