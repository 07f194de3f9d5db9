//! Lambda entry point for `delete-personas`: its route (method, path, handler) is
//! `boses::api::routes::DELETE_PERSONAS`; wiring in `boses::startup`.

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    boses::startup::run_http_lambda(boses::api::routes::DELETE_PERSONAS).await
}
