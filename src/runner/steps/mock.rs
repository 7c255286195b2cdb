//! The mock's clock and admin API, and bringing a handshake to a status the way the service would.
use cucumber::{gherkin::Step, given, when};

use super::{describe, docstring_json};
use crate::runner::world::ConformanceWorld;

// ---- the mock's clock and the handshake lifecycle ----

#[given(regex = r#"^the mock clock moves forward (\d+) days?$"#)]
#[when(regex = r#"^the mock clock moves forward (\d+) days?$"#)]
async fn clock_forward(world: &mut ConformanceWorld, days: u64) {
    let ctx = world.ctx();
    assert!(
        ctx.against_mock,
        "moving the clock needs the mock's admin API: tag the scenario @mock-only"
    );
    match ctx
        .client
        .post_json("/_mock/clock", &serde_json::json!({"advanceDays": days}))
        .await
    {
        Ok((200, _)) => {}
        Ok((status, body)) => panic!("the mock refused to move its clock: {status} {body}"),
        Err(e) => panic!("cannot reach the mock's admin API: {e}"),
    }
}

/// Brings a pending handshake to a status the way the service would: the receiver accepts or rejects,
/// the sender cancels, or 30 days pass (the mock's clock).
#[given(
    regex = r#"^the handshake (\S+) from "([^"]+)" to "([^"]+)" is (PENDING|ACCEPTED|REJECTED|CANCELED|EXPIRED)(?: \[(?:contract|documented|safety|inferred)\])?$"#
)]
async fn handshake_in_status(
    world: &mut ConformanceWorld,
    id: String,
    sender: String,
    receiver: String,
    status: String,
    step: &Step,
) {
    let id = world.cell_value(&id);
    let body = serde_json::json!({"catalog": world.ctx().catalog, "identifier": id});
    let (who, op) = match status.as_str() {
        "PENDING" => return,
        "ACCEPTED" => (receiver, "AcceptChannelHandshake"),
        "REJECTED" => (receiver, "RejectChannelHandshake"),
        "CANCELED" => (sender, "CancelChannelHandshake"),
        _ => return clock_forward(world, 31).await,
    };
    world.call(&who, op, body).await;
    let last = world.last().clone();
    world.expect(step, last.response.is_success(), || {
        format!("{op} by {who} failed: {}", describe(&last))
    });
}

#[given(
    regex = r#"^I post to the mock's admin API at "([^"]+)" and remember the answer as "([^"]+)":$"#
)]
async fn admin_post(world: &mut ConformanceWorld, path: String, var: String, step: &Step) {
    let ctx = world.ctx();
    assert!(
        ctx.against_mock,
        "the admin API is the mock's: tag the scenario @mock-only"
    );
    let body = docstring_json(world, step);
    match ctx.client.post_json(&path, &body).await {
        Ok((status, answer)) if (200..300).contains(&status) => {
            world.vars.insert(var, answer);
        }
        Ok((status, answer)) => panic!("the mock's admin API refused {path}: {status} {answer}"),
        Err(e) => panic!("cannot reach the mock's admin API: {e}"),
    }
}
