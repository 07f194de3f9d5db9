//! Lambda entry point for `get-persona`: its route (method, path, handler) is
//! `boses::api::routes::GET_PERSONA`; wiring in `boses::startup`.

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    boses::startup::run_http_lambda(boses::api::routes::GET_PERSONA).await
}
