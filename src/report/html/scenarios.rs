//! Every failure in full (basis, step, violations, exchanges), and the list of all scenarios with the
//! filters (status, tag, search) that narrow it.
use std::collections::{BTreeMap, BTreeSet};

use maud::{Markup, html};

use super::exchange;
use crate::{
    report::Report,
    runner::{ScenarioOutcome, Status},
};

fn badge(status: Status) -> Markup {
    html! { span class=(format!("badge {}", status.as_str())) { (status.as_str()) } }
}

/// Which call and attempt of the scenario answered with `v` (`call 2, attempt 1 of 3`); requests the
/// client checked itself name no attempt.
fn where_found(s: &ScenarioOutcome, v: &crate::spec::Violation) -> String {
    for (i, e) in s.exchanges.iter().enumerate() {
        if let Some(k) = e.attempts.iter().position(|a| a.violations.contains(v)) {
            return match e.attempts.len() {
                1 => format!("call {}", i + 1),
                n => format!("call {}, attempt {} of {n}", i + 1, k + 1),
            };
        }
    }
    String::new()
}

fn violations(s: &ScenarioOutcome) -> Markup {
    html! {
        @if !s.violations.is_empty() {
            table.violations {
                thead { tr { th { "operation" } th { "where" } th { "path" } th { "rule" } th { "expected" } th { "actual" } } }
                tbody {
                    @for v in &s.violations {
                        tr { td { (v.operation) } td { (where_found(s, v)) } td { code { (v.path) } } td { (v.rule.as_str()) } td { (v.expected) } td { (v.actual) } }
                    }
                }
            }
        }
    }
}

/// One failed scenario, whole.
fn failure(s: &ScenarioOutcome) -> Markup {
    html! {
        div.failure data-feature=(s.feature_path) {
            h3 { (s.feature) ": " (s.name) }
            div { code { (s.feature_path) ":" (s.line) } }
            @if let Some(f) = s.failure() {
                p {
                    span.basis { (f.basis.to_string()) } " "
                    @if !f.step.is_empty() { "step " code { (f.step) } ": " }
                    (f.message)
                }
            }
            (violations(s))
            @for (i, e) in s.exchanges.iter().enumerate() {
                (exchange::render(s, e, i + 1 == s.exchanges.len()))
            }
        }
    }
}

/// The scenarios that failed, whole; then those that ended in error, one line per cause with the
/// scenarios it stopped (an endpoint that stops answering stops them all alike).
pub fn failures(r: &Report) -> Markup {
    let failed: Vec<&ScenarioOutcome> = r
        .scenarios
        .iter()
        .filter(|s| s.status() == Status::Failed)
        .collect();
    let mut errors: BTreeMap<&str, Vec<&ScenarioOutcome>> = BTreeMap::new();
    for s in r.scenarios.iter().filter(|s| s.status() == Status::Error) {
        let why = s.failure().map_or("", |f| f.message.as_str());
        errors.entry(why).or_default().push(s);
    }
    html! {
        h2 #failures { "Failures (" (failed.len()) ")" }
        @if failed.is_empty() {
            p { @if r.failed() { "No scenario failed; the run failed for the reasons at the top." } @else { "None." } }
        }
        @for s in failed { (failure(s)) }
        @if !errors.is_empty() {
            h2 #errors { "Errors (" (r.totals.errors) "): no answer to judge, so no verdict" }
            @for (why, stopped) in &errors {
                div.failure.error {
                    p { span.badge.error { "error" } " " (stopped.len()) " scenario(s): " (why) }
                    details { summary { "which" }
                        ul { @for s in stopped { li { (s.name) " — " code { (s.feature_path) ":" (s.line) } } } }
                    }
                }
            }
        }
    }
}

fn filters(r: &Report) -> Markup {
    let tags: BTreeSet<&str> = r
        .scenarios
        .iter()
        .flat_map(|s| s.tags.iter().map(String::as_str))
        .collect();
    html! {
        div.filters {
            @for status in ["all", "passed", "failed", "error", "advisory", "drift", "skipped"] {
                button data-status=(status) class=[(status == "all").then_some("on")] { (status) }
            }
            select #tag aria-label="tag" {
                option value="" { "any tag" }
                @for t in tags { option value=(t) { "@" (t) } }
            }
            input #search type="search" placeholder="search scenarios" aria-label="search";
            " " button #clear { "all operations" } " " span #shown {}
        }
    }
}

/// One line per scenario; what it called, and (for a failure) where its details are.
fn row(s: &ScenarioOutcome) -> Markup {
    let called: BTreeSet<&str> = s.exchanges.iter().map(|e| e.operation.as_str()).collect();
    html! {
        div.scenario data-status=(s.status().as_str()) data-tags=(s.tags.join(" "))
            data-ops=(s.operations.join(" ")) data-checks=(s.checks.join(" ")) {
            (badge(s.status())) " " strong { (s.name) } " — " (s.feature)
            " " small { (s.duration.as_millis()) " ms" }
            div.tags { @for t in &s.tags { "@" (t) " " } }
            @if let Some(why) = &s.skip_reason() { div { "skipped: " (why) } }
            @if let Some(f) = s.failure().filter(|_| s.status() != Status::Failed) {
                @if s.status() == Status::Error {
                    div { span.basis { "no verdict" } " " (f.message) }
                } @else {
                    div { span.basis { (f.basis.to_string()) } " " (f.message) }
                }
            }
            @if !called.is_empty() {
                details { summary { (s.exchanges.len()) (if s.exchanges.len() == 1 { " exchange: " } else { " exchanges: " }) (called.into_iter().collect::<Vec<_>>().join(", ")) }
                    @if matches!(s.status(), Status::Advisory | Status::Drift) {
                        @for e in &s.exchanges { (exchange::render(s, e, false)) }
                    } @else {
                        ul { @for e in &s.exchanges { li { code { (e.operation) } " → " (e.status) " " (e.error_type.clone().unwrap_or_default()) } } }
                    }
                }
            }
        }
    }
}

pub fn list(r: &Report) -> Markup {
    html! {
        h2 #scenarios { "Scenarios (" (r.scenarios.len()) ")" }
        (filters(r))
        @for s in &r.scenarios { (row(s)) }
    }
}
