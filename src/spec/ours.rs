//! What is ours in the contract, hand-written in `schemas/ours.json` beside what `spec sync` writes from
//! the official model: per service its key, endpoint, signing region, conventions, the operations the
//! contract leaves out (with why), the HTTP status of errors the model gives none, and deliberate
//! deviations from the model (with why); the common AWS errors; the lifecycles; and per operation its
//! cleanup recipe and an example request. Sync reads the service keys and the operations left out,
//! and never writes this file; loading the contract joins the two.
use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::{Map, Value, json};

/// The name of the hand-written file in a schemas directory.
pub const OURS_FILE: &str = "ours.json";
/// The name of the file `spec sync` writes.
pub const CATALOG_FILE: &str = "catalog.json";

/// One service as ours has it: the part `spec sync` needs.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OurService {
    /// The JSON protocol's target prefix, which finds the model of this service.
    pub target_prefix: String,
    /// Where the service's operations come in the catalog, and so in reports (Channel first).
    #[serde(default)]
    pub order: u32,
    /// Operations of the model the contract leaves out, each with why.
    #[serde(default)]
    pub not_covered: BTreeMap<String, String>,
}

/// The hand-written file, as far as `spec sync` reads it.
#[derive(Debug, Clone, Deserialize)]
pub struct Ours {
    /// Services by key (the folder their schemas live in: `channel`, `account`).
    pub services: BTreeMap<String, OurService>,
}

impl Ours {
    /// The place of the service whose target prefix is `prefix` in the catalog, by `order` then key.
    pub fn rank_of(&self, prefix: &str) -> Option<(u32, &str)> {
        let key = self.key_of(prefix)?;
        Some((self.services[key].order, key))
    }

    /// The key of the service whose target prefix is `prefix`.
    pub fn key_of(&self, prefix: &str) -> Option<&str> {
        self.services
            .iter()
            .find(|(_, s)| s.target_prefix == prefix)
            .map(|(k, _)| k.as_str())
    }
}

/// A deliberate deviation from the model: a definition's member replaced, with the reason.
#[derive(Debug, Clone, Deserialize)]
pub struct Deviation {
    /// The `$defs` entry.
    pub shape: String,
    /// Its members as they stand in the contract instead (`pattern`, say).
    pub set: Map<String, Value>,
    pub reason: String,
}

/// Joins the generated catalog and ours into the one document the catalog is read from, and applies
/// ours' deviations to the definitions. `documents` maps a relative path to its JSON.
pub fn join(documents: &mut BTreeMap<String, Value>) -> Result<Value, String> {
    let mut catalog = documents
        .get(CATALOG_FILE)
        .cloned()
        .ok_or_else(|| format!("{CATALOG_FILE} not found"))?;
    let Some(ours) = documents.get(OURS_FILE).cloned() else {
        // A schemas directory of the older layout: everything in the catalog.
        return Ok(catalog);
    };
    for (key, service) in ours["services"].as_object().into_iter().flatten() {
        join_service(&mut catalog, key, service)?;
        apply_deviations(documents, key, service)?;
    }
    for member in ["commonErrors", "lifecycles", "families"] {
        if let Some(v) = ours.get(member) {
            catalog[member] = v.clone();
        }
    }
    let extras = ours["operations"].as_object().cloned().unwrap_or_default();
    for op in catalog["operations"].as_array_mut().into_iter().flatten() {
        let name = op["name"].as_str().unwrap_or_default().to_string();
        if let Some(Value::Object(extra)) = extras.get(&name) {
            for (k, v) in extra {
                op[k] = v.clone();
            }
        }
    }
    Ok(catalog)
}

fn join_service(catalog: &mut Value, key: &str, ours: &Value) -> Result<(), String> {
    let Some(service) = catalog["services"].get_mut(key) else {
        return Err(format!(
            "{OURS_FILE} names the service '{key}', which {CATALOG_FILE} lacks (run `spec sync` with its model)"
        ));
    };
    for member in ["endpoint", "signingRegion", "conventions"] {
        service[member] = ours[member].clone();
    }
    if let Some(injected) = ours.get("injectedErrors") {
        service["injectedErrors"] = injected.clone();
    }
    service["notCovered"] = json!(
        ours["notCovered"]
            .as_object()
            .map(|m| m.keys().cloned().collect::<Vec<_>>())
            .unwrap_or_default()
    );
    let statuses = ours["errorStatuses"]
        .as_object()
        .cloned()
        .unwrap_or_default();
    for (name, error) in service["errors"].as_object_mut().into_iter().flatten() {
        let modeled = error.get("httpStatus").is_some();
        error["statusFromModel"] = json!(modeled);
        if !modeled {
            let status = statuses.get(name).cloned().ok_or_else(|| {
                format!(
                    "the model gives {name} ({key}) no HTTP status and {OURS_FILE} has none in errorStatuses"
                )
            })?;
            error["httpStatus"] = status;
        }
    }
    Ok(())
}

fn apply_deviations(
    documents: &mut BTreeMap<String, Value>,
    key: &str,
    ours: &Value,
) -> Result<(), String> {
    let deviations: Vec<Deviation> =
        serde_json::from_value(ours.get("deviations").cloned().unwrap_or_else(|| json!([])))
            .map_err(|e| format!("{OURS_FILE}: deviations of '{key}': {e}"))?;
    let path = format!("{key}/definitions.json");
    for d in deviations {
        let def = documents
            .get_mut(&path)
            .and_then(|doc| doc.pointer_mut(&format!("/$defs/{}", d.shape)))
            .and_then(Value::as_object_mut)
            .ok_or_else(|| {
                format!(
                    "{OURS_FILE}: a deviation names {}, which {path} lacks",
                    d.shape
                )
            })?;
        def.extend(d.set);
        def.insert(
            "$comment".into(),
            json!(format!("Deviation from the model: {}", d.reason)),
        );
    }
    Ok(())
}
