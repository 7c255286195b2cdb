//! `junit.xml`: one testsuite per feature, one testcase per scenario.
use std::collections::BTreeMap;

use super::Report;
use crate::runner::{ScenarioOutcome, Status};

pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\r' | '\t') => {}
            c => out.push(c),
        }
    }
    out
}

/// The whole file: `tests` counts every scenario; `failures` the failed and `skipped` the skipped ones,
/// so passed + advisory + drift = tests − failures − skipped, as in the report's totals. Advisory and
/// drift test cases pass, and say what they are in properties and system-out.
pub fn render(report: &Report) -> String {
    let mut by_feature: BTreeMap<&str, Vec<&ScenarioOutcome>> = BTreeMap::new();
    for s in &report.scenarios {
        by_feature.entry(s.feature.as_str()).or_default().push(s);
    }
    let t = &report.totals;
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!(
        "<testsuites name=\"pcc-conformance\" tests=\"{}\" failures=\"{}\" skipped=\"{}\" time=\"{:.3}\">\n",
        t.scenarios,
        t.failed,
        t.skipped,
        report.run.duration_ms as f64 / 1000.0
    ));
    for (feature, scenarios) in by_feature {
        out.push_str(&suite(feature, &scenarios));
    }
    out.push_str("</testsuites>\n");
    out
}

fn count(scenarios: &[&ScenarioOutcome], status: Status) -> usize {
    scenarios.iter().filter(|s| s.status == status).count()
}

fn suite(feature: &str, scenarios: &[&ScenarioOutcome]) -> String {
    let time: f64 = scenarios.iter().map(|s| s.duration.as_secs_f64()).sum();
    let mut out = format!(
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" skipped=\"{}\" time=\"{time:.3}\">\n",
        escape(feature),
        scenarios.len(),
        count(scenarios, Status::Failed),
        count(scenarios, Status::Skipped),
    );
    out.push_str(&format!(
        "    <properties>\n      <property name=\"advisory\" value=\"{}\"/>\n      <property name=\"drift\" value=\"{}\"/>\n    </properties>\n",
        count(scenarios, Status::Advisory),
        count(scenarios, Status::Drift)
    ));
    for s in scenarios {
        out.push_str(&format!(
            "    <testcase classname=\"{}\" name=\"{}\" time=\"{:.3}\"",
            escape(feature),
            escape(&s.name),
            s.duration.as_secs_f64()
        ));
        out.push_str(&testcase_body(s));
    }
    out.push_str("  </testsuite>\n");
    out
}

fn testcase_body(s: &ScenarioOutcome) -> String {
    match (s.status, &s.failure) {
        (Status::Failed, Some(f)) => {
            let kind = format!("{:?}", f.kind).to_lowercase();
            let mut detail = format!("[{}] {}", f.basis, f.message);
            for v in &s.violations {
                detail.push_str(&format!("\n{} {v}", v.operation));
            }
            format!(
                ">\n      <failure type=\"{kind}\" message=\"{}\">{}</failure>\n    </testcase>\n",
                escape(f.message.lines().next().unwrap_or("")),
                escape(&detail)
            )
        }
        (Status::Skipped, _) => format!(
            ">\n      <skipped message=\"{}\"/>\n    </testcase>\n",
            escape(s.skip_reason.as_deref().unwrap_or(""))
        ),
        (Status::Advisory | Status::Drift, _) => format!(
            ">\n      <properties>\n        <property name=\"verdict\" value=\"{}\"/>\n      </properties>\n      <system-out>{}</system-out>\n    </testcase>\n",
            s.status.as_str(),
            escape(&findings_text(s))
        ),
        _ => "/>\n".into(),
    }
}

/// What an advisory or drift test case found, one line each.
fn findings_text(s: &ScenarioOutcome) -> String {
    let mut lines: Vec<String> = s
        .advisories
        .iter()
        .map(|a| format!("advisory [{}] {}: {}", a.basis, a.step, a.message))
        .collect();
    if s.status == Status::Advisory
        && let Some(f) = &s.failure
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
