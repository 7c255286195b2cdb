//! Contract-driven fuzzing finds a defect planted in a copy of the mock, and shrinks it to a minimal request.
use std::{path::PathBuf, sync::Arc};

use pcc_conformance::{
    client::RetryPolicy,
    mock::{MockConfig, MockServer},
    runner::{RunConfig, RunContext, fuzz},
    spec::Contract,
};
use serde_json::Value;

/// The embedded schemas with one change, for a mock that gets one rule wrong.
fn altered_contract(alter: impl Fn(&str, &mut Value)) -> Arc<Contract> {
    let root = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/schemas"));
    let mut files = Vec::new();
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p.strip_prefix(&root).unwrap().to_string_lossy().to_string();
                let mut doc: Value =
                    serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
                alter(&rel, &mut doc);
                files.push((rel, doc.to_string()));
            }
        }
    }
    Arc::new(Contract::from_files(files).unwrap())
}

fn run_config(endpoint: String) -> RunConfig {
    RunConfig {
        retry: RetryPolicy::NONE,
        ..RunConfig::for_mock(endpoint, PathBuf::new(), Contract::embedded())
    }
}

async fn fuzz_against(mock: &MockServer, operations: &[&str], cases: u32) -> fuzz::FuzzOutcome {
    let config = run_config(mock.url());
    let ctx = RunContext::new(&config).unwrap();
    let operations = operations.iter().map(|s| s.to_string()).collect();
    fuzz::fuzz(
        ctx,
        fuzz::FuzzConfig {
            cases,
            seed: 42,
            operations,
            lifecycle_cases: 0,
        },
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fuzz_passes_against_the_mock() {
    let m = MockServer::start_default().await.unwrap();
    let outcome = fuzz_against(&m, &[], 60).await;
    assert_eq!(
        outcome.operations,
        Contract::embedded().catalog.operations.len()
    );
    assert!(outcome.failures.is_empty(), "{:#?}", outcome.failures);
    assert!(outcome.requests >= outcome.cases);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_silently_accepted_enum_value_is_found_and_shrunk() {
    // The defect: this mock's contract lets any string through as `program`.
    let broken = altered_contract(|path, doc| {
        if path == "channel/definitions.json" {
            doc["$defs"]["Program"] = serde_json::json!({"type": "string"});
        }
    });
    let m = MockServer::start(
        MockConfig {
            contract: broken,
            ..MockConfig::default()
        },
        "127.0.0.1:0".parse().unwrap(),
    )
    .await
    .unwrap();
    let outcome = fuzz_against(&m, &["CreateProgramManagementAccount"], 400).await;
    let found = outcome
        .failures
        .iter()
        .find(|f| f.kind.contains("enum at program"))
        .unwrap_or_else(|| panic!("{:#?}", outcome.failures));
    assert!(found.reason.contains("got 200"), "{}", found.reason);
    // Shrunk: only the required members remain, with the planted value.
    let minimal = found.minimal_request.as_object().unwrap();
    let mut keys: Vec<&str> = minimal.keys().map(String::as_str).collect();
    keys.sort();
    assert_eq!(
        keys,
        ["accountId", "catalog", "displayName", "program"],
        "{minimal:?}"
    );
    assert_eq!(minimal["program"], "NOT_IN_THE_ENUM");
    assert_eq!(found.seed, 42);
}

/// The defect: a mock (behind a test double) that lets the receiver accept a handshake that is no longer pending.
async fn accepts_from_terminal_states(
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let target = req
        .headers()
        .get("x-amz-target")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let response = next.run(req).await;
    if !target.ends_with(".AcceptChannelHandshake") || response.status() != 400 {
        return response;
    }
    let body = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap_or_default();
    let json: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    if json["reason"] != "BUSINESS_VALIDATION_FAILED" {
        return (
            axum::http::StatusCode::BAD_REQUEST,
            [
                ("content-type", "application/x-amz-json-1.0"),
                ("x-amzn-requestid", "x"),
            ],
            body,
        )
            .into_response();
    }
    let ok = serde_json::json!({"channelHandshakeDetail": {"id": "ch-0000000000000", "arn": "arn", "status": "ACCEPTED"}});
    (
        [
            ("content-type", "application/x-amz-json-1.0"),
            ("x-amzn-requestid", "x"),
        ],
        ok.to_string(),
    )
        .into_response()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_transition_from_a_terminal_state_is_found_and_shrunk_to_a_short_sequence() {
    let state = Arc::new(pcc_conformance::mock::MockState::new(MockConfig::default()));
    let app = pcc_conformance::mock::router(state)
        .layer(axum::middleware::from_fn(accepts_from_terminal_states));
    let serving =
        pcc_conformance::wire::observe::Serving::start(app, "127.0.0.1:0".parse().unwrap())
            .await
            .unwrap();
    let url = format!("http://{}", serving.addr());
    let config_ctx = run_config(url);
    let ctx = RunContext::new(&config_ctx).unwrap();
    let failure = pcc_conformance::runner::lifecycle::check(ctx, 200, 9)
        .await
        .expect("the defect is found");
    let actions = format!("{:?}", failure.minimal_sequence);
    assert!(
        failure.minimal_sequence.len() <= 3,
        "shrunk to a short sequence: {actions}"
    );
    assert!(actions.contains("Accept"), "{actions}");
    assert!(
        failure
            .reason
            .contains("expected Err(\"ValidationException\")"),
        "{}",
        failure.reason
    );
    // The command fails on it too, even when every request it fuzzed was answered right.
    let dir = tempfile::tempdir().unwrap();
    let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_pcc-conformance"))
        .args(["fuzz", "--endpoint", &format!("http://{}", serving.addr())])
        .args([
            "--operations",
            "ListTagsForResource",
            "--cases",
            "4",
            "--lifecycle",
            "200",
        ])
        .args(["--seed", "9", "--report-dir"])
        .arg(dir.path())
        .output()
        .await
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("FAILED the handshake lifecycle"),
        "{stdout}"
    );
    // The replay line names everything that decides what is generated and where it goes.
    let replay = format!(
        "replay: pcc-conformance fuzz --cases 4 --lifecycle 200 --catalog Sandbox --endpoint http://{} --endpoint-kind auto --seed 9",
        serving.addr()
    );
    assert!(stdout.contains(&replay), "{stdout}");
    let page = std::fs::read_to_string(dir.path().join("fuzz.html")).unwrap();
    assert!(
        page.contains("The handshake lifecycle") && page.contains("FAILED"),
        "fuzz.html shows it"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_lifecycle_model_holds_against_the_mock_over_http() {
    let m = MockServer::start_default().await.unwrap();
    let config = run_config(m.url());
    let ctx = RunContext::new(&config).unwrap();
    let failure = pcc_conformance::runner::lifecycle::check(ctx, 40, 3).await;
    assert!(failure.is_none(), "{failure:#?}");
    let store = m.state().store.read().unwrap();
    assert_eq!(
        (store.pmas.len(), store.relationships.len()),
        (0, 0),
        "every sequence cleans up"
    );
    assert!(store.invitations.len() > 10, "invitation sequences ran too");
    let pending = store
        .invitations
        .values()
        .filter(|i| i.status == pcc_conformance::mock::model::InvitationStatus::Pending)
        .count();
    let active = store
        .connections
        .values()
        .flat_map(|c| c.types.values())
        .filter(|t| t.status == pcc_conformance::mock::model::ConnectionTypeStatus::Active)
        .count();
    assert_eq!(
        (pending, active),
        (0, 0),
        "no PENDING invitation and no ACTIVE type is left"
    );
}

/// The defect: a mock (behind a test double) that lets the sender reject its own invitation.
async fn lets_the_sender_reject(
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let rejecting = req
        .headers()
        .get("x-amz-target")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.ends_with(".RejectConnectionInvitation"));
    let response = next.run(req).await;
    if !rejecting || response.status() != 403 {
        return response;
    }
    let ok = serde_json::json!({"Catalog": "Sandbox", "Id": "pacinv-0000000000000",
        "Arn": "arn:aws:partnercentral:us-east-1::catalog/Sandbox/connection-invitation/pacinv-0000000000000",
        "ConnectionType": "SUBSIDIARY", "CreatedAt": "2026-01-01T00:00:00Z", "UpdatedAt": "2026-01-01T00:00:00Z",
        "OtherParticipantIdentifier": "444455556666", "ParticipantType": "SENDER", "Status": "REJECTED",
        "InvitationMessage": "m", "InviterEmail": "a@example.com", "InviterName": "a"});
    (
        [
            ("content-type", "application/x-amz-json-1.0"),
            ("x-amzn-requestid", "x"),
        ],
        ok.to_string(),
    )
        .into_response()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sender_rejecting_its_own_invitation_is_found_by_the_invitation_lifecycle() {
    let state = Arc::new(pcc_conformance::mock::MockState::new(MockConfig::default()));
    let app = pcc_conformance::mock::router(state)
        .layer(axum::middleware::from_fn(lets_the_sender_reject));
    let serving =
        pcc_conformance::wire::observe::Serving::start(app, "127.0.0.1:0".parse().unwrap())
            .await
            .unwrap();
    let ctx = RunContext::new(&run_config(format!("http://{}", serving.addr()))).unwrap();
    let invitation = Contract::embedded()
        .catalog
        .lifecycle("invitation")
        .unwrap()
        .clone();
    let failure = pcc_conformance::runner::lifecycle::check_one(ctx, invitation, 200, 9)
        .await
        .expect("the defect is found");
    let actions = format!("{:?}", failure.minimal_sequence);
    assert_eq!(failure.resource, "invitation");
    assert!(failure.minimal_sequence.len() <= 2, "shrunk: {actions}");
    assert!(actions.contains("Reject(#0 by Sender)"), "{actions}");
    assert!(
        failure
            .reason
            .contains("expected Err(\"AccessDeniedException\")"),
        "{}",
        failure.reason
    );
}
