//! What a run produced: one outcome per scenario, with its exchanges (secrets redacted) and violations.
use std::time::Duration;

use serde::Serialize;
use serde_json::Value;

use super::verdict::{Advisory, Basis, Drift, EndpointKind};
use crate::spec::Violation;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Passed,
    Failed,
    Skipped,
    /// Only inferred expectations failed, against a service: reported, not failing the run.
    Advisory,
    /// Passed, but an answer held a member or enum value the model lacks (a service ahead of the schemas).
    Drift,
    /// Nothing could be judged: a call got no answer of the service (a transport error, a timeout, only
    /// answers from something in front of it), or the runner failed. Neither the service's defect nor a
    /// soft finding; the run does not pass.
    Error,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Passed => "passed",
            Status::Failed => "failed",
            Status::Skipped => "skipped",
            Status::Advisory => "advisory",
            Status::Drift => "drift",
            Status::Error => "error",
        }
    }
}

/// Why a scenario failed: the contract was broken, or a step's own assertion did not hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum FailureKind {
    Contract,
    Assertion,
    Setup,
    /// The endpoint could not be reached or did not answer as a service (see `Status::Error`).
    Unanswered,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Failure {
    pub kind: FailureKind,
    /// The basis of the expectation that did not hold.
    pub basis: Basis,
    pub step: String,
    pub message: String,
}

/// What became of a scenario: its status with what goes with it (the failure of a failed or erroring
/// scenario, the reason of a skipped one). Written to reports as `status`, `failure` and `skipReason`.
#[derive(Debug, Clone)]
pub enum Verdict {
    Passed,
    /// Passed, but an answer held a member or enum value the model lacks.
    Drift,
    /// Only soft expectations missed: the one that ended the scenario, if one did (else the scenario
    /// ran to its end and its advisories say what missed).
    Advisory(Option<Failure>),
    Failed(Failure),
    /// Selected but not run to its end, and why.
    Skipped(String),
    /// Nothing could be judged, and why.
    Error(Failure),
}

impl Verdict {
    pub fn status(&self) -> Status {
        match self {
            Verdict::Passed => Status::Passed,
            Verdict::Drift => Status::Drift,
            Verdict::Advisory(_) => Status::Advisory,
            Verdict::Failed(_) => Status::Failed,
            Verdict::Skipped(_) => Status::Skipped,
            Verdict::Error(_) => Status::Error,
        }
    }

    pub fn failure(&self) -> Option<&Failure> {
        match self {
            Verdict::Advisory(f) => f.as_ref(),
            Verdict::Failed(f) | Verdict::Error(f) => Some(f),
            _ => None,
        }
    }

    pub fn skip_reason(&self) -> Option<&str> {
        match self {
            Verdict::Skipped(why) => Some(why),
            _ => None,
        }
    }

    /// The same verdict with its failure's message passed through `f` (to redact it).
    pub fn map_message(self, f: impl FnOnce(&str) -> String) -> Verdict {
        let with = |failure: Failure| Failure {
            message: f(&failure.message),
            ..failure
        };
        match self {
            Verdict::Advisory(Some(failure)) => Verdict::Advisory(Some(with(failure))),
            Verdict::Failed(failure) => Verdict::Failed(with(failure)),
            Verdict::Error(failure) => Verdict::Error(with(failure)),
            other => other,
        }
    }
}

impl Serialize for Verdict {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        #[serde(rename_all = "camelCase")]
        struct Shape<'a> {
            status: Status,
            failure: Option<&'a Failure>,
            #[serde(skip_serializing_if = "Option::is_none")]
            skip_reason: Option<&'a str>,
        }
        Shape {
            status: self.status(),
            failure: self.failure(),
            skip_reason: self.skip_reason(),
        }
        .serialize(s)
    }
}

/// One attempt of an exchange: its status and error type, or why it got no answer.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AttemptRecord {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_type: Option<String>,
    /// A transport error (timeout, connection refused) instead of an answer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Not the service's answer (a transport error, or a 5xx that is not AWS JSON, from something in front
    /// of it): a passing condition of the way there, not judged by the contract.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub transient: bool,
    /// What a retried attempt answered (the last attempt's answer is the exchange's response).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Value>,
    /// For a retried attempt, the wait before the next one and the rule that chose it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wait: Option<crate::client::retry::Wait>,
    /// The contract violations of this attempt's answer.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub violations: Vec<crate::spec::Violation>,
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
    /// Every attempt, retried ones first and the one above last; each was checked against the contract.
    pub attempts: Vec<AttemptRecord>,
    /// What the scenario's steps asserted of this exchange and saw hold (its contract check aside).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checks: Vec<Check>,
    /// Sent by a principal the mock added with a policy (a refusal, a quota, failing first calls): what
    /// it brought about was injected, not the service's own behaviour.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub injected: bool,
    /// The last answer was worth another attempt, but the endpoint's retry quota was spent.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub quota_spent: bool,
}

/// One assertion a step made of an exchange, which held, and what kind of evidence it is: what coverage
/// counts. A setup's success, a call's own answer echoing what it was sent and a success with nothing
/// read are recorded apart from the evidence that tells an endpoint applying the rule from one that
/// does not (a separate read showing the value, a refusal beside its control, an error asserted).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase", tag = "check")]
pub enum Check {
    /// The call succeeded, as a step of the scenario (not its setup) required: what it sent was
    /// accepted, and nothing more is shown by it alone.
    Succeeded,
    /// A setup step's call succeeded: evidence of nothing.
    Setup,
    /// The call failed, as a step required (whatever the error).
    Failed,
    /// The call failed with this error type (or was retried after it), as a step required.
    Error { name: String },
    /// The refusal named this request member (`tags[0].key`) and nothing unrelated to it, as a step
    /// required.
    Named { member: String },
    /// The same request with this member put right was not refused for it: the control of a refusal.
    Control { member: String },
    /// A step read this member of the answer and found what it expected.
    Read { member: String },
    /// A step found these values at this place of what it collected (`items[].status`).
    Seen { path: String, values: Vec<Value> },
    /// The value sent at this request member was shown by a separate read (a Get or a List).
    ReadBack { member: String },
    /// The value sent at this request member shows in the call's own answer, and no separate read can
    /// show it: accepted, not shown taken.
    Echoed { member: String },
    /// The answer was held to the form of AWS's documented example of this title: the members it shows,
    /// each value's form; `gaps` are where it departed (none when it held).
    Form {
        example: String,
        gaps: Vec<crate::spec::examples::form::FormGap>,
    },
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
    /// Its status, failure and skip reason.
    #[serde(flatten)]
    pub verdict: Verdict,
    pub violations: Vec<Violation>,
    /// Inferred expectations that did not hold against a service.
    pub advisories: Vec<Advisory>,
    /// Members and enum values the model lacks, seen in answers.
    pub drift: Vec<Drift>,
    pub exchanges: Vec<ExchangeRecord>,
    /// From its first step to its last (cleanup apart).
    #[serde(serialize_with = "millis")]
    pub duration: Duration,
    /// When it started, counted from the start of the run.
    #[serde(serialize_with = "millis")]
    pub started: Duration,
    /// Deleting what it created, after its last step.
    #[serde(serialize_with = "millis")]
    pub cleanup: Duration,
    /// Who it called as: each principal's account and role in the scenario.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<Role>,
    /// The inferred expectations (their steps) that held.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inferred_held: Vec<String>,
}

/// A principal a scenario called as: its run name, its role in the scenario (`own`, `receiver`, the name
/// a scenario gave a principal the mock added) and its account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Role {
    pub principal: String,
    pub role: String,
    pub account_id: String,
    /// A principal the mock added for this scenario alone, whose run name is made up.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub guest: bool,
}

impl ScenarioOutcome {
    pub fn status(&self) -> Status {
        self.verdict.status()
    }

    pub fn failure(&self) -> Option<&Failure> {
        self.verdict.failure()
    }

    pub fn skip_reason(&self) -> Option<&str> {
        self.verdict.skip_reason()
    }

    /// A scenario that was selected but not run, and why.
    pub fn skipped(meta: ScenarioMeta, reason: &str) -> ScenarioOutcome {
        ScenarioOutcome {
            feature: meta.feature,
            feature_path: meta.feature_path,
            name: meta.name,
            line: meta.line,
            operations: meta.operations,
            checks: meta.checks,
            tags: meta.tags,
            verdict: Verdict::Skipped(reason.to_string()),
            violations: Vec::new(),
            advisories: Vec::new(),
            drift: Vec::new(),
            exchanges: Vec::new(),
            duration: Duration::ZERO,
            started: Duration::ZERO,
            cleanup: Duration::ZERO,
            roles: Vec::new(),
            inferred_held: Vec::new(),
        }
    }
}

/// What identifies a scenario in a report: where it is, what it is about.
#[derive(Debug, Clone, Default)]
pub struct ScenarioMeta {
    pub feature: String,
    pub feature_path: String,
    pub name: String,
    pub line: usize,
    pub tags: Vec<String>,
    pub operations: Vec<String>,
    pub checks: Vec<String>,
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
    /// What the scenarios made up came from this seed (`run --seed` repeats it).
    pub seed: u64,
    pub endpoint_kind: EndpointKind,
    /// Why the endpoint was judged as that kind.
    pub endpoint_kind_reason: String,
    pub catalog: String,
    pub region: String,
    /// Per service: where it was reached and how it was signed.
    pub services: std::collections::BTreeMap<String, ServiceReach>,
    pub started_at: String,
    #[serde(serialize_with = "millis")]
    pub duration: Duration,
    pub scenarios: Vec<ScenarioOutcome>,
    pub leftovers: Vec<Leftover>,
    /// Steps with no matching definition or parse errors reported by the feature runner.
    pub runner_errors: Vec<String>,
}

/// Where one service was reached and how its calls were signed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ServiceReach {
    pub endpoint: String,
    pub region: String,
    pub signing: String,
}

impl RunOutcome {
    pub fn failed(&self) -> bool {
        !self.runner_errors.is_empty()
            || self
                .scenarios
                .iter()
                .any(|s| matches!(s.status(), Status::Failed | Status::Error))
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
