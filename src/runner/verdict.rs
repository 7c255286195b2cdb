//! The verdict on a scenario and how much a mismatch weighs: how its steps ended, the basis of each
//! assertion, the kind of endpoint, advisory findings and drift, and the one function that turns them
//! into the scenario's outcome.
use serde::Serialize;

#[cfg(test)]
use super::outcome::Status;
use super::outcome::{Failure, FailureKind, Verdict};
use crate::spec::Violation;

/// How a scenario's steps ended, as the step that ended it said (set once, by
/// `ConformanceWorld::end`; the first ending set is the one that counts).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Ending {
    /// No step said why it stopped: the scenario ran to its end, or a step failed with the scenario's
    /// own basis.
    #[default]
    Ran,
    /// An expectation of this basis did not hold; `step` is the text of the step whose expectation it
    /// was (None when the failure came from a call's contract check or a step's setup).
    Failed { basis: Basis, step: Option<String> },
    /// A call the run's safety refuses, or a precondition this endpoint's state denies: not run to its
    /// end, skipped with this reason.
    Refused(String),
    /// A call got no answer of the service (a transport error, a timeout, a page from in front of it).
    Unanswered(String),
    /// A step needed a member of an answer that had already fallen short of an inferred expectation.
    RestSkipped(String),
}

/// What the feature runner says of the scenario's steps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Steps {
    Passed,
    /// A step matches no step definition.
    Unmatched,
    /// The before hook failed with this message.
    HookFailed(String),
    /// A step failed with this message.
    Failed(String),
}

/// What the scenario's steps found besides how they ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Found {
    /// An answer broke the contract.
    pub violations: bool,
    /// An inferred expectation did not hold against a service (recorded, not failing).
    pub advisories: bool,
    /// An answer held a member or enum value the model lacks.
    pub drift: bool,
}

/// The scenario's verdict: how its steps ended and what they found, judged as the run judges.
/// `default_basis` is the basis of the scenario's unmarked steps.
pub fn verdict(
    ending: &Ending,
    steps: &Steps,
    found: Found,
    judging: Judging,
    default_basis: Basis,
) -> Verdict {
    let failure = |kind, basis, step: &str, message: &str| Failure {
        kind,
        basis,
        step: step.into(),
        message: message.into(),
    };
    let failed_step = match ending {
        Ending::Failed { step: Some(s), .. } => s.as_str(),
        _ => "",
    };
    match (ending, steps) {
        (Ending::Refused(why), _) => Verdict::Skipped(why.clone()),
        (Ending::RestSkipped(why), _) => Verdict::Advisory(Some(failure(
            FailureKind::Assertion,
            Basis::Inferred,
            failed_step,
            why,
        ))),
        (Ending::Unanswered(why), _) => Verdict::Error(failure(
            FailureKind::Unanswered,
            Basis::Contract,
            failed_step,
            why,
        )),
        (Ending::Ran, Steps::Passed) => passed(found),
        (_, Steps::Unmatched) => Verdict::Failed(failure(
            FailureKind::Setup,
            Basis::Contract,
            failed_step,
            "a step has no matching step definition",
        )),
        (_, Steps::HookFailed(why)) => Verdict::Failed(failure(
            FailureKind::Setup,
            Basis::Contract,
            "before hook",
            why,
        )),
        (ending, Steps::Failed(_) | Steps::Passed) => {
            // An ending of its own with every step passed cannot come about (ending a scenario fails
            // its step); it fails all the same rather than pass what a step said did not hold.
            let message = match steps {
                Steps::Failed(message) => message,
                _ => "an expectation did not hold, though the runner saw no step fail",
            };
            let basis = match ending {
                Ending::Failed { basis, .. } => *basis,
                _ => default_basis,
            };
            let kind = if found.violations {
                FailureKind::Contract
            } else {
                FailureKind::Assertion
            };
            weighed(failure(kind, basis, failed_step, message), judging)
        }
    }
}

/// A failed expectation: failing the scenario, or advice where the run judges its basis soft.
fn weighed(failure: Failure, judging: Judging) -> Verdict {
    if judging.is_hard(failure.basis) {
        Verdict::Failed(failure)
    } else {
        Verdict::Advisory(Some(failure))
    }
}

/// A scenario whose every step passed: advisory if a soft expectation missed, drift if an answer was
/// ahead of the model.
fn passed(found: Found) -> Verdict {
    if found.advisories {
        Verdict::Advisory(None)
    } else if found.drift {
        Verdict::Drift
    } else {
        Verdict::Passed
    }
}

/// Where an expectation comes from. The basis belongs to one assertion, not to a whole scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Basis {
    /// The schemas, the declared errors and their statuses, the protocol.
    Contract,
    /// The API reference or the model says it.
    Documented,
    /// Our reading, but breaking it is a security or integrity defect: an action taken by an account
    /// that may not take it, a second resource from a retried create, a lost update. Never advisory.
    Safety,
    /// Our reading of what the reference implies (docs/behavior.md's [I] rules).
    Inferred,
}

impl Basis {
    pub const ALL: [Basis; 4] = [
        Basis::Contract,
        Basis::Documented,
        Basis::Safety,
        Basis::Inferred,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Basis::Contract => "contract",
            Basis::Documented => "documented",
            Basis::Safety => "safety",
            Basis::Inferred => "inferred",
        }
    }

    /// The basis a step names with a trailing marker: `Then the call fails [documented]`.
    pub fn marked(step_text: &str) -> Option<Basis> {
        let inner = step_text
            .trim_end()
            .trim_end_matches(':')
            .trim_end()
            .strip_suffix(']')?;
        let (_, word) = inner.rsplit_once('[')?;
        Basis::ALL.into_iter().find(|b| b.as_str() == word.trim())
    }

    /// The basis of a scenario's unmarked steps: `@inferred` makes them inferred, anything else documented.
    pub fn of_scenario(tags: &[String]) -> Basis {
        if tags.iter().any(|t| t == "inferred") {
            Basis::Inferred
        } else {
            Basis::Documented
        }
    }
}

impl std::fmt::Display for Basis {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What the run talks to, which decides how strictly it is judged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EndpointKind {
    /// A pcc-conformance mock (embedded or standalone): everything is hard, drift included.
    Mock,
    /// Any other implementation: inferred mismatches are advisory, drift is reported apart.
    Service,
}

impl EndpointKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EndpointKind::Mock => "mock",
            EndpointKind::Service => "service",
        }
    }
}

/// Whether `client`'s endpoint is a pcc-conformance mock: it is when `GET /_mock/health` answers as
/// one. Returns the kind and why.
pub async fn detect(client: &crate::client::Client) -> (EndpointKind, String) {
    use crate::wire::{MOCK_HEALTH_PATH, MOCK_SERVER};
    let answer = client
        .get_json(MOCK_HEALTH_PATH, std::time::Duration::from_secs(5))
        .await;
    match answer {
        Ok((200, body)) if body.get("server").and_then(|s| s.as_str()) == Some(MOCK_SERVER) => (
            EndpointKind::Mock,
            format!("GET {MOCK_HEALTH_PATH} answered as a {MOCK_SERVER}"),
        ),
        Ok((status, _)) => (
            EndpointKind::Service,
            format!("GET {MOCK_HEALTH_PATH} answered {status}, not as a {MOCK_SERVER}"),
        ),
        // The connection itself could not be made: the run says why once, as it stops.
        Err(crate::client::ClientError::Transport { unsent: true, .. }) => (
            EndpointKind::Service,
            format!("GET {MOCK_HEALTH_PATH} could not connect"),
        ),
        Err(e) => (
            EndpointKind::Service,
            format!("GET {MOCK_HEALTH_PATH} got no answer ({e})"),
        ),
    }
}

impl std::fmt::Display for EndpointKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How a run judges mismatches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Judging {
    pub kind: EndpointKind,
    /// Drift fails the run even against a service (`--strict-drift`).
    pub strict_drift: bool,
}

impl Judging {
    pub const MOCK: Judging = Judging {
        kind: EndpointKind::Mock,
        strict_drift: true,
    };

    /// Whether a mismatch of an assertion of this basis fails the run.
    pub fn is_hard(self, basis: Basis) -> bool {
        self.kind == EndpointKind::Mock || basis != Basis::Inferred
    }

    /// Whether a response member or enum value the model lacks fails the run.
    pub fn drift_is_hard(self) -> bool {
        self.kind == EndpointKind::Mock || self.strict_drift
    }
}

/// An inferred expectation a service did not meet: reported, not failing the run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Advisory {
    pub basis: Basis,
    pub step: String,
    pub message: String,
}

/// A response member or enum value the model lacks: the service is ahead of the schemas.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Drift {
    pub operation: String,
    pub path: String,
    /// `member` (a member the model lacks) or `enumValue` (a value outside the model's enum).
    pub kind: DriftKind,
    pub value: String,
    pub hint: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum DriftKind {
    Member,
    EnumValue,
}

impl Drift {
    /// The drift a violation stands for, if it is one: an unknown member or enum value in an answer.
    pub fn from_violation(v: &Violation) -> Option<Drift> {
        if !v.is_drift() {
            return None;
        }
        let kind = match v.rule {
            crate::spec::Rule::UnknownMember => DriftKind::Member,
            _ => DriftKind::EnumValue,
        };
        Some(Drift {
            operation: v.operation.clone(),
            path: v.path.clone(),
            kind,
            value: v.actual.clone(),
            hint:
                "the service is ahead of the built-in model: update the schemas from the current \
                   service model (`pcc-conformance --schemas DIR` runs with newer ones)"
                    .into(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SERVICE: Judging = Judging {
        kind: EndpointKind::Service,
        strict_drift: false,
    };

    fn failed(basis: Basis, step: &str) -> Ending {
        Ending::Failed {
            basis,
            step: Some(step.into()),
        }
    }

    fn step_failed() -> Steps {
        Steps::Failed("expected 1 item, saw 2".into())
    }

    /// Every ending and every way the steps can finish, for the rules that hold whatever the case.
    fn every_case() -> Vec<(Ending, Steps)> {
        let endings = [
            Ending::Ran,
            failed(Basis::Contract, "a"),
            failed(Basis::Inferred, "b"),
            Ending::Refused("needs a mutation".into()),
            Ending::Unanswered("connection refused".into()),
            Ending::RestSkipped("the answer fell short".into()),
        ];
        let steps = [
            Steps::Passed,
            Steps::Unmatched,
            Steps::HookFailed("no principal".into()),
            step_failed(),
        ];
        endings
            .iter()
            .flat_map(|e| steps.iter().map(move |s| (e.clone(), s.clone())))
            .collect()
    }

    #[test]
    fn a_scenario_whose_steps_all_passed_is_judged_by_what_it_found() {
        let judge = |found| {
            verdict(
                &Ending::Ran,
                &Steps::Passed,
                found,
                SERVICE,
                Basis::Documented,
            )
        };
        assert!(matches!(judge(Found::default()), Verdict::Passed));
        let drift = Found {
            drift: true,
            ..Found::default()
        };
        assert!(matches!(judge(drift), Verdict::Drift));
        let both = Found {
            drift: true,
            advisories: true,
            ..Found::default()
        };
        assert!(matches!(judge(both), Verdict::Advisory(None)));
    }

    #[test]
    fn a_failed_expectation_weighs_as_its_basis_against_the_endpoint() {
        let ending = failed(Basis::Inferred, "the error is ConflictException [inferred]");
        let soft = verdict(
            &ending,
            &step_failed(),
            Found::default(),
            SERVICE,
            Basis::Documented,
        );
        let Verdict::Advisory(Some(f)) = soft else {
            panic!("an inferred miss against a service is advisory: {soft:?}")
        };
        assert_eq!(
            (f.basis, f.kind, f.step.as_str(), f.message.as_str()),
            (
                Basis::Inferred,
                FailureKind::Assertion,
                "the error is ConflictException [inferred]",
                "expected 1 item, saw 2"
            )
        );
        let hard = verdict(
            &ending,
            &step_failed(),
            Found::default(),
            Judging::MOCK,
            Basis::Documented,
        );
        assert!(matches!(hard, Verdict::Failed(f) if f.basis == Basis::Inferred));
    }

    #[test]
    fn a_step_that_said_nothing_fails_with_the_scenarios_basis() {
        let judge = |basis| {
            verdict(
                &Ending::Ran,
                &step_failed(),
                Found::default(),
                SERVICE,
                basis,
            )
        };
        assert!(matches!(judge(Basis::Inferred), Verdict::Advisory(Some(_))));
        let Verdict::Failed(f) = judge(Basis::Documented) else {
            panic!("a documented failure fails")
        };
        assert_eq!((f.basis, f.step.as_str()), (Basis::Documented, ""));
    }

    #[test]
    fn a_broken_contract_is_a_contract_failure() {
        let found = Found {
            violations: true,
            ..Found::default()
        };
        let ending = Ending::Failed {
            basis: Basis::Contract,
            step: None,
        };
        let v = verdict(&ending, &step_failed(), found, SERVICE, Basis::Inferred);
        assert!(
            matches!(&v, Verdict::Failed(f) if f.kind == FailureKind::Contract && f.basis == Basis::Contract),
            "{v:?}"
        );
    }

    #[test]
    fn how_the_steps_ended_outweighs_how_the_runner_saw_them() {
        for (ending, steps) in every_case() {
            for judging in [SERVICE, Judging::MOCK] {
                let v = verdict(
                    &ending,
                    &steps,
                    Found::default(),
                    judging,
                    Basis::Documented,
                );
                let expected = match &ending {
                    Ending::Refused(why) => Some((Status::Skipped, None, Some(why.as_str()))),
                    Ending::Unanswered(why) => {
                        Some((Status::Error, Some(FailureKind::Unanswered), None))
                            .filter(|_| v.failure().is_some_and(|f| &f.message == why))
                    }
                    Ending::RestSkipped(_) => {
                        Some((Status::Advisory, Some(FailureKind::Assertion), None))
                    }
                    _ => continue,
                };
                let seen = (v.status(), v.failure().map(|f| f.kind), v.skip_reason());
                assert_eq!(Some(seen), expected, "{ending:?} {steps:?}");
            }
        }
    }

    #[test]
    fn against_the_mock_nothing_that_failed_is_soft_and_nothing_passes_that_did_not_run() {
        for (ending, steps) in every_case() {
            let v = verdict(
                &ending,
                &steps,
                Found::default(),
                Judging::MOCK,
                Basis::Inferred,
            );
            if !matches!(ending, Ending::RestSkipped(_)) {
                assert_ne!(v.status(), Status::Advisory, "{ending:?} {steps:?}");
            }
            if steps != Steps::Passed || ending != Ending::Ran {
                assert_ne!(v.status(), Status::Passed, "{ending:?} {steps:?}");
            }
        }
    }

    #[test]
    fn a_step_without_a_definition_or_a_failed_hook_is_a_setup_failure() {
        let judge = |steps| {
            verdict(
                &Ending::Ran,
                &steps,
                Found::default(),
                SERVICE,
                Basis::Inferred,
            )
        };
        let Verdict::Failed(unmatched) = judge(Steps::Unmatched) else {
            panic!("an unmatched step fails")
        };
        assert_eq!(unmatched.kind, FailureKind::Setup);
        let Verdict::Failed(hook) = judge(Steps::HookFailed("no principal 'x'".into())) else {
            panic!("a failed hook fails")
        };
        assert_eq!(
            (hook.kind, hook.step.as_str(), hook.message.as_str()),
            (FailureKind::Setup, "before hook", "no principal 'x'")
        );
    }

    #[test]
    fn a_trailing_marker_names_the_basis() {
        assert_eq!(
            Basis::marked("the call fails [safety]"),
            Some(Basis::Safety)
        );
        assert_eq!(
            Basis::marked("the error is ConflictException [inferred] "),
            Some(Basis::Inferred)
        );
        assert_eq!(Basis::marked("the response \"a\" equals [1]"), None);
        assert_eq!(Basis::marked("the call succeeds"), None);
        assert_eq!(
            Basis::marked("I have called X with the example request and [safety]:"),
            Some(Basis::Safety)
        );
    }

    #[test]
    fn only_inferred_mismatches_against_a_service_are_soft() {
        let service = Judging {
            kind: EndpointKind::Service,
            strict_drift: false,
        };
        assert!(!service.is_hard(Basis::Inferred));
        for b in [Basis::Contract, Basis::Documented, Basis::Safety] {
            assert!(service.is_hard(b));
        }
        for b in Basis::ALL {
            assert!(Judging::MOCK.is_hard(b));
        }
        assert!(!service.drift_is_hard());
        assert!(Judging::MOCK.drift_is_hard());
    }
}
