//! A deliberately broken endpoint (the mock behind a test double) must fail the run for the right reason.
use std::{net::SocketAddr, sync::Arc};

use axum::{
    body::Body,
    extract::Request,
    middleware::{Next, from_fn},
    response::{IntoResponse, Response},
};
use pcc_conformance::mock::{MockConfig, MockState, router};
use serde_json::Value;

/// ListTagsForResource answers an error it does not declare; ValidationException bodies lose `message`.
async fn break_answers(req: Request, next: Next) -> Response {
    let target = req
        .headers()
        .get("x-amz-target")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let response = next.run(req).await;
    if target.ends_with(".ListTagsForResource") {
        let body = r#"{"__type":"ServiceQuotaExceededException","message":"made up","resourceId":"x","resourceType":"y","quotaCode":"z"}"#;
        let mut r = (axum::http::StatusCode::PAYMENT_REQUIRED, body).into_response();
        r.headers_mut().insert(
            "content-type",
            "application/x-amz-json-1.0".parse().unwrap(),
        );
        r.headers_mut()
            .insert("x-amzn-requestid", "broken-1".parse().unwrap());
        return r;
    }
    let (parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, usize::MAX)
        .await
        .unwrap_or_default();
    let mut json: Value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    if json.get("__type").and_then(Value::as_str) == Some("ValidationException") {
        json.as_object_mut().unwrap().remove("message");
    }
    Response::from_parts(parts, Body::from(json.to_string()))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_run_fails_naming_operation_path_and_rule() {
    let state = Arc::new(MockState::new(MockConfig::default()));
    let app = router(state).layer(from_fn(break_answers));
    let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0)))
        .await
        .unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    let dir = tempfile::tempdir().unwrap();
    let features = concat!(env!("CARGO_MANIFEST_DIR"), "/features");
    let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_pcc-conformance"))
        .args([
            "run",
            "--endpoint",
            &url,
            "--features",
            features,
            "--tags",
            "@tags or @required",
            "--report-dir",
        ])
        .arg(dir.path())
        .output()
        .await
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "exit status; stdout:\n{stdout}");
    let report: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("report.json")).unwrap())
            .unwrap();
    let violations: Vec<&Value> = report["scenarios"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["violations"].as_array().unwrap().iter())
        .collect();
    let has = |op: &str, path: &str, rule: &str| {
        violations
            .iter()
            .any(|v| v["operation"] == op && v["path"] == path && v["rule"] == rule)
    };
    assert!(
        has("ListTagsForResource", "__type", "undeclaredError"),
        "{violations:#?}"
    );
    assert!(
        has("CreateProgramManagementAccount", "message", "required"),
        "{violations:#?}"
    );
    assert!(report["totals"]["contractFailures"].as_u64().unwrap() > 0);
    let md = std::fs::read_to_string(dir.path().join("report.md")).unwrap();
    assert!(
        md.contains("| ListTagsForResource | `__type` | undeclaredError |"),
        "{md}"
    );
    // A healthy scenario against the same double still passes: the failure is where the break is.
    assert!(report["totals"]["passed"].as_u64().unwrap() > 0);
}
