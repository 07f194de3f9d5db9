//! Lambda entry point for `update-group`: its route (method, path, handler) is
//! `boses::api::routes::UPDATE_GROUP`; wiring in `boses::startup`.

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    boses::startup::run_http_lambda(boses::api::routes::UPDATE_GROUP).await
}
