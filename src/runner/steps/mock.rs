//! The mock's clock and admin API, and bringing a resource to a status the way the service would.
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
        .post_json_everywhere("/_mock/clock", &serde_json::json!({"advanceDays": days}))
        .await
    {
        Ok((200, _)) => {}
        Ok((status, body)) => panic!("the mock refused to move its clock: {status} {body}"),
        Err(e) => panic!("cannot reach the mock's admin API: {e}"),
    }
}

/// Brings a resource in its initial status to another, the way the service would, from the catalog's
/// lifecycle of that resource: the party its transition names acts (the receiver accepts, the sender
/// cancels, ...), or the mock's clock moves past the expiry.
#[given(
    regex = r#"^the (\w+) (\S+) from "([^"]+)" to "([^"]+)" is ([A-Z_]+)(?: \[(?:contract|documented|safety|inferred)\])?$"#
)]
async fn resource_in_status(
    world: &mut ConformanceWorld,
    resource: String,
    id: String,
    sender: String,
    receiver: String,
    status: String,
    step: &Step,
) {
    let Some(lifecycle) = world.ctx().contract.catalog.lifecycle(&resource).cloned() else {
        panic!("the catalog describes no lifecycle of a '{resource}'");
    };
    if status == lifecycle.initial {
        return;
    }
    if let Some(expiry) = lifecycle.expiry.as_ref().filter(|e| e.status == status) {
        return clock_forward(world, expiry.days.unsigned_abs() + 1).await;
    }
    let Some(transition) = lifecycle.transition_to(&status) else {
        panic!("no move of a {resource} leads to {status}");
    };
    let who = if transition.by == "sender" {
        sender
    } else {
        receiver
    };
    let mut body = world.example(&transition.operation);
    body[lifecycle.identifier_member.as_str()] = world.cell_value(&id);
    world.call(&who, &transition.operation, body).await;
    let last = world.last().clone();
    world.expect_outcome(step, last.response.is_success(), || {
        format!(
            "{} by {who} failed: {}",
            transition.operation,
            describe(&last)
        )
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
    let path = world.fill_str(&path);
    match ctx.client.post_admin(&path, &body).await {
        Ok((status, answer)) if (200..300).contains(&status) => {
            world.vars.insert(var, answer);
        }
        Ok((status, answer)) => panic!("the mock's admin API refused {path}: {status} {answer}"),
        Err(e) => panic!("cannot reach the mock's admin API: {e}"),
    }
}

/// Has the mock add a principal with a fresh account and the policy in the docstring (what IAM refuses
/// it, its quotas, errors for its first calls), known to this scenario as `name`.
#[given(regex = r#"^the mock has a principal "([^"]+)" with the policy:$"#)]
async fn guest_principal(world: &mut ConformanceWorld, name: String, step: &Step) {
    assert!(
        world.ctx().against_mock,
        "a principal with a policy is the mock's: tag the scenario @mock-only"
    );
    let policy = docstring_json(world, step);
    add_guest(world, &name, policy).await;
}

/// The scenario acts as an account nobody else's scenario touches: against the mock a principal it adds
/// for this scenario alone; against a service, where accounts are what the user gave, the sender.
#[given(regex = r#"^I am a principal of my own$"#)]
async fn own_principal(world: &mut ConformanceWorld) {
    if world.ctx().against_mock {
        add_guest(world, "me", serde_json::json!({})).await;
        world.actor = "me".into();
    }
    world.own = Some(world.principal_name(&world.actor));
}

async fn add_guest(world: &mut ConformanceWorld, name: &str, policy: serde_json::Value) {
    let ctx = world.ctx();
    let unique = format!("{name}-{}", world.generator.lower(8));
    let body = serde_json::json!({"name": unique, "policy": policy});
    let principal: crate::wire::Principal =
        match ctx.client.post_json("/_mock/principals", &body).await {
            Ok((201, answer)) => serde_json::from_value(answer).unwrap_or_else(|e| {
                panic!("the mock answered a principal that does not read: {e}")
            }),
            Ok((status, answer)) => panic!("the mock refused the principal: {status} {answer}"),
            Err(e) => panic!("cannot reach the mock's admin API: {e}"),
        };
    // One mock per service: the same principal, with the same keys and policy, on each.
    let copy = serde_json::json!({
        "name": principal.name, "policy": policy, "accountId": principal.account_id,
        "accessKeyId": principal.access_key_id, "secretAccessKey": principal.secret_access_key,
    });
    for endpoint in ctx.client.endpoints().into_iter().skip(1) {
        match ctx
            .client
            .post_json_to(endpoint, "/_mock/principals", &copy)
            .await
        {
            Ok((201, _)) => {}
            Ok((status, answer)) => {
                panic!("the mock at {endpoint} refused the principal: {status} {answer}")
            }
            Err(e) => panic!("cannot reach the admin API of the mock at {endpoint}: {e}"),
        }
    }
    ctx.add_guest(principal);
    if policy.as_object().is_some_and(|p| !p.is_empty()) {
        world.policed.insert(unique.clone());
    }
    world.aliases.insert(name.to_string(), unique);
}

/// What the scenario writes from here on comes a second apart, so that a list's sort key differs between
/// the items: against the mock its clock moves a second after each write; against a service each write is
/// followed by a second's wait.
#[given(regex = r#"^the writes that follow are a second apart$"#)]
async fn spaced_writes(world: &mut ConformanceWorld) {
    world.spaced = true;
}
