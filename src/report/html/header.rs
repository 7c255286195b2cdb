//! The page's head: the verdict, the totals, and where and how the run ran.
use maud::{Markup, html};

use crate::report::Report;

pub fn verdict(r: &Report) -> &'static str {
    if r.failed() { "FAILED" } else { "PASSED" }
}

pub fn render(r: &Report) -> Markup {
    let t = &r.totals;
    let run = &r.run;
    let class = if r.failed() {
        "verdict failed"
    } else {
        "verdict passed"
    };
    html! {
        header {
            h1 { "Conformance report " span class=(class) { (verdict(r)) } }
            div.totals {
                span { (t.scenarios) " scenarios" }
                span style="color: var(--ok)" { (t.passed) " passed" }
                span style="color: var(--bad)" { (t.failed) " failed" }
                span style="color: var(--bad)" { (t.errors) " error" }
                span style="color: var(--warn)" { (t.advisory) " advisory" }
                span style="color: var(--drift)" { (t.drift) " drift" }
                span style="color: var(--skip)" { (t.skipped) " skipped" }
                span { (t.violations) " contract violations in " (t.requests) " requests" }
                span { "coverage " (r.coverage.percent) "%" }
            }
            @let why = r.why_failed();
            @if !why.is_empty() {
                ul.why { @for w in &why { li { (w) } } }
            }
            dl.meta {
                dt { "endpoint" } dd { (run.endpoint) }
                dt { "kind" } dd title=(run.endpoint_kind_reason) { (format!("{:?}", run.endpoint_kind).to_lowercase()) " (" (run.endpoint_kind_reason) ")" }
                dt { "catalog" } dd { (run.catalog) }
                dt { "region" } dd { (run.region) }
                @for (svc, reach) in &run.services {
                    dt { (service_title(svc)) } dd { (reach.endpoint) " (signed " (reach.signing) " for " (reach.region) ")" }
                }
                dt { "started" } dd { (run.started_at) }
                dt { "duration" } dd { (format!("{:.2} s", run.duration_ms as f64 / 1000.0)) }
                dt { "model" } dd { (r.model.source) }
            }
        }
    }
}

/// How a service is named to a reader: `channel` is the Channel API.
fn service_title(key: &str) -> String {
    let mut name: Vec<char> = key.chars().collect();
    if let Some(first) = name.first_mut() {
        *first = first.to_ascii_uppercase();
    }
    format!("{} API", name.into_iter().collect::<String>())
}
