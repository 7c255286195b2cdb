//! `proxy --upstream URL [--bind ADDR] [--record FILE]`: forwards a client's traffic and checks both
//! directions; the record is the client report, with the exchanges as HAR beside it.
use std::{net::SocketAddr, path::PathBuf};

use anyhow::Context;
use clap::Args;

use super::EXIT_OK;
use crate::{
    proxy::{ProxyOptions, ProxyServer},
    report::client::ClientReport,
};

#[derive(Debug, Args)]
pub struct ProxyArgs {
    /// Where to forward: the real service or a mock.
    #[arg(long, value_name = "URL")]
    pub upstream: String,
    /// The address to listen on.
    #[arg(long, default_value = "127.0.0.1:7421", value_name = "ADDR")]
    pub bind: SocketAddr,
    /// Where the report goes on shutdown (JSON; .md, .xml and the exchanges as .har beside it).
    #[arg(long, value_name = "FILE")]
    pub record: Option<PathBuf>,
    /// At shutdown, exit 4 when any request broke the contract, and 1 when only answers did.
    #[arg(long)]
    pub fail_on_violation: bool,
    /// Count answer members and enum values the model lacks as violations, not drift.
    #[arg(long)]
    pub strict_drift: bool,
}

pub async fn execute(args: ProxyArgs, schemas: Option<&PathBuf>) -> anyhow::Result<u8> {
    let upstream: reqwest::Url = args
        .upstream
        .parse()
        .with_context(|| format!("--upstream '{}' is not a URL", args.upstream))?;
    anyhow::ensure!(
        matches!(upstream.scheme(), "http" | "https"),
        "--upstream must be an http or https URL"
    );
    let contract = super::contract(schemas)?;
    let options = ProxyOptions {
        keep: args.record.is_some(),
        strict_drift: args.strict_drift,
    };
    let server = ProxyServer::start_with(&args.upstream, contract.clone(), args.bind, options)
        .await
        .with_context(|| format!("cannot listen on {}", args.bind))?;
    println!(
        "pcc-conformance proxy listening on {} → {}",
        server.url(),
        args.upstream
    );
    println!("  point your client at AWS_ENDPOINT_URL={}", server.url());
    super::mock::stopped()
        .await
        .context("cannot wait for a stop signal")?;
    println!("stopping");
    let observations = server.observations();
    let captures = server.captures().cloned();
    server.shutdown().await;
    let source = format!("proxy to {}", args.upstream);
    let report = ClientReport::new(
        &observations,
        &contract.catalog,
        &source,
        env!("CARGO_PKG_VERSION"),
    );
    println!("{}", report.summary());
    if let Some(path) = &args.record {
        for p in crate::report::write_client(&report, path)
            .with_context(|| format!("cannot write the report to {}", path.display()))?
        {
            println!("report: {}", p.display());
        }
        // The proxy holds no keys: the signature headers are redacted, and no secret passes through it.
        if let Some(captures) = captures {
            super::har::write_har(&path.with_extension("har"), &captures, &[])?;
        }
    }
    Ok(
        match (
            args.fail_on_violation,
            report.violations,
            report.response_violations,
        ) {
            (true, v, _) if v > 0 => super::EXIT_VIOLATIONS,
            (true, _, r) if r > 0 => super::EXIT_FAILED,
            _ => EXIT_OK,
        },
    )
}
