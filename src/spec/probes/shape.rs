//! Reading a request or response schema along a member path, and placing a value at a path of a request
//! so that the tagged unions on the way take the member the path goes through.
use serde_json::{Map, Value, json};

use super::values;

/// A schema document with its service's definitions.
pub struct Shape<'a> {
    pub defs: &'a Value,
}

/// One step of a member path: a member, or the items of a list.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Seg<'p> {
    Key(&'p str),
    Item,
}

/// `a.b[].c` (or `a.b[0].c`) → `a`, `b`, item, `c`.
pub fn segments(path: &str) -> Vec<Seg<'_>> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let (name, rest) = part.split_once('[').unwrap_or((part, ""));
        out.push(Seg::Key(name));
        for _ in rest.split('[').filter(|r| r.ends_with(']')) {
            out.push(Seg::Item);
        }
    }
    out
}

/// `a[].b` → `a[0].b`: the first item, where a probe puts its value.
pub fn concrete(path: &str) -> String {
    path.replace("[]", "[0]")
}

impl<'a> Shape<'a> {
    pub fn resolve(&self, s: &'a Value) -> &'a Value {
        crate::spec::resolve_ref(self.defs, s)
    }

    /// The schema of the member at `path` (`a.b[].c`), if the schema has one there.
    pub fn leaf(&self, schema: &'a Value, path: &str) -> Option<&'a Value> {
        let mut s = self.resolve(schema);
        for seg in segments(path) {
            s = self.resolve(match seg {
                Seg::Key(k) => s.get("properties")?.get(k)?,
                Seg::Item => s.get("items")?,
            });
        }
        Some(s)
    }

    /// `body` with `value` at `path`, the tagged unions on the way switched to the member the path takes
    /// and every object brought in holding its required members.
    pub fn place(
        &self,
        body: &mut Value,
        schema: &'a Value,
        path: &str,
        value: Value,
    ) -> Option<()> {
        self.place_at(body, schema, &segments(path), value)
    }

    fn place_at(
        &self,
        v: &mut Value,
        schema: &'a Value,
        segs: &[Seg<'_>],
        leaf: Value,
    ) -> Option<()> {
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
                self.place_at(slot, sub, rest, leaf)
            }
            Seg::Item => {
                let items = s.get("items")?;
                if v.as_array().is_none_or(Vec::is_empty) {
                    *v = json!([self.canonical(items, 0)]);
                }
                self.place_at(v.get_mut(0)?, items, rest, leaf)
            }
        }
    }

    /// A valid value of `schema` that holds only what it must: the required members of an object, the
    /// first member of a tagged union, one item of a list that needs one.
    pub fn canonical(&self, schema: &'a Value, depth: usize) -> Value {
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
            _ => values::filler(s),
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
        let required = s.get("required").and_then(Value::as_array);
        for name in required.into_iter().flatten().filter_map(Value::as_str) {
            if let Some(sub) = props.and_then(|p| p.get(name)) {
                out.insert(name.to_string(), self.canonical(sub, depth + 1));
            }
        }
        Value::Object(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_read_as_members_and_items() {
        assert_eq!(
            segments("a[].b"),
            vec![Seg::Key("a"), Seg::Item, Seg::Key("b")]
        );
        assert_eq!(
            segments("a[0].b"),
            vec![Seg::Key("a"), Seg::Item, Seg::Key("b")]
        );
        assert_eq!(segments("tags[0]"), vec![Seg::Key("tags"), Seg::Item]);
        assert_eq!(concrete("tags[].key"), "tags[0].key");
    }
}
