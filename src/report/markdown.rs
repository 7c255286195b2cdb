//! `report.md`: totals, the operation × check matrix, every failure with its exchange, run metadata.
use super::Report;
use crate::runner::{CHECK_KINDS, Status};

fn cell(passed: usize, failed: usize) -> String {
    match (passed, failed) {
        (0, 0) => "·".into(),
        (p, 0) => format!("✅ {p}"),
        (p, f) => format!("❌ {f}/{}", p + f),
    }
}

fn code(v: &serde_json::Value) -> String {
    serde_json::to_string_pretty(v).unwrap_or_default()
}

pub fn render(r: &Report) -> String {
    let mut out = String::new();
    let verdict = if r.failed() { "FAILED" } else { "PASSED" };
    out.push_str(&format!("# Conformance report: {verdict}\n\n"));
    out.push_str(&format!(
        "{} scenarios: {} passed, {} failed, {} skipped, {} advisory; {} contract violations in {} requests.\n\n",
        r.totals.scenarios,
        r.totals.passed,
        r.totals.failed,
        r.totals.skipped,
        r.totals.advisory,
        r.totals.violations,
        r.totals.requests
    ));
    out.push_str("## Operations × checks\n\n| operation |");
    for k in CHECK_KINDS {
        out.push_str(&format!(" {k} |"));
    }
    out.push_str("\n|---|");
    for _ in CHECK_KINDS {
        out.push_str("---|");
    }
    out.push('\n');
    for row in &r.matrix {
        out.push_str(&format!("| {} |", row.operation));
        for k in CHECK_KINDS {
            let c = row.checks.get(k).copied().unwrap_or_default();
            out.push_str(&format!(" {} |", cell(c.passed, c.failed)));
        }
        out.push('\n');
    }
    out.push('\n');
    let failed: Vec<_> = r
        .scenarios
        .iter()
        .filter(|s| s.status == Status::Failed)
        .collect();
    if !failed.is_empty() {
        out.push_str("## Failures\n\n");
        for s in failed {
            out.push_str(&format!(
                "### {} — {} ({}:{})\n\n",
                s.feature, s.name, s.feature_path, s.line
            ));
            if let Some(f) = &s.failure {
                out.push_str(&format!(
                    "- kind: {:?}\n- message: {}\n",
                    f.kind,
                    f.message.replace('\n', " ")
                ));
            }
            if !s.violations.is_empty() {
                out.push_str(
                    "\n| operation | path | rule | expected | actual |\n|---|---|---|---|---|\n",
                );
                for v in &s.violations {
                    let path = if v.path.is_empty() { "$" } else { &v.path };
                    out.push_str(&format!(
                        "| {} | `{}` | {} | {} | {} |\n",
                        v.operation,
                        path,
                        v.rule,
                        v.expected.replace('|', "\\|"),
                        v.actual.replace('|', "\\|")
                    ));
                }
            }
            if let Some(x) = s.exchanges.last() {
                out.push_str(&format!(
                    "\nLast exchange: {} as {} → {} {}\n\n```json\n{}\n```\n\n```json\n{}\n```\n",
                    x.operation,
                    x.principal,
                    x.status,
                    x.error_type.clone().unwrap_or_default(),
                    code(&x.request),
                    code(&x.response)
                ));
            }
            out.push('\n');
        }
    }
    let advisory: Vec<_> = r
        .scenarios
        .iter()
        .filter(|s| s.status == Status::Advisory)
        .collect();
    if !advisory.is_empty() {
        out.push_str("## Advisories (inferred rules the endpoint does not follow)\n\n");
        for s in advisory {
            let why = s
                .failure
                .as_ref()
                .map_or(String::new(), |f| f.message.replace('\n', " "));
            out.push_str(&format!(
                "- {} — {} ({}:{}): {why}\n",
                s.feature, s.name, s.feature_path, s.line
            ));
        }
        out.push('\n');
    }
    let skipped: Vec<_> = r
        .scenarios
        .iter()
        .filter(|s| s.status == Status::Skipped)
        .collect();
    if !skipped.is_empty() {
        out.push_str("## Skipped\n\n");
        for s in skipped {
            out.push_str(&format!(
                "- {} — {}: {}\n",
                s.feature,
                s.name,
                s.skip_reason.as_deref().unwrap_or("")
            ));
        }
        out.push('\n');
    }
    if !r.leftovers.is_empty() {
        out.push_str("## Resources left behind\n\n");
        for l in &r.leftovers {
            out.push_str(&format!(
                "- {} `{}`: {}\n",
                l.operation, l.identifier, l.reason
            ));
        }
        out.push('\n');
    }
    if !r.runner_errors.is_empty() {
        out.push_str("## Runner errors\n\n");
        for e in &r.runner_errors {
            out.push_str(&format!("- {e}\n"));
        }
        out.push('\n');
    }
    out.push_str("## Run\n\n");
    out.push_str(&format!("- tool: {} {}\n", r.tool.name, r.tool.version));
    out.push_str(&format!("- model: {}\n", r.model.source));
    for (svc, v) in &r.model.api_versions {
        out.push_str(&format!("- {svc} API version: {v}\n"));
    }
    out.push_str(&format!(
        "- endpoint: {}{}\n- catalog: {}\n- region: {}\n- started: {}\n- duration: {} ms\n- scenarios per second: {}\n",
        r.run.endpoint,
        if r.run.against_mock { " (embedded mock)" } else { "" },
        r.run.catalog,
        r.run.region,
        r.run.started_at,
        r.run.duration_ms,
        r.run.scenarios_per_second
    ));
    out
}
