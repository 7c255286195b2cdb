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

    /// [`Relationship::detail`] as JSON text, from the rendered list item.
    pub fn rendered_detail(&self) -> String {
        let Some(model) = &self.resale_account_model else {
            return self.rendered.clone();
        };
        let open = self.rendered.trim_end().trim_end_matches('}');
        format!("{open},\"resaleAccountModel\":{}}}", json!(model))
    }

    /// Re-renders the list item after a write.
    pub fn refresh(&mut self) {
        self.rendered = self.summary().to_string();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rendered_detail_is_the_detail() {
        let now = OffsetDateTime::UNIX_EPOCH;
        let mut r = Relationship {
            id: "rs-1".into(),
            arn: "arn:x".into(),
            owner: "1".into(),
            catalog: "Sandbox".into(),
            pma_id: "pm-1".into(),
            association_type: "END_CUSTOMER".into(),
            associated_account_id: "123456789012".into(),
            display_name: "a \"quoted\" name".into(),
            resale_account_model: None,
            sector: "COMMERCIAL".into(),
            requested_support_plan: None,
            revision: 3,
            created_at: now,
            updated_at: now,
            start_date: Some(now),
            active_service_period: None,
            seq: 1,
            rendered: String::new(),
        };
        for model in [None, Some("END_CUSTOMER".to_string())] {
            r.resale_account_model = model;
            r.refresh();
            let text: Value = serde_json::from_str(&r.rendered_detail()).unwrap();
            assert_eq!(text, r.detail());
        }
    }
}
