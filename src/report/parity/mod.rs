//! Recorded parity: what each scenario exchanged with an endpoint, recorded after transformers that place
//! what differs between runs (see `transform`), and the differences between a recording and a run of
//! another endpoint — parity gaps — each known (written down with its reason) or not. Pure functions of
//! outcomes and recordings; `files` reads and writes them.
pub mod files;
mod known;
mod transform;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::runner::{RunOutcome, ScenarioOutcome, Status, outcome::Check};

pub use known::KnownGap;
pub use transform::Placer;

/// Where and how a recording was made.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Header {
    pub recorded_at: String,
    /// `mock` or `service`.
    pub endpoint_kind: String,
    /// The endpoint's host only: no path, no keys.
    pub endpoint_host: String,
    pub catalog: String,
    pub model: String,
    pub tool_version: String,
    pub seed: u64,
}

/// One scenario's exchanges, placed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Snapshot {
    pub feature_path: String,
    pub name: String,
    pub line: usize,
    pub status: String,
    pub calls: Vec<Call>,
    /// The inferred expectations that held when it was recorded.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inferred_held: Vec<String>,
    /// Values that look like identifiers no transformer placed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unplaced: Vec<String>,
}

/// One call in order: the operation, the principal's role, what was sent and what came back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Call {
    pub operation: String,
    pub role: String,
    pub request: Value,
    pub status: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_type: Option<String>,
    pub response: Value,
    /// A control: the same request put right, which may succeed or fail for what it names (not found, a
    /// conflict with what other scenarios made), so long as its shape is not refused. Two controls that
    /// both held agree whatever else they answered.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub control: bool,
}

/// A recording: its header and a snapshot per scenario it ran.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Recording {
    pub header: Header,
    pub snapshots: Vec<Snapshot>,
}

/// One difference between a recording and a run.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Gap {
    /// `feature path: scenario name`.
    pub scenario: String,
    /// The call, counted from 1, and its operation (`2 ListRelationships`); empty for the scenario.
    pub call: String,
    /// Where: `status`, `errorType`, `request.catalog`, `response.items[0].status`, `calls`.
    pub path: String,
    pub recorded: Value,
    pub now: Value,
    /// Why it is accepted, for a known gap.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// A scenario's inferred expectations that held in a recording made against a service.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Observed {
    pub scenario: String,
    pub steps: Vec<String>,
}

/// A known gap and how many differences it accepted.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Absorbed {
    #[serde(flatten)]
    pub known: KnownGap,
    pub gaps: usize,
}

/// What a comparison found, as the report shows it.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Parity {
    pub recorded_at: String,
    pub endpoint_kind: String,
    /// Scenarios the recording has; those this run ran and compared.
    pub snapshots: usize,
    pub compared: usize,
    pub gaps: Vec<Gap>,
    pub known: Vec<Gap>,
    /// Each known gap with how many of this run's differences it accepted.
    pub absorbed: Vec<Absorbed>,
    /// Known gaps that matched no difference of this run: stale, to be removed.
    pub stale: Vec<KnownGap>,
    /// Against a service: the inferred expectations each scenario's recording saw hold.
    pub observed: Vec<Observed>,
}

/// The gap path of a scenario this run ran that the recording has no snapshot of: not compared.
pub const NOT_RECORDED: &str = "(not recorded)";

/// `feature path: name`: a scenario as recordings, gaps and baselines name it.
pub fn scenario_key(feature_path: &str, name: &str) -> String {
    format!("{feature_path}: {name}")
}

/// Each scenario's key, in the order given: `feature path: name`, with ` (2)`, ` (3)` … for later
/// scenarios of one feature with the same name (outline rows that do not name their values), in the
/// order of their lines.
pub fn keys<'a>(scenarios: impl IntoIterator<Item = (&'a str, &'a str, usize)>) -> Vec<String> {
    let mut all: Vec<(usize, &str, &str, usize)> = scenarios
        .into_iter()
        .enumerate()
        .map(|(i, (path, name, line))| (i, path, name, line))
        .collect();
    let mut out = vec![String::new(); all.len()];
    all.sort_by_key(|(_, path, name, line)| (*path, *name, *line));
    let mut previous: Option<(&str, &str)> = None;
    let mut n = 0;
    for (i, path, name, _) in all {
        n = if previous == Some((path, name)) {
            n + 1
        } else {
            1
        };
        previous = Some((path, name));
        let key = scenario_key(path, name);
        out[i] = if n == 1 { key } else { format!("{key} ({n})") };
    }
    out
}

/// The snapshot of one scenario, placed.
pub fn snapshot(s: &ScenarioOutcome) -> Snapshot {
    let roles: BTreeMap<String, String> = s
        .roles
        .iter()
        .map(|r| (r.account_id.clone(), r.role.clone()))
        .collect();
    let role_of: BTreeMap<&str, &str> = s
        .roles
        .iter()
        .map(|r| (r.principal.as_str(), r.role.as_str()))
        .collect();
    let names = s
        .roles
        .iter()
        .filter(|r| r.guest)
        .map(|r| (r.principal.clone(), r.role.clone()))
        .collect();
    let mut placer = Placer::with_names(roles, names);
    let calls = s
        .exchanges
        .iter()
        .map(|e| Call {
            operation: e.operation.clone(),
            role: role_of
                .get(e.principal.as_str())
                .unwrap_or(&"?")
                .to_string(),
            request: placer.document(&e.request),
            status: e.status,
            error_type: e.error_type.clone(),
            response: placer.document(&e.response),
            control: e.checks.iter().any(|c| matches!(c, Check::Control { .. })),
        })
        .collect();
    Snapshot {
        feature_path: s.feature_path.clone(),
        name: s.name.clone(),
        line: s.line,
        status: s.status().as_str().to_string(),
        calls,
        inferred_held: s.inferred_held.clone(),
        unplaced: placer.unplaced,
    }
}

/// A recording of a run: every scenario that ran (skipped ones are not).
pub fn record(run: &RunOutcome, header: Header) -> Recording {
    let snapshots = run
        .scenarios
        .iter()
        .filter(|s| s.status() != Status::Skipped)
        .map(snapshot)
        .collect();
    Recording { header, snapshots }
}

/// Compares a run with a recording: each scenario of both, call by call; gaps the known list names
/// are set apart with their reason.
pub fn compare(recording: &Recording, run: &RunOutcome, known: &[KnownGap]) -> Parity {
    let recorded_keys = keys(
        recording
            .snapshots
            .iter()
            .map(|s| (s.feature_path.as_str(), s.name.as_str(), s.line)),
    );
    let by_key: BTreeMap<String, &Snapshot> = recorded_keys
        .into_iter()
        .zip(&recording.snapshots)
        .collect();
    let mut parity = Parity {
        recorded_at: recording.header.recorded_at.clone(),
        endpoint_kind: recording.header.endpoint_kind.clone(),
        snapshots: recording.snapshots.len(),
        ..Parity::default()
    };
    let ran: Vec<&ScenarioOutcome> = run
        .scenarios
        .iter()
        .filter(|s| s.status() != Status::Skipped)
        .collect();
    let ran_keys = keys(
        ran.iter()
            .map(|s| (s.feature_path.as_str(), s.name.as_str(), s.line)),
    );
    let mut found = Vec::new();
    for (s, key) in ran.into_iter().zip(ran_keys) {
        let Some(recorded) = by_key.get(&key) else {
            found.push(Gap {
                scenario: key,
                call: String::new(),
                path: NOT_RECORDED.into(),
                recorded: Value::Null,
                now: Value::from(s.status().as_str()),
                reason: None,
            });
            continue;
        };
        parity.compared += 1;
        if recording.header.endpoint_kind == "service" && !recorded.inferred_held.is_empty() {
            parity.observed.push(Observed {
                scenario: key.clone(),
                steps: recorded.inferred_held.clone(),
            });
        }
        found.extend(differences(&key, recorded, &snapshot(s)));
    }
    let mut used = vec![0; known.len()];
    for gap in found {
        match known
            .iter()
            .position(|k| k.accepts(&gap.scenario, &gap.path))
        {
            Some(i) => {
                used[i] += 1;
                parity.known.push(Gap {
                    reason: Some(known[i].reason.clone()),
                    ..gap
                });
            }
            None => parity.gaps.push(gap),
        }
    }
    parity.absorbed = known
        .iter()
        .zip(used)
        .map(|(k, gaps)| Absorbed {
            known: k.clone(),
            gaps,
        })
        .collect();
    parity.stale = parity
        .absorbed
        .iter()
        .filter(|a| a.gaps == 0)
        .map(|a| a.known.clone())
        .collect();
    parity
}

/// The differences between a recorded snapshot and a run's, call by call: what was sent, then what came
/// back.
pub fn differences(key: &str, recorded: &Snapshot, now: &Snapshot) -> Vec<Gap> {
    let gap = |call: String, (path, recorded, now): (String, Value, Value)| Gap {
        scenario: key.to_string(),
        call,
        path,
        recorded,
        now,
        reason: None,
    };
    let mut out = Vec::new();
    if recorded.calls.len() != now.calls.len() {
        out.push(gap(
            String::new(),
            (
                "calls".into(),
                Value::from(recorded.calls.len()),
                Value::from(now.calls.len()),
            ),
        ));
    }
    for (i, (r, n)) in recorded.calls.iter().zip(&now.calls).enumerate() {
        let call = format!("{} {}", i + 1, r.operation);
        out.extend(
            call_differences(r, n)
                .into_iter()
                .map(|d| gap(call.clone(), d)),
        );
    }
    out
}

/// Where one call differs: its operation (nothing more is compared then), its status and error type,
/// what was sent and what came back; of two controls that held, only what was sent.
fn call_differences(r: &Call, n: &Call) -> Vec<(String, Value, Value)> {
    if r.operation != n.operation {
        let op = |c: &Call| Value::from(c.operation.clone());
        return vec![("operation".into(), op(r), op(n))];
    }
    let mut out = Vec::new();
    let both_held_controls = r.control && n.control;
    if !both_held_controls && r.status != n.status {
        out.push(("status".into(), r.status.into(), n.status.into()));
    }
    if !both_held_controls && r.error_type != n.error_type {
        let v = |t: &Option<String>| t.clone().map_or(Value::Null, Value::from);
        out.push(("errorType".into(), v(&r.error_type), v(&n.error_type)));
    }
    diff("request", &r.request, &n.request, &mut out);
    if !both_held_controls {
        diff("response", &r.response, &n.response, &mut out);
    }
    out
}

/// Where two documents differ: a member on one side only (the other side `null`), another value, or
/// another number of items (`path` then names the list, the values the counts).
fn diff(path: &str, a: &Value, b: &Value, out: &mut Vec<(String, Value, Value)>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let mut keys: Vec<&String> = x.keys().chain(y.keys()).collect();
            keys.sort();
            keys.dedup();
            for k in keys {
                let inner = format!("{path}.{k}");
                match (x.get(k), y.get(k)) {
                    (Some(p), Some(q)) => diff(&inner, p, q, out),
                    (p, q) => out.push((
                        inner,
                        p.cloned().unwrap_or(Value::Null),
                        q.cloned().unwrap_or(Value::Null),
                    )),
                }
            }
        }
        (Value::Array(x), Value::Array(y)) => {
            if x.len() != y.len() {
                out.push((
                    format!("{path}[]"),
                    Value::from(x.len()),
                    Value::from(y.len()),
                ));
            }
            for (i, (p, q)) in x.iter().zip(y).enumerate() {
                diff(&format!("{path}[{i}]"), p, q, out);
            }
        }
        _ if a != b => out.push((path.to_string(), a.clone(), b.clone())),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn snap(calls: Vec<Call>) -> Snapshot {
        Snapshot {
            feature_path: "f.feature".into(),
            name: "s".into(),
            line: 1,
            status: "passed".into(),
            calls,
            inferred_held: Vec::new(),
            unplaced: Vec::new(),
        }
    }

    fn call(status: u16, error: Option<&str>, response: Value) -> Call {
        Call {
            operation: "GetRelationship".into(),
            role: "own".into(),
            request: json!({}),
            status,
            error_type: error.map(str::to_string),
            response,
            control: false,
        }
    }

    #[test]
    fn every_kind_of_difference_is_a_gap_naming_call_and_path() {
        let recorded = snap(vec![
            call(
                200,
                None,
                json!({"d": {"a": 1, "items": [1, 2], "s": "ACTIVE"}}),
            ),
            call(404, Some("ResourceNotFoundException"), json!({})),
        ]);
        let now = snap(vec![
            call(
                200,
                None,
                json!({"d": {"a": 1, "b": 2, "items": [1], "s": "PENDING"}}),
            ),
            call(400, Some("ValidationException"), json!({})),
        ]);
        let gaps = differences("f.feature: s", &recorded, &now);
        let seen: Vec<(String, String)> = gaps
            .iter()
            .map(|g| (g.call.clone(), g.path.clone()))
            .collect();
        assert_eq!(
            seen,
            vec![
                ("1 GetRelationship".to_string(), "response.d.b".to_string()),
                (
                    "1 GetRelationship".to_string(),
                    "response.d.items[]".to_string()
                ),
                ("1 GetRelationship".to_string(), "response.d.s".to_string()),
                ("2 GetRelationship".to_string(), "status".to_string()),
                ("2 GetRelationship".to_string(), "errorType".to_string()),
            ]
        );
        assert_eq!(
            gaps[0].recorded,
            Value::Null,
            "a member the recording lacks"
        );
        assert_eq!(
            (gaps[1].recorded.clone(), gaps[1].now.clone()),
            (json!(2), json!(1))
        );
        assert!(differences("k", &recorded, &recorded).is_empty());
    }

    #[test]
    fn controls_that_held_agree_whatever_they_answered_but_not_what_they_sent() {
        let control = |status, error: Option<&str>, catalog: &str| Call {
            request: json!({"catalog": catalog}),
            control: true,
            ..call(status, error, json!({"n": status}))
        };
        let created = snap(vec![control(200, None, "Sandbox")]);
        let conflict = snap(vec![control(409, Some("ConflictException"), "Sandbox")]);
        assert!(differences("k", &created, &conflict).is_empty());
        let elsewhere = snap(vec![control(409, Some("ConflictException"), "AWS")]);
        let paths: Vec<String> = differences("k", &created, &elsewhere)
            .into_iter()
            .map(|g| g.path)
            .collect();
        assert_eq!(paths, ["request.catalog"]);
        // A control that did not hold now (its shape refused) is compared as any call.
        let refused = snap(vec![Call {
            control: false,
            ..control(400, Some("ValidationException"), "Sandbox")
        }]);
        let paths: Vec<String> = differences("k", &created, &refused)
            .into_iter()
            .map(|g| g.path)
            .collect();
        assert_eq!(paths, ["status", "errorType", "response.n"]);
    }
}
