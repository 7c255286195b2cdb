//! The validating proxy: forwards a client's traffic to any endpoint unchanged (bytes and headers as
//! received, so signatures stay valid and no secret is needed), checks each request as the client's act
//! and each response as the runner does, and records both for the client report.
use std::{net::SocketAddr, sync::Arc};

use axum::{
    Router,
    body::{Body, Bytes},
    extract::State,
    http::{HeaderMap, HeaderValue, Method, StatusCode, Uri},
    response::{IntoResponse, Response},
};

use crate::{
    spec::Contract,
    wire::{
        self, client_checks,
        observe::{Observation, Recorder, Serving},
    },
};

/// Headers that belong to one hop and are not forwarded.
const HOP_BY_HOP: [&str; 7] = [
    "connection",
    "keep-alive",
    "proxy-connection",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
];

struct Proxy {
    upstream: String,
    contract: Arc<Contract>,
    http: reqwest::Client,
    recorder: Arc<Recorder>,
}

/// A running proxy; stops on `shutdown` or when dropped.
#[derive(Debug)]
pub struct ProxyServer {
    recorder: Arc<Recorder>,
    serving: Serving,
}

impl ProxyServer {
    pub async fn start(
        upstream: &str,
        contract: Arc<Contract>,
        bind: SocketAddr,
    ) -> std::io::Result<ProxyServer> {
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(std::io::Error::other)?;
        let recorder = Arc::new(Recorder::default());
        let proxy = Arc::new(Proxy {
            upstream: upstream.trim_end_matches('/').to_string(),
            contract,
            http,
            recorder: recorder.clone(),
        });
        let serving =
            Serving::start(Router::new().fallback(forward).with_state(proxy), bind).await?;
        Ok(ProxyServer { recorder, serving })
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.serving.addr())
    }

    pub fn observations(&self) -> Vec<Observation> {
        self.recorder.observations()
    }

    pub async fn shutdown(self) {
        self.serving.shutdown().await;
    }
}

async fn forward(
    State(p): State<Arc<Proxy>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let bytes: Bytes = match axum::body::to_bytes(body, wire::MAX_BODY * 8).await {
        Ok(b) => b,
        Err(e) => {
            return (
                StatusCode::BAD_REQUEST,
                format!("cannot read the request body: {e}"),
            )
                .into_response();
        }
    };
    let findings = client_checks::check(&p.contract, &headers, &bytes);
    let path = uri.path_and_query().map_or("/", |pq| pq.as_str());
    let mut req = p
        .http
        .request(method, format!("{}{path}", p.upstream))
        .body(bytes.to_vec());
    for (k, v) in &headers {
        if !HOP_BY_HOP.contains(&k.as_str()) && k.as_str() != "content-length" {
            req = req.header(k, v);
        }
    }
    let upstream = match req.send().await {
        Ok(r) => r,
        Err(e) => {
            return (
                StatusCode::BAD_GATEWAY,
                format!("pcc-conformance proxy: cannot reach {}: {e}", p.upstream),
            )
                .into_response();
        }
    };
    let status = upstream.status().as_u16();
    let resp_headers: Vec<(String, String)> = upstream
        .headers()
        .iter()
        .map(|(k, v)| {
            (
                k.as_str().to_string(),
                String::from_utf8_lossy(v.as_bytes()).into_owned(),
            )
        })
        .collect();
    let resp_body = match upstream.bytes().await {
        Ok(b) => b.to_vec(),
        Err(e) => {
            return (
                StatusCode::BAD_GATEWAY,
                format!("pcc-conformance proxy: the upstream answer broke off: {e}"),
            )
                .into_response();
        }
    };
    let parsed = wire::Response::parse(status, resp_headers.clone(), resp_body.clone());
    let response_violations = findings
        .operation
        .as_deref()
        .and_then(|name| p.contract.operation(name))
        .map(|op| p.contract.check_exchange(op, &parsed.observed()))
        .unwrap_or_default();
    p.recorder.record(Observation {
        at_ms: p.recorder.elapsed_ms(),
        operation: findings.operation.clone(),
        target: findings.target.clone(),
        principal: findings.access_key_id.clone(),
        signing: findings.scheme.map(str::to_string),
        client_token: findings.client_token.clone(),
        status,
        error_type: parsed.error_type.clone(),
        fault: None,
        violations: findings.violations,
        request: findings.body.unwrap_or(serde_json::Value::Null),
        response_violations,
    });
    let mut out = Response::new(Body::from(resp_body));
    *out.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_GATEWAY);
    for (k, v) in resp_headers {
        if HOP_BY_HOP.contains(&k.as_str()) || k == "content-length" {
            continue;
        }
        if let (Ok(name), Ok(value)) = (
            axum::http::HeaderName::try_from(k.as_str()),
            HeaderValue::from_str(&v),
        ) {
            out.headers_mut().append(name, value);
        }
    }
    out
}
