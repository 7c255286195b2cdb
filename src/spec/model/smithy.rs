//! A Smithy JSON AST (`{"smithy": "2.0", "shapes": {"ns#Name": …}}`) read into the model: shape ids
//! lose their namespace; `@required`, `@length`, `@range`, `@pattern`, enum shapes (and the older
//! `@enum` trait), `@error`, `@httpError`, `@retryable`, `@idempotencyToken`, `@readonly`,
//! `@paginated` (the service's merged into each operation's), `@timestampFormat`, `@examples`, the service's
//! `aws.auth#sigv4` name and its auth schemes map onto what botocore spells directly.
use serde_json::Value;

use super::{
    ErrorTraits, ExampleAnswer, Fault, Kind, Member, Model, ModelExample, OperationShape,
    Paginator, ServiceInfo, Shape, auth_scheme,
};

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
            shape.enum_values.push(value.to_string());
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
                idempotency_token: trait_of(m, "idempotencyToken").is_some(),
            };
            shape.members.insert(name.clone(), member);
        }
    }
    shape.item = s.get("member").or_else(|| s.get("value")).and_then(target);
    shape.key = s.get("key").and_then(target);
    shape.error = error_traits(s);
    shape.timestamp_format = trait_of(s, "timestampFormat")
        .and_then(Value::as_str)
        .map(str::to_string);
    shape
}

fn error_traits(s: &Value) -> Option<ErrorTraits> {
    let fault = match trait_of(s, "error")?.as_str()? {
        "server" => Fault::Server,
        _ => Fault::Client,
    };
    Some(ErrorTraits {
        fault,
        http_status: trait_of(s, "httpError")
            .and_then(Value::as_u64)
            .and_then(|c| u16::try_from(c).ok()),
        retryable: trait_of(s, "retryable").map(|r| {
            r.get("throttling")
                .and_then(Value::as_bool)
                .unwrap_or(false)
        }),
    })
}

/// A `@paginated` trait, completed by the service's own (members an operation leaves out).
fn paginator(own: Option<&Value>, service: Option<&Value>) -> Option<Paginator> {
    own?;
    let get = |k: &str| {
        own.and_then(|p| p.get(k))
            .or_else(|| service.and_then(|p| p.get(k)))
            .and_then(Value::as_str)
            .map(str::to_string)
    };
    Some(Paginator {
        input_token: get("inputToken")?,
        output_token: get("outputToken")?,
        items: get("items"),
        page_size: get("pageSize"),
    })
}

fn service(local_name: &str, s: &Value) -> ServiceInfo {
    let text = |v: Option<&Value>| v.and_then(Value::as_str).unwrap_or_default().to_string();
    let traits = s.get("traits").and_then(Value::as_object);
    let mut auth_schemes: Vec<String> = trait_of(s, "auth")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(auth_scheme)
        .collect();
    if auth_schemes.is_empty() {
        auth_schemes = traits
            .into_iter()
            .flat_map(|t| t.keys())
            .filter(|k| k.starts_with("aws.auth#"))
            .map(|k| auth_scheme(k))
            .collect();
    }
    let sigv4 = traits.and_then(|t| t.get("aws.auth#sigv4"));
    let json = traits.and_then(|t| {
        ["1.0", "1.1"]
            .into_iter()
            .find(|v| t.contains_key(&format!("aws.protocols#awsJson{}", v.replace('.', "_"))))
    });
    ServiceInfo {
        api_version: text(s.get("version")),
        title: trait_of(s, "title").map_or_else(|| local_name.to_string(), |t| text(Some(t))),
        signing_name: text(sigv4.and_then(|v| v.get("name"))),
        auth_schemes,
        protocol: if json.is_some() {
            "json".into()
        } else {
            String::new()
        },
        json_version: json.unwrap_or_default().to_string(),
    }
}

fn operation(s: &Value, service_pages: Option<&Value>) -> OperationShape {
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
        readonly: trait_of(s, "readonly").is_some(),
        paginator: paginator(trait_of(s, "paginated"), service_pages),
        examples: trait_of(s, "examples")
            .and_then(Value::as_array)
            .map(|all| all.iter().map(example).collect())
            .unwrap_or_default(),
    }
}

/// One entry of `smithy.api#examples`: an absent input or output is the empty structure.
fn example(e: &Value) -> ModelExample {
    let text = |k: &str| e.get(k).and_then(Value::as_str).map(str::to_string);
    let empty = || Value::Object(Default::default());
    let answer = match e.get("error") {
        Some(err) => ExampleAnswer::Error {
            shape: local(
                err.get("shapeId")
                    .and_then(Value::as_str)
                    .unwrap_or_default(),
            ),
            content: err.get("content").cloned().unwrap_or_else(empty),
        },
        None => ExampleAnswer::Output(e.get("output").cloned().unwrap_or_else(empty)),
    };
    ModelExample {
        title: text("title").unwrap_or_default(),
        documentation: text("documentation"),
        input: e.get("input").cloned().unwrap_or_else(empty),
        answer,
    }
}

/// The model in a Smithy JSON AST; the service shape's name is the JSON protocol's target prefix.
pub fn model(doc: &Value) -> Model {
    let mut model = Model {
        has_paginators: true,
        ..Model::default()
    };
    let shapes = doc["shapes"].as_object();
    let service_shape = shapes
        .into_iter()
        .flatten()
        .find(|(_, s)| s.get("type").and_then(Value::as_str) == Some("service"));
    let service_pages = service_shape.and_then(|(_, s)| trait_of(s, "paginated"));
    for (id, s) in shapes.into_iter().flatten() {
        match s.get("type").and_then(Value::as_str) {
            Some("service") => {
                model.target_prefix = local(id);
                model.service = service(&local(id), s);
            }
            Some("operation") => {
                model
                    .operations
                    .insert(local(id), operation(s, service_pages));
            }
            Some("resource") => {}
            _ => {
                model.shapes.insert(local(id), shape(s));
            }
        }
    }
    add_prelude(&mut model);
    model
}

/// The simple shapes of Smithy's prelude (`smithy.api#String`) that members target: an AST leaves them
/// out, botocore spells them as shapes of their own (`"String": {"type": "string"}`).
fn add_prelude(model: &mut Model) {
    let targets: Vec<String> = model
        .shapes
        .values()
        .flat_map(|s| {
            s.members
                .values()
                .map(|m| &m.target)
                .chain(&s.item)
                .chain(&s.key)
        })
        .filter(|t| !model.shapes.contains_key(*t))
        .cloned()
        .collect();
    for name in targets {
        let kind = match name.as_str() {
            "String" => Kind::String,
            "Integer" | "Long" | "Short" | "Byte" | "BigInteger" | "PrimitiveInteger"
            | "PrimitiveLong" => Kind::Integer,
            "Float" | "Double" | "BigDecimal" => Kind::Number,
            "Boolean" | "PrimitiveBoolean" => Kind::Boolean,
            "Timestamp" => Kind::Timestamp,
            "Blob" => Kind::Blob,
            "Document" => Kind::Document,
            _ => continue,
        };
        model.shapes.insert(name, Shape::of(kind));
    }
}
