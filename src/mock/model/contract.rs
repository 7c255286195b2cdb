//! The channel contract (a managed services attestation), its statuses and its renderings.
use serde::Serialize;
use serde_json::{Map, Value, json};
use time::{Duration, OffsetDateTime};

use crate::mock::clock::iso8601;

/// An unsigned contract in the `AWS` catalog expires after this long; only a contract younger than
/// this may be canceled.
pub const SIGNATURE_WINDOW: Duration = Duration::days(30);

/// The only contract type of the model, and the payload member that goes with it.
pub const ATTESTATION: &str = "MANAGED_SERVICES_ATTESTATION";
pub const ATTESTATION_PAYLOAD: &str = "managedServicesAttestationPayload";
pub const ATTESTATION_DETAILS: &str = "managedServicesAttestationDetails";

wire_enum! {
    /// `ChannelContractStatus`: PENDING until signed (at once in Sandbox); ACCEPTED while in effect;
    /// EXPIRED, CANCELED and INACTIVE are terminal.
    ContractStatus {
        Pending = "PENDING",
        Accepted = "ACCEPTED",
        Expired = "EXPIRED",
        Canceled = "CANCELED",
        Inactive = "INACTIVE",
    }
}

/// The payload members a list item shows (the signatory and the address only the detail shows).
const SUMMARY_MEMBERS: [&str; 6] = [
    "legalEntityName",
    "relationshipIdentifier",
    "programManagementAccountIdentifier",
    "memberAccountIds",
    "endDate",
    "supportedServices",
];

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChannelContract {
    pub id: String,
    pub arn: String,
    pub owner: String,
    pub catalog: String,
    pub contract_type: String,
    pub status: ContractStatus,
    pub pma_id: String,
    pub relationship_id: String,
    /// The attestation as it was given, its identifiers written as ids.
    pub attestation: Map<String, Value>,
    #[serde(with = "crate::mock::clock::seconds")]
    pub end_date: OffsetDateTime,
    #[serde(with = "crate::mock::clock::seconds")]
    pub created_at: OffsetDateTime,
    #[serde(with = "crate::mock::clock::seconds")]
    pub updated_at: OffsetDateTime,
    #[serde(with = "crate::mock::clock::seconds::option")]
    pub responded_at: Option<OffsetDateTime>,
    pub cancellation_reason: Option<String>,
    pub seq: u64,
    #[serde(skip)]
    pub rendered: String,
}

impl ChannelContract {
    /// When an unsigned contract expires.
    pub fn expires_at(&self) -> OffsetDateTime {
        self.created_at + SIGNATURE_WINDOW
    }

    fn details(&self, members: Option<&[&str]>) -> Value {
        let mut out = Map::new();
        for (k, v) in &self.attestation {
            if members.is_none_or(|m| m.contains(&k.as_str())) {
                out.insert(k.clone(), v.clone());
            }
        }
        out.insert("endDate".into(), json!(iso8601(self.end_date)));
        json!({ ATTESTATION_DETAILS: out })
    }

    fn common(&self, members: Option<&[&str]>) -> Map<String, Value> {
        let mut v = json!({
            "id": self.id, "arn": self.arn, "catalog": self.catalog, "contractType": self.contract_type,
            "status": self.status, "createdAt": iso8601(self.created_at),
            "updatedAt": iso8601(self.updated_at), "details": self.details(members),
        });
        if let Some(at) = self.responded_at {
            v["respondedAt"] = json!(iso8601(at));
        }
        match v {
            Value::Object(m) => m,
            _ => Map::new(),
        }
    }

    /// `ChannelContractSummary`, the list item.
    pub fn summary(&self) -> Value {
        Value::Object(self.common(Some(&SUMMARY_MEMBERS)))
    }

    /// `ChannelContractDetail`, what GetChannelContract answers.
    pub fn detail(&self) -> Value {
        let mut v = self.common(None);
        if let Some(reason) = &self.cancellation_reason {
            v.insert("cancellationReason".into(), json!(reason));
        }
        Value::Object(v)
    }

    /// `CancelChannelContractDetail`.
    pub fn canceled(&self) -> Value {
        let mut v = json!({"id": self.id, "arn": self.arn, "status": self.status});
        if let Some(reason) = &self.cancellation_reason {
            v["cancellationReason"] = json!(reason);
        }
        v
    }

    pub fn refresh(&mut self) {
        self.rendered = self.summary().to_string();
    }
}
