//! Drift checks between the code's route table, the workspace, `template.yaml`,
//! `openapi.yaml` and `events/`: a route, function or event that exists in one place
//! but not the others fails here.

use boses::api::routes::routes;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn function_crates() -> BTreeSet<String> {
    std::fs::read_dir(root().join("functions"))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("Cargo.toml").exists())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect()
}

#[derive(Debug, Default)]
struct SamFunction {
    code_uri: String,
    build_method: String,
    http: Vec<(String, String)>,
    sqs_with_batch_failures: bool,
}

/// The `AWS::Serverless::Function` resources of the template, read by indentation
/// (the template keeps one resource per two-space key under `Resources:`).
fn sam_functions(template: &str) -> BTreeMap<String, SamFunction> {
    let mut out = BTreeMap::new();
    let mut in_resources = false;
    let mut current: Option<(String, Vec<&str>)> = None;
    let flush = |cur: Option<(String, Vec<&str>)>, out: &mut BTreeMap<String, SamFunction>| {
        let Some((name, lines)) = cur else { return };
        if !lines
            .iter()
            .any(|l| l.trim() == "Type: AWS::Serverless::Function")
        {
            return;
        }
        let mut f = SamFunction::default();
        let mut method = None;
        for l in &lines {
            let t = l.trim();
            if let Some(v) = t.strip_prefix("CodeUri: ") {
                f.code_uri = v.to_owned();
            } else if let Some(v) = t.strip_prefix("BuildMethod: ") {
                f.build_method = v.to_owned();
            } else if let Some(v) = t.strip_prefix("Method: ") {
                method = Some(v.to_owned());
            } else if let Some(v) = t.strip_prefix("Path: ") {
                f.http
                    .push((method.take().unwrap_or_default(), v.to_owned()));
            } else if t == "FunctionResponseTypes: [ReportBatchItemFailures]" {
                f.sqs_with_batch_failures = true;
            }
        }
        out.insert(name, f);
    };
    for line in template.lines() {
        if line.starts_with("Resources:") {
            in_resources = true;
            continue;
        }
        if !in_resources {
            continue;
        }
        if !line.starts_with(' ') && !line.trim().is_empty() {
            in_resources = false;
            flush(current.take(), &mut out);
            continue;
        }
        let is_key =
            line.starts_with("  ") && !line.starts_with("   ") && line.trim_end().ends_with(':');
        if is_key {
            flush(current.take(), &mut out);
            current = Some((line.trim().trim_end_matches(':').to_owned(), Vec::new()));
        } else if let Some((_, lines)) = current.as_mut() {
            lines.push(line);
        }
    }
    flush(current.take(), &mut out);
    out
}

#[test]
fn template_matches_workspace_and_routes() {
    let template = read("template.yaml");
    assert!(template.contains("Runtime: provided.al2023"));
    assert!(template.contains("Architectures: [arm64]"));
    let fns = sam_functions(&template);
    let crates = function_crates();
    let in_template: BTreeSet<String> = fns
        .values()
        .map(|f| {
            f.code_uri
                .strip_prefix("functions/")
                .unwrap_or(&f.code_uri)
                .to_owned()
        })
        .collect();
    assert_eq!(
        in_template, crates,
        "functions/ crates and template functions differ"
    );
    for (name, f) in &fns {
        assert_eq!(f.build_method, "rust-cargolambda", "{name}");
    }
    // Every route wired to the function that implements it, and nothing else wired.
    let mut wired = BTreeSet::new();
    for f in fns.values() {
        let krate = f.code_uri.trim_start_matches("functions/");
        for (m, p) in &f.http {
            wired.insert((krate.to_owned(), m.clone(), p.clone()));
        }
    }
    let expected: BTreeSet<(String, String, String)> = routes()
        .into_iter()
        .map(|r| {
            (
                r.function.to_owned(),
                r.method.as_str().to_owned(),
                r.path.to_owned(),
            )
        })
        .collect();
    assert_eq!(
        wired, expected,
        "template routes differ from the route table"
    );
    // The worker: SQS with partial batch failures.
    let worker = fns
        .values()
        .find(|f| f.code_uri == "functions/generation-worker")
        .expect("worker in template");
    assert!(worker.sqs_with_batch_failures);
    assert!(worker.http.is_empty());
}

#[test]
fn every_function_has_an_event() {
    for f in function_crates() {
        assert!(
            root().join("events").join(format!("{f}.json")).exists(),
            "events/{f}.json missing"
        );
    }
    for e in std::fs::read_dir(root().join("events"))
        .unwrap()
        .filter_map(|e| e.ok())
    {
        let name = e
            .file_name()
            .to_string_lossy()
            .trim_end_matches(".json")
            .to_owned();
        assert!(
            function_crates().contains(&name),
            "events/{name}.json has no function"
        );
    }
}

/// (path, method) pairs under `paths:` of the OpenAPI document.
fn openapi_operations(spec: &str) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    let mut in_paths = false;
    let mut path = String::new();
    for line in spec.lines() {
        if line.starts_with("paths:") {
            in_paths = true;
            continue;
        }
        if in_paths && !line.starts_with(' ') && !line.trim().is_empty() {
            break;
        }
        if !in_paths {
            continue;
        }
        if line.starts_with("  /") {
            path = line.trim().trim_end_matches(':').to_owned();
        } else if line.starts_with("    ") && !line.starts_with("     ") {
            let key = line.trim().trim_end_matches(':');
            if ["get", "post", "patch", "delete", "put"].contains(&key) {
                out.insert((path.clone(), key.to_uppercase()));
            }
        }
    }
    out
}

#[test]
fn openapi_matches_routes() {
    let spec = read("openapi.yaml");
    assert!(spec.starts_with("openapi: 3.1"));
    let documented = openapi_operations(&spec);
    let implemented: BTreeSet<(String, String)> = routes()
        .into_iter()
        .map(|r| (r.path.to_owned(), r.method.as_str().to_owned()))
        .collect();
    assert_eq!(
        documented, implemented,
        "openapi.yaml and the route table differ"
    );
    // The headers and errors of the contract are described.
    for needle in [
        "Idempotency-Key",
        "X-Next-Cursor",
        "Link",
        "Location",
        "WWW-Authenticate",
        "Retry-After",
        "generation_in_progress",
        "additionalProperties: false",
        "maxLength: 2000",
        "minimum: 13",
    ] {
        assert!(
            spec.contains(needle),
            "openapi.yaml does not mention {needle}"
        );
    }
}

#[test]
fn drift_checks_catch_drift() {
    // The readers above are what the tests rely on; make sure they see a change.
    let tpl = read("template.yaml").replacen(
        "Path: /api/v1/projects/{project_id}/persona-groups/{group_id}/personas",
        "Path: /api/v1/elsewhere",
        1,
    );
    let fns = sam_functions(&tpl);
    assert!(fns
        .values()
        .any(|f| f.http.iter().any(|(_, p)| p == "/api/v1/elsewhere")));
    let spec = read("openapi.yaml").replacen("    patch:", "    put:", 1);
    assert!(openapi_operations(&spec).iter().any(|(_, m)| m == "PUT"));
}

#[test]
fn each_function_main_serves_its_own_route() {
    // The route table pairs each endpoint with its handler once; a main can only pick
    // a route, so the one thing to check is that it picks the route named after it.
    for r in routes() {
        let main = read(&format!("functions/{}/src/main.rs", r.function));
        let own = format!("routes::{}", r.function.replace('-', "_").to_uppercase());
        assert!(
            main.contains(&own),
            "functions/{} must serve {own}",
            r.function
        );
        for other in routes().iter().filter(|o| o.function != r.function) {
            let theirs = format!(
                "routes::{}",
                other.function.replace('-', "_").to_uppercase()
            );
            assert!(
                !main.contains(&theirs),
                "functions/{} names {theirs}",
                r.function
            );
        }
    }
}

/// Dependencies of a crate's `[dependencies]` table (not dev or build).
fn dependencies(manifest: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut inside = false;
    for line in manifest.lines() {
        let t = line.trim();
        if t.starts_with('[') {
            inside = t == "[dependencies]";
            continue;
        }
        if inside {
            if let Some((name, _)) = t.split_once(['=', '.']) {
                if !name.trim().is_empty() && !name.starts_with('#') {
                    out.insert(name.trim().to_owned());
                }
            }
        }
    }
    out
}

#[test]
fn the_pure_core_depends_on_no_io() {
    // ARCHITECTURE.md's invariant: the engine, the parser and the locale data never
    // reach the AWS SDK, the store, the queue, the HTTP API or the network. The crate
    // boundary enforces it; this keeps the boundary from being widened quietly.
    let deps = dependencies(&read("core/Cargo.toml"));
    let allowed: BTreeSet<String> = [
        "serde",
        "serde_json",
        "uuid",
        "tracing",
        "thiserror",
        "async-trait",
        "sha2",
        "hex",
        "time",
        "miniz_oxide",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    assert!(deps.contains("serde"), "parsed no dependencies: {deps:?}");
    let extra: Vec<_> = deps.difference(&allowed).collect();
    assert!(extra.is_empty(), "boses-core gained dependencies {extra:?}");
}

#[test]
fn the_template_caps_request_rate_and_worker_concurrency() {
    // SECURITY.md's cost-abuse row rests on these three lines of the template.
    let t = read("template.yaml");
    for line in [
        "ThrottlingRateLimit: !Ref ApiThrottlingRateLimit",
        "ThrottlingBurstLimit: !Ref ApiThrottlingBurstLimit",
        "MaximumConcurrency: !Ref WorkerMaxConcurrency",
    ] {
        assert!(t.contains(line), "template.yaml lost `{line}`");
    }
}
