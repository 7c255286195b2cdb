//! What a scenario needs of the endpoint before it starts, and what it does when the endpoint is not so:
//! against the mock a broken precondition is a defect (the run made it); against a service it is the
//! account's own state, so the scenario is skipped with the reason and nothing of it is touched. Which
//! reads find a blocker comes from the catalog (a lifecycle's `blockers`), not from here.
use cucumber::given;
use serde_json::{Value, json};

use crate::{
    runner::{verdict::Ending, world::ConformanceWorld},
    spec::lifecycle::Blocker,
};

/// Two accounts can only be brought to make a resource of a kind that nothing blocks yet (an invitation
/// to a connection type they do not have, and only one at a time).
#[given(
    regex = r#"^no (\w+) connection or pending invitation is between "([^"]+)" and "([^"]+)"$"#
)]
async fn no_connection_between(world: &mut ConformanceWorld, kind: String, a: String, b: String) {
    let ctx = world.ctx();
    let Some(lifecycle) = ctx
        .contract
        .catalog
        .lifecycles
        .iter()
        .find(|l| l.create.kinds.contains_key(&kind) && !l.blockers.is_empty())
    else {
        panic!("the catalog names no lifecycle of a kind {kind} with blockers to look for");
    };
    let other = world.resolve(&format!("principal.{b}.accountId"));
    world.vars.insert("blockedKind".into(), json!(kind));
    world.vars.insert("otherAccount".into(), other);
    for blocker in &lifecycle.blockers {
        if op_items(world, &a, blocker).await > 0 {
            let why = format!(
                "\"{a}\" and \"{b}\" already have {} of type {kind} that this scenario did not make",
                blocker.what
            );
            if ctx.against_mock {
                panic!("{why}: something earlier left it behind");
            }
            world.end(Ending::Refused(why.clone()), format!("refused: {why}"));
        }
    }
}

/// How many items the first page (of one item) of a blocker's list call holds (a failed call fails the
/// step).
async fn op_items(world: &mut ConformanceWorld, who: &str, blocker: &Blocker) -> usize {
    let op = world.ctx().operation(&blocker.operation).clone();
    let mut body = world.example(&op.name);
    for member in &blocker.without {
        body.as_object_mut().map(|o| o.remove(member));
    }
    for (k, v) in &blocker.with {
        body[k.as_str()] = world.fill(v.clone());
    }
    if let Some(max) = &op.max_results_member {
        body[max.as_str()] = json!(1);
    }
    let r = world.call(who, &op.name, body).await.clone();
    assert!(
        r.is_success(),
        "{} failed: {} {:?}",
        op.name,
        r.status,
        r.error_type
    );
    let items = op.items_member.as_deref().unwrap_or_default();
    r.json
        .as_ref()
        .and_then(|j| j.get(items))
        .and_then(Value::as_array)
        .map_or(0, Vec::len)
}
