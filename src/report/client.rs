//! The client conformance report: what a client sent through the strict mock or the proxy, per operation,
//! with every contract violation, the operations it never called, and how it reacted to injected faults.
use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use super::Tool;
use crate::{spec::Catalog, spec::Violation, wire::observe::Observation};

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ClientReport {
    pub report_version: u32,
    pub tool: Tool,
    /// `strict mock` or `proxy to <upstream>`.
    pub source: String,
    pub requests: usize,
    pub violations: usize,
    pub response_violations: usize,
    /// Answer members and enum values the model lacks (the server ahead of the model).
    pub drift: usize,
    /// Answers from in front of the service (a load balancer's HTML 5xx), not checked.
    pub transient: usize,
    pub operations: Vec<OperationRow>,
    /// Operations of the contract the client never called.
    pub unexercised: Vec<String>,
    /// Operations of the service's model that the contract (and the mock) leaves out, which the client
    /// called, with how many times: gaps of ours, not the client's violations.
    pub not_implemented: BTreeMap<String, usize>,
    pub faults: Vec<FaultReaction>,
    /// The answers the mock's curveballs changed, each with the request it answered.
    pub curveballs: Vec<Thrown>,
    /// Every error answer and what the client did next, graded against the SDKs' retry rules.
    pub retries: Vec<super::retries::RetryGrade>,
    /// How many of those the client got wrong (a retry too soon, of what cannot be retried, or none).
    pub retry_findings: usize,
}

/// An answer a curveball changed, and the request it answered.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Thrown {
    pub kind: String,
    pub operation: String,
    pub at_ms: u64,
    pub status: u16,
    pub request: Value,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OperationRow {
    pub operation: String,
    pub calls: usize,
    /// Error types answered, with counts.
    pub errors: BTreeMap<String, usize>,
    pub violations: Vec<Offence>,
    pub response_violations: Vec<Violation>,
    pub drift: Vec<Violation>,
    pub transient: usize,
}

/// A violation and the request that made it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Offence {
    pub violation: Violation,
    /// The violation as `verify-client` prints it (`VIOLATION <operation>: <this>`).
    pub message: String,
    pub request: Value,
    pub at_ms: u64,
    /// The application id the request's User-Agent named (`app/<id>`), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub app_id: Option<String>,
}

/// How the client answered an injected fault.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FaultReaction {
    pub operation: String,
    pub fault: String,
    pub at_ms: u64,
    pub retried: bool,
    /// Milliseconds from the faulted call to the retry.
    pub retry_after_ms: Option<u64>,
    /// Whether the retry reused the idempotency token (for operations that have one).
    pub same_client_token: Option<bool>,
}

/// An operation's client violations as a table, with the first offending request.
fn offences(r: &OperationRow) -> String {
    let mut out = format!(
        "\n## {}\n\n| path | rule | expected | actual |\n|---|---|---|---|\n",
        r.operation
    );
    for o in &r.violations {
        let v = &o.violation;
        out.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            if v.path.is_empty() { "$" } else { &v.path },
            v.rule,
            v.expected.replace('|', "\\|"),
            v.actual.replace('|', "\\|")
        ));
    }
    if let Some(first) = r.violations.first() {
        out.push_str(&format!(
            "\nFirst offending request:\n\n```json\n{}\n```\n",
            serde_json::to_string_pretty(&first.request).unwrap_or_default()
        ));
    }
    out
}

/// The answers' violations and drift, per operation, in two tables.
fn answer_findings(rows: &[OperationRow]) -> String {
    let mut out = String::new();
    for (title, pick) in [
        (
            "Server violations",
            (|r: &OperationRow| &r.response_violations) as fn(&OperationRow) -> &Vec<Violation>,
        ),
        (
            "Drift (the server is ahead of the model)",
            |r: &OperationRow| &r.drift,
        ),
    ] {
        let listed: Vec<String> = rows
            .iter()
            .flat_map(|r| pick(r).iter())
            .map(|v| {
                format!(
                    "| {} | `{}` | {} | {} |\n",
                    v.operation,
                    if v.path.is_empty() { "$" } else { &v.path },
                    v.rule,
                    v.actual.replace('|', "\\|")
                )
            })
            .collect();
        if !listed.is_empty() {
            out.push_str(&format!(
                "\n## {title}\n\n| operation | path | rule | found |\n|---|---|---|---|\n{}",
                listed.concat()
            ));
        }
    }
    out
}

/// Per operation: calls, errors answered (faults included), and what the client got wrong.
fn rows(observations: &[Observation]) -> BTreeMap<String, OperationRow> {
    let mut rows: BTreeMap<String, OperationRow> = BTreeMap::new();
    for o in observations.iter().filter(|o| o.not_implemented.is_none()) {
        let name = o
            .operation
            .clone()
            .unwrap_or_else(|| "(unknown operation)".into());
        let row = rows.entry(name.clone()).or_insert_with(|| OperationRow {
            operation: name,
            calls: 0,
            errors: BTreeMap::new(),
            violations: Vec::new(),
            response_violations: Vec::new(),
            drift: Vec::new(),
            transient: 0,
        });
        row.calls += 1;
        row.transient += usize::from(o.transient);
        row.drift.extend(o.response_drift.iter().cloned());
        if let Some(e) = o.error_type.as_ref().or(o.fault.as_ref()) {
            *row.errors.entry(e.clone()).or_default() += 1;
        }
        row.violations.extend(o.violations.iter().map(|v| Offence {
            message: v.to_string(),
            violation: v.clone(),
            request: o.request.clone(),
            at_ms: o.at_ms,
            app_id: o.app_id.clone(),
        }));
        row.response_violations
            .extend(o.response_violations.iter().cloned());
    }
    rows
}

/// How the client reacted to each injected fault: whether it retried, after how long, with the same token.
fn fault_reactions(observations: &[Observation]) -> Vec<FaultReaction> {
    observations
        .iter()
        .enumerate()
        .filter_map(|(i, o)| {
            let fault = o.fault.clone()?;
            let operation = o.operation.clone()?;
            let retry = observations[i + 1..].iter().find(|n| {
                n.operation.as_deref() == Some(operation.as_str()) && n.principal == o.principal
            });
            Some(FaultReaction {
                operation,
                fault,
                at_ms: o.at_ms,
                retried: retry.is_some(),
                retry_after_ms: retry.map(|r| r.at_ms.saturating_sub(o.at_ms)),
                same_client_token: retry.and_then(|r| {
                    o.client_token
                        .as_ref()
                        .map(|t| r.client_token.as_ref() == Some(t))
                }),
            })
        })
        .collect()
}

/// Every answer a curveball changed, in order.
fn thrown(observations: &[Observation]) -> Vec<Thrown> {
    observations
        .iter()
        .filter_map(|o| {
            Some(Thrown {
                kind: o.curveball.clone()?,
                operation: o.operation.clone().unwrap_or_default(),
                at_ms: o.at_ms,
                status: o.status,
                request: o.request.clone(),
            })
        })
        .collect()
}

impl ClientReport {
    pub fn new(
        observations: &[Observation],
        catalog: &Catalog,
        source: &str,
        tool_version: &str,
    ) -> ClientReport {
        let rows = rows(observations);
        let unexercised = catalog
            .operations
            .iter()
            .filter(|op| !rows.contains_key(&op.name))
            .map(|op| op.name.clone())
            .collect();
        let mut not_implemented = BTreeMap::new();
        for name in observations
            .iter()
            .filter_map(|o| o.not_implemented.clone())
        {
            *not_implemented.entry(name).or_default() += 1;
        }
        let faults = fault_reactions(observations);
        let retries = super::retries::grade(observations);
        let retry_findings = retries.iter().filter(|r| r.finding.is_some()).count();
        let curveballs = thrown(observations);
        let operations: Vec<OperationRow> = rows.into_values().collect();
        ClientReport {
            report_version: super::REPORT_VERSION,
            tool: Tool {
                name: "pcc-conformance".into(),
                version: tool_version.into(),
            },
            source: source.into(),
            requests: observations.len(),
            violations: operations.iter().map(|r| r.violations.len()).sum(),
            response_violations: operations.iter().map(|r| r.response_violations.len()).sum(),
            drift: operations.iter().map(|r| r.drift.len()).sum(),
            transient: operations.iter().map(|r| r.transient).sum(),
            operations,
            unexercised,
            not_implemented,
            faults,
            retries,
            retry_findings,
            curveballs,
        }
    }

    pub fn json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default() + "\n"
    }

    /// One testcase per operation called (failing on a violation), one skipped per operation never called.
    pub fn junit(&self) -> String {
        use quick_junit::{NonSuccessKind, TestCase, TestCaseStatus, TestSuite};
        let mut suite = TestSuite::new(self.source.as_str());
        for r in &self.operations {
            let all: Vec<String> = r
                .violations
                .iter()
                .map(|o| o.violation.to_string())
                .chain(
                    r.response_violations
                        .iter()
                        .map(|v| format!("response {v}")),
                )
                .collect();
            let status = if all.is_empty() {
                TestCaseStatus::success()
            } else {
                let mut failed = TestCaseStatus::non_success(NonSuccessKind::Failure);
                failed
                    .set_type("contract")
                    .set_message(format!("{} violation(s)", all.len()))
                    .set_description(all.join("\n"));
                failed
            };
            let mut case = TestCase::new(r.operation.as_str(), status);
            case.set_classname("client");
            suite.add_test_case(case);
        }
        for name in self.not_implemented.keys() {
            let mut skipped = TestCaseStatus::skipped();
            skipped.set_message("not implemented by the mock: outside the contract");
            let mut case = TestCase::new(name.as_str(), skipped);
            case.set_classname("client");
            suite.add_test_case(case);
        }
        for name in &self.unexercised {
            let mut skipped = TestCaseStatus::skipped();
            skipped.set_message("never called");
            let mut case = TestCase::new(name.as_str(), skipped);
            case.set_classname("client");
            suite.add_test_case(case);
        }
        let mut junit = quick_junit::Report::new("pcc-conformance client");
        junit.add_test_suite(suite);
        super::junit::to_xml(&junit)
    }

    pub fn markdown(&self) -> String {
        let verdict = if self.violations + self.response_violations == 0 {
            "CLEAN"
        } else {
            "VIOLATIONS FOUND"
        };
        let mut out = format!(
            "# Client conformance report: {verdict}\n\n{}\n\n",
            self.summary()
        );
        out.push_str(
            "| operation | calls | errors answered | violations | drift |\n|---|---|---|---|---|\n",
        );
        for r in &self.operations {
            let errors: Vec<String> = r.errors.iter().map(|(k, v)| format!("{k} ×{v}")).collect();
            out.push_str(&format!(
                "| {} | {} | {} | {} | {} |\n",
                r.operation,
                r.calls,
                errors.join(", "),
                r.violations.len() + r.response_violations.len(),
                r.drift.len()
            ));
        }
        for r in self.operations.iter().filter(|r| !r.violations.is_empty()) {
            out.push_str(&offences(r));
        }
        out.push_str(&answer_findings(&self.operations));
        out.push_str(&self.faults_markdown());
        out.push_str(&self.retries_markdown());
        out.push_str(&self.curveballs_markdown());
        if !self.not_implemented.is_empty() {
            out.push_str("\n## Not implemented by the mock\n\nOperations of the service's model that the contract leaves out, so the mock answers NotImplementedException: gaps of ours, not the client's violations.\n\n| operation | calls |\n|---|---|\n");
            for (op, n) in &self.not_implemented {
                out.push_str(&format!("| {op} | {n} |\n"));
            }
        }
        if !self.unexercised.is_empty() {
            out.push_str(&format!(
                "\n## Never called\n\n{}\n",
                self.unexercised.join(", ")
            ));
        }
        out
    }

    /// One sentence: how many requests, through what, and what was found in each direction.
    pub fn summary(&self) -> String {
        let mut out = format!(
            "{} requests through the {}; {} client violations, {} server violations",
            self.requests, self.source, self.violations, self.response_violations
        );
        if self.drift > 0 {
            out.push_str(&format!(
                "; {} drift (answer members or enum values the model lacks: the server is ahead of the model, which is allowed)",
                self.drift
            ));
        }
        if self.transient > 0 {
            out.push_str(&format!(
                "; {} transient answers from in front of the service, not checked",
                self.transient
            ));
        }
        if !self.not_implemented.is_empty() {
            let named: Vec<String> = self
                .not_implemented
                .iter()
                .map(|(op, n)| format!("{op} ({n})"))
                .collect();
            out.push_str(&format!(
                "; not implemented by the mock (a gap of ours, not the client's violation): {}",
                named.join(", ")
            ));
        }
        if self.retry_findings > 0 {
            out.push_str(&format!(
                "; {} retries against the SDKs' rules went wrong (a retry too soon, of what cannot be retried, or none of a throttle)",
                self.retry_findings
            ));
        }
        if !self.curveballs.is_empty() {
            out.push_str(&format!(
                "; {} answers changed by curveballs",
                self.curveballs.len()
            ));
        }
        out.push('.');
        out
    }

    fn curveballs_markdown(&self) -> String {
        if self.curveballs.is_empty() {
            return String::new();
        }
        let mut out = String::from(
            "\n## Curveballs thrown\n\nAnswers the mock changed as the protocol and the compatibility rules allow.\n\n| at (ms) | kind | operation | status | request |\n|---|---|---|---|---|\n",
        );
        for t in &self.curveballs {
            out.push_str(&format!(
                "| {} | {} | {} | {} | `{}` |\n",
                t.at_ms,
                t.kind,
                t.operation,
                t.status,
                t.request.to_string().replace('|', "\\|")
            ));
        }
        out
    }

    /// The retries the client got wrong, by call.
    fn retries_markdown(&self) -> String {
        let wrong: Vec<&super::retries::RetryGrade> = self
            .retries
            .iter()
            .filter(|r| r.finding.is_some())
            .collect();
        if wrong.is_empty() {
            return String::new();
        }
        let mut out = String::from(
            "\n## Retries against the SDKs' rules\n\n| at (ms) | operation | answer | waited (ms) | least allowed (ms) | finding |\n|---|---|---|---|---|---|\n",
        );
        for r in wrong {
            out.push_str(&format!(
                "| {} | {} | {} | {} | {} | {} |\n",
                r.at_ms,
                r.operation,
                r.error,
                r.waited_ms.map_or("-".into(), |w| w.to_string()),
                r.floor_ms,
                r.finding.map_or("", |f| f.says())
            ));
        }
        out
    }

    fn faults_markdown(&self) -> String {
        if self.faults.is_empty() {
            return String::new();
        }
        let mut out = String::from(
            "\n## Injected faults and the client's reaction\n\n| at (ms) | operation | fault | retried | after (ms) | same clientToken |\n|---|---|---|---|---|---|\n",
        );
        let yes_no = |b: bool| if b { "yes" } else { "no" };
        for f in &self.faults {
            out.push_str(&format!(
                "| {} | {} | {} | {} | {} | {} |\n",
                f.at_ms,
                f.operation,
                f.fault,
                yes_no(f.retried),
                f.retry_after_ms.map_or("-".into(), |m| m.to_string()),
                f.same_client_token.map_or("-", yes_no)
            ));
        }
        out
    }
}
