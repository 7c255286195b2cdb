//! The built-in contract of one service as the model the diff compares: each `$defs` entry of its
//! definitions is a named shape; each operation's request and response schema its input and output
//! (named `<Operation>Request` and `<Operation>Response`, as the models name them); its errors from the
//! catalog.

use serde_json::Value;

use crate::spec::{
    Contract,
    catalog::{ErrorShape, Operation},
    model::{
        self, ErrorTraits, Kind, Member, Model, OperationShape, Paginator, ServiceInfo, Shape,
    },
};

/// The name a `$ref` points at (`definitions.json#/$defs/Catalog` → `Catalog`).
fn target(member: &Value) -> String {
    member
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.rsplit('/').next())
        .unwrap_or_default()
        .to_string()
}

fn int(s: &Value, keys: &[&str]) -> Option<i64> {
    keys.iter().find_map(|k| s.get(*k).and_then(Value::as_i64))
}

fn kind(s: &Value) -> Kind {
    let ty = s.get("type").and_then(Value::as_str).unwrap_or_default();
    match ty {
        "string" if s.get("format").and_then(Value::as_str) == Some("date-time") => Kind::Timestamp,
        "string" => Kind::String,
        "integer" => Kind::Integer,
        "number" => Kind::Number,
        "boolean" => Kind::Boolean,
        "array" => Kind::List,
        "object" if s.get("x-tagged-union").is_some() => Kind::Union,
        "object"
            if s.get("properties").is_none()
                && s.get("additionalProperties").is_some_and(Value::is_object) =>
        {
            Kind::Map
        }
        "object" => Kind::Structure,
        _ => Kind::Document,
    }
}

/// One JSON Schema as a shape.
pub fn shape(s: &Value) -> Shape {
    let mut shape = Shape::of(kind(s));
    let required = model::strings(s, "required");
    for (name, m) in s
        .get("properties")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        if name == "__type" {
            continue;
        }
        shape.members.insert(
            name.clone(),
            Member {
                target: target(m),
                required: required.contains(name),
                idempotency_token: false,
            },
        );
    }
    shape.enum_values = model::strings(s, "enum");
    shape.min = int(s, &["minLength", "minItems", "minimum", "minProperties"]);
    shape.max = int(s, &["maxLength", "maxItems", "maximum", "maxProperties"]);
    if shape.kind == Kind::Union {
        (shape.min, shape.max) = (None, None);
    }
    shape.pattern = s.get("pattern").and_then(Value::as_str).map(str::to_string);
    shape.item = s
        .get("items")
        .or_else(|| s.get("additionalProperties").filter(|v| v.is_object()))
        .map(target);
    shape.key = s.get("propertyNames").map(target);
    shape
}

/// The contract's model of the service whose target prefix is `prefix`, if the contract has it.
pub fn model(contract: &Contract, prefix: &str) -> Option<Model> {
    let (key, _) = contract
        .catalog
        .services
        .iter()
        .find(|(_, s)| s.target_prefix == prefix)?;
    let service = contract.catalog.service(key)?;
    let mut model = Model {
        target_prefix: prefix.to_string(),
        service: ServiceInfo {
            api_version: service.api_version.clone(),
            title: service.title.clone(),
            signing_name: service.signing_name.clone(),
            auth_schemes: service.auth_schemes.clone(),
            protocol: "json".into(),
            json_version: "1.0".into(),
        },
        has_paginators: true,
        ..Model::default()
    };
    let defs = contract.definitions(key)?;
    for (name, s) in defs
        .get("$defs")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        model.shapes.insert(name.clone(), shape(s));
    }
    for op in contract
        .catalog
        .operations
        .iter()
        .filter(|o| &o.service == key)
    {
        let (input, output) = (
            format!("{}Request", op.name),
            format!("{}Response", op.name),
        );
        for (name, doc) in [(&input, &op.request), (&output, &op.response)] {
            if let Some(s) = contract.document(doc) {
                model.shapes.insert(name.clone(), shape(s));
            }
        }
        if let Some(token) = &op.idempotency_token
            && let Some(m) = model
                .shapes
                .get_mut(&input)
                .and_then(|s| s.members.get_mut(token))
        {
            m.idempotency_token = true;
        }
        model.operations.insert(
            op.name.clone(),
            OperationShape {
                input: Some(input),
                output: Some(output),
                errors: op.errors.iter().cloned().collect(),
                readonly: !op.mutating,
                paginator: paginator(op),
                examples: Vec::new(),
            },
        );
    }
    for (name, e) in &service.errors {
        if let Some(s) = contract.document(&e.schema) {
            let mut error = shape(s);
            error.error = Some(error_traits(e));
            model.shapes.insert(name.clone(), error);
        }
    }
    Some(model)
}

fn paginator(op: &Operation) -> Option<Paginator> {
    if !op.paginated {
        return None;
    }
    Some(Paginator {
        input_token: op.next_token_member.clone()?,
        output_token: op.next_token_member.clone()?,
        items: op.items_member.clone(),
        page_size: op.max_results_member.clone(),
    })
}

fn error_traits(e: &ErrorShape) -> ErrorTraits {
    ErrorTraits {
        fault: e.fault.unwrap_or(if e.http_status >= 500 {
            model::Fault::Server
        } else {
            model::Fault::Client
        }),
        http_status: e.status_from_model.then_some(e.http_status),
        retryable: e.retryable.then_some(e.throttling),
    }
}
