//! `report.html`: one self-contained page (inline CSS and JS, no network) that people look at. One module
//! per part of the page, each a pure function from the report to markup; nothing of the runner inside.
pub mod client;
mod coverage;
mod exchange;
pub mod fuzz;
mod header;
mod json;
mod matrix;
mod page;
mod parity;
mod scenarios;
mod sections;

use maud::{DOCTYPE, Markup, html};

use super::Report;

/// The whole page.
pub fn render(r: &Report) -> String {
    page(r).into_string()
}

fn page(r: &Report) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { "pcc-conformance: " (header::verdict(r)) }
                style { (maud::PreEscaped(page::CSS)) }
            }
            body {
                (header::render(r))
                main {
                    (matrix::render(r))
                    (scenarios::failures(r))
                    (scenarios::list(r))
                    (sections::advisories(r))
                    (sections::drift(r))
                    (sections::skipped(r))
                    (sections::leftovers(r))
                    (parity::render(r))
                    (coverage::render(r))
                }
                script { (maud::PreEscaped(page::JS)) }
            }
        }
    }
}
