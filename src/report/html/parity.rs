//! Parity with a recording (each gap, known ones with why, inferred expectations a recording against a
//! service saw hold), with AWS's documented examples, and the baseline a run was held to.
use maud::{Markup, html};

use crate::report::Report;

pub fn render(r: &Report) -> Markup {
    html! {
        @if let Some(p) = &r.parity {
            h2 #parity { "Parity with the recording of " (p.recorded_at) " (" (p.endpoint_kind) "): " (p.gaps.len()) " gaps, " (p.known.len()) " known" }
            p { (p.compared) " of the recording's " (p.snapshots) " scenarios ran and were compared, call by call." }
            @if !p.gaps.is_empty() || !p.known.is_empty() {
                table { thead { tr { th { "scenario" } th { "call" } th { "path" } th { "recorded" } th { "now" } th { "known because" } } }
                    tbody { @for g in p.gaps.iter().chain(&p.known) {
                        tr { td { (g.scenario) } td { (g.call) } td { code { (g.path) } } td { code { (g.recorded.to_string()) } } td { code { (g.now.to_string()) } } td { (g.reason.clone().unwrap_or_default()) } }
                    } }
                }
            }
            @if !p.absorbed.is_empty() {
                h3 { "Known gaps" }
                table { thead { tr { th { "scenarios" } th { "path" } th { "gaps it accepted" } th { "because" } } }
                    tbody { @for a in &p.absorbed {
                        tr { td { (a.known.named()) } td { code { (a.known.path) } } td { (a.gaps) @if a.gaps == 0 { " (stale: remove it)" } } td { (a.known.reason) } }
                    } }
                }
            }
            @if !p.observed.is_empty() {
                h3 { "Observed against a service on " (p.recorded_at) }
                ul { @for o in &p.observed { li { (o.scenario) ": " (o.steps.join("; ")) } } }
            }
        }
        @if let Some(x) = &r.examples {
            h2 #examples { (if r.run.against_mock { "The mock's parity" } else { "Agreement" }) " with AWS's documented examples: " (x.held) " answers held, " (x.gaps.len()) " departed" }
            @if !x.gaps.is_empty() {
                table { thead { tr { th { "example" } th { "scenario" } th { "member" } th { "the example shows" } th { "the answer has" } } }
                    tbody { @for g in &x.gaps { @for gap in &g.gaps {
                        tr { td { (g.example) } td { (g.scenario) } td { code { (gap.path) } } td { (gap.example) } td { @match gap.now_shown() { Some(v) => code { (v) }, None => "none" } } }
                    } } }
                }
            }
        }
        @if let Some(b) = &r.baseline {
            h2 #baseline { "Baseline " (b.file) ": " (b.known) " known, " (b.new.len()) " new" }
            @if !b.new.is_empty() {
                ul { @for f in &b.new { li { (f.kind) " " (f.scenario) " — " code { (f.check) } ": " (f.reason) } } }
            }
        }
    }
}
