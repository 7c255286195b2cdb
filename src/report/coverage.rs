//! Contract coverage: for each operation, which of the facets the contract defines (members, enum values,
//! union members, declared errors, bounds, paging to the end) the run's exchanges exercised, as counts, a
//! percentage and the list of what was never exercised. Only facets a conformant endpoint can show are
//! counted; the others are listed apart with the reason. A pure function of the contract and the outcomes.
use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use serde_json::Value;

use crate::{
    runner::{ScenarioOutcome, outcome::ExchangeRecord},
    spec::{Contract, facets::Facet, reach::Unreachable},
};

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Coverage {
    /// Reachable facets exercised, of `total` reachable ones.
    pub exercised: usize,
    pub total: usize,
    pub percent: f64,
    /// Facets no conformant endpoint can show, not counted in `total`.
    pub unreachable: usize,
    pub operations: Vec<OperationCoverage>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OperationCoverage {
    pub operation: String,
    pub exercised: usize,
    pub total: usize,
    pub percent: f64,
    /// Per facet kind (`member`, `enumSent`, …): exercised and total.
    pub by_kind: BTreeMap<String, [usize; 2]>,
    /// Every reachable facet never exercised, in words (`program = DISTRIBUTION sent`, `error
    /// ConflictException`).
    pub never: Vec<String>,
    /// The facets no conformant endpoint can show, each with why.
    pub unreachable: Vec<Unreachable>,
}

/// What the exchanges of one operation showed: paths, string values, lengths and numbers, both ways.
#[derive(Default)]
struct Seen {
    sent_paths: BTreeSet<String>,
    sent_values: BTreeSet<(String, String)>,
    sent_lengths: BTreeSet<(String, i64)>,
    sent_numbers: BTreeSet<(String, i64)>,
    seen_paths: BTreeSet<String>,
    seen_values: BTreeSet<(String, String)>,
    errors: BTreeSet<String>,
    paged_to_end: bool,
}

fn percent(exercised: usize, total: usize) -> f64 {
    if total == 0 {
        100.0
    } else {
        (exercised as f64 * 1000.0 / total as f64).round() / 10.0
    }
}

/// Measures what `scenarios` exercised of every operation of `contract`.
pub fn measure(contract: &Contract, scenarios: &[ScenarioOutcome]) -> Coverage {
    let mut seen: BTreeMap<&str, Seen> = BTreeMap::new();
    for e in scenarios.iter().flat_map(|s| &s.exchanges) {
        let Some(op) = contract.operation(&e.operation) else {
            continue;
        };
        observe(
            seen.entry(op.name.as_str()).or_default(),
            e,
            op.next_token_member.as_deref(),
        );
    }
    let empty = Seen::default();
    let operations: Vec<OperationCoverage> = contract
        .catalog
        .operations
        .iter()
        .map(|op| {
            let (reachable, unreachable) =
                crate::spec::reach::split(contract, op, crate::spec::facets::of(contract, op));
            let seen = seen.get(op.name.as_str()).unwrap_or(&empty);
            OperationCoverage {
                unreachable,
                ..of_operation(&op.name, reachable, seen)
            }
        })
        .collect();
    let (exercised, total) = operations
        .iter()
        .fold((0, 0), |(x, t), o| (x + o.exercised, t + o.total));
    Coverage {
        exercised,
        total,
        percent: percent(exercised, total),
        unreachable: operations.iter().map(|o| o.unreachable.len()).sum(),
        operations,
    }
}

fn of_operation(name: &str, facets: Vec<Facet>, seen: &Seen) -> OperationCoverage {
    let mut by_kind: BTreeMap<String, [usize; 2]> = BTreeMap::new();
    let mut never = Vec::new();
    for f in &facets {
        let hit = exercised(f, seen);
        let cell = by_kind.entry(f.kind().to_string()).or_default();
        cell[1] += 1;
        if hit {
            cell[0] += 1;
        } else {
            never.push(f.to_string());
        }
    }
    let exercised = facets.len() - never.len();
    OperationCoverage {
        operation: name.to_string(),
        exercised,
        total: facets.len(),
        percent: percent(exercised, facets.len()),
        by_kind,
        never,
        unreachable: Vec::new(),
    }
}

/// Whether a facet path (`*` for any map key) names an observed path.
fn matches(pattern: &str, path: &str) -> bool {
    if !pattern.contains('*') {
        return pattern == path;
    }
    let (p, q): (Vec<&str>, Vec<&str>) = (pattern.split('.').collect(), path.split('.').collect());
    p.len() == q.len() && p.iter().zip(&q).all(|(a, b)| *a == "*" || a == b)
}

fn any_path(set: &BTreeSet<String>, pattern: &str) -> bool {
    if pattern.contains('*') {
        set.iter().any(|p| matches(pattern, p))
    } else {
        set.contains(pattern)
    }
}

fn any_value(set: &BTreeSet<(String, String)>, pattern: &str, value: &str) -> bool {
    set.iter().any(|(p, v)| v == value && matches(pattern, p))
}

fn exercised(f: &Facet, s: &Seen) -> bool {
    match f {
        Facet::Member { path } => any_path(&s.sent_paths, path),
        Facet::EnumSent { path, value } => any_value(&s.sent_values, path, value),
        Facet::EnumSeen { path, value } => any_value(&s.seen_values, path, value),
        Facet::UnionSent { path, member } => any_path(&s.sent_paths, &join(path, member)),
        Facet::UnionSeen { path, member } => any_path(&s.seen_paths, &join(path, member)),
        Facet::Error { name } => s.errors.contains(name),
        Facet::Bound { path, rule, limit } => {
            let (set, near) = match rule.as_str() {
                "minLength" => (&s.sent_lengths, limit - 1),
                "maxLength" => (&s.sent_lengths, limit + 1),
                "minimum" => (&s.sent_numbers, limit - 1),
                _ => (&s.sent_numbers, limit + 1),
            };
            set.iter()
                .any(|(p, n)| (n == limit || *n == near) && matches(path, p))
        }
        Facet::PagedToEnd => s.paged_to_end,
    }
}

fn join(path: &str, member: &str) -> String {
    if path.is_empty() {
        member.to_string()
    } else {
        format!("{path}.{member}")
    }
}

fn observe(s: &mut Seen, e: &ExchangeRecord, token: Option<&str>) {
    walk(&e.request, "", &mut |path, v| {
        s.sent_paths.insert(path.to_string());
        match v {
            Value::String(text) => {
                s.sent_values.insert((path.to_string(), text.clone()));
                s.sent_lengths
                    .insert((path.to_string(), text.chars().count() as i64));
            }
            Value::Number(n) => {
                if let Some(n) = n.as_i64() {
                    s.sent_numbers.insert((path.to_string(), n));
                }
            }
            Value::Array(a) => {
                s.sent_lengths.insert((path.to_string(), a.len() as i64));
            }
            _ => {}
        }
    });
    let ok = (200..300).contains(&e.status);
    if ok {
        walk(&e.response, "", &mut |path, v| {
            s.seen_paths.insert(path.to_string());
            if let Value::String(text) = v {
                s.seen_values.insert((path.to_string(), text.clone()));
            }
        });
    }
    s.errors.extend(e.error_type.clone());
    s.errors
        .extend(e.attempts.iter().filter_map(|a| a.error_type.clone()));
    if let Some(t) = token
        && ok
        && e.request.get(t).is_some()
        && e.response.get(t).is_none()
    {
        s.paged_to_end = true;
    }
}

/// Calls `visit` with every member's path (`a.b`, arrays as `a[]`) and value.
fn walk(v: &Value, path: &str, visit: &mut dyn FnMut(&str, &Value)) {
    match v {
        Value::Object(o) => {
            for (k, x) in o {
                let inner = join(path, k);
                visit(&inner, x);
                walk(x, &inner, visit);
            }
        }
        Value::Array(a) => {
            let inner = format!("{path}[]");
            for x in a {
                if !x.is_object() && !x.is_array() {
                    visit(&inner, x);
                }
                walk(x, &inner, visit);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::runner::outcome::{ExchangeRecord, ScenarioMeta};

    fn exchange(
        operation: &str,
        request: Value,
        status: u16,
        response: Value,
        error: Option<&str>,
    ) -> ExchangeRecord {
        ExchangeRecord {
            operation: operation.into(),
            principal: "sender".into(),
            request,
            status,
            request_id: None,
            error_type: error.map(str::to_string),
            response,
            elapsed_ms: 1,
            attempts: Vec::new(),
        }
    }

    fn row<'c>(c: &'c Coverage, op: &str) -> &'c OperationCoverage {
        c.operations.iter().find(|o| o.operation == op).unwrap()
    }

    #[test]
    fn exercised_facets_are_counted_and_the_rest_named() {
        let mut s = ScenarioOutcome::skipped(ScenarioMeta::default(), "test");
        s.exchanges = vec![
            exchange(
                "ListProgramManagementAccounts",
                json!({"catalog": "Sandbox", "programs": ["DISTRIBUTION"], "maxResults": 100, "nextToken": "t"}),
                200,
                json!({"items": [{"status": "PENDING"}]}),
                None,
            ),
            exchange(
                "CreateProgramManagementAccount",
                json!({"displayName": "x".repeat(31)}),
                400,
                json!({}),
                Some("ValidationException"),
            ),
        ];
        let c = measure(&crate::spec::Contract::embedded(), &[s]);
        let list = row(&c, "ListProgramManagementAccounts");
        for done in [
            "programs[] = DISTRIBUTION sent",
            "items[].status = PENDING seen",
            "maxResults at maximum 100",
            "paged to the end",
            "member programs",
        ] {
            assert!(
                !list.never.contains(&done.to_string()),
                "{done} was exercised: {:?}",
                list.never
            );
        }
        for left in [
            "programs[] = SOLUTION_PROVIDER sent",
            "items[].status = ACTIVE seen",
            "maxResults at minimum 1",
            "error ValidationException",
        ] {
            assert!(
                list.never.contains(&left.to_string()),
                "{left} was not exercised"
            );
        }
        let create = row(&c, "CreateProgramManagementAccount");
        assert!(
            !create
                .never
                .contains(&"error ValidationException".to_string())
        );
        assert!(
            !create
                .never
                .contains(&"displayName at maxLength 30".to_string()),
            "one past the bound probes it"
        );
        assert_eq!(list.exercised + list.never.len(), list.total);
        assert!(c.percent > 0.0 && c.percent < 100.0);
    }
}
