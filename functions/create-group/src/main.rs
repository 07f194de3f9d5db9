//! Lambda entry point for `create-group`: its route (method, path, handler) is
//! `boses::api::routes::CREATE_GROUP`; wiring in `boses::startup`.

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    boses::startup::run_http_lambda(boses::api::routes::CREATE_GROUP).await
}
