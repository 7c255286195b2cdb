//! A Smithy JSON AST (`{"smithy": "2.0", "shapes": {"ns#Name": …}}`) read into the model the diff
//! compares: shape ids lose their namespace; `@required`, `@length`, `@range`, `@pattern`, enum shapes
//! (and the older `@enum` trait) map onto the members, bounds and values botocore spells directly.
use serde_json::Value;

use super::model::{Kind, Member, Model, OperationShape, Shape};

/// `ns#Name` (or `ns#Name$member`) → `Name`.
fn local(id: &str) -> String {
    let name = id.rsplit('#').next().unwrap_or(id);
    name.split('$').next().unwrap_or(name).to_string()
}

fn trait_of<'a>(s: &'a Value, name: &str) -> Option<&'a Value> {
    s.get("traits")
        .and_then(|t| t.get(format!("smithy.api#{name}")))
}

fn kind(s: &Value) -> Kind {
    match s.get("type").and_then(Value::as_str).unwrap_or_default() {
        "structure" => Kind::Structure,
        "union" => Kind::Union,
        "integer" | "long" | "short" | "byte" | "intEnum" | "bigInteger" => Kind::Integer,
        "float" | "double" | "bigDecimal" => Kind::Number,
        "boolean" => Kind::Boolean,
        "timestamp" => Kind::Timestamp,
        "blob" => Kind::Blob,
        "list" | "set" => Kind::List,
        "map" => Kind::Map,
        "string" | "enum" => Kind::String,
        _ => Kind::Document,
    }
}

fn bounds(shape: &mut Shape, s: &Value) {
    let int = |v: &Value, k: &str| {
        v.get(k)
            .and_then(|x| x.as_i64().or_else(|| x.as_f64().map(|f| f as i64)))
    };
    if let Some(l) = trait_of(s, "length") {
        (shape.min, shape.max) = (int(l, "min"), int(l, "max"));
    }
    if let Some(r) = trait_of(s, "range") {
        (shape.min, shape.max) = (int(r, "min"), int(r, "max"));
    }
    shape.pattern = trait_of(s, "pattern")
        .and_then(Value::as_str)
        .map(str::to_string);
}

fn enum_values(shape: &mut Shape, s: &Value) {
    if s.get("type").and_then(Value::as_str) == Some("enum") {
        for (name, m) in s
            .get("members")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            let value = trait_of(m, "enumValue")
                .and_then(Value::as_str)
                .unwrap_or(name);
            shape.enum_values.insert(value.to_string());
        }
    }
    if let Some(values) = trait_of(s, "enum").and_then(Value::as_array) {
        shape.enum_values.extend(
            values
                .iter()
                .filter_map(|v| v.get("value"))
                .filter_map(Value::as_str)
                .map(str::to_string),
        );
    }
}

fn shape(s: &Value) -> Shape {
    let mut shape = Shape::of(kind(s));
    bounds(&mut shape, s);
    enum_values(&mut shape, s);
    let target = |m: &Value| m.get("target").and_then(Value::as_str).map(local);
    if matches!(shape.kind, Kind::Structure | Kind::Union) {
        for (name, m) in s
            .get("members")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            let member = Member {
                target: target(m).unwrap_or_default(),
                required: trait_of(m, "required").is_some(),
            };
            shape.members.insert(name.clone(), member);
        }
    }
    shape.item = s.get("member").or_else(|| s.get("value")).and_then(target);
    shape.key = s.get("key").and_then(target);
    shape
}

fn operation(s: &Value) -> OperationShape {
    let target = |k: &str| {
        s.get(k)
            .and_then(|v| v.get("target"))
            .and_then(Value::as_str)
            .map(local)
    };
    OperationShape {
        input: target("input"),
        output: target("output"),
        errors: s
            .get("errors")
            .and_then(Value::as_array)
            .map(|e| {
                e.iter()
                    .filter_map(|x| x.get("target"))
                    .filter_map(Value::as_str)
                    .map(local)
                    .collect()
            })
            .unwrap_or_default(),
    }
}

/// The model in a Smithy JSON AST; the service shape's name is the JSON protocol's target prefix.
pub fn model(doc: &Value) -> Model {
    let mut model = Model::default();
    for (id, s) in doc["shapes"].as_object().into_iter().flatten() {
        match s.get("type").and_then(Value::as_str) {
            Some("service") => model.target_prefix = local(id),
            Some("operation") => {
                model.operations.insert(local(id), operation(s));
            }
            Some("resource") => {}
            _ => {
                model.shapes.insert(local(id), shape(s));
            }
        }
    }
    model
}
