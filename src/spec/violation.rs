//! A contract violation as data: which operation, where in the document, which rule, what was expected and found.
use std::fmt;

use serde::{Deserialize, Serialize};

/// The rule a violation breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Rule {
    /// A required member is missing.
    Required,
    /// A value outside the enum.
    Enum,
    MinLength,
    MaxLength,
    /// A string that does not match the model's pattern.
    Pattern,
    /// A timestamp that is not ISO 8601.
    Format,
    Minimum,
    Maximum,
    MinItems,
    MaxItems,
    /// A value of the wrong JSON type.
    Type,
    /// A tagged union with no member set.
    UnionEmpty,
    /// A tagged union with more than one member set.
    UnionMultiple,
    /// A member the model does not have.
    UnknownMember,
    /// A response with a status outside 2xx for success / 4xx–5xx for errors, or not matching the error.
    StatusClass,
    /// An error answered with another HTTP status than the one its shape is modeled with (`httpError`).
    Status,
    /// A missing or wrong `Content-Type`.
    ContentType,
    /// A response without the `x-amzn-RequestId` header.
    RequestId,
    /// An error the operation does not declare.
    UndeclaredError,
    /// An error body without `__type`, or one that names no known shape.
    ErrorType,
    /// A body that is not JSON.
    Body,
    /// Anything else the schema rejects.
    Schema,
    /// A request whose `X-Amz-Target` does not name an operation exactly.
    Target,
    /// A request not signed, or signed for another service or region.
    Signature,
    /// A request without the idempotency token its operation has (SDKs fill it in).
    IdempotencyToken,
}

impl Rule {
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::Required => "required",
            Rule::Enum => "enum",
            Rule::MinLength => "minLength",
            Rule::MaxLength => "maxLength",
            Rule::Pattern => "pattern",
            Rule::Format => "format",
            Rule::Minimum => "minimum",
            Rule::Maximum => "maximum",
            Rule::MinItems => "minItems",
            Rule::MaxItems => "maxItems",
            Rule::Type => "type",
            Rule::UnionEmpty => "unionEmpty",
            Rule::UnionMultiple => "unionMultiple",
            Rule::UnknownMember => "unknownMember",
            Rule::StatusClass => "statusClass",
            Rule::Status => "status",
            Rule::ContentType => "contentType",
            Rule::RequestId => "requestId",
            Rule::UndeclaredError => "undeclaredError",
            Rule::ErrorType => "errorType",
            Rule::Body => "body",
            Rule::Schema => "schema",
            Rule::Target => "target",
            Rule::Signature => "signature",
            Rule::IdempotencyToken => "idempotencyToken",
        }
    }

    /// The `fieldList` code a `ValidationException` uses for this rule.
    pub fn field_code(self) -> &'static str {
        match self {
            Rule::Required | Rule::UnionEmpty => "REQUIRED_FIELD_MISSING",
            Rule::Enum => "INVALID_ENUM_VALUE",
            Rule::Pattern | Rule::Format => "INVALID_STRING_FORMAT",
            Rule::MaxItems | Rule::UnionMultiple => "TOO_MANY_VALUES",
            _ => "INVALID_VALUE",
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which document of an exchange a violation is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Direction {
    Request,
    Response,
    Error,
}

/// One broken rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Violation {
    pub operation: String,
    pub direction: Direction,
    /// The member's path, dotted (`payload.startServicePeriodPayload.note`, `tags[0].key`); empty for the document.
    pub path: String,
    pub rule: Rule,
    pub expected: String,
    pub actual: String,
}

impl Violation {
    /// Whether this is drift rather than a defect: a member or an enum value in an answer that the
    /// model lacks. Smithy's compatibility rules let a service add both at any time, so a current
    /// service is ahead of an older model there, not wrong.
    pub fn is_drift(&self) -> bool {
        self.direction != Direction::Request
            && matches!(self.rule, Rule::UnknownMember | Rule::Enum)
    }

    /// AWS's own wording for a request violation: `Value 'X' at 'path' failed to satisfy constraint: ...`.
    pub fn aws_message(&self) -> String {
        let value = if self.rule == Rule::Required {
            "null".to_string()
        } else {
            format!("'{}'", self.actual)
        };
        let at = if self.path.is_empty() {
            "the request".to_string()
        } else {
            format!("'{}'", self.path)
        };
        let constraint = match self.rule {
            Rule::Required => "Member must not be null".to_string(),
            Rule::Enum => format!("Member must satisfy enum value set: {}", self.expected),
            Rule::MinLength => format!(
                "Member must have length greater than or equal to {}",
                self.expected
            ),
            Rule::MaxLength => format!(
                "Member must have length less than or equal to {}",
                self.expected
            ),
            Rule::Pattern => format!(
                "Member must satisfy regular expression pattern: {}",
                self.expected
            ),
            Rule::Format => format!("Member must be {}", self.expected),
            Rule::Minimum => format!(
                "Member must have value greater than or equal to {}",
                self.expected
            ),
            Rule::Maximum => format!(
                "Member must have value less than or equal to {}",
                self.expected
            ),
            Rule::MinItems => format!("Member must have at least {} items", self.expected),
            Rule::MaxItems => format!("Member must have at most {} items", self.expected),
            Rule::Type => format!("Member must be of type {}", self.expected),
            Rule::UnionEmpty | Rule::UnionMultiple => {
                format!(
                    "Union must have exactly one member set: one of {}",
                    self.expected
                )
            }
            Rule::UnknownMember => "Member is not part of the model".to_string(),
            _ => self.expected.clone(),
        };
        format!("Value {value} at {at} failed to satisfy constraint: {constraint}")
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.is_empty() {
            "$"
        } else {
            &self.path
        };
        write!(
            f,
            "{path}: {} (expected {}, found {})",
            self.rule, self.expected, self.actual
        )
    }
}

/// `N validation error(s) detected: m1; m2` — the message of a request-shape `ValidationException`.
pub fn validation_summary(violations: &[Violation]) -> String {
    let n = violations.len();
    let noun = if n == 1 { "error" } else { "errors" };
    let parts: Vec<String> = violations.iter().map(Violation::aws_message).collect();
    format!("{n} validation {noun} detected: {}", parts.join("; "))
}
