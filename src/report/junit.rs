//! `junit.xml`: one testsuite per feature, one testcase per scenario, written with `quick-junit`.
//! `tests` counts every scenario, `failures` the failed and `skipped` the skipped ones, so passed +
//! advisory + drift = tests − failures − skipped, as in the report's totals. Advisory and drift test
//! cases pass, and say what they are in a `verdict` property and their system-out; each suite counts them
//! in `advisory` and `drift` properties.
use std::collections::BTreeMap;

use quick_junit::{NonSuccessKind, Property, TestCase, TestCaseStatus, TestSuite};

use super::Report;
use crate::runner::{ScenarioOutcome, Status};

/// The whole file.
pub fn render(report: &Report) -> String {
    let mut by_feature: BTreeMap<&str, Vec<&ScenarioOutcome>> = BTreeMap::new();
    for s in &report.scenarios {
        by_feature.entry(s.feature.as_str()).or_default().push(s);
    }
    let mut junit = quick_junit::Report::new("pcc-conformance");
    junit.set_time(std::time::Duration::from_millis(report.run.duration_ms));
    for (feature, scenarios) in by_feature {
        junit.add_test_suite(suite(feature, &scenarios));
    }
    to_xml(&junit)
}

/// The XML text; a report quick-junit cannot write (it never should) says so in a comment.
pub fn to_xml(junit: &quick_junit::Report) -> String {
    junit
        .to_string()
        .unwrap_or_else(|e| format!("<!-- the JUnit report could not be written: {e} -->\n"))
}

fn count(scenarios: &[&ScenarioOutcome], status: Status) -> usize {
    scenarios.iter().filter(|s| s.status() == status).count()
}

fn suite(feature: &str, scenarios: &[&ScenarioOutcome]) -> TestSuite {
    let mut suite = TestSuite::new(feature);
    suite.set_time(scenarios.iter().map(|s| s.duration).sum());
    for (name, status) in [("advisory", Status::Advisory), ("drift", Status::Drift)] {
        suite.add_property(Property::new(name, count(scenarios, status).to_string()));
    }
    for s in scenarios {
        let mut case = TestCase::new(s.name.as_str(), status(s));
        case.set_classname(feature).set_time(s.duration);
        if matches!(s.status(), Status::Advisory | Status::Drift) {
            case.add_property(Property::new("verdict", s.status().as_str()));
            case.set_system_out(findings_text(s));
        }
        suite.add_test_case(case);
    }
    suite
}

fn status(s: &ScenarioOutcome) -> TestCaseStatus {
    match (s.status(), s.failure()) {
        (Status::Failed, Some(f)) => {
            let mut detail = format!("[{}] {}", f.basis, f.message);
            for v in &s.violations {
                detail.push_str(&format!("\n{} {v}", v.operation));
            }
            let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
            status
                .set_type(format!("{:?}", f.kind).to_lowercase())
                .set_message(f.message.lines().next().unwrap_or(""))
                .set_description(detail);
            status
        }
        (Status::Failed, None) => TestCaseStatus::non_success(NonSuccessKind::Failure),
        (Status::Error, f) => {
            let mut status = TestCaseStatus::non_success(NonSuccessKind::Error);
            let message = f.as_ref().map_or("", |f| f.message.as_str());
            status
                .set_type("unanswered")
                .set_message(message.lines().next().unwrap_or(""));
            status
        }
        (Status::Skipped, _) => {
            let mut status = TestCaseStatus::skipped();
            status.set_message(s.skip_reason().unwrap_or(""));
            status
        }
        _ => TestCaseStatus::success(),
    }
}

/// What an advisory or drift test case found, one line each.
fn findings_text(s: &ScenarioOutcome) -> String {
    let mut lines: Vec<String> = s
        .advisories
        .iter()
        .map(|a| format!("advisory [{}] {}: {}", a.basis, a.step, a.message))
        .collect();
    if s.status() == Status::Advisory
        && let Some(f) = s.failure()
    {
        lines.push(format!("advisory [{}] {}: {}", f.basis, f.step, f.message));
    }
    lines.extend(s.drift.iter().map(|d| {
        format!(
            "drift {} {} {:?} {}: {}",
            d.operation, d.path, d.kind, d.value, d.hint
        )
    }));
    lines.join("\n")
}
