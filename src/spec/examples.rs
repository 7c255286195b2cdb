//! AWS's documented examples: the request/answer pairs the service's Smithy model documents for its
//! operations (`smithy.api#examples`; botocore drops them, the AWS SDK for JavaScript v3 ships them in its
//! command typings). `spec sync` writes them, one file per service under `examples/`, from a model that
//! has them, with where they came from; a model without any (botocore's) leaves the file as it is. The
//! documented-examples feature holds an endpoint's answers to their *form* (see `form`).
pub mod form;

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::model::{ExampleAnswer, Model};

/// The folder of the schemas directory the examples are written into, one `<service>.json` each.
pub const FOLDER: &str = "examples";

/// One service's examples, as the file holds them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExamplesFile {
    #[serde(rename = "$comment")]
    pub comment: String,
    /// The service's key (`channel`).
    pub service: String,
    /// Where they came from: the model, as `spec sync --source` named it.
    pub source: String,
    pub examples: Vec<DocumentedExample>,
}

/// One example: the operation (the JavaScript SDK's command), its title, the request, the answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentedExample {
    pub operation: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub documentation: Option<String>,
    pub input: Value,
    #[serde(flatten)]
    pub answer: Answer,
}

/// What an example answers: a success body, or an error.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Answer {
    Output(Value),
    Error(ExampleError),
}

/// An example's error: its type (the shape's name) and body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExampleError {
    #[serde(rename = "type")]
    pub error_type: String,
    pub content: Value,
}

/// The path of a service's examples file in a schemas directory.
pub fn path_of(service: &str) -> String {
    format!("{FOLDER}/{service}.json")
}

/// The examples file of `model`'s covered operations (`covers`), or `None` when it documents none.
pub fn file_of(
    model: &Model,
    service: &str,
    source: &str,
    covers: impl Fn(&str) -> bool,
) -> Option<Value> {
    let mut examples = Vec::new();
    for (name, op) in model.operations.iter().filter(|(n, _)| covers(n)) {
        for e in &op.examples {
            let answer = match &e.answer {
                ExampleAnswer::Output(v) => Answer::Output(v.clone()),
                ExampleAnswer::Error { shape, content } => Answer::Error(ExampleError {
                    error_type: shape.clone(),
                    content: content.clone(),
                }),
            };
            examples.push(DocumentedExample {
                operation: name.clone(),
                title: e.title.clone(),
                documentation: e.documentation.clone(),
                input: e.input.clone(),
                answer,
            });
        }
    }
    if examples.is_empty() {
        return None;
    }
    let file = ExamplesFile {
        comment: "AWS's documented examples of this service's operations (the model's smithy.api#examples), written by `pcc-conformance spec sync` from a Smithy model that has them: do not edit. Their values are AWS's placeholders; the documented-examples feature holds answers to their form.".into(),
        service: service.into(),
        source: source.into(),
        examples,
    };
    Some(serde_json::to_value(file).unwrap_or_else(|e| json!({ "error": e.to_string() })))
}

/// A file under `examples/` that does not read as one.
#[derive(Debug, thiserror::Error)]
#[error("{file} is not an examples file: {source}")]
pub struct NotExamples {
    pub file: String,
    pub source: serde_json::Error,
}

/// The examples of every service in `documents` (a schemas directory's files by relative path), in
/// the order of their files.
pub fn read<'a>(
    documents: impl IntoIterator<Item = (&'a String, &'a Value)>,
) -> Result<Vec<ExamplesFile>, NotExamples> {
    let prefix = format!("{FOLDER}/");
    let mut files: Vec<(&String, &Value)> = documents
        .into_iter()
        .filter(|(p, _)| p.starts_with(&prefix))
        .collect();
    files.sort_by_key(|(p, _)| p.as_str());
    files
        .into_iter()
        .map(|(path, doc)| {
            ExamplesFile::deserialize(doc).map_err(|source| NotExamples {
                file: path.clone(),
                source,
            })
        })
        .collect()
}
