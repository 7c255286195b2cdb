//! The report as a data model, and its writers (JSON, JUnit XML, Markdown, HTML, HAR) as pure functions.
pub mod baseline;
pub mod client;
pub mod coverage;
pub mod examples;
pub mod har;
pub mod html;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod parity;
pub mod retries;
pub mod spec_diff;
pub mod timing;

use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
};

use serde::Serialize;

use crate::{
    runner::{CHECK_KINDS, EndpointKind, RunOutcome, ScenarioOutcome, Status, outcome::Leftover},
    spec::{Catalog, Contract},
};

/// The version of the report's JSON structure (docs/reports.md documents it).
pub const REPORT_VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    pub report_version: u32,
    pub tool: Tool,
    pub model: Model,
    pub run: RunInfo,
    pub totals: Totals,
    /// One row per operation of the contract; one cell per check kind.
    pub matrix: Vec<MatrixRow>,
    pub scenarios: Vec<ScenarioOutcome>,
    /// The slowest scenarios and where their time went.
    pub slowest: Vec<timing::SlowScenario>,
    pub leftovers: Vec<Leftover>,
    pub runner_errors: Vec<String>,
    /// What the run exercised of what the contract defines, per operation.
    pub coverage: coverage::Coverage,
    /// With `--compare`: the differences from a recording.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parity: Option<parity::Parity>,
    /// AWS's documented examples the run held answers to, and where answers departed from them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub examples: Option<examples::Examples>,
    /// With `--baseline`: the findings the baseline has, and those it does not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baseline: Option<baseline::Checked>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Tool {
    pub name: String,
    pub version: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Model {
    pub source: String,
    pub api_versions: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RunInfo {
    pub endpoint: String,
    pub against_mock: bool,
    /// `run --seed` with it sends the same made-up values again.
    pub seed: u64,
    /// `mock` (judged strictly) or `service` (inferred mismatches advisory, drift apart).
    pub endpoint_kind: EndpointKind,
    /// Why the endpoint was judged as that kind.
    pub endpoint_kind_reason: String,
    pub catalog: String,
    pub region: String,
    /// Per service: where it was reached and how it was signed.
    pub services: std::collections::BTreeMap<String, crate::runner::outcome::ServiceReach>,
    pub started_at: String,
    pub duration_ms: u64,
    pub scenarios_per_second: f64,
}

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Totals {
    pub scenarios: usize,
    pub passed: usize,
    pub failed: usize,
    pub skipped: usize,
    /// Scenarios whose only failures were inferred expectations, against a service: not failing the run.
    pub advisory: usize,
    /// Scenarios that passed but saw members or enum values the model lacks (against a service).
    pub drift: usize,
    /// Scenarios nothing could be judged in: a call got no answer of the service, or the runner failed.
    pub errors: usize,
    pub contract_failures: usize,
    pub violations: usize,
    pub requests: usize,
}

#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq, Eq)]
pub struct Cell {
    /// Passed, drift included.
    pub passed: usize,
    pub failed: usize,
    pub advisory: usize,
    /// Ended in error: no answer to judge (a transport failure, a timeout), so no verdict.
    pub errors: usize,
}

impl Cell {
    fn count(&mut self, status: Status) {
        match status {
            Status::Passed | Status::Drift => self.passed += 1,
            Status::Failed => self.failed += 1,
            Status::Error => self.errors += 1,
            Status::Advisory => self.advisory += 1,
            Status::Skipped => {}
        }
    }
}

impl Totals {
    fn of(scenarios: &[ScenarioOutcome]) -> Totals {
        let mut totals = Totals {
            scenarios: scenarios.len(),
            ..Totals::default()
        };
        for s in scenarios {
            match s.status() {
                Status::Passed => totals.passed += 1,
                Status::Failed => totals.failed += 1,
                Status::Skipped => totals.skipped += 1,
                Status::Advisory => totals.advisory += 1,
                Status::Drift => totals.drift += 1,
                Status::Error => totals.errors += 1,
            }
            if s.status() == Status::Failed
                && s.failure()
                    .as_ref()
                    .is_some_and(|f| f.kind == crate::runner::FailureKind::Contract)
            {
                totals.contract_failures += 1;
            }
            totals.violations += s.violations.len();
            totals.requests += s.exchanges.len();
        }
        totals
    }
}

fn matrix(outcome: &RunOutcome, catalog: &Catalog) -> Vec<MatrixRow> {
    catalog
        .operations
        .iter()
        .map(|op| {
            let mut checks = BTreeMap::new();
            for kind in CHECK_KINDS {
                let mut cell = Cell::default();
                for s in outcome.scenarios.iter().filter(|s| {
                    s.operations.contains(&op.name) && s.checks.iter().any(|c| c == kind)
                }) {
                    cell.count(s.status());
                }
                checks.insert(kind.to_string(), cell);
            }
            MatrixRow {
                operation: op.name.clone(),
                checks,
            }
        })
        .collect()
}

#[derive(Debug, Clone, Serialize)]
pub struct MatrixRow {
    pub operation: String,
    pub checks: BTreeMap<String, Cell>,
}

impl Report {
    /// Builds the report of a run. `tool_version` is passed in so that the writers stay pure and testable.
    pub fn new(outcome: &RunOutcome, contract: &Contract, tool_version: &str) -> Report {
        let catalog = &contract.catalog;
        let totals = Totals::of(&outcome.scenarios);
        let matrix = matrix(outcome, catalog);
        let secs = outcome.duration.as_secs_f64();
        Report {
            report_version: REPORT_VERSION,
            tool: Tool {
                name: "pcc-conformance".into(),
                version: tool_version.into(),
            },
            model: Model {
                source: catalog.model_source.clone(),
                api_versions: catalog
                    .services
                    .iter()
                    .map(|(k, s)| (k.clone(), s.api_version.clone()))
                    .collect(),
            },
            run: RunInfo {
                endpoint: outcome.endpoint.clone(),
                against_mock: outcome.against_mock,
                seed: outcome.seed,
                endpoint_kind: outcome.endpoint_kind,
                endpoint_kind_reason: outcome.endpoint_kind_reason.clone(),
                catalog: outcome.catalog.clone(),
                region: outcome.region.clone(),
                services: outcome.services.clone(),
                started_at: outcome.started_at.clone(),
                duration_ms: outcome.duration.as_millis() as u64,
                scenarios_per_second: if secs > 0.0 {
                    (outcome.scenarios.len() as f64 / secs * 10.0).round() / 10.0
                } else {
                    0.0
                },
            },
            totals,
            matrix,
            scenarios: outcome.scenarios.clone(),
            slowest: timing::slowest(&outcome.scenarios, timing::SLOWEST),
            leftovers: outcome.leftovers.clone(),
            runner_errors: outcome.runner_errors.clone(),
            coverage: coverage::measure(contract, &outcome.scenarios),
            parity: None,
            examples: examples::collect(&outcome.scenarios),
            baseline: None,
        }
    }

    /// Whether the run failed: a scenario failed or ended in error (with a baseline: one the baseline
    /// does not have, or a new advisory), the runner failed, or a parity gap is not a known one.
    pub fn failed(&self) -> bool {
        let findings = match &self.baseline {
            Some(b) => !b.new.is_empty(),
            None => self.totals.failed > 0 || self.totals.errors > 0,
        };
        let gaps = self.parity.as_ref().is_some_and(|p| !p.gaps.is_empty());
        findings || gaps || !self.runner_errors.is_empty() || self.nothing_judged()
    }

    /// Why the run failed, each reason a sentence (none when it passed), in the order a reader checks.
    pub fn why_failed(&self) -> Vec<String> {
        let t = &self.totals;
        let mut why: Vec<String> = self.runner_errors.clone();
        match &self.baseline {
            Some(b) if !b.new.is_empty() => why.push(format!(
                "{} finding(s) the baseline does not know",
                b.new.len()
            )),
            Some(_) => {}
            None => {
                if t.failed > 0 {
                    why.push(format!("{} scenario(s) failed", t.failed));
                }
                if t.errors > 0 {
                    why.push(format!(
                        "{} scenario(s) ended in error: no answer to judge (a transport failure or a timeout), not a defect found",
                        t.errors
                    ));
                }
            }
        }
        if let Some(p) = self.parity.as_ref().filter(|p| !p.gaps.is_empty()) {
            why.push(format!("{} parity gap(s) not known", p.gaps.len()));
        }
        if self.nothing_judged() {
            why.push("not one scenario came to a verdict on the endpoint".into());
        }
        why
    }

    /// Whether the run ran scenarios and none of them came to a verdict on the endpoint (every one
    /// failed, erred or was skipped): such a run is never green, baseline or not.
    pub fn nothing_judged(&self) -> bool {
        let t = &self.totals;
        t.scenarios > 0 && t.passed + t.drift + t.advisory == 0
    }

    /// Every advisory finding, with the scenario it came from.
    pub fn advisories(&self) -> impl Iterator<Item = (&ScenarioOutcome, AdvisoryView<'_>)> {
        self.scenarios.iter().flat_map(|s| {
            let failed_softly = (s.status() == Status::Advisory)
                .then_some(s.failure())
                .flatten()
                .map(|f| AdvisoryView {
                    basis: f.basis.as_str(),
                    step: &f.step,
                    message: &f.message,
                });
            s.advisories
                .iter()
                .map(|a| AdvisoryView {
                    basis: a.basis.as_str(),
                    step: &a.step,
                    message: &a.message,
                })
                .chain(failed_softly)
                .map(move |a| (s, a))
        })
    }

    /// Every drift finding, with the scenario it came from.
    pub fn drift(
        &self,
    ) -> impl Iterator<Item = (&ScenarioOutcome, &crate::runner::verdict::Drift)> {
        self.scenarios
            .iter()
            .flat_map(|s| s.drift.iter().map(move |d| (s, d)))
    }
}

/// One advisory finding as the writers show it: an inferred expectation that did not hold.
#[derive(Debug, Clone, Copy)]
pub struct AdvisoryView<'a> {
    pub basis: &'a str,
    pub step: &'a str,
    pub message: &'a str,
}

/// Writes `report.json`, `junit.xml` and `report.md` into `dir`, creating it.
/// Writes the client report: `path` (JSON) and, beside it, the Markdown (`.md`), JUnit (`.xml`) and HTML
/// versions.
pub fn write_client(report: &client::ClientReport, path: &Path) -> std::io::Result<Vec<PathBuf>> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let files = [
        (path.to_path_buf(), report.json()),
        (path.with_extension("md"), report.markdown()),
        (path.with_extension("xml"), report.junit()),
        (path.with_extension("html"), html::client::render(report)),
    ];
    for (p, text) in &files {
        std::fs::write(p, text)?;
    }
    Ok(files.into_iter().map(|(p, _)| p).collect())
}

pub fn write_all(report: &Report, dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let files = [
        ("report.json", json::render(report)),
        ("junit.xml", junit::render(report)),
        ("report.md", markdown::render(report)),
        ("report.html", html::render(report)),
    ];
    let mut written = Vec::new();
    for (name, text) in files {
        let path = dir.join(name);
        std::fs::write(&path, text)?;
        written.push(path);
    }
    Ok(written)
}
