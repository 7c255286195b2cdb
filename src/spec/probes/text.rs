//! The generated feature's text: its header (with what is not probed and why), one scenario per probe
//! (what it makes first, the call, and what must come of it), and the refusals only the mock's policies
//! bring about.
use serde_json::{Map, Value};

use super::{Expect, NotProbed, Probe, recipe::GivenCall};
use crate::spec::Operation;

pub fn header(op: &Operation, tags: &[String], not_probed: &[NotProbed]) -> String {
    let mut out = String::from(
        "# Generated from the contract by `pcc-conformance spec probes`: do not edit. Run it again after\n\
         # the contract changes; a test fails while this file is stale.\n",
    );
    if !not_probed.is_empty() {
        out += "#\n# Not probed here (a facet left unprobed is counted only where another scenario checks it):\n";
        for n in not_probed {
            out += &format!("#   {}: {}\n", n.facet, n.reason);
        }
    }
    let extra: String = tags.iter().map(|t| format!(" {t}")).collect();
    out += &format!(
        "@generated @op:{name}{extra}\n\
         Feature: {name} — every enum value and bound of its request, and the refusals of IAM and a bad moment\n\
         \n\
         \x20 Each probe first makes what its request names (as the operation's probe recipe says), sends\n\
         \x20 the example request with one member changed, and expects what the model documents: a value it\n\
         \x20 lists, or one at a length or range bound, succeeds (and reads back where an answer or a read\n\
         \x20 shows it); one past a bound, that breaks nothing else, is refused naming the member.\n",
        name = op.name
    );
    out
}

/// One probe as a scenario.
pub fn scenario(op: &Operation, by: Option<&str>, probe: &Probe) -> String {
    let mut out = format!(
        "\n  @{} @documented\n  Scenario: {} {}\n    Given I am a principal of my own\n",
        probe.tag, op.name, probe.title
    );
    for g in &probe.given {
        out += &given(g);
    }
    out += &format!(
        "    When {} {} with the example request and:\n",
        who(by, "call", "calls"),
        op.name
    );
    out += &table(&probe.rows);
    match &probe.expect {
        Expect::Accepted { reads_back, decoy } => {
            out += "    Then the call succeeds\n";
            let keeping_out = decoy
                .as_ref()
                .map(|d| format!(", keeping out \"{d}\""))
                .unwrap_or_default();
            if *reads_back {
                out += &format!(
                    "    And the answer or a read shows \"{}\" as sent{keeping_out}\n",
                    probe.member
                );
            }
        }
        Expect::Refused { control } => {
            out += &format!(
                "    Then the call fails with ValidationException\n    And the error names \"{m}\" [inferred]\n    \
                 And the same request with \"{m}\" as {} is not refused for it\n",
                cell(&super::values::compact(control)),
                m = probe.member
            );
        }
    }
    out
}

fn who(by: Option<&str>, first: &str, third: &str) -> String {
    match by {
        None | Some("I") => format!("I {first}"),
        Some(name) => format!("\"{name}\" {third}"),
    }
}

/// A call made before the probe, and what of its answer is remembered.
fn given(g: &GivenCall) -> String {
    let rows = rows_of(&g.with);
    let mut out = format!(
        "    And {} {} with the example request{}\n",
        who(g.by.as_deref(), "have called", "has called"),
        g.call,
        if rows.is_empty() { "" } else { " and:" }
    );
    out += &table(&rows);
    for (var, member) in &g.remember {
        out += &match member.as_str() {
            "" => format!("    And I remember the response as \"{var}\"\n"),
            "(request)" => format!("    And I remember the request as \"{var}\"\n"),
            m => format!("    And I remember the response \"{m}\" as \"{var}\"\n"),
        };
    }
    out
}

/// Members and values as table rows: a string as it is, anything else as JSON.
pub fn rows_of(with: &Map<String, Value>) -> Vec<(String, String)> {
    with.iter().map(|(k, v)| (k.clone(), cell(v))).collect()
}

pub fn cell(v: &Value) -> String {
    let text = match v {
        Value::String(s) if serde_json::from_str::<Value>(s).is_err() && !s.is_empty() => s.clone(),
        other => other.to_string(),
    };
    text.replace('|', "\\|")
}

/// A two-column Gherkin table with its columns aligned.
fn table(rows: &[(String, String)]) -> String {
    let width = rows
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0);
    let value_width = rows
        .iter()
        .map(|(_, v)| v.chars().count())
        .max()
        .unwrap_or(0);
    rows.iter()
        .map(|(k, v)| {
            format!(
                "      | {k}{} | {v}{} |\n",
                " ".repeat(width - k.chars().count()),
                " ".repeat(value_width - v.chars().count())
            )
        })
        .collect()
}

/// IAM's refusal, and throttling and an internal error that a retry gets past: what no request can
/// bring about by itself, shown through principals the mock adds with a policy.
pub fn refusals(op: &Operation, safe_to_repeat: bool, rows: &[(String, String)]) -> String {
    let name = &op.name;
    let and = if rows.is_empty() { "" } else { " and:" };
    let rows = table(rows);
    let mut out = String::new();
    if op.errors.iter().any(|e| e == "AccessDeniedException") {
        out += &format!(
            "\n  @errors @mock-only\n  Scenario: {name} is refused to a principal IAM does not allow it\n    \
             Given the mock has a principal \"refused\" with the policy:\n      \"\"\"\n      \
             {{\"refuse\": [\"{name}\"]}}\n      \"\"\"\n    \
             When \"refused\" calls {name} with the example request{and}\n{rows}    \
             Then the call fails with AccessDeniedException\n"
        );
    }
    let transient: Vec<&str> = ["ThrottlingException", "InternalServerException"]
        .into_iter()
        .filter(|e| op.errors.iter().any(|d| d == e))
        .collect();
    if transient.is_empty() {
        return out;
    }
    let quoted: Vec<String> = transient.iter().map(|e| format!("\"{e}\"")).collect();
    out += &format!(
        "\n  @errors @mock-only\n  Scenario: {name} answers {} to a principal's first calls\n    \
         Given the mock has a principal \"unlucky\" with the policy:\n      \"\"\"\n      \
         {{\"failFirst\": [{}], \"failing\": [\"{name}\"]}}\n      \"\"\"\n    \
         When \"unlucky\" calls {name} with the example request{and}\n{rows}",
        transient.join(" and "),
        quoted.join(", "),
    );
    // A write the service may have processed is not sent again after an internal error: only what the
    // service did not take (throttling) is retried.
    let retried: Vec<&str> = transient
        .iter()
        .copied()
        .filter(|e| safe_to_repeat || *e == "ThrottlingException")
        .collect();
    if !retried.is_empty() {
        out += &format!(
            "    Then the call was tried again after {}\n",
            retried.join(", ")
        );
    }
    if !safe_to_repeat && transient.contains(&"InternalServerException") {
        out += "    And the call fails with InternalServerException\n";
    }
    out
}
