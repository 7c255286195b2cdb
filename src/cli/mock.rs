//! `mock [--bind ADDR] [--principals FILE] [--pma-quota N] [--strict --record FILE] [--faults SPEC]`:
//! serves the mock until Ctrl-C (or SIGTERM); in strict mode writes the client report on the way out.
use std::{io::Write as _, net::SocketAddr, path::PathBuf, sync::Arc};

use anyhow::{Context, bail};
use clap::Args;

use super::EXIT_OK;
use crate::{
    mock::{
        DEFAULT_PMA_QUOTA, MockConfig, MockServer, curveball::CurveballSpec, faults::FaultSpec,
    },
    report::client::ClientReport,
    wire::{default_principals, load_principals},
};

#[derive(Debug, Args)]
pub struct MockArgs {
    /// The address to listen on.
    #[arg(long, default_value = "127.0.0.1:7420", value_name = "ADDR")]
    pub bind: SocketAddr,
    /// A JSON array of {"name", "accountId", "accessKeyId", "secretAccessKey"} objects replacing the default principals.
    #[arg(long, value_name = "FILE")]
    pub principals: Option<PathBuf>,
    /// Program management accounts allowed per owner and catalog.
    #[arg(long, default_value_t = DEFAULT_PMA_QUOTA, value_name = "N")]
    pub pma_quota: usize,
    /// Check every request as a client's act and keep a record of it.
    #[arg(long)]
    pub strict: bool,
    /// Where the client report goes on shutdown (JSON; .md and .xml beside it). Needs --strict.
    #[arg(long, value_name = "FILE")]
    pub record: Option<PathBuf>,
    /// Faults to inject: shares of throttling, internal, drop, reset-after-headers, reset-mid-body and
    /// stall (with stall-for=30s), latency=100ms with jitter=20ms, fail-first=N (with fail-with=throttling,
    /// internal or drop), retry-after=MS, operations=A+B, seed=N; e.g.
    /// 'throttling=0.2,reset-mid-body=0.05,latency=100ms,operations=CreateRelationship,seed=7'.
    #[arg(long, value_name = "SPEC")]
    pub faults: Option<String>,
    /// At shutdown, exit 4 when any request broke the contract (a CI gate around a client's tests).
    /// Needs --strict.
    #[arg(long)]
    pub fail_on_violation: bool,
    /// Now and then answer as the protocol and the compatibility rules allow but the model does not show:
    /// 'all', or kinds (member, enum-value, error-type-header, qualified-error-type, message-case,
    /// fractional-seconds, short-page, empty-last-page, nested-type, null-members, throttling, html-503),
    /// with 'share=0.5', 'seed=N' and 'retry-after=MS' if wanted. With --strict the client report lists
    /// every answer changed.
    #[arg(long, value_name = "KINDS")]
    pub curveballs: Option<String>,
}

/// Waits for Ctrl-C or, on Unix, SIGTERM.
pub async fn stopped() -> anyhow::Result<()> {
    #[cfg(unix)]
    {
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
        tokio::select! {
            r = tokio::signal::ctrl_c() => r?,
            _ = term.recv() => {}
        }
        Ok(())
    }
    #[cfg(not(unix))]
    {
        tokio::signal::ctrl_c().await?;
        Ok(())
    }
}

pub async fn execute(args: MockArgs, schemas: Option<&PathBuf>) -> anyhow::Result<u8> {
    if args.fail_on_violation && !args.strict {
        anyhow::bail!(
            "--fail-on-violation needs --strict: only the strict mock checks the client's requests"
        );
    }
    if args.record.is_some() && !args.strict {
        bail!(
            "--record needs --strict: only the strict mock keeps a record of the client's requests"
        );
    }
    let faults = match &args.faults {
        Some(spec) => Some(FaultSpec::parse(spec).map_err(|e| anyhow::anyhow!("--faults: {e}"))?),
        None => None,
    };
    let curveballs = match &args.curveballs {
        Some(spec) => Some(super::verify_client::seeded(
            CurveballSpec::parse(spec).map_err(|e| anyhow::anyhow!("--curveballs: {e}"))?,
        )),
        None => None,
    };
    let principals = match &args.principals {
        Some(path) => load_principals(path)?,
        None => default_principals(),
    };
    let contract = super::contract(schemas)?;
    let config = MockConfig {
        principals: principals.clone(),
        pma_quota: args.pma_quota,
        contract: contract.clone(),
        strict: args.strict,
        faults,
        capture: args.record.is_some(),
        curveballs,
    };
    let catalog = contract.catalog.clone();
    let renderer: crate::mock::ClientReportRenderer = Arc::new(move |observations| {
        serde_json::to_value(client_report(observations, &catalog)).unwrap_or_default()
    });
    let server = MockServer::start_with(config, args.bind, Some(renderer))
        .await
        .with_context(|| format!("cannot listen on {}", args.bind))?;
    print_banner(&server, &args, &principals);
    stopped().await.context("cannot wait for a stop signal")?;
    let _ = writeln!(std::io::stdout(), "stopping");
    let (observations, captures) = server.finish().await;
    let report = client_report(&observations, &contract.catalog);
    if let Some(path) = &args.record {
        write_client_report(&report, path)?;
        if let Some(captures) = captures {
            let secrets = super::har::secrets_of(&principals);
            super::har::write_har(&path.with_extension("har"), &captures, &secrets)?;
        }
    }
    if args.fail_on_violation && report.violations > 0 {
        println!(
            "FAILED: {} of the client's requests broke the contract",
            report.violations
        );
        return Ok(super::EXIT_VIOLATIONS);
    }
    Ok(EXIT_OK)
}

fn client_report(
    observations: &[crate::wire::observe::Observation],
    catalog: &crate::spec::Catalog,
) -> ClientReport {
    ClientReport::new(
        observations,
        catalog,
        "strict mock",
        env!("CARGO_PKG_VERSION"),
    )
}

/// Where the mock listens, its admin API, and each principal's account and keys (the mock's own).
/// Written so that a closed standard output (a parent that stopped reading) does not stop the mock.
fn print_banner(server: &MockServer, args: &MockArgs, principals: &[crate::wire::Principal]) {
    let mut out = std::io::stdout().lock();
    let url = server.url();
    let _ = writeln!(out, "pcc-conformance mock listening on {url}");
    let _ = writeln!(out, "  endpoint: AWS_ENDPOINT_URL={url}");
    let _ = writeln!(
        out,
        "  admin API: {url}{} (docs/mock.md)",
        crate::mock::admin::PATHS.join(", ")
    );
    if let Some(spec) = &args.curveballs {
        let _ = writeln!(
            out,
            "  curveballs: {spec} (the seed printed above repeats them)"
        );
    }
    if let Some(faults) = &args.faults {
        let _ = writeln!(out, "  faults: {faults}");
    }
    if args.strict {
        let record = args
            .record
            .as_ref()
            .map_or(String::new(), |r| format!("; report to {}", r.display()));
        let _ = writeln!(
            out,
            "  strict: every request is checked as a client's act{record}"
        );
    }
    for p in principals {
        let _ = writeln!(
            out,
            "  principal {:<10} account {}  AWS_ACCESS_KEY_ID={} AWS_SECRET_ACCESS_KEY={}",
            p.name, p.account_id, p.access_key_id, p.secret_access_key
        );
    }
    let _ = out.flush();
}

fn write_client_report(report: &ClientReport, path: &std::path::Path) -> anyhow::Result<()> {
    let written = crate::report::write_client(report, path)
        .with_context(|| format!("cannot write the client report to {}", path.display()))?;
    println!(
        "{} requests, {} violations",
        report.requests, report.violations
    );
    for p in written {
        println!("report: {}", p.display());
    }
    Ok(())
}
