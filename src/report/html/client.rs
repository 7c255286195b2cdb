//! The client report's page: what a client sent through the strict mock or the proxy, what it got
//! wrong, what the server got wrong or sent ahead of the model, and the curveballs it was thrown.
use maud::{DOCTYPE, Markup, html};

use super::json::{Marks, block};
use crate::report::client::{ClientReport, OperationRow};

pub fn render(r: &ClientReport) -> String {
    page(r).into_string()
}

fn page(r: &ClientReport) -> Markup {
    let clean = r.violations + r.response_violations == 0;
    let (class, verdict) = if clean {
        ("verdict passed", "CLEAN")
    } else {
        ("verdict failed", "VIOLATIONS FOUND")
    };
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                title { "pcc-conformance client report: " (verdict) }
                style { (maud::PreEscaped(super::page::CSS)) }
            }
            body {
                header {
                    h1 { "Client conformance " span class=(class) { (verdict) } }
                    div.meta { (r.summary()) }
                }
                main {
                    (operations(&r.operations))
                    (offences(&r.operations))
                    (curveballs(r))
                    @if !r.unexercised.is_empty() {
                        h2 { "Never called (" (r.unexercised.len()) ")" }
                        p { (r.unexercised.join(", ")) }
                    }
                }
            }
        }
    }
}

fn operations(rows: &[OperationRow]) -> Markup {
    html! {
        h2 { "Operations" }
        table {
            tr { th { "operation" } th { "calls" } th { "errors answered" } th { "client violations" } th { "server violations" } th { "drift" } }
            @for row in rows {
                tr {
                    td { (row.operation) } td { (row.calls) }
                    td { (row.errors.iter().map(|(k, v)| format!("{k} ×{v}")).collect::<Vec<_>>().join(", ")) }
                    td class=(if row.violations.is_empty() { "" } else { "fail" }) { (row.violations.len()) }
                    td class=(if row.response_violations.is_empty() { "" } else { "fail" }) { (row.response_violations.len()) }
                    td { (row.drift.len()) }
                }
            }
        }
    }
}

fn offences(rows: &[OperationRow]) -> Markup {
    html! {
        @for row in rows.iter().filter(|r| !r.violations.is_empty() || !r.response_violations.is_empty() || !r.drift.is_empty()) {
            h2 { (row.operation) }
            @for o in &row.violations {
                div.failure {
                    p { "The client's request: " (o.violation.to_string()) }
                    (block(&o.request, &Marks::default()))
                }
            }
            @for v in &row.response_violations {
                div.failure { p { "The server's answer: " (v.to_string()) } }
            }
            @for d in &row.drift {
                p { span.badge.drift { "drift" } " " (d.to_string()) }
            }
        }
    }
}

fn curveballs(r: &ClientReport) -> Markup {
    html! {
        @if !r.curveballs.is_empty() {
            h2 { "Curveballs thrown (" (r.curveballs.len()) ")" }
            table {
                tr { th { "at (ms)" } th { "kind" } th { "operation" } th { "status" } th { "request" } }
                @for t in &r.curveballs {
                    tr { td { (t.at_ms) } td { (t.kind) } td { (t.operation) } td { (t.status) } td { code { (t.request.to_string()) } } }
                }
            }
        }
    }
}
