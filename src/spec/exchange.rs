//! The checks every response gets, whatever the step asserts: status class, content type, request id,
//! body against the output or error schema, error declared for the operation.
use serde_json::Value;

use super::{Contract, Direction, Operation, Rule, Violation};

/// The content type of every AWS JSON 1.0 request and response.
pub const CONTENT_TYPE: &str = "application/x-amz-json-1.0";

/// The members an error's message may be sent in: `message`, `Message` (AWS's front door and the
/// Account API) or `errorMessage`. SDKs read any of them, so the contract accepts any of them.
pub const MESSAGE_MEMBERS: [&str; 3] = ["message", "Message", "errorMessage"];

/// Whether a `Content-Type` is AWS JSON 1.0, parameters (`; charset=utf-8`) and case aside.
pub fn is_json_1_0(content_type: &str) -> bool {
    content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .eq_ignore_ascii_case(CONTENT_TYPE)
}

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

impl Observed<'_> {
    /// Whether the answer is not the service's but something in front of it (a load balancer's or a
    /// proxy's 5xx page): a server error that is not AWS JSON. It is a transient answer of the way to the
    /// service, not one the contract judges.
    pub fn is_infrastructure(&self) -> bool {
        self.status >= 500 && (self.body.is_none() || !self.content_type.is_some_and(is_json_1_0))
    }
}

impl Contract {
    /// Every contract check of one response to `op`.
    pub fn check_exchange(&self, op: &Operation, observed: &Observed<'_>) -> Vec<Violation> {
        let success = (200..300).contains(&observed.status);
        let direction = if success {
            Direction::Response
        } else {
            Direction::Error
        };
        let v = |path: &str, rule, expected: &str, actual: &str| Violation {
            operation: op.name.clone(),
            direction,
            path: path.into(),
            rule,
            expected: expected.into(),
            actual: actual.into(),
        };
        let mut out = Vec::new();
        if !observed.content_type.is_some_and(is_json_1_0) {
            let got = observed.content_type.unwrap_or("(none)");
            out.push(v("", Rule::ContentType, CONTENT_TYPE, got));
        }
        if observed.request_id.is_none_or(str::is_empty) {
            out.push(v(
                "",
                Rule::RequestId,
                "an x-amzn-RequestId header",
                "(none)",
            ));
        }
        let Some(body) = observed.body else {
            out.push(v(
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
            let status = observed.status.to_string();
            out.push(v("", Rule::StatusClass, "2xx, 4xx or 5xx", &status));
        }
        match observed.error_type {
            None => {
                let expected = "an error type in x-amzn-ErrorType, __type or code";
                out.push(v("__type", Rule::ErrorType, expected, "(none)"));
            }
            Some(name) => out.extend(self.check_error_answer(op, name, observed.status, body)),
        }
        out
    }

    /// An error answer: declared for the operation, with its modeled status, its body per its schema
    /// (the message read from any of its spellings).
    fn check_error_answer(
        &self,
        op: &Operation,
        name: &str,
        status: u16,
        body: &Value,
    ) -> Vec<Violation> {
        let mut out = Vec::new();
        let v = |path: &str, rule, expected: String, actual: String| Violation {
            operation: op.name.clone(),
            direction: Direction::Error,
            path: path.into(),
            rule,
            expected,
            actual,
        };
        if !self.catalog.may_return(op, name) {
            let declared = format!("one of [{}] or a common AWS error", op.errors.join(", "));
            out.push(v("__type", Rule::UndeclaredError, declared, name.into()));
        }
        let Some(shape) = self.catalog.error_shape(op, name) else {
            return out;
        };
        if let Some(expected) = self.catalog.expected_status(op, name, status) {
            out.push(v("", Rule::Status, expected, status.to_string()));
        }
        let schema = self.document(&shape.schema);
        out.extend(self.check_error(op, name, &with_message_spelled_as(schema, body)));
        out
    }
}

/// The error body with its message under the member the schema names, when it came under another
/// of [`MESSAGE_MEMBERS`] (SDKs read every spelling, so none of them is a defect).
fn with_message_spelled_as(schema: Option<&Value>, body: &Value) -> Value {
    let wanted = schema
        .and_then(|s| s.get("required"))
        .and_then(Value::as_array)
        .and_then(|req| {
            req.iter()
                .filter_map(Value::as_str)
                .find(|m| MESSAGE_MEMBERS.contains(m))
        });
    let (Some(wanted), Some(object)) = (wanted, body.as_object()) else {
        return body.clone();
    };
    let mut object = object.clone();
    if !object.contains_key(wanted)
        && let Some((alias, text)) = MESSAGE_MEMBERS
            .iter()
            .find_map(|m| object.get(*m).map(|t| (*m, t.clone())))
    {
        object.remove(alias);
        object.insert(wanted.to_string(), text);
    }
    Value::Object(object)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn check(op: &str, status: u16, error: &str, body: Value) -> Vec<(String, Rule)> {
        let c = Contract::embedded();
        let op = c.operation(op).unwrap();
        let observed = Observed {
            status,
            content_type: Some("application/x-amz-json-1.0; charset=utf-8"),
            request_id: Some("r-1"),
            body: Some(&body),
            error_type: Some(error),
        };
        c.check_exchange(op, &observed)
            .into_iter()
            .map(|v| (v.path, v.rule))
            .collect()
    }

    #[test]
    fn a_service_error_must_carry_its_modeled_status() {
        let body = json!({"message": "m", "reason": "REQUEST_VALIDATION_FAILED"});
        assert_eq!(
            check("GetRelationship", 400, "ValidationException", body.clone()),
            vec![]
        );
        assert_eq!(
            check("GetRelationship", 500, "ValidationException", body),
            vec![(String::new(), Rule::Status)]
        );
    }

    #[test]
    fn a_common_error_keeps_only_its_class() {
        let body = json!({"message": "m"});
        for status in [400, 403] {
            assert_eq!(
                check(
                    "GetRelationship",
                    status,
                    "UnrecognizedClientException",
                    body.clone()
                ),
                vec![]
            );
        }
        assert_eq!(
            check("GetRelationship", 500, "UnrecognizedClientException", body),
            vec![(String::new(), Rule::Status)]
        );
    }

    #[test]
    fn the_message_may_come_in_any_spelling_but_must_come() {
        let reason = "REQUEST_VALIDATION_FAILED";
        for member in MESSAGE_MEMBERS {
            let body = json!({member: "m", "reason": reason});
            assert_eq!(
                check("GetRelationship", 400, "ValidationException", body),
                vec![]
            );
        }
        assert_eq!(
            check(
                "GetRelationship",
                400,
                "ValidationException",
                json!({"reason": reason})
            ),
            vec![("message".to_string(), Rule::Required)]
        );
        let account = json!({"message": "m", "Reason": "CONNECTION_NOT_FOUND"});
        assert_eq!(
            check("GetConnection", 404, "ResourceNotFoundException", account),
            vec![]
        );
    }
}
