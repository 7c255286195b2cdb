//! The mock's answers that are errors, in AWS's shape: `__type` plus the error's members.
use serde_json::{Map, Value, json};

use crate::spec::{Conventions, Rule, Violation, validation_summary};

/// One error answer. Members are written in the Channel API's casing and re-cased for the Account API.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiError {
    pub type_name: &'static str,
    pub status: u16,
    pub members: Map<String, Value>,
    /// Sent as `x-amz-retry-after`: the milliseconds a throttled client is asked to wait.
    pub retry_after_ms: Option<u64>,
}

impl ApiError {
    fn new(type_name: &'static str, status: u16, message: impl Into<String>) -> ApiError {
        let mut members = Map::new();
        members.insert("message".into(), Value::String(message.into()));
        ApiError {
            type_name,
            status,
            members,
            retry_after_ms: None,
        }
    }

    pub fn with(mut self, key: &str, value: impl Into<Value>) -> ApiError {
        self.members.insert(key.into(), value.into());
        self
    }

    pub fn message(&self) -> &str {
        self.members
            .get("message")
            .and_then(Value::as_str)
            .unwrap_or("")
    }

    /// A request that breaks the request schema: REQUEST_VALIDATION_FAILED, one `fieldList` entry per violation.
    pub fn request_validation(violations: &[Violation]) -> ApiError {
        let fields: Vec<Value> = violations
            .iter()
            .map(|v| json!({"name": v.path, "code": v.rule.field_code(), "message": v.aws_message()}))
            .collect();
        ApiError::new("ValidationException", 400, validation_summary(violations))
            .with("reason", "REQUEST_VALIDATION_FAILED")
            .with("fieldList", fields)
    }

    /// A request that is well formed but breaks a state or business rule.
    pub fn business_validation(field: &str, message: impl Into<String>) -> ApiError {
        let message = message.into();
        let fields =
            vec![json!({"name": field, "code": Rule::Schema.field_code(), "message": message})];
        ApiError::new("ValidationException", 400, message)
            .with("reason", "BUSINESS_VALIDATION_FAILED")
            .with("fieldList", fields)
    }

    /// A `ResourceNotFoundException` whose shape has a `reason` and no resource members (the Account API's).
    pub fn not_found_because(message: impl Into<String>, reason: &str) -> ApiError {
        ApiError::new("ResourceNotFoundException", 404, message).with("reason", reason)
    }

    /// A `ConflictException` whose shape has a `reason` and no resource members (the Account API's).
    pub fn conflict_because(message: impl Into<String>, reason: &str) -> ApiError {
        ApiError::new("ConflictException", 409, message).with("reason", reason)
    }

    /// A request that breaks a business rule the Account API names by a `BusinessValidationCode`: its
    /// `ErrorDetails` holds one `BusinessValidationError`.
    pub fn business_rule(code: &str, message: impl Into<String>) -> ApiError {
        let message = message.into();
        ApiError::new("ValidationException", 400, message.clone())
            .with("reason", "BUSINESS_VALIDATION_FAILED")
            .with(
                "fieldList",
                vec![json!({"business": code, "message": message})],
            )
    }

    pub fn not_found(resource_type: &str, id: &str) -> ApiError {
        ApiError::new(
            "ResourceNotFoundException",
            404,
            format!("{resource_type} '{id}' was not found"),
        )
        .with("resourceId", id)
        .with("resourceType", resource_type)
    }

    pub fn conflict(resource_type: &str, id: &str, message: impl Into<String>) -> ApiError {
        ApiError::new("ConflictException", 409, message)
            .with("resourceId", id)
            .with("resourceType", resource_type)
    }

    pub fn quota(
        resource_type: &str,
        id: &str,
        quota_code: &str,
        message: impl Into<String>,
    ) -> ApiError {
        ApiError::new("ServiceQuotaExceededException", 402, message)
            .with("resourceId", id)
            .with("resourceType", resource_type)
            .with("quotaCode", quota_code)
    }

    /// The Account API's ServiceQuotaExceededException, which gives its reason instead of the resource.
    pub fn quota_because(reason: &str, message: impl Into<String>) -> ApiError {
        ApiError::new("ServiceQuotaExceededException", 402, message).with("reason", reason)
    }

    pub fn access_denied(message: impl Into<String>) -> ApiError {
        ApiError::new("AccessDeniedException", 403, message).with("reason", "ACCESS_DENIED")
    }

    pub fn throttling(message: impl Into<String>) -> ApiError {
        ApiError::new("ThrottlingException", 429, message)
    }

    pub fn internal(message: impl Into<String>) -> ApiError {
        ApiError::new("InternalServerException", 500, message)
    }

    /// A common AWS error (auth, protocol) that carries only a message.
    pub fn common(type_name: &'static str, status: u16, message: impl Into<String>) -> ApiError {
        ApiError::new(type_name, status, message)
    }

    /// An operation of the service's model that this mock does not serve: the contract leaves it out.
    pub fn not_implemented(operation: &str) -> ApiError {
        ApiError::new(
            "NotImplementedException",
            501,
            format!(
                "pcc-conformance mock: the operation {operation} is in the service's model but not implemented by this mock (outside the contract it serves)"
            ),
        )
    }

    /// The JSON body as the operation's service writes it (its conventions): member names in its case
    /// (`message` or `Message`), the field list under its member (`fieldList`, or `ErrorDetails` made of
    /// `FieldValidationError` unions). Errors of no known operation use the default conventions.
    pub fn body(&self, conventions: &Conventions) -> Value {
        let mut out = Map::new();
        out.insert("__type".into(), Value::String(self.type_name.into()));
        for (k, v) in &self.members {
            if k == "fieldList" {
                out.insert(conventions.field_list.clone(), field_list(v, conventions));
            } else {
                out.insert(conventions.member_case.spell(k), v.clone());
            }
        }
        Value::Object(out)
    }
}

/// The field list in the service's shape: `[{name, message, code}]`, or each entry as the Account API's
/// `{"FieldValidationError": {Name, Message, Code}}` union.
fn field_list(value: &Value, conventions: &Conventions) -> Value {
    if conventions.field_list == "fieldList" {
        return value.clone();
    }
    let case = conventions.member_case;
    let items = value.as_array().cloned().unwrap_or_default();
    Value::Array(
        items
            .into_iter()
            .map(|f| {
                if let Some(code) = f.get("business") {
                    let message = f.get("message").cloned().unwrap_or(Value::Null);
                    return json!({"BusinessValidationError": {
                        case.spell("message"): message, case.spell("code"): code,
                    }});
                }
                let entry: Map<String, Value> = ["name", "message", "code"]
                    .iter()
                    .map(|m| (case.spell(m), f.get(*m).cloned().unwrap_or(Value::Null)))
                    .collect();
                json!({ "FieldValidationError": entry })
            })
            .collect(),
    )
}
