//! The channel handshake, its types, and its renderings.
use serde::Serialize;
use serde_json::{Value, json};
use time::{Duration, OffsetDateTime};

use crate::mock::clock::iso8601;

/// A pending handshake nobody answers expires after this long.
pub const EXPIRY: Duration = Duration::days(30);

pub const START: &str = "START_SERVICE_PERIOD";
pub const REVOKE: &str = "REVOKE_SERVICE_PERIOD";
pub const PMA: &str = "PROGRAM_MANAGEMENT_ACCOUNT";

/// The payload member each handshake type needs (none for PROGRAM_MANAGEMENT_ACCOUNT).
pub fn payload_member(kind: &str) -> Option<&'static str> {
    match kind {
        START => Some("startServicePeriodPayload"),
        REVOKE => Some("revokeServicePeriodPayload"),
        _ => None,
    }
}

/// The `handshakeTypeFilters` / `handshakeTypeSort` member that goes with a type.
pub fn union_member(kind: &str, suffix: &str) -> String {
    let prefix = match kind {
        START => "startServicePeriod",
        REVOKE => "revokeServicePeriod",
        _ => "programManagementAccount",
    };
    format!("{prefix}{suffix}")
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Handshake {
    pub id: String,
    pub arn: String,
    pub catalog: String,
    pub handshake_type: String,
    pub sender: String,
    pub sender_name: String,
    pub receiver: String,
    /// The PMA or relationship id the handshake is about.
    pub associated_resource_id: String,
    pub pma_id: String,
    pub relationship_id: Option<String>,
    pub payload: Option<Value>,
    /// The service period type the handshake concerns (a revoke inherits it from the start it ends).
    pub service_period_type: Option<String>,
    /// The terms of the service period it starts, or for a revoke of the one it ends.
    pub period: PeriodTerms,
    /// PROGRAM_MANAGEMENT_ACCOUNT handshakes: the PMA's program.
    pub program: Option<String>,
    pub status: HandshakeStatus,
    #[serde(with = "crate::mock::clock::seconds")]
    pub created_at: OffsetDateTime,
    #[serde(with = "crate::mock::clock::seconds")]
    pub updated_at: OffsetDateTime,
    #[serde(with = "crate::mock::clock::seconds")]
    pub expires_at: OffsetDateTime,
    pub seq: u64,
    #[serde(skip)]
    pub rendered: String,
}

/// A service period's terms as its START handshake set them: the notice (a minimum-notice period), the
/// end (a fixed commitment), and when it started (the START's acceptance). A REVOKE carries those of the
/// period it ends, as AWS's documented ListChannelHandshakes example shows.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PeriodTerms {
    pub minimum_notice_days: Option<Value>,
    pub end_date: Option<Value>,
    #[serde(with = "crate::mock::clock::seconds::option")]
    pub start_date: Option<OffsetDateTime>,
}

impl PeriodTerms {
    /// The terms a START payload names.
    pub fn of_start(payload: Option<&Value>) -> PeriodTerms {
        let start = payload.and_then(|p| p.get("startServicePeriodPayload"));
        let member = |m: &str| start.and_then(|p| p.get(m)).cloned();
        PeriodTerms {
            minimum_notice_days: member("minimumNoticeDays"),
            end_date: member("endDate"),
            start_date: None,
        }
    }

    fn write(&self, d: &mut serde_json::Map<String, Value>) {
        for (member, v) in [
            ("minimumNoticeDays", &self.minimum_notice_days),
            ("endDate", &self.end_date),
        ] {
            if let Some(v) = v {
                d.insert(member.into(), v.clone());
            }
        }
        if let Some(start) = self.start_date {
            d.insert("startDate".into(), json!(iso8601(start)));
        }
    }
}

impl Handshake {
    /// `HandshakeDetail`: the union member of its type.
    pub fn detail(&self) -> Value {
        match self.handshake_type.as_str() {
            PMA => json!({"programManagementAccountHandshakeDetail": {"program": self.program}}),
            kind => {
                let payload = self
                    .payload
                    .as_ref()
                    .and_then(|p| p.get(payload_member(kind).unwrap_or_default()));
                let mut d = serde_json::Map::new();
                if let Some(note) = payload.and_then(|p| p.get("note")) {
                    d.insert("note".into(), note.clone());
                }
                self.period.write(&mut d);
                if let Some(t) = &self.service_period_type {
                    d.insert("servicePeriodType".into(), json!(t));
                }
                let key = if kind == START {
                    "startServicePeriodHandshakeDetail"
                } else {
                    "revokeServicePeriodHandshakeDetail"
                };
                json!({ key: Value::Object(d) })
            }
        }
    }

    /// `ChannelHandshakeSummary`, the list item.
    pub fn summary(&self) -> Value {
        json!({
            "id": self.id, "arn": self.arn, "catalog": self.catalog, "handshakeType": self.handshake_type,
            "ownerAccountId": self.sender, "senderAccountId": self.sender, "senderDisplayName": self.sender_name,
            "receiverAccountId": self.receiver, "associatedResourceId": self.associated_resource_id,
            "detail": self.detail(), "createdAt": iso8601(self.created_at), "updatedAt": iso8601(self.updated_at),
            "status": self.status,
        })
    }

    pub fn refresh(&mut self) {
        self.rendered = self.summary().to_string();
    }

    pub fn answer(&self) -> Value {
        json!({"channelHandshakeDetail": {"id": self.id, "arn": self.arn, "status": self.status}})
    }
}

/// A handshake's status: PENDING until answered, canceled or expired; the others are terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum HandshakeStatus {
    Pending,
    Accepted,
    Rejected,
    Canceled,
    Expired,
}

impl HandshakeStatus {
    /// The name the service writes.
    pub fn as_str(self) -> &'static str {
        match self {
            HandshakeStatus::Pending => "PENDING",
            HandshakeStatus::Accepted => "ACCEPTED",
            HandshakeStatus::Rejected => "REJECTED",
            HandshakeStatus::Canceled => "CANCELED",
            HandshakeStatus::Expired => "EXPIRED",
        }
    }
}
