//! Turns a jsonschema error into a `Violation` with a dotted member path and a rule.
use jsonschema::{ValidationError, error::ValidationErrorKind};
use serde_json::Value;

use super::violation::{Direction, Rule, Violation};

/// The longest rendering of an offending value kept in a violation.
const MAX_ACTUAL: usize = 80;

pub(crate) fn violation(
    operation: &str,
    direction: Direction,
    error: &ValidationError<'_>,
) -> Violation {
    let base = dotted(error.instance_path().as_str());
    let (path, rule, expected, actual) = match error.kind() {
        ValidationErrorKind::Required { property } => {
            let name = property
                .as_str()
                .map_or_else(|| property.to_string(), str::to_string);
            (
                join(&base, &name),
                Rule::Required,
                "a value".into(),
                "null".into(),
            )
        }
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            let first = unexpected.first().cloned().unwrap_or_default();
            let path = join(&base, &first);
            (
                path,
                Rule::UnknownMember,
                "a member of the model".into(),
                first,
            )
        }
        kind => {
            let (rule, expected, actual) = match bound(kind) {
                Some((rule, expected)) => (rule, expected, render(error.instance())),
                None => shape(kind, error),
            };
            (base, rule, expected, actual)
        }
    };
    Violation {
        operation: operation.into(),
        direction,
        path,
        rule,
        expected,
        actual,
    }
}

/// A value outside a bound of the model (an enum, a length, a range, a pattern, a format), and the bound.
fn bound(kind: &ValidationErrorKind) -> Option<(Rule, String)> {
    Some(match kind {
        ValidationErrorKind::Enum { options } => (Rule::Enum, enum_set(options)),
        ValidationErrorKind::MinLength { limit } => (Rule::MinLength, limit.to_string()),
        ValidationErrorKind::MaxLength { limit } => (Rule::MaxLength, limit.to_string()),
        ValidationErrorKind::Pattern { pattern } => (Rule::Pattern, pattern.clone()),
        ValidationErrorKind::Format { format } => (Rule::Format, format!("an ISO 8601 {format}")),
        ValidationErrorKind::Minimum { limit } => (Rule::Minimum, limit.to_string()),
        ValidationErrorKind::Maximum { limit } => (Rule::Maximum, limit.to_string()),
        ValidationErrorKind::MinItems { limit } => (Rule::MinItems, limit.to_string()),
        ValidationErrorKind::MaxItems { limit } => (Rule::MaxItems, limit.to_string()),
        ValidationErrorKind::PropertyNames { .. } => (Rule::Enum, "a valid map key".into()),
        _ => return None,
    })
}

/// A value of the wrong shape: the wrong JSON type, or a tagged union with no or several members.
fn shape(kind: &ValidationErrorKind, error: &ValidationError<'_>) -> (Rule, String, String) {
    let one = || "exactly one member".to_string();
    match kind {
        ValidationErrorKind::Type { kind } => {
            (Rule::Type, type_name(kind), json_type(error.instance()))
        }
        ValidationErrorKind::MinProperties { .. } => (Rule::UnionEmpty, one(), "no member".into()),
        ValidationErrorKind::MaxProperties { .. } => {
            let set = error
                .instance()
                .as_object()
                .map(|o| o.keys().cloned().collect::<Vec<_>>().join(", "))
                .unwrap_or_default();
            (Rule::UnionMultiple, one(), format!("members {set}"))
        }
        _ => (Rule::Schema, error.to_string(), render(error.instance())),
    }
}

/// `/tags/0/key` → `tags[0].key`.
pub(crate) fn dotted(pointer: &str) -> String {
    let mut out = String::new();
    for raw in pointer.split('/').skip(1) {
        let seg = raw.replace("~1", "/").replace("~0", "~");
        if !seg.is_empty() && seg.bytes().all(|b| b.is_ascii_digit()) {
            out.push('[');
            out.push_str(&seg);
            out.push(']');
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(&seg);
        }
    }
    out
}

fn join(base: &str, name: &str) -> String {
    if base.is_empty() {
        name.to_string()
    } else {
        format!("{base}.{name}")
    }
}

fn enum_set(options: &Value) -> String {
    let names: Vec<String> = options
        .as_array()
        .map(|a| {
            a.iter()
                .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
                .collect()
        })
        .unwrap_or_default();
    format!("[{}]", names.join(", "))
}

fn type_name(kind: &jsonschema::error::TypeKind) -> String {
    match kind {
        jsonschema::error::TypeKind::Single(t) => t.to_string(),
        jsonschema::error::TypeKind::Multiple(set) => set
            .iter()
            .map(|t| t.to_string())
            .collect::<Vec<_>>()
            .join(" or "),
    }
}

fn json_type(v: &Value) -> String {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
    .into()
}

/// A value as a violation shows it: strings bare, others as JSON, cut to a readable length.
pub(crate) fn render(v: &Value) -> String {
    let text = match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    if text.chars().count() > MAX_ACTUAL {
        let head: String = text.chars().take(MAX_ACTUAL - 16).collect();
        format!("{head}… ({} chars)", text.chars().count())
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointers_become_dotted_paths() {
        assert_eq!(dotted(""), "");
        assert_eq!(dotted("/program"), "program");
        assert_eq!(dotted("/tags/0/key"), "tags[0].key");
        assert_eq!(
            dotted("/payload/startServicePeriodPayload/note"),
            "payload.startServicePeriodPayload.note"
        );
        assert_eq!(dotted("/a~1b"), "a/b");
    }

    #[test]
    fn long_values_are_cut() {
        let long = Value::String("x".repeat(500));
        let shown = render(&long);
        assert!(shown.contains("(500 chars)"));
        assert!(shown.chars().count() < 100);
    }
}
