//! One exchange, collapsible: the request and the response, pretty-printed, with the members the
//! scenario's violations (or its drift) name highlighted.
use maud::{Markup, html};

use super::json::{Marks, block};
use crate::{
    runner::{ScenarioOutcome, outcome::ExchangeRecord},
    spec::{Direction, Rule},
};

/// The marks of one side of an exchange: the paths its violations and drift name.
fn marks(s: &ScenarioOutcome, e: &ExchangeRecord, direction: Direction) -> Marks {
    let mut marks = Marks::default();
    let side = |d: Direction| match direction {
        Direction::Request => d == Direction::Request,
        _ => d != Direction::Request,
    };
    for v in s
        .violations
        .iter()
        .filter(|v| v.operation == e.operation && side(v.direction))
    {
        if v.rule == Rule::Required {
            let (parent, name) = v.path.rsplit_once('.').unwrap_or(("", v.path.as_str()));
            marks.missing.insert((parent.to_string(), name.to_string()));
        } else if !v.path.is_empty() {
            marks.present.insert(v.path.clone());
        }
    }
    if direction == Direction::Response {
        for d in s.drift.iter().filter(|d| d.operation == e.operation) {
            marks.present.insert(d.path.clone());
        }
    }
    marks
}

pub fn render(s: &ScenarioOutcome, e: &ExchangeRecord, open: bool) -> Markup {
    let outcome = match &e.error_type {
        Some(t) => format!("{} {t}", e.status),
        None => e.status.to_string(),
    };
    let retried = e.attempts.len().saturating_sub(1);
    html! {
        details.exchange open[open] {
            summary {
                code { (e.operation) } " as " (e.principal) " → " strong { (outcome) }
                " (" (e.elapsed_ms) " ms"
                @if retried > 0 { ", after " (retried) " retried attempt" @if retried > 1 { "s" } }
                ")"
                @if let Some(id) = &e.request_id { " · request id " code { (id) } }
            }
            div { "request" }
            (block(&e.request, &marks(s, e, Direction::Request)))
            @if retried > 0 {
                div { "attempts" }
                ol.attempts {
                    @for a in &e.attempts { li { (attempt(a)) } }
                }
            }
            div { "response" }
            (block(&e.response, &marks(s, e, Direction::Response)))
        }
    }
}

/// One attempt of a retried call: its status and error type (or why nothing came back), marked transient
/// where the answer was not the service's, with what it answered.
fn attempt(a: &crate::runner::outcome::AttemptRecord) -> Markup {
    let what = match (&a.status, &a.error_type, &a.error) {
        (Some(s), Some(t), _) => format!("{s} {t}"),
        (Some(s), None, _) => s.to_string(),
        (None, _, Some(e)) => format!("no answer: {e}"),
        (None, _, None) => "no answer".to_string(),
    };
    html! {
        strong { (what) }
        @if a.transient { " " em { "(transient: not the service's answer)" } }
        @if let Some(w) = &a.wait { " " small.wait { (wait_text(w)) } }
        @for v in &a.violations {
            div.broke { "broke: " code { (if v.path.is_empty() { "$" } else { &v.path }) } " " (v.rule.as_str()) " (expected " (v.expected) ", found " (v.actual) ")" }
        }
        @if let Some(body) = &a.body {
            details { summary { "body" } (block(body, &Marks::default())) }
        }
    }
}

/// A retry's wait as a reader checks it against the SDKs' rules: how long, and what chose it.
fn wait_text(w: &crate::client::retry::Wait) -> String {
    use crate::client::retry::WaitRule;
    let base = if w.throttling {
        "throttling"
    } else {
        "transient"
    };
    let why = match (w.rule, w.retry_after_ms) {
        (WaitRule::Backoff, None) => format!("drawn under {} ms ({base} backoff)", w.ceiling_ms),
        (WaitRule::Backoff, Some(h)) => format!(
            "drawn under {} ms ({base} backoff; x-amz-retry-after {h} ms asked for less)",
            w.ceiling_ms
        ),
        (WaitRule::RetryAfter, _) => "as x-amz-retry-after asked".to_string(),
        (WaitRule::RetryAfterCapped, h) => format!(
            "x-amz-retry-after asked for {} ms: capped at 5 s past the drawn wait",
            h.unwrap_or_default()
        ),
        (WaitRule::QuotaSpent, _) => {
            "the retry quota was spent: the whole cap, as the service is throttling".to_string()
        }
    };
    format!("then waited {} ms, {why}", w.ms)
}
