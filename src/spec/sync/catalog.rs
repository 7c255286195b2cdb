//! The model's part of the catalog: each service's wire and auth facts and its errors, each operation's
//! target, schemas, errors, idempotency token, whether it changes anything, and how it pages.
use std::collections::BTreeSet;

use serde_json::{Map, Value, json};

use crate::spec::model::{Model, OperationShape};

fn error(model: &Model, key: &str, name: &str) -> Value {
    let mut out = Map::new();
    out.insert("schema".into(), json!(format!("{key}/errors/{name}.json")));
    if let Some(traits) = model.shapes.get(name).and_then(|s| s.error.as_ref()) {
        if let Some(status) = traits.http_status {
            out.insert("httpStatus".into(), json!(status));
        }
        out.insert("fault".into(), json!(traits.fault.as_str()));
        out.insert("retryable".into(), json!(traits.retryable.is_some()));
        if let Some(throttling) = traits.retryable {
            out.insert("throttling".into(), json!(throttling));
        }
    }
    Value::Object(out)
}

/// A service: title, version, target prefix, signing name, auth schemes, and the errors its covered
/// operations declare.
pub fn service(model: &Model, key: &str, not_covered: &BTreeSet<&str>, source: &str) -> Value {
    let errors: BTreeSet<&str> = model
        .operations
        .iter()
        .filter(|(n, _)| !not_covered.contains(n.as_str()))
        .flat_map(|(_, op)| op.errors.iter().map(String::as_str))
        .collect();
    let errors: Map<String, Value> = errors
        .into_iter()
        .map(|e| (e.to_string(), error(model, key, e)))
        .collect();
    let s = &model.service;
    json!({
        "title": s.title,
        "apiVersion": s.api_version,
        "targetPrefix": model.target_prefix,
        "signingName": s.signing_name,
        "authSchemes": s.auth_schemes,
        "errors": errors,
        "modelSource": source,
    })
}

/// An operation as the catalog lists it.
pub fn operation(model: &Model, key: &str, name: &str, op: &OperationShape) -> Value {
    let token = op
        .input
        .as_ref()
        .and_then(|i| model.shapes.get(i))
        .and_then(|s| s.idempotency_token());
    let page = op.paginator.as_ref();
    json!({
        "name": name,
        "service": key,
        "target": format!("{}.{name}", model.target_prefix),
        "request": format!("{key}/{name}.request.json"),
        "response": format!("{key}/{name}.response.json"),
        "errors": op.errors,
        "idempotencyToken": token,
        "mutating": !op.readonly,
        "paginated": page.is_some(),
        "itemsMember": page.and_then(|p| p.items.clone()),
        "nextTokenMember": page.map(|p| p.output_token.clone()),
        "maxResultsMember": page.and_then(|p| p.page_size.clone()),
    })
}
