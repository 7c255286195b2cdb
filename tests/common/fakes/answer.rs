//! Answers in the contract's shapes, built from a schema and the values a fake has at hand (the
//! request, what it keeps): a member takes a same-named value that fits its schema, a list item a
//! filter's value, and anything else is made up to fit (ids and ARNs in the service's layouts, so that a
//! fake looks as a careful author would write it).
use std::sync::atomic::{AtomicU64, Ordering};

use pcc_conformance::spec::{Contract, Operation, resolve_ref, synth};
use serde_json::{Map, Value, json};

/// How deep a schema is followed.
const DEPTH: usize = 8;

pub struct Builder<'a> {
    pub defs: &'a Value,
    /// The caller's account, for ARNs and owner members.
    pub account: &'a str,
    pub catalog: String,
    pub fresh: &'a AtomicU64,
}

impl<'a> Builder<'a> {
    pub fn new(
        contract: &'a Contract,
        op: &Operation,
        account: &'a str,
        request: &Value,
        fresh: &'a AtomicU64,
    ) -> Builder<'a> {
        let catalog = request
            .get(&op.conventions.catalog_member)
            .and_then(Value::as_str)
            .unwrap_or("Sandbox")
            .to_string();
        Builder {
            defs: contract.definitions(&op.service).unwrap_or(&Value::Null),
            account,
            catalog,
            fresh,
        }
    }

    fn resolve<'s>(&'s self, schema: &'s Value) -> &'s Value {
        resolve_ref(self.defs, schema)
    }

    /// A value for `schema`, taking what `sources` hold under the member's name where it fits.
    pub fn build(&self, schema: &Value, sources: &[&Value]) -> Value {
        self.object_or_value("", schema, sources, 0)
            .unwrap_or(Value::Null)
    }

    fn object_or_value(
        &self,
        name: &str,
        schema: &Value,
        sources: &[&Value],
        depth: usize,
    ) -> Option<Value> {
        let s = self.resolve(schema);
        if depth > DEPTH {
            return None;
        }
        if !name.is_empty()
            && let Some(found) = find(sources, name).filter(|v| self.fits(s, v, 0))
        {
            return Some(found);
        }
        match s.get("type").and_then(Value::as_str) {
            Some("object") => self.object(s, sources, depth),
            Some("array") => {
                let item =
                    self.object_or_value(&singular(name)[0], &s["items"], sources, depth + 1);
                Some(Value::Array(item.into_iter().collect()))
            }
            _ => self.made_up(name, s),
        }
    }

    fn object(&self, s: &Value, sources: &[&Value], depth: usize) -> Option<Value> {
        if let Some(values) = s.get("additionalProperties").filter(|v| v.is_object()) {
            return self.map(s, values, sources, depth);
        }
        let props = s.get("properties").and_then(Value::as_object)?;
        let mut out = Map::new();
        if s.get("x-tagged-union").is_some() || s.get("maxProperties") == Some(&json!(1)) {
            let chosen = props
                .iter()
                .find(|(k, _)| find(sources, k).is_some())
                .or_else(|| props.iter().find(|(k, _)| *k != "__type"))?;
            let (k, v) = chosen;
            let inner: Vec<&Value> = sources.iter().filter_map(|s| deep(s, k)).collect();
            let value = self.object_or_value(k, v, &inner, depth + 1)?;
            out.insert(k.clone(), value);
            return Some(Value::Object(out));
        }
        for (k, v) in props.iter().filter(|(k, _)| *k != "__type") {
            if let Some(value) = self.object_or_value(k, v, sources, depth + 1) {
                out.insert(k.clone(), value);
            }
        }
        for arn in ["arn", "Arn"] {
            let Some(schema) = props.get(arn) else {
                continue;
            };
            let taken = find(sources, arn).is_some_and(|v| self.fits(schema, &v, 0));
            if !taken && let Some(made) = self.arn_of(&out, sources, schema) {
                out.insert(arn.to_string(), json!(made));
            }
        }
        Some(Value::Object(out))
    }

    /// A map of one entry: its key a value of the sources that fits the key's schema (a connection
    /// type sent), else one made up.
    fn map(&self, s: &Value, values: &Value, sources: &[&Value], depth: usize) -> Option<Value> {
        let names = s
            .get("propertyNames")
            .cloned()
            .unwrap_or(json!({"type": "string"}));
        let names = self.resolve(&names).clone();
        let mut all = Vec::new();
        for source in sources {
            collect_strings(source, &mut all);
        }
        let key = all
            .into_iter()
            .find(|k| self.fits(&names, &json!(k), 0))
            .or_else(|| {
                self.made_up("", &names)
                    .and_then(|v| v.as_str().map(str::to_string))
            })?;
        let value = self.object_or_value("", values, sources, depth + 1)?;
        Some(json!({ key: value }))
    }

    /// An ARN in the service's layout for the resource whose id the object holds.
    fn arn_of(
        &self,
        out: &Map<String, Value>,
        sources: &[&Value],
        schema: &Value,
    ) -> Option<String> {
        let id = out
            .get("id")
            .or_else(|| out.get("Id"))
            .and_then(Value::as_str)
            .unwrap_or("");
        let kind = match id.split('-').next().unwrap_or("") {
            "pma" => "program-management-account",
            "rs" => "relationship",
            "ch" => "channel-handshake",
            "cc" => "channel-contract",
            "pac" => "connection",
            "pacinv" => "connection-invitation",
            _ => "connection-preferences",
        };
        let mut path = format!("{kind}/{id}");
        if kind == "connection-preferences" {
            path = kind.to_string();
        }
        if kind == "relationship" {
            let pma = [
                "programManagementAccountIdentifier",
                "programManagementAccountId",
            ]
            .iter()
            .find_map(|m| find(sources, m))
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
            path = format!("program-management-account/{pma}/{path}");
        }
        let (acct, catalog) = (self.account, &self.catalog);
        [
            format!("arn:aws:partnercentral:us-east-1:{acct}:catalog/{catalog}/{path}"),
            format!("arn:aws:partnercentral:us-east-1::catalog/{catalog}/{path}"),
        ]
        .into_iter()
        .find(|a| self.fits(schema, &json!(a), 0))
    }

    /// A value a careful fake makes up for a member it has nothing for.
    fn made_up(&self, name: &str, s: &Value) -> Option<Value> {
        if let Some(first) = s
            .get("enum")
            .and_then(Value::as_array)
            .and_then(|e| e.first())
        {
            return Some(first.clone());
        }
        match s.get("type").and_then(Value::as_str) {
            Some("integer") | Some("number") => Some(json!(
                s.get("minimum").and_then(Value::as_i64).unwrap_or(1).max(1)
            )),
            Some("boolean") => Some(json!(false)),
            Some("string") => Some(Value::String(self.string(name, s))),
            _ => None,
        }
    }

    fn string(&self, name: &str, s: &Value) -> String {
        if s.get("format").and_then(Value::as_str) == Some("date-time") {
            return now();
        }
        let lower = name.to_ascii_lowercase();
        if lower.ends_with("accountid") && fits_string(s, self.account) {
            return self.account.to_string();
        }
        if lower == "catalog" && fits_string(s, &self.catalog) {
            return self.catalog.clone();
        }
        let min = s.get("minLength").and_then(Value::as_u64).unwrap_or(1) as usize;
        let max = s.get("maxLength").and_then(Value::as_u64).unwrap_or(64) as usize;
        match s.get("pattern").and_then(Value::as_str) {
            Some(p) => self.patterned(p, min.max(1), max),
            None if lower == "revision" => "1".into(),
            None => "x".repeat(min.clamp(1, max.max(1)).min(8).max(min)),
        }
    }

    /// A string the pattern matches whole, its tail made unique so two made-up ids differ.
    fn patterned(&self, pattern: &str, min: usize, max: usize) -> String {
        let made = (min..=max.min(min + 120))
            .find_map(|len| synth::of_length(pattern, len))
            .unwrap_or_default();
        let n = self.fresh.fetch_add(1, Ordering::Relaxed);
        let tail = format!("{n:06}");
        if made.len() > tail.len() {
            let unique = format!("{}{tail}", &made[..made.len() - tail.len()]);
            if synth::matches_whole(pattern, &unique) {
                return unique;
            }
        }
        made
    }

    /// Whether `v` fits `schema` well enough to be answered as it.
    pub fn fits(&self, schema: &Value, v: &Value, depth: usize) -> bool {
        let s = self.resolve(schema);
        if depth > DEPTH {
            return false;
        }
        if let Some(options) = s.get("enum").and_then(Value::as_array) {
            return options.contains(v);
        }
        match (s.get("type").and_then(Value::as_str), v) {
            (Some("string"), Value::String(t)) => fits_string(s, t),
            (Some("integer"), Value::Number(n)) => n.is_i64(),
            (Some("number"), Value::Number(_)) | (Some("boolean"), Value::Bool(_)) => true,
            (Some("array"), Value::Array(items)) => {
                items.iter().all(|i| self.fits(&s["items"], i, depth + 1))
            }
            (Some("object"), Value::Object(o)) => {
                let props = s.get("properties").and_then(Value::as_object);
                o.iter().all(|(k, x)| {
                    props
                        .and_then(|p| p.get(k))
                        .is_some_and(|p| self.fits(p, x, depth + 1))
                })
            }
            _ => false,
        }
    }
}

fn fits_string(s: &Value, t: &str) -> bool {
    let len = t.chars().count() as u64;
    let min = s.get("minLength").and_then(Value::as_u64).unwrap_or(0);
    let max = s
        .get("maxLength")
        .and_then(Value::as_u64)
        .unwrap_or(u64::MAX);
    let pattern = s
        .get("pattern")
        .and_then(Value::as_str)
        .is_none_or(|p| synth::matches_whole(p, t));
    (min..=max).contains(&len) && pattern
}

/// The names a list member's items go by (`programs` → `program`, `accountIds` → `accountId`).
pub fn singular(name: &str) -> Vec<String> {
    let mut out = vec![name.to_string()];
    for (from, to) in [
        ("Identifiers", "Id"),
        ("Identifier", "Id"),
        ("ies", "y"),
        ("es", ""),
        ("s", ""),
    ] {
        if let Some(stem) = name.strip_suffix(from) {
            out.push(format!("{stem}{to}"));
        }
    }
    out
}

/// The first value under `name` (or a list under a plural of it, by its first item) in any source, at
/// any depth.
pub fn find(sources: &[&Value], name: &str) -> Option<Value> {
    sources
        .iter()
        .find_map(|s| deep(s, name).cloned())
        .or_else(|| {
            let plurals = [format!("{name}s"), format!("{name}es")];
            sources.iter().find_map(|s| {
                plurals
                    .iter()
                    .find_map(|p| deep(s, p))
                    .and_then(|v| v.as_array()?.first().cloned())
            })
        })
}

/// The value under `name` at any depth of `v`, the shallowest first.
pub fn deep<'v>(v: &'v Value, name: &str) -> Option<&'v Value> {
    let mut level = vec![v];
    for _ in 0..DEPTH {
        let mut next = Vec::new();
        for x in level {
            match x {
                Value::Object(o) => {
                    if let Some(found) = o.get(name) {
                        return Some(found);
                    }
                    next.extend(o.values());
                }
                Value::Array(a) => next.extend(a.iter()),
                _ => {}
            }
        }
        level = next;
    }
    None
}

pub fn now() -> String {
    let now = time::OffsetDateTime::now_utc();
    let whole = now.replace_nanosecond(0).unwrap_or(now);
    whole
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

fn collect_strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(a) => a.iter().for_each(|x| collect_strings(x, out)),
        Value::Object(o) => o.values().for_each(|x| collect_strings(x, out)),
        _ => {}
    }
}
