//! `spec diff MODEL [--format md|json]`: the built-in contract against an official model file.
//! Exit 0 when they agree, 1 when they differ, 2 when the file cannot be read.
use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

use super::{EXIT_FAILED, EXIT_OK, EXIT_USAGE};
use crate::{report::spec_diff, spec::diff};

#[derive(Debug, Args)]
pub struct SpecArgs {
    #[command(subcommand)]
    pub command: SpecCommand,
}

#[derive(Debug, Subcommand)]
pub enum SpecCommand {
    /// Compare the contract with botocore's service-2.json (plain or .gz) or a Smithy JSON AST: what the
    /// model added, removed or changed, each backward compatible or breaking.
    Diff(DiffArgs),
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The model file.
    pub model: PathBuf,
    #[arg(long, value_enum, default_value_t = Format::Md)]
    pub format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Md,
    Json,
}

pub fn execute(args: SpecArgs, schemas: Option<&PathBuf>) -> anyhow::Result<u8> {
    let SpecCommand::Diff(args) = args.command;
    let contract = super::contract(schemas)?;
    let theirs = match diff::read(&args.model) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("error: {e}");
            return Ok(EXIT_USAGE);
        }
    };
    let Some(ours) = diff::ours::model(&contract, &theirs.target_prefix) else {
        eprintln!(
            "error: {} models the service '{}', which the contract does not cover",
            args.model.display(),
            theirs.target_prefix
        );
        return Ok(EXIT_USAGE);
    };
    let not_covered = contract
        .catalog
        .services
        .values()
        .find(|s| s.target_prefix == theirs.target_prefix)
        .map(|s| s.not_covered.iter().cloned().collect())
        .unwrap_or_default();
    let changes = diff::diff(&ours, &theirs, &not_covered);
    let source = args.model.display().to_string();
    let text = match args.format {
        Format::Md => spec_diff::markdown(&source, &theirs.target_prefix, &changes),
        Format::Json => spec_diff::json(&source, &theirs.target_prefix, &changes),
    };
    print!("{text}");
    Ok(if changes.is_empty() {
        EXIT_OK
    } else {
        EXIT_FAILED
    })
}
