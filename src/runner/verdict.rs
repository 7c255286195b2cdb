//! How much a mismatch weighs: the basis of each assertion, the kind of endpoint, advisory findings and drift.
use serde::Serialize;

use crate::spec::Violation;

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
