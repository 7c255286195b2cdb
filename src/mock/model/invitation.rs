//! The Account API's connection invitation, its statuses, and how each party sees it; and an account's
//! connection preferences.
use serde::Serialize;
use serde_json::{Value, json};
use time::{Duration, OffsetDateTime};

use super::connection::Party;
use crate::mock::clock::iso8601;

/// A pending invitation nobody answers expires after this long.
pub const EXPIRY: Duration = Duration::days(30);

/// An invitation's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum InvitationStatus {
    Pending,
    Accepted,
    Rejected,
    Canceled,
    Expired,
}

impl InvitationStatus {
    /// The name the service writes.
    pub fn as_str(self) -> &'static str {
        match self {
            InvitationStatus::Pending => "PENDING",
            InvitationStatus::Accepted => "ACCEPTED",
            InvitationStatus::Rejected => "REJECTED",
            InvitationStatus::Canceled => "CANCELED",
            InvitationStatus::Expired => "EXPIRED",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Invitation {
    pub id: String,
    pub arn: String,
    pub catalog: String,
    pub connection_type: String,
    /// The inviting account, with the name it shows.
    pub sender: Party,
    /// The invited account.
    pub receiver: String,
    /// The `ReceiverIdentifier` as the sender gave it.
    pub receiver_identifier: String,
    pub message: String,
    pub inviter_email: String,
    pub inviter_name: String,
    pub status: InvitationStatus,
    pub connection_id: Option<String>,
    #[serde(with = "crate::mock::clock::seconds")]
    pub created_at: OffsetDateTime,
    #[serde(with = "crate::mock::clock::seconds")]
    pub updated_at: OffsetDateTime,
    #[serde(with = "crate::mock::clock::seconds")]
    pub expires_at: OffsetDateTime,
    pub seq: u64,
}

impl Invitation {
    /// Whether `account` is the sender or the receiver.
    pub fn involves(&self, account: &str) -> bool {
        self.sender.account_id == account || self.receiver == account
    }

    /// `SENDER` or `RECEIVER` as `me` takes part, and the other side's identifier.
    fn side(&self, me: &str) -> (&'static str, &str) {
        if self.sender.account_id == me {
            ("SENDER", &self.receiver_identifier)
        } else {
            ("RECEIVER", &self.sender.account_id)
        }
    }

    /// The list item as `me` sees it (`ConnectionInvitationSummary`).
    pub fn summary(&self, me: &str) -> Value {
        let (participant_type, other) = self.side(me);
        let mut v = json!({
            "Catalog": self.catalog, "Id": self.id, "Arn": self.arn, "ConnectionType": self.connection_type,
            "CreatedAt": iso8601(self.created_at), "UpdatedAt": iso8601(self.updated_at),
            "ExpiresAt": iso8601(self.expires_at), "OtherParticipantIdentifier": other,
            "ParticipantType": participant_type, "Status": self.status,
        });
        if let Some(c) = &self.connection_id {
            v["ConnectionId"] = json!(c);
        }
        v
    }

    /// The whole invitation as `me` sees it (Create, Get, Reject, Cancel).
    pub fn detail(&self, me: &str) -> Value {
        let mut v = self.summary(me);
        v["InvitationMessage"] = json!(self.message);
        v["InviterEmail"] = json!(self.inviter_email);
        v["InviterName"] = json!(self.inviter_name);
        v
    }
}

/// Who may invite an account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum AccessType {
    AllowAll,
    DenyAll,
    AllowByDefaultDenySome,
}

/// One account's connection preferences in one catalog.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Preferences {
    pub access_type: AccessType,
    pub excluded: Vec<String>,
    pub revision: i64,
    #[serde(with = "crate::mock::clock::seconds")]
    pub updated_at: OffsetDateTime,
}

impl Preferences {
    /// What an account has before it sets any: everyone may invite it.
    pub fn initial(now: OffsetDateTime) -> Preferences {
        Preferences {
            access_type: AccessType::AllowAll,
            excluded: Vec::new(),
            revision: 1,
            updated_at: now,
        }
    }

    /// Whether these preferences let `sender` invite their owner.
    pub fn admit(&self, sender: &str) -> bool {
        match self.access_type {
            AccessType::AllowAll => true,
            AccessType::DenyAll => false,
            AccessType::AllowByDefaultDenySome => !self.excluded.iter().any(|e| e == sender),
        }
    }

    /// The preferences as the service answers them, for `owner` in `catalog`.
    pub fn view(&self, owner: &str, catalog: &str) -> Value {
        let mut v = json!({
            "Catalog": catalog,
            "Arn": format!("arn:aws:partnercentral:us-east-1:{owner}:catalog/{catalog}/connection-preferences"),
            "AccessType": self.access_type, "UpdatedAt": iso8601(self.updated_at), "Revision": self.revision,
        });
        if !self.excluded.is_empty() {
            v["ExcludedParticipantIds"] = json!(self.excluded);
        }
        v
    }
}
