//! The narrowed trust store, checked over real TLS: a server on loopback presents a
//! certificate from a throwaway CA. The Amazon-roots client (what the functions use on
//! Lambda) must refuse it; the system-store client must refuse it too until the CA is in
//! the system bundle, and then accept it. Its own binary because it points
//! `SSL_CERT_FILE` (read by the system store, once per process) at files of its own.

use std::sync::Arc;

use aws_sdk_sqs::config::{Credentials, Region};
use aws_sdk_sqs::error::SdkError;
use boses::aws::{load, TrustRoots};
use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, KeyPair};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

struct Pki {
    ca_pem: String,
    server: rustls::ServerConfig,
}

fn throwaway_pki() -> Pki {
    let ca_key = KeyPair::generate().expect("CA key");
    let mut ca = CertificateParams::new(Vec::<String>::new()).expect("CA params");
    ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca.distinguished_name
        .push(DnType::CommonName, "boses throwaway test CA");
    let ca_cert = ca.self_signed(&ca_key).expect("CA certificate");
    let ca_issuer = rcgen::Issuer::new(ca, ca_key);

    let leaf_key = KeyPair::generate().expect("server key");
    let leaf = CertificateParams::new(vec!["localhost".to_owned()]).expect("server params");
    let leaf_cert = leaf
        .signed_by(&leaf_key, &ca_issuer)
        .expect("server certificate");

    let chain = vec![leaf_cert.der().clone(), ca_cert.der().clone()];
    let key = rustls::pki_types::PrivateKeyDer::try_from(leaf_key.serialize_der())
        .expect("server key DER");
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let server = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("protocol versions")
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .expect("server config");
    Pki {
        ca_pem: ca_cert.pem(),
        server,
    }
}

/// An HTTPS server that answers every request as SQS answers an empty ListQueues.
async fn serve_tls(config: rustls::ServerConfig) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    tokio::spawn(async move {
        loop {
            let Ok((tcp, _)) = listener.accept().await else {
                return;
            };
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                // A refused handshake is the expected outcome for some clients.
                let Ok(mut tls) = acceptor.accept(tcp).await else {
                    return;
                };
                let mut buf = vec![0u8; 16 * 1024];
                let mut seen = Vec::new();
                while let Ok(n) = tls.read(&mut buf).await {
                    if n == 0 {
                        return;
                    }
                    seen.extend_from_slice(&buf[..n]);
                    if seen.windows(4).any(|w| w == b"\r\n\r\n") {
                        break;
                    }
                }
                let body = "{}";
                let resp = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: application/x-amz-json-1.0\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = tls.write_all(resp.as_bytes()).await;
                let _ = tls.shutdown().await;
            });
        }
    });
    port
}

async fn list_queues(roots: TrustRoots, port: u16) -> Result<(), String> {
    let shared = load(roots).await;
    let conf = aws_sdk_sqs::config::Builder::from(&shared)
        .endpoint_url(format!("https://localhost:{port}"))
        .region(Region::new("us-east-1"))
        .credentials_provider(Credentials::new("test", "test", None, None, "tests"))
        .build();
    match aws_sdk_sqs::Client::from_conf(conf)
        .list_queues()
        .send()
        .await
    {
        Ok(_) => Ok(()),
        Err(SdkError::DispatchFailure(e)) => Err(format!("dispatch failure: {e:?}")),
        Err(other) => panic!("the TLS handshake passed but the call failed: {other:?}"),
    }
}

const CHILD_PORT: &str = "BOSES_TLS_CHILD_PORT";

#[tokio::test]
async fn only_the_configured_roots_are_trusted() {
    // The SDK reads the system store once per process, so the "without the CA" case
    // runs in a child process of this same test (with its own SSL_CERT_FILE).
    if let Ok(port) = std::env::var(CHILD_PORT) {
        let port: u16 = port.parse().expect("port");
        let refused = list_queues(TrustRoots::System, port).await;
        assert!(
            refused.as_ref().is_err_and(|e| e.contains("UnknownIssuer")),
            "the system store trusted a CA that is not in its bundle: {refused:?}"
        );
        return;
    }
    let pki = throwaway_pki();
    let port = serve_tls(pki.server).await;
    let dir = std::env::temp_dir().join(format!("boses-tls-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    // A stand-in for the image's bundle (real roots, none of them ours), then the same
    // bundle with the throwaway CA added.
    let bundle = include_str!("../shared/certs/amazon-trust-services.pem");
    let without_ca = dir.join("without-ca.pem");
    let with_ca = dir.join("with-ca.pem");
    std::fs::write(&without_ca, bundle).expect("write");
    std::fs::write(&with_ca, format!("{bundle}\n{}", pki.ca_pem)).expect("write");
    // The system store reads SSL_CERT_FILE when a client is built; this binary runs
    // this one test, so nothing else sees the change.
    std::env::remove_var("SSL_CERT_DIR");

    let child = tokio::process::Command::new(std::env::current_exe().expect("test binary"))
        .args([
            "--exact",
            "only_the_configured_roots_are_trusted",
            "--nocapture",
        ])
        .env(CHILD_PORT, port.to_string())
        .env("SSL_CERT_FILE", &without_ca)
        .env_remove("SSL_CERT_DIR")
        .output()
        .await
        .expect("child test process");
    assert!(
        child.status.success() && String::from_utf8_lossy(&child.stdout).contains("1 passed"),
        "without the CA in its bundle the system store must refuse the server:\n{}\n{}",
        String::from_utf8_lossy(&child.stdout),
        String::from_utf8_lossy(&child.stderr)
    );

    // The CA in the system bundle: the system store accepts the server...
    std::env::set_var("SSL_CERT_FILE", &with_ca);
    list_queues(TrustRoots::System, port)
        .await
        .expect("the system store, given the CA, accepts the server");

    // ...and the Amazon-roots client still refuses it: no CA in the image's bundle can
    // stand in for DynamoDB or SQS.
    let amazon = list_queues(TrustRoots::Amazon, port).await;
    assert!(
        amazon
            .as_ref()
            .is_err_and(|e| e.contains("dispatch failure")),
        "the Amazon-roots client trusted a throwaway CA: {amazon:?}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
