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
    sdk_as(url, "sender", force_sigv4)
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
    let log: Value = pcc_conformance::client::http_builder()
        .build()
        .unwrap()
        .get(format!("{}/_mock/requests", m.url()))
        .send()
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
    assert!(!schemes.is_empty(), "the SDK's calls reached the mock");
    assert!(
        schemes.iter().all(|s| s == "sigv4a"),
        "default auth is SigV4a: {schemes:?}"
    );
}

#[tokio::test]
async fn the_sdk_forced_to_sigv4_manages_a_pma() {
    let schemes = lifecycle(true).await;
    assert!(!schemes.is_empty(), "the SDK's calls reached the mock");
    assert!(schemes.iter().all(|s| s == "sigv4"), "{schemes:?}");
}

fn sdk_as(url: &str, who: &str, force_sigv4: bool) -> Client {
    let p = common::principal(who);
    let mut b = Config::builder()
        .behavior_version(BehaviorVersion::latest())
        .http_client(pcc_conformance::client::sdk_http_client())
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

/// Every Channel operation, as two accounts, through the SDK's own types. Every call's answer must be
/// read (a success as its output, an error as the modeled error it is); with `plain`, what the answers
/// say is held too (curveballs change enum values and pages, which an SDK must read but cannot keep).
async fn every_channel_operation(url: &str, force_sigv4: bool, plain: bool) {
    use aws_sdk_partnercentralchannel::types::*;
    let sender = sdk_as(url, "sender", force_sigv4);
    let receiver = sdk_as(url, "receiver", force_sigv4);
    let receiver_account = common::principal("receiver").account_id;

    // A PMA for the receiver, and its handshake accepted by the receiver.
    let pma = sender
        .create_program_management_account()
        .catalog("Sandbox")
        .program(Program::SolutionProvider)
        .display_name("SDK PMA")
        .account_id(&receiver_account)
        .tags(Tag::builder().key("k").value("v").build().unwrap())
        .send()
        .await
        .expect("create PMA");
    let pma = pma
        .program_management_account_detail()
        .unwrap()
        .id()
        .unwrap()
        .to_string();
    let hs = sender
        .create_channel_handshake()
        .catalog("Sandbox")
        .handshake_type(HandshakeType::ProgramManagementAccount)
        .associated_resource_identifier(&pma)
        .send()
        .await
        .expect("create PMA handshake");
    let hs_id = hs
        .channel_handshake_detail()
        .unwrap()
        .id()
        .unwrap()
        .to_string();
    let hs_arn = hs
        .channel_handshake_detail()
        .unwrap()
        .arn()
        .unwrap()
        .to_string();
    let seen = receiver
        .list_channel_handshakes()
        .catalog("Sandbox")
        .handshake_type(HandshakeType::ProgramManagementAccount)
        .participant_type(ParticipantType::Receiver)
        .handshake_type_filters(
            ListChannelHandshakesTypeFilters::ProgramManagementAccountTypeFilters(
                ProgramManagementAccountTypeFilters::builder()
                    .programs(Program::SolutionProvider)
                    .build(),
            ),
        )
        .handshake_type_sort(
            ListChannelHandshakesTypeSort::ProgramManagementAccountTypeSort(
                ProgramManagementAccountTypeSort::builder()
                    .sort_order(SortOrder::Ascending)
                    .sort_by(ProgramManagementAccountTypeSortName::UpdatedAt)
                    .build()
                    .unwrap(),
            ),
        )
        .send()
        .await
        .expect("list as receiver");
    if plain {
        let item = &seen.items()[0];
        assert_eq!(item.id(), Some(hs_id.as_str()));
        assert!(matches!(
            item.detail(),
            Some(HandshakeDetail::ProgramManagementAccountHandshakeDetail(_))
        ));
        assert_eq!(item.status(), Some(&HandshakeStatus::Pending));
    }
    let accepted = receiver
        .accept_channel_handshake()
        .catalog("Sandbox")
        .identifier(&hs_id)
        .send()
        .await
        .expect("accept");
    if plain {
        assert_eq!(
            accepted.channel_handshake_detail().unwrap().status(),
            Some(&HandshakeStatus::Accepted)
        );
    }
    let pmas = sender
        .list_program_management_accounts()
        .catalog("Sandbox")
        .statuses(ProgramManagementAccountStatus::Active)
        .sort(
            ListProgramManagementAccountsSortBase::builder()
                .sort_order(SortOrder::Descending)
                .sort_by(ListProgramManagementAccountsSortName::UpdatedAt)
                .build()
                .unwrap(),
        )
        .send()
        .await
        .expect("list PMAs");
    if plain {
        assert!(pmas.items()[0].start_date().is_some());
    }

    // A relationship with a support plan, read, renamed, listed.
    let plan = SupportPlan::PartnerLedSupport(
        PartnerLedSupport::builder()
            .coverage(Coverage::EntireOrganization)
            .provider(Provider::Distributor)
            .tam_location("us-east-1")
            .build()
            .unwrap(),
    );
    let rs = sender
        .create_relationship()
        .catalog("Sandbox")
        .association_type(AssociationType::EndCustomer)
        .program_management_account_identifier(&pma)
        .associated_account_id(&receiver_account)
        .display_name("SDK relationship")
        .sector(Sector::Commercial)
        .resale_account_model(ResaleAccountModel::SolutionProvider)
        .requested_support_plan(plan)
        .send()
        .await
        .expect("create relationship");
    let rs = rs.relationship_detail().unwrap().id().unwrap().to_string();
    let got = sender
        .get_relationship()
        .catalog("Sandbox")
        .program_management_account_identifier(&pma)
        .identifier(&rs)
        .send()
        .await
        .expect("get relationship");
    if plain {
        assert_eq!(
            got.relationship_detail().unwrap().sector(),
            Some(&Sector::Commercial)
        );
    }
    let updated = sender
        .update_relationship()
        .catalog("Sandbox")
        .program_management_account_identifier(&pma)
        .identifier(&rs)
        .revision("1")
        .display_name("Renamed")
        .requested_support_plan(SupportPlan::ResoldUnifiedOperations(
            ResoldUnifiedOperations::builder()
                .coverage(Coverage::ManagementAccountOnly)
                .tam_location("x")
                .build()
                .unwrap(),
        ))
        .send()
        .await
        .expect("update relationship");
    assert_eq!(updated.relationship_detail().unwrap().revision(), Some("2"));
    let listed = sender
        .list_relationships()
        .catalog("Sandbox")
        .program_management_account_identifiers(&pma)
        .association_types(AssociationType::EndCustomer)
        .sort(
            ListRelationshipsSortBase::builder()
                .sort_order(SortOrder::Ascending)
                .sort_by(ListRelationshipsSortName::UpdatedAt)
                .build()
                .unwrap(),
        )
        .max_results(10)
        .send()
        .await
        .expect("list relationships");
    if plain {
        assert_eq!(listed.items().len(), 1);
    }

    // Service periods: rejected, canceled, accepted, then revoked.
    let start = || {
        ChannelHandshakePayload::StartServicePeriodPayload(
            StartServicePeriodPayload::builder()
                .program_management_account_identifier(&pma)
                .service_period_type(ServicePeriodType::FixedCommitmentPeriod)
                .note("sdk")
                .end_date(
                    aws_sdk_partnercentralchannel::primitives::DateTime::from_secs(1_900_000_000),
                )
                .build()
                .unwrap(),
        )
    };
    let mut ids = Vec::new();
    for _ in 0..3 {
        let h = sender
            .create_channel_handshake()
            .catalog("Sandbox")
            .handshake_type(HandshakeType::StartServicePeriod)
            .associated_resource_identifier(&rs)
            .payload(start())
            .send()
            .await
            .expect("create start");
        let id = h
            .channel_handshake_detail()
            .unwrap()
            .id()
            .unwrap()
            .to_string();
        ids.push(id.clone());
        if ids.len() == 1 {
            let r = receiver
                .reject_channel_handshake()
                .catalog("Sandbox")
                .identifier(&id)
                .send()
                .await
                .expect("reject");
            if plain {
                assert_eq!(
                    r.channel_handshake_detail().unwrap().status(),
                    Some(&HandshakeStatus::Rejected)
                );
            }
        } else if ids.len() == 2 {
            let c = sender
                .cancel_channel_handshake()
                .catalog("Sandbox")
                .identifier(&id)
                .send()
                .await
                .expect("cancel");
            if plain {
                assert_eq!(
                    c.channel_handshake_detail().unwrap().status(),
                    Some(&HandshakeStatus::Canceled)
                );
            }
        } else {
            receiver
                .accept_channel_handshake()
                .catalog("Sandbox")
                .identifier(&id)
                .send()
                .await
                .expect("accept start");
        }
    }
    let listed = sender
        .list_channel_handshakes()
        .catalog("Sandbox")
        .handshake_type(HandshakeType::StartServicePeriod)
        .participant_type(ParticipantType::Sender)
        .associated_resource_identifiers(&rs)
        .max_results(1)
        .send()
        .await
        .expect("list starts");
    // The three, page by page to the end (pages a service may cut short, or end with an empty one).
    let mut pages = sender
        .list_channel_handshakes()
        .catalog("Sandbox")
        .handshake_type(HandshakeType::StartServicePeriod)
        .participant_type(ParticipantType::Sender)
        .associated_resource_identifiers(&rs)
        .into_paginator()
        .send();
    let mut all = Vec::new();
    while let Some(page) = pages.next().await {
        all.extend(page.expect("a page of starts").items().to_vec());
    }
    assert_eq!(all.len(), 3, "every start, once");
    if plain {
        assert_eq!(listed.items().len(), 1);
        assert!(listed.next_token().is_some());
        match listed.items()[0].detail() {
            Some(HandshakeDetail::StartServicePeriodHandshakeDetail(d)) => {
                assert_eq!(
                    d.service_period_type(),
                    Some(&ServicePeriodType::FixedCommitmentPeriod)
                );
                assert!(d.end_date().is_some());
            }
            other => panic!("detail {other:?}"),
        }
    }
    let revoke = sender
        .create_channel_handshake()
        .catalog("Sandbox")
        .handshake_type(HandshakeType::RevokeServicePeriod)
        .associated_resource_identifier(&rs)
        .payload(ChannelHandshakePayload::RevokeServicePeriodPayload(
            RevokeServicePeriodPayload::builder()
                .program_management_account_identifier(&pma)
                .build()
                .unwrap(),
        ))
        .send()
        .await
        .expect("create revoke");
    let revoke = revoke
        .channel_handshake_detail()
        .unwrap()
        .id()
        .unwrap()
        .to_string();
    receiver
        .accept_channel_handshake()
        .catalog("Sandbox")
        .identifier(&revoke)
        .send()
        .await
        .expect("accept revoke");

    // Tags on a handshake, and errors the SDK knows by name.
    sender
        .tag_resource()
        .resource_arn(&hs_arn)
        .tags(Tag::builder().key("a").value("b").build().unwrap())
        .send()
        .await
        .expect("tag");
    let tags = sender
        .list_tags_for_resource()
        .resource_arn(&hs_arn)
        .send()
        .await
        .expect("list tags");
    assert_eq!(tags.tags().len(), 1);
    sender
        .untag_resource()
        .resource_arn(&hs_arn)
        .tag_keys("a")
        .send()
        .await
        .expect("untag");
    let denied = sender
        .accept_channel_handshake()
        .catalog("Sandbox")
        .identifier(&revoke)
        .send()
        .await
        .expect_err("sender cannot accept");
    assert!(denied.into_service_error().is_access_denied_exception());
    let invalid = receiver
        .accept_channel_handshake()
        .catalog("Sandbox")
        .identifier(&revoke)
        .send()
        .await
        .expect_err("terminal");
    let invalid = invalid.into_service_error();
    assert!(invalid.is_validation_exception(), "{invalid:?}");
    let conflict = sender
        .delete_program_management_account()
        .catalog("Sandbox")
        .identifier(&pma)
        .send()
        .await
        .expect_err("has relationships");
    assert!(conflict.into_service_error().is_conflict_exception());

    sender
        .delete_relationship()
        .catalog("Sandbox")
        .program_management_account_identifier(&pma)
        .identifier(&rs)
        .send()
        .await
        .expect("delete relationship");
    sender
        .delete_program_management_account()
        .catalog("Sandbox")
        .identifier(&pma)
        .send()
        .await
        .expect("delete PMA");
}

#[tokio::test]
async fn the_sdk_drives_every_channel_operation_with_its_default_auth() {
    let m = common::mock().await;
    every_channel_operation(&m.url(), false, true).await;
}

#[tokio::test]
async fn the_sdk_drives_every_channel_operation_forced_to_sigv4() {
    let m = common::mock().await;
    every_channel_operation(&m.url(), true, true).await;
}

/// Every curveball kind at share 1, the SDK's retries on: every Channel operation's answer is read (a
/// success as its output, an error as its modeled error), and the kinds that break it are the ones
/// docs/sdk-authors.md's survival table names.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_channel_sdk_reads_every_answer_of_every_curveball_kind() {
    let failed = common::survival(|url| async move {
        every_channel_operation(&url, false, false).await;
    })
    .await;
    let kinds: Vec<_> = failed.iter().map(|(k, _)| *k).collect();
    assert_eq!(
        kinds,
        common::kinds_not_survived("AWS SDK for Rust, Channel"),
        "{failed:?}"
    );
}
