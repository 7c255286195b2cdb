//! The cleanup against a service that answers its undo calls otherwise than the recipes expect: a
//! settled resource is read before it is blamed, and only what is still live is left behind.
mod common;

use std::sync::Arc;

use axum::{
    body::Body,
    extract::Request,
    middleware::{Next, from_fn_with_state},
    response::Response,
};
use pcc_conformance::mock::{MockConfig, MockState, router};
use serde_json::{Value, json};

/// Which cancels the double refuses with AccessDeniedException in place of the mock's answer.
#[derive(Clone, Copy)]
enum Refuse {
    /// A cancel the mock refuses (the resource is no longer pending): another declared error than ours.
    Settled,
    /// Every cancel of a handshake, pending ones too.
    Every,
}

async fn access_denied_for_cancels(
    axum::extract::State(refuse): axum::extract::State<Refuse>,
    req: Request,
    next: Next,
) -> Response {
    let target = common::target_of(req.headers());
    let account = target.starts_with("PartnerCentralAccount.");
    let response = match refuse {
        // Refused before the mock sees it: the handshake stays as it was.
        Refuse::Every if target.ends_with(".CancelChannelHandshake") => {
            axum::http::Response::new(Body::empty())
        }
        Refuse::Every => return next.run(req).await,
        Refuse::Settled => {
            let response = next.run(req).await;
            let cancel = target.ends_with(".CancelChannelHandshake")
                || target.ends_with(".CancelConnectionInvitation");
            if !cancel || response.status().is_success() {
                return response;
            }
            response
        }
    };
    let (mut parts, _) = response.into_parts();
    parts.status = axum::http::StatusCode::FORBIDDEN;
    let body = if account {
        json!({"__type": "AccessDeniedException", "Message": "denied", "Reason": "ACCESS_DENIED"})
    } else {
        json!({"__type": "AccessDeniedException", "message": "denied"})
    };
    parts.headers.remove("content-length");
    parts.headers.insert(
        "content-type",
        "application/x-amz-json-1.0".parse().unwrap(),
    );
    parts
        .headers
        .insert("x-amzn-requestid", "double-1".parse().unwrap());
    Response::from_parts(parts, Body::from(body.to_string()))
}

async fn double(refuse: Refuse) -> String {
    let state = Arc::new(MockState::new(MockConfig::default()));
    let app = router(state).layer(from_fn_with_state(refuse, access_denied_for_cancels));
    common::serve(app).await
}

async fn run(url: &str, place: &str) -> common::Ran {
    let dir = tempfile::tempdir().unwrap();
    let contact = "sender=Jane Doe <jane@example.org>";
    common::run_suite(
        &[
            place,
            "--name",
            "makes it",
            "--endpoint",
            url,
            "--endpoint-kind",
            "service",
            "--contact",
            contact,
        ],
        dir.path(),
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_undo_refused_for_a_settled_resource_leaves_nothing_behind() {
    let url = double(Refuse::Settled).await;
    for feature in [
        "features/lifecycle/HandshakeTransitions.feature",
        "features/lifecycle/InvitationTransitions.feature",
    ] {
        let ran = run(&url, feature).await;
        assert_eq!(ran.code, Some(0), "{feature}: {}", ran.stdout);
        assert!(!ran.stdout.contains("LEFT BEHIND"), "{}", ran.stdout);
        assert_eq!(ran.report["leftovers"], json!([]), "{feature}");
        assert_eq!(ran.report["totals"]["passed"], 3, "{}", ran.stdout);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_undo_refused_for_a_pending_resource_is_left_behind_with_its_status() {
    let url = double(Refuse::Every).await;
    let ran = run(&url, "features/lifecycle/HandshakeTransitions.feature").await;
    assert_eq!(
        ran.code,
        Some(3),
        "{}\n{}",
        ran.stdout,
        ran.report["leftovers"]
    );
    let left = ran.report["leftovers"].as_array().unwrap();
    // Accepted and rejected ones are settled; canceling by the sender was refused, so it is pending.
    assert_eq!(left.len(), 1, "{}", ran.stdout);
    assert!(
        left[0]["reason"]
            .as_str()
            .unwrap()
            .contains("403 AccessDeniedException; it is still PENDING"),
        "{left:?}"
    );
}

/// Refuses every delete of a program management account before the mock sees it.
async fn refuse_pma_deletes(req: Request, next: Next) -> Response {
    let delete = req
        .headers()
        .get("x-amz-target")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.ends_with(".DeleteProgramManagementAccount"));
    if !delete {
        return next.run(req).await;
    }
    let body = json!({"__type": "AccessDeniedException", "message": "denied"});
    let mut r = Response::new(Body::from(body.to_string()));
    *r.status_mut() = axum::http::StatusCode::FORBIDDEN;
    r.headers_mut().insert(
        "content-type",
        "application/x-amz-json-1.0".parse().unwrap(),
    );
    r.headers_mut()
        .insert("x-amzn-requestid", "double-2".parse().unwrap());
    r
}

/// An interrupted run that could not delete everything says so, and exits 3, not 130.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_interrupted_run_that_left_something_says_so_and_exits_3() {
    let state = Arc::new(MockState::new(MockConfig::default()));
    let app = router(state.clone()).layer(axum::middleware::from_fn(refuse_pma_deletes));
    let url = common::serve(app).await;
    let dir = tempfile::tempdir().unwrap();
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_pcc-conformance"))
        .args(["run", "--endpoint", &url, "--endpoint-kind", "service"])
        .args(["--tags", "@relationships", "--rate", "40", "--report-dir"])
        .arg(dir.path())
        .arg("--features")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/features"))
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    for _ in 0..100 {
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        if !state.store.read().unwrap().pmas.is_empty() {
            break;
        }
    }
    std::process::Command::new("kill")
        .args(["-INT", &child.id().unwrap().to_string()])
        .status()
        .unwrap();
    let status = child.wait().await.unwrap();
    assert_eq!(status.code(), Some(3));
    let report: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("report.json")).unwrap())
            .unwrap();
    let left = report["leftovers"].as_array().unwrap().len();
    assert!(left > 0);
    let stop = report["runnerErrors"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .find(|e| e.contains("interrupted"))
        .unwrap()
        .to_string();
    assert!(
        stop.contains(&format!(
            "interrupted; {left} of what it had created could not be deleted"
        )),
        "{stop}"
    );
}
