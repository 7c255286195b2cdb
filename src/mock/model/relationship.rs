//! The relationship and its renderings (list item and detail).
use serde::Serialize;
use serde_json::{Value, json};
use time::OffsetDateTime;

use crate::mock::clock::iso8601;

/// A relationship between a program management account and another account.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Relationship {
    pub id: String,
    pub arn: String,
    pub owner: String,
    pub catalog: String,
    pub pma_id: String,
    pub association_type: String,
    pub associated_account_id: String,
    pub display_name: String,
    pub resale_account_model: Option<String>,
    pub sector: String,
    /// The `requestedSupportPlan` union as given (kept; the model returns it nowhere).
    pub requested_support_plan: Option<Value>,
    pub revision: u64,
    #[serde(with = "crate::mock::clock::seconds")]
    pub created_at: OffsetDateTime,
    #[serde(with = "crate::mock::clock::seconds")]
    pub updated_at: OffsetDateTime,
    #[serde(with = "crate::mock::clock::seconds::option")]
    pub start_date: Option<OffsetDateTime>,
    /// The service period type of an accepted START_SERVICE_PERIOD handshake not yet revoked.
    pub active_service_period: Option<String>,
    pub seq: u64,
    #[serde(skip)]
    pub rendered: String,
}

impl Relationship {
    /// `RelationshipSummary`, the list item.
    pub fn summary(&self) -> Value {
        let mut v = json!({
            "arn": self.arn, "id": self.id, "revision": self.revision.to_string(), "catalog": self.catalog,
            "associationType": self.association_type, "programManagementAccountId": self.pma_id,
            "associatedAccountId": self.associated_account_id, "displayName": self.display_name,
            "sector": self.sector, "createdAt": iso8601(self.created_at), "updatedAt": iso8601(self.updated_at),
        });
        if let Some(start) = self.start_date {
            v["startDate"] = json!(iso8601(start));
        }
        v
    }

    /// `RelationshipDetail`, GetRelationship's answer: the summary and the resale account model.
    pub fn detail(&self) -> Value {
        let mut v = self.summary();
        if let Some(model) = &self.resale_account_model {
            v["resaleAccountModel"] = json!(model);
        }
        v
    }

    /// Re-renders the list item after a write.
    pub fn refresh(&mut self) {
        self.rendered = self.summary().to_string();
    }
}
