//! How the DynamoDB and SQS clients get their AWS SDK configuration.
//!
//! Why not plain `aws_config::load_from_env()`: the SDK builds its TLS trust store when
//! the first client is created, by reading and decoding every root in the system bundle
//! (about 140 PEM certificates: 1.5-2.3 ms measured on the benchmark machine, far
//! more where a certificate directory is probed too). That is most of what separates a DynamoDB-backed
//! function's cold start from a hello-world one (docs/perf-notes.md). Endpoints of the
//! commercial AWS partition present certificates from Amazon Trust Services, so on Lambda (the template sets
//! `BOSES_AWS_TRUST_ROOTS=amazon`) the SDK trusts just those five roots, compiled in:
//! faster, and no other CA in the bundle can impersonate DynamoDB or SQS.

use aws_config::{BehaviorVersion, SdkConfig};
use aws_sdk_dynamodb::config::SharedHttpClient;
use aws_smithy_http_client::proxy::ProxyConfig;
use aws_smithy_http_client::tls::{self, rustls_provider::CryptoMode, TlsContext, TrustStore};
use aws_smithy_http_client::ConnectorBuilder;

/// Amazon Root CA 1-4 and Starfield Services Root G2 (fingerprints in the file).
const AMAZON_ROOTS_PEM: &[u8] = include_bytes!("../certs/amazon-trust-services.pem");

/// Which roots the SDK's TLS client trusts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrustRoots {
    /// The SDK default: the operating system's store.
    System,
    /// Amazon Trust Services only.
    Amazon,
}

impl TrustRoots {
    /// `BOSES_AWS_TRUST_ROOTS` (`amazon` or `system`, default `system`). Only the
    /// commercial partition is known to serve Amazon Trust Services certificates; the
    /// China, GovCloud and ISO regions, and a custom endpoint (`AWS_ENDPOINT_URL*`:
    /// LocalStack, a TLS-terminating proxy), keep the system store whatever is asked.
    pub fn from_env() -> Self {
        let asked = std::env::var("BOSES_AWS_TRUST_ROOTS").unwrap_or_default();
        let region = std::env::var("AWS_REGION")
            .or_else(|_| std::env::var("AWS_DEFAULT_REGION"))
            .unwrap_or_default();
        let custom_endpoint = std::env::vars_os().any(|(k, _)| {
            k.to_str()
                .is_some_and(|k| k.starts_with("AWS_ENDPOINT_URL"))
        });
        Self::choose(&asked, &region, custom_endpoint)
    }

    fn choose(asked: &str, region: &str, custom_endpoint: bool) -> Self {
        if asked.trim().eq_ignore_ascii_case("amazon")
            && !region.starts_with("cn-")
            && !region.starts_with("us-gov-")
            && !region.contains("-iso")
            && !custom_endpoint
        {
            TrustRoots::Amazon
        } else {
            TrustRoots::System
        }
    }
}

/// The SDK configuration from the standard AWS environment, with the trust roots
/// `BOSES_AWS_TRUST_ROOTS` asks for. Not cached across calls on purpose: an HTTP client
/// pools connections on the runtime that opened them, and tests run many runtimes.
pub async fn sdk_config() -> SdkConfig {
    load(TrustRoots::from_env()).await
}

/// A configuration with the given roots, for tools and benchmarks that compare them.
pub async fn load(roots: TrustRoots) -> SdkConfig {
    loader(roots).load().await
}

/// The SDK's configuration loader with our HTTPS client and the given roots, for
/// callers that set more (tests and benchmarks pointing at a local endpoint). The SDK
/// crates are built without their default client, so a loader from
/// `aws_config::defaults` alone would have none.
pub fn loader(roots: TrustRoots) -> aws_config::ConfigLoader {
    let context = match roots {
        TrustRoots::System => system_tls(),
        TrustRoots::Amazon => amazon_tls().or_else(|e| {
            // Cannot happen with the compiled-in roots (a test parses them); the
            // system store still works, only slower to build.
            tracing::warn!(error = %e, "Amazon trust roots rejected; using the system store");
            system_tls()
        }),
    };
    let loader = aws_config::defaults(BehaviorVersion::latest());
    match context {
        Ok(context) => loader.http_client(http_client(context)),
        Err(e) => {
            tracing::error!(error = %e, "no TLS trust store; AWS calls will fail");
            loader
        }
    }
}

/// The SDK's default client, built as `aws-smithy-runtime` builds it (the connector
/// settings and sleep of each client, `HTTPS_PROXY`/`NO_PROXY` from the environment),
/// but on rustls with ring rather than aws-lc: reqwest already links ring, and a second
/// crypto library was about 0.9 MB of every arm64 bootstrap (docs/perf-notes.md). The
/// builder runs when a client first needs a connection, so nothing is read before.
fn http_client(context: TlsContext) -> SharedHttpClient {
    aws_smithy_http_client::Builder::new().build_with_connector_fn(move |settings, components| {
        let mut builder = ConnectorBuilder::default()
            .tls_provider(tls::Provider::Rustls(CryptoMode::Ring))
            .tls_context(context.clone());
        builder.set_connector_settings(settings.cloned());
        if let Some(components) = components {
            builder.set_sleep_impl(components.sleep_impl());
        }
        builder.set_proxy_config(Some(ProxyConfig::from_env()));
        builder.build()
    })
}

/// The operating system's roots, as the SDK's default client trusts them.
fn system_tls() -> Result<TlsContext, aws_smithy_http_client::HttpClientError> {
    TlsContext::builder().build()
}

fn amazon_tls() -> Result<TlsContext, aws_smithy_http_client::HttpClientError> {
    let store = TrustStore::empty()
        .with_native_roots(false)
        .with_pem_certificate(AMAZON_ROOTS_PEM);
    TlsContext::builder().with_trust_store(store).build()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amazon_roots_are_asked_for_and_kept_only_where_aws_serves_them() {
        assert_eq!(
            TrustRoots::choose("amazon", "us-east-1", false),
            TrustRoots::Amazon
        );
        assert_eq!(
            TrustRoots::choose(" Amazon ", "ap-southeast-3", false),
            TrustRoots::Amazon
        );
        assert_eq!(
            TrustRoots::choose("", "us-east-1", false),
            TrustRoots::System
        );
        assert_eq!(
            TrustRoots::choose("system", "us-east-1", false),
            TrustRoots::System
        );
        assert_eq!(
            TrustRoots::choose("amazon", "cn-north-1", false),
            TrustRoots::System
        );
        for other_partition in [
            "us-gov-west-1",
            "us-iso-east-1",
            "us-isob-east-1",
            "eu-isoe-west-1",
        ] {
            assert_eq!(
                TrustRoots::choose("amazon", other_partition, false),
                TrustRoots::System
            );
        }
        assert_eq!(
            TrustRoots::choose("amazon", "us-east-1", true),
            TrustRoots::System
        );
    }

    #[test]
    fn the_compiled_in_roots_are_five_parsable_certificates() {
        use rustls_pki_types::pem::PemObject;
        use rustls_pki_types::CertificateDer;
        use sha2::Digest;
        let certs = CertificateDer::pem_slice_iter(AMAZON_ROOTS_PEM)
            .collect::<Result<Vec<_>, _>>()
            .expect("PEM");
        // SHA-256 of Amazon Root CA 1-4 and Starfield Services Root G2, taken from
        // Mozilla's root store as Debian ships it (Amazon lists the same roots at
        // https://www.amazontrust.com/repository/): a changed file fails here.
        let published = [
            "8ecde6884f3d87b1125ba31ac3fcb13d7016de7f57cc904fe1cb97c6ae98196e",
            "1ba5b2aa8c65401a82960118f80bec4f62304d83cec4713a19c39c011ea46db4",
            "18ce6cfe7bf14e60b2e347b8dfe868cb31d02ebb3ada271569f50343b46db3a4",
            "e35d28419ed02025cfa69038cd623962458da5c695fbdea3c22b0bfb25897092",
            "568d6905a2c88708a4b3025190edcfedb1974a606a13c6e5290fcb2ae63edab5",
        ];
        let found: Vec<String> = certs
            .iter()
            .map(|c| hex::encode(sha2::Sha256::digest(c.as_ref())))
            .collect();
        assert_eq!(found, published);
        for cert in &certs {
            webpki::anchor_from_trusted_cert(cert).expect("a usable trust anchor");
        }
        assert!(amazon_tls().is_ok());
    }
}
