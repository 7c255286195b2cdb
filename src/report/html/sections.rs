//! The sections apart from failures: advisory findings, drift, what was skipped and why, what was left.
use maud::{Markup, html};

use crate::{report::Report, runner::Status};

pub fn advisories(r: &Report) -> Markup {
    let rows: Vec<_> = r
        .scenarios
        .iter()
        .filter(|s| s.status() == Status::Advisory)
        .collect();
    html! {
        h2 #advisory { "Advisory (" (rows.len()) ")" }
        p { "Inferred expectations a service did not meet: our reading of the documentation, not the contract." }
        @if !rows.is_empty() {
            table { thead { tr { th { "scenario" } th { "basis" } th { "step" } th { "finding" } } }
                tbody {
                    @for s in rows {
                        @for a in &s.advisories { tr { td { (s.name) } td { (a.basis.to_string()) } td { code { (a.step) } } td { (a.message) } } }
                        @if let Some(f) = s.failure() { tr { td { (s.name) } td { (f.basis.to_string()) } td { code { (f.step) } } td { (f.message) } } }
                    }
                }
            }
        }
    }
}

pub fn drift(r: &Report) -> Markup {
    let drift: Vec<_> = r
        .scenarios
        .iter()
        .flat_map(|s| s.drift.iter().map(move |d| (s, d)))
        .collect();
    html! {
        h2 #drift { "Drift (" (drift.len()) ")" }
        p { "Response members and enum values the model lacks: the service is ahead of the schemas (backward compatible)." }
        @if !drift.is_empty() {
            table { thead { tr { th { "scenario" } th { "operation" } th { "path" } th { "kind" } th { "value" } th { "hint" } } }
                tbody { @for (s, d) in drift { tr { td { (s.name) } td { (d.operation) } td { code { (d.path) } } td { (format!("{:?}", d.kind)) } td { (d.value) } td { (d.hint) } } } }
            }
        }
    }
}

pub fn skipped(r: &Report) -> Markup {
    let rows: Vec<_> = r
        .scenarios
        .iter()
        .filter(|s| s.status() == Status::Skipped)
        .collect();
    html! {
        h2 #skipped { "Skipped (" (rows.len()) ")" }
        @if !rows.is_empty() {
            table { thead { tr { th { "scenario" } th { "why" } } }
                tbody { @for s in rows { tr { td { (s.name) } td { (s.skip_reason().unwrap_or_default()) } } } }
            }
        }
    }
}

pub fn leftovers(r: &Report) -> Markup {
    html! {
        h2 #leftovers { "Left behind (" (r.leftovers.len()) ")" }
        @if r.leftovers.is_empty() { p { "Nothing: every resource the run made was undone." } }
        @else {
            table { thead { tr { th { "undo" } th { "identifier" } th { "why it failed" } } }
                tbody { @for l in &r.leftovers { tr { td { (l.operation) } td { code { (l.identifier) } } td { (l.reason) } } } }
            }
        }
        @if !r.runner_errors.is_empty() {
            h2 { "Runner errors" }
            ul { @for e in &r.runner_errors { li { (e) } } }
        }
    }
}
