//! The AWS JSON 1.0 front door: size limit, signature, target, content type, JSON, schema, then the operation.
use std::{borrow::Cow, sync::Arc};

use axum::{
    body::{Body, Bytes},
    extract::{Request, State},
    http::{HeaderMap, HeaderValue, Method, StatusCode, Uri},
    response::{IntoResponse, Response},
};
use futures::StreamExt;
use serde_json::Value;
use uuid::Uuid;

use super::{
    call::{Call, Reply},
    curveball::{Changed, Kind},
    error::ApiError,
    faults::{Decision, Fault},
    log::Logged,
    operations::{dispatch, reader},
    recording::{Answered, Got, Started, keep, record},
    state::MockState,
};
use crate::{
    spec::{Operation, catalog::Conventions, exchange::CONTENT_TYPE},
    wire::{
        Principal, REQUEST_ID_HEADER, TARGET_HEADER,
        client_checks::{self, ClientRequest},
        sigv4::{Scheme, SignedRequest, Verified, claimed, verify_with},
    },
};

pub use crate::wire::MAX_BODY;

/// Answers one AWS JSON 1.0 call.
pub async fn handle(State(state): State<Arc<MockState>>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let (method, uri, headers) = (parts.method, parts.uri, parts.headers);
    let request_id = new_request_id();
    let target = headers
        .get(TARGET_HEADER)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let bytes = axum::body::to_bytes(body, MAX_BODY).await;
    let capture = state.captures.as_ref().map(|_| {
        let body = bytes.as_ref().map(|b| b.to_vec()).unwrap_or_default();
        Started::now(&method, &uri, &headers, body)
    });
    let findings = match (&state.recorder, &bytes) {
        (Some(_), Ok(b)) => Some(client_checks::check(&state.contract, &headers, b)),
        _ => None,
    };
    let decision = inject(&state, &target);
    if !decision.delay.is_zero() {
        tokio::time::sleep(decision.delay).await;
    }
    let fault = decision.fault;
    let answer = match (&bytes, fault) {
        (Ok(_), Some(Fault::Drop)) => return dropped(&state, findings, capture),
        (Ok(_), Some(f)) if !f.runs_the_operation() => {
            injected(&state, &target, f, faults_retry_after(&state, f))
        }
        (Ok(bytes), _) => match refusal(&state, &target, bytes) {
            Some(Kind::Html503) => return page_503(&state, findings, capture),
            Some(kind) => refused(&state, &target, kind),
            None => answer(&state, &method, &uri, &headers, bytes),
        },
        (Err(_), _) => too_large(),
    };
    let served = Served {
        request_id,
        target,
        fault,
        capture,
    };
    let response = respond(&state, answer, findings, served);
    match fault {
        Some(Fault::ResetAfterHeaders) => reset(response, false).await,
        Some(Fault::ResetMidBody) => reset(response, true).await,
        _ => response,
    }
}

/// The answer's status and headers (and, `halfway`, the first half of its body) sent, then the
/// connection reset: the operation ran, its answer is lost. The pause lets the server send what came first.
async fn reset(response: Response, halfway: bool) -> Response {
    let (mut parts, body) = response.into_parts();
    let body = axum::body::to_bytes(body, usize::MAX)
        .await
        .unwrap_or_default();
    let first = if halfway {
        body.slice(..body.len() / 2)
    } else {
        Bytes::new()
    };
    parts.headers.remove(axum::http::header::CONTENT_LENGTH);
    let sent = futures::stream::iter([Ok::<Bytes, std::io::Error>(first)]);
    let broken = futures::stream::once(async {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        Err(std::io::Error::other(
            "connection reset by an injected fault",
        ))
    });
    Response::from_parts(parts, Body::from_stream(sent.chain(broken)))
}

/// A dropped connection, as a fault: recorded and kept, then no answer.
fn dropped(
    state: &MockState,
    findings: Option<ClientRequest>,
    capture: Option<Started>,
) -> Response {
    let got = Got {
        fault: Some(Fault::Drop),
        ..Got::default()
    };
    record(state, findings, got);
    keep(state, capture, Answered::Dropped);
    dropped_connection()
}

/// A load balancer's HTML 503, as a curveball: recorded and kept as the page it is.
fn page_503(
    state: &MockState,
    findings: Option<ClientRequest>,
    capture: Option<Started>,
) -> Response {
    let got = Got {
        status: 503,
        curveball: Some(Kind::Html503),
        ..Got::default()
    };
    record(state, findings, got);
    let page = Answered::Page {
        status: 503,
        body: LOAD_BALANCER_503,
    };
    keep(state, capture, page);
    load_balancer_503()
}

/// A body past the size the service accepts.
fn too_large() -> Answer<'static> {
    Answer::unknown(ApiError::common(
        "RequestEntityTooLargeException",
        413,
        format!(
            "The request body is larger than the {MAX_BODY} bytes (1 MiB) this service accepts"
        ),
    ))
}

/// What a call was, besides its answer: its request id, its target, the fault injected into it, and
/// the request whole when exchanges are kept.
struct Served {
    request_id: Uuid,
    target: String,
    fault: Option<Fault>,
    capture: Option<Started>,
}

/// A refusal a curveball throws before the operation runs, for a call of a known operation.
fn refusal(state: &MockState, target: &str, body: &[u8]) -> Option<Kind> {
    let curveballs = state.curveballs()?;
    state.contract.catalog.by_target(target)?;
    curveballs.refusal(target, body)
}

/// A curveball's throttling error in place of the operation's answer.
fn refused<'s>(state: &'s MockState, target: &str, kind: Kind) -> Answer<'s> {
    let asked = state.curveballs().and_then(|c| c.retry_after());
    Answer {
        thrown: Some(kind),
        ..injected(state, target, Fault::Throttling, asked)
    }
}

const LOAD_BALANCER_503: &str = "<html><head><title>503 Service Temporarily Unavailable</title></head>\
<body><center><h1>503 Service Temporarily Unavailable</h1></center></body></html>\n";

/// What a load balancer in front of a service answers when no instance behind it can take the call.
fn load_balancer_503() -> Response {
    let mut r = (StatusCode::SERVICE_UNAVAILABLE, LOAD_BALANCER_503).into_response();
    r.headers_mut().insert(
        axum::http::header::CONTENT_TYPE,
        HeaderValue::from_static("text/html"),
    );
    r
}

/// An injected throttling or internal error, in place of the operation's answer.
/// A throttling names the wait `retry_after` (milliseconds) asks for, if any.
fn injected<'s>(
    state: &'s MockState,
    target: &str,
    fault: Fault,
    retry_after: Option<u64>,
) -> Answer<'s> {
    let error = match fault {
        Fault::Throttling => ApiError {
            retry_after_ms: retry_after,
            ..ApiError::throttling("Rate exceeded (injected by the mock's faults)")
        },
        _ => ApiError::internal("Internal failure (injected by the mock's faults)"),
    };
    Answer {
        known: state.contract.catalog.by_target(target).map(|op| Known {
            op,
            principal: None,
            scheme: None,
        }),
        result: Err(error),
        thrown: None,
    }
}

/// Writes the answer in the service's conventions, records it (client report, request log) and sends it.
fn respond(
    state: &MockState,
    answer: Answer<'_>,
    findings: Option<ClientRequest>,
    served: Served,
) -> Response {
    let known = answer.known.as_ref();
    let unknown = Conventions::default();
    let conventions = known.map_or(&unknown, |k| &k.op.conventions);
    let status = answer.result.as_ref().map_or_else(|e| e.status, |_| 200);
    let error_type = answer.result.as_ref().err().map(|e| e.type_name);
    let retry_after = answer.result.as_ref().err().and_then(|e| e.retry_after_ms);
    let auth_refused = answer.result.as_ref().err().and_then(|e| {
        crate::wire::client_checks::AUTH_ERRORS
            .contains(&e.type_name)
            .then(|| format!("{}: {}", e.type_name, e.message()))
    });
    let body = match answer.result {
        Ok(reply) => reply.into_text(),
        Err(e) => e.body(conventions).to_string(),
    };
    let mut changed = match (&state.curveballs(), known, answer.thrown) {
        (Some(c), Some(k), None) => c.change(k.op, status, body),
        (_, _, thrown) => Changed {
            body,
            headers: Vec::new(),
            kind: thrown,
        },
    };
    if let Some(ms) = retry_after {
        changed
            .headers
            .push((crate::client::retry::RETRY_AFTER_HEADER, ms.to_string()));
    }
    let got = Got {
        status,
        error_type: error_type.map(str::to_string),
        fault: served.fault,
        curveball: changed.kind,
        auth_refused,
        retry_after_ms: retry_after,
    };
    record(state, findings, got);
    state.log.record(Logged {
        request_id: served.request_id,
        target: &served.target,
        operation: known.map(|k| k.op.name.as_str()),
        principal: known.and_then(|k| k.principal.as_deref()),
        signing: known.and_then(|k| k.scheme).map(|s| s.as_str()),
        mutating: known.is_some_and(|k| k.op.mutating),
        status,
        error_type,
    });
    let body = changed.body;
    let mut id_text = Uuid::encode_buffer();
    let request_id = &*served.request_id.hyphenated().encode_lower(&mut id_text);
    keep(
        state,
        served.capture,
        Answered::With {
            status,
            body: &body,
            request_id,
        },
    );
    let mut response = json_response(status, body, request_id);
    for (name, value) in changed.headers {
        if let Ok(v) = HeaderValue::from_str(&value) {
            response.headers_mut().insert(name, v);
        }
    }
    response
}

/// What an injected throttling names in `x-amz-retry-after`, when the faults name a wait.
fn faults_retry_after(state: &MockState, fault: Fault) -> Option<u64> {
    if fault != Fault::Throttling {
        return None;
    }
    let mut faults = state.faults.lock().unwrap_or_else(|p| p.into_inner());
    faults.as_mut()?.retry_after()
}

/// The fault and delay the faults set decide for this call's operation, if any.
fn inject(state: &MockState, target: &str) -> Decision {
    if !state.faults_set.load(std::sync::atomic::Ordering::Acquire) {
        return Decision::default();
    }
    let mut faults = state.faults.lock().unwrap_or_else(|p| p.into_inner());
    match (faults.as_mut(), state.contract.catalog.by_target(target)) {
        (Some(faults), Some(op)) => faults.decide(&op.name),
        _ => Decision::default(),
    }
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
fn new_request_id() -> Uuid {
    uuid::Builder::from_random_bytes(rand::random()).into_uuid()
}

/// What the log needs of a call: its operation and, once its signature was verified, who signed and how.
struct Known<'s> {
    op: &'s Operation,
    principal: Option<String>,
    scheme: Option<Scheme>,
}

/// The answer to a call, and what is known of the call.
struct Answer<'s> {
    known: Option<Known<'s>>,
    result: Result<Reply, ApiError>,
    /// The curveball that made this answer, when one did.
    thrown: Option<Kind>,
}

impl Answer<'_> {
    /// An error answered before the operation was known.
    fn unknown(error: ApiError) -> Self {
        Answer {
            known: None,
            result: Err(error),
            thrown: None,
        }
    }
}

/// Judges a call in BEHAVIOR's order: signature and identity, the operation, the signature's scope and
/// the content type, the body's shape, then the operation itself.
fn answer<'s>(
    state: &'s MockState,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
    body: &Bytes,
) -> Answer<'s> {
    let signed = SignedRequest {
        method: method.as_str(),
        path: uri.path(),
        query: uri.query().unwrap_or(""),
        headers,
        body,
    };
    let (principal, verified) = match authenticate(state, &signed) {
        Ok(who) => who,
        Err(e) => return Answer::unknown(e),
    };
    let op = match operation(state, headers) {
        Ok(op) => op,
        Err(e) => return Answer::unknown(e),
    };
    let mut thrown = None;
    let result = in_scope(state, op, &verified, headers)
        .and_then(|()| super::policy::judge(state, &principal, op))
        .and_then(|()| input(body))
        .and_then(|input| {
            let kept = state.curveballs().and_then(|c| c.kept_page(op, &input));
            match kept {
                Some((page, kind)) => {
                    thrown = Some(kind);
                    Ok(Reply::Json(page))
                }
                None => serve(state, &principal, op, &input),
            }
        });
    Answer {
        known: Some(Known {
            op,
            principal: Some(principal.name.clone()),
            scheme: Some(verified.scheme),
        }),
        result,
        thrown,
    }
}

/// The principal whose signature the request carries. Signatures are judged against real time: the
/// mock's business clock may have been moved forward.
fn authenticate<'s>(
    state: &'s MockState,
    signed: &SignedRequest<'_>,
) -> Result<(Cow<'s, Principal>, Verified), ApiError> {
    let guest = signed
        .headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|a| claimed(a).ok())
        .and_then(|c| state.guests.by_key(&c.access_key_id));
    let verified = verify_with(
        signed,
        |key| {
            state
                .principal_by_key(key)
                .or(guest.as_ref().filter(|g| g.access_key_id == key))
        },
        std::time::SystemTime::now(),
        &state.keys,
    )
    .map_err(|failure| ApiError::common(failure.error_type(), 403, failure.message()))?;
    let principal =
        super::policy::principal_by_key(state, &verified.access_key_id).ok_or_else(|| {
            ApiError::common(
                "UnrecognizedClientException",
                403,
                "The security token included in the request is invalid.",
            )
        })?;
    Ok((principal, verified))
}

/// The operation the `X-Amz-Target` names, exactly.
fn operation<'s>(state: &'s MockState, headers: &HeaderMap) -> Result<&'s Operation, ApiError> {
    let target = headers
        .get(TARGET_HEADER)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let catalog = &state.contract.catalog;
    catalog.by_target(target).ok_or_else(|| {
        if let Some((_, name)) = catalog.not_covered_by_target(target) {
            return ApiError::not_implemented(name);
        }
        let message = if target.is_empty() {
            "The request has no X-Amz-Target header naming an operation".to_string()
        } else {
            format!(
                "Unknown operation: the X-Amz-Target '{target}' names no operation of this service"
            )
        };
        ApiError::common("UnknownOperationException", 400, message)
    })
}

/// The signature is scoped to the operation's service, and the body is AWS JSON 1.0.
fn in_scope(
    state: &MockState,
    op: &Operation,
    verified: &Verified,
    headers: &HeaderMap,
) -> Result<(), ApiError> {
    let signing_name = state
        .contract
        .catalog
        .service_of(op)
        .map(|s| s.signing_name.as_str())
        .unwrap_or("");
    if verified.service != signing_name {
        let message = format!("Credential should be scoped to correct service: '{signing_name}'.");
        return Err(ApiError::common("InvalidSignatureException", 403, message));
    }
    let content_type = headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if !crate::spec::exchange::is_json_1_0(content_type) {
        let message =
            format!("The Content-Type '{content_type}' is not supported; send {CONTENT_TYPE}");
        return Err(ApiError::common("SerializationException", 400, message));
    }
    Ok(())
}

/// The body as a JSON object (an empty body is `{}`).
fn input(body: &Bytes) -> Result<Value, ApiError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Value::Object(Default::default()));
    }
    let serialization = |message: String| ApiError::common("SerializationException", 400, message);
    match serde_json::from_slice(body) {
        Ok(v @ Value::Object(_)) => Ok(v),
        Ok(_) => Err(serialization(
            "The request body must be a JSON object".into(),
        )),
        Err(e) => Err(serialization(format!(
            "The request body is not valid JSON: {e}"
        ))),
    }
}

/// The request's shape against its schema, then the operation's handler on the store. The time is read
/// under the lock, so that timestamps follow the order of writes (and of listings).
fn serve(
    state: &MockState,
    caller: &Principal,
    op: &Operation,
    input: &Value,
) -> Result<Reply, ApiError> {
    let violations = state.contract.check_request(op, input);
    if !violations.is_empty() {
        return Err(ApiError::request_validation(&violations));
    }
    let unavailable =
        || ApiError::internal("The mock's state is unavailable after an earlier failure");
    let call_at = |now| Call {
        caller,
        op,
        input,
        now,
    };
    if let Some(read) = reader(&op.name) {
        let store = state.store.read().map_err(|_| unavailable())?;
        return read(
            &store,
            &call_at(store.now_for_reading(state.clock.now_utc())),
        );
    }
    let mut store = state.store.write().map_err(|_| unavailable())?;
    let now = store.monotonic(state.clock.now_utc());
    dispatch(&mut store, &call_at(now))
}
