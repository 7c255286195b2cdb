//! AWS's documented examples (`schemas/examples/`) as fixtures of the contract: every example request
//! passes `validate --input` and the strict mock, every example answer `validate --output`; and these
//! checks fail, naming the example, when the contract stops accepting what AWS documents (an enum value
//! removed from a copy of the schemas). The documented-examples feature holds the mock to the examples'
//! forms and fails, naming example and member, against a double that leaves out what an example shows.
mod common;

use std::{path::Path, process::Command, sync::Arc};

use axum::{
    body::Body,
    extract::Request,
    middleware::{Next, from_fn},
    response::Response,
};

use pcc_conformance::{
    mock::{MockConfig, MockState, router},
    report::client::ClientReport,
    spec::{
        Contract,
        examples::{Answer, DocumentedExample},
    },
};
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_pcc-conformance");

fn examples(contract: &Contract) -> Vec<DocumentedExample> {
    contract
        .examples
        .iter()
        .flat_map(|f| f.examples.clone())
        .collect()
}

/// Runs `validate --operation OP --<side> FILE` on `doc`, against `schemas` when given.
fn validate(schemas: Option<&Path>, op: &str, side: &str, doc: &Value) -> (Option<i32>, String) {
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), doc.to_string()).unwrap();
    let mut cmd = Command::new(BIN);
    if let Some(dir) = schemas {
        cmd.arg("--schemas").arg(dir);
    }
    let out = cmd
        .args(["validate", "--operation", op, &format!("--{side}")])
        .arg(file.path())
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code(), text)
}

/// The examples whose request or answer `validate` refuses, each as `title (side): output`.
fn refused(schemas: Option<&Path>, all: &[DocumentedExample]) -> Vec<String> {
    let mut refused = Vec::new();
    for e in all {
        let answer = match &e.answer {
            Answer::Output(v) => ("output", v.clone()),
            Answer::Error(err) => {
                let mut body = err.content.clone();
                body["__type"] = Value::from(err.error_type.clone());
                ("error", body)
            }
        };
        for (side, doc) in [("input", e.input.clone()), answer] {
            let (code, out) = validate(schemas, &e.operation, side, &doc);
            if code != Some(0) {
                refused.push(format!("{} ({side}): {}", e.title, out.trim()));
            }
        }
    }
    refused
}

#[test]
fn the_22_channel_examples_are_fixtures_with_their_source() {
    let contract = Contract::embedded();
    let channel = contract
        .examples
        .iter()
        .find(|f| f.service == "channel")
        .expect("the Channel API's examples");
    assert_eq!(channel.examples.len(), 22);
    assert!(
        channel
            .source
            .contains("@aws-sdk/client-partnercentral-channel 3.1124.0"),
        "{}",
        channel.source
    );
    let ops: std::collections::BTreeSet<&str> = channel
        .examples
        .iter()
        .map(|e| e.operation.as_str())
        .collect();
    assert_eq!(ops.len(), 17, "{ops:?}");
    for e in &channel.examples {
        assert!(
            e.title.starts_with(&format!("Example for {}", e.operation)),
            "{}",
            e.title
        );
    }
}

#[test]
fn every_example_request_and_answer_validates() {
    let all = examples(&Contract::embedded());
    let refused = refused(None, &all);
    assert!(refused.is_empty(), "{}", refused.join("\n"));
}

/// The same checks against a copy of the schemas with `FIXED_COMMITMENT_PERIOD` taken out of the
/// service period types: the examples that use it are refused, each named.
#[test]
fn an_enum_value_removed_from_the_schemas_fails_the_examples_that_use_it() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&common::root().join("schemas"), dir.path());
    let defs = dir.path().join("channel/definitions.json");
    let text = std::fs::read_to_string(&defs).unwrap();
    let mut doc: Value = serde_json::from_str(&text).unwrap();
    let values = doc["$defs"]["ServicePeriodType"]["enum"]
        .as_array_mut()
        .expect("ServicePeriodType is an enum");
    values.retain(|v| v != "FIXED_COMMITMENT_PERIOD");
    std::fs::write(&defs, doc.to_string()).unwrap();
    let all = examples(&Contract::embedded());
    let refused = refused(Some(dir.path()), &all);
    let titles: Vec<&str> = refused
        .iter()
        .map(|r| r.split(" (").next().unwrap_or_default())
        .collect();
    assert!(
        titles.contains(&"Example for CreateChannelHandshake - START_SERVICE_PERIOD with Fixed Commitment Period"),
        "{refused:#?}"
    );
    assert!(
        titles.contains(&"Example for ListChannelHandshakes - START_SERVICE_PERIOD"),
        "{refused:#?}"
    );
    assert!(
        refused
            .iter()
            .all(|r| r.contains("FIXED_COMMITMENT_PERIOD")),
        "{refused:#?}"
    );
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap().map(Result::unwrap) {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The strict mock checks every request against the contract: AWS's example requests, sent as they are
/// (their ids name nothing the mock has), break no rule of it.
#[tokio::test]
async fn the_strict_mock_finds_no_violation_in_any_example_request() {
    let contract = Contract::embedded();
    let all = examples(&contract);
    let mock = common::strict_mock(None).await;
    for e in &all {
        common::call(&mock.url(), "sender", &e.operation, e.input.clone()).await;
    }
    let (observations, _) = mock.finish().await;
    let report = ClientReport::new(&observations, &contract.catalog, "strict mock", "test");
    assert_eq!(report.requests, all.len());
    assert_eq!(report.violations, 0, "{}", report.markdown());
}

/// Drops `minimumNoticeDays` from every revocation's detail the mock lists: a mock that does not say
/// which terms a revocation revokes.
async fn revocations_without_notice(req: Request, next: Next) -> Response {
    let lists = common::target_of(req.headers()).ends_with(".ListChannelHandshakes");
    let response = next.run(req).await;
    if !lists {
        return response;
    }
    let (parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, usize::MAX).await.unwrap();
    let mut doc: Value = serde_json::from_slice(&bytes).unwrap();
    for item in doc["items"].as_array_mut().into_iter().flatten() {
        if let Some(d) = item.pointer_mut("/detail/revokeServicePeriodHandshakeDetail") {
            d.as_object_mut().unwrap().remove("minimumNoticeDays");
        }
    }
    let mut parts = parts;
    parts.headers.remove(axum::http::header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(doc.to_string()))
}

/// The section of report.md a heading starts, to the next heading.
fn section<'a>(markdown: &'a str, heading: &str) -> &'a str {
    let start = markdown.find(heading).expect("the section is there");
    let rest = &markdown[start..];
    let end = rest[1..].find("\n## ").map_or(rest.len(), |i| i + 1);
    &rest[..end]
}

/// The documented-examples feature against the mock: every answer has its example's form, and the
/// report says so. Against a double of the mock that leaves `minimumNoticeDays` out of a revocation's
/// detail, the one example that shows it fails, naming the example and the member, and the report's
/// parity with AWS's examples lists it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_feature_holds_the_mock_to_the_examples_and_names_what_a_double_leaves_out() {
    let dir = tempfile::tempdir().unwrap();
    let ran = common::run_suite(&["--tags", "@examples"], dir.path()).await;
    assert_eq!(ran.code, Some(0), "{}", ran.stdout);
    assert_eq!(
        ran.report["examples"]["held"], 22,
        "{}",
        ran.report["examples"]
    );
    assert_eq!(ran.report["examples"]["gaps"], serde_json::json!([]));

    let state = Arc::new(MockState::new(MockConfig::default()));
    let url = common::serve(router(state).layer(from_fn(revocations_without_notice))).await;
    let dir = tempfile::tempdir().unwrap();
    let args = [
        "--tags",
        "@examples",
        "--endpoint",
        &url,
        "--endpoint-kind",
        "mock",
    ];
    let ran = common::run_suite(&args, dir.path()).await;
    assert_eq!(ran.code, Some(1), "{}", ran.stdout);
    let failed: Vec<&str> = ran.report["scenarios"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["status"] != "passed")
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    let revoke = "Example for ListChannelHandshakes - REVOKE_SERVICE_PERIOD";
    assert_eq!(failed, [revoke], "{}", ran.stdout);
    let member = "items[0].detail.revokeServicePeriodHandshakeDetail.minimumNoticeDays";
    let said = ran
        .stdout
        .lines()
        .find(|l| l.starts_with("FAILED"))
        .unwrap();
    assert!(said.contains(revoke) && said.contains(member), "{said}");
    let md = std::fs::read_to_string(dir.path().join("report.md")).unwrap();
    insta::assert_snapshot!(section(
        &md,
        "## The mock's parity with AWS's documented examples"
    ));
}
