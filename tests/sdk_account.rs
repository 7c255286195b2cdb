//! The official Rust SDK for the Partner Central Account API against the strict mock, with its default
//! auth: the sender invites, the receiver lists, reads and accepts, the connection is read, listed and a
//! type canceled, a second invitation is rejected and a third withdrawn, preferences are read and
//! updated. Every request the SDK sends must be clean in the strict mock's client report.
mod common;

use aws_sdk_partnercentralaccount::{
    Client, Config,
    config::{BehaviorVersion, Credentials, Region},
    types::{AccessType, ConnectionType, ConnectionTypeStatus, InvitationStatus, ParticipantType},
};
use pcc_conformance::{report::client::ClientReport, spec::Contract};

fn sdk(url: &str, who: &str) -> Client {
    let p = common::principal(who);
    let conf = Config::builder()
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
    Client::from_conf(conf.build())
}

/// Sends an invitation of `kind` from the sender to the receiver; returns its id.
async fn invite(sender: &Client, kind: ConnectionType, plain: bool) -> String {
    let receiver = common::principal("receiver").account_id;
    let created = sender
        .create_connection_invitation()
        .catalog("Sandbox")
        .connection_type(kind)
        .receiver_identifier(receiver)
        .email("sender@example.com")
        .name("Sender Lead")
        .message("Shall we connect?")
        .send()
        .await
        .expect("invite");
    if plain {
        assert_eq!(created.status(), &InvitationStatus::Pending);
        assert_eq!(created.participant_type(), &ParticipantType::Sender);
    }
    created.id().to_string()
}

/// Invite, list, read, accept; read, list and cancel the connection type. Returns the connection id.
/// Every answer must be read; with `plain`, what the answers say is held too (curveballs change enum
/// values and pages, which an SDK must read but cannot keep).
async fn connect(sender: &Client, receiver: &Client, plain: bool) -> String {
    let id = invite(sender, ConnectionType::OpportunityCollaboration, plain).await;
    let listed = receiver
        .list_connection_invitations()
        .catalog("Sandbox")
        .participant_type(ParticipantType::Receiver)
        .status(InvitationStatus::Pending)
        .send()
        .await
        .expect("list invitations");
    if plain {
        assert!(
            listed
                .connection_invitation_summaries()
                .iter()
                .any(|i| i.id() == id)
        );
    }
    let read = receiver
        .get_connection_invitation()
        .catalog("Sandbox")
        .identifier(&id)
        .send()
        .await
        .expect("get invitation");
    assert!(read.expires_at().is_some(), "timestamps parse");
    if plain {
        assert_eq!(read.inviter_email(), "sender@example.com");
    }
    let accepted = receiver
        .accept_connection_invitation()
        .catalog("Sandbox")
        .identifier(&id)
        .send()
        .await
        .expect("accept");
    let connection = accepted.connection().expect("the connection");
    if plain {
        let kind = &connection.connection_types()[&ConnectionType::OpportunityCollaboration];
        assert_eq!(kind.status(), &ConnectionTypeStatus::Active);
        assert!(kind.other_participant().expect("participant").is_account());
    }
    connection.id().to_string()
}

async fn end(sender: &Client, receiver: &Client, connection: &str, plain: bool) {
    let got = sender
        .get_connection()
        .catalog("Sandbox")
        .identifier(connection)
        .send()
        .await
        .expect("get connection");
    if plain {
        assert_eq!(
            got.other_participant_account_id(),
            common::principal("receiver").account_id
        );
    }
    let listed = receiver
        .list_connections()
        .catalog("Sandbox")
        .connection_type("OPPORTUNITY_COLLABORATION:ACTIVE")
        .send()
        .await
        .expect("list connections");
    if plain {
        assert!(
            listed
                .connection_summaries()
                .iter()
                .any(|c| c.id() == connection)
        );
    }
    let canceled = receiver
        .cancel_connection()
        .catalog("Sandbox")
        .identifier(connection)
        .connection_type(ConnectionType::OpportunityCollaboration)
        .reason("The collaboration has ended")
        .send()
        .await
        .expect("cancel the type");
    if plain {
        let kind = &canceled.connection_types()[&ConnectionType::OpportunityCollaboration];
        assert_eq!(kind.status(), &ConnectionTypeStatus::Canceled);
        assert_eq!(
            kind.canceled_by(),
            Some(common::principal("receiver").account_id.as_str())
        );
    }
}

/// A second invitation is rejected (and accepting it then refused, as the error the SDK models), a third
/// withdrawn; preferences read and updated.
async fn the_rest(sender: &Client, receiver: &Client, plain: bool) {
    let second = invite(sender, ConnectionType::Subsidiary, plain).await;
    let rejected = receiver
        .reject_connection_invitation()
        .catalog("Sandbox")
        .identifier(&second)
        .reason("Not now")
        .send()
        .await
        .expect("reject");
    let refused = receiver
        .accept_connection_invitation()
        .catalog("Sandbox")
        .identifier(&second)
        .send()
        .await
        .expect_err("a rejected invitation cannot be accepted")
        .into_service_error();
    assert!(
        refused.is_conflict_exception() || refused.is_validation_exception(),
        "the error the SDK models: {refused:?}"
    );
    if plain {
        assert_eq!(rejected.status(), &InvitationStatus::Rejected);
    }
    let third = invite(sender, ConnectionType::Subsidiary, plain).await;
    let withdrawn = sender
        .cancel_connection_invitation()
        .catalog("Sandbox")
        .identifier(&third)
        .send()
        .await
        .expect("withdraw");
    if plain {
        assert_eq!(withdrawn.status(), &InvitationStatus::Canceled);
    }
    let prefs = receiver
        .get_connection_preferences()
        .catalog("Sandbox")
        .send()
        .await
        .expect("preferences");
    if plain {
        assert_eq!(prefs.access_type(), &AccessType::AllowAll);
    }
    let updated = receiver
        .update_connection_preferences()
        .catalog("Sandbox")
        .revision(prefs.revision())
        .access_type(AccessType::AllowByDefaultDenySome)
        .excluded_participant_identifiers(common::principal("outsider").account_id)
        .send()
        .await
        .expect("update preferences");
    if plain {
        assert_eq!(updated.revision(), prefs.revision() + 1);
    }
    // The sender's three invitations, page by page to the end (pages a service may cut short, or end
    // with an empty one).
    let mut pages = sender
        .list_connection_invitations()
        .catalog("Sandbox")
        .participant_type(ParticipantType::Sender)
        .into_paginator()
        .send();
    let mut all = Vec::new();
    while let Some(page) = pages.next().await {
        all.extend(
            page.expect("a page of invitations")
                .connection_invitation_summaries()
                .to_vec(),
        );
    }
    assert_eq!(all.len(), 3, "every invitation, once");
}

const CALLED: [&str; 11] = [
    "AcceptConnectionInvitation",
    "CancelConnection",
    "CancelConnectionInvitation",
    "CreateConnectionInvitation",
    "GetConnection",
    "GetConnectionInvitation",
    "GetConnectionPreferences",
    "ListConnectionInvitations",
    "ListConnections",
    "RejectConnectionInvitation",
    "UpdateConnectionPreferences",
];

#[tokio::test]
async fn the_account_sdk_makes_and_ends_a_connection_cleanly_through_the_strict_mock() {
    let m = common::strict_mock(None).await;
    let (sender, receiver) = (sdk(&m.url(), "sender"), sdk(&m.url(), "receiver"));
    let connection = connect(&sender, &receiver, true).await;
    end(&sender, &receiver, &connection, true).await;
    the_rest(&sender, &receiver, true).await;
    let observations = m.state().recorder.as_ref().unwrap().observations();
    assert_eq!(observations.len(), 15, "every call was observed once");
    assert!(
        observations
            .iter()
            .all(|o| o.signing.as_deref() == Some("sigv4"))
    );
    let report = ClientReport::new(
        &observations,
        &Contract::embedded().catalog,
        "strict mock",
        "test",
    );
    common::assert_clean_calls(&report, &CALLED);
}

/// Every curveball kind at share 1, the SDK's retries on: every Account operation's answer is read (a
/// success as its output, an error as its modeled error) — a `__type` in every structure too, though a
/// map's keys are data (a connection's `ConnectionTypes`) — and the kinds that break it are the ones
/// docs/sdk-authors.md's survival table names.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_account_sdk_reads_every_answer_of_every_curveball_kind() {
    let failed = common::survival(|url| async move {
        let (sender, receiver) = (sdk(&url, "sender"), sdk(&url, "receiver"));
        let connection = connect(&sender, &receiver, false).await;
        end(&sender, &receiver, &connection, false).await;
        the_rest(&sender, &receiver, false).await;
    })
    .await;
    let kinds: Vec<_> = failed.iter().map(|(k, _)| *k).collect();
    assert_eq!(
        kinds,
        common::kinds_not_survived("AWS SDK for Rust, Account"),
        "{failed:?}"
    );
}

/// ListPartners is in the Account API's model but outside the contract: the strict mock answers
/// NotImplementedException, and the client report lists it apart as not implemented by the mock — a gap
/// of ours — rather than as the SDK's violation.
#[tokio::test]
async fn an_operation_outside_the_contract_is_not_implemented_by_the_mock_not_a_violation() {
    let m = common::strict_mock(None).await;
    let refused = sdk(&m.url(), "sender")
        .list_partners()
        .catalog("Sandbox")
        .send()
        .await
        .expect_err("the mock does not serve ListPartners");
    let raw = refused.raw_response().expect("an answer");
    assert_eq!(raw.status().as_u16(), 501);
    let observations = m.state().recorder.as_ref().unwrap().observations();
    let report = ClientReport::new(
        &observations,
        &Contract::embedded().catalog,
        "strict mock",
        "test",
    );
    assert_eq!(report.violations, 0, "{}", report.markdown());
    assert!(report.operations.is_empty(), "{:?}", report.operations);
    assert_eq!(
        report.not_implemented,
        [("ListPartners".to_string(), 1)].into_iter().collect()
    );
    assert!(report.summary().contains("not implemented by the mock"));
    assert!(report.markdown().contains("## Not implemented by the mock"));
}
