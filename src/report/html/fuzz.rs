//! The page `fuzz` writes: what was fuzzed, each failure with its shrunk request and how to replay it,
//! the lifecycle check's shortest failing sequence, and what was skipped.
use maud::{DOCTYPE, Markup, html};
use serde_json::Value;

use super::json::{Marks, block};
use crate::runner::fuzz::FuzzOutcome;

/// The page; `replay` is the command line that repeats the run, less `--seed` and `--operations`.
pub fn render(o: &FuzzOutcome, seed: u64, replay: &str) -> String {
    page(o, seed, replay).into_string()
}

fn page(o: &FuzzOutcome, seed: u64, replay: &str) -> Markup {
    let failed = !o.failures.is_empty() || o.lifecycle_failure.is_some();
    let (class, verdict) = if failed {
        ("verdict failed", "FAILED")
    } else {
        ("verdict passed", "PASSED")
    };
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                title { "pcc-conformance fuzz: " (verdict) }
                style { (maud::PreEscaped(super::page::CSS)) }
            }
            body {
                header {
                    h1 { "Contract fuzzing " span class=(class) { (verdict) } }
                    div.totals {
                        span { (o.operations) " operations" } span { (o.cases) " cases" }
                        span { (o.requests) " requests" } span { (o.lifecycle_cases) " lifecycle sequences" }
                        span { (format!("{:.1} s", o.duration_ms as f64 / 1000.0)) } span { "seed " (seed) }
                    }
                }
                main {
                    h2 #failures { "Failures (" (o.failures.len()) ")" }
                    @for f in &o.failures {
                        div.failure {
                            h3 { (f.operation) " (" (f.kind) " requests)" }
                            p { (f.reason) }
                            div { "minimal request" }
                            (block(&f.minimal_request, &Marks::default()))
                            p { "replay: " code { (replay) " --seed " (f.seed) " --operations " (f.operation) } }
                        }
                    }
                    @if let Some(l) = &o.lifecycle_failure {
                        div.failure {
                            h3 { "The " (l.resource) " lifecycle" }
                            p { (l.reason) }
                            (block(&Value::from(l.minimal_sequence.iter().map(|a| format!("{a:?}")).collect::<Vec<_>>()), &Marks::default()))
                            p { "replay: " code { (replay) " --seed " (l.seed) } }
                        }
                    }
                    h2 #skipped { "Skipped (" (o.skipped.len()) ")" }
                    ul { @for s in &o.skipped { li { (s) } } }
                }
            }
        }
    }
}
