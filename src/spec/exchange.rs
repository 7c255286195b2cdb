//! The checks every response gets, whatever the step asserts: status class, content type, request id,
//! body against the output or error schema, error declared for the operation.
use serde_json::Value;

use super::{Contract, Direction, Operation, Rule, Violation};

/// The content type of every AWS JSON 1.0 request and response.
pub const CONTENT_TYPE: &str = "application/x-amz-json-1.0";

/// A response as the wire layer observed it.
#[derive(Debug, Clone)]
pub struct Observed<'a> {
    pub status: u16,
    pub content_type: Option<&'a str>,
    pub request_id: Option<&'a str>,
    /// The parsed JSON body, or `None` when the body was not JSON.
    pub body: Option<&'a Value>,
    /// The error's shape name, already stripped of namespace and suffix.
    pub error_type: Option<&'a str>,
}

impl Contract {
    /// Every contract check of one response to `op`.
    pub fn check_exchange(&self, op: &Operation, observed: &Observed<'_>) -> Vec<Violation> {
        let mut out = Vec::new();
        let v = |direction, path: &str, rule, expected: &str, actual: &str| Violation {
            operation: op.name.clone(),
            direction,
            path: path.into(),
            rule,
            expected: expected.into(),
            actual: actual.into(),
        };
        let success = (200..300).contains(&observed.status);
        let direction = if success {
            Direction::Response
        } else {
            Direction::Error
        };
        let media = observed.content_type.map(|c| {
            c.split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        });
        if media.as_deref() != Some(CONTENT_TYPE) {
            out.push(v(
                direction,
                "",
                Rule::ContentType,
                CONTENT_TYPE,
                observed.content_type.unwrap_or("(none)"),
            ));
        }
        if observed.request_id.is_none_or(str::is_empty) {
            out.push(v(
                direction,
                "",
                Rule::RequestId,
                "an x-amzn-RequestId header",
                "(none)",
            ));
        }
        let Some(body) = observed.body else {
            out.push(v(
                direction,
                "",
                Rule::Body,
                "a JSON object",
                "a body that is not JSON",
            ));
            return out;
        };
        if success {
            out.extend(self.check_response(op, body));
            return out;
        }
        if !(400..600).contains(&observed.status) {
            out.push(v(
                direction,
                "",
                Rule::StatusClass,
                "2xx, 4xx or 5xx",
                &observed.status.to_string(),
            ));
        }
        match observed.error_type {
            None => out.push(v(
                direction,
                "__type",
                Rule::ErrorType,
                "an error type in __type or x-amzn-ErrorType",
                "(none)",
            )),
            Some(name) => {
                if !self.catalog.may_return(op, name) {
                    let declared =
                        format!("one of [{}] or a common AWS error", op.errors.join(", "));
                    out.push(v(
                        direction,
                        "__type",
                        Rule::UndeclaredError,
                        &declared,
                        name,
                    ));
                }
                if self.catalog.error_shape(op, name).is_some() {
                    out.extend(self.check_error(op, name, body));
                }
            }
        }
        out
    }
}
