//! The operation × check-kind grid, coloured by outcome; a cell shows the scenarios behind it.
use maud::{Markup, html};

use crate::{
    report::{Cell, Report},
    runner::CHECK_KINDS,
};

fn cell(op: &str, check: &str, c: Cell) -> Markup {
    let class = match (c.passed, c.failed, c.advisory) {
        (0, 0, 0) => "cell none",
        (_, f, _) if f > 0 => "cell fail",
        (_, _, a) if a > 0 => "cell adv",
        _ => "cell pass",
    };
    let text = match (c.passed, c.failed) {
        (0, 0) if c.advisory == 0 => "·".to_string(),
        (p, 0) => format!("{p}"),
        (p, f) => format!("{f} of {}", p + f),
    };
    let title = format!(
        "{op} × {check}: {} passed, {} failed, {} advisory",
        c.passed, c.failed, c.advisory
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
