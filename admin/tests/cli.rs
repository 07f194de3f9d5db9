//! `boses-admin` end to end against moto: init, create-org, create-project, create-key,
//! revoke-key, and its errors.

use std::process::Command;

fn admin(table: &str, args: &[&str]) -> (bool, serde_json::Value) {
    let endpoint = std::env::var("BOSES_TEST_DYNAMODB_ENDPOINT").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_boses-admin"))
        .args(args)
        .env("TABLE_NAME", table)
        .env("AWS_ENDPOINT_URL", endpoint)
        .env("AWS_ACCESS_KEY_ID", "test")
        .env("AWS_SECRET_ACCESS_KEY", "test")
        .env("AWS_REGION", "us-east-1")
        .output()
        .expect("run boses-admin");
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
    let (ok, out) = admin(&table, &["--json", "revoke-key", "--key", k]);
    assert!(ok && out["revoked"] == true, "{out}");

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
    let (ok, _) = admin(
        &table,
        &[
            "--json",
            "revoke-key",
            "--key",
            &format!("boses_{}", "0".repeat(64)),
        ],
    );
    assert!(!ok, "unknown key");
}
