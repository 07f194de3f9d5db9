//! Lambda entry point for `parse-prompt`: its route (method, path, handler) is
//! `boses::api::routes::PARSE_PROMPT`; wiring in `boses::startup`.

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    boses::startup::run_http_lambda(boses::api::routes::PARSE_PROMPT).await
}
