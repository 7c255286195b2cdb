//! The suite proves it can fail: run as against a service, at an endpoint that answers every call the
//! same way, it passes only the scenarios listed here, each for a reason that holds of any service, and
//! the coverage it reports is near zero. Nothing in the run recognises such an endpoint: every scenario
//! fails on what it checks.
mod common;

use axum::{
    Router,
    http::{HeaderMap, StatusCode},
    response::IntoResponse,
    routing::any,
};
use serde_json::{Value, json};

/// How the endpoint answers every call.
#[derive(Clone, Copy)]
enum Answer {
    /// 404 ResourceNotFoundException, in each service's own shape.
    NotFound,
    /// 200 `{}`.
    Empty,
}

async fn endpoint(answer: Answer) -> String {
    let app = Router::new().fallback(any(move |headers: HeaderMap| async move {
        let target = headers
            .get("x-amz-target")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        let account = target.starts_with("PartnerCentralAccount.");
        let (status, body) = match answer {
            Answer::Empty => (StatusCode::OK, json!({})),
            Answer::NotFound if account => (
                StatusCode::NOT_FOUND,
                json!({"__type": "ResourceNotFoundException", "Message": "not found", "Reason": "CONNECTION_NOT_FOUND"}),
            ),
            Answer::NotFound => (
                StatusCode::NOT_FOUND,
                json!({"__type": "ResourceNotFoundException", "message": "not found"}),
            ),
        };
        (
            status,
            [
                ("content-type", "application/x-amz-json-1.0"),
                ("x-amzn-requestid", "hollow-1"),
            ],
            body.to_string(),
        )
            .into_response()
    }));
    common::serve(app).await
}

/// The whole suite against `url` as a service, with three principals and the sender's contact.
async fn run(url: &str) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let contact = "sender=Jane Doe <jane@example.org>";
    let ran = common::run_suite(
        &[
            "--endpoint",
            url,
            "--endpoint-kind",
            "service",
            "--contact",
            contact,
        ],
        dir.path(),
    )
    .await;
    assert_ne!(ran.code, Some(0), "a hollow endpoint never passes");
    ran.report
}

fn passed(report: &Value) -> Vec<String> {
    let mut names: Vec<String> = report["scenarios"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["status"] == "passed")
        .map(|s| s["name"].as_str().unwrap().to_string())
        .collect();
    names.sort();
    names
}

fn assert_hollow(report: &Value, allowed: &[(&str, &str)]) {
    let names = passed(report);
    let unexplained: Vec<&String> = names
        .iter()
        .filter(|n| !allowed.iter().any(|(a, _)| a == n))
        .collect();
    assert!(
        unexplained.is_empty(),
        "passed with no reason to: {unexplained:#?}"
    );
    assert!(names.len() <= 5, "{names:#?}");
    let coverage = &report["coverage"];
    assert!(
        coverage["percent"].as_f64().unwrap() < 2.0,
        "coverage of a hollow endpoint: {}",
        coverage["percent"]
    );
    assert_eq!(coverage["injection"]["exercised"], 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_endpoint_that_finds_nothing_passes_only_what_asks_for_nothing() {
    let url = endpoint(Answer::NotFound).await;
    let report = run(&url).await;
    // Each asks for a handshake or connection that was never made: any service finds none.
    let unknown = "an unknown id is not found, whatever the service holds";
    assert_hollow(
        &report,
        &[
            (
                "AcceptChannelHandshake on an unknown handshake is not found",
                unknown,
            ),
            (
                "RejectChannelHandshake on an unknown handshake is not found",
                unknown,
            ),
            (
                "CancelChannelHandshake on an unknown handshake is not found",
                unknown,
            ),
            ("an unknown connection is not found", unknown),
        ],
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_endpoint_that_answers_nothing_passes_nothing() {
    let url = endpoint(Answer::Empty).await;
    let report = run(&url).await;
    assert_hollow(&report, &[]);
    assert_eq!(passed(&report), Vec::<String>::new());
}

/// Prints what a fake passes: for finding out, while the lists below are written.
async fn survey(fake: common::fakes::Fake) -> Value {
    let url = common::fakes::serve(fake).await;
    let report = run(&url).await;
    let names = passed(&report);
    eprintln!(
        "{fake:?}: {} passed, coverage {}",
        names.len(),
        report["coverage"]["percent"]
    );
    let path = format!("/tmp/fake-{fake:?}.json");
    std::fs::write(&path, report.to_string()).unwrap();
    report
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn survey_fakes() {
    use common::fakes::Fake;
    let only = std::env::var("FAKES").unwrap_or_default();
    for f in [
        Fake::RefuseAll,
        Fake::Fixed,
        Fake::Echo,
        Fake::Keep,
        Fake::Shapes,
    ] {
        if !only.is_empty() && !only.contains(&format!("{f:?}")) {
            continue;
        }
        survey(f).await;
    }
}
