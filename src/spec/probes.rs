//! The request-shape features, generated from the contract so that every operation gets them without
//! anyone remembering to: each enum value of every request member sent (and not refused), each length and
//! range bound probed at the limit (where a value can meet the member's pattern) and one past it (refused,
//! naming the member), and the refusals no request can bring about by itself (IAM's, throttling, an
//! internal error), shown through principals the mock adds with a policy. `spec probes` writes them under
//! `features/generated/`; a test fails when they are stale.
use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use super::{Contract, Operation, facets::Facet};

/// The folder, under the features folder, that the generated features live in.
pub const FOLDER: &str = "generated";

/// The generated feature files of `contract`: file name → text.
pub fn features(contract: &Contract) -> BTreeMap<String, String> {
    contract
        .catalog
        .operations
        .iter()
        .filter_map(|op| Some((format!("{}.feature", op.name), feature(contract, op)?)))
        .collect()
}

/// One probe: the request member it sets (as the error names it), the top-level member whose value
/// carries it, and that value as a table cell.
#[derive(Debug, Clone, PartialEq)]
struct Probe {
    member: String,
    what: String,
    top: String,
    cell: String,
}

fn feature(contract: &Contract, op: &Operation) -> Option<String> {
    let example = contract.example_request(op)?;
    let defs = contract.definitions(&op.service)?;
    let schema = contract.document(&op.request)?;
    let shape = Shape { defs };
    let facets = super::facets::of(contract, op);
    let mut sent = Vec::new();
    let mut at_bound = Vec::new();
    let mut past_bound = Vec::new();
    for facet in &facets {
        match facet {
            Facet::EnumSent { path, value } => {
                sent.extend(shape.probe(schema, &example, path, json!(value), value));
            }
            Facet::Bound { path, rule, limit } => {
                let at = values::at(shape.leaf(schema, path)?, rule, *limit)
                    .filter(|_| Some(path) != op.idempotency_token.as_ref());
                at_bound
                    .extend(at.and_then(|(v, what)| shape.probe(schema, &example, path, v, &what)));
                let (v, what) = values::past(rule, *limit);
                past_bound.extend(shape.probe(schema, &example, path, v, &what));
            }
            _ => {}
        }
    }
    let mut out = text::header(op);
    out += &text::outline(
        op,
        "enum",
        "accepts {member} = {what}, a value the model lists",
        &sent,
        text::NOT_REFUSED,
    );
    out += &text::outline(
        op,
        "constraint",
        "accepts {member} {what}",
        &at_bound,
        text::NOT_REFUSED,
    );
    out += &text::outline(
        op,
        "constraint",
        "refuses {member} {what}",
        &past_bound,
        text::REFUSED,
    );
    out += &text::refusals(op, op.safe_to_repeat(&example), &text::with_rows(op));
    Some(out)
}

/// Reads the request schema along a member path, resolving references.
struct Shape<'a> {
    defs: &'a Value,
}

impl<'a> Shape<'a> {
    fn resolve(&self, s: &'a Value) -> &'a Value {
        match s.get("$ref").and_then(Value::as_str) {
            Some(r) => &self.defs["$defs"][r.rsplit('/').next().unwrap_or_default()],
            None => s,
        }
    }

    /// The schema of the member at `path` (`a.b[].c`).
    fn leaf(&self, schema: &'a Value, path: &str) -> Option<&'a Value> {
        let mut s = self.resolve(schema);
        for seg in segments(path) {
            s = self.resolve(match seg {
                Seg::Key(k) => s.get("properties")?.get(k)?,
                Seg::Item => s.get("items")?,
            });
        }
        Some(s)
    }

    /// The example with `value` at `path`, the tagged unions on the way switched to the member the path
    /// takes and every object brought in holding its required members; as the top-level member changed.
    fn probe(
        &self,
        schema: &'a Value,
        example: &Value,
        path: &str,
        value: Value,
        what: &str,
    ) -> Option<Probe> {
        let segs = segments(path);
        let Some(Seg::Key(top)) = segs.first() else {
            return None;
        };
        let mut body = example.clone();
        self.place(&mut body, schema, &segs, value)?;
        Some(Probe {
            member: concrete(path),
            what: what.to_string(),
            top: top.to_string(),
            cell: serde_json::to_string(&body[*top]).ok()?,
        })
    }

    fn place(&self, v: &mut Value, schema: &'a Value, segs: &[Seg<'_>], leaf: Value) -> Option<()> {
        let Some((seg, rest)) = segs.split_first() else {
            *v = leaf;
            return Some(());
        };
        let s = self.resolve(schema);
        match seg {
            Seg::Key(k) => {
                let sub = s.get("properties")?.get(*k)?;
                if !v.is_object() {
                    *v = Value::Object(Map::new());
                }
                let obj = v.as_object_mut()?;
                if s.get("x-tagged-union").is_some() && !obj.contains_key(*k) {
                    obj.clear();
                }
                let slot = obj
                    .entry(k.to_string())
                    .or_insert_with(|| self.canonical(sub, 0));
                self.place(slot, sub, rest, leaf)
            }
            Seg::Item => {
                let items = s.get("items")?;
                if v.as_array().is_none_or(Vec::is_empty) {
                    *v = json!([self.canonical(items, 0)]);
                }
                self.place(v.get_mut(0)?, items, rest, leaf)
            }
        }
    }

    /// A valid value of `schema` that holds only what it must: the required members of an object, the
    /// first member of a tagged union, one item of a list that needs one.
    fn canonical(&self, schema: &'a Value, depth: usize) -> Value {
        let s = self.resolve(schema);
        if depth > 8 {
            return Value::Null;
        }
        if let Some(first) = s.get("enum").and_then(|e| e.get(0)) {
            return first.clone();
        }
        match s.get("type").and_then(Value::as_str) {
            Some("object") => self.object(s, depth),
            Some("array") => {
                let min = s.get("minItems").and_then(Value::as_u64).unwrap_or(0);
                let items = s.get("items").map(|i| self.canonical(i, depth + 1));
                json!(items.filter(|_| min > 0).into_iter().collect::<Vec<_>>())
            }
            Some("integer") | Some("number") => {
                json!(s.get("minimum").and_then(Value::as_i64).unwrap_or(1))
            }
            Some("boolean") => json!(true),
            _ => values::string(s),
        }
    }

    fn object(&self, s: &'a Value, depth: usize) -> Value {
        let props = s.get("properties").and_then(Value::as_object);
        let mut out = Map::new();
        if s.get("x-tagged-union").is_some() {
            if let Some((k, sub)) = props.and_then(|p| p.iter().next()) {
                out.insert(k.clone(), self.canonical(sub, depth + 1));
            }
            return Value::Object(out);
        }
        for name in s
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let Some(name) = name.as_str() else { continue };
            if let Some(sub) = props.and_then(|p| p.get(name)) {
                out.insert(name.to_string(), self.canonical(sub, depth + 1));
            }
        }
        Value::Object(out)
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Seg<'p> {
    Key(&'p str),
    Item,
}

/// `a.b[].c` → `a`, `b`, item, `c`.
fn segments(path: &str) -> Vec<Seg<'_>> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let name = part.trim_end_matches("[]");
        out.push(Seg::Key(name));
        for _ in 0..(part.len() - name.len()) / 2 {
            out.push(Seg::Item);
        }
    }
    out
}

/// `a[].b` → `a[0].b`: the first item, where the probe puts its value.
fn concrete(path: &str) -> String {
    path.replace("[]", "[0]")
}

/// The values a probe sends.
mod values {
    use serde_json::{Value, json};

    /// A value exactly at the bound that still meets the member's pattern and format, where one of the
    /// simple fillers does; with how the scenario names it.
    pub fn at(s: &Value, rule: &str, limit: i64) -> Option<(Value, String)> {
        match rule {
            "minimum" | "maximum" => Some((json!(limit), format!("at its {rule} {limit}"))),
            _ => {
                let n = usize::try_from(limit).ok()?;
                let pattern = s.get("pattern").and_then(Value::as_str);
                let fits = |text: &str| {
                    pattern.is_none_or(|p| regex::Regex::new(p).is_ok_and(|re| re.is_match(text)))
                };
                let no_format = s.get("format").is_none() && s.get("enum").is_none();
                [("a", "chars"), ("1", "digits")]
                    .into_iter()
                    .find(|(c, _)| no_format && fits(&c.repeat(n)))
                    .map(|(c, template)| {
                        let v = if n <= 16 {
                            c.repeat(n)
                        } else {
                            format!("{{{{{template} {n}}}}}")
                        };
                        (json!(v), format!("at its {rule} {limit}"))
                    })
            }
        }
    }

    /// A value one past the bound.
    pub fn past(rule: &str, limit: i64) -> (Value, String) {
        let what = format!("one past its {rule} {limit}");
        let v = match rule {
            "minimum" => json!(limit - 1),
            "maximum" => json!(limit + 1),
            "minLength" => json!("a".repeat(usize::try_from(limit - 1).unwrap_or(0))),
            _ => {
                let n = limit + 1;
                if n <= 16 {
                    json!("a".repeat(usize::try_from(n).unwrap_or(0)))
                } else {
                    json!(format!("{{{{chars {n}}}}}"))
                }
            }
        };
        (v, what)
    }

    /// A valid string for a member no example gives: its format's, a filler of its least length where
    /// that meets its pattern, or one drawn (deterministically) to fit its pattern and length.
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
        let pattern = s.get("pattern").and_then(Value::as_str);
        let filler = ["a", "1"].into_iter().map(|c| c.repeat(n)).find(|text| {
            pattern.is_none_or(|p| regex::Regex::new(p).is_ok_and(|re| re.is_match(text)))
        });
        if let Some(text) = filler {
            return json!(text);
        }
        let mut runner = proptest::test_runner::TestRunner::deterministic();
        match crate::spec::generate::string(s).new_tree(&mut runner) {
            Ok(tree) => tree.current(),
            Err(_) => json!("a"),
        }
    }
}

/// The feature text.
mod text {
    use super::Probe;
    use crate::spec::Operation;

    pub const NOT_REFUSED: &str = "Then the answer does not refuse \"<member>\"\n";
    pub const REFUSED: &str = "Then the call fails with ValidationException\n    And the error names \"<member>\" [inferred]\n";

    pub fn header(op: &Operation) -> String {
        format!(
            "# Generated from the contract by `pcc-conformance spec probes`: do not edit. Run it again after\n\
             # the contract changes; a test fails while this file is stale.\n\
             @generated\n\
             Feature: {name} — every enum value and bound of its request, and the refusals of IAM and a bad moment\n\
             \n\
             \x20 Each probe starts from the operation's example request, sent by a principal of its own, and\n\
             \x20 changes one member: a value the model lists must not be refused, a value one past a length or\n\
             \x20 range bound must be refused naming the member, and a value at the bound must not be.\n",
            name = op.name
        )
    }

    pub fn outline(
        op: &Operation,
        kind: &str,
        title: &str,
        probes: &[Probe],
        then: &str,
    ) -> String {
        if probes.is_empty() {
            return String::new();
        }
        let title = title
            .replace("{member}", "<member>")
            .replace("{what}", "<what>");
        let mut out = format!(
            "\n  @{kind}\n  Scenario Outline: {name} {title}\n    Given I am a principal of my own\n    \
             When I call {name} with the example request and:\n",
            name = op.name
        );
        out += &with_rows(op);
        out += &format!("      | <top> | <value> |\n    {then}\n    Examples:\n");
        let rows: Vec<[&str; 4]> = probes
            .iter()
            .map(|p| {
                [
                    p.member.as_str(),
                    p.what.as_str(),
                    p.top.as_str(),
                    p.cell.as_str(),
                ]
            })
            .collect();
        out += &table(["member", "what", "top", "value"], &rows);
        out
    }

    /// The table rows that set the operation's `probeWith` members.
    pub fn with_rows(op: &Operation) -> String {
        op.probe_with
            .iter()
            .map(|(member, value)| format!("      | {member} | {} |\n", cell(value)))
            .collect()
    }

    fn cell(v: &serde_json::Value) -> String {
        match v {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        }
    }

    /// A Gherkin table with its columns aligned.
    fn table(head: [&str; 4], rows: &[[&str; 4]]) -> String {
        let width = |i: usize| {
            rows.iter()
                .map(|r| r[i].chars().count())
                .chain([head[i].len()])
                .max()
                .unwrap_or(0)
        };
        let widths: Vec<usize> = (0..4).map(width).collect();
        let line = |r: [&str; 4]| {
            let cells: Vec<String> = r
                .iter()
                .zip(&widths)
                .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count())))
                .collect();
            format!("      | {} |\n", cells.join(" | "))
        };
        let mut out = line(head);
        for r in rows {
            out += &line(*r);
        }
        out
    }

    /// IAM's refusal, and throttling and an internal error that a retry gets past: what no request can
    /// bring about by itself, shown through principals the mock adds with a policy.
    pub fn refusals(op: &Operation, safe_to_repeat: bool, rows: &str) -> String {
        let name = &op.name;
        let mut out = String::new();
        if op.errors.iter().any(|e| e == "AccessDeniedException") {
            out += &format!(
                "\n  @errors @mock-only\n  Scenario: {name} is refused to a principal IAM does not allow it\n    \
                 Given the mock has a principal \"refused\" with the policy:\n      \"\"\"\n      \
                 {{\"refuse\": [\"{name}\"]}}\n      \"\"\"\n    \
                 When \"refused\" calls {name} with the example request{}\n{rows}    \
                 Then the call fails with AccessDeniedException\n",
                if rows.is_empty() { "" } else { " and:" }
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
             When \"unlucky\" calls {name} with the example request{}\n{rows}",
            transient.join(" and "),
            quoted.join(", "),
            if rows.is_empty() { "" } else { " and:" }
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_probe_switches_the_union_it_goes_through_and_fills_what_is_required() {
        let contract = Contract::embedded();
        let op = contract
            .catalog
            .operation("CreateChannelHandshake")
            .unwrap();
        let shape = Shape {
            defs: contract.definitions(&op.service).unwrap(),
        };
        let schema = contract.document(&op.request).unwrap();
        let example = contract.example_request(op).unwrap();
        let p = shape
            .probe(
                schema,
                &example,
                "payload.revokeServicePeriodPayload.note",
                json!("n"),
                "x",
            )
            .unwrap();
        assert_eq!(p.top, "payload");
        assert_eq!(p.member, "payload.revokeServicePeriodPayload.note");
        let v: Value = serde_json::from_str(&p.cell).unwrap();
        let revoke = &v["revokeServicePeriodPayload"];
        assert!(v.get("startServicePeriodPayload").is_none(), "{v}");
        assert_eq!(revoke["note"], "n");
        assert!(
            revoke["programManagementAccountIdentifier"].is_string(),
            "{v}"
        );
    }

    #[test]
    fn a_list_item_is_probed_in_the_first_item() {
        assert_eq!(concrete("tags[].key"), "tags[0].key");
        assert_eq!(
            segments("a[].b"),
            vec![Seg::Key("a"), Seg::Item, Seg::Key("b")]
        );
    }

    #[test]
    fn a_value_at_a_bound_meets_the_pattern_or_is_not_sent() {
        let catalog = json!({"type": "string", "pattern": "^[a-zA-Z]+$", "maxLength": 64});
        assert_eq!(
            values::at(&catalog, "maxLength", 64).unwrap().0,
            json!("{{chars 64}}")
        );
        let id = json!({"type": "string", "pattern": "^pma-[a-z0-9]{13}$", "maxLength": 1011});
        assert!(values::at(&id, "maxLength", 1011).is_none());
        assert_eq!(values::past("minLength", 1).0, json!(""));
        assert_eq!(values::past("maximum", 100).0, json!(101));
    }
}
