//! What a scenario needs of the endpoint before it starts, and what it does when the endpoint is not so:
//! against the mock a broken precondition is a defect (the run made it); against a service it is the
//! account's own state, so the scenario is skipped with the reason and nothing of it is touched.
use cucumber::given;
use serde_json::{Value, json};

use crate::runner::world::ConformanceWorld;

/// Two accounts can only be invited to a connection type they do not have yet, and only once at a time.
#[given(
    regex = r#"^no (\w+) connection or pending invitation is between "([^"]+)" and "([^"]+)"$"#
)]
async fn no_connection_between(world: &mut ConformanceWorld, kind: String, a: String, b: String) {
    let other = world.resolve(&format!("principal.{b}.accountId"));
    let connections =
        json!({"ConnectionType": format!("{kind}:ACTIVE"), "OtherParticipantIdentifiers": [other]});
    let invitations = json!({"ConnectionType": kind, "Status": "PENDING", "OtherParticipantIdentifiers": [other]});
    let found = [
        ("ListConnections", connections, "an ACTIVE connection"),
        (
            "ListConnectionInvitations",
            invitations,
            "a PENDING invitation",
        ),
    ];
    for (op, filter, what) in found {
        let mut body = world.example(op);
        for member in ["NextToken", "ParticipantType", "Status", "ConnectionType"] {
            body.as_object_mut().map(|o| o.remove(member));
        }
        for (k, v) in filter.as_object().into_iter().flatten() {
            body[k.as_str()] = v.clone();
        }
        body["MaxResults"] = json!(1);
        let items = op_items(world, &a, op, body).await;
        if items > 0 {
            let why = format!(
                "\"{a}\" and \"{b}\" already have {what} of type {kind} that this scenario did not make"
            );
            if world.ctx().against_mock {
                panic!("{why}: something earlier left it behind");
            }
            world.refused = Some(why.clone());
            panic!("refused: {why}");
        }
    }
}

/// How many items the first page of a list call holds (a failed call fails the step).
async fn op_items(world: &mut ConformanceWorld, who: &str, op: &str, body: Value) -> usize {
    let items_member = world
        .ctx()
        .operation(op)
        .items_member
        .clone()
        .unwrap_or_default();
    let r = world.call(who, op, body).await.clone();
    assert!(
        r.is_success(),
        "{op} failed: {} {:?}",
        r.status,
        r.error_type
    );
    r.json
        .as_ref()
        .and_then(|j| j.get(&items_member))
        .and_then(Value::as_array)
        .map_or(0, Vec::len)
}
