//! The program management account and its list item.
use serde::Serialize;
use serde_json::{Value, json};
use time::OffsetDateTime;

use crate::mock::clock::iso8601;

/// A program management account.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProgramManagementAccount {
    pub id: String,
    pub arn: String,
    pub owner: String,
    pub catalog: String,
    pub program: String,
    pub display_name: String,
    pub account_id: String,
    /// `type` (RESALE_BILLING_TRANSFER or MANAGED_SERVICES), where given.
    pub pma_type: Option<String>,
    pub revision: u64,
    pub status: PmaStatus,
    #[serde(with = "crate::mock::clock::seconds")]
    pub created_at: OffsetDateTime,
    #[serde(with = "crate::mock::clock::seconds")]
    pub updated_at: OffsetDateTime,
    #[serde(with = "crate::mock::clock::seconds::option")]
    pub start_date: Option<OffsetDateTime>,
    /// The write sequence of the last change: its position in listings.
    pub seq: u64,
    /// Its list item (`ProgramManagementAccountSummary`) as JSON text, rendered at each write:
    /// a list page is then a concatenation, whatever the item's size.
    #[serde(skip)]
    pub rendered: String,
}

impl ProgramManagementAccount {
    /// `ProgramManagementAccountSummary`, the list item.
    pub fn summary(&self) -> Value {
        summary(self)
    }

    /// Re-renders the list item after a write.
    pub fn refresh(&mut self) {
        self.rendered = summary(self).to_string();
    }
}

pub fn summary(p: &ProgramManagementAccount) -> Value {
    let mut v = json!({
        "id": p.id, "revision": p.revision.to_string(), "catalog": p.catalog, "program": p.program,
        "displayName": p.display_name, "accountId": p.account_id, "arn": p.arn,
        "createdAt": iso8601(p.created_at), "updatedAt": iso8601(p.updated_at), "status": p.status,
    });
    if let Some(start) = p.start_date {
        v["startDate"] = json!(iso8601(start));
    }
    if let Some(kind) = &p.pma_type {
        v["type"] = json!(kind);
    }
    v
}

/// A program management account's status: PENDING until its PMA handshake is accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum PmaStatus {
    Pending,
    Active,
    Inactive,
}

impl PmaStatus {
    /// The name the service writes.
    pub fn as_str(self) -> &'static str {
        match self {
            PmaStatus::Pending => "PENDING",
            PmaStatus::Active => "ACTIVE",
            PmaStatus::Inactive => "INACTIVE",
        }
    }
}
