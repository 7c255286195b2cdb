//! botocore's `service-2.json` (and `paginators-1.json`) read into the model.
use serde_json::Value;

use super::{
    ErrorTraits, Fault, Kind, Member, Model, OperationShape, Paginator, ServiceInfo, Shape,
    auth_scheme, int, strings,
};

/// botocore's shape types to the kinds compared.
fn kind(s: &Value) -> Kind {
    match s.get("type").and_then(Value::as_str).unwrap_or_default() {
        "structure" if s.get("union").and_then(Value::as_bool) == Some(true) => Kind::Union,
        "structure" => Kind::Structure,
        "integer" | "long" | "short" | "byte" => Kind::Integer,
        "float" | "double" => Kind::Number,
        "boolean" => Kind::Boolean,
        "timestamp" => Kind::Timestamp,
        "blob" => Kind::Blob,
        "list" => Kind::List,
        "map" => Kind::Map,
        "string" => Kind::String,
        _ => Kind::Document,
    }
}

fn target(v: &Value) -> Option<String> {
    v.get("shape").and_then(Value::as_str).map(str::to_string)
}

fn error_traits(s: &Value) -> Option<ErrorTraits> {
    if s.get("exception").and_then(Value::as_bool) != Some(true) {
        return None;
    }
    let error = s.get("error");
    let sender_fault = error
        .and_then(|e| e.get("senderFault"))
        .and_then(Value::as_bool);
    let server =
        s.get("fault").and_then(Value::as_bool) == Some(true) || sender_fault == Some(false);
    Some(ErrorTraits {
        fault: if server { Fault::Server } else { Fault::Client },
        http_status: error
            .and_then(|e| int(e, "httpStatusCode"))
            .and_then(|c| u16::try_from(c).ok()),
        retryable: s.get("retryable").map(|r| {
            r.get("throttling")
                .and_then(Value::as_bool)
                .unwrap_or(false)
        }),
    })
}

fn shape(s: &Value) -> Shape {
    let mut shape = Shape::of(kind(s));
    let required = strings(s, "required");
    for (name, m) in s
        .get("members")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let member = Member {
            target: target(m).unwrap_or_default(),
            required: required.contains(name),
            idempotency_token: m.get("idempotencyToken").and_then(Value::as_bool) == Some(true),
        };
        shape.members.insert(name.clone(), member);
    }
    shape.enum_values = strings(s, "enum");
    shape.min = int(s, "min");
    shape.max = int(s, "max");
    shape.pattern = s.get("pattern").and_then(Value::as_str).map(str::to_string);
    shape.item = s.get("member").or_else(|| s.get("value")).and_then(target);
    shape.key = s.get("key").and_then(target);
    shape.error = error_traits(s);
    shape.timestamp_format = s
        .get("timestampFormat")
        .and_then(Value::as_str)
        .map(str::to_string);
    shape
}

/// A paginator member that botocore may write as one name or a list of them.
fn first(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.clone()),
        Value::Array(a) => a.first().and_then(Value::as_str).map(str::to_string),
        _ => None,
    }
}

fn paginator(p: &Value) -> Option<Paginator> {
    Some(Paginator {
        input_token: first(p.get("input_token"))?,
        output_token: first(p.get("output_token"))?,
        items: first(p.get("result_key")),
        page_size: first(p.get("limit_key")),
    })
}

fn service(doc: &Value) -> ServiceInfo {
    let meta = |k: &str| {
        doc.pointer(&format!("/metadata/{k}"))
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    let mut auth_schemes: Vec<String> = doc
        .pointer("/metadata/auth")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(auth_scheme)
        .collect();
    if auth_schemes.is_empty() && meta("signatureVersion") == "v4" {
        auth_schemes.push("sigv4".into());
    }
    ServiceInfo {
        api_version: meta("apiVersion"),
        title: meta("serviceFullName"),
        signing_name: meta("signingName"),
        auth_schemes,
        protocol: meta("protocol"),
        json_version: meta("jsonVersion"),
    }
}

/// A botocore `service-2.json`, with its paginators when given.
pub fn model(doc: &Value, paginators: Option<&Value>) -> Model {
    let mut model = Model {
        target_prefix: doc
            .pointer("/metadata/targetPrefix")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string(),
        service: service(doc),
        has_paginators: paginators.is_some(),
        ..Model::default()
    };
    let pages = paginators.and_then(|p| p.get("pagination"));
    for (name, op) in doc["operations"].as_object().into_iter().flatten() {
        let errors = op
            .get("errors")
            .and_then(Value::as_array)
            .map(|e| e.iter().filter_map(target).collect())
            .unwrap_or_default();
        let shape = OperationShape {
            input: op.get("input").and_then(target),
            output: op.get("output").and_then(target),
            errors,
            readonly: op.get("readonly").and_then(Value::as_bool) == Some(true),
            paginator: pages.and_then(|p| p.get(name)).and_then(paginator),
            examples: Vec::new(),
        };
        model.operations.insert(name.clone(), shape);
    }
    for (name, s) in doc["shapes"].as_object().into_iter().flatten() {
        model.shapes.insert(name.clone(), shape(s));
    }
    model
}
