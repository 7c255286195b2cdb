//! The command line: one module per subcommand, each thin over the library.
pub mod fuzz;
pub mod har;
pub mod mock;
mod parity;
mod place;
pub mod proxy;
pub mod run;
pub mod spec;
pub mod validate;
pub mod verify_client;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// Exit status: the command did its job and found nothing wrong.
pub const EXIT_OK: u8 = 0;
/// Exit status: a contract failure (run) or violations (validate).
pub const EXIT_FAILED: u8 = 1;
/// Exit status: a usage or configuration error.
pub const EXIT_USAGE: u8 = 2;
/// Exit status: the run left resources behind that its cleanup could not delete (listed in the summary
/// and the report); it takes precedence over a failure, since something real may be left to delete.
pub const EXIT_LEFTOVERS: u8 = 3;
/// Exit status: with `--fail-on-violation`, the client (through the strict mock or the proxy) sent a
/// request the contract refuses.
pub const EXIT_VIOLATIONS: u8 = 4;
/// Exit status (`verify-client`): the client's command failed against the plain strict mock.
pub const EXIT_COMMAND_FAILED: u8 = 5;
/// Exit status (`verify-client --curveballs`): the command passed against the plain strict mock but
/// failed with at least one curveball thrown.
pub const EXIT_CURVEBALLS: u8 = 6;
/// Exit status (`verify-client`): the client's command sent no request to the mock, so nothing of the
/// client was verified (its tests skipped everything, or called another endpoint).
pub const EXIT_NOTHING_VERIFIED: u8 = 7;
/// Exit status: the run was interrupted (Ctrl-C) and what it created was deleted (if something could not
/// be, the run exits with `EXIT_LEFTOVERS`).
pub const EXIT_INTERRUPTED: u8 = 130;

#[derive(Debug, Parser)]
#[command(
    name = "pcc-conformance",
    version,
    about = "Contract and conformance harness for the AWS Partner Central Channel API"
)]
pub struct Cli {
    /// Use the schemas in DIR instead of the ones built into the binary.
    #[arg(long, global = true, value_name = "DIR")]
    pub schemas: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the feature suite against the embedded mock (default) or an endpoint, and write the report.
    Run(Box<run::RunArgs>),
    /// Serve the stateful mock until interrupted.
    Mock(mock::MockArgs),
    /// Check one JSON document against the contract.
    Validate(validate::ValidateArgs),
    /// Send requests generated from the contract, valid and invalid, and check every answer.
    Fuzz(fuzz::FuzzArgs),
    /// Forward a client's traffic to an endpoint, checking requests and responses against the contract.
    Proxy(proxy::ProxyArgs),
    /// Run a client's own tests (`-- CMD ARGS…`) against the strict mock and fail on what they break.
    VerifyClient(verify_client::VerifyClientArgs),
    /// The contract itself: compare it with an official model (`spec diff MODEL`).
    Spec(spec::SpecArgs),
}

/// The contract to use: `--schemas DIR`, or the embedded one.
pub fn contract(
    schemas: Option<&PathBuf>,
) -> anyhow::Result<std::sync::Arc<crate::spec::Contract>> {
    match schemas {
        Some(dir) => Ok(std::sync::Arc::new(crate::spec::Contract::from_dir(dir)?)),
        None => Ok(crate::spec::Contract::embedded()),
    }
}

/// Runs a parsed command line on a multi-threaded runtime and returns the process exit status.
///
/// The runtime is built here rather than by `#[tokio::main]` in the binary: async code is compiled
/// in the crate that polls it, so a binary that awaited `dispatch` compiled the whole command tree
/// again, alone, at the end of a clean release build (23 s of it).
pub fn execute(cli: Cli) -> u8 {
    match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime.block_on(dispatch(cli)),
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            EXIT_USAGE
        }
    }
}

/// Runs a parsed command line and returns the process exit status.
pub async fn dispatch(cli: Cli) -> u8 {
    let result = match cli.command {
        Command::Run(args) => run::execute(*args, cli.schemas.as_ref()).await,
        Command::Mock(args) => mock::execute(args, cli.schemas.as_ref()).await,
        Command::Validate(args) => validate::execute(args, cli.schemas.as_ref()),
        Command::Proxy(args) => proxy::execute(args, cli.schemas.as_ref()).await,
        Command::Fuzz(args) => fuzz::execute(args, cli.schemas.as_ref()).await,
        Command::Spec(args) => spec::execute(args, cli.schemas.as_ref()),
        Command::VerifyClient(args) => verify_client::execute(args, cli.schemas.as_ref()).await,
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            EXIT_USAGE
        }
    }
}
