//! Contract coverage: for each operation, which of the facets the contract defines (members, enum values,
//! union members, declared errors, bounds, paging to the end) the run *checked*: a facet counts only
//! where a passing scenario's step asserted on it and saw it hold (a value sent and accepted, a bound
//! refused naming its member, an error type asserted, a value seen in a checked answer, a list paged to
//! its end). What only an injection brings about (a policy of the mock's: IAM refusals, quotas, failing
//! first calls) is counted apart from behaviour, each set against its own facets. Only facets a
//! conformant endpoint can show are counted; the others are listed apart with the reason. A pure
//! function of the contract and the outcomes.
use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use serde_json::Value;

use crate::{
    runner::{
        ScenarioOutcome, Status,
        outcome::{Check, ExchangeRecord},
    },
    spec::{Contract, facets::Facet, reach::Unreachable},
};

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Coverage {
    /// Behaviour: reachable facets checked, of `total` reachable ones that a run can provoke.
    pub exercised: usize,
    pub total: usize,
    pub percent: f64,
    /// The facets only an injection brings about, counted apart.
    pub injection: Tally,
    /// Facets no conformant endpoint can show, not counted in `total`.
    pub unreachable: usize,
    pub operations: Vec<OperationCoverage>,
}

/// How many of a set of facets were checked.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Tally {
    pub exercised: usize,
    pub total: usize,
    pub percent: f64,
}

impl Tally {
    fn of(exercised: usize, total: usize) -> Tally {
        Tally {
            exercised,
            total,
            percent: percent(exercised, total),
        }
    }
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
    /// Every reachable facet never checked, in words (`program = DISTRIBUTION sent`, `error
    /// ConflictException`).
    pub never: Vec<String>,
    /// The facets only an injection brings about: how many were checked.
    pub injection: Tally,
    /// Those of them never checked.
    pub injection_never: Vec<String>,
    /// The facets no conformant endpoint can show, each with why.
    pub unreachable: Vec<Unreachable>,
}

/// What the checked exchanges of one operation showed: paths, string values, lengths and numbers
/// accepted, lengths refused naming their member, values seen in checked answers, errors asserted.
#[derive(Default)]
struct Seen {
    sent_paths: BTreeSet<String>,
    sent_values: BTreeSet<(String, String)>,
    sent_lengths: BTreeSet<(String, i64)>,
    sent_numbers: BTreeSet<(String, i64)>,
    /// Lengths and numbers of members whose refusal named them.
    refused: BTreeSet<(String, i64)>,
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

/// Per operation, what behaviour showed and what injections showed.
#[derive(Default)]
struct Observed {
    behaviour: Seen,
    injected: Seen,
}

/// Measures what `scenarios` checked of every operation of `contract`.
pub fn measure(contract: &Contract, scenarios: &[ScenarioOutcome]) -> Coverage {
    let mut seen: BTreeMap<&str, Observed> = BTreeMap::new();
    let passing = scenarios
        .iter()
        .filter(|s| matches!(s.status, Status::Passed | Status::Drift));
    for e in passing.flat_map(|s| &s.exchanges) {
        let Some(op) = contract.operation(&e.operation) else {
            continue;
        };
        let observed = seen.entry(op.name.as_str()).or_default();
        let into = if e.injected {
            &mut observed.injected
        } else {
            &mut observed.behaviour
        };
        observe(into, e, op.next_token_member.as_deref());
    }
    let empty = Observed::default();
    let operations: Vec<OperationCoverage> = contract
        .catalog
        .operations
        .iter()
        .map(|op| {
            let (reachable, unreachable) =
                crate::spec::reach::split(contract, op, crate::spec::facets::of(contract, op));
            let (injection, behaviour): (Vec<Facet>, Vec<Facet>) = reachable
                .into_iter()
                .partition(|f| crate::spec::reach::injection_only(contract, op, f).is_some());
            let seen = seen.get(op.name.as_str()).unwrap_or(&empty);
            of_operation(&op.name, behaviour, injection, seen, unreachable)
        })
        .collect();
    let sum = |f: fn(&OperationCoverage) -> [usize; 2]| {
        operations
            .iter()
            .map(f)
            .fold([0, 0], |[x, t], [a, b]| [x + a, t + b])
    };
    let [exercised, total] = sum(|o| [o.exercised, o.total]);
    let [ix, it] = sum(|o| [o.injection.exercised, o.injection.total]);
    Coverage {
        exercised,
        total,
        percent: percent(exercised, total),
        injection: Tally::of(ix, it),
        unreachable: operations.iter().map(|o| o.unreachable.len()).sum(),
        operations,
    }
}

fn of_operation(
    name: &str,
    behaviour: Vec<Facet>,
    injection: Vec<Facet>,
    seen: &Observed,
    unreachable: Vec<Unreachable>,
) -> OperationCoverage {
    let mut by_kind: BTreeMap<String, [usize; 2]> = BTreeMap::new();
    let mut never = Vec::new();
    for f in &behaviour {
        let hit = exercised(f, &seen.behaviour);
        let cell = by_kind.entry(f.kind().to_string()).or_default();
        cell[1] += 1;
        if hit {
            cell[0] += 1;
        } else {
            never.push(f.to_string());
        }
    }
    let injection_never: Vec<String> = injection
        .iter()
        .filter(|f| !exercised(f, &seen.injected) && !exercised(f, &seen.behaviour))
        .map(ToString::to_string)
        .collect();
    let done = behaviour.len() - never.len();
    OperationCoverage {
        operation: name.to_string(),
        exercised: done,
        total: behaviour.len(),
        percent: percent(done, behaviour.len()),
        by_kind,
        never,
        injection: Tally::of(injection.len() - injection_never.len(), injection.len()),
        injection_never,
        unreachable,
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
            let (accepted, past) = match rule.as_str() {
                "minLength" | "minItems" => (&s.sent_lengths, limit - 1),
                "maxLength" | "maxItems" => (&s.sent_lengths, limit + 1),
                "minimum" => (&s.sent_numbers, limit - 1),
                _ => (&s.sent_numbers, limit + 1),
            };
            let at = accepted.iter().any(|(p, n)| n == limit && matches(path, p));
            at || s
                .refused
                .iter()
                .any(|(p, n)| *n == past && matches(path, p))
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

/// The size a value has for a bound: a string's length, a list's items, a number itself.
fn size(v: &Value) -> Option<i64> {
    match v {
        Value::String(text) => Some(text.chars().count() as i64),
        Value::Array(a) => Some(a.len() as i64),
        Value::Number(n) => n.as_i64(),
        _ => None,
    }
}

fn observe(s: &mut Seen, e: &ExchangeRecord, token: Option<&str>) {
    for check in &e.checks {
        match check {
            Check::Error { name } => {
                s.errors.insert(name.clone());
            }
            Check::Named { member } => {
                let at = crate::runner::path::get(&e.request, member).and_then(size);
                s.refused.extend(at.map(|n| (generic_path(member), n)));
            }
            _ => {}
        }
    }
    // A success some step asserted or read: what it sent was accepted, what it answered was checked.
    if e.checks.is_empty() || !(200..300).contains(&e.status) {
        return;
    }
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
    walk(&e.response, "", &mut |path, v| {
        s.seen_paths.insert(path.to_string());
        if let Value::String(text) = v {
            s.seen_values.insert((path.to_string(), text.clone()));
        }
    });
    if let Some(t) = token
        && e.request.get(t).is_some()
        && e.response.get(t).is_none()
    {
        s.paged_to_end = true;
    }
}

/// `tags[0].key` → `tags[].key`, as facets name paths.
fn generic_path(member: &str) -> String {
    let mut out = String::with_capacity(member.len());
    let mut in_index = false;
    for c in member.chars() {
        match c {
            '[' => {
                in_index = true;
                out.push('[');
            }
            ']' => {
                in_index = false;
                out.push(']');
            }
            _ if in_index => {}
            c => out.push(c),
        }
    }
    out
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
        checks: Vec<Check>,
    ) -> ExchangeRecord {
        let error_type = (status >= 400).then(|| "ValidationException".to_string());
        ExchangeRecord {
            operation: operation.into(),
            principal: "sender".into(),
            request,
            status,
            request_id: None,
            error_type,
            response,
            elapsed_ms: 1,
            attempts: Vec::new(),
            checks,
            injected: false,
        }
    }

    fn scenario(status: Status, exchanges: Vec<ExchangeRecord>) -> ScenarioOutcome {
        let mut s = ScenarioOutcome::skipped(ScenarioMeta::default(), "test");
        s.status = status;
        s.exchanges = exchanges;
        s
    }

    fn row<'c>(c: &'c Coverage, op: &str) -> &'c OperationCoverage {
        c.operations.iter().find(|o| o.operation == op).unwrap()
    }

    fn list_and_refused_create() -> Vec<ExchangeRecord> {
        vec![
            exchange(
                "ListProgramManagementAccounts",
                json!({"catalog": "Sandbox", "programs": ["DISTRIBUTION"], "maxResults": 100, "nextToken": "t"}),
                200,
                json!({"items": [{"status": "PENDING"}]}),
                vec![Check::Succeeded],
            ),
            exchange(
                "CreateProgramManagementAccount",
                json!({"displayName": "x".repeat(31)}),
                400,
                json!({}),
                vec![
                    Check::Failed,
                    Check::Error {
                        name: "ValidationException".into(),
                    },
                    Check::Named {
                        member: "displayName".into(),
                    },
                ],
            ),
        ]
    }

    #[test]
    fn checked_facets_of_passing_scenarios_are_counted_and_the_rest_named() {
        let c = measure(
            &crate::spec::Contract::embedded(),
            &[scenario(Status::Passed, list_and_refused_create())],
        );
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
                "{done} was checked: {:?}",
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
                "{left} was not checked"
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
            "a refusal naming the member one past the bound checks it"
        );
        assert!(
            create.never.contains(&"member displayName".to_string()),
            "a refused request accepted nothing"
        );
        assert_eq!(list.exercised + list.never.len(), list.total);
        assert!(c.percent > 0.0 && c.percent < 100.0);
    }

    #[test]
    fn what_no_step_asserted_or_a_failing_scenario_sent_counts_for_nothing() {
        let contract = crate::spec::Contract::embedded();
        let mut unchecked = list_and_refused_create();
        unchecked.iter_mut().for_each(|e| e.checks.clear());
        for outcome in [
            scenario(Status::Passed, unchecked),
            scenario(Status::Failed, list_and_refused_create()),
            scenario(Status::Advisory, list_and_refused_create()),
        ] {
            let c = measure(&contract, &[outcome]);
            assert_eq!((c.exercised, c.injection.exercised), (0, 0));
        }
    }

    #[test]
    fn what_only_a_policy_brought_about_is_counted_apart() {
        let contract = crate::spec::Contract::embedded();
        let mut refused = exchange(
            "CreateRelationship",
            json!({"catalog": "Sandbox"}),
            403,
            json!({}),
            vec![Check::Error {
                name: "AccessDeniedException".into(),
            }],
        );
        refused.injected = true;
        let c = measure(&contract, &[scenario(Status::Passed, vec![refused])]);
        let create = row(&c, "CreateRelationship");
        assert_eq!(create.exercised, 0);
        assert_eq!(create.injection.exercised, 1);
        assert!(!create.never.iter().any(|n| n.contains("AccessDenied")));
        assert!(
            create
                .injection_never
                .contains(&"error ThrottlingException".to_string())
        );
        assert!(c.injection.total > 0 && c.injection.total < c.total);
    }
}
