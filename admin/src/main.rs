//! `boses-admin`: tenancy administration against any DynamoDB endpoint
//! (`TABLE_NAME` plus the standard AWS environment, `AWS_ENDPOINT_URL` included).

use clap::{Parser, Subcommand};
use serde_json::json;
use std::process::ExitCode;

use boses::clock::SystemClock;
use boses::domain::OrgId;
use boses::store::DynamoStore;
use boses::tenancy;

#[derive(Parser)]
#[command(
    name = "boses-admin",
    version,
    about = "Create the table, organisations, projects and API keys"
)]
struct Cli {
    /// Print one JSON object instead of text.
    #[arg(long, global = true)]
    json: bool,
    /// DynamoDB table.
    #[arg(long, env = "TABLE_NAME", global = true, default_value = "boses")]
    table: String,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create the table if it is missing (local DynamoDB, moto).
    Init,
    /// Create an organisation.
    CreateOrg {
        #[arg(long)]
        name: String,
    },
    /// Create a project owned by an organisation.
    CreateProject {
        #[arg(long)]
        org: String,
        #[arg(long)]
        name: String,
    },
    /// Issue an API key for an organisation. The key is shown once.
    CreateKey {
        #[arg(long)]
        org: String,
        #[arg(long)]
        expires_in_days: Option<u32>,
    },
    /// List an organisation's keys: public id, dates and status, never the key.
    ListKeys {
        #[arg(long)]
        org: String,
    },
    /// Revoke one API key (takes effect everywhere within 60 seconds): by its public
    /// id, or, without --key-id, the key itself read from standard input, so that it
    /// never lands in shell history.
    RevokeKey {
        /// The key's public id, as create-key and list-keys show it (`key_…`).
        #[arg(long)]
        key_id: Option<String>,
    },
    /// Index every key by organisation and public id. Keys issued before the index
    /// existed do not show in list-keys until this has run once; safe to run again.
    ReindexKeys,
    /// Revoke every key of an organisation (rotation after a leak: issue new keys
    /// first, then revoke all, then hand out the new ones).
    RevokeAll {
        #[arg(long)]
        org: String,
    },
}

/// One key from standard input (a pipe, a file or the terminal), trimmed.
fn key_from_stdin() -> Result<String, String> {
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .map_err(|e| format!("reading the key from standard input: {e}"))?;
    let key = line.trim().to_owned();
    if key.is_empty() {
        return Err("give --key-id, or the key on standard input".into());
    }
    Ok(key)
}

fn org_id(raw: &str) -> Result<OrgId, String> {
    OrgId::parse(raw.trim())
        .map_err(|_| format!("--org must be an organisation id (UUID), got {raw:?}"))
}

async fn run(cli: Cli) -> Result<serde_json::Value, String> {
    let store = DynamoStore::from_env(cli.table.clone()).await;
    let clock = SystemClock;
    let err = |e: tenancy::TenancyError| e.to_string();
    match cli.command {
        Command::Init => {
            let created = store.ensure_table().await.map_err(|e| e.to_string())?;
            Ok(json!({"table": cli.table, "created": created}))
        }
        Command::CreateOrg { name } => {
            let org = tenancy::create_org(&store, &clock, &name, None)
                .await
                .map_err(err)?;
            Ok(json!({"org_id": org.id, "name": org.name}))
        }
        Command::CreateProject { org, name } => {
            let p = tenancy::create_project(&store, &clock, org_id(&org)?, &name, None)
                .await
                .map_err(err)?;
            Ok(json!({"project_id": p.id, "org_id": p.org_id, "name": p.name}))
        }
        Command::CreateKey {
            org,
            expires_in_days,
        } => {
            let k = tenancy::create_key(&store, &clock, org_id(&org)?, expires_in_days, None)
                .await
                .map_err(err)?;
            Ok(
                json!({"key": k.key, "key_id": k.key_id, "org_id": k.org_id, "expires_at": k.expires_at}),
            )
        }
        Command::ListKeys { org } => {
            let keys = tenancy::list_keys(&store, &clock, org_id(&org)?)
                .await
                .map_err(err)?;
            Ok(json!({"org_id": org.trim(), "keys": keys}))
        }
        Command::RevokeKey { key_id } => {
            let revoked = match key_id {
                Some(id) => tenancy::revoke_key_by_id(&store, &clock, &id).await,
                None => tenancy::revoke_key(&store, &clock, &key_from_stdin()?).await,
            }
            .map_err(err)?;
            if revoked {
                Ok(json!({"revoked": true}))
            } else {
                Err("no such key".into())
            }
        }
        Command::ReindexKeys => {
            let n = tenancy::reindex_keys(&store).await.map_err(err)?;
            Ok(json!({"indexed": n}))
        }
        Command::RevokeAll { org } => {
            let n = tenancy::revoke_all(&store, &clock, org_id(&org)?)
                .await
                .map_err(err)?;
            Ok(json!({"org_id": org.trim(), "revoked": n}))
        }
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    let as_json = cli.json;
    match run(cli).await {
        Ok(out) => {
            if as_json {
                println!("{out}");
            } else if let Some(obj) = out.as_object() {
                for (k, v) in obj {
                    let v = v
                        .as_str()
                        .map(str::to_owned)
                        .unwrap_or_else(|| v.to_string());
                    println!("{k}: {v}");
                }
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            if as_json {
                println!("{}", json!({"error": e}));
            } else {
                eprintln!("boses-admin: {e}");
            }
            ExitCode::FAILURE
        }
    }
}
