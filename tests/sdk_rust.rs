//! The official Rust SDK against the mock with the default principals: a PMA created, listed, updated,
//! tagged and deleted, with the SDK's default auth (SigV4a first) and forced to SigV4.
mod common;

use aws_sdk_partnercentralchannel::{
    Client, Config,
    config::{BehaviorVersion, Credentials, Region},
    types::{Program, Tag},
};
use aws_smithy_runtime_api::client::auth::AuthSchemeId;
use serde_json::Value;

fn sdk(url: &str, force_sigv4: bool) -> Client {
    let p = common::principal("sender");
    let mut b = Config::builder()
        .behavior_version(BehaviorVersion::latest())
        .region(Region::new("us-east-1"))
        .endpoint_url(url)
        .credentials_provider(Credentials::new(
            p.access_key_id,
            p.secret_access_key,
            None,
            None,
            "test",
        ));
    if force_sigv4 {
        b = b.auth_scheme_preference([AuthSchemeId::from("sigv4")]);
    }
    Client::from_conf(b.build())
}

async fn lifecycle(force_sigv4: bool) -> Vec<String> {
    let m = common::mock().await;
    let c = sdk(&m.url(), force_sigv4);
    let created = c
        .create_program_management_account()
        .catalog("Sandbox")
        .program(Program::Distribution)
        .display_name("SDK PMA")
        .account_id("135792468013")
        .send()
        .await
        .expect("create");
    let detail = created.program_management_account_detail().expect("detail");
    let (id, arn) = (
        detail.id().unwrap().to_string(),
        detail.arn().unwrap().to_string(),
    );
    assert!(id.starts_with("pma-"));
    let listed = c
        .list_program_management_accounts()
        .catalog("Sandbox")
        .send()
        .await
        .expect("list");
    let item = listed
        .items()
        .iter()
        .find(|i| i.id() == Some(id.as_str()))
        .expect("listed");
    assert_eq!(item.program(), Some(&Program::Distribution));
    assert!(item.created_at().is_some(), "timestamps parse");
    let updated = c
        .update_program_management_account()
        .catalog("Sandbox")
        .identifier(&id)
        .revision("1")
        .display_name("Renamed")
        .send()
        .await
        .expect("update");
    assert_eq!(
        updated
            .program_management_account_detail()
            .unwrap()
            .revision(),
        Some("2")
    );
    c.tag_resource()
        .resource_arn(&arn)
        .tags(Tag::builder().key("team").value("sdk").build().unwrap())
        .send()
        .await
        .expect("tag");
    let tags = c
        .list_tags_for_resource()
        .resource_arn(&arn)
        .send()
        .await
        .expect("list tags");
    assert_eq!(tags.tags()[0].value(), "sdk");
    c.untag_resource()
        .resource_arn(&arn)
        .tag_keys("team")
        .send()
        .await
        .expect("untag");
    c.delete_program_management_account()
        .catalog("Sandbox")
        .identifier(&id)
        .send()
        .await
        .expect("delete");
    let err = c
        .update_program_management_account()
        .catalog("Sandbox")
        .identifier(&id)
        .send()
        .await
        .expect_err("gone");
    assert!(err.into_service_error().is_resource_not_found_exception());
    let log: Value = reqwest::get(format!("{}/_mock/requests", m.url()))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    log["requests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["signing"].as_str().unwrap_or("").to_string())
        .collect()
}

#[tokio::test]
async fn the_sdk_with_its_default_auth_manages_a_pma() {
    let schemes = lifecycle(false).await;
    assert!(
        schemes.iter().all(|s| s == "sigv4a"),
        "default auth is SigV4a: {schemes:?}"
    );
}

#[tokio::test]
async fn the_sdk_forced_to_sigv4_manages_a_pma() {
    let schemes = lifecycle(true).await;
    assert!(schemes.iter().all(|s| s == "sigv4"), "{schemes:?}");
}
