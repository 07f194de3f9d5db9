//! SQS-triggered generation worker: wiring in `boses::startup`, logic in
//! `boses::generation`.

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    boses::startup::run_worker_lambda().await
}
