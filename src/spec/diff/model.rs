//! A service model in the shape the diff compares: operations (input, output, errors) and named shapes
//! (kind, members with their target and required flag, enum values, bounds, pattern, list and map
//! targets). Read from botocore's `service-2.json` (plain or gzipped) or a Smithy JSON AST.
use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    String,
    Integer,
    Number,
    Boolean,
    Timestamp,
    Blob,
    Structure,
    Union,
    List,
    Map,
    Document,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub target: String,
    pub required: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shape {
    pub kind: Kind,
    pub members: BTreeMap<String, Member>,
    pub enum_values: BTreeSet<String>,
    /// Length (strings), size (lists, maps) or value (numbers).
    pub min: Option<i64>,
    pub max: Option<i64>,
    pub pattern: Option<String>,
    /// A list's member, or a map's value.
    pub item: Option<String>,
    pub key: Option<String>,
}

impl Shape {
    pub fn of(kind: Kind) -> Shape {
        Shape {
            kind,
            members: BTreeMap::new(),
            enum_values: BTreeSet::new(),
            min: None,
            max: None,
            pattern: None,
            item: None,
            key: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OperationShape {
    pub input: Option<String>,
    pub output: Option<String>,
    pub errors: BTreeSet<String>,
}

#[derive(Debug, Clone, Default)]
pub struct Model {
    /// The JSON protocol's target prefix (`PartnerCentralChannel`), which names the service.
    pub target_prefix: String,
    pub operations: BTreeMap<String, OperationShape>,
    pub shapes: BTreeMap<String, Shape>,
}

/// Why a model file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("cannot read {0}: {1}")]
    Io(String, std::io::Error),
    #[error("{0} is not JSON (plain or gzipped): {1}")]
    Json(String, String),
    #[error(
        "{0} is neither a botocore service-2.json nor a Smithy JSON AST (no \"operations\"/\"shapes\", no \"smithy\" version)"
    )]
    Unknown(String),
}

/// Reads a model file: botocore's `service-2.json` or a Smithy JSON AST, plain or gzipped.
pub fn read(path: &std::path::Path) -> Result<Model, ModelError> {
    use std::io::Read;
    let shown = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| ModelError::Io(shown.clone(), e))?;
    let text = if bytes.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(bytes.as_slice())
            .read_to_end(&mut out)
            .map_err(|e| ModelError::Json(shown.clone(), format!("not a gzip stream: {e}")))?;
        out
    } else {
        bytes
    };
    let doc: Value = serde_json::from_slice(&text)
        .map_err(|e| ModelError::Json(shown.clone(), e.to_string()))?;
    if doc.get("smithy").is_some() {
        return Ok(super::smithy::model(&doc));
    }
    if doc.get("operations").is_some() && doc.get("shapes").is_some() {
        return Ok(botocore(&doc));
    }
    Err(ModelError::Unknown(shown))
}

fn int(v: &Value, key: &str) -> Option<i64> {
    v.get(key)
        .and_then(|x| x.as_i64().or_else(|| x.as_f64().map(|f| f as i64)))
}

/// botocore's shape types to the kinds compared.
fn botocore_kind(s: &Value) -> Kind {
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

/// The strings of a JSON array member (`required`, `enum`), as a set; empty when absent.
pub fn strings(v: &Value, key: &str) -> BTreeSet<String> {
    v.get(key)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

fn target(v: &Value) -> Option<String> {
    v.get("shape").and_then(Value::as_str).map(str::to_string)
}

fn botocore_shape(s: &Value) -> Shape {
    let mut shape = Shape::of(botocore_kind(s));
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
        };
        shape.members.insert(name.clone(), member);
    }
    shape.enum_values = strings(s, "enum");
    shape.min = int(s, "min");
    shape.max = int(s, "max");
    shape.pattern = s.get("pattern").and_then(Value::as_str).map(str::to_string);
    shape.item = s.get("member").or_else(|| s.get("value")).and_then(target);
    shape.key = s.get("key").and_then(target);
    shape
}

/// A botocore `service-2.json`.
fn botocore(doc: &Value) -> Model {
    let mut model = Model {
        target_prefix: doc
            .pointer("/metadata/targetPrefix")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string(),
        ..Model::default()
    };
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
        };
        model.operations.insert(name.clone(), shape);
    }
    for (name, s) in doc["shapes"].as_object().into_iter().flatten() {
        model.shapes.insert(name.clone(), botocore_shape(s));
    }
    model
}
