//! AWS JSON 1.0 framing: build a request, read a response, parse `__type`; SigV4 / SigV4a sign and verify.
pub mod capture;
pub mod client_checks;
pub mod observe;
pub mod principal;
pub mod sigv4;

use serde_json::Value;

use crate::spec::{Operation, exchange::Observed};

pub use crate::spec::exchange::{CONTENT_TYPE, MESSAGE_MEMBERS};
pub use principal::{Principal, default_principals, load_principals};

/// The largest request body a service reads (1 MiB); larger ones are refused with a 413.
pub const MAX_BODY: usize = 1024 * 1024;

/// The header that carries an operation's target.
pub const TARGET_HEADER: &str = "x-amz-target";
/// The header of the request id on every response.
pub const REQUEST_ID_HEADER: &str = "x-amzn-requestid";
/// What a pcc-conformance mock's `GET /_mock/health` answers in its `server` member: how a run knows
/// that an endpoint is a mock wherever it runs.
pub const MOCK_SERVER: &str = "pcc-conformance-mock";
/// The health path of a pcc-conformance mock's admin API.
pub const MOCK_HEALTH_PATH: &str = "/_mock/health";

/// The mock's admin paths that make a resource of one service (`/_mock/connections` makes the Account
/// API's connections; signing a channel contract is the Channel API's), by path prefix and service key.
/// Where one mock serves each service, such a request goes to that service's mock only; any other
/// admin request (the clock, principals) goes to every mock.
pub const MOCK_ADMIN_SERVICES: [(&str, &str); 2] = [
    ("/_mock/connections", "account"),
    ("/_mock/channel-contracts/", "channel"),
];

/// The service whose resource an admin path makes, if it makes one.
pub fn admin_service(path: &str) -> Option<&'static str> {
    MOCK_ADMIN_SERVICES
        .iter()
        .find(|(prefix, _)| path.starts_with(prefix))
        .map(|(_, service)| *service)
}

/// The header some services use for the error type.
pub const ERROR_TYPE_HEADER: &str = "x-amzn-errortype";

/// ISO 8601 / RFC 3339 in UTC with second precision: how the service writes timestamps (timestampFormat iso8601).
pub fn iso8601(t: time::OffsetDateTime) -> String {
    let t = t.to_offset(time::UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// Lower-case hex, written by `hex`'s slice encoder: `hex::encode` goes character by character, which
/// cost the mock's request path two percent for its two SHA-256 digests.
pub fn hex_lower(bytes: &[u8]) -> String {
    let mut out = vec![0u8; bytes.len() * 2];
    let _ = hex::encode_to_slice(bytes, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// The shape name inside any `__type` form: `Name`, `namespace#Name`, `Name:extra`, `ns#Name:extra`.
pub fn error_name(raw: &str) -> &str {
    let after_hash = raw.rsplit('#').next().unwrap_or(raw);
    after_hash.split(':').next().unwrap_or(after_hash).trim()
}

/// The error type as AWS SDKs read it (smithy-rs, botocore): the `X-Amzn-Errortype` header first, then
/// `__type`, then `code`, each in any of its forms, sanitised to the shape name.
pub fn error_type(header: Option<&str>, body: Option<&Value>) -> Option<String> {
    let from_body = || {
        let body = body?;
        ["__type", "code"]
            .iter()
            .find_map(|m| body.get(*m).and_then(Value::as_str))
    };
    header
        .map(error_name)
        .filter(|s| !s.is_empty())
        .or_else(|| from_body().map(error_name))
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// Headers as name and value pairs (a value that is not UTF-8 read lossily), as a `Response` keeps them.
pub fn header_pairs(headers: &http::HeaderMap) -> Vec<(String, String)> {
    headers
        .iter()
        .map(|(k, v)| {
            (
                k.as_str().to_string(),
                String::from_utf8_lossy(v.as_bytes()).into_owned(),
            )
        })
        .collect()
}

/// A request ready to sign and send: `POST /` with the target and content type headers.
pub fn build_request(endpoint: &str, op: &Operation, body: &Value) -> http::Request<Vec<u8>> {
    let bytes = serde_json::to_vec(body).unwrap_or_else(|_| b"{}".to_vec());
    build_raw_request(endpoint, &op.target, bytes)
}

/// A request with any body bytes and any target (for protocol tests and strict checks).
pub fn build_raw_request(endpoint: &str, target: &str, body: Vec<u8>) -> http::Request<Vec<u8>> {
    let uri = format!("{}/", endpoint.trim_end_matches('/'));
    let mut req = http::Request::new(body);
    *req.method_mut() = http::Method::POST;
    *req.uri_mut() = uri
        .parse()
        .unwrap_or_else(|_| http::Uri::from_static("http://invalid.invalid/"));
    let headers = req.headers_mut();
    headers.insert(
        http::header::CONTENT_TYPE,
        http::HeaderValue::from_static(CONTENT_TYPE),
    );
    if let Ok(v) = http::HeaderValue::from_str(target) {
        headers.insert(TARGET_HEADER, v);
    }
    req
}

/// A response body as the AWS SDKs read it (Smithy's awsJson1_0 protocol tests IgnoreType, AllowNulls
/// and FooErrorWithNestedTypeProperty): a member that is `null` is absent, and a `__type` member below
/// the top (in a union value, a structure, an error detail) is ignored. The top-level `__type` of an
/// error stays: it names the error.
pub fn as_sdks_read(body: Value) -> Value {
    fn below_top(v: Value) -> Value {
        match v {
            Value::Object(o) => Value::Object(
                o.into_iter()
                    .filter(|(k, x)| !x.is_null() && k != "__type")
                    .map(|(k, x)| (k, below_top(x)))
                    .collect(),
            ),
            Value::Array(a) => Value::Array(a.into_iter().map(below_top).collect()),
            other => other,
        }
    }
    match body {
        Value::Object(o) => Value::Object(
            o.into_iter()
                .filter(|(_, x)| !x.is_null())
                .map(|(k, x)| (k, below_top(x)))
                .collect(),
        ),
        other => other,
    }
}

/// A response as read off the wire.
#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// The body as JSON, when it is JSON.
    pub json: Option<Value>,
    /// The error's shape name (from `x-amzn-ErrorType`, else `__type`, else `code`), for non-2xx responses.
    pub error_type: Option<String>,
}

impl Response {
    pub fn parse(status: u16, headers: Vec<(String, String)>, body: Vec<u8>) -> Response {
        let json: Option<Value> = if body.is_empty() {
            None
        } else {
            serde_json::from_slice(&body).ok().map(as_sdks_read)
        };
        let mut response = Response {
            status,
            headers,
            body,
            json,
            error_type: None,
        };
        if !(200..300).contains(&status) {
            response.error_type =
                error_type(response.header(ERROR_TYPE_HEADER), response.json.as_ref());
        }
        response
    }

    /// A header's value, by case-insensitive name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }

    pub fn request_id(&self) -> Option<&str> {
        self.header(REQUEST_ID_HEADER)
    }

    /// The error's message, from whichever of `message`, `Message`, `errorMessage` it came in.
    pub fn error_message(&self) -> Option<&str> {
        let j = self.json.as_ref()?;
        MESSAGE_MEMBERS
            .iter()
            .find_map(|m| j.get(*m).and_then(Value::as_str))
    }

    /// The error's reason, from `reason` (Channel) or `Reason` (Account).
    pub fn error_reason(&self) -> Option<&str> {
        let j = self.json.as_ref()?;
        j.get("reason")
            .or_else(|| j.get("Reason"))
            .and_then(Value::as_str)
    }

    /// The members a ValidationException names: `fieldList[].name` (Channel) or
    /// `ErrorDetails[].FieldValidationError.Name` (Account).
    pub fn error_fields(&self) -> Vec<String> {
        let Some(body) = self.json.as_ref() else {
            return Vec::new();
        };
        body.get("fieldList")
            .or_else(|| body.get("ErrorDetails"))
            .and_then(Value::as_array)
            .map(|fields| {
                fields
                    .iter()
                    .filter_map(|f| {
                        f.get("name")
                            .or_else(|| f.pointer("/FieldValidationError/Name"))
                            .and_then(Value::as_str)
                    })
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The view the contract checks.
    pub fn observed(&self) -> Observed<'_> {
        Observed {
            status: self.status,
            content_type: self.header("content-type"),
            request_id: self.request_id(),
            body: self.json.as_ref().filter(|j| j.is_object()),
            error_type: self.error_type.as_deref(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_type_members_and_nulls_are_read_as_absent() {
        // Smithy's AwsJson10DeserializeIgnoreType, AllowNulls and FooErrorWithNestedTypeProperty.
        let body = br#"{"__type":"aws.protocoltests#FooError","Message":null,
            "contents":{"__type":"aws.protocoltests.json10#MyUnion","stringValue":null,"structureValue":{"hi":"hello"}},
            "ErrorDetails":[{"__type":"com.amazon.internal#ErrorDetails","reason":"Some reason"}]}"#;
        let r = Response::parse(400, Vec::new(), body.to_vec());
        assert_eq!(
            r.json,
            Some(serde_json::json!({
                "__type": "aws.protocoltests#FooError",
                "contents": {"structureValue": {"hi": "hello"}},
                "ErrorDetails": [{"reason": "Some reason"}]
            }))
        );
        assert_eq!(r.error_type.as_deref(), Some("FooError"));
    }

    #[test]
    fn hex_is_lower_case_two_digits_a_byte() {
        assert_eq!(hex_lower(&[0x00, 0x0f, 0xa5, 0xff]), "000fa5ff");
        assert_eq!(hex_lower(&[]), "");
    }

    #[test]
    fn every_type_form_gives_the_shape_name() {
        assert_eq!(error_name("ValidationException"), "ValidationException");
        assert_eq!(
            error_name("com.amazonaws.partnercentralchannel#ConflictException"),
            "ConflictException"
        );
        assert_eq!(
            error_name("ThrottlingException:http://internal.amazon.com/"),
            "ThrottlingException"
        );
        assert_eq!(error_name("aws.protocols#X:extra:more"), "X");
    }

    #[test]
    fn header_error_type_is_used_when_the_body_has_none() {
        let r = Response::parse(
            400,
            vec![(
                "X-Amzn-ErrorType".into(),
                "ns#AccessDeniedException:x".into(),
            )],
            b"{\"message\":\"no\"}".to_vec(),
        );
        assert_eq!(r.error_type.as_deref(), Some("AccessDeniedException"));
        assert_eq!(r.error_message(), Some("no"));
    }

    #[test]
    fn the_header_wins_then_type_then_code_and_any_message_spelling_is_read() {
        let header = Some("aws.protocols#ConflictException:http://internal.amazon.com/");
        let body = serde_json::json!({"__type": "ValidationException", "code": "Other"});
        assert_eq!(
            error_type(header, Some(&body)).as_deref(),
            Some("ConflictException")
        );
        assert_eq!(
            error_type(None, Some(&body)).as_deref(),
            Some("ValidationException")
        );
        let coded = serde_json::json!({"code": "ns#ThrottlingException"});
        assert_eq!(
            error_type(Some(""), Some(&coded)).as_deref(),
            Some("ThrottlingException")
        );
        assert_eq!(error_type(None, Some(&serde_json::json!({}))), None);
        for member in MESSAGE_MEMBERS {
            let r = Response::parse(
                400,
                vec![],
                format!("{{\"{member}\":\"why\"}}").into_bytes(),
            );
            assert_eq!(r.error_message(), Some("why"), "{member}");
        }
    }
}
