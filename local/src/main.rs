//! `boses-local`: the whole API on 127.0.0.1, routed like API Gateway, served by the
//! same handler functions the Lambdas call. See the library for the server itself.

use clap::{Parser, ValueEnum};
use std::net::SocketAddr;
use std::sync::Arc;
use tokio::net::TcpListener;

use boses::startup::Services;
use boses_local::{build_app, serve_until, StoreKind};

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum StoreArg {
    Memory,
    Dynamodb,
}

#[derive(Parser)]
#[command(name = "boses-local", version, about = "Run the Boses API locally")]
struct Cli {
    /// Port on 127.0.0.1 (0 picks a free one).
    #[arg(long, default_value_t = 3000, env = "PORT")]
    port: u16,
    /// `memory` needs nothing; `dynamodb` uses TABLE_NAME and the AWS environment.
    #[arg(long, value_enum, default_value_t = StoreArg::Memory)]
    store: StoreArg,
}

async fn seed_if_empty(services: &Services, addr: SocketAddr) -> Result<(), String> {
    let Some(s) = services
        .seed_if_empty()
        .await
        .map_err(|e| boses::telemetry::error_chain(&e))?
    else {
        println!("Store already has organisations; not seeding. Use boses-admin to create keys.");
        return Ok(());
    };
    println!("Seeded a local organisation, project and API key:");
    println!("  BOSES_PROJECT_ID={}", s.project_id);
    println!("  BOSES_API_KEY={}", s.api_key);
    println!();
    println!("Try:");
    println!(
        "  curl -s -H 'Authorization: Bearer {}' http://{addr}/api/v1/projects/{}/persona-groups",
        s.api_key, s.project_id
    );
    Ok(())
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    boses::telemetry::init();
    let cli = Cli::parse();
    match run(cli).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("boses-local: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> Result<(), String> {
    let kind = match cli.store {
        StoreArg::Memory => StoreKind::Memory,
        StoreArg::Dynamodb => StoreKind::Dynamodb,
    };
    let (services, app) = build_app(kind).await?;
    let app = Arc::new(app);
    let listener = TcpListener::bind(("127.0.0.1", cli.port))
        .await
        .map_err(|e| format!("cannot listen on 127.0.0.1:{}: {e}", cli.port))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    println!("boses-local listening on http://{addr} (store: {kind:?})");
    seed_if_empty(&services, addr).await?;
    serve_until(app, listener, shutdown_signal()).await;
    println!("Stopped.");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
}
