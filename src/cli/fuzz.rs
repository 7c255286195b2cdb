//! `fuzz [--endpoint URL] [--operations LIST] [--cases N] [--seed S]`: contract-generated requests.
use std::path::PathBuf;

use anyhow::Context;
use clap::Args;

use super::{EXIT_FAILED, EXIT_OK};
use crate::{
    mock::MockServer,
    runner::{EndpointKind, RunConfig, RunContext, fuzz},
    wire::{default_principals, load_principals},
};

#[derive(Debug, Args)]
pub struct FuzzArgs {
    /// The endpoint; without it, the embedded mock.
    #[arg(long, value_name = "URL")]
    pub endpoint: Option<String>,
    /// Principals file; the first principal sends the requests.
    #[arg(long, value_name = "FILE")]
    pub principals: Option<PathBuf>,
    /// Operations to fuzz, comma-separated; default all.
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    pub operations: Vec<String>,
    /// Cases per operation (half valid, half invalid).
    #[arg(long, default_value_t = 200)]
    pub cases: u32,
    /// The seed; the same seed replays the same requests.
    #[arg(long)]
    pub seed: Option<u64>,
    #[arg(long, default_value = "Sandbox")]
    pub catalog: String,
    /// Fuzz mutating operations against the AWS (production) catalog.
    #[arg(long)]
    pub allow_production: bool,
    /// Random sequences per lifecycle (handshakes, invitations) checked against the reference model (0 to skip).
    #[arg(long, default_value_t = 50, value_name = "N")]
    pub lifecycle: u32,
    /// What the endpoint is: auto (ask its /_mock/health), mock or service.
    #[arg(long, value_enum, default_value_t = super::run::KindArg::Auto, value_name = "KIND")]
    pub endpoint_kind: super::run::KindArg,
    /// Seconds one request may take before it counts as unanswered (and is retried).
    #[arg(long, default_value_t = 30.0, value_name = "SECS")]
    pub request_timeout: f64,
    /// Where fuzz.json goes.
    #[arg(long, default_value = "reports", value_name = "DIR")]
    pub report_dir: PathBuf,
    /// Also write every exchange (retries included) as HAR 1.2, secrets redacted.
    #[arg(long, value_name = "FILE")]
    pub har: Option<PathBuf>,
}

pub async fn execute(args: FuzzArgs, schemas: Option<&PathBuf>) -> anyhow::Result<u8> {
    let contract = super::contract(schemas)?;
    for name in &args.operations {
        anyhow::ensure!(
            contract.operation(name).is_some(),
            "--operations: the contract has no operation '{name}'"
        );
    }
    let principals = match &args.principals {
        Some(path) => load_principals(path)?,
        None => default_principals(),
    };
    let mock = match &args.endpoint {
        Some(_) => None,
        None => Some(super::run::embedded_mock(&principals, &contract).await?),
    };
    let (endpoint, endpoint_kind, endpoint_kind_reason) = target(&args, mock.as_ref()).await?;
    let config = RunConfig {
        endpoint_kind,
        endpoint_kind_reason,
        request_timeout: std::time::Duration::from_secs_f64(args.request_timeout.max(0.001)),
        catalog: args.catalog.clone(),
        concurrency: 1,
        allow_production: args.allow_production,
        principals,
        captures: args.har.as_ref().map(|_| Default::default()),
        ..RunConfig::for_mock(endpoint, PathBuf::new(), contract)
    };
    let (captures, secrets) = (
        config.captures.clone(),
        super::har::secrets_of(&config.principals),
    );
    let seed = args.seed.unwrap_or_else(rand::random);
    let fuzzing = fuzz::FuzzConfig {
        cases: args.cases,
        seed,
        operations: args.operations.clone(),
        lifecycle_cases: args.lifecycle,
    };
    let outcome = fuzz::fuzz(RunContext::new(&config)?, fuzzing).await;
    if let Some(m) = mock {
        m.shutdown().await;
    }
    if let (Some(path), Some(captures)) = (&args.har, captures) {
        super::har::write_har(path, &captures, &secrets)?;
    }
    let replay = replay_command(&args, schemas);
    let path = write_report(&args.report_dir, &outcome, seed, &replay)?;
    print_outcome(&outcome, seed, &replay);
    println!("report: {}", path.display());
    println!("report: {}", path.with_file_name("fuzz.html").display());
    // A defect the lifecycle check finds fails the command like any other.
    let failed = !outcome.failures.is_empty() || outcome.lifecycle_failure.is_some();
    Ok(if failed { EXIT_FAILED } else { EXIT_OK })
}

/// The endpoint fuzzed (the one given, or the embedded mock's), its kind and why.
async fn target(
    args: &FuzzArgs,
    mock: Option<&MockServer>,
) -> anyhow::Result<(String, EndpointKind, String)> {
    match (&args.endpoint, mock) {
        (_, Some(m)) => Ok((m.url(), EndpointKind::Mock, "the embedded mock".to_string())),
        (Some(e), None) => {
            let (kind, reason) =
                super::run::endpoint_kind(args.endpoint_kind, e, "us-east-1").await?;
            Ok((e.clone(), kind, reason))
        }
        (None, None) => anyhow::bail!("no endpoint: give --endpoint, or let fuzz start the mock"),
    }
}

fn write_report(
    dir: &std::path::Path,
    outcome: &fuzz::FuzzOutcome,
    seed: u64,
    replay: &str,
) -> anyhow::Result<PathBuf> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let path = dir.join("fuzz.json");
    std::fs::write(&path, serde_json::to_string_pretty(outcome)? + "\n")
        .with_context(|| format!("cannot write {}", path.display()))?;
    let html = dir.join("fuzz.html");
    std::fs::write(
        &html,
        crate::report::html::fuzz::render(outcome, seed, replay),
    )
    .with_context(|| format!("cannot write {}", html.display()))?;
    Ok(path)
}

/// The command that generates the same requests and sends them to the same place, less `--seed` and
/// `--operations` (each failure adds its own).
pub fn replay_command(args: &FuzzArgs, schemas: Option<&PathBuf>) -> String {
    let mut out = String::from("pcc-conformance");
    if let Some(dir) = schemas {
        out.push_str(&format!(" --schemas {}", dir.display()));
    }
    out.push_str(&format!(
        " fuzz --cases {} --lifecycle {} --catalog {}",
        args.cases, args.lifecycle, args.catalog
    ));
    if let Some(endpoint) = &args.endpoint {
        let kind = format!("{:?}", args.endpoint_kind).to_lowercase();
        out.push_str(&format!(" --endpoint {endpoint} --endpoint-kind {kind}"));
    }
    if let Some(p) = &args.principals {
        out.push_str(&format!(" --principals {}", p.display()));
    }
    if args.allow_production {
        out.push_str(" --allow-production");
    }
    out
}

/// Each failure with its minimal request and how to replay it, then the totals.
fn print_outcome(outcome: &fuzz::FuzzOutcome, seed: u64, replay: &str) {
    for f in &outcome.failures {
        println!(
            "FAILED {} ({}): {}\n  minimal request: {}\n  replay: {replay} --seed {} --operations {}",
            f.operation, f.kind, f.reason, f.minimal_request, f.seed, f.operation
        );
    }
    if let Some(f) = &outcome.lifecycle_failure {
        println!(
            "FAILED the {} lifecycle: {}\n  shortest sequence: {:?}\n  replay: {replay} --seed {}",
            f.resource, f.reason, f.minimal_sequence, f.seed
        );
    }
    for s in &outcome.skipped {
        println!("skipped {s}");
    }
    let secs = outcome.duration_ms as f64 / 1000.0;
    let lifecycle = match outcome.lifecycle_failure {
        Some(_) => "; the lifecycle check failed",
        None => "",
    };
    println!(
        "fuzz: {} operations, {} cases, {} requests in {:.1} s ({:.0} cases/s), seed {seed}; {} failures{lifecycle}",
        outcome.operations,
        outcome.cases,
        outcome.requests,
        secs,
        outcome.cases as f64 / secs.max(0.001),
        outcome.failures.len()
    );
}
