//! The contract coverage: per operation, how much of what a conformant endpoint can show the run exercised,
//! (folded) each reachable facet it never did, and apart, each facet no endpoint can show with why. A
//! switch keeps only the operations with something missed.
use maud::{Markup, html};

use crate::report::{Report, coverage::OperationCoverage};

pub fn render(r: &Report) -> Markup {
    let c = &r.coverage;
    html! {
        h2 #coverage { "Contract coverage: " (c.percent) "% of reachable facets (" (c.exercised) " of " (c.total) ")" }
        p {
            "Request members, enum values sent and seen, union members sent and seen, declared errors, length and range bounds, paging to the end. "
            "A facet counts where a passing scenario's assertion shows it: a value sent and shown by a separate read, a bound refused naming its member beside a request the same call accepted, an error type asserted, a value a step read in an answer. "
            (c.accepted.exercised) " more were only accepted (sent in a call that succeeded, with nothing to read them back) and are not counted. "
            "What only an injection brings about (IAM refusals, quotas, failing first calls) is counted apart: "
            (c.injection.percent) "% (" (c.injection.exercised) " of " (c.injection.total) "). "
            (c.unreachable) " facets no conformant endpoint can show are not counted; each operation lists them apart with why."
        }
        p.filters {
            label { input #missed-only type="checkbox"; " only operations with something never exercised" }
        }
        table.coverage {
            thead { tr { th { "operation" } th { "checked" } th { "" } th { "by kind" } th { "accepted only" } th { "never checked" } th { "injection" } th { "not reachable" } } }
            tbody { @for o in &c.operations { (row(o)) } }
        }
    }
}

fn row(o: &OperationCoverage) -> Markup {
    html! {
        tr.coverage-row data-op=(o.operation) data-missed=(o.never.len()) {
            th { (o.operation) }
            td { (o.exercised) "/" (o.total) " (" (o.percent) "%)" }
            td { span.bar { i style=(format!("width: {}%", o.percent)) {} } }
            td { @for (kind, [x, t]) in &o.by_kind { (kind) " " (x) "/" (t) " " } }
            td {
                @if o.accepted_only.is_empty() { "—" } @else {
                    details { summary { (o.accepted_only.len()) } ul { @for n in &o.accepted_only { li { (n) } } } }
                }
            }
            td {
                @if o.never.is_empty() { "—" } @else {
                    details open { summary { (o.never.len()) } ul { @for n in &o.never { li { (n) } } } }
                }
            }
            td {
                (o.injection.exercised) "/" (o.injection.total)
                @if !o.injection_never.is_empty() {
                    details { summary { "never: " (o.injection_never.len()) } ul { @for n in &o.injection_never { li { (n) } } } }
                }
            }
            td {
                @if o.unreachable.is_empty() { "—" } @else {
                    details { summary { (o.unreachable.len()) } ul { @for u in &o.unreachable { li { (u.facet) ": " em { (u.reason) } } } } }
                }
            }
        }
    }
}
