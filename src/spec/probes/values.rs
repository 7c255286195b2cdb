//! The values a probe sends: at a bound and one past it, each one a service takes but for the bound
//! itself (the member's pattern matched whole, digits before letters), and a valid string for a member no
//! example gives.
use serde_json::{Value, json};

use crate::spec::synth;

/// A value at a bound or one past it, and how the scenario names it.
#[derive(Debug, Clone, PartialEq)]
pub struct Bounded {
    pub value: Value,
    pub what: String,
}

/// How many items a list of distinct account ids may hold before it is written as a template.
const LISTED: usize = 3;

/// A value exactly at the bound that meets everything else the member's schema asks (its pattern, whole),
/// or why there is none.
pub fn at(s: &Value, rule: &str, limit: i64) -> Result<Bounded, String> {
    let what = format!("at its {rule} {limit}");
    let value = sized(s, rule, limit)?;
    Ok(Bounded { value, what })
}

/// A value one past the bound that breaks nothing else, or why there is none.
pub fn past(s: &Value, rule: &str, limit: i64) -> Result<Bounded, String> {
    let what = format!("one past its {rule} {limit}");
    let beyond = match rule {
        "minimum" | "minLength" | "minItems" => limit - 1,
        _ => limit + 1,
    };
    let value = sized(s, rule, beyond)?;
    Ok(Bounded { value, what })
}

/// A value of the member's kind whose length, size or number is `n`.
fn sized(s: &Value, rule: &str, n: i64) -> Result<Value, String> {
    match rule {
        "minimum" | "maximum" => Ok(json!(n)),
        "minItems" | "maxItems" => list_of(s, n),
        _ => {
            if s.get("format").is_some() || s.get("enum").is_some() {
                return Err("a value of its format or enum has a length of its own".into());
            }
            let len = usize::try_from(n).map_err(|_| "no length below 0".to_string())?;
            let pattern = s
                .get("pattern")
                .and_then(Value::as_str)
                .unwrap_or("(?s:.)*");
            synth::of_length(pattern, len)
                .map(Value::String)
                .ok_or_else(|| format!("no value of length {len} meets its pattern {pattern}"))
        }
    }
}

/// A list of `n` distinct 12-digit account ids, where the list's items take them.
fn list_of(s: &Value, n: i64) -> Result<Value, String> {
    let n = usize::try_from(n).map_err(|_| "no size below 0".to_string())?;
    let item = s.get("items").cloned().unwrap_or(Value::Null);
    let fits = |v: &str| {
        let len = v.chars().count() as i64;
        item.get("pattern")
            .and_then(Value::as_str)
            .is_none_or(|p| synth::matches_whole(p, v))
            && item
                .get("minLength")
                .and_then(Value::as_i64)
                .is_none_or(|m| len >= m)
            && item
                .get("maxLength")
                .and_then(Value::as_i64)
                .is_none_or(|m| len <= m)
    };
    if !fits("100000000000") {
        return Err("its items take no 12-digit account id to fill it with".into());
    }
    if n <= LISTED {
        return Ok(json!((0..n).map(account_id).collect::<Vec<_>>()));
    }
    Ok(json!(format!("{{{{accountIds {n}}}}}")))
}

/// The `i`-th of a run of distinct account ids (`100000000000`, `100000000001`, …).
pub fn account_id(i: usize) -> String {
    format!("{:012}", 100_000_000_000usize + i)
}

/// A valid string for a member no example gives: its format's, else one of its least length that its
/// pattern matches whole, else one drawn (deterministically) to fit its pattern and length.
pub fn string(s: &Value) -> Value {
    use proptest::strategy::{Strategy, ValueTree};
    if s.get("format").and_then(Value::as_str) == Some("date-time") {
        return json!("2030-01-01T00:00:00Z");
    }
    let n = s
        .get("minLength")
        .and_then(Value::as_u64)
        .unwrap_or(1)
        .max(1) as usize;
    let pattern = s
        .get("pattern")
        .and_then(Value::as_str)
        .unwrap_or("(?s:.)*");
    if let Some(text) = synth::of_length(pattern, n) {
        return json!(text);
    }
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    match crate::spec::generate::string(s).new_tree(&mut runner) {
        Ok(tree) => tree.current(),
        Err(_) => json!("1"),
    }
}

/// A string a member the probe does not set holds: as long as its schema allows up to 7 characters, so
/// that it is not the shortest string anything could make up (a made-up answer showing the shortest
/// string then does not show what was sent).
pub fn filler(s: &Value) -> Value {
    let min = s
        .get("minLength")
        .and_then(Value::as_u64)
        .unwrap_or(1)
        .max(1);
    let max = s
        .get("maxLength")
        .and_then(Value::as_u64)
        .unwrap_or(u64::MAX);
    let pattern = s.get("pattern").and_then(Value::as_str);
    let plain = s.get("format").is_none() && s.get("enum").is_none();
    match pattern.filter(|_| plain) {
        Some(p) => synth::of_length(p, 7.clamp(min, max.max(min)) as usize)
            .map_or_else(|| string(s), Value::String),
        None => string(s),
    }
}

/// A value as a table cell writes it: long runs of one digit or letter as a template
/// (`{{digits 300}}`, `{{chars 64}}`), so a line stays readable.
pub fn compact(v: &Value) -> Value {
    match v {
        Value::String(s) => Value::String(compact_text(s)),
        Value::Array(a) => Value::Array(a.iter().map(compact).collect()),
        Value::Object(o) => Value::Object(o.iter().map(|(k, x)| (k.clone(), compact(x))).collect()),
        other => other.clone(),
    }
}

fn compact_text(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let run = chars[i..].iter().take_while(|x| **x == c).count();
        match c {
            '1' if run > 16 => out.push_str(&format!("{{{{digits {run}}}}}")),
            'a' if run > 16 => out.push_str(&format!("{{{{chars {run}}}}}")),
            _ => out.extend(std::iter::repeat_n(c, run)),
        }
        i += run;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_at_a_bound_meets_the_pattern_whole_or_is_not_sent() {
        let account =
            json!({"type": "string", "pattern": "[0-9]*", "minLength": 12, "maxLength": 12});
        assert_eq!(
            at(&account, "maxLength", 12).unwrap().value,
            json!("111111111111")
        );
        assert_eq!(
            past(&account, "minLength", 12).unwrap().value,
            json!("11111111111")
        );
        let id = json!({"type": "string", "pattern": "pma-[a-z0-9]{13}", "minLength": 17, "maxLength": 17});
        assert!(
            past(&id, "minLength", 17).is_err(),
            "every shorter value breaks the pattern too"
        );
        assert_eq!(
            past(&json!({"type": "integer"}), "maximum", 100)
                .unwrap()
                .value,
            json!(101)
        );
        let list = json!({"type": "array", "maxItems": 100, "items": {"type": "string", "pattern": "[a-zA-Z0-9-]+", "maxLength": 100}});
        assert_eq!(
            past(&list, "maxItems", 100).unwrap().value,
            json!("{{accountIds 101}}")
        );
    }

    #[test]
    fn long_runs_are_written_as_templates() {
        let v = json!({"a": format!("x{}y", "1".repeat(20)), "b": "a".repeat(17)});
        assert_eq!(
            compact(&v),
            json!({"a": "x{{digits 20}}y", "b": "{{chars 17}}"})
        );
    }
}
