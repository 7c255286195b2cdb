//! `mock [--bind ADDR] [--principals FILE] [--pma-quota N]`: serves the mock until Ctrl-C.
use std::{net::SocketAddr, path::PathBuf};

use anyhow::Context;
use clap::Args;

use super::EXIT_OK;
use crate::{
    mock::{DEFAULT_PMA_QUOTA, MockConfig, MockServer},
    wire::{default_principals, load_principals},
};

#[derive(Debug, Args)]
pub struct MockArgs {
    /// The address to listen on.
    #[arg(long, default_value = "127.0.0.1:4566", value_name = "ADDR")]
    pub bind: SocketAddr,
    /// A JSON array of {"name", "accountId", "accessKeyId", "secretAccessKey"} objects replacing the default principals.
    #[arg(long, value_name = "FILE")]
    pub principals: Option<PathBuf>,
    /// Program management accounts allowed per owner and catalog.
    #[arg(long, default_value_t = DEFAULT_PMA_QUOTA, value_name = "N")]
    pub pma_quota: usize,
}

pub async fn execute(args: MockArgs, schemas: Option<&PathBuf>) -> anyhow::Result<u8> {
    let principals = match &args.principals {
        Some(path) => load_principals(path)?,
        None => default_principals(),
    };
    let config = MockConfig {
        principals: principals.clone(),
        pma_quota: args.pma_quota,
        contract: super::contract(schemas)?,
    };
    let server = MockServer::start(config, args.bind)
        .await
        .with_context(|| format!("cannot listen on {}", args.bind))?;
    println!("pcc-conformance mock listening on {}", server.url());
    println!("  endpoint: AWS_ENDPOINT_URL={}", server.url());
    println!(
        "  admin API: {}/_mock/health, /_mock/reset, /_mock/state, /_mock/clock, /_mock/requests",
        server.url()
    );
    for p in &principals {
        println!(
            "  principal {:<10} account {}  AWS_ACCESS_KEY_ID={} AWS_SECRET_ACCESS_KEY={}",
            p.name, p.account_id, p.access_key_id, p.secret_access_key
        );
    }
    tokio::signal::ctrl_c()
        .await
        .context("cannot wait for Ctrl-C")?;
    println!("stopping");
    server.shutdown().await;
    Ok(EXIT_OK)
}
