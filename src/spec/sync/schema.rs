//! One shape of the model as JSON Schema (2020-12): every constraint the model states, nothing else.
use serde_json::{Map, Value, json};

use crate::spec::model::{Kind, Shape};

/// A `$ref` to a definition, from a document at `prefix` (`definitions.json`, `../definitions.json`,
/// or `` inside the definitions themselves).
pub fn reference(prefix: &str, target: &str) -> Value {
    json!({ "$ref": format!("{prefix}#/$defs/{target}") })
}

fn bounds(out: &mut Map<String, Value>, shape: &Shape, min: &str, max: &str) {
    if let Some(v) = shape.min {
        out.insert(min.into(), json!(v));
    }
    if let Some(v) = shape.max {
        out.insert(max.into(), json!(v));
    }
}

/// The members of a structure or union as `properties` (each a `$ref` from `prefix`), with `required`.
pub fn members(out: &mut Map<String, Value>, shape: &Shape, prefix: &str) {
    let properties: Map<String, Value> = shape
        .members
        .iter()
        .map(|(name, m)| (name.clone(), reference(prefix, &m.target)))
        .collect();
    out.insert("properties".into(), Value::Object(properties));
    let required: Vec<&String> = shape
        .members
        .iter()
        .filter(|(_, m)| m.required)
        .map(|(n, _)| n)
        .collect();
    if !required.is_empty() {
        out.insert("required".into(), json!(required));
    }
}

fn timestamp(shape: &Shape) -> Value {
    match shape.timestamp_format.as_deref() {
        Some("iso8601" | "date-time") => json!({
            "type": "string",
            "format": "date-time",
            "description": "ISO 8601 timestamp (timestampFormat iso8601)"
        }),
        Some(f @ ("rfc822" | "http-date")) => json!({
            "type": "string",
            "description": format!("HTTP date (timestampFormat {f})")
        }),
        // AWS JSON's default: seconds since the epoch, as a number.
        _ => {
            json!({"type": "number", "description": "seconds since the epoch (timestampFormat epoch-seconds)"})
        }
    }
}

/// A named shape as a definition.
/// A list (its items and size bounds) or a map (its keys, values and size bounds).
fn collection(out: &mut Map<String, Value>, shape: &Shape) {
    if shape.kind == Kind::List {
        out.insert("type".into(), json!("array"));
        if let Some(item) = &shape.item {
            out.insert("items".into(), reference("", item));
        }
        return bounds(out, shape, "minItems", "maxItems");
    }
    out.insert("type".into(), json!("object"));
    if let Some(key) = &shape.key {
        out.insert("propertyNames".into(), reference("", key));
    }
    if let Some(item) = &shape.item {
        out.insert("additionalProperties".into(), reference("", item));
    }
    bounds(out, shape, "minProperties", "maxProperties");
}

/// A structure, or a tagged union: an object with exactly one of its members.
fn structure(out: &mut Map<String, Value>, name: &str, shape: &Shape) {
    out.insert("type".into(), json!("object"));
    if shape.kind == Kind::Union {
        out.insert("x-tagged-union".into(), json!(true));
        let text = format!("{name}: exactly one of its members is set.");
        out.insert("description".into(), json!(text));
    }
    members(out, shape, "");
    out.insert("additionalProperties".into(), json!(false));
    if shape.kind == Kind::Union {
        out.insert("minProperties".into(), json!(1));
        out.insert("maxProperties".into(), json!(1));
    }
}

pub fn definition(name: &str, shape: &Shape) -> Value {
    let mut out = Map::new();
    match shape.kind {
        Kind::String => {
            out.insert("type".into(), json!("string"));
            if shape.enum_values.is_empty() {
                bounds(&mut out, shape, "minLength", "maxLength");
                if let Some(p) = &shape.pattern {
                    out.insert("pattern".into(), json!(p));
                }
            } else {
                out.insert("enum".into(), json!(shape.enum_values));
            }
        }
        Kind::Integer | Kind::Number => {
            let ty = if shape.kind == Kind::Integer {
                "integer"
            } else {
                "number"
            };
            out.insert("type".into(), json!(ty));
            bounds(&mut out, shape, "minimum", "maximum");
        }
        Kind::Boolean => {
            out.insert("type".into(), json!("boolean"));
        }
        Kind::Timestamp => return timestamp(shape),
        Kind::Blob => {
            out.insert("type".into(), json!("string"));
            out.insert("contentEncoding".into(), json!("base64"));
        }
        Kind::List | Kind::Map => collection(&mut out, shape),
        Kind::Structure | Kind::Union => structure(&mut out, name, shape),
        Kind::Document => {}
    }
    Value::Object(out)
}
