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

pub fn render(report: &Report) -> String {
    let mut by_feature: BTreeMap<&str, Vec<&ScenarioOutcome>> = BTreeMap::new();
    for s in &report.scenarios {
        by_feature.entry(s.feature.as_str()).or_default().push(s);
    }
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!(
        "<testsuites name=\"pcc-conformance\" tests=\"{}\" failures=\"{}\" skipped=\"{}\" time=\"{:.3}\">\n",
        report.totals.scenarios,
        report.totals.failed,
        report.totals.skipped,
        report.run.duration_ms as f64 / 1000.0
    ));
    for (feature, scenarios) in by_feature {
        let failures = scenarios
            .iter()
            .filter(|s| s.status == Status::Failed)
            .count();
        let skipped = scenarios
            .iter()
            .filter(|s| s.status == Status::Skipped)
            .count();
        let time: f64 = scenarios.iter().map(|s| s.duration.as_secs_f64()).sum();
        out.push_str(&format!(
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{failures}\" skipped=\"{skipped}\" time=\"{time:.3}\">\n",
            escape(feature),
            scenarios.len()
        ));
        for s in scenarios {
            out.push_str(&format!(
                "    <testcase classname=\"{}\" name=\"{}\" time=\"{:.3}\"",
                escape(feature),
                escape(&s.name),
                s.duration.as_secs_f64()
            ));
            match (&s.status, &s.failure) {
                (Status::Failed, Some(f)) => {
                    out.push_str(">\n");
                    let kind = format!("{:?}", f.kind).to_lowercase();
                    let mut detail = f.message.clone();
                    for v in &s.violations {
                        detail.push_str(&format!("\n{} {v}", v.operation));
                    }
                    out.push_str(&format!(
                        "      <failure type=\"{kind}\" message=\"{}\">{}</failure>\n",
                        escape(f.message.lines().next().unwrap_or("")),
                        escape(&detail)
                    ));
                    out.push_str("    </testcase>\n");
                }
                (Status::Skipped, _) => out.push_str(&format!(
                    ">\n      <skipped message=\"{}\"/>\n    </testcase>\n",
                    escape(s.skip_reason.as_deref().unwrap_or(""))
                )),
                (Status::Advisory, f) => out.push_str(&format!(
                    ">\n      <skipped message=\"advisory: {}\"/>\n    </testcase>\n",
                    escape(
                        f.as_ref()
                            .map_or("", |f| f.message.lines().next().unwrap_or(""))
                    )
                )),
                _ => out.push_str("/>\n"),
            }
        }
        out.push_str("  </testsuite>\n");
    }
    out.push_str("</testsuites>\n");
    out
}
