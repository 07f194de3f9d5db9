//! Lambda entry point for `list-groups`: its route (method, path, handler) is
//! `boses::api::routes::LIST_GROUPS`; wiring in `boses::startup`.

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    boses::startup::run_http_lambda(boses::api::routes::LIST_GROUPS).await
}
