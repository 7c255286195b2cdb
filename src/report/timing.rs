//! Where a run's time went: its slowest scenarios, each split into calls, waits between attempts,
//! the runner's own work and cleanup, with when it started (a late start on the critical path shows).
use serde::Serialize;

use crate::runner::ScenarioOutcome;

/// How many of the slowest scenarios a report lists.
pub const SLOWEST: usize = 10;

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct SlowScenario {
    pub feature_path: String,
    pub line: usize,
    pub name: String,
    /// Tagged `@serial`: it held its own family of resources alone (beside scenarios of other families).
    pub serial: bool,
    pub started_ms: u64,
    /// Steps and cleanup.
    pub total_ms: u64,
    pub calls: usize,
    /// Attempts beyond the first, over all calls.
    pub retries: usize,
    /// Time inside calls, their retries and any wait between attempts included.
    pub calls_ms: u64,
    /// Steps' own work: building requests, checking answers, the feature runner.
    pub runner_ms: u64,
    pub cleanup_ms: u64,
}

/// The `n` scenarios that took longest (steps and cleanup), slowest first.
pub fn slowest(scenarios: &[ScenarioOutcome], n: usize) -> Vec<SlowScenario> {
    let mut all: Vec<SlowScenario> = scenarios.iter().map(split).collect();
    all.sort_by(|a, b| b.total_ms.cmp(&a.total_ms).then(a.line.cmp(&b.line)));
    all.truncate(n);
    all
}

fn split(s: &ScenarioOutcome) -> SlowScenario {
    let steps_ms = s.duration.as_millis() as u64;
    let calls_ms: u64 = s.exchanges.iter().map(|e| e.elapsed_ms).sum();
    let cleanup_ms = s.cleanup.as_millis() as u64;
    SlowScenario {
        feature_path: s.feature_path.clone(),
        line: s.line,
        name: s.name.clone(),
        serial: s.tags.iter().any(|t| t == "serial"),
        started_ms: s.started.as_millis() as u64,
        total_ms: steps_ms + cleanup_ms,
        calls: s.exchanges.len(),
        retries: s
            .exchanges
            .iter()
            .map(|e| e.attempts.len().saturating_sub(1))
            .sum(),
        calls_ms,
        runner_ms: steps_ms.saturating_sub(calls_ms),
        cleanup_ms,
    }
}
