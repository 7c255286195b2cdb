use std::process::ExitCode;

use clap::Parser;
use pcc_conformance::cli::{Cli, dispatch};

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    ExitCode::from(dispatch(cli).await)
}
