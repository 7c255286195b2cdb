//! The mock's front door: every class of bad input gets the right AWS error, and every response its request id.
mod common;

use std::time::{Duration, SystemTime};

use common::{call, example, mock, raw};
use serde_json::{Value, json};

const CREATE: &str = "PartnerCentralChannel.CreateProgramManagementAccount";
const SERVICE: &str = "partnercentral-channel";

fn body() -> Vec<u8> {
    let mut e = example("CreateProgramManagementAccount");
    e["accountId"] = json!("210987654321");
    serde_json::to_vec(&e).unwrap()
}

fn assert_error(r: &pcc_conformance::wire::Response, status: u16, error: &str) {
    assert_eq!(
        r.status,
        status,
        "status of {error}: body {:?}",
        String::from_utf8_lossy(&r.body)
    );
    assert_eq!(r.error_type.as_deref(), Some(error));
    assert!(
        r.request_id().is_some_and(|id| !id.is_empty()),
        "x-amzn-RequestId on {error}"
    );
    assert_eq!(r.header("content-type"), Some("application/x-amz-json-1.0"));
    assert!(
        r.error_message().is_some_and(|m| !m.is_empty()),
        "{error} has a message"
    );
}

#[tokio::test]
async fn a_signed_valid_request_succeeds_with_a_request_id() {
    let m = mock().await;
    let r = raw(&m.url(), CREATE, body(), SERVICE, SystemTime::now(), |_| {}).await;
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    let id = uuid::Uuid::parse_str(r.request_id().unwrap()).expect("the request id is a UUID");
    assert_eq!(id.get_version_num(), 4, "a random (version 4) UUID");
    assert!(
        r.json
            .as_ref()
            .unwrap()
            .pointer("/programManagementAccountDetail/id")
            .is_some()
    );
}

#[tokio::test]
async fn missing_authentication_is_refused() {
    let m = mock().await;
    let r = raw(
        &m.url(),
        CREATE,
        body(),
        SERVICE,
        SystemTime::now(),
        |req| {
            req.headers_mut().remove("authorization");
        },
    )
    .await;
    assert_error(&r, 403, "MissingAuthenticationTokenException");
}

#[tokio::test]
async fn an_unknown_access_key_is_unrecognized() {
    let m = mock().await;
    let r = raw(
        &m.url(),
        CREATE,
        body(),
        SERVICE,
        SystemTime::now(),
        |req| {
            let auth = req.headers()["authorization"]
                .to_str()
                .unwrap()
                .replace("AKIASENDER0000000001", "AKIANOBODY0000000001");
            req.headers_mut()
                .insert("authorization", auth.parse().unwrap());
        },
    )
    .await;
    assert_error(&r, 403, "UnrecognizedClientException");
}

#[tokio::test]
async fn a_bad_signature_or_a_body_changed_after_signing_is_invalid() {
    let m = mock().await;
    let r = raw(
        &m.url(),
        CREATE,
        body(),
        SERVICE,
        SystemTime::now(),
        |req| {
            let auth = req.headers()["authorization"].to_str().unwrap().to_string();
            let (head, sig) = auth.rsplit_once("Signature=").unwrap();
            let flipped: String = sig.chars().rev().collect();
            req.headers_mut().insert(
                "authorization",
                format!("{head}Signature={flipped}").parse().unwrap(),
            );
        },
    )
    .await;
    assert_error(&r, 403, "InvalidSignatureException");
    let r = raw(
        &m.url(),
        CREATE,
        body(),
        SERVICE,
        SystemTime::now(),
        |req| {
            *req.body_mut() = req
                .body()
                .iter()
                .map(|b| if *b == b'E' { b'F' } else { *b })
                .collect();
        },
    )
    .await;
    assert_error(&r, 403, "InvalidSignatureException");
}

#[tokio::test]
async fn a_request_signed_more_than_15_minutes_away_is_refused() {
    let m = mock().await;
    for t in [
        SystemTime::now() - Duration::from_secs(16 * 60),
        SystemTime::now() + Duration::from_secs(16 * 60),
    ] {
        let r = raw(&m.url(), CREATE, body(), SERVICE, t, |_| {}).await;
        assert_error(&r, 403, "InvalidSignatureException");
        assert!(
            r.error_message().unwrap().contains("Signature"),
            "{:?}",
            r.error_message()
        );
    }
    let r = raw(
        &m.url(),
        CREATE,
        body(),
        SERVICE,
        SystemTime::now() - Duration::from_secs(14 * 60),
        |_| {},
    )
    .await;
    assert_eq!(r.status, 200);
}

#[tokio::test]
async fn a_signature_for_another_service_is_refused() {
    let m = mock().await;
    let r = raw(
        &m.url(),
        CREATE,
        body(),
        "partnercentral-account",
        SystemTime::now(),
        |_| {},
    )
    .await;
    assert_error(&r, 403, "InvalidSignatureException");
}

#[tokio::test]
async fn unknown_or_missing_targets_are_unknown_operations() {
    let m = mock().await;
    for target in [
        "PartnerCentralChannel.DoSomething",
        "partnercentralchannel.CreateProgramManagementAccount",
        "",
    ] {
        let r = raw(&m.url(), target, body(), SERVICE, SystemTime::now(), |_| {}).await;
        assert_error(&r, 400, "UnknownOperationException");
    }
}

#[tokio::test]
async fn malformed_json_and_wrong_content_types_are_serialization_errors() {
    let m = mock().await;
    for bad in [&b"{\"catalog\": "[..], b"[1, 2]", b"\xff\xfe"] {
        let r = raw(
            &m.url(),
            CREATE,
            bad.to_vec(),
            SERVICE,
            SystemTime::now(),
            |_| {},
        )
        .await;
        assert_error(&r, 400, "SerializationException");
    }
    let mut req = pcc_conformance::wire::build_raw_request(&m.url(), CREATE, body());
    req.headers_mut()
        .insert("content-type", "application/json".parse().unwrap());
    pcc_conformance::wire::sigv4::sign(
        &mut req,
        &common::principal("sender"),
        SERVICE,
        "us-east-1",
        pcc_conformance::wire::sigv4::Scheme::SigV4,
        SystemTime::now(),
    )
    .unwrap();
    let r = common::client(&m.url()).send(req).await.unwrap();
    assert_error(&r, 400, "SerializationException");
}

#[tokio::test]
async fn a_body_over_one_mebibyte_is_refused_clearly() {
    let m = mock().await;
    let big = format!("{{\"catalog\": \"{}\"}}", "a".repeat(1024 * 1024 + 10)).into_bytes();
    let r = raw(&m.url(), CREATE, big, SERVICE, SystemTime::now(), |_| {}).await;
    assert_error(&r, 413, "RequestEntityTooLargeException");
    assert!(r.error_message().unwrap().contains("1 MiB"));
}

#[tokio::test]
async fn validation_errors_use_aws_wording_and_list_every_field() {
    let m = mock().await;
    let mut req = example("CreateProgramManagementAccount");
    req["program"] = json!("RESELLER");
    req.as_object_mut().unwrap().remove("accountId");
    let r = call(&m.url(), "sender", "CreateProgramManagementAccount", req).await;
    assert_error(&r, 400, "ValidationException");
    let body = r.json.unwrap();
    assert_eq!(body["reason"], "REQUEST_VALIDATION_FAILED");
    insta::assert_json_snapshot!("validation_error_body", body);
}

#[tokio::test]
async fn an_operation_of_the_contract_the_mock_does_not_serve_names_itself() {
    // A contract given with --schemas may name an operation this mock has no handler for.
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/schemas");
    let mut files = Vec::new();
    for entry in walk(std::path::Path::new(root)) {
        let rel = entry
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .to_string();
        files.push((rel, std::fs::read_to_string(&entry).unwrap()));
    }
    let catalog = files.iter_mut().find(|(p, _)| p == "catalog.json").unwrap();
    let mut doc: Value = serde_json::from_str(&catalog.1).unwrap();
    let mut extra = doc["operations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["name"] == "ListTagsForResource")
        .unwrap()
        .clone();
    extra["name"] = json!("DescribeNothing");
    extra["target"] = json!("PartnerCentralChannel.DescribeNothing");
    doc["operations"].as_array_mut().unwrap().push(extra);
    catalog.1 = doc.to_string();
    let contract = std::sync::Arc::new(pcc_conformance::spec::Contract::from_files(files).unwrap());
    let config = pcc_conformance::mock::MockConfig {
        contract,
        ..Default::default()
    };
    let m = pcc_conformance::mock::MockServer::start(config, "127.0.0.1:0".parse().unwrap())
        .await
        .unwrap();
    let body = serde_json::to_vec(&example("ListTagsForResource")).unwrap();
    let r = raw(
        &m.url(),
        "PartnerCentralChannel.DescribeNothing",
        body,
        SERVICE,
        SystemTime::now(),
        |_| {},
    )
    .await;
    assert_eq!(r.status, 501);
    assert_eq!(r.error_type.as_deref(), Some("NotImplementedException"));
    assert!(r.error_message().unwrap().contains("DescribeNothing"));
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[tokio::test]
async fn the_admin_api_reports_health_dumps_state_resets_and_moves_the_clock() {
    let m = mock().await;
    let http = pcc_conformance::client::http_builder().build().unwrap();
    let health: Value = http
        .get(format!("{}/_mock/health", m.url()))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(health["status"], "ok");
    let r = raw(&m.url(), CREATE, body(), SERVICE, SystemTime::now(), |_| {}).await;
    assert_eq!(r.status, 200);
    let state: Value = http
        .get(format!("{}/_mock/state", m.url()))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        state["programManagementAccounts"].as_array().unwrap().len(),
        1
    );
    let log: Value = http
        .get(format!("{}/_mock/requests", m.url()))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        log["requests"][0]["operation"],
        "CreateProgramManagementAccount"
    );
    let clock: Value = http
        .post(format!("{}/_mock/clock", m.url()))
        .body("{\"advanceDays\": 31}")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(clock["offsetSeconds"], 31 * 86_400);
    let bad = http
        .post(format!("{}/_mock/clock", m.url()))
        .body("{\"advanceDays\": -1}")
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 400);
    http.post(format!("{}/_mock/reset", m.url()))
        .send()
        .await
        .unwrap();
    let state: Value = http
        .get(format!("{}/_mock/state", m.url()))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        state["programManagementAccounts"].as_array().unwrap().len(),
        0
    );
}

#[tokio::test]
async fn sigv4a_requests_verify_too() {
    let m = mock().await;
    let mut req = pcc_conformance::wire::build_raw_request(&m.url(), CREATE, body());
    pcc_conformance::wire::sigv4::sign(
        &mut req,
        &common::principal("sender"),
        SERVICE,
        "us-east-1",
        pcc_conformance::wire::sigv4::Scheme::SigV4a,
        SystemTime::now(),
    )
    .unwrap();
    let r = common::client(&m.url()).send(req).await.unwrap();
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
}

/// The clock's moves are bounded in all, not one by one: past the bound, a 400 names it and every call
/// (and the clock itself) still answers.
#[tokio::test]
async fn the_clock_cannot_be_moved_past_what_it_can_write() {
    let m = common::mock().await;
    let http = pcc_conformance::client::http_builder().build().unwrap();
    let advance = |days: u64| {
        http.post(format!("{}/_mock/clock", m.url()))
            .body(format!("{{\"advanceDays\": {days}}}"))
            .send()
    };
    assert_eq!(advance(36_500).await.unwrap().status(), 200);
    let refused = advance(36_500).await.unwrap();
    assert_eq!(refused.status(), 400);
    let body: Value = refused.json().await.unwrap();
    let message = body["error"].as_str().unwrap();
    assert!(
        message.contains("at most 36500 days ahead in all"),
        "{message}"
    );
    for _ in 0..80 {
        advance(36_500).await.unwrap();
    }
    let clock: Value = http
        .get(format!("{}/_mock/clock", m.url()))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(clock["offsetSeconds"], 36_500u64 * 86_400);
    let r = common::call(
        &m.url(),
        "sender",
        "CreateProgramManagementAccount",
        common::example("CreateProgramManagementAccount"),
    )
    .await;
    assert_eq!(
        r.status, 200,
        "a request that reads the clock is still answered"
    );
}
