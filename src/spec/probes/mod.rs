//! The request-shape features, generated from the contract so that every operation gets them without
//! anyone remembering to: each enum value of every request member and each length, range and list-size
//! bound probed at the limit and one past it. A probe starts from a state in which its request is
//! otherwise valid (its operation's probe recipe makes what the request names), changes one member (and
//! what must change with it), and expects the documented outcome: success, read back where an answer or a
//! read shows the value; or, one past a bound, the refusal naming the member. What cannot be probed that
//! way is not probed, and the feature says why. Besides, the refusals no request can bring about by
//! itself (IAM's, throttling, an internal error), shown through principals the mock adds with a policy.
//! `spec probes` writes them under `features/generated/`; a test fails when they are stale.
pub mod recipe;
mod shape;
mod text;
mod values;

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

pub use self::values::account_id;
use self::{
    recipe::{GivenCall, ProbeRecipe},
    shape::Shape,
};
use super::{Contract, Operation, facets::Facet};

/// The schema of the request member at `path`, references followed.
pub fn leaf<'a>(defs: &'a Value, schema: &'a Value, path: &str) -> Option<&'a Value> {
    Shape { defs }.leaf(schema, path)
}

/// A value at a bound that breaks nothing else of the member's schema, or why there is none.
pub fn value_at(leaf: &Value, rule: &str, limit: i64) -> Result<Value, String> {
    values::at(leaf, rule, limit).map(|b| b.value)
}

/// A value one past a bound that breaks nothing else, or why there is none.
pub fn value_past(leaf: &Value, rule: &str, limit: i64) -> Result<Value, String> {
    values::past(leaf, rule, limit).map(|b| b.value)
}

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

/// What a probe expects of its call.
#[derive(Debug, Clone, PartialEq)]
pub enum Expect {
    /// Success; and, where an answer or a read shows the member, the value sent read back (and where a
    /// case made a decoy for a list filter, the decoy kept out).
    Accepted {
        reads_back: bool,
        decoy: Option<String>,
    },
    /// ValidationException naming the member; the same request with the member at `control` is not
    /// refused for it.
    Refused { control: Value },
}

/// One probe: the member it sets (as the error names it), its scenario's title, what it makes first, the
/// request's members that differ from the example, and what it expects.
#[derive(Debug, Clone)]
pub struct Probe {
    tag: &'static str,
    member: String,
    title: String,
    given: Vec<GivenCall>,
    rows: Vec<(String, String)>,
    expect: Expect,
    /// The value probed (to tell probes apart).
    value: Value,
}

/// A facet of the request that is not probed, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct NotProbed {
    pub facet: String,
    pub reason: String,
}

/// What to probe of one operation.
struct Plan<'a> {
    contract: &'a Contract,
    op: &'a Operation,
    recipe: ProbeRecipe,
    example: Value,
    shape: Shape<'a>,
    schema: &'a Value,
    probes: Vec<Probe>,
    /// The value that puts right the member of the refusal being planned.
    control: Option<Value>,
    not_probed: Vec<NotProbed>,
}

fn feature(contract: &Contract, op: &Operation) -> Option<String> {
    let plan = Plan::of(contract, op)?;
    let mut out = text::header(op, &plan.recipe.tags, &plan.not_probed);
    for p in &plan.probes {
        out += &text::scenario(op, plan.recipe.by.as_deref(), p);
    }
    out += &text::refusals(op, op.safe_to_repeat(&plan.example), &plan.policy_rows());
    Some(out)
}

impl<'a> Plan<'a> {
    /// Every probe of `op`'s facets, and what is not probed and why.
    fn of(contract: &'a Contract, op: &'a Operation) -> Option<Plan<'a>> {
        let mut plan = Plan {
            contract,
            op,
            recipe: op.probe.clone().unwrap_or_default(),
            example: contract.example_request(op)?,
            shape: Shape {
                defs: contract.definitions(&op.service)?,
            },
            schema: contract.document(&op.request)?,
            probes: Vec::new(),
            control: None,
            not_probed: Vec::new(),
        };
        for facet in super::facets::of(contract, op) {
            plan.facet(&facet);
        }
        Some(plan)
    }

    fn facet(&mut self, facet: &Facet) {
        match facet {
            Facet::EnumSent { path, value } => {
                let what = format!("= {value}, a value the model lists");
                self.probe(facet, "enum", path, json!(value), what, false);
            }
            Facet::Bound { path, rule, limit } => {
                let Some(leaf) = self.shape.leaf(self.schema, path) else {
                    return self.skip(facet, "the request schema has no member at this path");
                };
                let at = self
                    .not_at_bound(path)
                    .map_or_else(|| values::at(leaf, rule, *limit), Err);
                match at {
                    Ok(b) => self.probe(facet, "constraint", path, b.value, b.what, false),
                    Err(why) => self.skip(facet, &format!("at the bound: {why}")),
                }
                // The control of a refusal: the member as the example gives it, else a value of its
                // shape at the bound, else the request without it (as the example is).
                let member = shape::concrete(path);
                let token = self.op.next_token_member.as_deref() == Some(member.as_str());
                let control = self
                    .put_right(&member)
                    .filter(|_| !token)
                    .or_else(|| values::at(leaf, rule, *limit).ok().map(|b| b.value))
                    .filter(|_| !token)
                    .unwrap_or_else(|| json!("(absent)"));
                match values::past(leaf, rule, *limit) {
                    Ok(b) => {
                        self.control = Some(control);
                        self.probe(facet, "constraint", path, b.value, b.what, true);
                        self.control = None;
                    }
                    Err(why) => self.skip(facet, &format!("one past the bound: {why}")),
                }
            }
            _ => {}
        }
    }

    /// The value `member` has in the example request with the recipe's members set, if any.
    fn put_right(&self, member: &str) -> Option<Value> {
        let mut body = self.example.clone();
        apply(&mut body, &self.recipe.with, "");
        super::path::get(&body, member).cloned()
    }

    fn skip(&mut self, facet: &Facet, reason: &str) {
        self.not_probed.push(NotProbed {
            facet: facet.to_string(),
            reason: reason.to_string(),
        });
    }

    /// Why a value at `path`'s bound is not sent: members whose values are the service's own or name
    /// what the probe made.
    fn not_at_bound(&self, path: &str) -> Option<String> {
        let op = self.op;
        if path == op.conventions.catalog_member {
            return Some("a catalog is AWS or Sandbox, neither at a bound".into());
        }
        if op.next_token_member.as_deref() == Some(path) {
            return Some("a token is taken only as the service issued it".into());
        }
        if op.idempotency_token.as_deref() == Some(path) {
            return Some(
                "one fixed token would repeat a create of the last run within 24 hours".into(),
            );
        }
        let top = path.split(['.', '[']).next().unwrap_or(path);
        let member = shape::concrete(path);
        let set = |with: &Map<String, Value>| {
            [member.as_str(), top]
                .iter()
                .any(|m| with.get(*m).is_some_and(needs_made))
        };
        let by_case = self.recipe.when.values().any(|c| set(&c.with));
        (set(&self.recipe.with) || by_case)
            .then(|| "it names what the probe made, at that resource's own length".into())
    }

    /// Plans one probe of `path` at `value`: the request, what is made first, what is expected.
    fn probe(
        &mut self,
        facet: &Facet,
        tag: &'static str,
        path: &str,
        value: Value,
        what: String,
        refused: bool,
    ) {
        let member = shape::concrete(path);
        let cases = self.recipe.cases(&member, &value);
        let skipped = cases.iter().find_map(|(_, c)| c.skip.clone());
        if let (Some(why), false) = (skipped, refused) {
            return self.skip(facet, &format!("{}: {why}", what_of(&member, &value)));
        }
        let Some((body, given)) = self.request(&member, &value, &cases, refused) else {
            return self.skip(facet, "the request schema has no member at this path");
        };
        let unread = cases.iter().any(|(_, c)| c.unread.is_some());
        let expect = if refused {
            // What a case of the recipe sets the member to puts it right before anything else does.
            let by_case = cases.iter().find_map(|(_, c)| {
                c.with
                    .get(&member)
                    .filter(|v| v.as_str() != Some("{{probe}}"))
            });
            Expect::Refused {
                control: by_case
                    .cloned()
                    .or_else(|| self.control.clone())
                    .unwrap_or(Value::Null),
            }
        } else {
            let reads_back = !unread && self.reads_back(&member, &value);
            Expect::Accepted {
                reads_back,
                decoy: cases
                    .iter()
                    .find_map(|(_, c)| c.decoy.clone())
                    .filter(|_| reads_back),
            }
        };
        let probe = Probe {
            tag,
            title: if refused {
                format!("refuses {member} {what}")
            } else {
                format!("accepts {member} {what}")
            },
            member,
            given,
            rows: differences(&self.example, &body),
            expect,
            value,
        };
        if !self
            .probes
            .iter()
            .any(|p| p.member == probe.member && p.value == probe.value && p.expect == probe.expect)
        {
            self.probes.push(probe);
        }
    }

    /// The request of a probe of `member` at `value`, and what it makes first: the example, the recipe's
    /// members, the value placed (the unions on its way switched), then what its cases set.
    fn request(
        &self,
        member: &str,
        value: &Value,
        cases: &[(&str, &recipe::ProbeCase)],
        refused: bool,
    ) -> Option<(Value, Vec<GivenCall>)> {
        let mut body = self.example.clone();
        apply(&mut body, &self.recipe.with, member);
        self.shape
            .place(&mut body, self.schema, member, value.clone())?;
        let mut given = self.recipe.given.clone();
        for (_, case) in cases {
            // A value to be refused makes nothing of its own: a case that makes something with it is
            // left out, with the members it sets from what it made.
            if refused && case.given.iter().any(GivenCall::uses_probe) {
                continue;
            }
            apply(&mut body, &recipe::with_probe(&case.with, value), member);
            given.extend(case.given.iter().map(|g| g.probing(value)));
        }
        Some((body, given))
    }

    /// Whether an answer or a read the recipe names shows `member` (its schema has the member there).
    fn reads_back(&self, member: &str, value: &Value) -> bool {
        let Some(rb) = self.recipe.read_back_for(member, value) else {
            return false;
        };
        let shown = rb.renamed(member);
        let (op, under) = match (&rb.call, &rb.answer) {
            (Some(call), _) => {
                let Some(read) = self.contract.operation(call) else {
                    return false;
                };
                let under = match (&rb.item, &read.items_member, &rb.at) {
                    (Some(_), Some(items), _) => format!("{items}[]"),
                    (_, _, Some(at)) => at.clone(),
                    _ => String::new(),
                };
                (read, under)
            }
            (None, Some(answer)) => (self.op, answer.clone()),
            (None, None) => return false,
        };
        let path = if under.is_empty() {
            shown
        } else {
            format!("{under}.{shown}")
        };
        let Some(response) = self.contract.document(&op.response) else {
            return false;
        };
        let Some(defs) = self.contract.definitions(&op.service) else {
            return false;
        };
        Shape { defs }.leaf(response, &path).is_some()
    }

    /// The rows a principal with a policy sends: the recipe's members that need nothing made first.
    fn policy_rows(&self) -> Vec<(String, String)> {
        let own: Map<String, Value> = self
            .recipe
            .with
            .iter()
            .filter(|(_, v)| !needs_made(v))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        text::rows_of(&own)
    }
}

/// Whether a value names something a call made (`{{pma.id}}`), not a made-up or configured value.
fn needs_made(v: &Value) -> bool {
    let text = v.to_string();
    let mut rest = text.as_str();
    while let Some(start) = rest.find("{{") {
        let expr = rest[start + 2..].trim_start();
        let free = [
            "random.",
            "principal.",
            "contact.",
            "catalog",
            "chars",
            "digits",
        ];
        if !free.iter().any(|f| expr.starts_with(f)) {
            return true;
        }
        rest = &rest[start + 2..];
    }
    false
}

/// How a skipped value is named: `statuses[0] = ACTIVE`, or the member for a bound.
fn what_of(member: &str, value: &Value) -> String {
    match value.as_str() {
        Some(v) if !v.is_empty() && v.chars().all(|c| c.is_ascii_uppercase() || c == '_') => {
            format!("{member} = {v}")
        }
        _ => member.to_string(),
    }
}

/// Sets each member (a dotted path) of `with` on `body`, but the probed member and what holds it;
/// `(absent)` removes it.
fn apply(body: &mut Value, with: &Map<String, Value>, probed: &str) {
    for (member, v) in with {
        if recipe::within(probed, member) {
            continue;
        }
        if v.as_str() == Some("(absent)") {
            super::path::remove(body, member);
        } else {
            super::path::set(body, member, v.clone());
        }
    }
}

/// The top-level members of `body` that differ from `example`, as table rows (`(absent)` for one it
/// lacks), long runs written as templates.
fn differences(example: &Value, body: &Value) -> Vec<(String, String)> {
    let (Some(before), Some(after)) = (example.as_object(), body.as_object()) else {
        return Vec::new();
    };
    let mut keys: Vec<&String> = before.keys().chain(after.keys()).collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .filter_map(|k| match (before.get(k), after.get(k)) {
            (Some(_), None) => Some((k.clone(), "(absent)".to_string())),
            (b, Some(a)) if b != Some(a) => Some((k.clone(), text::cell(&values::compact(a)))),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan_of(name: &str) -> (Vec<Probe>, Vec<NotProbed>) {
        let contract = Contract::embedded();
        let op = contract.catalog.operation(name).unwrap();
        let plan = Plan::of(&contract, op).unwrap();
        (plan.probes, plan.not_probed)
    }

    #[test]
    fn an_account_id_is_probed_with_digits_and_never_twice() {
        let (probes, _) = plan_of("CreateRelationship");
        let at: Vec<&Probe> = probes
            .iter()
            .filter(|p| {
                p.member == "associatedAccountId" && !matches!(p.expect, Expect::Refused { .. })
            })
            .collect();
        assert_eq!(at.len(), 1, "minLength = maxLength gives one probe: {at:?}");
        assert_eq!(at[0].value, json!("111111111111"));
    }

    #[test]
    fn a_catalog_and_a_token_are_probed_only_past_their_bounds() {
        let (probes, skipped) = plan_of("ListRelationships");
        assert!(
            probes
                .iter()
                .all(|p| p.member != "catalog" || matches!(p.expect, Expect::Refused { .. }))
        );
        assert!(skipped.iter().any(|n| n.facet == "catalog at maxLength 64"));
        assert!(
            skipped
                .iter()
                .any(|n| n.facet == "nextToken at maxLength 2048")
        );
    }

    #[test]
    fn a_value_one_past_an_id_bound_that_breaks_the_pattern_too_is_not_sent() {
        let (probes, skipped) = plan_of("GetRelationship");
        assert!(
            !probes
                .iter()
                .any(|p| p.member == "identifier" && p.title.contains("minLength"))
        );
        assert!(
            skipped
                .iter()
                .any(|n| n.facet == "identifier at minLength 16" && n.reason.contains("pattern"))
        );
        let long = probes
            .iter()
            .find(|p| p.member == "identifier" && p.title.contains("maxLength"))
            .expect("an ARN one past 1011 meets the pattern");
        assert!(matches!(long.expect, Expect::Refused { .. }));
    }
}
