//! What the mock keeps of each call: in strict mode, the client's request as an observation for the
//! client report; when a HAR file is asked for (`mock --record`), the exchange whole — the request as it
//! came, the answer as it went. The report layer writes both out.
use axum::http::{HeaderMap, Method, Uri};
use serde_json::Value;

use super::{faults::Fault, state::MockState};
use crate::{
    spec::exchange::CONTENT_TYPE,
    wire::{
        REQUEST_ID_HEADER,
        capture::{Answer as Kept, Capture},
        client_checks::ClientRequest,
        observe::Observation,
    },
};

/// A request being kept whole: what was asked, and when.
pub struct Started {
    at: std::time::SystemTime,
    clock: std::time::Instant,
    method: String,
    url: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

/// How a kept request was answered.
pub enum Answered<'a> {
    With {
        status: u16,
        body: &'a str,
        request_id: &'a str,
    },
    /// A page from in front of the service (a curveball's HTML 503), with no request id.
    Page {
        status: u16,
        body: &'a str,
    },
    Dropped,
}

/// Keeps a request and its answer whole, when exchanges are kept.
pub fn keep(state: &MockState, started: Option<Started>, answered: Answered<'_>) {
    let (Some(captures), Some(s)) = (&state.captures, started) else {
        return;
    };
    let answer = match answered {
        Answered::With {
            status,
            body,
            request_id,
        } => Kept::Response {
            status,
            headers: vec![
                ("content-type".into(), CONTENT_TYPE.into()),
                (REQUEST_ID_HEADER.into(), request_id.into()),
            ],
            body: body.as_bytes().to_vec(),
        },
        Answered::Page { status, body } => Kept::Response {
            status,
            headers: vec![("content-type".into(), "text/html".into())],
            body: body.as_bytes().to_vec(),
        },
        Answered::Dropped => {
            Kept::Unanswered("the mock dropped the connection (an injected fault)".into())
        }
    };
    captures.push(Capture {
        started: s.at,
        duration: s.clock.elapsed(),
        method: s.method,
        url: s.url,
        request_headers: s.headers,
        request_body: s.body,
        answer,
    });
}

impl Started {
    pub fn now(method: &Method, uri: &Uri, headers: &HeaderMap, body: Vec<u8>) -> Started {
        Started {
            at: std::time::SystemTime::now(),
            clock: std::time::Instant::now(),
            method: method.to_string(),
            url: uri.to_string(),
            headers: crate::wire::header_pairs(headers),
            body,
        }
    }
}

/// What a client got: the status, the error type, and what the mock did to the answer on purpose.
#[derive(Debug, Default)]
pub struct Got {
    pub status: u16,
    pub error_type: Option<String>,
    pub fault: Option<Fault>,
    pub curveball: Option<super::curveball::Kind>,
    /// Why the mock refused the request's signature or credentials (`InvalidSignatureException: …`):
    /// the client's fault, recorded as its violation.
    pub auth_refused: Option<String>,
    /// The wait the answer named in `x-amz-retry-after`.
    pub retry_after_ms: Option<u64>,
}

/// In strict mode, keeps what the client sent and what it got.
pub fn record(state: &MockState, findings: Option<ClientRequest>, got: Got) {
    let (Some(recorder), Some(f)) = (&state.recorder, findings) else {
        return;
    };
    let principal = f
        .access_key_id
        .as_deref()
        .and_then(|k| super::policy::principal_by_key(state, k))
        .map(|p| p.name.clone());
    let mut f = f;
    if let Some(why) = got.auth_refused {
        f.refused_for_signature(why, "the mock");
    }
    recorder.record(Observation {
        at_ms: recorder.elapsed_ms(),
        operation: f.operation,
        target: f.target,
        principal,
        signing: f.scheme.map(str::to_string),
        client_token: f.client_token,
        status: got.status,
        error_type: got.error_type,
        fault: got.fault.map(|f| f.name().to_string()),
        violations: f.violations,
        not_implemented: f.not_implemented,
        app_id: f.app_id,
        request: f.body.unwrap_or(Value::Null),
        response_violations: Vec::new(),
        response_drift: Vec::new(),
        transient: got.curveball == Some(super::curveball::Kind::Html503),
        curveball: got.curveball.map(|k| k.name().to_string()),
        retry_after_ms: got.retry_after_ms,
    });
}
