//! The `boses` binary against a `boses-local` started by the test: non-TTY JSON
//! output, CSV escaping, error exit codes, configuration, and the whole
//! create -> generate --wait -> personas path.

use std::process::{Command, Output};
use std::sync::OnceLock;

const KEY: &str = "boses_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
const PROJECT: &str = "0193a5b0-0000-7000-8000-000000000001";

/// One in-process service for the whole test binary.
fn server() -> &'static str {
    static URL: OnceLock<String> = OnceLock::new();
    URL.get_or_init(|| {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let rt = tokio::runtime::Runtime::new().unwrap();
            rt.block_on(async move {
                let (_, app) = boses_local::build_app(boses_local::StoreKind::Memory)
                    .await
                    .unwrap();
                boses::tenancy::seed(
                    app.store.as_ref(),
                    app.clock.as_ref(),
                    boses::auth::ApiKey::parse(KEY),
                    Some(boses::domain::ProjectId::parse(PROJECT).unwrap()),
                )
                .await
                .unwrap();
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
                tx.send(format!("http://{}", listener.local_addr().unwrap()))
                    .unwrap();
                boses_local::serve_until(
                    std::sync::Arc::new(app),
                    listener,
                    std::future::pending(),
                )
                .await;
            });
        });
        rx.recv().unwrap()
    })
}

fn boses(args: &[&str]) -> Output {
    boses_with(
        args,
        &[
            ("BOSES_API_URL", server()),
            ("BOSES_API_KEY", KEY),
            ("BOSES_PROJECT_ID", PROJECT),
        ],
    )
}

fn boses_with(args: &[&str], env: &[(&str, &str)]) -> Output {
    let dir = std::env::temp_dir().join(format!("boses-cli-test-{}", std::process::id()));
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_boses"));
    cmd.args(args)
        .env_remove("BOSES_API_URL")
        .env_remove("BOSES_API_KEY")
        .env_remove("BOSES_PROJECT_ID")
        .env("BOSES_CONFIG", dir.join("absent.json"));
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run boses")
}

fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&o.stdout)))
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A small RFC 4180 reader, to check what the CLI writes.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    rows
}

#[test]
fn create_generate_wait_and_export_csv() {
    let o = boses(&[
        "groups",
        "create",
        "--name",
        "Jakarta, \"Gen Z\" coffee",
        "--location",
        "Jakarta, Indonesia",
        "--age-min",
        "18",
        "--age-max",
        "29",
        "--persona-count",
        "3",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let group = json(&o);
    let id = group["id"].as_str().unwrap().to_owned();
    assert_eq!(group["name"], "Jakarta, \"Gen Z\" coffee");

    let o = boses(&["generate", &id, "--seed", "7", "--wait"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(json(&o)["generation_status"], "complete");

    let o = boses(&["personas", &id, "--format", "csv"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = String::from_utf8(o.stdout.clone()).unwrap();
    let rows = parse_csv(&text);
    assert_eq!(rows.len(), 4, "header + 3 personas");
    let header = &rows[0];
    assert_eq!(header[0], "id");
    for r in &rows[1..] {
        assert_eq!(r.len(), header.len(), "every row has every column");
        let col = |name: &str| &r[header.iter().position(|h| h == name).unwrap()];
        assert_eq!(col("location"), "Jakarta, Indonesia");
        let age: u8 = col("age").parse().unwrap();
        assert!((18..=29).contains(&age));
        assert!(col("bio").contains(col("full_name").as_str()));
    }
    // Quotes and commas survived the round trip.
    assert!(text.contains("\"Jakarta, Indonesia\""));

    for (fmt, check) in [("json", 3usize), ("jsonl", 3)] {
        let o = boses(&["personas", &id, "--format", fmt]);
        assert!(o.status.success());
        let n = if fmt == "json" {
            json(&o).as_array().unwrap().len()
        } else {
            String::from_utf8_lossy(&o.stdout).lines().count()
        };
        assert_eq!(n, check, "{fmt}");
    }
    let o = boses(&["personas", &id, "--format", "table"]);
    assert!(String::from_utf8_lossy(&o.stdout).contains("── P01 ·"));
}

#[test]
fn create_from_prompt_with_yes() {
    let o = boses(&[
        "groups",
        "create",
        "--from-prompt",
        "Millennial moms in Metro Manila, budget-conscious, 4 personas",
        "--yes",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let g = json(&o);
    assert_eq!(g["location"], "Metro Manila, Philippines");
    assert_eq!(g["gender"], "Female");
    assert_eq!(g["persona_count"], 4);
    // Without --yes and without a terminal, it refuses rather than guessing.
    let o = boses(&["groups", "create", "--from-prompt", "Gen Z in Jakarta"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
}

#[test]
fn non_tty_output_is_json_and_lists_everything() {
    let o = boses(&["groups", "create", "--name", "listed"]);
    let id = json(&o)["id"].as_str().unwrap().to_owned();
    let o = boses(&["groups", "list"]);
    assert!(o.status.success());
    assert!(json(&o)
        .as_array()
        .unwrap()
        .iter()
        .any(|g| g["id"] == id.as_str()));
    let o = boses(&[
        "groups",
        "update",
        &id,
        "--location",
        "Hanoi, Vietnam",
        "--persona-count",
        "2",
    ]);
    assert_eq!(json(&o)["location"], "Hanoi, Vietnam");
    let o = boses(&["groups", "update", &id, "--clear", "location"]);
    assert!(json(&o)["location"].is_null());
    let o = boses(&["groups", "delete", &id, "--yes"]);
    assert!(o.status.success());
    let o = boses(&["groups", "get", &id]);
    assert_eq!(o.status.code(), Some(4));
}

#[test]
fn errors_map_to_documented_exit_codes() {
    // Validation: 6, with the field named.
    let o = boses(&["groups", "create", "--name", "x", "--age-min", "5"]);
    assert_eq!(o.status.code(), Some(6));
    assert!(stderr(&o).contains("age_min"), "{}", stderr(&o));
    // Not found: 4.
    let o = boses(&["groups", "get", "0193a5b0-9999-7999-8999-000000000001"]);
    assert_eq!(o.status.code(), Some(4));
    // Auth: 3, and the key is not echoed.
    let wrong = format!("boses_{}", "f".repeat(64));
    let o = boses_with(
        &["groups", "list"],
        &[
            ("BOSES_API_URL", server()),
            ("BOSES_API_KEY", &wrong),
            ("BOSES_PROJECT_ID", PROJECT),
        ],
    );
    assert_eq!(o.status.code(), Some(3));
    assert!(!stderr(&o).contains(&wrong));
    // Conflict: 5 (an idempotency key reused with another body).
    assert!(boses(&[
        "groups",
        "create",
        "--name",
        "a",
        "--idempotency-key",
        "k-cli-1"
    ])
    .status
    .success());
    let o = boses(&[
        "groups",
        "create",
        "--name",
        "b",
        "--idempotency-key",
        "k-cli-1",
    ]);
    assert_eq!(o.status.code(), Some(5), "{}", stderr(&o));
    // Usage: 2 (bad arguments, or no configuration at all).
    assert_eq!(boses(&["groups", "frobnicate"]).status.code(), Some(2));
    assert_eq!(boses_with(&["groups", "list"], &[]).status.code(), Some(2));
    // Server unreachable: 7.
    let o = boses_with(
        &["groups", "list"],
        &[
            ("BOSES_API_URL", "http://127.0.0.1:9"),
            ("BOSES_API_KEY", KEY),
            ("BOSES_PROJECT_ID", PROJECT),
        ],
    );
    assert_eq!(o.status.code(), Some(7));
}

#[test]
fn configure_writes_a_private_file_and_never_prints_the_key() {
    let dir = std::env::temp_dir().join(format!("boses-cfg-{}", std::process::id()));
    let file = dir.join("config.json");
    let file_s = file.to_string_lossy().to_string();
    let o = Command::new(env!("CARGO_BIN_EXE_boses"))
        .args([
            "configure",
            "--set-api-url",
            server(),
            "--set-api-key",
            KEY,
            "--set-project",
            PROJECT,
        ])
        .env("BOSES_CONFIG", &file_s)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let all = format!("{}{}", String::from_utf8_lossy(&o.stdout), stderr(&o));
    assert!(!all.contains(&KEY[6..]), "key printed: {all}");
    assert!(all.contains("boses_…cdef"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    // The file alone is enough configuration.
    let o = Command::new(env!("CARGO_BIN_EXE_boses"))
        .args(["groups", "list"])
        .env_remove("BOSES_API_URL")
        .env_remove("BOSES_API_KEY")
        .env_remove("BOSES_PROJECT_ID")
        .env("BOSES_CONFIG", &file_s)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn one_persona_shown_and_personas_deleted() {
    let o = boses(&[
        "groups",
        "create",
        "--name",
        "Cebu nurses",
        "--persona-count",
        "3",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let id = json(&o)["id"].as_str().unwrap().to_owned();
    let o = boses(&["generate", &id, "--wait"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let all = json(&boses(&["personas", &id]));
    let listed = all.as_array().unwrap().clone();
    assert_eq!(listed.len(), 3);
    let first = listed[0]["id"].as_str().unwrap().to_owned();

    // One persona, as the object the list holds.
    let o = boses(&["personas", &id, "--id", &first]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(json(&o), listed[0]);
    let o = boses(&["personas", &id, "--id", &first, "--format", "csv"]);
    assert_eq!(parse_csv(&String::from_utf8_lossy(&o.stdout)).len(), 2);

    // Deleting asks first; --yes deletes; a second delete is not found (exit 4).
    let o = boses(&["personas", "delete", &id, &first]);
    assert!(
        !o.status.success(),
        "no confirmation without a terminal or --yes"
    );
    let o = boses(&["personas", "delete", &id, &first, "--yes"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(json(&o)["deleted"], first.as_str());
    assert_eq!(
        json(&boses(&["personas", &id])).as_array().unwrap().len(),
        2
    );
    let o = boses(&["personas", "delete", &id, &first, "--yes"]);
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    let o = boses(&["personas", &id, "--id", &first]);
    assert_eq!(o.status.code(), Some(4));

    // All of them: the group stays, with no personas.
    let o = boses(&["personas", "delete", &id, "--yes"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(json(&boses(&["personas", &id])), serde_json::json!([]));
    let o = boses(&["groups", "get", &id]);
    assert_eq!(json(&o)["personas_generated"], 0);
    // Without a group it is a usage error.
    assert_eq!(boses(&["personas"]).status.code(), Some(2));
}
