//! Requests generated from the compiled contract (proptest strategies), not written per operation:
//! valid requests that respect every constraint, and invalid ones with exactly one known violation.
use std::sync::Arc;

use proptest::prelude::*;
use serde_json::{Map, Value, json};

use super::{Contract, Operation, Rule};

/// One known violation planted in an otherwise valid request.
#[derive(Debug, Clone, PartialEq)]
pub struct Planted {
    pub path: String,
    pub rule: Rule,
}

/// An invalid request and the violation it carries.
#[derive(Debug, Clone)]
pub struct InvalidRequest {
    pub request: Value,
    pub planted: Planted,
}

/// How generation treats the members it may choose.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// The catalog to put in the service's catalog member (the service knows only AWS and Sandbox).
    pub catalog: &'static str,
}

struct Ctx<'a> {
    defs: &'a Value,
    options: Options,
    /// The member that names the catalog in this service (its conventions).
    catalog_member: &'a str,
}

impl Ctx<'_> {
    fn resolve<'s>(&'s self, schema: &'s Value) -> &'s Value {
        super::resolve_ref(self.defs, schema)
    }

    fn value(&self, member: &str, schema: &Value, depth: usize) -> BoxedStrategy<Value> {
        let s = self.resolve(schema);
        if member == self.catalog_member {
            return Just(json!(self.options.catalog)).boxed();
        }
        if let Some(options) = s.get("enum").and_then(Value::as_array) {
            return proptest::sample::select(options.clone()).boxed();
        }
        match s.get("type").and_then(Value::as_str) {
            Some("string") => string(s),
            Some("integer") => {
                let lo = s.get("minimum").and_then(Value::as_i64).unwrap_or(0);
                let hi = s.get("maximum").and_then(Value::as_i64).unwrap_or(1000);
                (lo..=hi).prop_map(Value::from).boxed()
            }
            Some("boolean") => any::<bool>().prop_map(Value::from).boxed(),
            Some("array") if depth < 4 => {
                let lo = s.get("minItems").and_then(Value::as_u64).unwrap_or(0) as usize;
                let hi =
                    (s.get("maxItems").and_then(Value::as_u64).unwrap_or(3) as usize).min(lo + 3);
                proptest::collection::vec(self.value("", &s["items"], depth + 1), lo..=hi)
                    .prop_map(Value::Array)
                    .boxed()
            }
            Some("object") if depth < 6 => self.object(s, depth),
            _ => Just(json!({})).boxed(),
        }
    }

    fn object(&self, s: &Value, depth: usize) -> BoxedStrategy<Value> {
        let props: Vec<(String, Value)> = s
            .get("properties")
            .and_then(Value::as_object)
            .map(|o| o.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
            .unwrap_or_default();
        if s.get("x-tagged-union").is_some() {
            let members: Vec<BoxedStrategy<Value>> = props
                .iter()
                .map(|(k, v)| {
                    let k = k.clone();
                    self.value(&k, v, depth + 1)
                        .prop_map(move |x| json!({ k.clone(): x }))
                        .boxed()
                })
                .collect();
            return proptest::strategy::Union::new(members).boxed();
        }
        let required: Vec<String> = s
            .get("required")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        let mut fields: Vec<BoxedStrategy<Option<(String, Value)>>> = Vec::new();
        for (k, v) in props {
            let inner = self.value(&k, &v, depth + 1);
            let key = k.clone();
            let pair = inner.prop_map(move |x| Some((key.clone(), x)));
            if required.contains(&k) {
                fields.push(pair.boxed());
            } else {
                fields.push(prop_oneof![Just(None), pair].boxed());
            }
        }
        fields
            .prop_map(|pairs| {
                Value::Object(pairs.into_iter().flatten().collect::<Map<String, Value>>())
            })
            .boxed()
    }
}

pub(crate) fn string(s: &Value) -> BoxedStrategy<Value> {
    if s.get("format").and_then(Value::as_str) == Some("date-time") {
        return (2020i32..2035, 1u8..=12, 1u8..=28, 0u8..24, 0u8..60)
            .prop_map(|(y, mo, d, h, mi)| {
                json!(format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:00Z"))
            })
            .boxed();
    }
    let min = s.get("minLength").and_then(Value::as_u64).unwrap_or(0) as usize;
    // Patterned strings (ids, ARNs) keep their own lengths; free text stays short.
    let cap = if s.get("pattern").is_some() { 1100 } else { 64 };
    let max = s
        .get("maxLength")
        .and_then(Value::as_u64)
        .unwrap_or(64)
        .min(cap) as usize;
    let max = max.max(min);
    let base = match s.get("pattern").and_then(Value::as_str) {
        Some(p) => match proptest::string::string_regex(&format!("(?:{p})")) {
            Ok(st) => st.boxed(),
            Err(_) => "[a-z]{0,64}".prop_map(|x| x).boxed(),
        },
        None => "[a-zA-Z0-9 ]{0,64}".prop_map(|x| x).boxed(),
    };
    base.prop_filter_map("length bounds", move |x: String| {
        let n = x.chars().count();
        if n >= min && n <= max {
            Some(Value::String(x))
        } else if n > max && min <= max {
            let cut: String = x.chars().take(max).collect();
            (cut.chars().count() >= min).then_some(Value::String(cut))
        } else {
            None
        }
    })
    .boxed()
}

impl Contract {
    /// Valid requests of `op`: every constraint of its request schema respected.
    pub fn valid_requests(
        self: &Arc<Self>,
        op: &Operation,
        options: Options,
    ) -> BoxedStrategy<Value> {
        let defs = self
            .definitions(&op.service)
            .cloned()
            .unwrap_or(Value::Null);
        let schema = self.document(&op.request).cloned().unwrap_or(Value::Null);
        let ctx = Ctx {
            defs: &defs,
            options,
            catalog_member: &op.conventions.catalog_member,
        };
        let strategy = ctx.object(&schema, 0);
        // Patterns are unanchored in the model, so a generated string can still trip a length bound; keep
        // only what the contract accepts, so a "valid" request is valid by construction.
        let contract = self.clone();
        let op = op.clone();
        strategy
            .prop_filter("valid by the contract", move |v| {
                contract.check_request(&op, v).is_empty()
            })
            .boxed()
    }

    /// Invalid requests of `op`, each a valid request with exactly one planted violation.
    pub fn invalid_requests(
        self: &Arc<Self>,
        op: &Operation,
        options: Options,
    ) -> BoxedStrategy<InvalidRequest> {
        let schema = self.document(&op.request).cloned().unwrap_or(Value::Null);
        let defs = self
            .definitions(&op.service)
            .cloned()
            .unwrap_or(Value::Null);
        let ctx = Ctx {
            defs: &defs,
            options,
            catalog_member: &op.conventions.catalog_member,
        };
        let members = TopLevel::of(&ctx, &schema);
        let kinds = members.violation_kinds();
        let valid = self.valid_requests(op, options);
        (valid, proptest::sample::select(kinds))
            .prop_map(move |(mut request, (member, rule))| {
                let mut obj = request
                    .as_object_mut()
                    .map(std::mem::take)
                    .unwrap_or_default();
                members.plant(&mut obj, &member, rule);
                InvalidRequest {
                    request: Value::Object(obj),
                    planted: Planted { path: member, rule },
                }
            })
            .boxed()
    }
}

/// A request schema's top-level members, resolved: where violations can be planted.
struct TopLevel {
    required: Vec<String>,
    /// Each member with its schema, references resolved.
    members: Vec<(String, Value)>,
    catalog_member: String,
}

impl TopLevel {
    fn of(ctx: &Ctx<'_>, schema: &Value) -> TopLevel {
        let required = schema["required"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        let members = schema["properties"]
            .as_object()
            .map(|o| {
                o.iter()
                    .map(|(k, v)| (k.clone(), ctx.resolve(v).clone()))
                    .collect()
            })
            .unwrap_or_default();
        TopLevel {
            required,
            members,
            catalog_member: ctx.catalog_member.to_string(),
        }
    }

    /// The kinds of violation these members allow (the catalog member's enum is the service's own check).
    fn violation_kinds(&self) -> Vec<(String, Rule)> {
        let mut kinds: Vec<(String, Rule)> = self
            .required
            .iter()
            .map(|m| (m.clone(), Rule::Required))
            .collect();
        for (name, s) in &self.members {
            let mut add = |rule| kinds.push((name.clone(), rule));
            if s.get("enum").is_some() && name != &self.catalog_member {
                add(Rule::Enum);
            }
            if s.get("x-tagged-union").is_some() {
                // Two members at once needs a union of two; a one-member union (ChannelContractPayload)
                // is broken by leaving it empty.
                let members = s["properties"].as_object().map_or(0, |o| o.len());
                if members >= 2 {
                    add(Rule::UnionMultiple);
                }
                add(Rule::UnionEmpty);
            }
            if s.get("maxLength").is_some() {
                add(Rule::MaxLength);
            }
            if s.get("maximum").is_some() {
                add(Rule::Maximum);
            }
            if s.get("type").and_then(Value::as_str) == Some("string") {
                add(Rule::Type);
            }
        }
        kinds.push(("unexpectedMember".into(), Rule::UnknownMember));
        kinds
    }

    fn schema(&self, member: &str) -> &Value {
        self.members
            .iter()
            .find(|(k, _)| k == member)
            .map_or(&Value::Null, |(_, s)| s)
    }

    /// Breaks `rule` at `member` of a valid request.
    fn plant(&self, obj: &mut Map<String, Value>, member: &str, rule: Rule) {
        let s = self.schema(member);
        let value = match rule {
            Rule::Required => {
                obj.remove(member);
                return;
            }
            Rule::Enum => json!("NOT_IN_THE_ENUM"),
            Rule::UnionMultiple => {
                let names: Vec<&String> = s["properties"]
                    .as_object()
                    .map(|o| o.keys().collect())
                    .unwrap_or_default();
                json!({ names[0].clone(): {}, names[1].clone(): {} })
            }
            Rule::UnionEmpty => json!({}),
            Rule::MaxLength => json!("7".repeat(s["maxLength"].as_u64().unwrap_or(0) as usize + 1)),
            Rule::Maximum => json!(s["maximum"].as_i64().unwrap_or(0) + 1),
            Rule::Type => json!(12345),
            _ => json!("surprise"),
        };
        obj.insert(member.to_string(), value);
    }
}

#[cfg(test)]
mod tests {
    use proptest::test_runner::{Config, TestRunner};

    use super::*;

    #[test]
    fn every_operation_gets_invalid_requests_that_break_the_contract() {
        let contract = Contract::embedded();
        let options = Options { catalog: "Sandbox" };
        for op in &contract.catalog.operations {
            let mut runner = TestRunner::new(Config {
                cases: 64,
                failure_persistence: None,
                ..Config::default()
            });
            let strategy = contract.invalid_requests(op, options);
            runner
                .run(&strategy, |invalid| {
                    let broken = !contract.check_request(op, &invalid.request).is_empty();
                    proptest::prop_assert!(broken, "{} {:?}", op.name, invalid.planted);
                    Ok(())
                })
                .unwrap_or_else(|e| panic!("{}: {e}", op.name));
        }
    }
}
