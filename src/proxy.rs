//! The validating proxy: forwards a client's traffic to any endpoint unchanged (bytes and headers as
//! received, so signatures stay valid and no secret is needed), checks each request as the client's act
//! and each response as the runner does, and records both for the client report (and, when asked, each
//! exchange whole for a HAR file).
use std::{
    net::SocketAddr,
    sync::Arc,
    time::{Instant, SystemTime},
};

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
        self,
        capture::{Answer, Capture, Captures},
        client_checks,
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
    /// Every exchange whole, when a HAR file is asked for.
    captures: Option<Captures>,
    strict_drift: bool,
}

/// What the proxy keeps and how strictly it reads the answers.
#[derive(Debug, Clone, Copy, Default)]
pub struct ProxyOptions {
    /// Keep every exchange whole, for a HAR file.
    pub keep: bool,
    /// Count members and enum values the model lacks as violations, not drift.
    pub strict_drift: bool,
}

/// A running proxy; stops on `shutdown` or when dropped.
#[derive(Debug)]
pub struct ProxyServer {
    recorder: Arc<Recorder>,
    captures: Option<Captures>,
    serving: Serving,
}

impl ProxyServer {
    pub async fn start(
        upstream: &str,
        contract: Arc<Contract>,
        bind: SocketAddr,
    ) -> std::io::Result<ProxyServer> {
        ProxyServer::start_with(upstream, contract, bind, ProxyOptions::default()).await
    }

    /// A proxy with `options`: keeping every exchange whole, reading drift strictly.
    pub async fn start_with(
        upstream: &str,
        contract: Arc<Contract>,
        bind: SocketAddr,
        options: ProxyOptions,
    ) -> std::io::Result<ProxyServer> {
        let http = crate::client::http_builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(std::io::Error::other)?;
        let recorder = Arc::new(Recorder::default());
        let captures = options.keep.then(Captures::default);
        let proxy = Arc::new(Proxy {
            upstream: upstream.trim_end_matches('/').to_string(),
            contract,
            http,
            recorder: recorder.clone(),
            captures: captures.clone(),
            strict_drift: options.strict_drift,
        });
        let serving =
            Serving::start(Router::new().fallback(forward).with_state(proxy), bind).await?;
        Ok(ProxyServer {
            recorder,
            captures,
            serving,
        })
    }

    /// The exchanges kept whole, if the proxy keeps them.
    pub fn captures(&self) -> Option<&Captures> {
        self.captures.as_ref()
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
            let message = format!("cannot read the request body: {e}");
            return (StatusCode::BAD_REQUEST, message).into_response();
        }
    };
    let findings = client_checks::check(&p.contract, &headers, &bytes);
    let path = uri.path_and_query().map_or("/", |pq| pq.as_str());
    let started = (SystemTime::now(), Instant::now());
    let outcome = p.pass_on(method.clone(), path, &headers, &bytes).await;
    if let Some(captures) = &p.captures {
        captures.push(Capture {
            started: started.0,
            duration: started.1.elapsed(),
            method: method.to_string(),
            url: uri.to_string(),
            request_headers: wire::header_pairs(&headers),
            request_body: bytes.to_vec(),
            answer: match &outcome {
                Ok(a) => Answer::Response {
                    status: a.status,
                    headers: a.headers.clone(),
                    body: a.body.clone(),
                },
                Err(message) => Answer::Unanswered(message.clone()),
            },
        });
    }
    let answer = match outcome {
        Ok(answer) => answer,
        Err(message) => return (StatusCode::BAD_GATEWAY, message).into_response(),
    };
    p.record(findings, &answer);
    relay(answer)
}

impl Proxy {
    /// Sends the request upstream as received (bytes and end-to-end headers) and reads its answer.
    async fn pass_on(
        &self,
        method: Method,
        path: &str,
        headers: &HeaderMap,
        bytes: &Bytes,
    ) -> Result<wire::Response, String> {
        let mut req = self
            .http
            .request(method, format!("{}{path}", self.upstream))
            .body(bytes.to_vec());
        for (k, v) in headers {
            if !HOP_BY_HOP.contains(&k.as_str()) && k.as_str() != "content-length" {
                req = req.header(k, v);
            }
        }
        let upstream = req
            .send()
            .await
            .map_err(|e| format!("pcc-conformance proxy: cannot reach {}: {e}", self.upstream))?;
        let status = upstream.status().as_u16();
        let headers = wire::header_pairs(upstream.headers());
        let body = upstream
            .bytes()
            .await
            .map_err(|e| format!("pcc-conformance proxy: the upstream answer broke off: {e}"))?;
        Ok(wire::Response::parse(status, headers, body.to_vec()))
    }

    /// Both directions checked against the contract, kept as one observation.
    /// The answer is read as the runner reads it: from in front of the service, transient and not
    /// checked; drift apart from violations (unless drift is held strict).
    fn record(&self, mut findings: client_checks::ClientRequest, answer: &wire::Response) {
        if let Some(t) = answer
            .error_type
            .as_deref()
            .filter(|t| client_checks::AUTH_ERRORS.contains(t))
        {
            let why = format!("{t}: {}", answer.error_message().unwrap_or_default());
            findings.refused_for_signature(why, "the service");
        }
        let observed = answer.observed();
        let transient = observed.is_infrastructure();
        let found = findings
            .operation
            .as_deref()
            .and_then(|name| self.contract.operation(name))
            .filter(|_| !transient)
            .map(|op| self.contract.check_exchange(op, &observed))
            .unwrap_or_default();
        let (response_drift, response_violations) = found
            .into_iter()
            .partition(|v| v.is_drift() && !self.strict_drift);
        self.recorder.record(Observation {
            at_ms: self.recorder.elapsed_ms(),
            operation: findings.operation,
            target: findings.target,
            principal: findings.access_key_id,
            signing: findings.scheme.map(str::to_string),
            client_token: findings.client_token,
            status: answer.status,
            error_type: answer.error_type.clone(),
            fault: None,
            violations: findings.violations,
            not_implemented: findings.not_implemented,
            app_id: findings.app_id,
            retry_after_ms: answer
                .header(crate::client::retry::RETRY_AFTER_HEADER)
                .and_then(crate::client::retry::retry_after_ms),
            request: findings.body.unwrap_or(serde_json::Value::Null),
            response_violations,
            response_drift,
            transient,
            curveball: None,
        });
    }
}

/// The upstream answer, as it came (less hop-by-hop headers), back to the client.
fn relay(answer: wire::Response) -> Response {
    let mut out = Response::new(Body::from(answer.body));
    *out.status_mut() = StatusCode::from_u16(answer.status).unwrap_or(StatusCode::BAD_GATEWAY);
    for (k, v) in answer.headers {
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
