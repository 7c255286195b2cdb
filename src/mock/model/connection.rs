//! The Account API's connection between two accounts, its types, and how each side sees it.
use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{Value, json};
use time::OffsetDateTime;

use crate::mock::clock::iso8601;

/// An account taking part in an invitation or a connection, with the name it shows to the other side.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Party {
    pub account_id: String,
    pub name: String,
}

pub const TYPES: [&str; 2] = ["OPPORTUNITY_COLLABORATION", "SUBSIDIARY"];

/// One connection type between the two accounts.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ConnectionType {
    #[serde(with = "crate::mock::clock::seconds")]
    pub created_at: OffsetDateTime,
    pub inviter_email: String,
    pub inviter_name: String,
    pub status: ConnectionTypeStatus,
    #[serde(with = "crate::mock::clock::seconds::option")]
    pub canceled_at: Option<OffsetDateTime>,
    pub canceled_by: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Connection {
    pub id: String,
    pub arn: String,
    pub catalog: String,
    /// The two participants, with the name each shows to the other.
    pub participants: [Party; 2],
    pub types: BTreeMap<String, ConnectionType>,
    #[serde(with = "crate::mock::clock::seconds")]
    pub updated_at: OffsetDateTime,
    pub seq: u64,
}

impl Connection {
    /// The other participant, as `me` sees it: account id and display name.
    pub fn other(&self, me: &str) -> Option<&Party> {
        match &self.participants {
            [a, b] if a.account_id == me => Some(b),
            [a, b] if b.account_id == me => Some(a),
            _ => None,
        }
    }

    /// The connection as `me` sees it: full detail (Get, Cancel) or summary (List).
    pub fn view(&self, me: &str, detail: bool) -> Value {
        let other = self.other(me).cloned().unwrap_or_default();
        let participant = json!({"Account": {"Name": other.name}});
        let types: serde_json::Map<String, Value> = self
            .types
            .iter()
            .map(|(k, t)| {
                let v = if detail {
                    let mut v = json!({
                        "CreatedAt": iso8601(t.created_at), "InviterEmail": t.inviter_email, "InviterName": t.inviter_name,
                        "Status": t.status, "OtherParticipant": participant,
                    });
                    if let Some(at) = t.canceled_at {
                        v["CanceledAt"] = json!(iso8601(at));
                    }
                    if let Some(by) = &t.canceled_by {
                        v["CanceledBy"] = json!(by);
                    }
                    v
                } else {
                    json!({"Status": t.status, "OtherParticipant": participant})
                };
                (k.clone(), v)
            })
            .collect();
        json!({
            "Catalog": self.catalog, "Id": self.id, "Arn": self.arn, "OtherParticipantAccountId": other.account_id,
            "UpdatedAt": iso8601(self.updated_at), "ConnectionTypes": types,
        })
    }
}

/// A connection type's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ConnectionTypeStatus {
    Active,
    Canceled,
}

impl ConnectionTypeStatus {
    /// The name the service writes.
    pub fn as_str(self) -> &'static str {
        match self {
            ConnectionTypeStatus::Active => "ACTIVE",
            ConnectionTypeStatus::Canceled => "CANCELED",
        }
    }
}
