//! `validate --operation NAME (--input FILE | --output FILE | --error FILE)`.
use std::{io::Read, path::PathBuf};

use anyhow::{Context, bail};
use clap::{ArgGroup, Args};
use serde_json::Value;

use super::{EXIT_FAILED, EXIT_OK};
use crate::{spec::Violation, wire::error_name};

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("document").required(true).args(["input", "output", "error"])))]
pub struct ValidateArgs {
    /// The operation the document belongs to, e.g. CreateRelationship.
    #[arg(long, value_name = "NAME")]
    pub operation: String,
    /// A request body (`-` for stdin).
    #[arg(long, value_name = "FILE")]
    pub input: Option<PathBuf>,
    /// A success response body (`-` for stdin).
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// An error response body with `__type` (`-` for stdin).
    #[arg(long, value_name = "FILE")]
    pub error: Option<PathBuf>,
}

fn read(path: &PathBuf) -> anyhow::Result<String> {
    if path.as_os_str() == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .context("cannot read standard input")?;
        Ok(s)
    } else {
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))
    }
}

/// Which document of an exchange is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Document {
    Request,
    Response,
    Error,
}

impl Document {
    fn name(self) -> &'static str {
        match self {
            Document::Request => "request",
            Document::Response => "response",
            Document::Error => "error",
        }
    }
}

pub fn execute(args: ValidateArgs, schemas: Option<&PathBuf>) -> anyhow::Result<u8> {
    let contract = super::contract(schemas)?;
    let Some(op) = contract.operation(&args.operation) else {
        let names: Vec<&str> = contract
            .catalog
            .operations
            .iter()
            .map(|o| o.name.as_str())
            .collect();
        bail!(
            "unknown operation '{}'; the contract has: {}",
            args.operation,
            names.join(", ")
        );
    };
    let (kind, path) = match (&args.input, &args.output, &args.error) {
        (Some(p), _, _) => (Document::Request, p),
        (_, Some(p), _) => (Document::Response, p),
        (_, _, Some(p)) => (Document::Error, p),
        _ => bail!("give one of --input, --output or --error"),
    };
    let text = read(path)?;
    let doc: Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => {
            println!("{}: not valid JSON: {e}", path.display());
            return Ok(EXIT_FAILED);
        }
    };
    let violations = match kind {
        Document::Request => contract.check_request(op, &doc),
        Document::Response => contract.check_response(op, &doc),
        Document::Error => match error_violations(&contract, op, &doc) {
            Some(v) => v,
            None => {
                println!("$: required — an error document needs __type naming its error shape");
                return Ok(EXIT_FAILED);
            }
        },
    };
    if violations.is_empty() {
        println!("valid {} of {}", kind.name(), op.name);
        return Ok(EXIT_OK);
    }
    print_violations(&violations);
    println!(
        "{} violation(s) in the {} of {}",
        violations.len(),
        kind.name(),
        op.name
    );
    Ok(EXIT_FAILED)
}

/// An error document: its `__type` declared for the operation, its body per that error's schema.
/// `None` when it names no error type.
fn error_violations(
    contract: &crate::spec::Contract,
    op: &crate::spec::Operation,
    doc: &Value,
) -> Option<Vec<Violation>> {
    let name = error_name(doc.get("__type").and_then(Value::as_str)?);
    let mut v = Vec::new();
    if !contract.catalog.may_return(op, name) {
        v.push(Violation {
            operation: op.name.clone(),
            direction: crate::spec::Direction::Error,
            path: "__type".into(),
            rule: crate::spec::Rule::UndeclaredError,
            expected: format!("one of [{}] or a common AWS error", op.errors.join(", ")),
            actual: name.into(),
        });
    }
    if contract.catalog.error_shape(op, name).is_some() {
        v.extend(contract.check_error(op, name, doc));
    }
    Some(v)
}

/// Each violation with its path, rule, and AWS's wording.
fn print_violations(violations: &[Violation]) {
    for v in violations {
        let p = if v.path.is_empty() { "$" } else { &v.path };
        let detail = match v.rule {
            crate::spec::Rule::UndeclaredError => format!(
                "{} does not declare {}; expected {}",
                v.operation, v.actual, v.expected
            ),
            _ => v.aws_message(),
        };
        println!("{p}: {} — {detail}", v.rule);
    }
}
