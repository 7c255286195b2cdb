//! `run`: the suite against the embedded mock (no `--endpoint`) or an endpoint; writes the report.
use std::{net::SocketAddr, path::PathBuf};

use anyhow::Context;
use clap::Args;

use super::{EXIT_FAILED, EXIT_OK};
use crate::{
    mock::{DEFAULT_PMA_QUOTA, MockConfig, MockServer},
    report::{self, Report},
    runner::{self, RunConfig},
    wire::{default_principals, load_principals, sigv4::Scheme},
};

#[derive(Debug, Args)]
pub struct RunArgs {
    /// The endpoint to test. Without it: with --principal, AWS_ENDPOINT_URL_PARTNERCENTRAL_CHANNEL,
    /// AWS_ENDPOINT_URL or the real service; otherwise the embedded mock on an ephemeral port.
    #[arg(long, value_name = "URL")]
    pub endpoint: Option<String>,
    /// Principals file (same format as `mock --principals`).
    #[arg(long, value_name = "FILE", conflicts_with = "principal")]
    pub principals: Option<PathBuf>,
    /// A principal from the AWS credential chain: NAME=PROFILE, NAME=env or NAME=default, then @ACCOUNT_ID.
    /// Repeat for each (sender, receiver, outsider).
    #[arg(long, value_name = "NAME=SOURCE[@ACCOUNT]")]
    pub principal: Vec<crate::client::credentials::PrincipalSource>,
    /// A tag expression selecting scenarios, e.g. '@pma and not @pagination'.
    #[arg(long, value_name = "EXPR")]
    pub tags: Option<String>,
    /// Feature directory; default ./features, else the features built into the binary.
    #[arg(long, value_name = "DIR")]
    pub features: Option<PathBuf>,
    /// Where the report files go.
    #[arg(long, default_value = "reports", value_name = "DIR")]
    pub report_dir: PathBuf,
    /// The catalog scenarios use.
    #[arg(long, default_value = "Sandbox")]
    pub catalog: String,
    /// The signing region (SigV4); default: the first profile's region, else us-east-1.
    #[arg(long)]
    pub region: Option<String>,
    /// sigv4 or sigv4a.
    #[arg(long, default_value = "sigv4")]
    pub signing: Scheme,
    /// Scenarios run at once.
    #[arg(long, default_value_t = 8, value_name = "N")]
    pub concurrency: usize,
    /// Print every step as it runs.
    #[arg(long, short)]
    pub verbose: bool,
    /// Run @mutating scenarios against the AWS (production) catalog.
    #[arg(long)]
    pub allow_production: bool,
    /// At most N requests a second.
    #[arg(long, value_name = "N")]
    pub rate: Option<f64>,
    /// Attempts per call, retries included (throttling, internal errors, 5xx, connection errors).
    #[arg(long, default_value_t = 4, value_name = "N")]
    pub attempts: u32,
}

pub async fn execute(args: RunArgs, schemas: Option<&PathBuf>) -> anyhow::Result<u8> {
    let contract = super::contract(schemas)?;
    let mut profile_region = None;
    let principals = if !args.principal.is_empty() {
        let mut resolved = Vec::new();
        for source in &args.principal {
            let (p, region) = source.resolve().await?;
            profile_region = profile_region.or(region);
            resolved.push(p);
        }
        crate::wire::principal::validate_principals(&resolved)
            .map_err(|e| anyhow::anyhow!("--principal: {e}"))?;
        resolved
    } else {
        match &args.principals {
            Some(path) => load_principals(path)?,
            None => default_principals(),
        }
    };
    let region = args
        .region
        .clone()
        .or(profile_region)
        .unwrap_or_else(|| "us-east-1".into());
    // Real credentials without --endpoint mean a real endpoint: the environment's, else the services' own.
    let mut service_endpoints = std::collections::BTreeMap::new();
    let endpoint = match (&args.endpoint, args.principal.is_empty()) {
        (Some(e), _) => Some(e.clone()),
        (None, true) => None,
        (None, false) => Some(
            match std::env::var("AWS_ENDPOINT_URL_PARTNERCENTRAL_CHANNEL")
                .or_else(|_| std::env::var("AWS_ENDPOINT_URL"))
            {
                Ok(e) => e,
                Err(_) => {
                    for (key, service) in &contract.catalog.services {
                        service_endpoints.insert(key.clone(), service.endpoint.clone());
                    }
                    contract
                        .catalog
                        .service("channel")
                        .map(|s| s.endpoint.clone())
                        .unwrap_or_default()
                }
            },
        ),
    };
    if let Some(e) = &endpoint {
        anyhow::ensure!(
            e.starts_with("http://") || e.starts_with("https://"),
            "the endpoint '{e}' is not an http(s) URL"
        );
    }
    let features = match &args.features {
        Some(dir) => {
            anyhow::ensure!(
                dir.is_dir(),
                "features directory {} does not exist",
                dir.display()
            );
            dir.clone()
        }
        None if PathBuf::from("features").is_dir() => PathBuf::from("features"),
        None => {
            let dir = std::env::temp_dir()
                .join(format!("pcc-conformance-features-{}", std::process::id()));
            runner::extract_embedded_features(&dir)
                .context("cannot write the built-in features to a temporary directory")?;
            dir
        }
    };
    let mock = match &endpoint {
        Some(_) => None,
        None => {
            let config = MockConfig {
                principals: principals.clone(),
                pma_quota: DEFAULT_PMA_QUOTA,
                contract: contract.clone(),
                ..MockConfig::default()
            };
            Some(
                MockServer::start(config, SocketAddr::from(([127, 0, 0, 1], 0)))
                    .await
                    .context("cannot start the embedded mock")?,
            )
        }
    };
    let endpoint = match (&endpoint, &mock) {
        (Some(e), _) => e.clone(),
        (None, Some(m)) => m.url(),
        (None, None) => unreachable!("a mock is started when no endpoint is given"),
    };
    let config = RunConfig {
        endpoint,
        against_mock: mock.is_some(),
        principals,
        catalog: args.catalog,
        region,
        scheme: args.signing,
        features,
        tags: args.tags,
        concurrency: args.concurrency,
        contract: contract.clone(),
        verbose: args.verbose,
        allow_production: args.allow_production,
        rate: args.rate,
        service_endpoints,
        retry: crate::client::RetryPolicy {
            max_attempts: args.attempts.max(1),
            ..crate::client::RetryPolicy::STANDARD
        },
    };
    let outcome = runner::run_until(config, async {
        let _ = super::mock::stopped().await;
    })
    .await?;
    if let Some(m) = mock {
        m.shutdown().await;
    }
    let report = Report::new(&outcome, &contract.catalog, env!("CARGO_PKG_VERSION"));
    let written = report::write_all(&report, &args.report_dir)
        .with_context(|| format!("cannot write the report to {}", args.report_dir.display()))?;
    for s in report
        .scenarios
        .iter()
        .filter(|s| s.status == crate::runner::Status::Failed)
    {
        let why = s
            .failure
            .as_ref()
            .map(|f| f.message.lines().last().unwrap_or_default().to_string())
            .unwrap_or_default();
        println!("FAILED {}:{} {} — {why}", s.feature_path, s.line, s.name);
        for v in &s.violations {
            println!("    {} {v}", v.operation);
        }
    }
    let t = &report.totals;
    println!(
        "{} scenarios: {} passed, {} failed, {} skipped, {} advisory; {} contract violations; {} ms",
        t.scenarios,
        t.passed,
        t.failed,
        t.skipped,
        t.advisory,
        t.violations,
        report.run.duration_ms
    );
    for e in &report.runner_errors {
        println!("runner error: {e}");
    }
    for p in written {
        println!("report: {}", p.display());
    }
    if outcome_interrupted(&report) {
        return Ok(super::EXIT_INTERRUPTED);
    }
    Ok(if report.failed() {
        EXIT_FAILED
    } else {
        EXIT_OK
    })
}

fn outcome_interrupted(report: &Report) -> bool {
    report
        .runner_errors
        .iter()
        .any(|e| e.contains("interrupted"))
}
