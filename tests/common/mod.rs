//! Helpers shared by the integration tests: a mock on an ephemeral port and a signed raw client.
#![allow(dead_code)]

pub mod fakes;

use std::time::SystemTime;

use pcc_conformance::{
    client::{Client, Target},
    mock::{MockConfig, MockServer, faults::FaultSpec},
    report::client::ClientReport,
    spec::Contract,
    wire::{Principal, Response, build_raw_request, default_principals, sigv4},
};
use serde_json::Value;

/// A client report with no violation either way, of calls to exactly the operations `called` (sorted).
pub fn assert_clean_calls(report: &ClientReport, called: &[&str]) {
    assert_eq!(report.violations, 0, "{}", report.markdown());
    assert_eq!(report.response_violations, 0, "{}", report.markdown());
    let seen: Vec<&str> = report
        .operations
        .iter()
        .map(|r| r.operation.as_str())
        .collect();
    assert_eq!(seen, called);
}

/// The repository's root.
pub fn root() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Whether an SDK installed by `.ci/sdk-setup` is at `installed`; under CI its absence is a failure,
/// elsewhere the test says, in a line `cargo test` shows, that it was skipped and what to run.
pub fn available(installed: &std::path::Path, what: &str) -> bool {
    if installed.exists() {
        return true;
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "{what} is not installed at {}: .ci/sdk-setup installs it",
        installed.display()
    );
    skipped(&format!(
        "{what} is not installed: run .ci/sdk-setup to include it"
    ));
    false
}

/// Says that a test was skipped, and why, where the default `cargo test` output shows it: written to
/// the process's stderr itself, which the test harness does not capture (it captures `eprintln!`).
pub fn skipped(why: &str) {
    use std::io::Write;
    let test = std::thread::current()
        .name()
        .unwrap_or("a test")
        .to_string();
    let _ = writeln!(std::io::stderr(), "SKIPPED {test}: {why}");
}

/// A strict mock (it records what clients send for a client report), with `faults` if given.
pub async fn strict_mock(faults: Option<FaultSpec>) -> MockServer {
    let config = MockConfig {
        strict: true,
        faults,
        ..MockConfig::default()
    };
    MockServer::start(config, "127.0.0.1:0".parse().unwrap())
        .await
        .unwrap()
}

pub async fn mock() -> MockServer {
    MockServer::start_default()
        .await
        .expect("the mock starts on an ephemeral port")
}

pub fn client(url: &str) -> Client {
    Client::new(Target::single(url, "us-east-1", sigv4::Scheme::SigV4)).unwrap()
}

pub fn principal(name: &str) -> Principal {
    default_principals()
        .into_iter()
        .find(|p| p.name == name)
        .unwrap()
}

/// Calls an operation by name as `who`, signed with SigV4.
pub async fn call(url: &str, who: &str, op: &str, body: Value) -> Response {
    call_as(url, &principal(who), op, body).await
}

/// Calls an operation by name as `principal`, signed with SigV4.
pub async fn call_as(url: &str, principal: &Principal, op: &str, body: Value) -> Response {
    let contract = Contract::embedded();
    let op = contract.operation(op).unwrap();
    let service = contract
        .catalog
        .service_of(op)
        .unwrap()
        .signing_name
        .clone();
    client(url)
        .call(principal, op, &service, &body)
        .await
        .unwrap()
        .response
}

/// Sends raw bytes with a target, signed for `service` at `time`, after `tweak` edits the request.
pub async fn raw(
    url: &str,
    target: &str,
    body: Vec<u8>,
    service: &str,
    time: SystemTime,
    tweak: impl FnOnce(&mut http::Request<Vec<u8>>),
) -> Response {
    let mut req = build_raw_request(url, target, body);
    sigv4::sign(
        &mut req,
        &principal("sender"),
        service,
        "us-east-1",
        sigv4::Scheme::SigV4,
        time,
    )
    .unwrap();
    tweak(&mut req);
    client(url).send(req).await.unwrap()
}

pub fn example(op: &str) -> Value {
    let c = Contract::embedded();
    c.example_request(c.operation(op).unwrap()).unwrap()
}

/// How many scenarios the features under `dir` hold: one per scenario, one per example row of an
/// outline. Derived from the files, so that adding a feature does not break a test that counts.
pub fn scenario_count(dir: &std::path::Path) -> usize {
    let mut total = 0;
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "feature") {
                let feature = cucumber::gherkin::Feature::parse_path(
                    &path,
                    cucumber::gherkin::GherkinEnv::default(),
                )
                .unwrap();
                let scenarios = feature
                    .scenarios
                    .iter()
                    .chain(feature.rules.iter().flat_map(|r| r.scenarios.iter()));
                total += scenarios
                    .map(|s| match s.examples.len() {
                        0 => 1,
                        _ => s
                            .examples
                            .iter()
                            .filter_map(|e| e.table.as_ref())
                            .map(|t| t.rows.len().saturating_sub(1))
                            .sum(),
                    })
                    .sum::<usize>();
            }
        }
    }
    total
}

/// Serves `app` (a test double: the mock behind a layer, or an endpoint of its own) on a free loopback
/// port until the test ends; its URL.
pub async fn serve(app: axum::Router) -> String {
    let listener = tokio::net::TcpListener::bind(std::net::SocketAddr::from(([127, 0, 0, 1], 0)))
        .await
        .unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    url
}

/// The operation a request names in its `X-Amz-Target` (`PartnerCentralChannel.GetRelationship`).
pub fn target_of(headers: &axum::http::HeaderMap) -> String {
    headers
        .get("x-amz-target")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string()
}

/// What `pcc-conformance run` did: its exit status, what it printed (stdout, then stderr) and its
/// report.json.
pub struct Ran {
    pub code: Option<i32>,
    pub stdout: String,
    pub report: Value,
}

/// `pcc-conformance run ARGS` over the repository's features, its reports in `report_dir`.
pub async fn run_suite(args: &[&str], report_dir: &std::path::Path) -> Ran {
    let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_pcc-conformance"))
        .arg("run")
        .args(args)
        .arg("--features")
        .arg(root().join("features"))
        .arg("--report-dir")
        .arg(report_dir)
        .output()
        .await
        .unwrap();
    let report = std::fs::read_to_string(report_dir.join("report.json")).unwrap();
    Ran {
        code: out.status.code(),
        stdout: format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
        report: serde_json::from_str(&report).unwrap(),
    }
}

/// The curveball kinds docs/sdk-authors.md's survival table says `client` (its first cell) does not
/// survive: what the SDK tests hold each client to, so the table says what was measured.
pub fn kinds_not_survived(client: &str) -> Vec<pcc_conformance::mock::curveball::Kind> {
    use pcc_conformance::mock::curveball::Kind;
    let docs = std::fs::read_to_string(root().join("docs/sdk-authors.md")).unwrap();
    let row = docs
        .lines()
        .find(|l| l.split('|').nth(1).map(str::trim) == Some(client))
        .unwrap_or_else(|| panic!("docs/sdk-authors.md's survival table has no row for {client}"));
    let cell = row.split('|').nth(3).unwrap().trim();
    if cell.starts_with("none") {
        return Vec::new();
    }
    cell.split(',')
        .map(|name| {
            let name = name.trim().trim_matches('`');
            *Kind::ALL
                .iter()
                .find(|k| k.name() == name)
                .unwrap_or_else(|| panic!("{name}: no such curveball kind"))
        })
        .collect()
}

/// Runs `flow` against its own mock per curveball kind, each kind throwing at share 1 (every answer it
/// applies to changed): the kinds whose flow failed, each with why.
pub async fn survival<F, Fut>(flow: F) -> Vec<(pcc_conformance::mock::curveball::Kind, String)>
where
    F: Fn(String) -> Fut,
    Fut: std::future::Future<Output = ()> + Send + 'static,
{
    use pcc_conformance::mock::curveball::{CurveballSpec, Kind};
    let mut running = Vec::new();
    for (i, kind) in Kind::ALL.into_iter().enumerate() {
        let spec = CurveballSpec {
            kinds: vec![kind],
            share: 1.0,
            seed: Some(i as u64 + 1),
            retry_after: None,
        };
        let config = MockConfig {
            curveballs: Some(spec),
            ..MockConfig::default()
        };
        let m = MockServer::start(config, "127.0.0.1:0".parse().unwrap())
            .await
            .unwrap();
        let task = tokio::spawn(flow(m.url()));
        running.push((kind, m, task));
    }
    let mut failed = Vec::new();
    for (kind, m, task) in running {
        if let Err(e) = task.await {
            let why = e
                .try_into_panic()
                .ok()
                .and_then(|p| {
                    p.downcast_ref::<String>()
                        .cloned()
                        .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                })
                .unwrap_or_default();
            failed.push((kind, why));
        }
        let thrown = m
            .state()
            .curveballs()
            .map(|c| c.thrown())
            .unwrap_or_default();
        assert!(
            thrown.contains(&kind),
            "{}: never thrown, so nothing was survived",
            kind.name()
        );
    }
    failed
}

/// A mock whose faults throttle every call and name no wait: throttling as it always was.
pub async fn mock_throwing_plain() -> MockServer {
    strict_mock(Some(FaultSpec::parse("throttling=1,seed=1").unwrap())).await
}
