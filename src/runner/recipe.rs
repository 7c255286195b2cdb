//! How a cleanup recipe's members are filled in: each from the call's request or response, a read made
//! before the undo (`lookup:`) or before the call (`before:`), a fresh token or a fixed text. A source
//! that starts with `?` is optional (a member the read may not hold); any other that cannot be filled
//! leaves the resource behind, named.
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

    /// A request's members, each from where `recipe` says (`member` → `source:path`); or the members none
    /// of the sources holds, as `member (source:path)`.
    pub fn resolve(
        &self,
        recipe: &BTreeMap<String, String>,
    ) -> Result<Map<String, Value>, Vec<String>> {
        let body = self.members(recipe);
        let missing: Vec<String> = recipe
            .iter()
            .filter(|(member, source)| !source.starts_with('?') && !body.contains_key(*member))
            .map(|(member, source)| format!("{member} ({source})"))
            .collect();
        if missing.is_empty() {
            Ok(body)
        } else {
            Err(missing)
        }
    }

    /// A request's members, each from where `recipe` says (`member` → `source:path`), leaving out those
    /// no source holds.
    pub fn members(&self, recipe: &BTreeMap<String, String>) -> Map<String, Value> {
        recipe
            .iter()
            .filter_map(|(member, source)| Some((member.clone(), self.value(source)?)))
            .collect()
    }

    /// The value one source names (`response:detail.id`), if it holds one.
    pub fn value(&self, source: &str) -> Option<Value> {
        match source.trim_start_matches('?').split_once(':') {
            Some(("request", p)) => path::get(self.request, p).cloned(),
            Some(("response", p)) => path::get(self.response, p).cloned(),
            Some(("lookup", p)) => path::get(self.looked_up, p).cloned(),
            Some(("before", p)) => path::get(self.before, p).cloned(),
            Some(("token", _)) => Some(Value::String(fresh_token())),
            Some(("literal", text)) => Some(Value::String(text.to_string())),
            _ => None,
        }
    }
}

/// A new idempotency token (a UUID v4) for an undo call that needs one.
fn fresh_token() -> String {
    uuid::Builder::from_random_bytes(rand::random())
        .into_uuid()
        .to_string()
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn a_member_no_source_holds_is_named_unless_optional() {
        let (request, response) = (
            json!({"catalog": "Sandbox"}),
            json!({"detail": {"id": "x"}}),
        );
        let sources = Sources {
            response: &response,
            ..Sources::request(&request)
        };
        let recipe: BTreeMap<String, String> = [
            ("catalog", "request:catalog"),
            ("identifier", "response:detail.arn"),
            ("excluded", "?before:Excluded"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        assert_eq!(
            sources.resolve(&recipe),
            Err(vec!["identifier (response:detail.arn)".to_string()])
        );
        let mut fine = recipe.clone();
        fine.insert("identifier".into(), "response:detail.id".into());
        let body = sources.resolve(&fine).unwrap();
        assert_eq!(body.get("identifier"), Some(&json!("x")));
        assert!(!body.contains_key("excluded"));
    }
}
