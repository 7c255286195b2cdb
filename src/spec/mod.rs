//! The contract: the operation catalog and its lifecycles, the embedded JSON Schemas, compiled validators,
//! structured violations, the facets a run can exercise, and the diff against an official model.
pub mod catalog;
mod convert;
pub mod diff;
pub mod examples;
pub mod exchange;
pub mod facets;
pub mod generate;
pub mod lifecycle;
pub mod model;
pub mod ours;
pub mod path;
pub mod probes;
pub mod reach;
pub mod sync;
pub mod synth;
pub mod violation;

use std::{
    collections::{BTreeMap, HashMap},
    path::Path,
    sync::{Arc, OnceLock},
};

use serde_json::Value;

pub use catalog::{Catalog, Conventions, ErrorShape, MemberCase, Operation, Service};
pub use violation::{Direction, Rule, Violation, validation_summary};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_schemas.rs"));
}

/// The schema a `$ref` into a service's definitions (`../definitions.json#/$defs/Name`) names, followed
/// to the end; any other schema as it is.
pub fn resolve_ref<'a>(defs: &'a Value, schema: &'a Value) -> &'a Value {
    let mut s = schema;
    // A chain of references ends within as many steps as there are definitions.
    for _ in 0..64 {
        match s.get("$ref").and_then(Value::as_str) {
            Some(r) => s = &defs["$defs"][r.rsplit('/').next().unwrap_or_default()],
            None => return s,
        }
    }
    s
}

/// The base URI every schema's `$id` lives under.
pub const SCHEMA_BASE: &str = "https://pcc-conformance.dev/schemas/";

/// Why the contract could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum ContractError {
    #[error("cannot read schema directory {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("schema file {file} is not valid JSON: {source}")]
    Json {
        file: String,
        source: serde_json::Error,
    },
    #[error("the catalog (catalog.json) is missing or malformed: {0}")]
    Catalog(String),
    #[error("schema {file} does not compile: {message}")]
    Compile { file: String, message: String },
    #[error("the catalog names schema {0}, which does not exist")]
    MissingSchema(String),
    #[error(transparent)]
    Examples(#[from] examples::NotExamples),
}

/// The compiled contract: catalog, raw schemas and one validator per request, response and error schema.
pub struct Contract {
    pub catalog: Catalog,
    documents: HashMap<String, Value>,
    validators: HashMap<String, jsonschema::Validator>,
    /// AWS's documented examples, per service (`examples/<service>.json`).
    pub examples: Vec<examples::ExamplesFile>,
    /// Every value an enum of any schema lists: in an answer, a fact of the service, not a placeholder.
    enum_values: std::collections::BTreeSet<String>,
}

impl std::fmt::Debug for Contract {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Contract")
            .field("operations", &self.catalog.operations.len())
            .field("schemas", &self.documents.len())
            .finish()
    }
}

impl Contract {
    /// The contract embedded in the binary at build time, compiled once per process.
    pub fn embedded() -> Arc<Contract> {
        static SHARED: OnceLock<Arc<Contract>> = OnceLock::new();
        SHARED
            .get_or_init(|| {
                let files = embedded::EMBEDDED
                    .iter()
                    .map(|(p, t)| (p.to_string(), t.to_string()));
                // The embedded schemas are tested in this crate's own test suite; a failure here is a build defect.
                Arc::new(Contract::from_files(files).expect("the embedded contract compiles"))
            })
            .clone()
    }

    /// Loads a contract from a directory laid out like `schemas/` (`--schemas DIR`).
    pub fn from_dir(dir: &Path) -> Result<Contract, ContractError> {
        let mut files = Vec::new();
        collect(dir, dir, &mut files)?;
        Contract::from_files(files)
    }

    /// Builds the contract from `(relative path, JSON text)` pairs.
    pub fn from_files(
        files: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Contract, ContractError> {
        let mut documents = BTreeMap::new();
        for (path, text) in files {
            let value: Value =
                serde_json::from_str(&text).map_err(|source| ContractError::Json {
                    file: path.clone(),
                    source,
                })?;
            documents.insert(path, value);
        }
        let catalog_doc = ours::join(&mut documents).map_err(ContractError::Catalog)?;
        let documents: HashMap<String, Value> = documents.into_iter().collect();
        let mut catalog: Catalog = serde_json::from_value(catalog_doc)
            .map_err(|e| ContractError::Catalog(e.to_string()))?;
        catalog.link_conventions();
        let validators = compile(&documents, &catalog)?;
        let examples = examples::read(&documents)?;
        let mut enum_values = std::collections::BTreeSet::new();
        documents
            .values()
            .for_each(|d| collect_enum_values(d, &mut enum_values));
        Ok(Contract {
            catalog,
            documents,
            validators,
            examples,
            enum_values,
        })
    }

    pub fn operation(&self, name: &str) -> Option<&Operation> {
        self.catalog.operation(name)
    }

    /// The documented example titled `title`, with the service it belongs to.
    pub fn documented_example(&self, title: &str) -> Option<&examples::DocumentedExample> {
        self.examples
            .iter()
            .flat_map(|f| &f.examples)
            .find(|e| e.title == title)
    }

    /// Every string value an enum of the contract lists (`ACCEPTED`, `DOWNSTREAM_SELLER`).
    pub fn enum_values(&self) -> &std::collections::BTreeSet<String> {
        &self.enum_values
    }

    /// The raw schema document at a catalog path.
    pub fn document(&self, path: &str) -> Option<&Value> {
        self.documents.get(path)
    }

    /// An operation's example request (ours), or the first `examples` entry of its request schema:
    /// "a valid request".
    pub fn example_request(&self, op: &Operation) -> Option<Value> {
        op.example
            .clone()
            .or_else(|| self.document(&op.request)?.get("examples")?.get(0).cloned())
    }

    /// The definitions document of a service (`channel/definitions.json`).
    pub fn definitions(&self, service: &str) -> Option<&Value> {
        self.document(&format!("{service}/definitions.json"))
    }

    /// Checks a request body against the operation's request schema.
    pub fn check_request(&self, op: &Operation, body: &Value) -> Vec<Violation> {
        self.check(&op.request, &op.name, Direction::Request, body)
    }

    /// Checks a success body against the operation's response schema.
    pub fn check_response(&self, op: &Operation, body: &Value) -> Vec<Violation> {
        self.check(&op.response, &op.name, Direction::Response, body)
    }

    /// Checks an error body against the schema of error `name` for `op`'s service.
    pub fn check_error(&self, op: &Operation, name: &str, body: &Value) -> Vec<Violation> {
        match self.catalog.error_shape(op, name) {
            Some(shape) => self.check(&shape.schema, &op.name, Direction::Error, body),
            None => vec![Violation {
                operation: op.name.clone(),
                direction: Direction::Error,
                path: "__type".into(),
                rule: Rule::ErrorType,
                expected: "an error shape of the service or a common AWS error".into(),
                actual: name.into(),
            }],
        }
    }

    fn check(
        &self,
        schema: &str,
        operation: &str,
        direction: Direction,
        body: &Value,
    ) -> Vec<Violation> {
        let Some(validator) = self.validators.get(schema) else {
            return vec![Violation {
                operation: operation.into(),
                direction,
                path: String::new(),
                rule: Rule::Schema,
                expected: format!("schema {schema}"),
                actual: "no such schema in the contract".into(),
            }];
        };
        // Valid bodies, the common case, are judged without collecting errors.
        if validator.is_valid(body) {
            return Vec::new();
        }
        let mut out: Vec<Violation> = validator
            .iter_errors(body)
            .map(|e| convert::violation(operation, direction, &e))
            .collect();
        out.sort_by(|a, b| a.path.cmp(&b.path).then(a.rule.cmp(&b.rule)));
        out.dedup();
        out
    }
}

/// One validator per schema the catalog names (requests, responses, errors), compiled against a registry
/// of every document so that references between them resolve.
fn compile(
    documents: &HashMap<String, Value>,
    catalog: &Catalog,
) -> Result<HashMap<String, jsonschema::Validator>, ContractError> {
    let compile_error = |file: &str, e: &dyn std::fmt::Display| ContractError::Compile {
        file: file.to_string(),
        message: e.to_string(),
    };
    let mut builder = jsonschema::Registry::new();
    for (path, doc) in documents
        .iter()
        .filter(|(p, _)| *p != ours::CATALOG_FILE && *p != ours::OURS_FILE)
    {
        builder = builder
            .add(format!("{SCHEMA_BASE}{path}"), doc.clone())
            .map_err(|e| compile_error(path, &e))?;
    }
    let registry = builder
        .prepare()
        .map_err(|e| compile_error("(registry)", &e))?;
    let mut validators = HashMap::new();
    for path in named_schemas(catalog) {
        let doc = documents
            .get(&path)
            .ok_or_else(|| ContractError::MissingSchema(path.clone()))?;
        let validator = jsonschema::options()
            .with_registry(&registry)
            .with_base_uri(format!("{SCHEMA_BASE}{path}"))
            .should_validate_formats(true)
            .build(doc)
            .map_err(|e| compile_error(&path, &e))?;
        validators.insert(path, validator);
    }
    Ok(validators)
}

/// Every schema the catalog names, once.
fn named_schemas(catalog: &Catalog) -> Vec<String> {
    let mut wanted: Vec<String> = Vec::new();
    for op in &catalog.operations {
        wanted.push(op.request.clone());
        wanted.push(op.response.clone());
    }
    for service in catalog.services.values() {
        wanted.extend(service.errors.values().map(|e| e.schema.clone()));
    }
    wanted.extend(catalog.common_errors.values().map(|e| e.schema.clone()));
    wanted.sort();
    wanted.dedup();
    wanted
}

fn collect(dir: &Path, root: &Path, out: &mut Vec<(String, String)>) -> Result<(), ContractError> {
    let io = |source| ContractError::Io {
        path: dir.display().to_string(),
        source,
    };
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(io)?
        .filter_map(|e| e.ok())
        .collect();
    entries.sort_by_key(|e| e.path());
    for entry in entries {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, root, out)?;
        } else if path.extension().is_some_and(|e| e == "json") {
            let text = std::fs::read_to_string(&path).map_err(|source| ContractError::Io {
                path: path.display().to_string(),
                source,
            })?;
            let rel = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            out.push((rel, text));
        }
    }
    Ok(())
}

/// The strings of every `enum` in `schema`, at any depth.
fn collect_enum_values(schema: &Value, into: &mut std::collections::BTreeSet<String>) {
    match schema {
        Value::Object(members) => members.iter().for_each(|(k, v)| match (k.as_str(), v) {
            ("enum", Value::Array(values)) => {
                into.extend(values.iter().filter_map(Value::as_str).map(str::to_string))
            }
            _ => collect_enum_values(v, into),
        }),
        Value::Array(items) => items.iter().for_each(|v| collect_enum_values(v, into)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn the_embedded_contract_compiles_and_its_examples_are_valid() {
        let c = Contract::embedded();
        assert!(c.catalog.operations.len() >= 18);
        for op in &c.catalog.operations {
            let example = c
                .example_request(op)
                .unwrap_or_else(|| panic!("{} has no example", op.name));
            assert_eq!(c.check_request(op, &example), vec![], "{} example", op.name);
        }
    }

    #[test]
    fn request_violations_name_path_and_rule() {
        let c = Contract::embedded();
        let op = c.operation("CreateProgramManagementAccount").unwrap();
        let mut req = c.example_request(op).unwrap();
        req["program"] = json!("RESELLER");
        req.as_object_mut().unwrap().remove("accountId");
        req["displayName"] = json!("x".repeat(31));
        let v = c.check_request(op, &req);
        let got: Vec<(&str, Rule)> = v.iter().map(|v| (v.path.as_str(), v.rule)).collect();
        assert_eq!(
            got,
            vec![
                ("accountId", Rule::Required),
                ("displayName", Rule::MaxLength),
                ("program", Rule::Enum)
            ]
        );
        let program = v.iter().find(|v| v.rule == Rule::Enum).unwrap();
        assert_eq!(
            program.aws_message(),
            "Value 'RESELLER' at 'program' failed to satisfy constraint: Member must satisfy enum value set: [SOLUTION_PROVIDER, DISTRIBUTION, DISTRIBUTION_SELLER, MANAGED_SERVICES_PROVIDER]"
        );
    }

    #[test]
    fn unions_take_exactly_one_known_member() {
        let c = Contract::embedded();
        let op = c.operation("CreateRelationship").unwrap();
        let mut req = c.example_request(op).unwrap();
        let plan = json!({"coverage": "ENTIRE_ORGANIZATION", "tamLocation": "x"});
        req["requestedSupportPlan"] = json!({"resoldEnterprise": plan, "partnerLedSupport": plan});
        let v = c.check_request(op, &req);
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(
            (v[0].path.as_str(), v[0].rule),
            ("requestedSupportPlan", Rule::UnionMultiple)
        );
        req["requestedSupportPlan"] = json!({"resoldBusiness": plan});
        let v = c.check_request(op, &req);
        assert!(
            v.iter()
                .any(|v| v.path == "requestedSupportPlan.resoldBusiness"
                    && v.rule == Rule::UnknownMember),
            "{v:?}"
        );
        req["requestedSupportPlan"] = json!({});
        let v = c.check_request(op, &req);
        assert_eq!(
            (v[0].path.as_str(), v[0].rule),
            ("requestedSupportPlan", Rule::UnionEmpty)
        );
    }
}
