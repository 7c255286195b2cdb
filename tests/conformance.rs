//! The feature suite itself: every feature against the embedded mock, over HTTP. Fails on any failure.
mod common;

use std::{path::PathBuf, process::ExitCode};

use pcc_conformance::{
    mock::MockServer,
    report::Report,
    runner::{self, RunConfig, Status},
    spec::Contract,
};

#[tokio::main]
async fn main() -> ExitCode {
    let mock = match MockServer::start_default().await {
        Ok(m) => m,
        Err(e) => {
            eprintln!("cannot start the mock: {e}");
            return ExitCode::FAILURE;
        }
    };
    let contract = Contract::embedded();
    let config = RunConfig {
        tags: std::env::var("PCC_TAGS").ok(),
        ..RunConfig::for_mock(
            mock.url(),
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("features"),
            contract.clone(),
        )
    };
    let outcome = match runner::run(config).await {
        Ok(o) => o,
        Err(e) => {
            eprintln!("the run could not start: {e}");
            return ExitCode::FAILURE;
        }
    };
    mock.shutdown().await;
    let report = Report::new(&outcome, &contract, env!("CARGO_PKG_VERSION"));
    for s in outcome
        .scenarios
        .iter()
        .filter(|s| s.status() == Status::Failed)
    {
        eprintln!(
            "FAILED {}:{} {}: {:?}",
            s.feature_path,
            s.line,
            s.name,
            s.failure()
        );
    }
    for e in &outcome.runner_errors {
        eprintln!("runner error: {e}");
    }
    let t = &report.totals;
    let features = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("features");
    let expected = common::scenario_count(&features);
    let whole_suite = std::env::var("PCC_TAGS").is_err();
    if whole_suite && (t.scenarios != expected || t.passed + t.failed != expected) {
        eprintln!(
            "the suite has {expected} scenarios; the run judged {} ({} passed, {} failed, {} skipped)",
            t.scenarios, t.passed, t.failed, t.skipped
        );
        return ExitCode::FAILURE;
    }
    println!(
        "conformance: {} passed, {} failed",
        t.passed,
        t.failed + outcome.runner_errors.len()
    );
    if report.failed() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
