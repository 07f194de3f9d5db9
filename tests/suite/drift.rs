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
        // The closing parenthesis: DELETE_PERSONA is a prefix of DELETE_PERSONAS.
        let own = format!("routes::{})", r.function.replace('-', "_").to_uppercase());
        assert!(
            main.contains(&own),
            "functions/{} must serve {own}",
            r.function
        );
        for other in routes().iter().filter(|o| o.function != r.function) {
            let theirs = format!(
                "routes::{})",
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

/// The generation queue admits senders by name: a deny on every principal but the
/// generate function's role and the operator's integration roles, and no other
/// statement in the template lets anything send to it.
#[test]
fn only_named_principals_may_send_to_the_generation_queue() {
    let template = read("template.yaml");
    let start = template
        .find("\n  GenerationQueuePolicy:\n")
        .expect("a policy on the generation queue");
    // The block: its own line, then every line until the next resource (two spaces,
    // then a name) or section.
    let lines: Vec<&str> = template[start + 1..].lines().collect();
    let len = 1 + lines[1..]
        .iter()
        .take_while(|l| {
            let resource = l.starts_with("  ") && !l[2..].starts_with([' ', '#']);
            let section = !l.is_empty() && !l.starts_with(' ');
            !(resource || section)
        })
        .count();
    let block = lines[..len].join("\n");
    let block = block.as_str();
    for needed in [
        "Queues: [!Ref GenerationQueue]",
        "Effect: Deny",
        "Principal: \"*\"",
        "Action: sqs:SendMessage",
        "Resource: !GetAtt GenerationQueue.Arn",
        "ArnNotLike:",
        "aws:PrincipalArn:",
    ] {
        assert!(block.contains(needed), "{needed:?} missing from:\n{block}");
    }
    // The exceptions: exactly the generate function's role and the parameter.
    let mut admitted: Vec<&str> = Vec::new();
    for name in ["GenerateGroupFunctionRole.Arn", "!Ref QueueSenderRoleArns"] {
        if block.contains(name) {
            admitted.push(name);
        }
    }
    assert_eq!(admitted.len(), 2, "{block}");
    let others = block
        .matches(".Arn")
        .count()
        .saturating_sub(block.matches("GenerateGroupFunctionRole.Arn").count())
        .saturating_sub(block.matches("GenerationQueue.Arn").count());
    assert_eq!(others, 0, "no other principal is admitted:\n{block}");
    assert!(template
        .contains("  QueueSenderRoleArns:\n    Type: CommaDelimitedList\n    Default: \"\""));
    // Only the generate function's own policy grants SendMessage on this queue.
    let grants = template
        .match_indices("sqs:SendMessage")
        .filter(|(i, _)| {
            template[*i..]
                .lines()
                .take(2)
                .any(|l| l.contains("GenerationQueue.Arn"))
        })
        .count();
    assert_eq!(
        grants, 2,
        "the deny and the generate function's allow, nothing else"
    );
}

/// The worker's clock follows the engine: with LLM personas (up to a minute each) it
/// gets Lambda's longest timeout and one message per batch, the queue hides a message
/// six times as long, and a whole 10-persona run's worst case fits one invocation.
#[tokio::test]
async fn worker_timeouts_follow_the_engine_mode() {
    use std::time::Duration;
    let t = read("template.yaml");
    for needed in [
        "IsLlmEngine: !Equals [!Ref PersonaEngine, llm]",
        "Timeout: !If [IsLlmEngine, 900, 120]",
        "BatchSize: !If [IsLlmEngine, 1, !Ref WorkerBatchSize]",
        "VisibilityTimeout: !If [IsLlmEngine, 5400, 720]",
    ] {
        assert!(t.contains(needed), "{needed:?} missing from template.yaml");
    }
    let at = t.find("  LlmTimeoutMs:").expect("LlmTimeoutMs parameter");
    let timeout_ms = t[at..]
        .lines()
        .find_map(|l| l.trim().strip_prefix("Default: "))
        .expect("LlmTimeoutMs default")
        .trim()
        .to_owned();
    let settings = boses::config::Settings::from_lookup(|name| {
        match name {
            "STORE" => Some("memory"),
            "PERSONA_ENGINE" => Some("llm"),
            "LLM_BASE_URL" => Some("http://127.0.0.1:9"),
            "LLM_MODEL" => Some("m"),
            "LLM_TIMEOUT_MS" => Some(timeout_ms.as_str()),
            _ => None,
        }
        .map(str::to_owned)
    })
    .unwrap();
    let llm = boses::startup::Services::build(settings)
        .await
        .persona_budget();
    assert!(
        llm * 10 + Duration::from_secs(3) <= Duration::from_secs(900),
        "ten LLM personas ({llm:?} each) must fit the 900 s worker"
    );
    let offline = boses::generation::GenerationSettings::default().persona_budget;
    assert!(offline * 10 + Duration::from_secs(3) <= Duration::from_secs(120));
}

/// The dead-letter alarm always has somewhere to go: the operator's topic, or one the
/// stack creates when none is given.
#[test]
fn the_dead_letter_alarm_always_notifies_a_topic() {
    let t = read("template.yaml");
    assert!(t.contains(
        "AlarmActions: !If [HasAlarmTopic, [!Ref AlarmTopicArn], [!Ref DeadLetterAlarmTopic]]"
    ));
    assert!(t.contains("NoAlarmTopic: !Equals [!Ref AlarmTopicArn, \"\"]"));
    let at = t
        .find("  DeadLetterAlarmTopic:\n")
        .expect("a topic of the stack's own");
    let block: String = t[at..].lines().take(4).collect::<Vec<_>>().join("\n");
    assert!(
        block.contains("Type: AWS::SNS::Topic") && block.contains("Condition: NoAlarmTopic"),
        "{block}"
    );
    assert!(
        !t.contains("AWS::NoValue]\n\n  # Without"),
        "no alarm without actions"
    );
}

/// Every function's DynamoDB write is pinned by `dynamodb:LeadingKeys` to the items it
/// owns (groups, idempotency records and personas under `PROJECT#`/`GROUP#`, rate
/// counters under `RATE#`): no bug in a function can write a key, organisation or
/// project item.
#[test]
fn every_table_write_is_pinned_to_its_leading_keys() {
    let t = read("template.yaml");
    let statements: Vec<&str> = t.split("- Effect: Allow").skip(1).collect();
    let mut writes = 0;
    for st in &statements {
        // The statement runs to the next resource or statement.
        let st = st.split("\n\n").next().unwrap_or(st);
        let action = st
            .lines()
            .find(|l| l.trim().starts_with("Action:"))
            .unwrap_or("");
        let writes_table = ["PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem"]
            .iter()
            .any(|a| action.contains(&format!("dynamodb:{a}")));
        if !writes_table {
            continue;
        }
        writes += 1;
        let keys = st
            .lines()
            .find_map(|l| l.trim().strip_prefix("dynamodb:LeadingKeys:"))
            .unwrap_or_else(|| panic!("a table write without LeadingKeys:\n{st}"));
        assert!(st.contains("ForAllValues:StringLike:"), "{st}");
        for k in keys.trim().trim_matches(['[', ']']).split(',') {
            let k = k.trim().trim_matches('"');
            assert!(
                ["RATE#*", "PROJECT#*", "GROUP#*"].contains(&k),
                "{k:?} may not be written by a function:\n{st}"
            );
        }
    }
    // Eleven rate counters and seven functions that write groups or personas.
    assert_eq!(writes, 18, "every function's writes were seen");
}

/// The LLM key is read from Secrets Manager at cold start: never resolved into a
/// function's environment, and readable only by the two functions that call the LLM,
/// only that secret.
#[test]
fn the_llm_key_never_enters_a_functions_environment() {
    let t = read("template.yaml");
    assert!(!t.contains("resolve:secretsmanager"), "a dynamic reference");
    assert!(!t.contains("LLM_API_KEY:"), "the key as a variable");
    let resources = &t[t.find("\nResources:\n").unwrap()..t.find("\nOutputs:\n").unwrap()];
    let mut readers = BTreeSet::new();
    let mut name = "";
    let mut block = String::new();
    let check = |name: &str, block: &str, readers: &mut BTreeSet<String>| {
        if !block.contains("secretsmanager:GetSecretValue") {
            return;
        }
        assert!(
            block.contains("LLM_API_KEY_SECRET: !If [HasLlmKey, !Ref LlmApiKeySecretName"),
            "{name} may read the secret but is not given it"
        );
        assert!(
            block.contains(":secret:${LlmApiKeySecretName}-??????\""),
            "{name}: the grant names that one secret"
        );
        assert_eq!(
            block.matches("secretsmanager:").count(),
            block
                .matches("Action: [secretsmanager:GetSecretValue]")
                .count()
                * 2,
            "{name}: GetSecretValue on the secret's ARN only"
        );
        readers.insert(name.to_owned());
    };
    for line in resources.lines() {
        if line.starts_with("  ") && !line.starts_with("   ") && line.trim_end().ends_with(':') {
            check(name, &block, &mut readers);
            name = line.trim().trim_end_matches(':');
            block.clear();
        } else {
            block.push_str(line);
            block.push('\n');
        }
    }
    check(name, &block, &mut readers);
    assert_eq!(
        readers.into_iter().collect::<Vec<_>>(),
        vec!["GenerationWorkerFunction", "ParsePromptFunction"]
    );
}

/// `EdgeRateLimit` puts a WAF rate-based rule in front of the API: on a CloudFront
/// distribution (WAF cannot attach to an HTTP API), whose origin header is the value
/// the functions require, so the rule cannot be walked around through the API's own URL.
#[test]
fn the_edge_carries_a_waf_rate_rule_and_its_origin_secret() {
    let t = read("template.yaml");
    // A resource's lines: from its name to the next line indented like a name.
    let block = |name: &str| -> String {
        let head = format!("  {name}:");
        t.lines()
            .skip_while(|l| *l != head)
            .enumerate()
            .take_while(|(i, l)| *i == 0 || l.is_empty() || l.starts_with("   "))
            .map(|(_, l)| format!("{l}\n"))
            .collect()
    };
    let acl = block("EdgeWebAcl");
    for want in [
        "Type: AWS::WAFv2::WebACL",
        "Condition: HasEdge",
        "Scope: CLOUDFRONT",
        "RateBasedStatement:",
        "Limit: !Ref EdgeRateLimit",
        "AggregateKeyType: IP",
        "Block: {}",
    ] {
        assert!(acl.contains(want), "EdgeWebAcl lacks {want}:\n{acl}");
    }
    let dist = block("EdgeDistribution");
    let secret = r#"!Select [2, !Split ["/", !Ref AWS::StackId]]"#;
    for want in [
        "Type: AWS::CloudFront::Distribution".to_owned(),
        "Condition: HasEdge".to_owned(),
        "WebACLId: !GetAtt EdgeWebAcl.Arn".to_owned(),
        "DomainName: !Sub ${HttpApi}.execute-api.".to_owned(),
        "HeaderName: X-Boses-Edge".to_owned(),
        format!("HeaderValue: {secret}"),
        "ViewerProtocolPolicy: https-only".to_owned(),
        // CachingDisabled: no answer is ever served to another caller.
        "CachePolicyId: 4135ea2d-6df8-44a3-9df3-4b5a84be39ad".to_owned(),
    ] {
        assert!(
            dist.contains(&want),
            "EdgeDistribution lacks {want}:\n{dist}"
        );
    }
    assert!(
        boses::api::EDGE_HEADER.eq_ignore_ascii_case("X-Boses-Edge"),
        "the header the functions check is the one CloudFront adds"
    );
    assert!(t.contains(&format!(
        "EDGE_ORIGIN_SECRET: !If [HasEdge, {secret}, !Ref AWS::NoValue]"
    )));
    assert!(t.contains("HasEdge: !Not [!Equals [!Ref EdgeRateLimit, 0]]"));
    assert!(t.contains("- Assert: !Equals [!Ref AWS::Region, us-east-1]"));
    assert!(t.contains("  EdgeUrl:\n    Condition: HasEdge"));
}
