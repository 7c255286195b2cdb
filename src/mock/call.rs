//! One call as a handler sees it, what it answers, and the paging every list shares.
use serde_json::Value;
use time::OffsetDateTime;

use super::{error::ApiError, listing::PageRequest};
use crate::{spec::Operation, wire::Principal};

/// The catalogs the service knows.
pub const CATALOGS: [&str; 2] = ["AWS", "Sandbox"];
/// `maxResults` when a list request gives none.
pub const DEFAULT_PAGE_SIZE: usize = 20;

/// One call as a handler sees it.
#[derive(Debug, Clone, Copy)]
pub struct Call<'a> {
    pub caller: &'a Principal,
    pub op: &'a Operation,
    pub input: &'a Value,
    pub now: OffsetDateTime,
}

impl Call<'_> {
    pub fn str(&self, member: &str) -> Option<&str> {
        self.input.get(member).and_then(Value::as_str)
    }

    pub fn account(&self) -> &str {
        &self.caller.account_id
    }

    /// The request's catalog (under the service's catalog member), which must be `AWS` or `Sandbox`.
    pub fn catalog(&self) -> Result<&str, ApiError> {
        let member = &self.op.conventions.catalog_member;
        let catalog = self.str(member).unwrap_or_default();
        if CATALOGS.contains(&catalog) {
            Ok(catalog)
        } else {
            Err(ApiError::business_validation(
                member,
                format!("Catalog '{catalog}' does not exist; use AWS or Sandbox"),
            ))
        }
    }

    /// The page this list call asks for, in `descending` order (newest change first) or not.
    pub fn page_request(&self, descending: bool) -> PageRequest<'_> {
        PageRequest {
            caller: self.account(),
            operation: &self.op.name,
            input: self.input,
            max_results: self.page_size(),
            descending,
            now_unix: self.now.unix_timestamp(),
        }
    }

    /// The page size a list request asks for (its `maxResults` member), or the default.
    pub fn page_size(&self) -> usize {
        self.op
            .max_results_member
            .as_deref()
            .and_then(|m| self.input.get(m))
            .and_then(Value::as_u64)
            .map_or(DEFAULT_PAGE_SIZE, |n| n as usize)
    }

    /// A page of this list operation from rendered items, under the operation's items and token members.
    pub fn page<'i>(&self, items: impl Iterator<Item = &'i str>, token: Option<&str>) -> Reply {
        self.page_written(items, |item, out| out.push_str(item), token)
    }

    /// A list page, `{"<items>": [...], "<token member>": "..."}`, whose items `write` renders as JSON
    /// text, each straight into the page.
    pub fn page_written<I>(
        &self,
        items: impl IntoIterator<Item = I>,
        mut write: impl FnMut(I, &mut String),
        token: Option<&str>,
    ) -> Reply {
        let items = items.into_iter();
        let items_member = self.op.items_member.as_deref().unwrap_or("items");
        let mut out = String::with_capacity(64 + 448 * items.size_hint().0);
        out.push_str("{\"");
        out.push_str(items_member);
        out.push_str("\":[");
        for (i, item) in items.enumerate() {
            if i > 0 {
                out.push(',');
            }
            write(item, &mut out);
        }
        out.push(']');
        if let Some(t) = token {
            out.push_str(",\"");
            out.push_str(self.next_token_member());
            out.push_str("\":");
            out.push_str(&Value::String(t.to_string()).to_string());
        }
        out.push('}');
        Reply::Rendered(out)
    }

    /// The member a list request's page token comes in.
    pub fn next_token_member(&self) -> &str {
        self.op.next_token_member.as_deref().unwrap_or("nextToken")
    }

    /// A list member of strings (a filter), empty when absent.
    pub fn strings(&self, member: &str) -> Vec<&str> {
        self.input
            .get(member)
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default()
    }
}

/// What an operation answers: a JSON document, or JSON text already rendered (list pages).
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    Json(Value),
    Rendered(String),
}

impl Reply {
    pub fn into_text(self) -> String {
        match self {
            Reply::Json(v) => v.to_string(),
            Reply::Rendered(s) => s,
        }
    }
}

/// The list order: `sort.sortOrder`, Descending (newest change first) by default.
pub fn descending(input: &Value) -> bool {
    input.pointer("/sort/sortOrder").and_then(Value::as_str) != Some("Ascending")
}
