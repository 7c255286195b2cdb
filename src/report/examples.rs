//! AWS's documented examples as a run held answers to them: each example sent, the scenario that sent
//! it, and where the answer departed from the example's form. Against the mock these are the mock's
//! parity gaps with what AWS published; against a service, the service's own departures. A pure
//! function of the scenarios' recorded checks.
use serde::Serialize;

use crate::{
    runner::{ScenarioOutcome, outcome::Check},
    spec::examples::form::FormGap,
};

/// Every documented example a run sent and held an answer to.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Examples {
    /// How many answers were held to an example.
    pub held: usize,
    /// The ones that departed from their example, each with where.
    pub gaps: Vec<ExampleGap>,
}

/// One answer that departed from AWS's example.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ExampleGap {
    /// AWS's title: `Example for ListChannelHandshakes - REVOKE_SERVICE_PERIOD`.
    pub example: String,
    /// `feature path: scenario name`.
    pub scenario: String,
    pub operation: String,
    pub gaps: Vec<FormGap>,
}

/// The examples the scenarios held answers to; `None` when no scenario sent one.
pub fn collect(scenarios: &[ScenarioOutcome]) -> Option<Examples> {
    let mut held = 0;
    let mut gaps = Vec::new();
    for s in scenarios {
        for e in &s.exchanges {
            for c in &e.checks {
                let Check::Form {
                    example,
                    gaps: found,
                } = c
                else {
                    continue;
                };
                held += 1;
                if !found.is_empty() {
                    gaps.push(ExampleGap {
                        example: example.clone(),
                        scenario: format!("{}: {}", s.feature_path, s.name),
                        operation: e.operation.clone(),
                        gaps: found.clone(),
                    });
                }
            }
        }
    }
    (held > 0).then_some(Examples { held, gaps })
}
