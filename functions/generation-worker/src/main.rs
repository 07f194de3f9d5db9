//! SQS-triggered generation worker: all logic lives in `boses::generation`.

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    boses::generation::run_worker_lambda().await
}
