//! The feature suite itself: every feature against the embedded mock, over HTTP. Fails on any failure.
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
    let report = Report::new(&outcome, &contract.catalog, env!("CARGO_PKG_VERSION"));
    for s in outcome
        .scenarios
        .iter()
        .filter(|s| s.status == Status::Failed)
    {
        eprintln!(
            "FAILED {}:{} {}: {:?}",
            s.feature_path, s.line, s.name, s.failure
        );
    }
    for e in &outcome.runner_errors {
        eprintln!("runner error: {e}");
    }
    let t = &report.totals;
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
