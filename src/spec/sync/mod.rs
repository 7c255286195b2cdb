//! `spec sync`: the contract written from official models. For each model whose service `ours.json`
//! names, the operations it covers become a request and a response schema each, their errors a schema
//! each, every shape they reach a definition, and the catalog gets the model's part of each service
//! and operation (target, errors with fault, status and retry flags, idempotency token, read-only,
//! paginator, auth schemes, signing name); the examples the model documents go to `examples/<service>.json`
//! (a model without any, botocore's, leaves that file as it is). A pure function of the models and `ours.json`: the same
//! input writes the same bytes.
mod catalog;
mod schema;

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value, json};

use super::{
    SCHEMA_BASE,
    model::{Model, OperationShape},
    ours::{CATALOG_FILE, Ours},
};

/// Why the contract could not be written.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error(
        "the model of '{0}' is of a service ours.json does not name (its services' targetPrefix: {1})"
    )]
    UnknownService(String, String),
    #[error("two models of the same service '{0}'")]
    Twice(String),
    #[error("ours.json lists '{1}' of '{0}' as not covered, but the model has no such operation")]
    NotCoveredUnknown(String, String),
    #[error("the model of '{0}' names shape '{1}', which it does not define")]
    MissingShape(String, String),
    #[error("the model of '{0}' is of protocol '{1}'; the contract speaks AWS JSON 1.0 only")]
    Protocol(String, String),
}

/// The files of the contract, relative to the schemas directory, with their text.
pub type Files = BTreeMap<String, String>;

/// The pretty JSON text of a generated document, with a final newline.
fn text(doc: &Value) -> String {
    let mut out = serde_json::to_string_pretty(doc).unwrap_or_default();
    out.push('\n');
    out
}

/// The operations of a model the contract covers.
fn covered<'m>(
    model: &'m Model,
    not_covered: &BTreeSet<&str>,
) -> impl Iterator<Item = (&'m String, &'m OperationShape)> {
    model
        .operations
        .iter()
        .filter(move |(n, _)| !not_covered.contains(n.as_str()))
}

/// Writes the contract from `models`, one per service of `ours`; `source` says where they came from.
/// A service no model is given for keeps what `kept` (the catalog written before) has of it: its entry,
/// its source and its operations, so that syncing one service's new release leaves the other as it was.
pub fn sync(
    models: &[Model],
    ours: &Ours,
    source: &str,
    kept: Option<&Value>,
) -> Result<Files, SyncError> {
    let mut files = Files::new();
    let mut services = Map::new();
    let mut operations = Vec::new();
    // Services in ours' order, whatever the order of the files given: the same models write the same bytes.
    let mut models: Vec<&Model> = models.iter().collect();
    models.sort_by_key(|m| ours.rank_of(&m.target_prefix));
    for model in models {
        let key = ours.key_of(&model.target_prefix).ok_or_else(|| {
            let known: Vec<&str> = ours
                .services
                .values()
                .map(|s| s.target_prefix.as_str())
                .collect();
            SyncError::UnknownService(model.target_prefix.clone(), known.join(", "))
        })?;
        if services.contains_key(key) {
            return Err(SyncError::Twice(key.into()));
        }
        let s = &model.service;
        if (s.protocol.as_str(), s.json_version.as_str()) != ("json", "1.0") {
            let protocol = format!("{} {}", s.protocol, s.json_version);
            return Err(SyncError::Protocol(key.into(), protocol.trim().to_string()));
        }
        let not_covered: BTreeSet<&str> = ours.services[key]
            .not_covered
            .keys()
            .map(String::as_str)
            .collect();
        if let Some(missing) = not_covered
            .iter()
            .find(|n| !model.operations.contains_key(**n))
        {
            return Err(SyncError::NotCoveredUnknown(
                key.into(),
                missing.to_string(),
            ));
        }
        service_files(model, key, &not_covered, &mut files)?;
        let covers = |name: &str| !not_covered.contains(name);
        if let Some(doc) = super::examples::file_of(model, key, source, covers) {
            files.insert(super::examples::path_of(key), text(&doc));
        }
        services.insert(
            key.into(),
            catalog::service(model, key, &not_covered, source),
        );
        operations.extend(
            covered(model, &not_covered).map(|(n, op)| catalog::operation(model, key, n, op)),
        );
    }
    keep_others(kept, ours, &mut services, &mut operations);
    let doc = json!({
        "$comment": "The model's part of the operation catalog, written by `pcc-conformance spec sync` from the official models: do not edit. What is ours (endpoints, conventions, lifecycles, cleanup recipes, examples, deviations) is in ours.json.",
        "version": 1,
        "modelSource": joined_source(ours, &services),
        "services": services,
        "operations": operations,
    });
    files.insert(CATALOG_FILE.into(), text(&doc));
    Ok(files)
}

/// Adds what `kept` has of the services of `ours` that no model was given for; then puts services and
/// operations in ours' order of services (operations by name within one), whatever was given when.
fn keep_others(
    kept: Option<&Value>,
    ours: &Ours,
    services: &mut Map<String, Value>,
    operations: &mut Vec<Value>,
) {
    let given: BTreeSet<String> = services.keys().cloned().collect();
    if let Some(kept) = kept {
        for (key, service) in kept["services"].as_object().into_iter().flatten() {
            if given.contains(key) || !ours.services.contains_key(key) {
                continue;
            }
            services.insert(key.clone(), service.clone());
            let of_it = kept["operations"].as_array().into_iter().flatten();
            operations.extend(of_it.filter(|op| op["service"] == key.as_str()).cloned());
        }
    }
    let rank = |key: &str| {
        (
            ours.services.get(key).map_or(u32::MAX, |s| s.order),
            key.to_string(),
        )
    };
    let mut ordered: Vec<(String, Value)> = std::mem::take(services).into_iter().collect();
    ordered.sort_by_key(|(k, _)| rank(k));
    services.extend(ordered);
    operations.sort_by_key(|op| {
        let (order, key) = rank(op["service"].as_str().unwrap_or_default());
        (
            order,
            key,
            op["name"].as_str().unwrap_or_default().to_string(),
        )
    });
}

/// The catalog's source line: the one source every service was synced from, or each service's.
fn joined_source(ours: &Ours, services: &Map<String, Value>) -> String {
    let mut keys: Vec<&String> = services.keys().collect();
    keys.sort_by_key(|k| {
        (
            ours.services.get(*k).map_or(u32::MAX, |s| s.order),
            k.to_string(),
        )
    });
    let sources: Vec<(&String, &str)> = keys
        .into_iter()
        .map(|k| (k, services[k]["modelSource"].as_str().unwrap_or("unknown")))
        .collect();
    let first = sources.first().map_or("", |(_, s)| *s);
    if sources.iter().all(|(_, s)| *s == first) {
        return first.to_string();
    }
    let each: Vec<String> = sources.iter().map(|(k, s)| format!("{k}: {s}")).collect();
    each.join("; ")
}

/// Every shape the covered operations reach through their members, less the inputs, outputs and
/// errors themselves (which have files of their own).
fn reached(model: &Model, roots: &BTreeSet<&str>) -> Result<BTreeSet<String>, SyncError> {
    let mut seen = BTreeSet::new();
    let mut todo: Vec<String> = Vec::new();
    for root in roots {
        let shape = model.shapes.get(*root).ok_or_else(|| {
            SyncError::MissingShape(model.target_prefix.clone(), root.to_string())
        })?;
        todo.extend(shape.members.values().map(|m| m.target.clone()));
    }
    while let Some(name) = todo.pop() {
        if !seen.insert(name.clone()) {
            continue;
        }
        let shape = model
            .shapes
            .get(&name)
            .ok_or_else(|| SyncError::MissingShape(model.target_prefix.clone(), name.clone()))?;
        let next = shape.members.values().map(|m| &m.target);
        todo.extend(next.chain(&shape.item).chain(&shape.key).cloned());
    }
    Ok(seen)
}

fn document(path: &str, title: &str) -> Map<String, Value> {
    let mut doc = Map::new();
    doc.insert(
        "$schema".into(),
        json!("https://json-schema.org/draft/2020-12/schema"),
    );
    doc.insert("$id".into(), json!(format!("{SCHEMA_BASE}{path}")));
    doc.insert("title".into(), json!(title));
    doc
}

/// A service's definitions, its operations' request and response schemas, and its error schemas.
fn service_files(
    model: &Model,
    key: &str,
    not_covered: &BTreeSet<&str>,
    files: &mut Files,
) -> Result<(), SyncError> {
    let mut roots = BTreeSet::new();
    let mut errors = BTreeSet::new();
    for (name, op) in covered(model, not_covered) {
        for (side, shape) in [("request", &op.input), ("response", &op.output)] {
            let path = format!("{key}/{name}.{side}.json");
            let doc = top_level(model, &path, &format!("{name} {side}"), shape.as_deref())?;
            files.insert(path, text(&doc));
            roots.extend(shape.as_deref());
        }
        errors.extend(op.errors.iter().map(String::as_str));
    }
    for error in &errors {
        let path = format!("{key}/errors/{error}.json");
        let title = format!("{error} ({})", model.service.title);
        let shape = model.shapes.get(*error).ok_or_else(|| {
            SyncError::MissingShape(model.target_prefix.clone(), error.to_string())
        })?;
        let mut doc = document(&path, &title);
        doc.insert("type".into(), json!("object"));
        schema::members(&mut doc, shape, "../definitions.json");
        if let Some(Value::Object(props)) = doc.get_mut("properties") {
            props.insert(
                "__type".into(),
                json!({"type": "string", "description": "The error's shape name, possibly as namespace#Name or Name:extra"}),
            );
        }
        files.insert(path, text(&Value::Object(doc)));
    }
    roots.extend(errors);
    let mut defs = Map::new();
    for name in reached(model, &roots)? {
        defs.insert(
            name.clone(),
            schema::definition(&name, &model.shapes[&name]),
        );
    }
    let path = format!("{key}/definitions.json");
    let mut doc = document(
        &path,
        &format!("{}: shared definitions", model.service.title),
    );
    doc.insert("$defs".into(), Value::Object(defs));
    files.insert(path, text(&Value::Object(doc)));
    Ok(())
}

/// An operation's request or response schema: its members as references into the definitions; no
/// members beyond them.
fn top_level(
    model: &Model,
    path: &str,
    title: &str,
    shape: Option<&str>,
) -> Result<Value, SyncError> {
    let mut doc = document(path, title);
    doc.insert("type".into(), json!("object"));
    match shape {
        Some(name) => {
            let shape = model
                .shapes
                .get(name)
                .ok_or_else(|| SyncError::MissingShape(model.target_prefix.clone(), name.into()))?;
            schema::members(&mut doc, shape, "definitions.json");
        }
        None => {
            doc.insert("properties".into(), json!({}));
        }
    }
    doc.insert("additionalProperties".into(), json!(false));
    Ok(Value::Object(doc))
}
