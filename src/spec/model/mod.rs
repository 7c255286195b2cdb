//! An official service model as the contract reads it: the service (target prefix, version, title,
//! signing name, auth schemes), its operations (input, output, errors, read-only, paginator) and named
//! shapes (kind, members with their target, required and idempotency-token flags, enum values in model
//! order, bounds, pattern, list and map targets, error traits, timestamp format). Read from botocore's
//! `service-2.json` (plain or gzipped, with the `paginators-1.json` beside it) or a Smithy JSON AST.
//! `spec diff` compares two of these; `spec sync` writes the contract from one.
mod botocore;
mod smithy;

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
    /// The member that identifies a request for idempotency (SDKs fill it in when absent).
    pub idempotency_token: bool,
}

/// Which side of the exchange an error blames (Smithy's `@error`, botocore's `fault`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Fault {
    Client,
    Server,
}

impl Fault {
    pub fn as_str(self) -> &'static str {
        match self {
            Fault::Client => "client",
            Fault::Server => "server",
        }
    }
}

/// What the model says of an error shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorTraits {
    pub fault: Fault,
    /// The modeled HTTP status (`@httpError`, `error.httpStatusCode`), where the model has one.
    pub http_status: Option<u16>,
    /// `Some(throttling)` where the error is retryable.
    pub retryable: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shape {
    pub kind: Kind,
    pub members: BTreeMap<String, Member>,
    /// Enum values, in the model's order (the order the service's messages list them in).
    pub enum_values: Vec<String>,
    /// Length (strings), size (lists, maps) or value (numbers).
    pub min: Option<i64>,
    pub max: Option<i64>,
    pub pattern: Option<String>,
    /// A list's member, or a map's value.
    pub item: Option<String>,
    pub key: Option<String>,
    /// Set on error shapes.
    pub error: Option<ErrorTraits>,
    /// A timestamp's wire format (`iso8601`, `date-time`, `epoch-seconds`…), where the model names one.
    pub timestamp_format: Option<String>,
}

impl Shape {
    pub fn of(kind: Kind) -> Shape {
        Shape {
            kind,
            members: BTreeMap::new(),
            enum_values: Vec::new(),
            min: None,
            max: None,
            pattern: None,
            item: None,
            key: None,
            error: None,
            timestamp_format: None,
        }
    }

    /// The enum values as a set, for comparing.
    pub fn enum_set(&self) -> BTreeSet<&str> {
        self.enum_values.iter().map(String::as_str).collect()
    }

    /// The member marked as the idempotency token, if any.
    pub fn idempotency_token(&self) -> Option<&str> {
        self.members
            .iter()
            .find(|(_, m)| m.idempotency_token)
            .map(|(n, _)| n.as_str())
    }
}

/// How an operation pages: its token members, the list it pages, and the member that sets a page's size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paginator {
    pub input_token: String,
    pub output_token: String,
    pub items: Option<String>,
    pub page_size: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OperationShape {
    pub input: Option<String>,
    pub output: Option<String>,
    pub errors: BTreeSet<String>,
    /// The model's `readonly`: the call changes nothing.
    pub readonly: bool,
    pub paginator: Option<Paginator>,
    /// The examples the model documents (Smithy's `smithy.api#examples`; botocore drops them).
    pub examples: Vec<ModelExample>,
}

/// One request/answer pair the model documents for an operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelExample {
    pub title: String,
    pub documentation: Option<String>,
    pub input: Value,
    /// The answer: a success body, or an error with its shape and body.
    pub answer: ExampleAnswer,
}

/// What a documented example answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExampleAnswer {
    Output(Value),
    Error { shape: String, content: Value },
}

/// The service itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ServiceInfo {
    pub api_version: String,
    pub title: String,
    pub signing_name: String,
    /// Auth schemes in the model's order of preference (`sigv4a`, `sigv4`).
    pub auth_schemes: Vec<String>,
    /// The protocol (`json`, for AWS JSON 1.0 / 1.1).
    pub protocol: String,
    pub json_version: String,
}

#[derive(Debug, Clone, Default)]
pub struct Model {
    /// The JSON protocol's target prefix (`PartnerCentralChannel`), which names the service.
    pub target_prefix: String,
    pub service: ServiceInfo,
    pub operations: BTreeMap<String, OperationShape>,
    pub shapes: BTreeMap<String, Shape>,
    /// Whether paginators were read (botocore keeps them in a file of their own).
    pub has_paginators: bool,
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

/// A file's JSON, plain or gzipped.
fn read_json(path: &std::path::Path) -> Result<Value, ModelError> {
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
    serde_json::from_slice(&text).map_err(|e| ModelError::Json(shown, e.to_string()))
}

/// Where botocore keeps a model's paginators: `paginators-1.json` beside `service-2.json`, or
/// `NAME.paginators-1.json` beside `NAME.service-2.json(.gz)`.
pub fn paginators_beside(path: &std::path::Path) -> Option<std::path::PathBuf> {
    let name = path.file_name()?.to_str()?;
    let stem = name
        .strip_suffix(".gz")
        .unwrap_or(name)
        .strip_suffix("service-2.json")?;
    let beside = path.with_file_name(format!("{stem}paginators-1.json"));
    beside.is_file().then_some(beside)
}

/// Reads a model file: botocore's `service-2.json` (with its paginators when they lie beside it) or a
/// Smithy JSON AST, plain or gzipped.
pub fn read(path: &std::path::Path) -> Result<Model, ModelError> {
    let doc = read_json(path)?;
    if doc.get("smithy").is_some() {
        return Ok(smithy::model(&doc));
    }
    if doc.get("operations").is_some() && doc.get("shapes").is_some() {
        let paginators = paginators_beside(path).map(|p| read_json(&p)).transpose()?;
        return Ok(botocore::model(&doc, paginators.as_ref()));
    }
    Err(ModelError::Unknown(path.display().to_string()))
}

/// The strings of a JSON array member (`required`, `enum`), in order; empty when absent.
pub fn strings(v: &Value, key: &str) -> Vec<String> {
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

/// An integer member, written as an integer or a float.
fn int(v: &Value, key: &str) -> Option<i64> {
    v.get(key)
        .and_then(|x| x.as_i64().or_else(|| x.as_f64().map(|f| f as i64)))
}

/// `aws.auth#sigv4a` → `sigv4a`.
fn auth_scheme(id: &str) -> String {
    id.rsplit('#').next().unwrap_or(id).to_string()
}
