//! What a run produced: one outcome per scenario, with its exchanges (secrets redacted) and violations.
use std::time::Duration;

use serde::Serialize;
use serde_json::Value;

use crate::spec::Violation;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Passed,
    Failed,
    Skipped,
    /// An `@inferred` scenario that failed against a real endpoint: reported, but not a contract failure.
    Advisory,
}

/// Why a scenario failed: the contract was broken, or a step's own assertion did not hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum FailureKind {
    Contract,
    Assertion,
    Setup,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Failure {
    pub kind: FailureKind,
    pub step: String,
    pub message: String,
}

/// One request and response as a report shows it. Never holds a secret: only the body and chosen headers.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ExchangeRecord {
    pub operation: String,
    pub principal: String,
    pub request: Value,
    pub status: u16,
    pub request_id: Option<String>,
    pub error_type: Option<String>,
    pub response: Value,
    pub elapsed_ms: u64,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ScenarioOutcome {
    pub feature: String,
    pub feature_path: String,
    pub name: String,
    pub line: usize,
    pub tags: Vec<String>,
    /// The operations the scenario is about (its `@op:` tags).
    pub operations: Vec<String>,
    /// The check kinds it exercises (`@required`, `@enum`, ...).
    pub checks: Vec<String>,
    pub status: Status,
    pub failure: Option<Failure>,
    /// Why a selected scenario was not run.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skip_reason: Option<String>,
    pub violations: Vec<Violation>,
    pub exchanges: Vec<ExchangeRecord>,
    #[serde(serialize_with = "millis")]
    pub duration: Duration,
}

fn millis<S: serde::Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_u64(d.as_millis() as u64)
}

/// A resource the run created and tried to delete, when deleting failed.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Leftover {
    pub operation: String,
    pub identifier: String,
    pub reason: String,
}

/// The whole run.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RunOutcome {
    pub endpoint: String,
    pub against_mock: bool,
    pub catalog: String,
    pub region: String,
    pub started_at: String,
    #[serde(serialize_with = "millis")]
    pub duration: Duration,
    pub scenarios: Vec<ScenarioOutcome>,
    pub leftovers: Vec<Leftover>,
    /// Steps with no matching definition or parse errors reported by the feature runner.
    pub runner_errors: Vec<String>,
}

impl RunOutcome {
    pub fn failed(&self) -> bool {
        !self.runner_errors.is_empty() || self.scenarios.iter().any(|s| s.status == Status::Failed)
    }
}

/// Replaces every occurrence of each secret in `text` with `<redacted>`.
pub fn redact(text: &str, secrets: &[String]) -> String {
    secrets
        .iter()
        .filter(|s| s.len() >= 4)
        .fold(text.to_string(), |acc, s| {
            acc.replace(s.as_str(), "<redacted>")
        })
}
