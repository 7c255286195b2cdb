//! What a call answered: success or failure, the error, members of the response; remembering values.
use cucumber::{gherkin::Step, given, then};
use serde_json::Value;

use super::describe;
use crate::runner::{compare, outcome::Check, path, world::ConformanceWorld};

// ---- outcomes ----

#[then(regex = r#"^the call succeeds(?: \[(?:contract|documented|safety|inferred)\])?$"#)]
async fn succeeds(world: &mut ConformanceWorld, step: &Step) {
    let last = world.last().clone();
    world.expect_outcome(step, last.response.is_success(), || {
        format!("{} failed with {}", last.operation, describe(&last))
    });
}

#[then(regex = r#"^the call fails(?: \[(?:contract|documented|safety|inferred)\])?$"#)]
async fn fails(world: &mut ConformanceWorld, step: &Step) {
    let last = world.last().clone();
    world.expect_outcome(step, !last.response.is_success(), || {
        format!(
            "{} succeeded ({}); it should have failed",
            last.operation, last.response.status
        )
    });
}

#[then(
    regex = r#"^the (?:call fails with|error is) (\w+)(?: \[(?:contract|documented|safety|inferred)\])?$"#
)]
async fn fails_with(world: &mut ConformanceWorld, error: String, step: &Step) {
    let last = world.last().clone();
    let got = last.response.error_type.as_deref();
    if got == Some(error.as_str()) {
        world.checked(Check::Error {
            name: error.clone(),
        });
    }
    world.expect_outcome(step, got == Some(error.as_str()), || {
        if last.response.is_success() {
            format!("{} succeeded; expected {error}", last.operation)
        } else {
            format!(
                "{} failed with {}; expected {error}",
                last.operation,
                describe(&last)
            )
        }
    });
}

#[then(
    regex = r#"^the call fails with (\w+) naming "([^"]+)"(?: \[(?:contract|documented|safety|inferred)\])?$"#
)]
async fn fails_naming(world: &mut ConformanceWorld, error: String, member: String, step: &Step) {
    fails_with(world, error, step).await;
    names_member(world, member, step).await;
}

#[then(regex = r#"^the error names "([^"]+)"(?: \[(?:contract|documented|safety|inferred)\])?$"#)]
async fn names_member(world: &mut ConformanceWorld, member: String, step: &Step) {
    let response = world.last().response.clone();
    let fields = response.error_fields();
    let message = response.error_message().unwrap_or_default().to_string();
    let named = if fields.is_empty() {
        message.contains(&format!("'{member}'"))
    } else {
        fields.iter().all(|f| related(f, &member))
    };
    if named {
        world.checked(Check::Named {
            member: member.clone(),
        });
    }
    world.expect(step, named, || {
        format!(
            "the error does not name '{member}' alone: message {message:?}, fields {fields:?} (a request with one fault is refused naming that member, or one inside it)"
        )
    });
}

/// Whether a field an error names is the member, inside it (`tags[0].key` of `tags`) or holds it.
fn related(field: &str, member: &str) -> bool {
    let inside = |a: &str, b: &str| {
        a.strip_prefix(b)
            .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
    };
    field == member || inside(field, member) || inside(member, field)
}

/// The control of a refusal: the same request, with the member at fault put right (as the operation's
/// example has it, or a value given), sent again by the same principal, is not refused for its shape. It
/// may succeed, or fail for what it names (not found, a conflict, not allowed), but not with a
/// ValidationException: an endpoint that refuses everything fails here.
#[then(
    regex = r#"^the same request with "([^"]+)" as (in the example|.+?) is not refused for it(?: \[(?:contract|documented|safety|inferred)\])?$"#
)]
async fn control(world: &mut ConformanceWorld, member: String, value: String, step: &Step) {
    let refused = world.last().clone();
    let token = world
        .ctx()
        .operation(&refused.operation)
        .next_token_member
        .clone();
    // A page token is taken only as the service issued it: the request is put right without it.
    let good = if token.as_deref() == Some(member.as_str()) {
        Value::String("(absent)".into())
    } else if value == "in the example" {
        let example = world.example(&refused.operation);
        // A member the example lacks is put right by leaving it out, as the example does.
        path::get(&example, &member)
            .cloned()
            .unwrap_or_else(|| Value::String("(absent)".into()))
    } else {
        world.cell_value(&value)
    };
    let mut body = refused.request.clone();
    if good.as_str() == Some("(absent)") {
        path::remove(&mut body, &member);
    } else {
        path::set(&mut body, &member, good);
    }
    world
        .call(&refused.principal, &refused.operation, body)
        .await;
    let again = world.last().clone();
    let holds = again.response.error_type.as_deref() != Some("ValidationException");
    if holds {
        world.checked(Check::Control {
            member: member.clone(),
        });
    }
    world.expect(step, holds, || {
        format!(
            "{} with '{member}' put right was refused too ({}): the refusal shows nothing of '{member}'",
            refused.operation,
            describe(&again)
        )
    });
}

/// The last call's attempts before its answer failed with these errors, in this order (the client tried
/// again after each); other transient errors may come between, as a busy endpoint adds its own.
#[then(
    regex = r#"^the call was tried again after ([\w, ]+?)(?: \[(?:contract|documented|safety|inferred)\])?$"#
)]
async fn tried_again_after(world: &mut ConformanceWorld, errors: String, step: &Step) {
    let wanted: Vec<String> = errors.split(',').map(|e| e.trim().to_string()).collect();
    let attempts = world
        .exchanges
        .last()
        .map(|e| e.attempts.clone())
        .unwrap_or_default();
    let before: Vec<String> = attempts
        .iter()
        .take(attempts.len().saturating_sub(1))
        .map(|a| {
            a.error_type
                .clone()
                .or_else(|| a.error.clone())
                .unwrap_or_else(|| "success".into())
        })
        .collect();
    let mut rest = before.iter();
    let in_order = wanted.iter().all(|w| rest.any(|b| b == w));
    if in_order {
        for name in &wanted {
            world.checked(Check::Error { name: name.clone() });
        }
    }
    world.expect(step, in_order, || {
        format!("the attempts before the answer failed with {before:?}; expected {wanted:?}")
    });
}

#[then(regex = r#"^the error reason is (\w+)(?: \[(?:contract|documented|safety|inferred)\])?$"#)]
async fn error_reason(world: &mut ConformanceWorld, reason: String, step: &Step) {
    let got = world
        .last()
        .response
        .error_reason()
        .unwrap_or("")
        .to_string();
    world.expect(step, got == reason, || {
        format!("error reason is {got:?}, expected {reason}")
    });
}

#[then(
    regex = r#"^the response "([^"]+)" (equals|does not equal) (.+?)(?: \[(?:contract|documented|safety|inferred)\])?$"#
)]
async fn response_is(
    world: &mut ConformanceWorld,
    member: String,
    relation: String,
    expected: String,
    step: &Step,
) {
    let expected = world.cell_value(&expected);
    let got = path::get(&world.last_json(), &member)
        .cloned()
        .unwrap_or(Value::Null);
    let wanted = relation == "equals";
    let holds = compare::same(&got, &expected) == wanted;
    world.read(&member, holds);
    world.expect(step, holds, || {
        format!("response member '{member}' is {got}; it {relation} {expected} should hold")
    });
}

#[then(
    regex = r#"^the response "([^"]+)" is absent(?: \[(?:contract|documented|safety|inferred)\])?$"#
)]
async fn response_absent(world: &mut ConformanceWorld, member: String, step: &Step) {
    let body = world.last_json();
    let holds = path::get(&body, &member).is_none();
    world.read(&member, holds);
    world.expect(step, holds, || {
        format!("response member '{member}' is present: {body}")
    });
}

#[then(
    regex = r#"^the response "([^"]+)" matches "(.+)"(?: \[(?:contract|documented|safety|inferred)\])?$"#
)]
async fn response_matches(
    world: &mut ConformanceWorld,
    member: String,
    pattern: String,
    step: &Step,
) {
    let pattern = world.fill_str(&pattern);
    let re = regex::Regex::new(&pattern).unwrap_or_else(|e| panic!("bad pattern {pattern}: {e}"));
    // A number or a boolean is matched as its JSON text; an absent member as the empty string.
    let got = match path::get(&world.last_json(), &member) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Bool(b)) => b.to_string(),
        _ => String::new(),
    };
    world.read(&member, re.is_match(&got));
    world.expect(step, re.is_match(&got), || {
        format!("response member '{member}' = {got:?} does not match /{pattern}/")
    });
}

#[then(
    regex = r#"^the response "([^"]+)" has (\d+) items?(?: \[(?:contract|documented|safety|inferred)\])?$"#
)]
async fn response_count(world: &mut ConformanceWorld, member: String, n: usize, step: &Step) {
    let len = path::get(&world.last_json(), &member)
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    world.read(&member, len == n);
    world.expect(step, len == n, || {
        format!("'{member}' has {len} items, expected {n}")
    });
}

#[given(regex = r#"^I remember the response as "([^"]+)"$"#)]
#[then(regex = r#"^I remember the response as "([^"]+)"$"#)]
async fn remember_all(world: &mut ConformanceWorld, var: String) {
    remember(world, String::new(), var).await;
}

#[given(regex = r#"^I remember the response "([^"]+)" as "([^"]+)"$"#)]
#[then(regex = r#"^I remember the response "([^"]+)" as "([^"]+)"$"#)]
async fn remember(world: &mut ConformanceWorld, member: String, var: String) {
    let body = world.last_json();
    let value = if member.is_empty() {
        Some(body.clone())
    } else {
        path::get(&body, &member).cloned()
    };
    match value {
        Some(v) => {
            if let Some(miss) = world.fell_short() {
                world.short_vars.insert(var.clone(), miss);
            }
            world.vars.insert(var, v);
        }
        None => world.cannot_read(
            format!("the response has no member '{member}' to remember: {body}"),
            world.fell_short(),
        ),
    }
}

#[given(regex = r#"^I remember the request as "([^"]+)"$"#)]
#[then(regex = r#"^I remember the request as "([^"]+)"$"#)]
async fn remember_request(world: &mut ConformanceWorld, var: String) {
    let req = world.last().request.clone();
    world.vars.insert(var, req);
}
