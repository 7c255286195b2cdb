//! A request checked as a client's act: what an SDK must get right, whatever the server then answers.
//! Used by the strict mock and the validating proxy.
use serde_json::Value;

use super::{
    TARGET_HEADER,
    sigv4::{self, Scheme},
};
use crate::spec::{
    Contract, Direction, Rule, Violation,
    exchange::{CONTENT_TYPE, is_json_1_0},
};

/// What a client request shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ClientRequest {
    /// The `X-Amz-Target` as sent.
    pub target: String,
    /// The operation, matched exactly; or, for a target of the wrong casing, the one it was meant to name.
    pub operation: Option<String>,
    pub access_key_id: Option<String>,
    pub scheme: Option<&'static str>,
    pub client_token: Option<String>,
    /// The body as JSON, when it is JSON.
    pub body: Option<Value>,
    pub violations: Vec<Violation>,
    /// An operation of the service's model that the contract (and so the mock) leaves out: a gap of
    /// ours, not the client's violation.
    pub not_implemented: Option<String>,
    /// The application id the client's User-Agent names (`app/<id>`, from `AWS_SDK_UA_APP_ID`): what
    /// tells one test's requests from another's.
    pub app_id: Option<String>,
}

/// The errors a server answers a request with when its signature, its key or its clock is wrong.
pub const AUTH_ERRORS: [&str; 4] = [
    "MissingAuthenticationTokenException",
    "IncompleteSignatureException",
    "UnrecognizedClientException",
    "InvalidSignatureException",
];

impl ClientRequest {
    /// The server (`by`: the mock, the service) refused this request for its signature, its key or its
    /// clock (`why`: the error and its message, never the secret): the client's violation, unless its
    /// signature was already found wrong as sent.
    pub fn refused_for_signature(&mut self, why: String, by: &str) {
        if self.violations.iter().any(|v| v.rule == Rule::Signature) {
            return;
        }
        self.violations.push(Violation {
            operation: self.operation.clone().unwrap_or_default(),
            direction: Direction::Request,
            path: "Authorization".into(),
            rule: Rule::Signature,
            expected: format!(
                "a signature {by} verifies with the principal's key and secret, within 15 minutes of its clock"
            ),
            actual: why,
        });
    }
}

/// The violations of one request, named by its operation.
struct Findings {
    operation: String,
    violations: Vec<Violation>,
}

impl Findings {
    fn push(
        &mut self,
        path: &str,
        rule: Rule,
        expected: impl Into<String>,
        actual: impl Into<String>,
    ) {
        self.violations.push(Violation {
            operation: self.operation.clone(),
            direction: Direction::Request,
            path: path.into(),
            rule,
            expected: expected.into(),
            actual: actual.into(),
        });
    }
}

/// Checks headers and body of one request against the contract.
pub fn check(contract: &Contract, headers: &http::HeaderMap, body: &[u8]) -> ClientRequest {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let target = header(TARGET_HEADER).unwrap_or("");
    let exact = contract.catalog.by_target(target);
    // A target of the wrong casing still tells which operation the client meant.
    let meant = exact.or_else(|| {
        contract
            .catalog
            .operations
            .iter()
            .find(|o| o.target.eq_ignore_ascii_case(target))
    });
    let not_covered = contract.catalog.not_covered_by_target(target);
    let mut found = Findings {
        operation: meant.map_or_else(|| target.to_string(), |o| o.name.clone()),
        violations: Vec::new(),
    };
    if exact.is_none() && not_covered.is_none() {
        let expected = meant.map_or_else(|| "an operation's target".into(), |o| o.target.clone());
        found.push("X-Amz-Target", Rule::Target, expected, target);
    }
    let content_type = header("content-type").unwrap_or("(none)");
    if !is_json_1_0(content_type) {
        found.push(
            "Content-Type",
            Rule::ContentType,
            CONTENT_TYPE,
            content_type,
        );
    }
    let mut out = ClientRequest::default();
    let service = meant
        .and_then(|op| contract.catalog.service_of(op))
        .or(not_covered.map(|(s, _)| s));
    if let Some(claimed) = check_signature(&mut found, &header, service) {
        out.access_key_id = Some(claimed.access_key_id);
        out.scheme = Some(claimed.scheme.as_str());
    }
    let parsed: Option<Value> = serde_json::from_slice(body).ok().filter(Value::is_object);
    match (&parsed, meant) {
        (None, _) => found.push(
            "",
            Rule::Body,
            "a JSON object",
            "a body that is not a JSON object",
        ),
        (Some(doc), Some(op)) => out.client_token = check_body(&mut found, contract, op, doc),
        (Some(_), None) => {}
    }
    out.not_implemented = not_covered.map(|(_, name)| name.to_string());
    out.app_id = header("user-agent").and_then(app_id).map(str::to_string);
    out.operation = meant.map(|o| o.name.clone());
    out.target = target.to_string();
    out.body = parsed;
    out.violations = found.violations;
    out
}

/// The application id an AWS SDK's User-Agent carries: the token `app/<id>`.
fn app_id(user_agent: &str) -> Option<&str> {
    user_agent
        .split_whitespace()
        .find_map(|t| t.strip_prefix("app/"))
        .filter(|id| !id.is_empty())
}

/// The signature as claimed in `Authorization`: present, well formed, for the service's signing name,
/// region (or region set) and one of its auth schemes.
fn check_signature<'h>(
    found: &mut Findings,
    header: &impl Fn(&str) -> Option<&'h str>,
    service: Option<&crate::spec::Service>,
) -> Option<sigv4::Claimed> {
    let claimed = match header("authorization").map(sigv4::claimed) {
        None => {
            found.push(
                "Authorization",
                Rule::Signature,
                "a SigV4 or SigV4a signature",
                "(none)",
            );
            return None;
        }
        Some(Err(e)) => {
            found.push(
                "Authorization",
                Rule::Signature,
                "a well-formed signature",
                e.message(),
            );
            return None;
        }
        Some(Ok(c)) => c,
    };
    let Some(s) = service else {
        return Some(claimed);
    };
    if claimed.service != s.signing_name {
        let expected = format!("signing name {}", s.signing_name);
        found.push(
            "Authorization",
            Rule::Signature,
            expected,
            claimed.service.clone(),
        );
    }
    region_fits(found, header, &claimed, s);
    let scheme = claimed.scheme.as_str();
    if !s.auth_schemes.iter().any(|a| a == scheme) {
        found.push(
            "Authorization",
            Rule::Signature,
            s.auth_schemes.join(" or "),
            scheme,
        );
    }
    Some(claimed)
}

/// A SigV4 signature's region is the service's signing region; a SigV4a region set covers it.
fn region_fits<'h>(
    found: &mut Findings,
    header: &impl Fn(&str) -> Option<&'h str>,
    claimed: &sigv4::Claimed,
    s: &crate::spec::Service,
) {
    match (claimed.scheme, claimed.region.as_deref()) {
        (Scheme::SigV4, Some(r)) if r != s.signing_region => {
            let expected = format!("region {}", s.signing_region);
            found.push("Authorization", Rule::Signature, expected, r);
        }
        (Scheme::SigV4a, _) => {
            let set = header("x-amz-region-set").unwrap_or("");
            let covers = set
                .split(',')
                .any(|r| r.trim() == "*" || r.trim() == s.signing_region);
            if !covers {
                let expected = format!("a region set with * or {}", s.signing_region);
                found.push("X-Amz-Region-Set", Rule::Signature, expected, set);
            }
        }
        _ => {}
    }
}

/// The body against the request schema, and the idempotency token SDKs fill in (returned when present).
fn check_body(
    found: &mut Findings,
    contract: &Contract,
    op: &crate::spec::Operation,
    doc: &Value,
) -> Option<String> {
    for mut v in contract.check_request(op, doc) {
        v.operation = found.operation.clone();
        found.violations.push(v);
    }
    let token = op.idempotency_token.as_ref()?;
    let given = doc.get(token).and_then(Value::as_str).map(str::to_string);
    if given.is_none() {
        let expected = "an idempotency token (SDKs fill it in when the caller gives none)";
        found.push(token, Rule::IdempotencyToken, expected, "(none)");
    }
    given
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::{build_raw_request, default_principals};

    fn checked(content_type: &str) -> Vec<Rule> {
        let contract = Contract::embedded();
        let op = contract.operation("ListTagsForResource").unwrap();
        let body = serde_json::to_vec(&contract.example_request(op).unwrap()).unwrap();
        let mut req = build_raw_request("http://127.0.0.1:9", &op.target, body);
        req.headers_mut()
            .insert("content-type", content_type.parse().unwrap());
        sigv4::sign(
            &mut req,
            &default_principals()[0],
            "partnercentral-channel",
            "us-east-1",
            Scheme::SigV4,
            std::time::SystemTime::now(),
        )
        .unwrap();
        check(&contract, req.headers(), req.body())
            .violations
            .iter()
            .map(|v| v.rule)
            .collect()
    }

    #[test]
    fn the_app_id_is_read_from_an_sdks_user_agent() {
        let ua = "Boto3/1.44.8 md/Botocore#1.44.18 ua/2.1 os/linux lang/python#3.11.7 app/pcc-test-3 cfg/retry-mode#standard";
        assert_eq!(super::app_id(ua), Some("pcc-test-3"));
        assert_eq!(super::app_id("aws-sdk-rust/1.3 os/linux"), None);
        assert_eq!(super::app_id("x app/ y"), None);
    }

    #[test]
    fn the_content_type_may_carry_parameters_but_must_be_json_1_0() {
        assert_eq!(checked("application/x-amz-json-1.0"), vec![]);
        assert_eq!(checked("application/x-amz-json-1.0; charset=utf-8"), vec![]);
        assert_eq!(checked("application/json"), vec![Rule::ContentType]);
    }
}
