//! The AWS JSON 1.0 front door: size limit, signature, target, content type, JSON, schema, then the operation.
use std::sync::Arc;

use axum::{
    body::{Body, Bytes},
    extract::State,
    http::{HeaderMap, HeaderValue, Method, StatusCode, Uri},
    response::{IntoResponse, Response},
};
use serde_json::Value;

use super::{
    MockState,
    call::{Call, Reply},
    error::ApiError,
    faults::Fault,
    log::LogEntry,
    operations::dispatch,
};
use crate::{
    spec::{Operation, exchange::CONTENT_TYPE},
    wire::{
        REQUEST_ID_HEADER, TARGET_HEADER,
        client_checks::{self, ClientRequest},
        observe::Observation,
        sigv4::{SignedRequest, verify},
    },
};

pub use crate::wire::MAX_BODY;

/// Answers one AWS JSON 1.0 call.
pub async fn handle(
    State(state): State<Arc<MockState>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let request_id = new_request_id();
    let target = headers
        .get(TARGET_HEADER)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let bytes = axum::body::to_bytes(body, MAX_BODY).await;
    let findings = match (&state.recorder, &bytes) {
        (Some(_), Ok(b)) => Some(client_checks::check(&state.contract, &headers, b)),
        _ => None,
    };
    let (fault, latency) = inject(&state, &target);
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
    let (op, answer) = match (&bytes, fault) {
        (Ok(_), Some(Fault::Drop)) => {
            record(&state, findings, 0, None, Some(Fault::Drop));
            return dropped_connection();
        }
        (Ok(_), Some(f)) => {
            let op = state
                .contract
                .catalog
                .by_target(&target)
                .cloned()
                .map(|o| (o, None, "sigv4"));
            let error = match f {
                Fault::Throttling => {
                    ApiError::throttling("Rate exceeded (injected by the mock's faults)")
                }
                _ => ApiError::internal("Internal failure (injected by the mock's faults)"),
            };
            (op, Err(error))
        }
        (Ok(bytes), None) => answer(&state, &method, &uri, &headers, bytes),
        (Err(_), _) => (
            None,
            Err(ApiError::common(
                "RequestEntityTooLargeException",
                413,
                format!(
                    "The request body is larger than the {MAX_BODY} bytes (1 MiB) this service accepts"
                ),
            )),
        ),
    };
    let conventions = op
        .as_ref()
        .map(|(op, _, _)| op.conventions.clone())
        .unwrap_or_default();
    let status = answer.as_ref().map_or_else(|e| e.status, |_| 200);
    let error_type = answer.as_ref().err().map(|e| e.type_name.to_string());
    record(&state, findings, status, error_type.clone(), fault);
    let body = match answer {
        Ok(reply) => reply.into_text(),
        Err(e) => e.body(&conventions).to_string(),
    };
    state.log.record(LogEntry {
        request_id: request_id.clone(),
        target,
        operation: op.as_ref().map(|(o, _, _)| o.name.clone()),
        principal: op.as_ref().and_then(|(_, p, _)| p.clone()),
        signing: op.as_ref().map(|(_, _, s)| s.to_string()),
        mutating: op.as_ref().is_some_and(|(o, _, _)| o.mutating),
        status,
        error_type,
    });
    json_response(status, body, &request_id)
}

/// The fault and latency configured for this call's operation, if any.
fn inject(state: &MockState, target: &str) -> (Option<Fault>, std::time::Duration) {
    let Ok(mut faults) = state.faults.lock() else {
        return (None, std::time::Duration::ZERO);
    };
    let Some(faults) = faults.as_mut() else {
        return (None, std::time::Duration::ZERO);
    };
    match state.contract.catalog.by_target(target) {
        Some(op) => faults.decide(&op.name),
        None => (None, std::time::Duration::ZERO),
    }
}

/// In strict mode, keeps what the client sent and what it got.
fn record(
    state: &MockState,
    findings: Option<ClientRequest>,
    status: u16,
    error_type: Option<String>,
    fault: Option<Fault>,
) {
    let (Some(recorder), Some(f)) = (&state.recorder, findings) else {
        return;
    };
    let principal = f
        .access_key_id
        .as_deref()
        .and_then(|k| state.principal_by_key(k))
        .map(|p| p.name.clone());
    recorder.record(Observation {
        at_ms: recorder.elapsed_ms(),
        operation: f.operation,
        target: f.target,
        principal,
        signing: f.scheme.map(str::to_string),
        client_token: f.client_token,
        status,
        error_type,
        fault: fault.map(|f| f.name().to_string()),
        violations: f.violations,
        request: f.body.unwrap_or(Value::Null),
        response_violations: Vec::new(),
    });
}

/// A response whose body fails after the headers: the client sees the connection drop.
fn dropped_connection() -> Response {
    let stream = futures::stream::once(async {
        Err::<Bytes, std::io::Error>(std::io::Error::other(
            "connection dropped by an injected fault",
        ))
    });
    let mut r = Response::new(Body::from_stream(stream));
    r.headers_mut().insert(
        axum::http::header::CONTENT_TYPE,
        HeaderValue::from_static(CONTENT_TYPE),
    );
    r
}

/// Builds an AWS JSON 1.0 response with the request id header.
pub fn json_response(status: u16, body: String, request_id: &str) -> Response {
    let mut response = (
        StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
        body,
    )
        .into_response();
    let h = response.headers_mut();
    h.insert(
        axum::http::header::CONTENT_TYPE,
        HeaderValue::from_static(CONTENT_TYPE),
    );
    if let Ok(v) = HeaderValue::from_str(request_id) {
        h.insert(REQUEST_ID_HEADER, v);
    }
    response
}

/// A request id as AWS services write theirs: a random (version 4) UUID.
fn new_request_id() -> String {
    uuid::Builder::from_random_bytes(rand::random())
        .into_uuid()
        .to_string()
}

/// What the log needs of a call that got past the signature check: operation, principal, scheme.
type Known = Option<(Operation, Option<String>, &'static str)>;
type Answer = (Known, Result<Reply, ApiError>);

fn answer(
    state: &MockState,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
    body: &Bytes,
) -> Answer {
    let signed = SignedRequest {
        method: method.as_str(),
        path: uri.path(),
        query: uri.query().unwrap_or(""),
        headers,
        body,
    };
    // Signatures are judged against real time: the mock's business clock may have been moved forward.
    let verified = match verify(
        &signed,
        |key| state.principal_by_key(key),
        std::time::SystemTime::now(),
    ) {
        Ok(v) => v,
        Err(failure) => {
            return (
                None,
                Err(ApiError::common(
                    failure.error_type(),
                    403,
                    failure.message(),
                )),
            );
        }
    };
    let Some(principal) = state.principal_by_key(&verified.access_key_id) else {
        return (
            None,
            Err(ApiError::common(
                "UnrecognizedClientException",
                403,
                "The security token included in the request is invalid.",
            )),
        );
    };
    let target = headers
        .get(TARGET_HEADER)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let Some(op) = state.contract.catalog.by_target(target).cloned() else {
        let message = if target.is_empty() {
            "The request has no X-Amz-Target header naming an operation".to_string()
        } else {
            format!(
                "Unknown operation: the X-Amz-Target '{target}' names no operation of this service"
            )
        };
        return (
            None,
            Err(ApiError::common("UnknownOperationException", 400, message)),
        );
    };
    let scheme = verified.scheme.as_str();
    let known = Some((op.clone(), Some(principal.name.clone()), scheme));
    let signing_name = state
        .contract
        .catalog
        .service_of(&op)
        .map(|s| s.signing_name.as_str())
        .unwrap_or("");
    if verified.service != signing_name {
        let message = format!("Credential should be scoped to correct service: '{signing_name}'.");
        return (
            known,
            Err(ApiError::common("InvalidSignatureException", 403, message)),
        );
    }
    let content_type = headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if !crate::spec::exchange::is_json_1_0(content_type) {
        let message =
            format!("The Content-Type '{content_type}' is not supported; send {CONTENT_TYPE}");
        return (
            known,
            Err(ApiError::common("SerializationException", 400, message)),
        );
    }
    let input: Value = if body.iter().all(u8::is_ascii_whitespace) {
        Value::Object(Default::default())
    } else {
        match serde_json::from_slice(body) {
            Ok(v @ Value::Object(_)) => v,
            Ok(_) => {
                return (
                    known,
                    Err(ApiError::common(
                        "SerializationException",
                        400,
                        "The request body must be a JSON object",
                    )),
                );
            }
            Err(e) => {
                return (
                    known,
                    Err(ApiError::common(
                        "SerializationException",
                        400,
                        format!("The request body is not valid JSON: {e}"),
                    )),
                );
            }
        }
    };
    let violations = state.contract.check_request(&op, &input);
    if !violations.is_empty() {
        return (known, Err(ApiError::request_validation(&violations)));
    }
    // The time is read under the lock, so that timestamps follow the order of writes (and of listings).
    let result: Result<Reply, ApiError> = match state.store.lock() {
        Ok(mut store) => {
            let now = store.monotonic(state.clock.now_utc());
            let call = Call {
                caller: principal,
                op: &op,
                input: &input,
                now,
            };
            dispatch(&mut store, &call)
        }
        Err(_) => Err(ApiError::internal(
            "The mock's state is unavailable after an earlier failure",
        )),
    };
    (known, result)
}
