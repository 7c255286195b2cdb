//! The operation × check-kind grid, coloured by outcome; a cell shows the scenarios behind it.
use maud::{Markup, html};

use crate::{
    report::{Cell, Report},
    runner::CHECK_KINDS,
};

fn cell(op: &str, check: &str, c: Cell) -> Markup {
    let class = match (c.passed, c.failed, c.advisory, c.errors) {
        (0, 0, 0, 0) => "cell none",
        (_, f, _, _) if f > 0 => "cell fail",
        (_, _, _, e) if e > 0 => "cell err",
        (_, _, a, _) if a > 0 => "cell adv",
        _ => "cell pass",
    };
    let total = c.passed + c.failed + c.errors;
    let mut text = match (c.passed, c.failed) {
        (0, 0) => String::new(),
        (p, 0) => format!("{p}"),
        (_, f) => format!("{f} of {total}"),
    };
    if c.errors > 0 {
        let sep = if text.is_empty() { "" } else { ", " };
        text += &format!("{sep}{} error", c.errors);
    }
    if text.is_empty() && c.advisory == 0 {
        text = "·".into();
    }
    let title = format!(
        "{op} × {check}: {} passed, {} failed, {} error (no answer to judge), {} advisory",
        c.passed, c.failed, c.errors, c.advisory
    );
    html! {
        @if class == "cell none" {
            td class=(class) title=(title) { (text) }
        } @else {
            td class=(class) title=(title) data-op=(op) data-check=(check) {
                (text) @if c.advisory > 0 { " ⚠" (c.advisory) }
            }
        }
    }
}

pub fn render(r: &Report) -> Markup {
    html! {
        h2 #matrix { "Operations × checks" }
        p { "A cell counts the scenarios about that operation and check; select one to see them below." }
        table.matrix {
            thead { tr { th { "operation" } @for k in CHECK_KINDS { th { (k) } } } }
            tbody {
                @for row in &r.matrix {
                    tr.operation data-op=(row.operation) {
                        th { (row.operation) }
                        @for k in CHECK_KINDS {
                            (cell(&row.operation, k, row.checks.get(k).copied().unwrap_or_default()))
                        }
                    }
                }
            }
        }
    }
}
