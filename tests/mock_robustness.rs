//! The mock's request path under hostile input: whatever bytes, headers and targets arrive, it answers a
//! well-formed AWS error (or a success), never a 5xx, never a panic. `PCC_ROBUSTNESS_CASES` sets the cases.
mod common;

use std::time::SystemTime;

use pcc_conformance::wire::{Response, build_raw_request, sigv4};
use proptest::{prelude::*, test_runner::TestRunner};
use serde_json::Value;

fn hostile_body() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..300),
        "\\PC{0,200}".prop_map(String::into_bytes),
        (1usize..3000).prop_map(|n| format!("{}{}", "[".repeat(n), "]".repeat(n)).into_bytes()),
        (1usize..3000).prop_map(|n| "{\"a\":".repeat(n).into_bytes()),
        (0usize..200_000)
            .prop_map(|n| format!("{{\"catalog\": \"{}\"}}", "x".repeat(n)).into_bytes()),
        "[0-9]{1,400}".prop_map(
            |d| format!("{{\"maxResults\": {d}, \"catalog\": \"Sandbox\"}}").into_bytes()
        ),
        Just(b"{\"catalog\": \"Sandbox\", \"catalog\": \"AWS\", \"catalog\": 3}".to_vec()),
        Just(b"{\"catalog\": \"Sand\xffbox\"}".to_vec()),
        Just(b"{\"catalog\": \"Sandbox\"".to_vec()),
        Just(b"null".to_vec()),
        Just(b"\"a string\"".to_vec()),
        Just(
            br#"{"catalog":"Sandbox","tags":[{"key":"k","value":"v"}],"resourceArn":null}"#
                .to_vec()
        ),
    ]
}

fn target() -> impl Strategy<Value = String> {
    let known = Just("PartnerCentralChannel.ListProgramManagementAccounts".to_string());
    prop_oneof![
        3 => known,
        1 => Just("PartnerCentralChannel.CreateRelationship".to_string()),
        1 => Just("PartnerCentralAccount.CancelConnection".to_string()),
        1 => "[ -~]{0,80}",
        1 => Just("PartnerCentralChannel.".to_string()),
    ]
}

fn content_type() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => Just("application/x-amz-json-1.0".to_string()),
        1 => Just("application/json".to_string()),
        1 => Just("text/plain; charset=\u{0}".replace('\u{0}', "x")),
        1 => "[ -~]{0,40}",
    ]
}

fn well_formed(r: &Response) -> Result<(), String> {
    if r.status >= 500 {
        return Err(format!(
            "a {} answer: {}",
            r.status,
            String::from_utf8_lossy(&r.body)
        ));
    }
    if r.request_id().is_none() {
        return Err("no x-amzn-RequestId".into());
    }
    if r.header("content-type") != Some("application/x-amz-json-1.0") {
        return Err(format!("content type {:?}", r.header("content-type")));
    }
    let body: &Value = r.json.as_ref().ok_or("the answer is not JSON")?;
    if !r.is_success() {
        let kind = body
            .get("__type")
            .and_then(Value::as_str)
            .ok_or("no __type")?;
        if kind.is_empty()
            || body
                .get("message")
                .or_else(|| body.get("Message"))
                .and_then(Value::as_str)
                .is_none()
        {
            return Err(format!("error without a type or message: {body}"));
        }
    }
    Ok(())
}

/// An answer to a request whose target names an operation is checked as any answer of that operation
/// is (declared error, its status and schema); other targets must get a common AWS error.
fn conforms(target: &str, r: &Response) -> Result<(), String> {
    let contract = pcc_conformance::spec::Contract::embedded();
    match contract.catalog.by_target(target) {
        Some(op) => {
            let violations = contract.check_exchange(op, &r.observed());
            match violations.is_empty() {
                true => Ok(()),
                false => Err(format!(
                    "{} answered against the contract: {violations:?}",
                    op.name
                )),
            }
        }
        None if r.is_success() => Err(format!("an unknown target {target:?} succeeded")),
        None => match r.error_type.as_deref() {
            Some(t) if contract.catalog.common_errors.contains_key(t) => Ok(()),
            other => Err(format!("an unknown target {target:?} got {other:?}")),
        },
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_requests_get_well_formed_aws_answers() {
    let m = common::mock().await;
    let url = m.url();
    let cases: u32 = std::env::var("PCC_ROBUSTNESS_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(300);
    let handle = tokio::runtime::Handle::current();
    let outcome = tokio::task::spawn_blocking(move || {
        let mut runner = TestRunner::new(proptest::test_runner::Config {
            cases,
            failure_persistence: None,
            ..Default::default()
        });
        let result = runner.run(
            &(hostile_body(), target(), content_type(), any::<bool>()),
            |(body, target, ct, sign)| {
                let mut req = build_raw_request(
                    &url,
                    "PartnerCentralChannel.ListProgramManagementAccounts",
                    body,
                );
                if let Ok(v) = http::HeaderValue::from_str(&target) {
                    req.headers_mut().insert("x-amz-target", v);
                }
                if let Ok(v) = http::HeaderValue::from_str(&ct) {
                    req.headers_mut().insert("content-type", v);
                }
                let service = if target.starts_with("PartnerCentralAccount") {
                    "partnercentral-account"
                } else {
                    "partnercentral-channel"
                };
                if sign {
                    sigv4::sign(
                        &mut req,
                        &common::principal("sender"),
                        service,
                        "us-east-1",
                        sigv4::Scheme::SigV4,
                        SystemTime::now(),
                    )
                    .unwrap();
                }
                let r = handle
                    .block_on(common::client(&url).send(req))
                    .map_err(|e| TestCaseError::fail(e.to_string()))?;
                well_formed(&r).map_err(TestCaseError::fail)?;
                conforms(&target, &r).map_err(TestCaseError::fail)
            },
        );
        (result, cases)
    })
    .await
    .unwrap();
    if let (Err(e), _) = outcome {
        panic!("{e}");
    }
    // The mock is still up and answering after all of it.
    let health = pcc_conformance::client::http_builder()
        .build()
        .unwrap()
        .get(format!("{}/_mock/health", m.url()))
        .send()
        .await
        .unwrap();
    assert_eq!(health.status(), 200);
}

/// One snapshot per class of bad input, so a change of an error's shape shows in review.
#[tokio::test]
async fn error_bodies_by_class_of_bad_input() {
    let m = common::mock().await;
    let url = m.url();
    let list = "PartnerCentralChannel.ListProgramManagementAccounts";
    let now = SystemTime::now();
    let ok = br#"{"catalog":"Sandbox"}"#.to_vec();
    let mut bodies = serde_json::Map::new();
    let mut keep = |name: &str, r: Response| {
        bodies.insert(
            name.into(),
            serde_json::json!({"status": r.status, "body": r.json}),
        );
    };
    keep(
        "malformedJson",
        common::raw(
            &url,
            list,
            b"{\"catalog\":".to_vec(),
            "partnercentral-channel",
            now,
            |_| {},
        )
        .await,
    );
    keep(
        "notAnObject",
        common::raw(
            &url,
            list,
            b"[1]".to_vec(),
            "partnercentral-channel",
            now,
            |_| {},
        )
        .await,
    );
    keep(
        "unknownOperation",
        common::raw(
            &url,
            "PartnerCentralChannel.Nope",
            ok.clone(),
            "partnercentral-channel",
            now,
            |_| {},
        )
        .await,
    );
    keep(
        "missingAuthentication",
        common::raw(&url, list, ok.clone(), "partnercentral-channel", now, |r| {
            r.headers_mut().remove("authorization");
        })
        .await,
    );
    keep(
        "wrongContentType",
        common::raw(&url, list, ok.clone(), "partnercentral-channel", now, |r| {
            r.headers_mut()
                .insert("content-type", "application/json".parse().unwrap());
        })
        .await,
    );
    keep(
        "wrongService",
        common::raw(
            &url,
            list,
            ok.clone(),
            "partnercentral-account",
            now,
            |_| {},
        )
        .await,
    );
    keep(
        "requestValidation",
        common::raw(
            &url,
            list,
            br#"{"catalog":"Sandbox","maxResults":0,"programs":["X"]}"#.to_vec(),
            "partnercentral-channel",
            now,
            |_| {},
        )
        .await,
    );
    keep(
        "businessValidation",
        common::raw(
            &url,
            list,
            br#"{"catalog":"Nowhere"}"#.to_vec(),
            "partnercentral-channel",
            now,
            |_| {},
        )
        .await,
    );
    keep(
        "notFound",
        common::call(
            &url,
            "sender",
            "DeleteProgramManagementAccount",
            serde_json::json!({"catalog": "Sandbox", "identifier": "pma-zzzzzzzzzzzzz"}),
        )
        .await,
    );
    keep(
        "accountApiNotFound",
        common::call(
            &url,
            "sender",
            "GetConnection",
            serde_json::json!({"Catalog": "Sandbox", "Identifier": "pac-ZZZZZZZZZZZZZ"}),
        )
        .await,
    );
    keep(
        "accountApiValidation",
        common::call(
            &url,
            "sender",
            "GetConnection",
            serde_json::json!({"Catalog": "Sandbox", "Identifier": "x"}),
        )
        .await,
    );
    insta::assert_json_snapshot!("error_bodies_by_class", Value::Object(bodies));
}
