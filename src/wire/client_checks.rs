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
}

/// Checks headers and body of one request against the contract.
pub fn check(contract: &Contract, headers: &http::HeaderMap, body: &[u8]) -> ClientRequest {
    let mut out = ClientRequest::default();
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let target = header(TARGET_HEADER).unwrap_or("");
    let exact = contract.catalog.by_target(target);
    let loose = exact.or_else(|| {
        contract
            .catalog
            .operations
            .iter()
            .find(|o| o.target.eq_ignore_ascii_case(target))
    });
    let name = loose.map_or_else(|| target.to_string(), |o| o.name.clone());
    let mut push = |path: &str, rule: Rule, expected: String, actual: String| {
        out.violations.push(Violation {
            operation: name.clone(),
            direction: Direction::Request,
            path: path.into(),
            rule,
            expected,
            actual,
        })
    };
    match (exact, loose) {
        (Some(_), _) => {}
        (None, Some(op)) => push(
            "X-Amz-Target",
            Rule::Target,
            op.target.clone(),
            target.into(),
        ),
        (None, None) => push(
            "X-Amz-Target",
            Rule::Target,
            "an operation's target".into(),
            target.into(),
        ),
    }
    let content_type = header("content-type").unwrap_or("(none)");
    if !is_json_1_0(content_type) {
        push(
            "Content-Type",
            Rule::ContentType,
            CONTENT_TYPE.into(),
            content_type.into(),
        );
    }
    let service = loose.and_then(|op| contract.catalog.service_of(op));
    match header("authorization").map(sigv4::claimed) {
        None => push(
            "Authorization",
            Rule::Signature,
            "a SigV4 or SigV4a signature".into(),
            "(none)".into(),
        ),
        Some(Err(e)) => push(
            "Authorization",
            Rule::Signature,
            "a well-formed signature".into(),
            e.message(),
        ),
        Some(Ok(c)) => {
            out.access_key_id = Some(c.access_key_id.clone());
            out.scheme = Some(match c.scheme {
                Scheme::SigV4 => "sigv4",
                Scheme::SigV4a => "sigv4a",
            });
            if let Some(s) = service {
                if c.service != s.signing_name {
                    push(
                        "Authorization",
                        Rule::Signature,
                        format!("signing name {}", s.signing_name),
                        c.service.clone(),
                    );
                }
                match (c.scheme, c.region.as_deref()) {
                    (Scheme::SigV4, Some(r)) if r != s.signing_region => push(
                        "Authorization",
                        Rule::Signature,
                        format!("region {}", s.signing_region),
                        r.into(),
                    ),
                    (Scheme::SigV4a, _) => {
                        let set = header("x-amz-region-set").unwrap_or("");
                        if !set
                            .split(',')
                            .any(|r| r.trim() == "*" || r.trim() == s.signing_region)
                        {
                            push(
                                "X-Amz-Region-Set",
                                Rule::Signature,
                                "a region set with * or us-east-1".into(),
                                set.into(),
                            );
                        }
                    }
                    _ => {}
                }
                if !s
                    .auth_schemes
                    .iter()
                    .any(|a| Some(a.as_str()) == out.scheme)
                {
                    push(
                        "Authorization",
                        Rule::Signature,
                        s.auth_schemes.join(" or "),
                        out.scheme.unwrap_or("").into(),
                    );
                }
            }
        }
    }
    let parsed: Option<Value> = serde_json::from_slice(body).ok().filter(Value::is_object);
    match (&parsed, loose) {
        (None, _) => push(
            "",
            Rule::Body,
            "a JSON object".into(),
            "a body that is not a JSON object".into(),
        ),
        (Some(doc), Some(op)) => {
            for mut v in contract.check_request(op, doc) {
                v.operation = name.clone();
                out.violations.push(v);
            }
            if let Some(token) = &op.idempotency_token {
                match doc.get(token).and_then(Value::as_str) {
                    Some(t) => out.client_token = Some(t.to_string()),
                    None => out.violations.push(Violation {
                        operation: name.clone(),
                        direction: Direction::Request,
                        path: token.clone(),
                        rule: Rule::IdempotencyToken,
                        expected:
                            "an idempotency token (SDKs fill it in when the caller gives none)"
                                .into(),
                        actual: "(none)".into(),
                    }),
                }
            }
        }
        (Some(_), None) => {}
    }
    out.operation = loose.map(|o| o.name.clone());
    out.target = target.to_string();
    out.body = parsed;
    out
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
    fn the_content_type_may_carry_parameters_but_must_be_json_1_0() {
        assert_eq!(checked("application/x-amz-json-1.0"), vec![]);
        assert_eq!(checked("application/x-amz-json-1.0; charset=utf-8"), vec![]);
        assert_eq!(checked("application/json"), vec![Rule::ContentType]);
    }
}
