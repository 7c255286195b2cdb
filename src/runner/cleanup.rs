//! Deletes what a scenario created, newest first, from the catalog's `cleanup` recipes.
use serde_json::{Map, Value};

use super::{RunContext, outcome::Leftover, path, world::Created};

/// Undoes each creation; returns what could not be undone.
pub async fn undo(ctx: &RunContext, created: Vec<Created>) -> Vec<Leftover> {
    let mut left = Vec::new();
    for c in created.into_iter().rev() {
        let Some(recipe) = ctx
            .contract
            .operation(&c.operation)
            .and_then(|op| op.cleanup.clone())
        else {
            continue;
        };
        let body = undo_request(&recipe, &c);
        let identifier = body
            .get("identifier")
            .and_then(Value::as_str)
            .unwrap_or("?")
            .to_string();
        let (Some(op), Some(principal)) = (
            ctx.contract.operation(&recipe.operation),
            ctx.principal(&c.principal),
        ) else {
            continue;
        };
        let reason = left_because(ctx.call(principal, op, &Value::Object(body)).await);
        // Forgotten only once the delete was tried: an interruption before this point leaves it live.
        if let Ok(mut live) = ctx.live.lock() {
            live.retain(|l| l.id != c.id);
        }
        if let Some(reason) = reason {
            left.push(Leftover {
                operation: recipe.operation.clone(),
                identifier,
                reason,
            });
        }
    }
    left
}

/// The undo call's request: each member from the create's request or response, as the recipe says.
fn undo_request(recipe: &crate::spec::catalog::Cleanup, c: &Created) -> Map<String, Value> {
    let mut body = Map::new();
    for (member, source) in &recipe.members {
        let value = match source.split_once(':') {
            Some(("request", p)) => path::get(&c.request, p),
            Some(("response", p)) => path::get(&c.response, p),
            _ => None,
        };
        if let Some(v) = value {
            body.insert(member.clone(), v.clone());
        }
    }
    body
}

/// Why the resource is left behind, if it is: an undo that failed for another reason than the
/// resource being gone already (the scenario deleted it, or a handshake is in a terminal state).
fn left_because(
    outcome: Result<crate::client::Exchange, crate::client::ClientError>,
) -> Option<String> {
    match outcome {
        Ok(e) if e.response.is_success() => None,
        Ok(e)
            if matches!(
                e.response.error_type.as_deref(),
                Some("ResourceNotFoundException" | "ValidationException")
            ) =>
        {
            None
        }
        Ok(e) => Some(format!(
            "{} {}",
            e.response.status,
            e.response.error_type.unwrap_or_default()
        )),
        Err(e) => Some(e.to_string()),
    }
}
