//! The mock's signature verifier held to AWS's own vectors: the SigV4 and SigV4a signing test suite
//! (tests/fixtures/aws-signing-test-suite, copied from the aws-sigv4 crate; see its README), and an
//! UNSIGNED-PAYLOAD request signed by aws-sigv4 itself.
use std::{
    path::{Path, PathBuf},
    time::SystemTime,
};

use pcc_conformance::wire::{
    Principal,
    sigv4::{self, AuthFailure, Scheme, SignedRequest},
};
use serde_json::Value;
use time::{OffsetDateTime, format_description::well_known::Rfc3339};

/// One case: who signed, when, and the request as signed.
struct Case {
    name: String,
    principal: Principal,
    now: SystemTime,
    method: String,
    path: String,
    query: String,
    headers: http::HeaderMap,
    body: Vec<u8>,
}

impl Case {
    fn load(dir: &Path) -> Case {
        let context: Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join("context.json")).unwrap())
                .unwrap();
        let creds = &context["credentials"];
        let principal = Principal {
            name: "suite".into(),
            account_id: "111122223333".into(),
            access_key_id: creds["access_key_id"].as_str().unwrap().into(),
            secret_access_key: creds["secret_access_key"].as_str().unwrap().into(),
            session_token: creds["token"].as_str().map(str::to_string),
            contact: None,
            policy: Default::default(),
        };
        let at = OffsetDateTime::parse(context["timestamp"].as_str().unwrap(), &Rfc3339).unwrap();
        let text = std::fs::read_to_string(dir.join("header-signed-request.txt")).unwrap();
        let (head, body) = text.split_once("\n\n").unwrap_or((&text, ""));
        let mut lines = head.lines();
        let request_line: Vec<&str> = lines.next().unwrap().split(' ').collect();
        let (path, query) = request_line[1]
            .split_once('?')
            .unwrap_or((request_line[1], ""));
        let mut headers = http::HeaderMap::new();
        for line in lines {
            let (name, value) = line.split_once(':').unwrap();
            headers.append(
                http::HeaderName::from_bytes(name.as_bytes()).unwrap(),
                http::HeaderValue::from_str(value).unwrap(),
            );
        }
        let length = headers
            .get("content-length")
            .and_then(|v| v.to_str().ok()?.parse::<usize>().ok())
            .unwrap_or(0);
        Case {
            name: dir.file_name().unwrap().to_string_lossy().into_owned(),
            principal,
            now: SystemTime::from(at),
            method: request_line[0].into(),
            path: path.into(),
            query: query.into(),
            headers,
            body: body.as_bytes()[..length.min(body.len())].to_vec(),
        }
    }

    fn verify(&self) -> Result<sigv4::Verified, AuthFailure> {
        let request = SignedRequest {
            method: &self.method,
            path: &self.path,
            query: &self.query,
            headers: &self.headers,
            body: &self.body,
        };
        sigv4::verify(
            &request,
            |key| (key == self.principal.access_key_id).then_some(&self.principal),
            self.now,
        )
    }
}

fn cases(scheme: &str) -> Vec<Case> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/aws-signing-test-suite")
        .join(scheme);
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    dirs.sort();
    dirs.iter().map(|d| Case::load(d)).collect()
}

fn bad_signature(r: Result<sigv4::Verified, AuthFailure>) -> bool {
    matches!(r, Err(AuthFailure::BadSignature(_)))
}

fn every_case_verifies_and_no_tampered_one_does(scheme: &str, expected: Scheme) {
    let cases = cases(scheme);
    assert!(cases.len() >= 15, "{} cases", cases.len());
    for mut case in cases {
        let verified = case
            .verify()
            .unwrap_or_else(|e| panic!("{scheme}/{}: {e:?}", case.name));
        assert_eq!(verified.scheme, expected, "{}", case.name);
        assert_eq!(verified.service, "service", "{}", case.name);

        let query = case.query.clone();
        case.query = format!("{query}&Extra=1");
        assert!(bad_signature(case.verify()), "{}: query changed", case.name);
        case.query = query;

        let host = case.headers["host"].clone();
        case.headers.insert(
            "host",
            http::HeaderValue::from_static("other.amazonaws.com"),
        );
        assert!(bad_signature(case.verify()), "{}: host changed", case.name);
        case.headers.insert("host", host);

        if !case.body.is_empty() {
            case.body.push(b'x');
            assert!(bad_signature(case.verify()), "{}: body changed", case.name);
        }
    }
}

#[test]
fn sigv4_cases_verify_and_tampered_ones_do_not() {
    every_case_verifies_and_no_tampered_one_does("v4", Scheme::SigV4);
}

#[test]
fn sigv4a_cases_verify_and_tampered_ones_do_not() {
    every_case_verifies_and_no_tampered_one_does("v4a", Scheme::SigV4a);
}

/// An UNSIGNED-PAYLOAD request (signed by aws-sigv4 with the literal in `x-amz-content-sha256`):
/// verified against the literal, so its body is not covered; a claimed hash that is not the body's
/// is refused.
#[test]
fn unsigned_payload_is_verified_against_the_literal() {
    use aws_sigv4::http_request::{
        PayloadChecksumKind, SignableBody, SignableRequest, SigningSettings, sign,
    };
    let case = cases("v4").remove(0);
    let identity = aws_credential_types::Credentials::new(
        case.principal.access_key_id.clone(),
        case.principal.secret_access_key.clone(),
        None,
        None,
        "suite",
    )
    .into();
    let mut settings = SigningSettings::default();
    settings.payload_checksum_kind = PayloadChecksumKind::XAmzSha256;
    let params = aws_sigv4::sign::v4::SigningParams::builder()
        .identity(&identity)
        .region("us-east-1")
        .name("service")
        .time(case.now)
        .settings(settings)
        .build()
        .unwrap()
        .into();
    let mut req = http::Request::builder()
        .method("POST")
        .uri("https://example.amazonaws.com/")
        .header("host", "example.amazonaws.com")
        .body(b"{\"a\":1}".to_vec())
        .unwrap();
    let signable = SignableRequest::new(
        "POST",
        "https://example.amazonaws.com/",
        [("host", "example.amazonaws.com")].into_iter(),
        SignableBody::UnsignedPayload,
    )
    .unwrap();
    let (instructions, _) = sign(signable, &params).unwrap().into_parts();
    instructions.apply_to_request_http1x(&mut req);
    assert_eq!(req.headers()["x-amz-content-sha256"], "UNSIGNED-PAYLOAD");
    let verify = |headers: &http::HeaderMap, body: &[u8]| {
        let request = SignedRequest {
            method: "POST",
            path: "/",
            query: "",
            headers,
            body,
        };
        sigv4::verify(
            &request,
            |key| (key == case.principal.access_key_id).then_some(&case.principal),
            case.now,
        )
    };
    assert!(verify(req.headers(), req.body()).is_ok());
    assert!(
        verify(req.headers(), b"{\"a\":2}").is_ok(),
        "the body is not signed"
    );
    let mut claimed = req.headers().clone();
    claimed.insert(
        "x-amz-content-sha256",
        http::HeaderValue::from_static(
            "0000000000000000000000000000000000000000000000000000000000000000",
        ),
    );
    assert!(bad_signature(verify(&claimed, req.body())));
}
