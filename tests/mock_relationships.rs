//! Relationships under load: concurrent updates lose no write; paging 10,000 relationships while they are
//! written returns each exactly once.
mod common;

use std::collections::HashMap;

use common::{call, mock};
use pcc_conformance::{
    mock::{call::Call, relationship},
    spec::Contract,
    wire::default_principals,
};
use serde_json::{Value, json};

async fn pma(url: &str) -> String {
    let r = call(
        url,
        "sender",
        "CreateProgramManagementAccount",
        json!({"catalog": "Sandbox", "program": "DISTRIBUTION", "displayName": "p", "accountId": "123456789012"}),
    )
    .await;
    r.json.unwrap()["programManagementAccountDetail"]["id"]
        .as_str()
        .unwrap()
        .to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_updates_with_revisions_lose_no_write() {
    let m = mock().await;
    let url = m.url();
    let pma = pma(&url).await;
    let created = call(
        &url,
        "sender",
        "CreateRelationship",
        json!({"catalog": "Sandbox", "associationType": "INTERNAL", "programManagementAccountIdentifier": pma,
               "associatedAccountId": "111111111111", "displayName": "start", "sector": "COMMERCIAL"}),
    )
    .await;
    let rs = created.json.unwrap()["relationshipDetail"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let key =
        json!({"catalog": "Sandbox", "programManagementAccountIdentifier": pma, "identifier": rs});
    let mut tasks = Vec::new();
    for i in 0..32 {
        let (url, key) = (url.clone(), key.clone());
        tasks.push(tokio::spawn(async move {
            let mut conflicts = 0;
            loop {
                let got = call(&url, "sender", "GetRelationship", key.clone())
                    .await
                    .json
                    .unwrap();
                let revision = got["relationshipDetail"]["revision"]
                    .as_str()
                    .unwrap()
                    .to_string();
                let mut update = key.clone();
                update["revision"] = json!(revision);
                update["displayName"] = json!(format!("task-{i}"));
                let r = call(&url, "sender", "UpdateRelationship", update).await;
                match r.error_type.as_deref() {
                    None => {
                        return (
                            i,
                            r.json.unwrap()["relationshipDetail"]["revision"]
                                .as_str()
                                .unwrap()
                                .to_string(),
                            conflicts,
                        );
                    }
                    Some("ConflictException") => conflicts += 1,
                    Some(other) => panic!("unexpected {other}"),
                }
            }
        }));
    }
    let mut by_revision: HashMap<u64, usize> = HashMap::new();
    let mut conflicts = 0;
    for t in tasks {
        let (task, revision, c) = t.await.unwrap();
        conflicts += c;
        assert!(
            by_revision
                .insert(revision.parse().unwrap(), task)
                .is_none(),
            "revision {revision} granted twice"
        );
    }
    let revisions: Vec<u64> = {
        let mut r: Vec<u64> = by_revision.keys().copied().collect();
        r.sort();
        r
    };
    assert_eq!(
        revisions,
        (2..=33).collect::<Vec<u64>>(),
        "every successful update got its own revision"
    );
    let last = call(&url, "sender", "GetRelationship", key)
        .await
        .json
        .unwrap();
    assert_eq!(last["relationshipDetail"]["revision"], "33");
    assert_eq!(
        last["relationshipDetail"]["displayName"],
        format!("task-{}", by_revision[&33])
    );
    eprintln!("32 updates, {conflicts} conflicts retried");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn paging_ten_thousand_relationships_while_writing_returns_each_exactly_once() {
    let m = mock().await;
    let url = m.url();
    let pma = pma(&url).await;
    let contract = Contract::embedded();
    let sender = default_principals().remove(0);
    let create = contract.operation("CreateRelationship").unwrap();
    let mut ids = Vec::new();
    {
        let mut store = m.state().store.write().unwrap();
        for i in 0..10_000u64 {
            let input = json!({"catalog": "Sandbox", "associationType": "END_CUSTOMER", "programManagementAccountIdentifier": pma,
                               "associatedAccountId": format!("{:012}", i), "displayName": "bulk", "sector": "COMMERCIAL"});
            let call = Call {
                caller: &sender,
                op: create,
                input: &input,
                now: time::OffsetDateTime::now_utc(),
            };
            let out = relationship::create(&mut store, &call).unwrap();
            ids.push(
                out["relationshipDetail"]["id"]
                    .as_str()
                    .unwrap()
                    .to_string(),
            );
        }
    }
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut request = json!({"catalog": "Sandbox", "maxResults": 100, "displayNames": ["bulk"]});
    let mut pages = 0;
    loop {
        let page = call(&url, "sender", "ListRelationships", request.clone())
            .await
            .json
            .unwrap();
        pages += 1;
        for item in page["items"].as_array().unwrap() {
            *seen
                .entry(item["id"].as_str().unwrap().to_string())
                .or_default() += 1;
        }
        // Between pages: rename (move) an item not yet seen, and create a new one.
        let victim = &ids[(pages * 37) % ids.len()];
        let update = json!({"catalog": "Sandbox", "programManagementAccountIdentifier": pma, "identifier": victim, "displayName": "bulk"});
        assert!(
            call(&url, "sender", "UpdateRelationship", update)
                .await
                .is_success()
        );
        let new = json!({"catalog": "Sandbox", "associationType": "INTERNAL", "programManagementAccountIdentifier": pma,
                         "associatedAccountId": format!("{:012}", 50_000 + pages), "displayName": "bulk", "sector": "COMMERCIAL"});
        assert!(
            call(&url, "sender", "CreateRelationship", new)
                .await
                .is_success()
        );
        match page.get("nextToken").and_then(Value::as_str) {
            Some(t) => request["nextToken"] = json!(t),
            None => break,
        }
    }
    assert_eq!(pages, 100);
    assert_eq!(
        seen.len(),
        10_000,
        "every relationship that existed at the first page, and no other"
    );
    assert!(seen.values().all(|&n| n == 1), "each exactly once");
    assert!(ids.iter().all(|id| seen.contains_key(id)));
}

async fn seed(url: &str, body: Value) -> (u16, Value) {
    let r = pcc_conformance::client::http_builder()
        .build()
        .unwrap()
        .post(format!("{url}/_mock/seed"))
        .json(&body)
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.json().await.unwrap())
}

/// The bulk seed makes resources as calls do: listed, paged, indexed for duplicates and pending twins.
#[tokio::test]
async fn seeded_resources_behave_as_created_ones() {
    let m = mock().await;
    let url = m.url();
    let (status, made) = seed(
        &url,
        json!({"programManagementAccounts": 2, "relationships": 250, "handshakes": 5}),
    )
    .await;
    assert_eq!(status, 201, "{made}");
    assert_eq!(made["relationships"], 250);
    assert!(made["itemsPerSecond"].as_f64().unwrap() > 0.0);
    let mut seen = std::collections::HashSet::new();
    let mut token: Option<String> = None;
    loop {
        let mut body = json!({"catalog": "Sandbox", "maxResults": 100});
        if let Some(t) = &token {
            body["nextToken"] = json!(t);
        }
        let page = call(&url, "sender", "ListRelationships", body)
            .await
            .json
            .unwrap();
        for item in page["items"].as_array().unwrap() {
            assert!(seen.insert(item["id"].as_str().unwrap().to_string()));
        }
        match page["nextToken"].as_str() {
            Some(t) => token = Some(t.to_string()),
            None => break,
        }
    }
    assert_eq!(seen.len(), 250);
    // A second START for a relationship whose seeded handshake is still pending is a conflict.
    let relationship = made["firstIds"]["relationships"][0].as_str().unwrap();
    let handshakes = call(&url, "sender", "ListChannelHandshakes",
        json!({"catalog": "Sandbox", "handshakeType": "START_SERVICE_PERIOD", "participantType": "SENDER"})).await;
    let listed = handshakes.json.unwrap()["items"].as_array().unwrap().len();
    assert_eq!(listed, 5);
    let pma = made["firstIds"]["programManagementAccounts"][0]
        .as_str()
        .unwrap();
    let twin = call(
        &url,
        "sender",
        "CreateChannelHandshake",
        json!({"catalog": "Sandbox",
        "handshakeType": "START_SERVICE_PERIOD", "associatedResourceIdentifier": relationship,
        "payload": {"startServicePeriodPayload": {"programManagementAccountIdentifier": pma,
                    "servicePeriodType": "MINIMUM_NOTICE_PERIOD", "minimumNoticeDays": "30"}}}),
    )
    .await;
    assert_eq!(twin.status, 409, "{:?}", twin.json);
    // A second seed continues the account ids: no duplicate refused.
    let (status, more) = seed(&url, json!({"relationships": 100})).await;
    assert_eq!(
        (status, &more["relationships"]),
        (201, &json!(100)),
        "{more}"
    );
}

#[tokio::test]
async fn a_seed_that_cannot_be_made_is_refused_with_the_reason() {
    let m = mock().await;
    let url = m.url();
    for (body, says) in [
        (
            json!({"relationships": 5}),
            "need a program management account",
        ),
        (
            json!({"principal": "nobody", "programManagementAccounts": 1}),
            "no principal named 'nobody'",
        ),
        (json!({"relationships": 3_000_000}), "at most 2000000"),
        (
            json!({"programManagementAccounts": 1, "relationships": 1, "handshakes": 2}),
            "handshakes need",
        ),
        (
            json!({"catalog": "Prod", "programManagementAccounts": 1}),
            "catalog 'Prod'",
        ),
        (json!({"relationship": 1}), "unknown field"),
    ] {
        let (status, answer) = seed(&url, body.clone()).await;
        let message = answer["error"].as_str().unwrap_or_default();
        assert!(status == 400 || status == 409, "{body}: {status}");
        assert!(message.contains(says), "{body}: {message}");
    }
}
