//! Contract coverage: for each operation, which of the facets the contract defines (members, enum values,
//! union members, declared errors, bounds, paging to the end) the run *checked*: a facet counts only
//! where a passing scenario's assertion shows it by evidence that tells an endpoint applying the rule
//! from one that does not (a value sent and shown by a separate read, a bound refused naming its member
//! beside its control, an error type asserted, a value a step read, a list paged to its end); a value
//! only accepted (a success nothing read back, an echo in the call's own answer) is counted apart, and a
//! setup's success or a drift scenario counts nothing. What only an injection brings about (a policy of
//! the mock's: IAM refusals, quotas, failing first calls) is counted apart from behaviour, each set
//! against its own facets. Only facets a
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
    /// The behaviour facets only accepted (sent in a call that succeeded, nothing reading them back),
    /// not counted in `exercised`.
    pub accepted: Tally,
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
    /// The facets only accepted: sent in a call that succeeded, with no read to show them taken.
    pub accepted: Tally,
    pub accepted_only: Vec<String>,
    /// The facets only an injection brings about: how many were checked.
    pub injection: Tally,
    /// Those of them never checked.
    pub injection_never: Vec<String>,
    /// The facets no conformant endpoint can show, each with why.
    pub unreachable: Vec<Unreachable>,
}

/// What the assertions bearing on one operation showed: request paths, string values, lengths and
/// numbers, lengths refused naming their member beside a control, values seen where a step read them,
/// errors asserted.
#[derive(Default)]
struct Seen {
    sent_paths: BTreeSet<String>,
    sent_values: BTreeSet<(String, String)>,
    sent_lengths: BTreeSet<(String, i64)>,
    sent_numbers: BTreeSet<(String, i64)>,
    /// Lengths and numbers of members whose refusal named them, with a control beside it.
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

/// What one kind of call showed: by discriminating evidence (a separate read, a refusal with its control,
/// an error asserted, a value seen), and what was only accepted (a success nothing read).
#[derive(Default)]
struct Evidence {
    shown: Seen,
    accepted: Seen,
}

/// Per operation, what behaviour showed and what injections showed.
#[derive(Default)]
struct Observed {
    behaviour: Evidence,
    injected: Evidence,
}

/// Measures what `scenarios` checked of every operation of `contract`.
pub fn measure(contract: &Contract, scenarios: &[ScenarioOutcome]) -> Coverage {
    let mut seen: BTreeMap<String, Observed> = BTreeMap::new();
    // A drift scenario passed against a service ahead of the schemas: what it showed is not counted.
    for s in scenarios.iter().filter(|s| s.status() == Status::Passed) {
        observe_scenario(&mut seen, contract, s);
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
            let seen = seen.get(&op.name).unwrap_or(&empty);
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
    let [ax, _] = sum(|o| [o.accepted.exercised, o.accepted.total]);
    Coverage {
        exercised,
        total,
        percent: percent(exercised, total),
        accepted: Tally::of(ax, total),
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
    let (mut never, mut accepted_only) = (Vec::new(), Vec::new());
    for f in &behaviour {
        let cell = by_kind.entry(f.kind().to_string()).or_default();
        cell[1] += 1;
        match grade(f, &seen.behaviour) {
            Grade::Shown => cell[0] += 1,
            Grade::Accepted => accepted_only.push(f.to_string()),
            Grade::Never => never.push(f.to_string()),
        }
    }
    let injection_never: Vec<String> = injection
        .iter()
        .filter(|f| {
            grade(f, &seen.injected) != Grade::Shown && grade(f, &seen.behaviour) != Grade::Shown
        })
        .map(ToString::to_string)
        .collect();
    let done = behaviour.len() - never.len() - accepted_only.len();
    OperationCoverage {
        operation: name.to_string(),
        exercised: done,
        total: behaviour.len(),
        percent: percent(done, behaviour.len()),
        by_kind,
        never,
        accepted: Tally::of(accepted_only.len(), behaviour.len()),
        accepted_only,
        injection: Tally::of(injection.len() - injection_never.len(), injection.len()),
        injection_never,
        unreachable,
    }
}

/// What evidence a facet has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Grade {
    /// Shown by an assertion that tells an endpoint applying the rule from one that does not.
    Shown,
    /// Only accepted: sent in a call that succeeded, with nothing to read it back.
    Accepted,
    Never,
}

fn grade(f: &Facet, e: &Evidence) -> Grade {
    if exercised(f, &e.shown) {
        Grade::Shown
    } else if exercised(f, &e.accepted) {
        Grade::Accepted
    } else {
        Grade::Never
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

/// What one passing scenario's assertions showed, per operation.
fn observe_scenario(
    seen: &mut BTreeMap<String, Observed>,
    contract: &Contract,
    s: &ScenarioOutcome,
) {
    let reads = reads_of(&s.exchanges);
    for (i, e) in s.exchanges.iter().enumerate() {
        let Some(op) = contract.operation(&e.operation) else {
            continue;
        };
        let observed = seen.entry(op.name.clone()).or_default();
        let into = if e.injected {
            &mut observed.injected
        } else {
            &mut observed.behaviour
        };
        let controlled = |member: &str| controlled(&s.exchanges, i, member);
        observe(into, e, op.next_token_member.as_deref(), &controlled);
        if e.checks.contains(&Check::Succeeded) {
            // A value a later, separate read showed under the same name was taken.
            let later: Vec<&(usize, String, String)> = reads.iter().filter(|r| r.0 > i).collect();
            walk(&e.request, "", &mut |path, v| {
                let Some(text) = scalar(v) else { return };
                let leaf = leaf(path);
                if later.iter().any(|(_, l, t)| *l == leaf && *t == text) {
                    sent(&mut into.shown, path, v);
                    ancestors(&mut into.shown, path);
                }
            });
        }
    }
}

/// Whether the refusal of exchange `i` has its control: another call of the same operation in the
/// scenario that succeeded as a step required, or one not refused for `member`.
fn controlled(exchanges: &[ExchangeRecord], i: usize, member: &str) -> bool {
    let op = &exchanges[i].operation;
    exchanges.iter().enumerate().any(|(j, e)| {
        j != i
            && e.operation == *op
            && e.checks.iter().any(|c| match c {
                Check::Succeeded => true,
                Check::Control { member: m } => m == member,
                _ => false,
            })
    })
}

/// Every value a step read (the exchange, the member's last name, the value as text).
fn reads_of(exchanges: &[ExchangeRecord]) -> Vec<(usize, String, String)> {
    let mut out = Vec::new();
    for (i, e) in exchanges.iter().enumerate() {
        for check in &e.checks {
            match check {
                Check::Read { member } => {
                    if let Some(v) = crate::runner::path::get(&e.response, member) {
                        walk_with(v, &generic_path(member), &mut |path, v| {
                            out.extend(scalar(v).map(|t| (i, leaf(path), t)));
                        });
                    }
                }
                Check::Seen { path, values } => {
                    out.extend(values.iter().filter_map(scalar).map(|t| (i, leaf(path), t)));
                }
                _ => {}
            }
        }
    }
    out
}

fn observe(
    s: &mut Evidence,
    e: &ExchangeRecord,
    token: Option<&str>,
    controlled: &dyn Fn(&str) -> bool,
) {
    for check in &e.checks {
        match check {
            Check::Error { name } => {
                s.shown.errors.insert(name.clone());
            }
            Check::Named { member } if controlled(member) => {
                let at = crate::runner::path::get(&e.request, member).and_then(size);
                s.shown
                    .refused
                    .extend(at.map(|n| (generic_path(member), n)));
            }
            Check::ReadBack { member } | Check::Echoed { member } => {
                let into = if matches!(check, Check::ReadBack { .. }) {
                    &mut s.shown
                } else {
                    &mut s.accepted
                };
                if let Some(v) = crate::runner::path::get(&e.request, member) {
                    let at = generic_path(member);
                    sent(into, &at, v);
                    ancestors(into, &at);
                    walk(v, &at, &mut |path, v| sent(into, path, v));
                }
            }
            Check::Read { member } => {
                let at = generic_path(member);
                ancestors_seen(&mut s.shown, &at);
                if let Some(v) = crate::runner::path::get(&e.response, member) {
                    walk_with(v, &at, &mut |path, v| seen_at(&mut s.shown, path, v));
                }
            }
            Check::Seen { path, values } => {
                ancestors_seen(&mut s.shown, path);
                values.iter().for_each(|v| seen_at(&mut s.shown, path, v));
            }
            _ => {}
        }
    }
    if !(200..300).contains(&e.status) || !e.checks.contains(&Check::Succeeded) {
        return;
    }
    // A success a step required: what it sent was accepted.
    walk(&e.request, "", &mut |path, v| {
        sent(&mut s.accepted, path, v)
    });
    if let Some(t) = token
        && e.request.get(t).is_some()
        && e.response.get(t).is_none()
    {
        s.shown.paged_to_end = true;
    }
}

/// A value sent at `path`: the path, and the value, length or number it had.
fn sent(s: &mut Seen, path: &str, v: &Value) {
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
}

/// The members a value at `path` is inside (`a.b` and `a` for `a.b.c`, a list's `[]` dropped).
fn ancestors_of(path: &str) -> impl Iterator<Item = String> + '_ {
    path.match_indices('.')
        .map(move |(i, _)| path[..i].trim_end_matches("[]").to_string())
}

/// The members a value at `path` was sent inside were sent too.
fn ancestors(s: &mut Seen, path: &str) {
    s.sent_paths.extend(ancestors_of(path));
}

/// A value read at `path`: the path and the members it is inside were seen.
fn ancestors_seen(s: &mut Seen, path: &str) {
    s.seen_paths.insert(path.to_string());
    s.seen_paths.extend(ancestors_of(path));
}

fn seen_at(s: &mut Seen, path: &str, v: &Value) {
    s.seen_paths.insert(path.to_string());
    if let Value::String(text) = v {
        s.seen_values.insert((path.to_string(), text.clone()));
    }
}

/// A scalar as text (a string as itself), for comparing what was sent with what was read.
fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(_) | Value::Bool(_) => Some(v.to_string()),
        _ => None,
    }
}

/// A path's last member name (`tags[].key` → `key`, `ids[]` → `ids`).
fn leaf(path: &str) -> String {
    let last = path.rsplit('.').next().unwrap_or(path);
    last.trim_end_matches("[]").to_string()
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

/// Calls `visit` with `v` at `path` (items of a list at `path[]`) and everything inside it.
fn walk_with(v: &Value, path: &str, visit: &mut dyn FnMut(&str, &Value)) {
    if !v.is_array() {
        visit(path, v);
    }
    walk(v, path, visit);
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
    use crate::runner::{
        outcome::{ExchangeRecord, Failure, FailureKind, ScenarioMeta, Verdict},
        verdict::Basis,
    };

    fn failure() -> Failure {
        Failure {
            kind: FailureKind::Assertion,
            basis: Basis::Documented,
            step: "the call succeeds".into(),
            message: "it failed".into(),
        }
    }

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
            quota_spent: false,
        }
    }

    fn scenario(verdict: Verdict, exchanges: Vec<ExchangeRecord>) -> ScenarioOutcome {
        let mut s = ScenarioOutcome::skipped(ScenarioMeta::default(), "test");
        s.verdict = verdict;
        s.exchanges = exchanges;
        s
    }

    fn row<'c>(c: &'c Coverage, op: &str) -> &'c OperationCoverage {
        c.operations.iter().find(|o| o.operation == op).unwrap()
    }

    fn list_paged(checks: Vec<Check>) -> ExchangeRecord {
        exchange(
            "ListProgramManagementAccounts",
            json!({"catalog": "Sandbox", "programs": ["DISTRIBUTION"], "maxResults": 100, "nextToken": "t"}),
            200,
            json!({"items": [{"status": "PENDING", "program": "DISTRIBUTION"}, {"status": "ACTIVE"}]}),
            checks,
        )
    }

    fn refused_create() -> ExchangeRecord {
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
        )
    }

    fn create_at_bound() -> ExchangeRecord {
        exchange(
            "CreateProgramManagementAccount",
            json!({"displayName": "x".repeat(30), "program": "DISTRIBUTION"}),
            200,
            json!({"programManagementAccountDetail": {"id": "pma-1"}}),
            vec![Check::Succeeded],
        )
    }

    fn get_showing(display_name: &str) -> ExchangeRecord {
        exchange(
            "GetProgramManagementAccount",
            json!({"identifier": "pma-1"}),
            200,
            json!({"programManagementAccountDetail": {"displayName": display_name}}),
            vec![
                Check::Succeeded,
                Check::Read {
                    member: "programManagementAccountDetail.displayName".into(),
                },
            ],
        )
    }

    fn contains(list: &[String], facet: &str) -> bool {
        list.contains(&facet.to_string())
    }

    #[test]
    fn a_success_alone_is_accepted_and_only_what_a_step_read_is_seen() {
        let seen = Check::Seen {
            path: "items[].status".into(),
            values: vec![json!("PENDING")],
        };
        let c = measure(
            &crate::spec::Contract::embedded(),
            &[scenario(
                Verdict::Passed,
                vec![list_paged(vec![Check::Succeeded, seen])],
            )],
        );
        let list = row(&c, "ListProgramManagementAccounts");
        for shown in ["items[].status = PENDING seen", "paged to the end"] {
            assert!(!contains(&list.never, shown) && !contains(&list.accepted_only, shown));
        }
        for accepted in [
            "programs[] = DISTRIBUTION sent",
            "maxResults at maximum 100",
            "member programs",
        ] {
            assert!(
                contains(&list.accepted_only, accepted),
                "{accepted}: {:?}",
                list.accepted_only
            );
        }
        for never in [
            "items[].status = ACTIVE seen",
            "items[].program = DISTRIBUTION seen",
            "programs[] = SOLUTION_PROVIDER sent",
            "error ValidationException",
        ] {
            assert!(
                contains(&list.never, never),
                "{never} was in the answer, never asserted"
            );
        }
        assert_eq!(
            list.exercised + list.accepted.exercised + list.never.len(),
            list.total
        );
        assert!(c.accepted.exercised >= 3 && c.exercised >= 2);
    }

    #[test]
    fn a_refusal_counts_beside_its_control_and_a_value_sent_counts_when_a_separate_read_shows_it() {
        let contract = crate::spec::Contract::embedded();
        let alone = measure(
            &contract,
            &[scenario(Verdict::Passed, vec![refused_create()])],
        );
        let create = row(&alone, "CreateProgramManagementAccount");
        assert!(
            contains(&create.never, "displayName at maxLength 30"),
            "no control"
        );
        assert!(!contains(&create.never, "error ValidationException"));
        let exchanges = vec![
            create_at_bound(),
            refused_create(),
            get_showing(&"x".repeat(30)),
        ];
        let both = measure(&contract, &[scenario(Verdict::Passed, exchanges)]);
        let create = row(&both, "CreateProgramManagementAccount");
        for shown in ["displayName at maxLength 30", "member displayName"] {
            assert!(!contains(&create.never, shown) && !contains(&create.accepted_only, shown));
        }
        assert!(
            contains(&create.accepted_only, "program = DISTRIBUTION sent"),
            "no read showed the program"
        );
        let misread = vec![create_at_bound(), get_showing("another")];
        let c = measure(&contract, &[scenario(Verdict::Passed, misread)]);
        let create = row(&c, "CreateProgramManagementAccount");
        assert!(contains(&create.accepted_only, "member displayName"));
    }

    #[test]
    fn setup_a_failing_scenario_or_a_drift_counts_for_nothing() {
        let contract = crate::spec::Contract::embedded();
        let setup = vec![list_paged(vec![Check::Setup])];
        let full = || {
            vec![
                create_at_bound(),
                refused_create(),
                get_showing(&"x".repeat(30)),
            ]
        };
        for outcome in [
            scenario(Verdict::Passed, setup),
            scenario(Verdict::Failed(failure()), full()),
            scenario(Verdict::Advisory(None), full()),
            scenario(Verdict::Drift, full()),
        ] {
            let c = measure(&contract, &[outcome]);
            assert_eq!(
                (c.exercised, c.accepted.exercised, c.injection.exercised),
                (0, 0, 0)
            );
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
        let c = measure(&contract, &[scenario(Verdict::Passed, vec![refused])]);
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
