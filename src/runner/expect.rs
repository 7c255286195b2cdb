//! Graded expectations: each assertion has a basis, and the run's judging decides whether its mismatch
//! fails the scenario or is advice; every attempt of every exchange is checked against the contract.
use cucumber::gherkin::Step;
use serde_json::{Value, json};

use super::{
    outcome::{AttemptRecord, Check, ExchangeRecord, redact},
    verdict::{Advisory, Basis, Ending},
    world::ConformanceWorld,
};
use crate::{
    client::{Attempt, Exchange},
    spec::{Operation, Violation},
    wire::Response,
};

impl ConformanceWorld {
    /// The basis of a step: its trailing marker (`[inferred]`), else the scenario's.
    pub fn basis(&self, step: &Step) -> Basis {
        Basis::marked(&step.value).unwrap_or(self.default_basis)
    }

    /// Judges one expectation of `step`. A hard mismatch fails the step (and the scenario); a soft one
    /// (inferred, against a service) is recorded as advice and the scenario goes on. An expectation about
    /// an answer whose outcome already fell short is not judged: the rest of the scenario is skipped.
    pub fn expect(&mut self, step: &Step, holds: bool, message: impl FnOnce() -> String) {
        self.judge(step, holds, message, false);
    }

    /// Judges the outcome of the last call (it succeeded, failed, with which error). A soft miss here
    /// makes what later steps read of the answer meaningless, so they are skipped, not judged.
    pub fn expect_outcome(&mut self, step: &Step, holds: bool, message: impl FnOnce() -> String) {
        self.judge(step, holds, message, true);
    }

    fn judge(&mut self, step: &Step, holds: bool, message: impl FnOnce() -> String, outcome: bool) {
        let basis = self.basis(step);
        if holds {
            if basis == Basis::Inferred && !self.inferred_held.contains(&step.value) {
                self.inferred_held.push(step.value.clone());
            }
            if outcome {
                let answered = self.last.as_ref().map(|l| l.response.is_success());
                let setup = step.ty == cucumber::gherkin::StepType::Given;
                match answered {
                    Some(true) if setup => self.checked(Check::Setup),
                    Some(true) => self.checked(Check::Succeeded),
                    Some(false) => self.checked(Check::Failed),
                    None => {}
                }
            }
            return;
        }
        let message = message();
        if !outcome && let Some(miss) = self.fell_short() {
            self.cannot_read(
                format!("'{}' cannot be judged: {message}", step.value),
                Some(miss),
            );
        }
        if self.ctx().judging.is_hard(basis) {
            let step = Some(step.value.clone());
            self.end(Ending::Failed { basis, step }, message);
        }
        if outcome && let Some(last) = self.last.as_mut() {
            last.fell_short = Some(message.clone());
        }
        self.advisories.push(Advisory {
            basis,
            step: step.value.clone(),
            message,
        });
    }

    /// Records that a step's assertion about the last exchange held.
    pub fn checked(&mut self, check: Check) {
        if let Some(e) = self.exchanges.last_mut()
            && !e.checks.contains(&check)
        {
            e.checks.push(check);
        }
    }

    /// Records that a step read `member` of the last answer and found what it expected, if it did.
    pub fn read(&mut self, member: &str, holds: bool) {
        if holds {
            self.checked(Check::Read {
                member: member.to_string(),
            });
        }
    }

    /// Checks every attempt's answer against the contract and records the exchange. Drift is set apart
    /// (hard only when the judging says so); returns the violations that fail the scenario.
    pub(super) fn judge_exchange(
        &mut self,
        op: &Operation,
        principal: &str,
        body: &Value,
        exchange: &Exchange,
    ) -> Vec<Violation> {
        let ctx = self.ctx();
        let checked = ctx.check(op, exchange);
        let attempts = exchange
            .earlier
            .iter()
            .map(|earlier| match earlier {
                Attempt::Answered(r) => AttemptRecord {
                    body: Some(answer_body(r, &ctx.secrets)),
                    ..attempt_record(r)
                },
                Attempt::Unanswered(why) => AttemptRecord {
                    status: None,
                    error_type: None,
                    error: Some(redact(why, &ctx.secrets)),
                    transient: true,
                    body: None,
                    wait: None,
                    violations: Vec::new(),
                },
            })
            .zip(exchange.waits.iter().map(|w| Some(*w)))
            .map(|(a, wait)| AttemptRecord { wait, ..a })
            .chain(std::iter::once(attempt_record(&exchange.response)))
            .zip(checked.per_attempt.iter())
            .map(|(a, broke)| AttemptRecord {
                violations: broke.clone(),
                ..a
            })
            .collect();
        let response = &exchange.response;
        self.exchanges.push(ExchangeRecord {
            operation: op.name.clone(),
            principal: principal.to_string(),
            request: redact_value(body, &ctx.secrets),
            status: response.status,
            request_id: response.request_id().map(str::to_string),
            error_type: response.error_type.clone(),
            response: answer_body(response, &ctx.secrets),
            elapsed_ms: exchange.elapsed.as_millis() as u64,
            attempts,
            checks: Vec::new(),
            injected: self.policed.contains(principal),
            quota_spent: exchange.quota_spent,
        });
        self.drift.extend(checked.drift);
        self.violations.extend(checked.violations.iter().cloned());
        checked.violations
    }
}

fn attempt_record(r: &Response) -> AttemptRecord {
    AttemptRecord {
        status: Some(r.status),
        error_type: r.error_type.clone(),
        error: None,
        transient: r.observed().is_infrastructure(),
        body: None,
        wait: None,
        violations: Vec::new(),
    }
}

/// An answer's body as a report keeps it: its JSON, or its text, secrets redacted.
fn answer_body(r: &Response, secrets: &[String]) -> Value {
    r.json
        .as_ref()
        .map(|j| redact_value(j, secrets))
        .unwrap_or_else(|| json!(redact(&String::from_utf8_lossy(&r.body), secrets)))
}

pub(super) fn redact_value(v: &Value, secrets: &[String]) -> Value {
    match v {
        Value::String(s) => Value::String(redact(s, secrets)),
        Value::Array(a) => Value::Array(a.iter().map(|x| redact_value(x, secrets)).collect()),
        Value::Object(o) => Value::Object(
            o.iter()
                .map(|(k, x)| (k.clone(), redact_value(x, secrets)))
                .collect(),
        ),
        other => other.clone(),
    }
}
