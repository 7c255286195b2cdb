//! The HTTP client the AWS SDK runtime uses (the credential chain's SSO, STS, IMDS and container calls,
//! and SDK clients built beside the harness), on the harness's own `reqwest` client: one HTTP stack and
//! one TLS stack in the binary rather than two.
use aws_smithy_runtime_api::client::{
    http::{
        HttpClient, HttpConnector, HttpConnectorFuture, HttpConnectorSettings, SharedHttpClient,
        SharedHttpConnector,
    },
    orchestrator::{HttpRequest, HttpResponse},
    result::ConnectorError,
    runtime_components::RuntimeComponents,
};
use aws_smithy_types::body::SdkBody;
use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::Duration,
};

/// A client for the AWS SDK runtime: each connector it hands out applies the SDK's timeouts.
pub fn sdk_http_client() -> SharedHttpClient {
    SharedHttpClient::new(SdkClient::default())
}

/// The timeouts a connector applies: connect, then read.
type Timeouts = (Option<Duration>, Option<Duration>);

/// One connector per set of timeouts, kept, so that calls reuse connections as the SDK's own client does.
#[derive(Debug, Default)]
struct SdkClient {
    connectors: Mutex<HashMap<Timeouts, SharedHttpConnector>>,
}

impl HttpClient for SdkClient {
    fn http_connector(
        &self,
        settings: &HttpConnectorSettings,
        _components: &RuntimeComponents,
    ) -> SharedHttpConnector {
        let timeouts = (settings.connect_timeout(), settings.read_timeout());
        let mut connectors = self.connectors.lock().unwrap_or_else(|e| e.into_inner());
        connectors
            .entry(timeouts)
            .or_insert_with(|| SharedHttpConnector::new(Connector::new(timeouts)))
            .clone()
    }
}

/// One reqwest client; a client that could not be built answers every call with why.
#[derive(Debug)]
struct Connector {
    client: Result<reqwest::Client, Arc<str>>,
}

impl Connector {
    fn new((connect, read): Timeouts) -> Self {
        let mut builder = super::http_builder();
        if let Some(connect) = connect {
            builder = builder.connect_timeout(connect);
        }
        if let Some(read) = read {
            builder = builder.read_timeout(read);
        }
        Connector {
            client: builder.build().map_err(|e| e.to_string().into()),
        }
    }
}

impl HttpConnector for Connector {
    fn call(&self, request: HttpRequest) -> HttpConnectorFuture {
        let ready = match (&self.client, outgoing(&request)) {
            (Ok(client), Ok(out)) => Ok(client
                .request(out.method, out.uri)
                .headers(out.headers)
                .body(out.body)),
            (Err(why), _) => Err(ConnectorError::other(why.to_string().into(), None)),
            (_, Err(why)) => Err(ConnectorError::user(why.into())),
        };
        HttpConnectorFuture::new(async move {
            let response = ready?.send().await.map_err(connector_error)?;
            incoming(response).await
        })
    }
}

/// What reqwest sends for one SDK request.
struct Outgoing {
    method: reqwest::Method,
    uri: String,
    headers: http::HeaderMap,
    body: Vec<u8>,
}

/// The parts of an SDK request reqwest sends. The SDK's requests to these services carry their whole
/// body in memory; a streaming body is refused with that reason.
fn outgoing(request: &HttpRequest) -> Result<Outgoing, String> {
    let method = reqwest::Method::from_bytes(request.method().as_bytes())
        .map_err(|e| format!("method {}: {e}", request.method()))?;
    let mut headers = http::HeaderMap::new();
    for (name, value) in request.headers().iter_bytes() {
        let name = http::HeaderName::from_bytes(name.as_bytes())
            .map_err(|e| format!("header {name}: {e}"))?;
        let value =
            http::HeaderValue::from_bytes(value).map_err(|e| format!("header {name}: {e}"))?;
        headers.append(name, value);
    }
    let body = request
        .body()
        .bytes()
        .ok_or("a streaming request body (this client sends bodies held in memory)")?
        .to_vec();
    Ok(Outgoing {
        method,
        uri: request.uri().to_string(),
        headers,
        body,
    })
}

async fn incoming(response: reqwest::Response) -> Result<HttpResponse, ConnectorError> {
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let body = response.bytes().await.map_err(connector_error)?;
    let status = status
        .try_into()
        .map_err(|e| ConnectorError::other(Box::new(e), None))?;
    let mut out = HttpResponse::new(status, SdkBody::from(body));
    // The SDK reads only textual headers; a value that is not text is left out.
    for (name, value) in &headers {
        if let Ok(value) = value.to_str() {
            out.headers_mut()
                .append(name.to_string(), value.to_string());
        }
    }
    Ok(out)
}

/// A timeout is a timeout and a refused or broken connection is I/O, so the SDK retries as it would.
fn connector_error(e: reqwest::Error) -> ConnectorError {
    if e.is_timeout() {
        ConnectorError::timeout(Box::new(e))
    } else if e.is_connect() || e.is_request() || e.is_body() {
        ConnectorError::io(Box::new(e))
    } else {
        ConnectorError::other(Box::new(e), None)
    }
}

#[cfg(test)]
mod tests {
    use aws_config::{
        imds::{self, credentials::ImdsCredentialsProvider},
        provider_config::ProviderConfig,
    };
    use aws_credential_types::provider::ProvideCredentials;
    use axum::{
        Router,
        http::{HeaderMap, StatusCode},
        routing::{get, put},
    };

    const ROLE: &str = "/latest/meta-data/iam/security-credentials/";

    fn token_of(headers: &HeaderMap) -> Option<&str> {
        headers.get("x-aws-ec2-metadata-token")?.to_str().ok()
    }

    /// An instance metadata service on loopback: a session token for a PUT that asks for one, then the
    /// role's name and its credentials to a GET that presents it.
    async fn metadata_service() -> String {
        let app = Router::new()
            .route(
                "/latest/api/token",
                put(|headers: HeaderMap| async move {
                    match headers.get("x-aws-ec2-metadata-token-ttl-seconds") {
                        Some(ttl) => (
                            StatusCode::OK,
                            [("x-aws-ec2-metadata-token-ttl-seconds", ttl.clone())],
                            "imds-token",
                        ),
                        None => (
                            StatusCode::BAD_REQUEST,
                            [("x-aws-ec2-metadata-token-ttl-seconds", "0".parse().unwrap())],
                            "",
                        ),
                    }
                }),
            )
            .route(
                ROLE,
                get(|h: HeaderMap| async move { authorized(&h, "partner-role".into()) }),
            )
            .route(
                &format!("{ROLE}partner-role"),
                get(|h: HeaderMap| async move {
                    let body = serde_json::json!({
                        "Code": "Success",
                        "Type": "AWS-HMAC",
                        "AccessKeyId": "ASIAINSTANCE",
                        "SecretAccessKey": "secret",
                        "Token": "session-token",
                        "Expiration": "2099-01-01T00:00:00Z",
                    });
                    authorized(&h, body.to_string())
                }),
            );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await });
        format!("http://{addr}")
    }

    fn authorized(headers: &HeaderMap, body: String) -> (StatusCode, String) {
        match token_of(headers) {
            Some("imds-token") => (StatusCode::OK, body),
            _ => (StatusCode::UNAUTHORIZED, String::new()),
        }
    }

    async fn provide(endpoint: &str) -> Result<String, String> {
        let config = ProviderConfig::without_region().with_http_client(super::sdk_http_client());
        let client = imds::Client::builder()
            .configure(&config)
            .endpoint(endpoint)
            .unwrap()
            .max_attempts(1)
            .build();
        ImdsCredentialsProvider::builder()
            .configure(&config)
            .imds_client(client)
            .build()
            .provide_credentials()
            .await
            .map(|c| format!("{} {:?}", c.access_key_id(), c.session_token()))
            .map_err(|e| format!("{e:?}"))
    }

    #[tokio::test]
    async fn the_credential_chain_calls_out_through_the_harness_client() {
        let got = provide(&metadata_service().await).await;
        assert_eq!(
            got.as_deref(),
            Ok("ASIAINSTANCE Some(\"session-token\")"),
            "a PUT and two GETs went out with their headers, and the answers' bodies came back"
        );
    }

    #[tokio::test]
    async fn an_endpoint_that_is_not_there_is_an_error_not_a_hang() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let endpoint = format!("http://{}", listener.local_addr().unwrap());
        drop(listener);
        let e = provide(&endpoint).await.expect_err("nothing listens");
        assert!(e.contains("Connect") || e.contains("dispatch"), "{e}");
    }
}
