//! Keys never reach the logs. Alone in its own test binary: it installs the global
//! subscriber, and a thread-local one would race other tests' threads over tracing's
//! per-callsite interest cache (seen as an empty capture under parallel tests).

use boses::api::Endpoint;
use boses_tests::{apigw_request, Backend, TestApp};
use std::sync::Arc;

#[test]
fn keys_never_appear_in_logs() {
    #[derive(Clone, Default)]
    struct Buf(Arc<std::sync::Mutex<Vec<u8>>>);
    impl std::io::Write for Buf {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let buf = Buf::default();
    let writer = buf.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .json()
        .with_writer(move || writer.clone())
        .finish();
    tracing::subscriber::set_global_default(subscriber).expect("the only subscriber");
    let rt = tokio::runtime::Runtime::new().unwrap();
    let t = rt.block_on(TestApp::new(Backend::Memory));
    let wrong = format!("boses_{}", "a".repeat(64));
    for key in [t.key.as_str(), wrong.as_str()] {
        let auth = format!("Bearer {key}");
        rt.block_on(t.app.handle(
            Endpoint::ListGroups,
            apigw_request("GET", &t.base(), &[("authorization", &auth)], None),
        ));
        rt.block_on(t.app.handle(
            Endpoint::CreateGroup,
            apigw_request(
                "POST",
                &t.base(),
                &[("x-api-key", key)],
                Some("{\"name\": 5}"),
            ),
        ));
    }
    let logs = String::from_utf8(buf.0.lock().unwrap().clone()).unwrap();
    assert!(logs.contains("request"), "logging was captured");
    let key_id = boses::domain::ApiKey::parse(&t.key)
        .unwrap()
        .hash()
        .key_id();
    assert!(
        logs.contains(&format!("\"key_id\":\"{key_id}\"")),
        "the accepted key's non-secret id is logged: {key_id}"
    );
    for key in [&t.key, &wrong] {
        let secret = &key[6..];
        for i in 0..=secret.len() - 12 {
            let window = &secret[i..i + 12];
            assert!(
                !logs.contains(window),
                "part of a key reached the logs: {window}"
            );
        }
    }
}
