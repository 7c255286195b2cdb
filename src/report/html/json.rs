//! JSON, pretty-printed as markup, with the members a violation names highlighted (and a member the
//! document lacks shown where it should have been).
use std::collections::BTreeSet;

use maud::{Markup, html};
use serde_json::Value;

/// What to mark: members present at these paths, and members missing (`parent path`, `name`).
#[derive(Default)]
pub struct Marks {
    pub present: BTreeSet<String>,
    pub missing: BTreeSet<(String, String)>,
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn scalar(v: &Value) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

/// `value` as indented JSON text, at `path` (dotted, arrays as `[i]`), `depth` levels in.
pub fn view(value: &Value, path: &str, depth: usize, marks: &Marks) -> Markup {
    let pad = "  ".repeat(depth + 1);
    let close = "  ".repeat(depth);
    match value {
        Value::Object(o) => html! {
            "{\n"
            @for (i, (k, v)) in o.iter().enumerate() {
                @let inner = join(path, k);
                @let comma = if i + 1 < o.len() || marks.missing.iter().any(|(p, _)| p == path) { "," } else { "" };
                @if marks.present.contains(&inner) {
                    (pad) span.hl { (scalar(&Value::String(k.clone()))) ": " (view(v, &inner, depth + 1, marks)) } (comma) "\n"
                } @else {
                    (pad) (scalar(&Value::String(k.clone()))) ": " (view(v, &inner, depth + 1, marks)) (comma) "\n"
                }
            }
            @for (_, name) in marks.missing.iter().filter(|(p, _)| p == path) {
                (pad) span.missing { (scalar(&Value::String(name.clone()))) ": (missing)" } "\n"
            }
            (close) "}"
        },
        Value::Array(a) => html! {
            "[\n"
            @for (i, v) in a.iter().enumerate() {
                @let inner = format!("{path}[{i}]");
                @let comma = if i + 1 < a.len() { "," } else { "" };
                @if marks.present.contains(&inner) {
                    (pad) span.hl { (view(v, &inner, depth + 1, marks)) } (comma) "\n"
                } @else {
                    (pad) (view(v, &inner, depth + 1, marks)) (comma) "\n"
                }
            }
            (close) "]"
        },
        other => html! { (scalar(other)) },
    }
}

/// A whole document in a `pre`, marked.
pub fn block(value: &Value, marks: &Marks) -> Markup {
    html! { pre.json { (view(value, "", 0, marks)) } }
}
