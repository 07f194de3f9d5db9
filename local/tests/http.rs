//! `boses-local` over real HTTP: the README walkthrough, generate-and-poll with nothing
//! else running, routing errors, the body limit, and graceful shutdown.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const KEY: &str = "boses_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
const PROJECT: &str = "0193a5b0-0000-7000-8000-000000000001";

struct Server {
    child: Child,
    base: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start() -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_boses-local"))
        .args(["--port", "0"])
        .env("BOSES_API_KEY", KEY)
        .env("BOSES_PROJECT_ID", PROJECT)
        .env_remove("TABLE_NAME")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start boses-local");
    let stdout = child.stdout.take().unwrap();
    let mut lines = BufReader::new(stdout).lines();
    let addr = loop {
        let line = lines.next().expect("boses-local exited early").unwrap();
        if let Some(rest) = line.strip_prefix("boses-local listening on ") {
            break rest.split_whitespace().next().unwrap().to_owned();
        }
    };
    // Keep draining stdout so the server never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines {});
    Server {
        child,
        base: format!("{addr}/api/v1/projects/{PROJECT}/persona-groups"),
    }
}

#[tokio::test]
async fn walkthrough_generate_poll_and_shutdown() {
    let server = start();
    let http = reqwest::Client::new();
    let auth = format!("Bearer {KEY}");

    let r = http
        .post(&server.base)
        .header("authorization", &auth)
        .header("idempotency-key", "walkthrough-1")
        .body(r#"{"name": "Jakarta Gen Z Coffee Drinkers", "age_min": 18, "age_max": 29, "gender": "all", "location": "Jakarta, Indonesia", "income_level": "middle", "persona_count": 4}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let location = r.headers()["location"].to_str().unwrap().to_owned();
    let group: serde_json::Value = r.json().await.unwrap();
    let gid = group["id"].as_str().unwrap();
    assert!(location.ends_with(gid));

    let r = http
        .post(format!("{}/{gid}/generate", server.base))
        .header("authorization", &auth)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 202);

    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let g: serde_json::Value = http
            .get(format!("{}/{gid}", server.base))
            .header("x-api-key", KEY)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        if g["generation_status"] == "complete" {
            assert_eq!(g["personas_generated"], 4);
            break;
        }
        assert!(Instant::now() < deadline, "never completed: {g}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let personas: Vec<serde_json::Value> = http
        .get(format!("{}/{gid}/personas", server.base))
        .header("authorization", &auth)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(personas.len(), 4);

    // Routing and limits, as API Gateway would answer.
    let r = http
        .get(format!(
            "{}/nowhere",
            server.base.replace("/persona-groups", "")
        ))
        .header("authorization", &auth)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
    let r = http
        .put(&server.base)
        .header("authorization", &auth)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 405);
    let r = http.get(&server.base).send().await.unwrap();
    assert_eq!(r.status(), 401);
    let big = format!(
        r#"{{"name": "x", "description": "{}"}}"#,
        "a".repeat(70_000)
    );
    let r = http
        .post(&server.base)
        .header("authorization", &auth)
        .body(big)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 413);
    let r = http
        .delete(format!("{}/{gid}", server.base))
        .header("authorization", &auth)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 204);

    let spec = http
        .get(format!(
            "{}/openapi.yaml",
            server.base.split("/api/").next().unwrap()
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(spec.status(), 200);
    assert!(spec.text().await.unwrap().starts_with("openapi: 3.1"));

    // SIGTERM: graceful shutdown with a clean exit.
    let mut server = server;
    let pid = server.child.id().to_string();
    Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        if let Some(status) = server.child.try_wait().unwrap() {
            assert!(status.success(), "{status}");
            break;
        }
        assert!(Instant::now() < deadline, "did not shut down");
        std::thread::sleep(Duration::from_millis(50));
    }
}
