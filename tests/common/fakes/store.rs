//! What the keeping fakes keep: every resource an answer made (by its id), and tags by resource ARN. A
//! read finds a resource by any id or ARN the request names; a list answers what its items' schema
//! fits, and (the `Shapes` fake) filters by the members whose names its items share, sorts and pages.
use pcc_conformance::spec::{Operation, resolve_ref};
use serde_json::{Map, Value, json};

use super::{Fake, State, answer::Builder, error};

#[derive(Default)]
pub struct Store {
    resources: Vec<Resource>,
    tags: std::collections::HashMap<String, Vec<Value>>,
}

#[derive(Clone)]
struct Resource {
    family: String,
    id: String,
    arn: String,
    detail: Value,
}

/// What an operation does to what is kept, by its name's verb.
enum Verb {
    Create,
    Read,
    Change,
    Delete,
    List,
    Tag,
    Untag,
    ListTags,
}

fn verb(name: &str) -> Verb {
    match name {
        "TagResource" => Verb::Tag,
        "UntagResource" => Verb::Untag,
        "ListTagsForResource" => Verb::ListTags,
        n if n.starts_with("Create") => Verb::Create,
        n if n.starts_with("List") => Verb::List,
        n if n.starts_with("Get") => Verb::Read,
        n if n.starts_with("Delete") => Verb::Delete,
        _ => Verb::Change,
    }
}

fn id_of(v: &Value) -> Option<(String, String)> {
    let id = v.get("id").or_else(|| v.get("Id"))?.as_str()?.to_string();
    let arn = v
        .get("arn")
        .or_else(|| v.get("Arn"))
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    Some((id, arn))
}

/// Every string in `v`, at any depth.
fn strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        Value::Object(o) => o.values().for_each(|x| strings(x, out)),
        _ => {}
    }
}

impl Store {
    pub fn call(
        &mut self,
        state: &State,
        b: &Builder,
        op: &Operation,
        request: &Value,
    ) -> (u16, Value) {
        let family = op.family.clone().unwrap_or_default();
        let response = state
            .contract
            .document(&op.response)
            .cloned()
            .unwrap_or(json!({}));
        match verb(&op.name) {
            Verb::Create => {
                let answer = b.build(&response, &[request]);
                let tags = request.get("tags").and_then(Value::as_array).cloned();
                self.keep_made(&family, &answer, request, tags);
                (200, answer)
            }
            Verb::Read => match self.named(op, request, &family) {
                Some(i) => (
                    200,
                    b.build(&response, &[&self.resources[i].detail.clone()]),
                ),
                None if !names_any(request) => (200, b.build(&response, &[request])),
                None => error(op, "ResourceNotFoundException", 404),
            },
            Verb::Change => self.change(b, op, request, &response, &family),
            Verb::Delete => match self.named(op, request, &family) {
                Some(i) => {
                    self.resources.remove(i);
                    (200, b.build(&response, &[request]))
                }
                None => error(op, "ResourceNotFoundException", 404),
            },
            Verb::List => (200, self.list(state, b, op, request, &response, &family)),
            Verb::Tag | Verb::Untag | Verb::ListTags => {
                (200, self.tagging(b, op, request, &response))
            }
        }
    }

    fn change(
        &mut self,
        b: &Builder,
        op: &Operation,
        request: &Value,
        response: &Value,
        family: &str,
    ) -> (u16, Value) {
        let found = self.named(op, request, family);
        let Some(i) = found else {
            if names_any(request) {
                return error(op, "ResourceNotFoundException", 404);
            }
            // A singleton of the family (the connection preferences): made on first change.
            let answer = b.build(response, &[request]);
            return (200, answer);
        };
        let mut merged = self.resources[i].detail.clone();
        if let (Some(m), Some(r)) = (merged.as_object_mut(), request.as_object()) {
            for (k, v) in r {
                if m.contains_key(k) {
                    m.insert(k.clone(), v.clone());
                }
            }
        }
        let answer = b.build(response, &[&merged, request]);
        let detail = detail_of(&answer).cloned().unwrap_or(merged.clone());
        if id_of(&detail).is_some_and(|(id, _)| id == self.resources[i].id) {
            self.resources[i].detail = detail;
        } else {
            self.resources[i].detail = merged;
            self.keep_made(family, &answer, request, None);
        }
        (200, answer)
    }

    /// Keeps the resource the answer holds, if it is not kept yet, with what the request said of it.
    fn keep_made(
        &mut self,
        family: &str,
        answer: &Value,
        request: &Value,
        tags: Option<Vec<Value>>,
    ) {
        let Some(detail) = detail_of(answer) else {
            return;
        };
        let Some((id, arn)) = id_of(detail) else {
            return;
        };
        if self.resources.iter().any(|r| r.id == id) {
            return;
        }
        if let Some(tags) = tags {
            self.tags.insert(arn.clone(), tags);
        }
        let mut kept = detail.clone();
        if let (Some(k), Some(r)) = (kept.as_object_mut(), request.as_object()) {
            for (name, v) in r {
                k.entry(name.clone()).or_insert_with(|| v.clone());
            }
        }
        self.resources.push(Resource {
            family: family.to_string(),
            id,
            arn,
            detail: kept,
        });
    }

    /// The kept resource the request names: by its `identifier`, else by any id or ARN it holds.
    fn named(&self, op: &Operation, request: &Value, family: &str) -> Option<usize> {
        let _ = op;
        let main = ["identifier", "Identifier", "resourceArn"]
            .iter()
            .find_map(|m| request.get(*m).and_then(Value::as_str));
        if let Some(wanted) = main {
            return self
                .resources
                .iter()
                .position(|r| r.id == wanted || r.arn == wanted);
        }
        let mut all = Vec::new();
        strings(request, &mut all);
        self.resources
            .iter()
            .position(|r| r.family == family && all.iter().any(|s| *s == r.id || *s == r.arn))
    }

    fn list(
        &self,
        state: &State,
        b: &Builder,
        op: &Operation,
        request: &Value,
        response: &Value,
        family: &str,
    ) -> Value {
        let items_member = op.items_member.clone().unwrap_or_else(|| "items".into());
        let defs = b.defs;
        let items_schema = response
            .pointer(&format!("/properties/{items_member}"))
            .map(|s| resolve_ref(defs, s))
            .and_then(|s| s.get("items"))
            .cloned()
            .unwrap_or(json!({}));
        let item_schema = resolve_ref(defs, &items_schema).clone();
        let id_schema = item_schema
            .pointer("/properties/id")
            .or_else(|| item_schema.pointer("/properties/Id"))
            .cloned()
            .unwrap_or(json!({}));
        let mut items: Vec<Value> = self
            .resources
            .iter()
            .filter(|r| r.family == family && b.fits(&id_schema, &json!(r.id), 0))
            .map(|r| b.build(&item_schema, &[&r.detail]))
            .collect();
        let mut answer = Map::new();
        if state.fake == Fake::Shapes {
            items.retain(|item| super::filters::keeps(request, item, op));
            super::filters::sort(request, &mut items);
            let (page, next) = super::filters::page(request, items, op);
            items = page;
            if let (Some(next), Some(member)) = (next, &op.next_token_member) {
                answer.insert(member.clone(), json!(next));
            }
        }
        answer.insert(items_member, Value::Array(items));
        Value::Object(answer)
    }

    fn tagging(&mut self, b: &Builder, op: &Operation, request: &Value, response: &Value) -> Value {
        let arn = request
            .get("resourceArn")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        let kept = self.tags.entry(arn).or_default();
        match verb(&op.name) {
            Verb::Tag => {
                for t in request
                    .get("tags")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                {
                    kept.retain(|k| k.get("key") != t.get("key"));
                    kept.push(t.clone());
                }
            }
            Verb::Untag => {
                let keys = request.get("tagKeys").cloned().unwrap_or(json!([]));
                let keys = keys.as_array().cloned().unwrap_or_default();
                kept.retain(|k| !keys.iter().any(|key| Some(key) == k.get("key")));
            }
            _ => {}
        }
        let source = json!({"tags": kept.clone()});
        let mut answer = b.build(response, &[&source, request]);
        if let (Some(o), Verb::ListTags) = (answer.as_object_mut(), verb(&op.name)) {
            o.insert("tags".into(), json!(kept.clone()));
        }
        answer
    }
}

/// Whether the request names a resource at all (an identifier member).
fn names_any(request: &Value) -> bool {
    request.as_object().is_some_and(|o| {
        ["identifier", "Identifier", "resourceArn"]
            .iter()
            .any(|k| o.contains_key(*k))
    })
}

/// The resource an answer holds: its one member that has an id, or the answer itself.
fn detail_of(answer: &Value) -> Option<&Value> {
    if id_of(answer).is_some() {
        return Some(answer);
    }
    answer.as_object()?.values().find(|v| id_of(v).is_some())
}
