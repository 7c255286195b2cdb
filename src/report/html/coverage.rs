//! The contract coverage: per operation, how much of what the contract defines the run exercised, and
//! (folded) each thing it never did.
use maud::{Markup, html};

use crate::report::Report;

pub fn render(r: &Report) -> Markup {
    let c = &r.coverage;
    html! {
        h2 #coverage { "Contract coverage: " (c.percent) "% (" (c.exercised) " of " (c.total) ")" }
        p { "Request members, enum values sent and seen, union members sent and seen, declared errors, length and range bounds, paging to the end." }
        table.coverage {
            thead { tr { th { "operation" } th { "exercised" } th { "" } th { "by kind" } th { "never exercised" } } }
            tbody {
                @for o in &c.operations {
                    tr.coverage-row data-op=(o.operation) {
                        th { (o.operation) }
                        td { (o.exercised) "/" (o.total) " (" (o.percent) "%)" }
                        td { span.bar { i style=(format!("width: {}%", o.percent)) {} } }
                        td { @for (kind, [x, t]) in &o.by_kind { (kind) " " (x) "/" (t) " " } }
                        td {
                            @if o.never.is_empty() { "—" } @else {
                                details { summary { (o.never.len()) } ul { @for n in &o.never { li { (n) } } } }
                            }
                        }
                    }
                }
            }
        }
    }
}
