//! A principal's policy in the mock: IAM's refusal, errors for its first calls of each operation, and
//! quotas; principals added while serving, each with an account of its own.
mod common;

use pcc_conformance::wire::Principal;
use serde_json::{Value, json};

async fn add(url: &str, body: Value) -> (u16, Value) {
    let r = pcc_conformance::client::http_builder()
        .build()
        .unwrap()
        .post(format!("{url}/_mock/principals"))
        .json(&body)
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.json().await.unwrap())
}

async fn guest(url: &str, policy: Value) -> Principal {
    let (status, answer) = add(url, json!({"name": "guest", "policy": policy})).await;
    assert_eq!(status, 201, "{answer}");
    serde_json::from_value(answer).unwrap()
}

#[tokio::test]
async fn iam_refuses_only_the_operations_the_policy_names() {
    let m = common::mock().await;
    let p = guest(
        &m.url(),
        json!({"refuse": ["ListProgramManagementAccounts"]}),
    )
    .await;
    let refused = common::call_as(
        &m.url(),
        &p,
        "ListProgramManagementAccounts",
        common::example("ListProgramManagementAccounts"),
    )
    .await;
    assert_eq!(refused.status, 403);
    assert_eq!(refused.error_type.as_deref(), Some("AccessDeniedException"));
    let mut body = refused.json.unwrap();
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .contains("ListProgramManagementAccounts")
    );
    body["message"] = json!("[message]");
    insta::assert_json_snapshot!("access_denied_body", body);
    let allowed = common::call_as(
        &m.url(),
        &p,
        "GetConnectionPreferences",
        common::example("GetConnectionPreferences"),
    )
    .await;
    assert_eq!(allowed.status, 200);
}

#[tokio::test]
async fn the_first_calls_of_each_operation_fail_in_order_then_pass() {
    let m = common::mock().await;
    let p = guest(
        &m.url(),
        json!({"failFirst": ["ThrottlingException", "InternalServerException"]}),
    )
    .await;
    let op = "GetConnectionPreferences";
    let mut seen = Vec::new();
    for _ in 0..3 {
        let r = common::call_as(&m.url(), &p, op, common::example(op)).await;
        seen.push((r.status, r.error_type));
    }
    assert_eq!(
        seen,
        vec![
            (429, Some("ThrottlingException".into())),
            (500, Some("InternalServerException".into())),
            (200, None)
        ]
    );
    // Another operation counts its own first calls.
    let other = "ListConnections";
    let r = common::call_as(&m.url(), &p, other, common::example(other)).await;
    assert_eq!(r.error_type.as_deref(), Some("ThrottlingException"));
    assert_eq!(r.header("x-amz-retry-after"), None, "no wait named unasked");
    // A policy that names the wait sends it with each throttling.
    let named = guest(
        &m.url(),
        json!({"failFirst": ["ThrottlingException"], "retryAfterMs": 1500}),
    )
    .await;
    let r = common::call_as(&m.url(), &named, op, common::example(op)).await;
    assert_eq!(r.error_type.as_deref(), Some("ThrottlingException"));
    assert_eq!(r.header("x-amz-retry-after"), Some("1500"));
}

#[tokio::test]
async fn a_quota_counts_what_the_principal_owns() {
    let m = common::mock().await;
    let p = guest(
        &m.url(),
        json!({"quotas": {"CreateConnectionInvitation": 1}}),
    )
    .await;
    let invite = || {
        let mut body = common::example("CreateConnectionInvitation");
        body["ReceiverIdentifier"] = json!(format!("9{:011}", rand::random::<u32>()));
        body["ClientToken"] = json!(format!("t-{}", rand::random::<u64>()));
        body
    };
    let first = common::call_as(&m.url(), &p, "CreateConnectionInvitation", invite()).await;
    assert_eq!(first.status, 200, "{:?}", first.json);
    let second = common::call_as(&m.url(), &p, "CreateConnectionInvitation", invite()).await;
    assert_eq!(
        second.error_type.as_deref(),
        Some("ServiceQuotaExceededException")
    );
    let mut body = second.json.unwrap();
    body["Message"] = json!("[message]");
    insta::assert_json_snapshot!("account_quota_body", body);
    // Others are not capped.
    let sender = common::call(&m.url(), "sender", "CreateConnectionInvitation", invite()).await;
    assert_eq!(sender.status, 200);
}

#[tokio::test]
async fn a_bad_policy_is_refused_naming_the_problem_and_reset_forgets_guests() {
    let m = common::mock().await;
    let (status, answer) = add(
        &m.url(),
        json!({"name": "x", "policy": {"refuse": ["NoSuchOp"]}}),
    )
    .await;
    assert_eq!(status, 400);
    assert!(answer.to_string().contains("NoSuchOp"), "{answer}");
    let (status, answer) = add(&m.url(), json!({"name": "x", "policy": {"deny": ["*"]}})).await;
    assert_eq!(status, 400);
    assert!(answer.to_string().contains("deny"), "{answer}");
    let p = guest(&m.url(), json!({})).await;
    pcc_conformance::client::http_builder()
        .build()
        .unwrap()
        .post(format!("{}/_mock/reset", m.url()))
        .send()
        .await
        .unwrap();
    let r = common::call_as(
        &m.url(),
        &p,
        "GetConnectionPreferences",
        common::example("GetConnectionPreferences"),
    )
    .await;
    assert_eq!(r.error_type.as_deref(), Some("UnrecognizedClientException"));
}

/// The same principal on a second mock (one per service): given keys are kept, never two alike.
#[tokio::test]
async fn a_principal_added_with_its_keys_keeps_them_and_a_key_is_never_reused() {
    let m = common::mock().await;
    let keys = json!({"name": "copy", "accountId": "123456789012", "accessKeyId": "AKIACOPY0000000001", "secretAccessKey": "copy/secret"});
    let (status, answer) = add(&m.url(), keys.clone()).await;
    assert_eq!(status, 201, "{answer}");
    assert_eq!(answer["accessKeyId"], "AKIACOPY0000000001");
    assert_eq!(answer["accountId"], "123456789012");
    let (status, answer) = add(&m.url(), keys).await;
    assert_eq!(status, 400);
    assert!(
        answer["error"].as_str().unwrap().contains("already known"),
        "{answer}"
    );
    let (status, answer) = add(&m.url(), json!({"name": "half", "accessKeyId": "AKIAHALF"})).await;
    assert_eq!(status, 400);
    assert!(
        answer["error"].as_str().unwrap().contains("together"),
        "{answer}"
    );
}
