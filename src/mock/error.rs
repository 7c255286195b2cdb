//! The mock's answers that are errors, in AWS's shape: `__type` plus the error's members.
use serde_json::{Map, Value, json};

use crate::spec::{Rule, Violation, validation_summary};

/// One error answer. Members are written in the Channel API's casing and re-cased for the Account API.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiError {
    pub type_name: &'static str,
    pub status: u16,
    pub members: Map<String, Value>,
}

impl ApiError {
    fn new(type_name: &'static str, status: u16, message: impl Into<String>) -> ApiError {
        let mut members = Map::new();
        members.insert("message".into(), Value::String(message.into()));
        ApiError {
            type_name,
            status,
            members,
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

    /// An operation of the contract that this mock does not serve yet.
    pub fn not_implemented(operation: &str) -> ApiError {
        ApiError::new(
            "NotImplementedException",
            501,
            format!(
                "pcc-conformance mock: the operation {operation} is not implemented by this mock yet"
            ),
        )
    }

    /// The JSON body for a service: Channel uses `message`, the Account API `Message`.
    pub fn body(&self, capitalized: bool) -> Value {
        let mut out = Map::new();
        out.insert("__type".into(), Value::String(self.type_name.into()));
        for (k, v) in &self.members {
            let key = match (capitalized, k.as_str()) {
                (false, _) => k.clone(),
                (true, "fieldList") => "ErrorDetails".into(),
                (true, _) => capitalize(k),
            };
            out.insert(key, account_value(k, v, capitalized));
        }
        Value::Object(out)
    }
}

fn capitalize(k: &str) -> String {
    let mut c = k.chars();
    c.next()
        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
        .unwrap_or_default()
}

/// The Account API's ValidationException carries `ErrorDetails` (a union list), not `fieldList`.
fn account_value(key: &str, value: &Value, capitalized: bool) -> Value {
    if !capitalized || key != "fieldList" {
        return value.clone();
    }
    let items = value.as_array().cloned().unwrap_or_default();
    Value::Array(
        items
            .into_iter()
            .map(|f| {
                json!({"FieldValidationError": {
                    "Name": f.get("name").cloned().unwrap_or(Value::Null),
                    "Message": f.get("message").cloned().unwrap_or(Value::Null),
                    "Code": f.get("code").cloned().unwrap_or(Value::Null),
                }})
            })
            .collect(),
    )
}
