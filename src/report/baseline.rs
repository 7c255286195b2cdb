//! Baselines for recurring runs: the failures, errors and advisories a run is known to have, each keyed
//! by scenario, kind, step and reason (ids, accounts, tokens and timestamps in the reason placed as a
//! recording places them, so another run's values do not make it new), and which findings of a run
//! are not in the baseline. A pure function of the outcomes; `read` and `write` handle the file.
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::parity::{Placer, keys};
use crate::runner::{ScenarioOutcome, Status};

/// One finding a run is known to have.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Finding {
    /// `feature path: scenario name`.
    pub scenario: String,
    /// `failed`, `error` or `advisory`.
    pub kind: String,
    /// The step whose expectation it is.
    pub check: String,
    /// What was wrong, its run-specific values placed.
    pub reason: String,
}

/// A baseline file: its findings, sorted.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Baseline {
    pub findings: Vec<Finding>,
}

/// What a run found against its baseline.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Checked {
    pub file: String,
    /// Findings the baseline has: known failures and advisories that still fail.
    pub known: usize,
    /// Findings it does not, and every error (what could not be judged is never known): they fail the
    /// run.
    pub new: Vec<Finding>,
    /// Findings the baseline has that this run did not have: fixed, or not run (`--baseline-update`
    /// drops them).
    pub fixed: Vec<Finding>,
}

fn placed(text: &str) -> String {
    Placer::new(Default::default()).text(text)
}

/// Every failure, error and advisory of the scenarios.
pub fn findings(scenarios: &[ScenarioOutcome]) -> Vec<Finding> {
    let mut out = Vec::new();
    let keys = keys(
        scenarios
            .iter()
            .map(|s| (s.feature_path.as_str(), s.name.as_str(), s.line)),
    );
    for (s, scenario) in scenarios.iter().zip(keys) {
        let kind = match s.status() {
            Status::Failed => Some("failed"),
            Status::Error => Some("error"),
            _ => None,
        };
        if let (Some(kind), Some(f)) = (kind, s.failure()) {
            out.push(Finding {
                scenario: scenario.clone(),
                kind: kind.into(),
                check: f.step.clone(),
                reason: placed(&f.message),
            });
        }
        out.extend(s.advisories.iter().map(|a| Finding {
            scenario: scenario.clone(),
            kind: "advisory".into(),
            check: a.step.clone(),
            reason: placed(&a.message),
        }));
    }
    out.sort();
    out.dedup();
    out
}

/// The kind of finding that is never known: a scenario nothing could be judged in.
const ERROR: &str = "error";

/// The findings of `scenarios` the baseline lacks (errors always), and those it has that the run did not.
pub fn check(baseline: &Baseline, file: &str, scenarios: &[ScenarioOutcome]) -> Checked {
    let all = findings(scenarios);
    let fixed = baseline
        .findings
        .iter()
        .filter(|f| f.kind != ERROR && !all.contains(f))
        .cloned()
        .collect();
    let (known, new): (Vec<Finding>, Vec<Finding>) = all
        .into_iter()
        .partition(|f| f.kind != ERROR && baseline.findings.contains(f));
    Checked {
        file: file.to_string(),
        known: known.len(),
        new,
        fixed,
    }
}

/// Reads a baseline file.
pub fn read(path: &Path) -> Result<Baseline, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read the baseline {}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| {
        format!(
            "{} is not a baseline (write one with --baseline-update): {e}",
            path.display()
        )
    })
}

/// Writes the baseline of `scenarios` to `path`.
pub fn write(path: &Path, scenarios: &[ScenarioOutcome]) -> Result<usize, String> {
    // An error is never known: a baseline holds what failed, not what could not be judged.
    let baseline = Baseline {
        findings: findings(scenarios)
            .into_iter()
            .filter(|f| f.kind != ERROR)
            .collect(),
    };
    let mut text = serde_json::to_string_pretty(&baseline).map_err(|e| e.to_string())?;
    text.push('\n');
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    std::fs::write(path, text)
        .map_err(|e| format!("cannot write the baseline {}: {e}", path.display()))?;
    Ok(baseline.findings.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runner::outcome::{Failure, FailureKind, ScenarioMeta, Verdict};
    use crate::runner::verdict::Basis;

    fn failed(message: &str) -> ScenarioOutcome {
        let mut s = ScenarioOutcome::skipped(
            ScenarioMeta {
                feature_path: "f.feature".into(),
                name: "s".into(),
                ..ScenarioMeta::default()
            },
            "x",
        );
        s.verdict = Verdict::Failed(Failure {
            kind: FailureKind::Assertion,
            basis: Basis::Documented,
            step: "the call succeeds".into(),
            message: message.into(),
        });
        s
    }

    #[test]
    fn a_finding_with_other_ids_is_known_and_another_reason_is_new() {
        let baseline = Baseline {
            findings: findings(&[failed(
                "GetRelationship failed with 404: rs-aaaaaaaaaaaaa not found",
            )]),
        };
        let again = check(
            &baseline,
            "b.json",
            &[failed(
                "GetRelationship failed with 404: rs-bbbbbbbbbbbbb not found",
            )],
        );
        assert_eq!((again.known, again.new.len()), (1, 0));
        let other = check(
            &baseline,
            "b.json",
            &[failed(
                "GetRelationship failed with 400 ValidationException",
            )],
        );
        assert_eq!((other.known, other.new.len()), (0, 1));
        assert_eq!(other.fixed, baseline.findings, "the 404 no longer fails");
    }

    #[test]
    fn an_error_is_never_known_nor_written() {
        let mut unanswered = failed("GetRelationship could not be called: connection refused");
        let Verdict::Failed(f) = unanswered.verdict.clone() else {
            unreachable!()
        };
        unanswered.verdict = Verdict::Error(Failure {
            kind: FailureKind::Unanswered,
            ..f
        });
        let baseline = Baseline {
            findings: findings(std::slice::from_ref(&unanswered)),
        };
        assert_eq!(baseline.findings[0].kind, "error");
        let again = check(&baseline, "b.json", &[unanswered.clone()]);
        assert_eq!((again.known, again.new.len()), (0, 1));
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("b.json");
        assert_eq!(write(&file, &[unanswered]), Ok(0));
    }
}
