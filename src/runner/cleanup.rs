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
        let outcome = ctx.call(principal, op, &Value::Object(body)).await;
        let reason = match outcome {
            Ok(e) if e.response.is_success() => None,
            // Already gone (the scenario deleted it, or a terminal handshake): nothing is left behind.
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
        };
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
