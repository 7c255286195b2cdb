//! The mock's curveballs: each kind is thrown where it applies, listed in the client report with the
//! request it answered, and the harness itself (a client that reads the protocol as the SDKs should)
//! gets past every one of them against the mock in service mode.
mod common;

use pcc_conformance::{
    mock::{
        MockConfig, MockServer,
        curveball::{CurveballSpec, Kind},
    },
    report::client::ClientReport,
    spec::Contract,
};

async fn mock_throwing(kind: Kind) -> MockServer {
    let spec = CurveballSpec::parse(&format!("{},share=1,seed=3", kind.name())).unwrap();
    let config = MockConfig {
        strict: true,
        curveballs: Some(spec),
        ..MockConfig::default()
    };
    MockServer::start(config, "127.0.0.1:0".parse().unwrap())
        .await
        .unwrap()
}

/// Lists, reads and refused calls, and handshakes listed with their `detail` union: where every kind
/// has something to change.
const TAGS: &str =
    "(@op:ListRelationships or @op:GetRelationship or @op:ListChannelHandshakes) and not @serial";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_kind_is_thrown_listed_and_survived_by_the_harness() {
    let runs = Kind::ALL.map(|kind| async move {
        let mock = mock_throwing(kind).await;
        let dir = tempfile::tempdir().unwrap();
        let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_pcc-conformance"))
            .args([
                "run",
                "--endpoint",
                &mock.url(),
                "--endpoint-kind",
                "service",
            ])
            .args(["--tags", TAGS, "--report-dir"])
            .arg(dir.path())
            .output()
            .await
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        if kind == Kind::EnumValue {
            // A value the model lacks where a scenario reads back what it wrote is rightly a failure of
            // that scenario; everywhere else it is drift, and nothing breaks the harness.
            let report: serde_json::Value = serde_json::from_str(
                &std::fs::read_to_string(dir.path().join("report.json")).unwrap(),
            )
            .unwrap();
            let totals = &report["totals"];
            assert_eq!(totals["errors"], 0, "{stdout}");
            assert!(totals["drift"].as_u64().unwrap_or(0) > 0, "{stdout}");
        } else {
            assert_eq!(out.status.code(), Some(0), "{}: {stdout}", kind.name());
        }
        let observations = mock.state().recorder.as_ref().unwrap().observations();
        let report = ClientReport::new(
            &observations,
            &Contract::embedded().catalog,
            "strict mock",
            "test",
        );
        let thrown: Vec<_> = report
            .curveballs
            .iter()
            .filter(|t| t.kind == kind.name())
            .collect();
        assert!(thrown.len() >= 2, "{}: {}", kind.name(), report.markdown());
        assert!(
            thrown
                .iter()
                .all(|t| !t.operation.is_empty() && !t.request.is_null())
        );
        assert!(report.markdown().contains("## Curveballs thrown"));
        mock.shutdown().await;
    });
    futures::future::join_all(runs).await;
}

#[test]
fn specs_parse_and_bad_ones_say_why() {
    let all = CurveballSpec::parse("all").unwrap();
    assert_eq!(all.kinds.len(), Kind::ALL.len());
    let some = CurveballSpec::parse("short-page, member, share=0.25, seed=9").unwrap();
    assert_eq!(
        (some.kinds.len(), some.share, some.seed),
        (2, 0.25, Some(9))
    );
    let unknown = CurveballSpec::parse("sideways").unwrap_err();
    assert!(
        unknown.contains("unknown curveball 'sideways'") && unknown.contains("html-503"),
        "{unknown}"
    );
    assert!(
        CurveballSpec::parse("share=2,member")
            .unwrap_err()
            .contains("between 0 and 1")
    );
    assert!(
        CurveballSpec::parse("seed=1")
            .unwrap_err()
            .contains("at least one")
    );
}

/// Curveballs can be set while the mock serves (a pytest fixture asks for them per test), and stopped.
#[tokio::test]
async fn curveballs_are_set_and_stopped_through_the_admin_api() {
    let m = common::strict_mock(None).await;
    let http = pcc_conformance::client::http_builder().build().unwrap();
    let set = |spec: serde_json::Value| {
        http.post(format!("{}/_mock/curveballs", m.url()))
            .body(serde_json::json!({ "spec": spec }).to_string())
            .send()
    };
    let url = m.url();
    let list = || {
        common::call(
            &url,
            "sender",
            "ListProgramManagementAccounts",
            common::example("ListProgramManagementAccounts"),
        )
    };
    assert!(
        !list()
            .await
            .json
            .unwrap()
            .to_string()
            .contains("curveballAddedMember")
    );
    assert_eq!(
        set(serde_json::json!("member,share=1"))
            .await
            .unwrap()
            .status(),
        200
    );
    assert!(
        list()
            .await
            .json
            .unwrap()
            .to_string()
            .contains("curveballAddedMember")
    );
    assert_eq!(set(serde_json::Value::Null).await.unwrap().status(), 200);
    assert!(
        !list()
            .await
            .json
            .unwrap()
            .to_string()
            .contains("curveballAddedMember")
    );
    let bad = set(serde_json::json!("sideways")).await.unwrap();
    assert_eq!(bad.status(), 400);
    assert!(
        bad.text()
            .await
            .unwrap()
            .contains("unknown curveball 'sideways'")
    );
}

/// Throttling that names its wait: the curveball (and the faults) send `x-amz-retry-after` when asked,
/// and the harness's client waits what it says (within 5 s of its drawn backoff), recording that the
/// header chose the wait; a spec that names no wait sends no header.
#[tokio::test]
async fn a_throttled_answer_names_its_wait_and_the_harness_honours_it() {
    use std::{sync::Arc, time::Duration};

    use pcc_conformance::client::{RetryPolicy, retry::WaitRule};
    let spec = CurveballSpec::parse("throttling,share=1,seed=3,retry-after=150").unwrap();
    let config = MockConfig {
        curveballs: Some(spec),
        ..MockConfig::default()
    };
    let m = MockServer::start(config, "127.0.0.1:0".parse().unwrap())
        .await
        .unwrap();
    let policy = RetryPolicy {
        throttling_base: Duration::from_millis(10),
        transient_base: Duration::from_millis(10),
        ..RetryPolicy::STANDARD
    };
    let client = common::client(&m.url()).with_retries(policy, Arc::new(|_, _| false));
    let contract = Contract::embedded();
    let op = contract.operation("ListProgramManagementAccounts").unwrap();
    let body = serde_json::json!({"catalog": "Sandbox"});
    let principal = common::principal("sender");
    let e = client
        .call(&principal, op, "partnercentral-channel", &body)
        .await
        .unwrap();
    assert_eq!(e.response.status, 200, "the retry got past it");
    assert_eq!(e.attempts, 2);
    let pcc_conformance::client::Attempt::Answered(throttled) = &e.earlier[0] else {
        panic!("the first attempt was answered");
    };
    assert_eq!(throttled.error_type.as_deref(), Some("ThrottlingException"));
    assert_eq!(throttled.header("x-amz-retry-after"), Some("150"));
    let wait = e.waits[0];
    assert_eq!(
        (wait.ms, wait.rule, wait.throttling),
        (150, WaitRule::RetryAfter, true)
    );
    assert!(e.elapsed >= Duration::from_millis(150));
    // Faults name it too; without retry-after, neither sends the header.
    let faults =
        pcc_conformance::mock::faults::FaultSpec::parse("throttling=1,retry-after=40..60,seed=2")
            .unwrap();
    let f = common::strict_mock(Some(faults)).await;
    let plain = common::mock_throwing_plain().await;
    for (url, named) in [(f.url(), true), (plain.url(), false)] {
        let r = common::call(
            &url,
            "sender",
            "ListProgramManagementAccounts",
            body.clone(),
        )
        .await;
        assert_eq!(r.error_type.as_deref(), Some("ThrottlingException"));
        let asked = r
            .header("x-amz-retry-after")
            .map(|v| v.parse::<u64>().unwrap());
        assert_eq!(asked.is_some(), named, "{:?}", r.headers);
        assert!(asked.is_none_or(|ms| (40..=60).contains(&ms)));
    }
}
