//! `boses`: the Boses API from a terminal.
//!
//! Configuration comes from flags, then `BOSES_API_URL` / `BOSES_API_KEY` /
//! `BOSES_PROJECT_ID`, then the file `boses configure` writes. Output is human tables on
//! a terminal and JSON when piped or with `--json`. The key is never printed.

mod client;
mod config;
mod output;

use clap::{Args, Parser, Subcommand, ValueEnum};
use reqwest::Method;
use serde_json::{json, Map, Value};
use std::io::{BufRead, IsTerminal, Write};
use std::process::ExitCode;
use std::time::Duration;

use client::{exit, CliError, Client};

#[derive(Parser)]
#[command(
    name = "boses",
    version,
    about = "Synthetic persona groups from your terminal",
    propagate_version = true
)]
struct Cli {
    /// API base URL (default: BOSES_API_URL or the config file).
    #[arg(long, global = true)]
    api_url: Option<String>,
    /// API key (default: BOSES_API_KEY or the config file). Prefer the environment: flags show up in shell history.
    #[arg(long, global = true, hide_env_values = true)]
    api_key: Option<String>,
    /// Project id (default: BOSES_PROJECT_ID or the config file).
    #[arg(long, global = true)]
    project: Option<String>,
    /// Print JSON even on a terminal.
    #[arg(long, global = true)]
    json: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Save API URL, key and project to the config file.
    Configure(ConfigureArgs),
    /// Persona groups.
    #[command(subcommand)]
    Groups(GroupsCommand),
    /// Start generating personas for a group.
    Generate {
        group: String,
        /// Seed for reproducible personas.
        #[arg(long)]
        seed: Option<u64>,
        /// Wait and show progress until the run completes (Ctrl-C stops waiting, not the run).
        #[arg(long)]
        wait: bool,
    },
    /// Show a group's personas (or one, with --id), or delete them: `personas delete GROUP [ID]`.
    #[command(args_conflicts_with_subcommands = true)]
    Personas {
        #[command(subcommand)]
        action: Option<PersonasCommand>,
        /// The group whose personas to show.
        group: Option<String>,
        /// Show only this persona.
        #[arg(long)]
        id: Option<String>,
        #[arg(long, value_enum)]
        format: Option<Format>,
    },
}

#[derive(Subcommand)]
enum PersonasCommand {
    /// Delete one persona (with ID) or all of a group's personas (without); the group stays.
    Delete {
        group: String,
        /// The persona to delete; without it, every persona of the group.
        id: Option<String>,
        /// Do not ask for confirmation.
        #[arg(long, short)]
        yes: bool,
    },
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Format {
    Table,
    Json,
    Jsonl,
    Csv,
}

#[derive(Args)]
struct ConfigureArgs {
    #[arg(long = "set-api-url")]
    url: Option<String>,
    #[arg(long = "set-api-key")]
    key: Option<String>,
    #[arg(long = "set-project")]
    project: Option<String>,
}

#[derive(Subcommand)]
enum GroupsCommand {
    /// List groups (all pages).
    List,
    /// Show one group.
    Get { group: String },
    /// Create a group from flags, or from a description with --from-prompt.
    Create {
        #[command(flatten)]
        fields: GroupFields,
        /// Describe the audience in words; the fields are shown for confirmation.
        #[arg(long)]
        from_prompt: Option<String>,
        /// Do not ask for confirmation.
        #[arg(long, short)]
        yes: bool,
        /// Makes retries safe: the same key and body return the first result.
        #[arg(long)]
        idempotency_key: Option<String>,
    },
    /// Change some fields of a group.
    Update {
        group: String,
        #[command(flatten)]
        fields: GroupFields,
        /// Clear an optional field (repeatable): description, age_min, age_max, location, income_level, occupation, psychographic_notes.
        #[arg(long)]
        clear: Vec<String>,
    },
    /// Delete a group and all its personas.
    Delete {
        group: String,
        #[arg(long, short)]
        yes: bool,
    },
}

#[derive(Args, Default)]
struct GroupFields {
    #[arg(long)]
    name: Option<String>,
    #[arg(long)]
    description: Option<String>,
    #[arg(long)]
    age_min: Option<i64>,
    #[arg(long)]
    age_max: Option<i64>,
    /// Male, Female or All.
    #[arg(long)]
    gender: Option<String>,
    /// "City, Country" or "Country".
    #[arg(long)]
    location: Option<String>,
    /// Low, Middle or High.
    #[arg(long)]
    income_level: Option<String>,
    #[arg(long)]
    occupation: Option<String>,
    #[arg(long)]
    psychographic_notes: Option<String>,
    /// 1 to 10.
    #[arg(long)]
    persona_count: Option<i64>,
}

impl GroupFields {
    fn to_map(&self) -> Map<String, Value> {
        let mut m = Map::new();
        let mut put = |k: &str, v: Option<Value>| {
            if let Some(v) = v {
                m.insert(k.into(), v);
            }
        };
        put("name", self.name.clone().map(Value::from));
        put("description", self.description.clone().map(Value::from));
        put("age_min", self.age_min.map(Value::from));
        put("age_max", self.age_max.map(Value::from));
        put("gender", self.gender.clone().map(Value::from));
        put("location", self.location.clone().map(Value::from));
        put("income_level", self.income_level.clone().map(Value::from));
        put("occupation", self.occupation.clone().map(Value::from));
        put(
            "psychographic_notes",
            self.psychographic_notes.clone().map(Value::from),
        );
        put("persona_count", self.persona_count.map(Value::from));
        m
    }
}

struct Ctx {
    json: bool,
}

impl Ctx {
    fn print(&self, human: impl FnOnce() -> String, value: &Value) {
        if self.json {
            println!(
                "{}",
                serde_json::to_string_pretty(value).unwrap_or_default()
            );
        } else {
            println!("{}", human());
        }
    }
}

fn client(cli: &Cli) -> Result<Client, CliError> {
    let cfg = config::resolve(
        cli.api_url.clone(),
        cli.api_key.clone(),
        cli.project.clone(),
    )
    .map_err(CliError::Usage)?;
    Client::new(cfg)
}

fn confirm(question: &str) -> Result<bool, CliError> {
    if !std::io::stdin().is_terminal() {
        return Err(CliError::Usage(
            "not a terminal: pass --yes to confirm".into(),
        ));
    }
    eprint!("{question} [y/N] ");
    let _ = std::io::stderr().flush();
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| CliError::Other(e.to_string()))?;
    Ok(matches!(line.trim().to_lowercase().as_str(), "y" | "yes"))
}

fn prompt_line(label: &str, current: Option<&str>) -> Result<Option<String>, CliError> {
    match current {
        Some(c) => eprint!("{label} [{c}]: "),
        None => eprint!("{label}: "),
    }
    let _ = std::io::stderr().flush();
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| CliError::Other(e.to_string()))?;
    let t = line.trim();
    Ok((!t.is_empty()).then(|| t.to_owned()))
}

async fn configure(args: &ConfigureArgs) -> Result<(), CliError> {
    let mut cfg = config::load();
    let interactive = args.url.is_none() && args.key.is_none() && args.project.is_none();
    if interactive {
        if !std::io::stdin().is_terminal() {
            return Err(CliError::Usage(
                "not a terminal: pass --set-api-url, --set-api-key and --set-project".into(),
            ));
        }
        let masked = cfg.api_key.as_deref().map(config::mask);
        cfg.api_url = prompt_line("API URL", cfg.api_url.as_deref())?.or(cfg.api_url);
        cfg.api_key = prompt_line("API key", masked.as_deref())?.or(cfg.api_key);
        cfg.project_id = prompt_line("Project id", cfg.project_id.as_deref())?.or(cfg.project_id);
    } else {
        cfg.api_url = args.url.clone().or(cfg.api_url);
        cfg.api_key = args.key.clone().or(cfg.api_key);
        cfg.project_id = args.project.clone().or(cfg.project_id);
    }
    if let Some(k) = &cfg.api_key {
        if !k.starts_with("boses_") {
            return Err(CliError::Usage(
                "the API key should start with boses_".into(),
            ));
        }
    }
    let path = config::save(&cfg).map_err(CliError::Other)?;
    eprintln!(
        "Saved {} (API {}, project {}, key {}).",
        path.display(),
        cfg.api_url.as_deref().unwrap_or("-"),
        cfg.project_id.as_deref().unwrap_or("-"),
        cfg.api_key
            .as_deref()
            .map(config::mask)
            .unwrap_or_else(|| "-".into())
    );
    Ok(())
}

async fn groups(cli: &Cli, cmd: &GroupsCommand, ctx: &Ctx) -> Result<(), CliError> {
    let c = client(cli)?;
    let base = c.base();
    match cmd {
        GroupsCommand::List => {
            let groups = c.list_all(&base).await?;
            ctx.print(
                || {
                    if groups.is_empty() {
                        "No groups yet.".into()
                    } else {
                        output::groups_table(&groups)
                    }
                },
                &Value::Array(groups.clone()),
            );
        }
        GroupsCommand::Get { group } => {
            let r = c
                .call(Method::GET, &format!("{base}/{group}"), None, &[])
                .await?;
            ctx.print(|| output::group_detail(&r.body), &r.body);
        }
        GroupsCommand::Create {
            fields,
            from_prompt,
            yes,
            idempotency_key,
        } => {
            let mut body = Map::new();
            if let Some(p) = from_prompt {
                let r = c
                    .call(
                        Method::POST,
                        &format!("{base}/parse-prompt"),
                        Some(&json!({ "prompt": p })),
                        &[],
                    )
                    .await?;
                if let Some(m) = r.body.as_object() {
                    body.extend(m.clone());
                }
            }
            // Flags override what the prompt suggested.
            body.extend(fields.to_map());
            if !body.contains_key("name") {
                return Err(CliError::Usage(
                    "--name is required (or use --from-prompt)".into(),
                ));
            }
            let body = Value::Object(body);
            if from_prompt.is_some() && !yes {
                eprintln!("{}", output::group_detail(&body));
                if !confirm("Create this group?")? {
                    return Err(CliError::Other("cancelled".into()));
                }
            }
            let headers: Vec<(&str, String)> = idempotency_key
                .iter()
                .map(|k| ("idempotency-key", k.clone()))
                .collect();
            let r = c.call(Method::POST, &base, Some(&body), &headers).await?;
            ctx.print(
                || {
                    format!(
                        "Created {}\n{}",
                        output::s(&r.body["id"]),
                        output::group_detail(&r.body)
                    )
                },
                &r.body,
            );
        }
        GroupsCommand::Update {
            group,
            fields,
            clear,
        } => {
            let mut body = fields.to_map();
            for f in clear {
                body.insert(f.clone(), Value::Null);
            }
            if body.is_empty() {
                return Err(CliError::Usage(
                    "nothing to change: pass field flags or --clear".into(),
                ));
            }
            let r = c
                .call(
                    Method::PATCH,
                    &format!("{base}/{group}"),
                    Some(&Value::Object(body)),
                    &[],
                )
                .await?;
            ctx.print(|| output::group_detail(&r.body), &r.body);
        }
        GroupsCommand::Delete { group, yes } => {
            if !yes && !confirm(&format!("Delete group {group} and all its personas?"))? {
                return Err(CliError::Other("cancelled".into()));
            }
            c.call(Method::DELETE, &format!("{base}/{group}"), None, &[])
                .await?;
            ctx.print(|| format!("Deleted {group}"), &json!({"deleted": group}));
        }
    }
    Ok(())
}

async fn generate(
    cli: &Cli,
    group: &str,
    seed: Option<u64>,
    wait: bool,
    ctx: &Ctx,
) -> Result<(), CliError> {
    let c = client(cli)?;
    let url = format!("{}/{group}", c.base());
    let body = seed.map(|s| json!({ "seed": s }));
    let r = c
        .call(Method::POST, &format!("{url}/generate"), body.as_ref(), &[])
        .await?;
    if !wait {
        ctx.print(|| format!("Generation queued for {group}. Follow it with: boses generate {group} --wait, or boses groups get {group}"), &r.body);
        return Ok(());
    }
    let total = r.body["persona_count"].as_u64().unwrap_or(0);
    let bar = indicatif::ProgressBar::with_draw_target(
        Some(total),
        indicatif::ProgressDrawTarget::stderr(),
    );
    if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} {msg}") {
        bar.set_style(style);
    }
    let mut ctrl_c = std::pin::pin!(tokio::signal::ctrl_c());
    let last = loop {
        let g = c.call(Method::GET, &url, None, &[]).await?.body;
        bar.set_position(g["personas_generated"].as_u64().unwrap_or(0));
        bar.set_message(output::s(&g["generation_progress"]));
        match g["generation_status"].as_str() {
            Some("complete") => break g,
            Some("failed") => {
                bar.abandon();
                return Err(CliError::GenerationFailed(output::s(
                    &g["generation_error"],
                )));
            }
            _ => {}
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_millis(400)) => {}
            _ = &mut ctrl_c => {
                bar.abandon();
                                eprintln!("Stopped waiting; the run continues. Check it with: boses groups get {group}");
                return interrupted();
            }
        }
    };
    bar.finish_and_clear();
    ctx.print(
        || {
            format!(
                "Generated {} personas for {}. See them with: boses personas {group}",
                last["personas_generated"],
                output::s(&last["name"])
            )
        },
        &last,
    );
    Ok(())
}

fn interrupted() -> Result<(), CliError> {
    std::process::exit(i32::from(exit::INTERRUPTED));
}

async fn delete_personas(
    cli: &Cli,
    group: &str,
    id: Option<&str>,
    yes: bool,
    ctx: &Ctx,
) -> Result<(), CliError> {
    let c = client(cli)?;
    let base = format!("{}/{group}/personas", c.base());
    let (question, url) = match id {
        Some(id) => (
            format!("Delete persona {id} of group {group}?"),
            format!("{base}/{id}"),
        ),
        None => (
            format!("Delete every persona of group {group}? The group stays."),
            base,
        ),
    };
    if !yes && !confirm(&question)? {
        return Err(CliError::Other("cancelled".into()));
    }
    c.call(Method::DELETE, &url, None, &[]).await?;
    match id {
        Some(id) => ctx.print(
            || format!("Deleted persona {id}"),
            &json!({"deleted": id, "group": group}),
        ),
        None => ctx.print(
            || format!("Deleted the personas of {group}"),
            &json!({"deleted": "all", "group": group}),
        ),
    }
    Ok(())
}

async fn personas(
    cli: &Cli,
    group: &str,
    id: Option<&str>,
    format: Option<Format>,
    ctx: &Ctx,
) -> Result<(), CliError> {
    let c = client(cli)?;
    let personas = match id {
        Some(id) => {
            let r = c
                .call(
                    Method::GET,
                    &format!("{}/{group}/personas/{id}", c.base()),
                    None,
                    &[],
                )
                .await?;
            if format.is_none() && ctx.json {
                // One persona is one JSON object, not a list of one.
                let _ = writeln!(
                    std::io::stdout().lock(),
                    "{}",
                    serde_json::to_string_pretty(&r.body).unwrap_or_default()
                );
                return Ok(());
            }
            vec![r.body]
        }
        None => {
            c.list_all(&format!("{}/{group}/personas", c.base()))
                .await?
        }
    };
    let format = format.unwrap_or(if ctx.json {
        Format::Json
    } else {
        Format::Table
    });
    let mut out = std::io::stdout().lock();
    let text = match format {
        Format::Table => {
            if personas.is_empty() {
                "No personas yet: run `boses generate GROUP --wait`.".to_owned()
            } else {
                personas
                    .iter()
                    .map(output::persona_card)
                    .collect::<Vec<_>>()
                    .join("\n\n")
            }
        }
        Format::Json => serde_json::to_string_pretty(&personas).unwrap_or_default(),
        Format::Jsonl => personas
            .iter()
            .map(Value::to_string)
            .collect::<Vec<_>>()
            .join("\n"),
        Format::Csv => {
            let csv = output::personas_csv(&personas);
            let _ = out.write_all(csv.as_bytes());
            return Ok(());
        }
    };
    let _ = writeln!(out, "{text}");
    Ok(())
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() {
                exit::USAGE
            } else {
                exit::OK
            });
        }
    };
    let ctx = Ctx {
        json: cli.json || !std::io::stdout().is_terminal(),
    };
    let result = match &cli.command {
        Command::Configure(args) => configure(args).await,
        Command::Groups(cmd) => groups(&cli, cmd, &ctx).await,
        Command::Generate { group, seed, wait } => generate(&cli, group, *seed, *wait, &ctx).await,
        Command::Personas {
            action: Some(PersonasCommand::Delete { group, id, yes }),
            ..
        } => delete_personas(&cli, group, id.as_deref(), *yes, &ctx).await,
        Command::Personas {
            action: None,
            group: Some(group),
            id,
            format,
        } => personas(&cli, group, id.as_deref(), *format, &ctx).await,
        Command::Personas { .. } => Err(CliError::Usage(
            "give a group: boses personas GROUP [--id ID], or boses personas delete GROUP [ID]"
                .into(),
        )),
    };
    match result {
        Ok(()) => ExitCode::from(exit::OK),
        Err(e) => {
            eprintln!("Error: {}", e.message());
            ExitCode::from(e.exit_code())
        }
    }
}
