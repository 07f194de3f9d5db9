//! `boses-admin` end to end against moto: init, create-org, create-project, create-key,
//! revoke-key, and its errors.

use std::process::Command;

fn admin(table: &str, args: &[&str]) -> (bool, serde_json::Value) {
    admin_with_stdin(table, args, "")
}

/// Runs boses-admin with `stdin` on its standard input.
fn admin_with_stdin(table: &str, args: &[&str], stdin: &str) -> (bool, serde_json::Value) {
    use std::io::Write;
    use std::process::Stdio;
    let endpoint = std::env::var("BOSES_TEST_DYNAMODB_ENDPOINT").unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_boses-admin"))
        .args(args)
        .env("TABLE_NAME", table)
        .env("AWS_ENDPOINT_URL", endpoint)
        .env("AWS_ACCESS_KEY_ID", "test")
        .env("AWS_SECRET_ACCESS_KEY", "test")
        .env("AWS_REGION", "us-east-1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("run boses-admin");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    let out = child.wait_with_output().expect("boses-admin output");
    let text = String::from_utf8_lossy(&out.stdout);
    let json = serde_json::from_str(text.trim()).unwrap_or(serde_json::Value::Null);
    (out.status.success(), json)
}

#[test]
fn admin_lifecycle_against_dynamodb() {
    if std::env::var("BOSES_TEST_DYNAMODB_ENDPOINT").is_err() {
        assert_ne!(std::env::var("BOSES_REQUIRE_DYNAMODB").as_deref(), Ok("1"));
        eprintln!("skipping: BOSES_TEST_DYNAMODB_ENDPOINT not set");
        return;
    }
    let table = format!("admin-{}", std::process::id());
    let (ok, out) = admin(&table, &["--json", "init"]);
    assert!(ok && out["created"] == true, "{out}");
    let (ok, out) = admin(&table, &["--json", "init"]);
    assert!(ok && out["created"] == false, "init is idempotent: {out}");

    let (ok, org) = admin(&table, &["--json", "create-org", "--name", "Acme Research"]);
    assert!(ok, "{org}");
    let org_id = org["org_id"].as_str().unwrap().to_owned();
    let (ok, project) = admin(
        &table,
        &[
            "--json",
            "create-project",
            "--org",
            &org_id,
            "--name",
            "Jakarta study",
        ],
    );
    assert!(ok && project["project_id"].is_string(), "{project}");
    let (ok, key) = admin(
        &table,
        &[
            "--json",
            "create-key",
            "--org",
            &org_id,
            "--expires-in-days",
            "30",
        ],
    );
    assert!(ok, "{key}");
    let k = key["key"].as_str().unwrap();
    assert!(k.starts_with("boses_") && k.len() == 70);
    assert!(key["expires_at"].is_string());
    let key_id = key["key_id"].as_str().unwrap().to_owned();
    // The key itself is given on standard input, never as an argument.
    let (ok, out) = admin_with_stdin(&table, &["--json", "revoke-key"], &format!("{k}\n"));
    assert!(ok && out["revoked"] == true, "{out}");
    let (ok, _) = admin(&table, &["--json", "revoke-key"]);
    assert!(!ok, "no --key-id and nothing on stdin is an error");

    // Two more keys: listed by public id with their state, revoked by id and all at once.
    let issue = || {
        let (ok, k) = admin(&table, &["--json", "create-key", "--org", &org_id]);
        assert!(ok, "{k}");
        k["key_id"].as_str().unwrap().to_owned()
    };
    let (second, third) = (issue(), issue());
    let (ok, listed) = admin(&table, &["--json", "list-keys", "--org", &org_id]);
    assert!(ok, "{listed}");
    let keys = listed["keys"].as_array().unwrap();
    let state = |id: &str| {
        keys.iter()
            .find(|k| k["key_id"] == id)
            .map(|k| k["status"].as_str().unwrap().to_owned())
    };
    assert_eq!(keys.len(), 3, "{listed}");
    assert_eq!(state(&key_id).as_deref(), Some("revoked"));
    assert_eq!(state(&second).as_deref(), Some("active"));
    assert!(
        !listed.to_string().contains("boses_"),
        "no key is ever listed: {listed}"
    );
    let (ok, out) = admin(&table, &["--json", "revoke-key", "--key-id", &second]);
    assert!(ok && out["revoked"] == true, "{out}");
    let (ok, out) = admin(&table, &["--json", "revoke-all", "--org", &org_id]);
    assert!(
        ok && out["revoked"] == 1,
        "only the one still active: {out}"
    );
    let (_, listed) = admin(&table, &["--json", "list-keys", "--org", &org_id]);
    assert!(
        listed["keys"]
            .as_array()
            .unwrap()
            .iter()
            .all(|k| k["status"] == "revoked"),
        "{listed}"
    );
    let _ = third;
    // Reindexing is safe on an indexed table and changes nothing a listing shows.
    let (ok, out) = admin(&table, &["--json", "reindex-keys"]);
    assert!(ok && out["indexed"] == 3, "{out}");
    let (_, again) = admin(&table, &["--json", "list-keys", "--org", &org_id]);
    assert_eq!(again, listed);
    let (ok, out) = admin(
        &table,
        &[
            "--json",
            "list-keys",
            "--org",
            "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b",
        ],
    );
    assert!(!ok, "an unknown organisation is an error: {out}");
    let (ok, _) = admin(
        &table,
        &["--json", "revoke-key", "--key-id", "key_000000000000"],
    );
    assert!(!ok, "unknown key id");

    let (ok, out) = admin(
        &table,
        &[
            "--json",
            "create-project",
            "--org",
            "not-a-uuid",
            "--name",
            "x",
        ],
    );
    assert!(!ok && out["error"].is_string());
    let (ok, _) = admin(
        &table,
        &[
            "--json",
            "create-key",
            "--org",
            &uuid::Uuid::new_v4().to_string(),
        ],
    );
    assert!(!ok, "unknown organisation");
    let (ok, _) = admin_with_stdin(
        &table,
        &["--json", "revoke-key"],
        &format!("boses_{}", "0".repeat(64)),
    );
    assert!(!ok, "unknown key");
}
