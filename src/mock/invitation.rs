//! Partner Central Account API connection invitations: Create, Get, List, Accept, Reject, Cancel, and
//! expiry 30 days after creation. Accepting makes the connection type ACTIVE between the two accounts.
use serde_json::{Value, json};
use time::OffsetDateTime;

use super::{
    arn,
    call::{Call, Reply},
    connection::{self, ALPHANUMERIC, Activation},
    error::ApiError,
    model::{ConnectionTypeStatus, Invitation, InvitationStatus, Party, invitation::EXPIRY},
    policy::{Exceeded, within_quota},
    store::Store,
};

fn not_found(id: &str) -> ApiError {
    ApiError::not_found_because(
        format!("Connection invitation '{id}' was not found"),
        "CONNECTION_INVITATION_NOT_FOUND",
    )
}

fn conflict(message: String, reason: &str) -> ApiError {
    ApiError::conflict_because(message, reason)
}

/// Moves every PENDING invitation past its `ExpiresAt` to EXPIRED, as of its expiry.
pub fn expire(store: &mut Store, now: OffsetDateTime) {
    for (at, id) in store.due_invitation_expiries(now) {
        let pending = store
            .invitations
            .get(&id)
            .is_some_and(|i| i.status == InvitationStatus::Pending);
        if pending {
            store.settle_invitation(&id, InvitationStatus::Expired, at, None, now);
        }
    }
}

/// The invitation the call names, if the caller is one of its parties in that catalog.
fn visible<'s>(
    store: &'s Store,
    call: &Call<'_>,
    catalog: &str,
) -> Result<&'s Invitation, ApiError> {
    let identifier = call.str("Identifier").unwrap_or_default();
    store
        .invitations
        .get(arn::last_segment(identifier))
        .filter(|i| i.catalog == catalog && i.involves(call.account()))
        .ok_or_else(|| not_found(identifier))
}

pub fn create(store: &mut Store, call: &Call<'_>) -> Result<Value, ApiError> {
    let catalog = call.catalog()?.to_string();
    expire(store, call.now);
    store.idempotent(call, |store| {
        let invitation = new_invitation(store, call, &catalog)?;
        let view = invitation.detail(call.account());
        store.insert_invitation(invitation);
        Ok(view)
    })
}

/// The account a `ReceiverIdentifier` names: a 12-digit account id (the mock has no partner profiles).
fn receiver_account(identifier: &str) -> Result<String, ApiError> {
    if identifier.len() == 12 && identifier.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(identifier.to_string());
    }
    Err(ApiError::not_found_because(
        format!("No partner profile or account '{identifier}' was found"),
        "RECEIVER_PROFILE_NOT_FOUND",
    ))
}

/// Whether the rules let the caller invite `receiver` to `kind`: not oneself, admitted by the receiver's
/// preferences, no PENDING twin, and the type not ACTIVE between the two already.
fn may_invite(
    store: &Store,
    me: &str,
    receiver: &str,
    catalog: &str,
    kind: &str,
) -> Result<(), ApiError> {
    let refused = |message: String| {
        ApiError::business_rule("INCOMPATIBLE_CONNECTION_INVITATION_REQUEST", message)
    };
    if receiver == me {
        return Err(refused("An account cannot invite itself".into()));
    }
    if !store.admits(receiver, catalog, me) {
        return Err(refused(format!(
            "The connection preferences of account {receiver} do not admit invitations from {me}"
        )));
    }
    if let Some(twin) = store.pending_invitation(catalog, me, receiver, kind) {
        return Err(conflict(
            format!(
                "Invitation {} for {kind} between these accounts is still PENDING",
                twin.id
            ),
            "DUPLICATE_CONNECTION_INVITATION",
        ));
    }
    if active_between(store, catalog, me, receiver, kind) {
        return Err(conflict(
            format!("A {kind} connection between {me} and {receiver} is already ACTIVE"),
            "DUPLICATE_CONNECTION",
        ));
    }
    Ok(())
}

/// A new PENDING invitation from the caller, once the rules allow it.
fn new_invitation(
    store: &mut Store,
    call: &Call<'_>,
    catalog: &str,
) -> Result<Invitation, ApiError> {
    let identifier = call.str("ReceiverIdentifier").unwrap_or_default();
    let receiver = receiver_account(identifier)?;
    let (me, kind) = (
        call.account(),
        call.str("ConnectionType").unwrap_or_default(),
    );
    may_invite(store, me, &receiver, catalog, kind)?;
    within_quota(
        call,
        Exceeded::Reason("LIMIT_EXCEEDED_NUMBER_OF_OPEN_CONNECTION_INVITATION"),
        || {
            store
                .invitations
                .values()
                .filter(|i| {
                    i.catalog == catalog
                        && i.sender.account_id == me
                        && i.status == InvitationStatus::Pending
                })
                .count()
        },
    )?;
    let id = arn::new_id_of("pacinv", ALPHANUMERIC);
    let text = |member: &str| call.str(member).unwrap_or_default().to_string();
    Ok(Invitation {
        arn: format!(
            "arn:aws:partnercentral:us-east-1::catalog/{catalog}/connection-invitation/{id}"
        ),
        id,
        catalog: catalog.to_string(),
        connection_type: kind.to_string(),
        sender: Party {
            account_id: me.to_string(),
            name: call.caller.name.clone(),
        },
        receiver,
        receiver_identifier: identifier.to_string(),
        message: text("Message"),
        inviter_email: text("Email"),
        inviter_name: text("Name"),
        status: InvitationStatus::Pending,
        connection_id: None,
        created_at: call.now,
        updated_at: call.now,
        expires_at: call.now + EXPIRY,
        seq: store.next_seq(),
    })
}

/// Whether the two accounts have `kind` ACTIVE between them.
fn active_between(store: &Store, catalog: &str, a: &str, b: &str, kind: &str) -> bool {
    store
        .connection_between(catalog, a, b)
        .and_then(|c| c.types.get(kind))
        .is_some_and(|t| t.status == ConnectionTypeStatus::Active)
}

pub fn get(store: &mut Store, call: &Call<'_>) -> Result<Value, ApiError> {
    let catalog = call.catalog()?.to_string();
    expire(store, call.now);
    Ok(visible(store, call, &catalog)?.detail(call.account()))
}

/// Who may answer an invitation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Sender,
    Receiver,
}

/// Moves the invitation the call names from PENDING to `to`, when the caller is the party that may.
fn transition(
    store: &mut Store,
    call: &Call<'_>,
    actor: Side,
    to: InvitationStatus,
) -> Result<Invitation, ApiError> {
    let catalog = call.catalog()?.to_string();
    expire(store, call.now);
    let invitation = visible(store, call, &catalog)?.clone();
    let me = call.account();
    let (allowed, who) = match actor {
        Side::Sender => (invitation.sender.account_id == me, "sender"),
        Side::Receiver => (invitation.receiver == me, "receiver"),
    };
    let id = &invitation.id;
    if !allowed {
        let verb = call
            .op
            .name
            .trim_end_matches("ConnectionInvitation")
            .to_lowercase();
        return Err(ApiError::access_denied(format!(
            "Only the {who} of invitation {id} may {verb} it"
        )));
    }
    if invitation.status != InvitationStatus::Pending {
        return Err(conflict(
            format!(
                "Invitation {id} is {}; only a PENDING invitation can change",
                invitation.status.as_str()
            ),
            "INCOMPATIBLE_CONNECTION_INVITATION_STATE",
        ));
    }
    if to == InvitationStatus::Accepted {
        within_quota(
            call,
            Exceeded::Reason("LIMIT_EXCEEDED_NUMBER_OF_ACTIVE_CONNECTION"),
            || {
                store
                    .connections
                    .values()
                    .filter(|c| c.catalog == catalog && c.other(me).is_some())
                    .count()
            },
        )?;
    }
    let connection = (to == InvitationStatus::Accepted)
        .then(|| connect(store, call, &invitation))
        .transpose()?;
    store
        .settle_invitation(id, to, call.now, connection, call.now)
        .ok_or_else(|| not_found(id))
}

/// Makes the invitation's type ACTIVE between its sender and the caller (its receiver).
fn connect(
    store: &mut Store,
    call: &Call<'_>,
    invitation: &Invitation,
) -> Result<String, ApiError> {
    let kind = &invitation.connection_type;
    if active_between(
        store,
        &invitation.catalog,
        &invitation.sender.account_id,
        call.account(),
        kind,
    ) {
        return Err(conflict(
            format!("A {kind} connection between these accounts is already ACTIVE"),
            "DUPLICATE_CONNECTION",
        ));
    }
    let invitee = Party {
        account_id: call.account().to_string(),
        name: call.caller.name.clone(),
    };
    let activation = Activation {
        catalog: &invitation.catalog,
        inviter: &invitation.sender,
        invitee: &invitee,
        inviter_email: &invitation.inviter_email,
        inviter_name: &invitation.inviter_name,
        connection_type: kind,
    };
    Ok(connection::activate(store, &activation, call.now))
}

pub fn accept(store: &mut Store, call: &Call<'_>) -> Result<Value, ApiError> {
    store.idempotent(call, |store| {
        let accepted = transition(store, call, Side::Receiver, InvitationStatus::Accepted)?;
        let connection = accepted
            .connection_id
            .as_deref()
            .and_then(|c| store.connections.get(c))
            .ok_or_else(|| ApiError::internal("the accepted invitation names no connection"))?;
        Ok(json!({"Connection": connection.view(call.account(), true)}))
    })
}

pub fn reject(store: &mut Store, call: &Call<'_>) -> Result<Value, ApiError> {
    store.idempotent(call, |store| {
        transition(store, call, Side::Receiver, InvitationStatus::Rejected)
            .map(|i| i.detail(call.account()))
    })
}

pub fn cancel(store: &mut Store, call: &Call<'_>) -> Result<Value, ApiError> {
    store.idempotent(call, |store| {
        transition(store, call, Side::Sender, InvitationStatus::Canceled)
            .map(|i| i.detail(call.account()))
    })
}

/// What a list request filters on; every member given must match.
struct Selection<'c> {
    catalog: String,
    connection_type: Option<&'c str>,
    participant_type: Option<&'c str>,
    status: Option<&'c str>,
    others: Vec<&'c str>,
}

impl Selection<'_> {
    fn admits(&self, i: &Invitation, me: &str) -> bool {
        let summary_side = if i.sender.account_id == me {
            "SENDER"
        } else {
            "RECEIVER"
        };
        let other = if i.sender.account_id == me {
            i.receiver.as_str()
        } else {
            i.sender.account_id.as_str()
        };
        i.catalog == self.catalog
            && i.involves(me)
            && self.connection_type.is_none_or(|t| t == i.connection_type)
            && self.participant_type.is_none_or(|p| p == summary_side)
            && self.status.is_none_or(|s| s == i.status.as_str())
            && (self.others.is_empty()
                || self
                    .others
                    .iter()
                    .any(|o| *o == other || *o == i.receiver_identifier))
    }
}

pub fn list(store: &mut Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let selection = Selection {
        catalog: call.catalog()?.to_string(),
        connection_type: call.str("ConnectionType"),
        participant_type: call.str("ParticipantType"),
        status: call.str("Status"),
        others: call.strings("OtherParticipantIdentifiers"),
    };
    expire(store, call.now);
    let me = call.account();
    let page = call.page_request(true);
    let (items, next) = store
        .invitations
        .page(&store.token_key, store.current_seq(), &page, |i| {
            selection.admits(i, me)
        })
        .map_err(|e| ApiError::business_validation(call.next_token_member(), e.message()))?;
    let views: Vec<String> = items.iter().map(|i| i.summary(me).to_string()).collect();
    Ok(call.page(views.iter().map(String::as_str), next.as_deref()))
}
