//! How the `Shapes` fake narrows a list: a request member whose name its items share (`programs` →
//! `program`) keeps the items whose value it lists; a `sortBy` sorts; a page holds `maxResults` items
//! and a token is the offset of the next.
use pcc_conformance::spec::Operation;
use serde_json::Value;

use super::answer::{deep, singular};

/// The members that filter (name, values), nested filter objects followed.
fn filters(v: &Value, op: &Operation, out: &mut Vec<(String, Vec<Value>)>) {
    let Some(o) = v.as_object() else { return };
    let skipped = [
        Some(op.conventions.catalog_member.as_str()),
        op.next_token_member.as_deref(),
        op.max_results_member.as_deref(),
    ];
    for (k, x) in o {
        if skipped.contains(&Some(k.as_str())) || k.to_ascii_lowercase().contains("sort") {
            continue;
        }
        match x {
            Value::Array(a) if a.iter().all(|i| !i.is_object() && !i.is_array()) => {
                out.push((k.clone(), a.clone()));
            }
            Value::String(_) => out.push((k.clone(), vec![x.clone()])),
            Value::Object(_) => filters(x, op, out),
            _ => {}
        }
    }
}

/// Whether `item` passes every filter of `request` that names one of its members.
pub fn keeps(request: &Value, item: &Value, op: &Operation) -> bool {
    let mut all = Vec::new();
    filters(request, op, &mut all);
    all.iter().all(|(name, values)| {
        let shown = singular(name).iter().find_map(|n| deep(item, n).cloned());
        match shown {
            Some(v) => values.contains(&v),
            None => true,
        }
    })
}

/// Sorts by the request's `sortBy` (`UpdatedAt` → `updatedAt`), in its `sortOrder`.
pub fn sort(request: &Value, items: &mut [Value]) {
    let Some(sort) = find_sort(request) else {
        return;
    };
    let by = sort.get("sortBy").and_then(Value::as_str).unwrap_or("");
    let mut key = by.to_string();
    if let Some(first) = key.get(..1) {
        key = first.to_ascii_lowercase() + &key[1..];
    }
    let text = |v: &Value| deep(v, &key).map(ToString::to_string).unwrap_or_default();
    items.sort_by_key(|a| text(a));
    if sort.get("sortOrder").and_then(Value::as_str) == Some("Descending") {
        items.reverse();
    }
}

fn find_sort(v: &Value) -> Option<&Value> {
    let o = v.as_object()?;
    if o.contains_key("sortBy") {
        return Some(v);
    }
    o.values().find_map(find_sort)
}

/// The page the request asks for, and the token of the next if there is one.
pub fn page(request: &Value, items: Vec<Value>, op: &Operation) -> (Vec<Value>, Option<String>) {
    let size = op
        .max_results_member
        .as_deref()
        .and_then(|m| request.get(m))
        .and_then(Value::as_u64)
        .map_or(usize::MAX, |n| n as usize);
    let from = op
        .next_token_member
        .as_deref()
        .and_then(|m| request.get(m))
        .and_then(Value::as_str)
        .and_then(|t| t.strip_prefix("offset-"))
        .and_then(|t| t.parse::<usize>().ok())
        .unwrap_or(0);
    let end = from.saturating_add(size).min(items.len());
    let next = (end < items.len()).then(|| format!("offset-{end}"));
    (
        items
            .into_iter()
            .skip(from)
            .take(end - from.min(end))
            .collect(),
        next,
    )
}
