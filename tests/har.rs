//! `run --har FILE`: valid HAR 1.2 with one entry per request the mock answered (retries included), and no
//! secret, signature or session token in it.
use std::collections::HashSet;

use pcc_conformance::mock::{MockConfig, MockServer, faults::FaultSpec};
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_pcc-conformance");

fn strings<'a>(v: &'a Value, path: &str) -> &'a str {
    v.pointer(path)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("{path} in {v}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_run_writes_every_attempt_as_har_without_secrets() {
    let faults = FaultSpec {
        throttling: 0.2,
        seed: Some(7),
        ..FaultSpec::default()
    };
    let config = MockConfig {
        faults: Some(faults),
        ..MockConfig::default()
    };
    let m = MockServer::start(config, "127.0.0.1:0".parse().unwrap())
        .await
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let har = dir.path().join("run.har");
    let out = tokio::process::Command::new(BIN)
        .args([
            "run",
            "--endpoint",
            &m.url(),
            "--tags",
            // Not the quota scenario: the model marks ServiceQuotaExceededException retryable, so its expected
            // refusal is retried to the last attempt, and a fifth of last attempts are throttled.
            "@op:CreateProgramManagementAccount and not @serial and not @quotas",
            // A fifth of the calls throttled: enough attempts that no call is throttled on every one.
            "--attempts",
            "8",
            "--har",
        ])
        .arg(&har)
        .arg("--report-dir")
        .arg(dir.path())
        .output()
        .await
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    let text = std::fs::read_to_string(&har).unwrap();
    let doc: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(strings(&doc, "/log/version"), "1.2");
    assert_eq!(strings(&doc, "/log/creator/name"), "pcc-conformance");
    let entries = doc["log"]["entries"].as_array().unwrap();
    // Every request the mock saw, and no other: its log counts the API requests (not the admin API).
    let answered = m.state().log.entries();
    assert!(answered.len() > 20, "{}", answered.len());
    assert_eq!(entries.len(), answered.len());
    let throttled = entries
        .iter()
        .filter(|e| e["response"]["status"] == 429)
        .count();
    assert!(throttled > 0, "retried attempts are entries too");
    let ids: HashSet<String> = answered.iter().map(|e| e.request_id.to_string()).collect();
    for e in entries {
        for path in [
            "/startedDateTime",
            "/request/method",
            "/request/url",
            "/request/httpVersion",
            "/response/httpVersion",
            "/response/content/mimeType",
        ] {
            strings(e, path);
        }
        assert!(e["time"].is_number() && e["timings"]["wait"].is_number());
        let id = e["response"]["headers"]
            .as_array()
            .unwrap()
            .iter()
            .find(|h| h["name"] == "x-amzn-requestid")
            .and_then(|h| h["value"].as_str())
            .unwrap();
        assert!(ids.contains(id), "{id} was answered by the mock");
        let auth = e["request"]["headers"]
            .as_array()
            .unwrap()
            .iter()
            .find(|h| h["name"] == "authorization")
            .unwrap();
        assert_eq!(auth["value"], "<redacted>");
    }
    for p in pcc_conformance::wire::default_principals() {
        assert!(!text.contains(&p.secret_access_key), "no secret key");
    }
    assert!(!text.contains("Signature="), "no signature");
}
