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
async fn invite(sender: &Client, kind: ConnectionType) -> String {
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
    assert_eq!(created.status(), &InvitationStatus::Pending);
    assert_eq!(created.participant_type(), &ParticipantType::Sender);
    created.id().to_string()
}

/// Invite, list, read, accept; read, list and cancel the connection type. Returns the connection id.
async fn connect(sender: &Client, receiver: &Client) -> String {
    let id = invite(sender, ConnectionType::OpportunityCollaboration).await;
    let listed = receiver
        .list_connection_invitations()
        .catalog("Sandbox")
        .participant_type(ParticipantType::Receiver)
        .status(InvitationStatus::Pending)
        .send()
        .await
        .expect("list invitations");
    assert!(
        listed
            .connection_invitation_summaries()
            .iter()
            .any(|i| i.id() == id)
    );
    let read = receiver
        .get_connection_invitation()
        .catalog("Sandbox")
        .identifier(&id)
        .send()
        .await
        .expect("get invitation");
    assert_eq!(read.inviter_email(), "sender@example.com");
    assert!(read.expires_at().is_some(), "timestamps parse");
    let accepted = receiver
        .accept_connection_invitation()
        .catalog("Sandbox")
        .identifier(&id)
        .send()
        .await
        .expect("accept");
    let connection = accepted.connection().expect("the connection");
    let kind = &connection.connection_types()[&ConnectionType::OpportunityCollaboration];
    assert_eq!(kind.status(), &ConnectionTypeStatus::Active);
    assert!(kind.other_participant().expect("participant").is_account());
    connection.id().to_string()
}

async fn end(sender: &Client, receiver: &Client, connection: &str) {
    let got = sender
        .get_connection()
        .catalog("Sandbox")
        .identifier(connection)
        .send()
        .await
        .expect("get connection");
    assert_eq!(
        got.other_participant_account_id(),
        common::principal("receiver").account_id
    );
    let listed = receiver
        .list_connections()
        .catalog("Sandbox")
        .connection_type("OPPORTUNITY_COLLABORATION:ACTIVE")
        .send()
        .await
        .expect("list connections");
    assert!(
        listed
            .connection_summaries()
            .iter()
            .any(|c| c.id() == connection)
    );
    let canceled = receiver
        .cancel_connection()
        .catalog("Sandbox")
        .identifier(connection)
        .connection_type(ConnectionType::OpportunityCollaboration)
        .reason("The collaboration has ended")
        .send()
        .await
        .expect("cancel the type");
    let kind = &canceled.connection_types()[&ConnectionType::OpportunityCollaboration];
    assert_eq!(kind.status(), &ConnectionTypeStatus::Canceled);
    assert_eq!(
        kind.canceled_by(),
        Some(common::principal("receiver").account_id.as_str())
    );
}

/// A second invitation is rejected, a third withdrawn; preferences read and updated.
async fn the_rest(sender: &Client, receiver: &Client) {
    let second = invite(sender, ConnectionType::Subsidiary).await;
    let rejected = receiver
        .reject_connection_invitation()
        .catalog("Sandbox")
        .identifier(&second)
        .reason("Not now")
        .send()
        .await
        .expect("reject");
    assert_eq!(rejected.status(), &InvitationStatus::Rejected);
    let third = invite(sender, ConnectionType::Subsidiary).await;
    let withdrawn = sender
        .cancel_connection_invitation()
        .catalog("Sandbox")
        .identifier(&third)
        .send()
        .await
        .expect("withdraw");
    assert_eq!(withdrawn.status(), &InvitationStatus::Canceled);
    let prefs = receiver
        .get_connection_preferences()
        .catalog("Sandbox")
        .send()
        .await
        .expect("preferences");
    assert_eq!(prefs.access_type(), &AccessType::AllowAll);
    let updated = receiver
        .update_connection_preferences()
        .catalog("Sandbox")
        .revision(prefs.revision())
        .access_type(AccessType::AllowByDefaultDenySome)
        .excluded_participant_identifiers(common::principal("outsider").account_id)
        .send()
        .await
        .expect("update preferences");
    assert_eq!(updated.revision(), prefs.revision() + 1);
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
    let connection = connect(&sender, &receiver).await;
    end(&sender, &receiver, &connection).await;
    the_rest(&sender, &receiver).await;
    let observations = m.state().recorder.as_ref().unwrap().observations();
    assert_eq!(observations.len(), 13, "every call was observed once");
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

/// A `__type` in every structure of every answer (`nested-type`, share 1): a map's keys are data, so the
/// SDK still reads a connection's `ConnectionTypes` and the whole flow goes through.
#[tokio::test]
async fn the_account_sdk_reads_every_answer_with_a_type_in_each_structure() {
    let spec = pcc_conformance::mock::curveball::CurveballSpec::parse("nested-type,share=1,seed=5")
        .unwrap();
    let config = pcc_conformance::mock::MockConfig {
        strict: true,
        curveballs: Some(spec),
        ..pcc_conformance::mock::MockConfig::default()
    };
    let m = pcc_conformance::mock::MockServer::start(config, "127.0.0.1:0".parse().unwrap())
        .await
        .unwrap();
    let (sender, receiver) = (sdk(&m.url(), "sender"), sdk(&m.url(), "receiver"));
    let connection = connect(&sender, &receiver).await;
    end(&sender, &receiver, &connection).await;
    the_rest(&sender, &receiver).await;
    let observations = m.state().recorder.as_ref().unwrap().observations();
    let report = ClientReport::new(
        &observations,
        &Contract::embedded().catalog,
        "strict mock",
        "test",
    );
    let changed: Vec<&str> = report
        .curveballs
        .iter()
        .filter(|t| t.kind == "nested-type")
        .map(|t| t.operation.as_str())
        .collect();
    for op in [
        "AcceptConnectionInvitation",
        "GetConnection",
        "ListConnections",
        "CancelConnection",
    ] {
        assert!(
            changed.contains(&op),
            "{op} answered with no __type inside: {changed:?}"
        );
    }
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
