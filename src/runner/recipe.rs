//! How a cleanup recipe's members are filled in: each from the call's request or response, a read made
//! before the undo (`lookup:`) or before the call (`before:`), a fresh token or a fixed text.
use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::path;

/// The documents a recipe's members come from.
#[derive(Clone, Copy)]
pub struct Sources<'a> {
    pub request: &'a Value,
    pub response: &'a Value,
    pub before: &'a Value,
    pub looked_up: &'a Value,
}

impl<'a> Sources<'a> {
    /// Only the call's request (what a `snapshot` or a `lookup` is made from).
    pub fn request(request: &'a Value) -> Sources<'a> {
        Sources {
            request,
            response: &Value::Null,
            before: &Value::Null,
            looked_up: &Value::Null,
        }
    }

    /// A request's members, each from where `recipe` says (`member` → `source:path`).
    pub fn members(&self, recipe: &BTreeMap<String, String>) -> Map<String, Value> {
        let mut body = Map::new();
        for (member, source) in recipe {
            let value = match source.split_once(':') {
                Some(("request", p)) => path::get(self.request, p).cloned(),
                Some(("response", p)) => path::get(self.response, p).cloned(),
                Some(("lookup", p)) => path::get(self.looked_up, p).cloned(),
                Some(("before", p)) => path::get(self.before, p).cloned(),
                Some(("token", _)) => Some(Value::String(fresh_token())),
                Some(("literal", text)) => Some(Value::String(text.to_string())),
                _ => None,
            };
            if let Some(v) = value {
                body.insert(member.clone(), v);
            }
        }
        body
    }
}

/// A new idempotency token (a UUID v4) for an undo call that needs one.
fn fresh_token() -> String {
    uuid::Builder::from_random_bytes(rand::random())
        .into_uuid()
        .to_string()
}
