//! The admin API under `/_mock/`: health, reset, state dump, clock, request log.
use std::{sync::Arc, time::Duration};

use axum::{
    Json, Router,
    extract::State,
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::{get, post},
};
use serde_json::{Value, json};

use super::{MockState, clock::iso8601};

pub fn routes() -> Router<Arc<MockState>> {
    Router::new()
        .route("/_mock/health", get(health))
        .route("/_mock/reset", post(reset))
        .route("/_mock/state", get(state_dump))
        .route("/_mock/clock", get(clock).post(advance_clock))
        .route("/_mock/requests", get(requests))
        .route("/_mock/connections", post(new_connection))
}

async fn health(State(s): State<Arc<MockState>>) -> Json<Value> {
    Json(
        json!({"status": "ok", "operations": s.contract.catalog.operations.len(), "principals": s.principals.len()}),
    )
}

async fn reset(State(s): State<Arc<MockState>>) -> Response {
    match s.store.lock() {
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
    Json(json!({"reset": true})).into_response()
}

async fn state_dump(State(s): State<Arc<MockState>>) -> Response {
    match s.store.lock() {
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
    match secs {
        Some(secs) if secs <= 100 * 365 * 86_400 => {
            s.clock.advance(Duration::from_secs(secs));
            Json(json!({"now": iso8601(s.clock.now_utc()), "offsetSeconds": s.clock.offset().as_secs()})).into_response()
        }
        _ => admin_error(
            StatusCode::BAD_REQUEST,
            "send {\"advanceSeconds\": N} or {\"advanceDays\": N} with a non-negative whole number of at most 100 years",
        ),
    }
}

async fn requests(State(s): State<Arc<MockState>>) -> Json<Value> {
    Json(json!({"requests": s.log.entries()}))
}

pub fn admin_error(status: StatusCode, message: &str) -> Response {
    (status, Json(json!({"error": message}))).into_response()
}

/// `{"between": ["sender", "receiver"], "types": ["SUBSIDIARY"], "catalog": "Sandbox"}` makes a connection.
async fn new_connection(State(s): State<Arc<MockState>>, body: axum::body::Bytes) -> Response {
    let new: super::connection::NewConnection = match serde_json::from_slice(&body) {
        Ok(n) => n,
        Err(e) => {
            return admin_error(
                StatusCode::BAD_REQUEST,
                &format!(
                    "send {{\"between\": [A, B], \"types\": [...], \"catalog\": \"Sandbox\"}}: {e}"
                ),
            );
        }
    };
    let now = s.clock.now_utc();
    let result = match s.store.lock() {
        Ok(mut store) => super::connection::seed(&mut store, &s.principals, new, now),
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
