//! Lambda entry point for `delete-persona`: its route (method, path, handler) is
//! `boses::api::routes::DELETE_PERSONA`; wiring in `boses::startup`.

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    boses::startup::run_http_lambda(boses::api::routes::DELETE_PERSONA).await
}
