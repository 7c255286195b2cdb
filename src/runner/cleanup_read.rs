//! Before the cleanup blames a resource whose undo was refused, it reads it: a handshake or invitation
//! that someone already answered (or that expired) is settled, not left behind. Which statuses are live
//! comes from the resource's lifecycle (its initial status); how to read it, from the cleanup recipe.
use serde_json::{Value, json};

use super::{RunContext, path, recipe::Sources};
use crate::{spec::catalog::StatusRead, wire::Principal};

/// At most this many pages are read looking for the resource in a list.
const MAX_PAGES: usize = 20;

/// The resource's status as `read` shows it, or why it could not be read.
pub async fn status(
    ctx: &RunContext,
    principal: &Principal,
    read: &StatusRead,
    sources: &Sources<'_>,
) -> Result<String, String> {
    let op = ctx
        .contract
        .operation(&read.operation)
        .ok_or_else(|| format!("the catalog has no operation {}", read.operation))?;
    let mut body = Value::Object(
        sources
            .resolve(&read.members)
            .map_err(|missing| format!("the read could not fill {}", missing.join(", ")))?,
    );
    let wanted = read.item.as_ref().map(|item| sources.value(&item.equals));
    for _ in 0..MAX_PAGES {
        let answer = match ctx.call(principal, op, &body).await {
            Ok(e) if e.response.is_success() => e.response.json.unwrap_or(Value::Null),
            Ok(e) => {
                return Err(format!(
                    "reading it with {} answered {} {}",
                    op.name,
                    e.response.status,
                    e.response.error_type.unwrap_or_default()
                ));
            }
            Err(e) => return Err(format!("reading it with {} failed: {e}", op.name)),
        };
        let found = match (&read.item, &wanted) {
            (Some(item), Some(Some(id))) => {
                item_of(&answer, op.items_member.as_deref(), &item.member, id)
            }
            (Some(_), _) => return Err("the read could not name the item to look for".into()),
            (None, _) => Some(answer.clone()),
        };
        if let Some(doc) = found {
            return path::get(&doc, &read.status_path)
                .and_then(Value::as_str)
                .map(str::to_string)
                .ok_or_else(|| format!("{} showed no {}", op.name, read.status_path));
        }
        let next = op.next_token_member.as_deref();
        match next.and_then(|t| answer.get(t)).and_then(Value::as_str) {
            Some(token) => body[next.unwrap_or_default()] = json!(token),
            None => break,
        }
    }
    Err(format!("{} did not list it", op.name))
}

/// The item of a list answer whose `member` equals `id` (the cleanup's read and a probe's read back look
/// for their resource so).
pub fn item_of(answer: &Value, items: Option<&str>, member: &str, id: &Value) -> Option<Value> {
    answer
        .get(items?)?
        .as_array()?
        .iter()
        .find(|i| i.get(member) == Some(id))
        .cloned()
}

/// Whether a resource made by `create` in `status` is still live: its lifecycle's initial status (one
/// without a lifecycle is live in any status).
pub fn live(ctx: &RunContext, create: &str, status: &str) -> bool {
    ctx.contract
        .catalog
        .lifecycles
        .iter()
        .find(|l| l.create.operation == create)
        .is_none_or(|l| l.initial == status)
}
