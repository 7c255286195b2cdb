//! Comparing values as the protocol means them: two ISO 8601 timestamps are equal when they name the
//! same instant (`2027-06-30T00:00:00Z` = `2027-06-30T00:00:00.000Z` = `2027-06-30T00:00:00+00:00`).
use std::cmp::Ordering;

use serde_json::Value;
use time::{OffsetDateTime, format_description::well_known::Rfc3339};

/// The instant a string names, when it is an RFC 3339 / ISO 8601 timestamp with a date and a time.
pub fn instant(s: &str) -> Option<OffsetDateTime> {
    if s.len() < 20 || s.as_bytes().get(10) != Some(&b'T') {
        return None;
    }
    OffsetDateTime::parse(s, &Rfc3339).ok()
}

/// Equality, with timestamps compared as instants (inside arrays and objects too).
pub fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::String(x), Value::String(y)) => {
            x == y || matches!((instant(x), instant(y)), (Some(p), Some(q)) if p == q)
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same(p, q))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}

/// The order of two strings, as instants when both are timestamps, else as text.
pub fn order(a: &str, b: &str) -> Ordering {
    match (instant(a), instant(b)) {
        (Some(p), Some(q)) => p.cmp(&q),
        _ => a.cmp(b),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn timestamps_are_equal_as_instants() {
        assert!(same(
            &json!("2027-06-30T00:00:00Z"),
            &json!("2027-06-30T00:00:00.000Z")
        ));
        assert!(same(
            &json!({"a": ["2027-06-30T00:00:00+00:00"]}),
            &json!({"a": ["2027-06-30T00:00:00Z"]})
        ));
        assert!(!same(
            &json!("2027-06-30T00:00:00Z"),
            &json!("2027-06-30T00:00:01Z")
        ));
        assert!(!same(&json!("abc"), &json!("abd")));
        assert!(same(&json!(1), &json!(1)));
    }

    #[test]
    fn timestamps_order_as_instants() {
        assert_eq!(
            order("2027-06-30T00:00:00.5Z", "2027-06-30T00:00:00Z"),
            Ordering::Greater
        );
        assert_eq!(
            order("2027-06-30T01:00:00+01:00", "2027-06-30T00:00:00.000Z"),
            Ordering::Equal
        );
        assert_eq!(order("b", "a"), Ordering::Greater);
    }
}
