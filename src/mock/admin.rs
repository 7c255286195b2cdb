//! The admin API under `/_mock/`: health, reset, state dump, clock, request log, connections, bulk seed,
//! and the signatory's signature of a channel contract.
use std::{sync::Arc, time::Duration};

use axum::{
    Json, Router,
    extract::State,
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::{get, post},
};
use serde_json::{Value, json};

use super::{clock::iso8601, state::MockState};

/// Every path of the admin API, as the mock's banner lists them.
pub const PATHS: [&str; 12] = [
    crate::wire::MOCK_HEALTH_PATH,
    "/_mock/reset",
    "/_mock/state",
    "/_mock/clock",
    "/_mock/requests",
    "/_mock/connections",
    "/_mock/principals",
    "/_mock/seed",
    "/_mock/channel-contracts/{id}/sign",
    "/_mock/faults",
    "/_mock/client-report",
    "/_mock/curveballs",
];

pub fn routes() -> Router<Arc<MockState>> {
    Router::new()
        .route(PATHS[0], get(health))
        .route(PATHS[1], post(reset))
        .route(PATHS[2], get(state_dump))
        .route(PATHS[3], get(clock).post(advance_clock))
        .route(PATHS[4], get(requests))
        .route(PATHS[5], post(new_connection))
        .route(PATHS[6], post(new_principal))
        .route(PATHS[7], post(seed))
        .route(PATHS[8], post(sign_contract))
        .route(PATHS[9], get(faults).post(set_faults).delete(clear_faults))
        .route(PATHS[10], get(client_report))
        .route(PATHS[11], post(set_curveballs))
}

async fn health(State(s): State<Arc<MockState>>) -> Json<Value> {
    Json(
        json!({"status": "ok", "server": crate::wire::MOCK_SERVER, "version": env!("CARGO_PKG_VERSION"),
               "operations": s.contract.catalog.operations.len(), "principals": s.principals.len()}),
    )
}

async fn reset(State(s): State<Arc<MockState>>) -> Response {
    match s.store.write() {
        Ok(mut store) => store.reset(),
        Err(_) => {
            return admin_error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "the state is unavailable",
            );
        }
    }
    s.clock.reset();
    s.log.clear();
    s.guests.clear();
    if let Some(r) = &s.recorder {
        r.clear();
    }
    Json(json!({"reset": true})).into_response()
}

async fn state_dump(State(s): State<Arc<MockState>>) -> Response {
    match s.store.write() {
        Ok(store) => Json(store.dump()).into_response(),
        Err(_) => admin_error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "the state is unavailable",
        ),
    }
}

async fn clock(State(s): State<Arc<MockState>>) -> Json<Value> {
    Json(json!({"now": iso8601(s.clock.now_utc()), "offsetSeconds": s.clock.offset().as_secs()}))
}

/// `{"advanceSeconds": N}` or `{"advanceDays": N}` moves the clock forward.
async fn advance_clock(State(s): State<Arc<MockState>>, body: axum::body::Bytes) -> Response {
    let parsed: Option<Value> = serde_json::from_slice(&body).ok();
    let secs = parsed.as_ref().and_then(|v| {
        v.get("advanceSeconds").and_then(Value::as_u64).or_else(|| {
            v.get("advanceDays")
                .and_then(Value::as_u64)
                .and_then(|d| d.checked_mul(86_400))
        })
    });
    let Some(secs) = secs else {
        return admin_error(
            StatusCode::BAD_REQUEST,
            "send {\"advanceSeconds\": N} or {\"advanceDays\": N} with a non-negative whole number",
        );
    };
    match s.clock.advance(Duration::from_secs(secs)) {
        Ok(_) => Json(
            json!({"now": iso8601(s.clock.now_utc()), "offsetSeconds": s.clock.offset().as_secs()}),
        )
        .into_response(),
        Err(ahead) => admin_error(
            StatusCode::BAD_REQUEST,
            &format!(
                "the clock may run at most {} days ahead in all; it is {} days ahead now, so it cannot move {} days more",
                super::clock::Clock::MAX_AHEAD.as_secs() / 86_400,
                ahead.as_secs() / 86_400,
                secs / 86_400
            ),
        ),
    }
}

async fn requests(State(s): State<Arc<MockState>>) -> Json<Value> {
    Json(json!({"requests": s.log.entries()}))
}

pub fn admin_error(status: StatusCode, message: &str) -> Response {
    (status, Json(json!({"error": message}))).into_response()
}

/// An admin request's body as `T`, or a message showing the form to send and what was wrong.
fn parsed<T: serde::de::DeserializeOwned>(body: &[u8], form: &str) -> Result<T, String> {
    serde_json::from_slice(body).map_err(|e| format!("send {form}: {e}"))
}

/// `{"between": ["sender", "receiver"], "types": ["SUBSIDIARY"], "catalog": "Sandbox"}` makes a connection.
async fn new_connection(State(s): State<Arc<MockState>>, body: axum::body::Bytes) -> Response {
    let form = r#"{"between": [A, B], "types": [...], "catalog": "Sandbox"}"#;
    let new: super::connection::NewConnection = match parsed(&body, form) {
        Ok(n) => n,
        Err(message) => return admin_error(StatusCode::BAD_REQUEST, &message),
    };
    let now = s.clock.now_utc();
    let result = match s.store.write() {
        Ok(mut store) => super::connection::seed(&mut store, &s.everyone(), new, now),
        Err(_) => {
            return admin_error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "the state is unavailable",
            );
        }
    };
    match result {
        Ok(v) => (StatusCode::CREATED, Json(v)).into_response(),
        Err(message) => admin_error(StatusCode::BAD_REQUEST, &message),
    }
}

/// `{"name": "refused", "policy": {"refuse": ["*"]}}` adds a principal with a fresh account and keys, and
/// answers it whole: a scenario's own account to be refused, throttled or capped.
async fn new_principal(State(s): State<Arc<MockState>>, body: axum::body::Bytes) -> Response {
    let form = r#"{"name": NAME, "policy": {"refuse": [...], "quotas": {...}, "failFirst": [...], "failing": [...], "retryAfterMs": N}}"#;
    let result = parsed(&body, form).and_then(|new| super::policy::add(&s, new));
    match result {
        Ok(v) => (StatusCode::CREATED, Json(v)).into_response(),
        Err(message) => admin_error(StatusCode::BAD_REQUEST, &message),
    }
}

/// The signatory signs a PENDING channel contract (`AWS` catalog): it is ACCEPTED and takes effect.
async fn sign_contract(
    State(s): State<Arc<MockState>>,
    axum::extract::Path(id): axum::extract::Path<String>,
) -> Response {
    let now = s.clock.now_utc();
    let result = match s.store.write() {
        Ok(mut store) => {
            let now = store.monotonic(now);
            super::contract::sign(&mut store, &id, now)
        }
        Err(_) => {
            return admin_error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "the state is unavailable",
            );
        }
    };
    match result {
        Ok(c) => Json(json!({"channelContractDetail": c.detail()})).into_response(),
        Err(e @ super::contract::SignError::Unknown(_)) => {
            admin_error(StatusCode::NOT_FOUND, &e.to_string())
        }
        Err(e) => admin_error(StatusCode::CONFLICT, &e.to_string()),
    }
}

async fn faults(State(s): State<Arc<MockState>>) -> Json<Value> {
    let spec = s
        .faults
        .lock()
        .ok()
        .and_then(|f| f.as_ref().map(|f| f.spec.clone()));
    Json(json!({ "faults": spec }))
}

/// `{"throttling": 0.2, "internal": 0, "drop": 0, "latencyMs": 0, "operations": [], "seed": 7}`.
async fn set_faults(State(s): State<Arc<MockState>>, body: axum::body::Bytes) -> Response {
    let spec: super::faults::FaultSpec = match serde_json::from_slice(&body) {
        Ok(spec) => spec,
        Err(e) => return admin_error(StatusCode::BAD_REQUEST, &format!("not a fault spec: {e}")),
    };
    if let Err(e) = spec.check() {
        return admin_error(StatusCode::BAD_REQUEST, &e);
    }
    match s.faults.lock() {
        Ok(mut f) => {
            *f = Some(super::faults::Faults::new(spec.clone()));
            s.faults_set
                .store(true, std::sync::atomic::Ordering::Release);
        }
        Err(_) => {
            return admin_error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "the fault settings are unavailable",
            );
        }
    }
    Json(json!({ "faults": spec })).into_response()
}

async fn clear_faults(State(s): State<Arc<MockState>>) -> Json<Value> {
    s.faults_set
        .store(false, std::sync::atomic::Ordering::Release);
    if let Ok(mut f) = s.faults.lock() {
        *f = None;
    }
    Json(json!({ "faults": null }))
}

/// The client report so far (strict mode): rendered by the report layer when one was given, else the raw record.
/// `{"spec": "member,short-page,share=1,seed=3"}` throws those curveballs from now on; `{"spec": null}`
/// stops them.
async fn set_curveballs(State(s): State<Arc<MockState>>, body: axum::body::Bytes) -> Response {
    let form = r#"{"spec": "KINDS[,share=S][,seed=N]"} or {"spec": null}"#;
    let asked: Value = match parsed(&body, form) {
        Ok(v) => v,
        Err(message) => return admin_error(StatusCode::BAD_REQUEST, &message),
    };
    let spec = match asked.get("spec") {
        Some(Value::Null) => None,
        Some(Value::String(text)) => match super::curveball::CurveballSpec::parse(text) {
            Ok(spec) => Some(spec),
            Err(e) => return admin_error(StatusCode::BAD_REQUEST, &e),
        },
        _ => return admin_error(StatusCode::BAD_REQUEST, &format!("send {form}")),
    };
    let kinds: Vec<&str> = spec
        .iter()
        .flat_map(|s| s.kinds.iter().map(|k| k.name()))
        .collect();
    s.set_curveballs(spec.clone());
    Json(json!({"curveballs": kinds})).into_response()
}

async fn client_report(State(s): State<Arc<MockState>>) -> Response {
    let Some(recorder) = &s.recorder else {
        return admin_error(
            StatusCode::CONFLICT,
            "the client report needs the strict mock: start it with --strict",
        );
    };
    let observations = recorder.observations();
    match &s.client_report {
        Some(render) => Json(render(&observations)).into_response(),
        None => Json(json!({ "observations": observations })).into_response(),
    }
}

/// `{"principal": "sender", "catalog": "Sandbox", "programManagementAccounts": 1, "relationships": 100000,
/// "handshakes": 0}` makes that many resources through the handlers, holding the store once.
async fn seed(State(s): State<Arc<MockState>>, body: axum::body::Bytes) -> Response {
    let form = r#"{"principal": NAME, "catalog": "Sandbox", "programManagementAccounts": N, "relationships": N, "handshakes": N}"#;
    let request: super::seed::SeedRequest = match parsed(&body, form) {
        Ok(r) => r,
        Err(message) => return admin_error(StatusCode::BAD_REQUEST, &message),
    };
    if let Err(message) = request.check(&s.principals) {
        return admin_error(StatusCode::BAD_REQUEST, &message);
    }
    let started = std::time::Instant::now();
    let made = tokio::task::spawn_blocking(move || seed_now(&s, &request)).await;
    let seconds = started.elapsed().as_secs_f64();
    match made {
        Ok(Ok(seeded)) => {
            let mut answer = seeded.summary();
            let items = seeded.total();
            answer["seconds"] = json!(seconds);
            answer["itemsPerSecond"] = json!((items as f64 / seconds.max(1e-9)).round());
            (StatusCode::CREATED, Json(answer)).into_response()
        }
        Ok(Err(message)) => admin_error(StatusCode::CONFLICT, &message),
        Err(_) => admin_error(StatusCode::INTERNAL_SERVER_ERROR, "the seed did not finish"),
    }
}

fn seed_now(
    s: &MockState,
    request: &super::seed::SeedRequest,
) -> Result<super::seed::Seeded, String> {
    let caller = match &request.principal {
        Some(name) => s.principals.iter().find(|p| &p.name == name),
        None => s.principals.first(),
    }
    .ok_or("the mock has no principal to own what is seeded")?;
    let mut store = s.store.write().map_err(|_| "the state is unavailable")?;
    let now = store.monotonic(s.clock.now_utc());
    super::seed::seed(&mut store, &s.contract, caller, request, now)
}
