//! Deletes what a scenario created, newest first, from the catalog's `cleanup` recipes.
use futures::StreamExt;
use serde_json::Value;

use super::{RunContext, outcome::Leftover, recipe::Sources, world::Created};
use crate::spec::catalog::Cleanup;

/// At most this many undo calls of one kind go at once (within the run's rate limit, if it has one).
const UNDO_AT_ONCE: usize = 8;

/// Undoes each creation, newest first; returns what could not be undone. Creations of one operation
/// made one after another (a hundred program management accounts, say) depend on nothing among them,
/// so they are undone together; a run of another operation waits, so what was made later (a
/// relationship) is still gone before what it needs (its program management account).
pub async fn undo(ctx: &RunContext, created: Vec<Created>) -> Vec<Leftover> {
    let mut left = Vec::new();
    let newest_first: Vec<Created> = created.into_iter().rev().collect();
    for run in newest_first.chunk_by(|a, b| a.operation == b.operation) {
        let undone = futures::stream::iter(run.iter().map(|c| undo_recorded(ctx, c)))
            .buffer_unordered(UNDO_AT_ONCE)
            .collect::<Vec<_>>()
            .await;
        left.extend(undone.into_iter().flatten());
    }
    left
}

/// Undoes one creation and forgets it; what is left of it, if the undo failed.
async fn undo_recorded(ctx: &RunContext, c: &Created) -> Option<Leftover> {
    let recipe = ctx
        .contract
        .operation(&c.operation)
        .and_then(|op| op.cleanup.clone())?;
    let reason = undo_one(ctx, &recipe, c).await;
    // Forgotten only once the undo was tried: an interruption before this point leaves it live.
    if let Ok(mut live) = ctx.live.lock() {
        live.retain(|l| l.id != c.id);
    }
    reason.map(|(identifier, reason)| Leftover {
        operation: recipe.operation.clone(),
        identifier,
        reason,
    })
}

/// Runs one recipe (its lookup first, if it has one); what is left and why, if the undo failed.
async fn undo_one(ctx: &RunContext, recipe: &Cleanup, c: &Created) -> Option<(String, String)> {
    let principal = &ctx.principal(&c.principal)?;
    let sources = Sources {
        request: &c.request,
        response: &c.response,
        before: &c.before,
        looked_up: &Value::Null,
    };
    let looked_up = match &recipe.lookup {
        Some(lookup) => {
            let op = ctx.contract.operation(&lookup.operation)?;
            let body = Value::Object(sources.members(&lookup.members));
            match ctx.call(principal, op, &body).await {
                Ok(e) if e.response.is_success() => e.response.json.unwrap_or(Value::Null),
                // Nothing to read: nothing of it is left to undo.
                _ => return None,
            }
        }
        None => Value::Null,
    };
    let filled = Sources {
        looked_up: &looked_up,
        ..sources
    }
    .resolve(&recipe.members);
    let body = match filled {
        Ok(body) => body,
        Err(missing) => {
            let why = format!(
                "the cleanup recipe could not fill {}, so {} was not called",
                missing.join(", "),
                recipe.operation
            );
            return Some((created_identifier(c), why));
        }
    };
    let identifier = ["identifier", "Identifier"]
        .iter()
        .find_map(|m| body.get(*m).and_then(Value::as_str))
        .unwrap_or("?")
        .to_string();
    let op = ctx.contract.operation(&recipe.operation)?;
    let outcome = ctx.call(principal, op, &Value::Object(body)).await;
    let reason = left_because(outcome, &recipe.settled)?;
    let Some(read) = &recipe.read else {
        return Some((identifier, reason));
    };
    match super::cleanup_read::status(ctx, principal, read, &sources).await {
        Ok(status) if !super::cleanup_read::live(ctx, &c.operation, &status) => None,
        Ok(status) => Some((identifier, format!("{reason}; it is still {status}"))),
        Err(why) => Some((identifier, format!("{reason}; {why}"))),
    }
}

/// What names a created resource, from the create's answer (its ARN or id, at any depth), for a leftover
/// whose undo could not even be written.
fn created_identifier(c: &Created) -> String {
    fn find(v: &Value) -> Option<String> {
        match v {
            Value::Object(o) => ["arn", "Arn", "id", "Id"]
                .iter()
                .find_map(|k| o.get(*k).and_then(Value::as_str).map(str::to_string))
                .or_else(|| o.values().find_map(find)),
            _ => None,
        }
    }
    find(&c.response).unwrap_or_else(|| format!("what {} made", c.operation))
}

/// Why the resource is left behind, if it is: an undo that failed for another reason than one of the
/// recipe's `settled` errors (the resource is gone already, or in a state with nothing to undo).
fn left_because(
    outcome: Result<crate::client::Exchange, crate::client::ClientError>,
    settled: &[String],
) -> Option<String> {
    match outcome {
        Ok(e) if e.response.is_success() => None,
        Ok(e)
            if e.response
                .error_type
                .as_deref()
                .is_some_and(|t| settled.iter().any(|s| s == t)) =>
        {
            None
        }
        Ok(e) => Some(format!(
            "{} {}",
            e.response.status,
            e.response.error_type.unwrap_or_default()
        )),
        Err(e) => Some(format!("{e}")),
    }
}
