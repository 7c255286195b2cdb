//! Generic, data-driven steps. Adding an operation needs schemas, catalog entries and feature text, not code here.
use cucumber::{gherkin::Step, given, then, when};
use serde_json::Value;

use super::{path, world::ConformanceWorld};

fn table(step: &Step) -> Vec<Vec<String>> {
    step.table
        .as_ref()
        .map(|t| t.rows.clone())
        .unwrap_or_default()
}

fn docstring_json(world: &mut ConformanceWorld, step: &Step) -> Value {
    let text = step.docstring.as_deref().unwrap_or("{}");
    match serde_json::from_str::<Value>(text) {
        Ok(v) => world.fill(v),
        Err(e) => panic!("the step's docstring is not JSON: {e}"),
    }
}

// ---- who acts ----

#[given(regex = r#"^I am "([^"]+)"$"#)]
async fn i_am(world: &mut ConformanceWorld, name: String) {
    if world.ctx().principal(&name).is_none() {
        panic!(
            "no principal named '{name}' (known: {})",
            world.ctx().principal_names()
        );
    }
    world.actor = name;
}

#[given(regex = r#"^"([^"]+)" is (.+)$"#)]
async fn let_var(world: &mut ConformanceWorld, var: String, value: String) {
    let v = world.cell_value(&value);
    world.vars.insert(var, v);
}

// ---- calls ----

#[given(regex = r#"^(I|"[^"]+") (?:have|has) called (\w+) with the example request(?: and:)?$"#)]
async fn have_called_example(world: &mut ConformanceWorld, who: String, op: String, step: &Step) {
    let mut body = world.example(&op);
    world.apply_table(&mut body, &table(step));
    let who = world.who(&who);
    let r = world.call(&who, &op, body).await;
    assert!(
        r.is_success(),
        "setup call {op} failed: {} {}",
        r.status,
        r.error_type.clone().unwrap_or_default()
    );
}

#[given(regex = r#"^(I|"[^"]+") (?:have|has) called (\w+) with:$"#)]
async fn have_called_with(world: &mut ConformanceWorld, who: String, op: String, step: &Step) {
    let body = docstring_json(world, step);
    let who = world.who(&who);
    let r = world.call(&who, &op, body).await;
    assert!(
        r.is_success(),
        "setup call {op} failed: {} {}",
        r.status,
        r.error_type.clone().unwrap_or_default()
    );
}

#[when(regex = r#"^(I|"[^"]+") calls? (\w+) with the example request(?: and:)?$"#)]
async fn call_example(world: &mut ConformanceWorld, who: String, op: String, step: &Step) {
    let mut body = world.example(&op);
    world.apply_table(&mut body, &table(step));
    let who = world.who(&who);
    world.call(&who, &op, body).await;
}

#[when(regex = r#"^(I|"[^"]+") calls? (\w+) with the example request without "([^"]+)"$"#)]
async fn call_example_without(
    world: &mut ConformanceWorld,
    who: String,
    op: String,
    member: String,
) {
    let mut body = world.example(&op);
    assert!(
        path::remove(&mut body, &member),
        "the example request of {op} has no member '{member}' to leave out"
    );
    let who = world.who(&who);
    world.call(&who, &op, body).await;
}

#[when(regex = r#"^(I|"[^"]+") calls? (\w+) with the example request where "([^"]+)" is (.+)$"#)]
async fn call_example_where(
    world: &mut ConformanceWorld,
    who: String,
    op: String,
    member: String,
    value: String,
) {
    let mut body = world.example(&op);
    let v = world.cell_value(&value);
    path::set(&mut body, &member, v);
    let who = world.who(&who);
    world.call(&who, &op, body).await;
}

#[when(regex = r#"^(I|"[^"]+") calls? (\w+) with:$"#)]
async fn call_with(world: &mut ConformanceWorld, who: String, op: String, step: &Step) {
    let body = docstring_json(world, step);
    let who = world.who(&who);
    world.call(&who, &op, body).await;
}

#[when(regex = r#"^(I|"[^"]+") repeats? the last request(?: and:)?$"#)]
async fn repeat_last(world: &mut ConformanceWorld, who: String, step: &Step) {
    let last = world.last().clone();
    let mut body = last.request.clone();
    world.apply_table(&mut body, &table(step));
    let who = world.who(&who);
    world.call(&who, &last.operation, body).await;
}

#[when(
    regex = r#"^(I|"[^"]+") calls? (\w+) with the example request and the table below until it fails, at most (\d+) times:$"#
)]
async fn call_until_failure(
    world: &mut ConformanceWorld,
    who: String,
    op: String,
    most: usize,
    step: &Step,
) {
    let who = world.who(&who);
    for _ in 0..most {
        let mut body = world.example(&op);
        world.apply_table(&mut body, &table(step));
        if !world.call(&who, &op, body).await.is_success() {
            return;
        }
    }
    panic!("{op} still succeeded after {most} calls");
}

#[when(regex = r#"^(I|"[^"]+") pages? through (\w+) with maxResults (\d+)(?: and:)?$"#)]
async fn page_through(
    world: &mut ConformanceWorld,
    who: String,
    op_name: String,
    max: u64,
    step: &Step,
) {
    let ctx = world.ctx();
    let op = ctx.operation(&op_name).clone();
    let (Some(items_member), Some(token_member)) =
        (op.items_member.clone(), op.next_token_member.clone())
    else {
        panic!("{op_name} is not a paginated operation");
    };
    let mut body = world.example(&op_name);
    for m in ["nextToken", "NextToken"] {
        path::remove(&mut body, m);
    }
    world.apply_table(&mut body, &table(step));
    let max_member = if op.service == "account" {
        "MaxResults"
    } else {
        "maxResults"
    };
    body[max_member] = Value::from(max);
    let who = world.who(&who);
    world.collected.clear();
    world.pages = 0;
    for _ in 0..100_000 {
        let page = world.pages + 1;
        let r = world.call(&who, &op_name, body.clone()).await;
        assert!(
            r.is_success(),
            "page {page} of {op_name} failed: {:?}",
            r.error_type
        );
        let json = r.json.clone().unwrap_or(Value::Null);
        let items = json
            .get(&items_member)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        assert!(
            items.len() as u64 <= max,
            "a page held {} items, more than maxResults {max}",
            items.len()
        );
        world.pages += 1;
        world.collected.extend(items);
        match json.get(&token_member).and_then(Value::as_str) {
            Some(token) => body[token_member.as_str()] = Value::from(token),
            None => return,
        }
    }
    panic!("{op_name} never stopped returning a nextToken");
}

// ---- outcomes ----

#[then(regex = r#"^the call succeeds$"#)]
async fn succeeds(world: &mut ConformanceWorld) {
    let r = &world.last().response;
    assert!(
        r.is_success(),
        "{} failed with {} {}: {}",
        world.last().operation,
        r.status,
        r.error_type.clone().unwrap_or_default(),
        r.error_message().unwrap_or_default()
    );
}

#[then(regex = r#"^the call fails with (\w+)$"#)]
async fn fails_with(world: &mut ConformanceWorld, error: String) {
    let r = &world.last().response;
    assert!(
        !r.is_success(),
        "{} succeeded; expected {error}",
        world.last().operation
    );
    assert_eq!(
        r.error_type.as_deref(),
        Some(error.as_str()),
        "{} failed with {:?} ({}), expected {error}",
        world.last().operation,
        r.error_type,
        r.error_message().unwrap_or_default()
    );
}

#[then(regex = r#"^the call fails with (\w+) naming "([^"]+)"$"#)]
async fn fails_naming(world: &mut ConformanceWorld, error: String, member: String) {
    fails_with(world, error).await;
    let fields = world.last().response.error_fields();
    let named = fields.contains(&member);
    let message = world
        .last()
        .response
        .error_message()
        .unwrap_or_default()
        .to_string();
    assert!(
        named || message.contains(&format!("'{member}'")),
        "the error does not name '{member}': message {message:?}, fields {fields:?}"
    );
}

#[then(regex = r#"^the error reason is (\w+)$"#)]
async fn error_reason(world: &mut ConformanceWorld, reason: String) {
    let body = world.last_json();
    let got = body
        .get("reason")
        .or_else(|| body.get("Reason"))
        .and_then(Value::as_str)
        .unwrap_or("");
    assert_eq!(got, reason, "error reason");
}

#[then(regex = r#"^the response "([^"]+)" equals (.+)$"#)]
async fn response_is(world: &mut ConformanceWorld, member: String, expected: String) {
    let expected = world.cell_value(&expected);
    let body = world.last_json();
    let got = path::get(&body, &member).cloned().unwrap_or(Value::Null);
    assert_eq!(got, expected, "response member '{member}'");
}

#[then(regex = r#"^the response "([^"]+)" does not equal (.+)$"#)]
async fn response_is_not(world: &mut ConformanceWorld, member: String, unexpected: String) {
    let unexpected = world.cell_value(&unexpected);
    let body = world.last_json();
    let got = path::get(&body, &member).cloned().unwrap_or(Value::Null);
    assert_ne!(got, unexpected, "response member '{member}'");
}

#[then(regex = r#"^the response "([^"]+)" is absent$"#)]
async fn response_absent(world: &mut ConformanceWorld, member: String) {
    let body = world.last_json();
    assert!(
        path::get(&body, &member).is_none(),
        "response member '{member}' is present: {body}"
    );
}

#[then(regex = r#"^the response "([^"]+)" matches "(.+)"$"#)]
async fn response_matches(world: &mut ConformanceWorld, member: String, pattern: String) {
    let pattern = world.fill_str(&pattern);
    let re = regex::Regex::new(&pattern).unwrap_or_else(|e| panic!("bad pattern {pattern}: {e}"));
    let body = world.last_json();
    let got = path::get(&body, &member)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    assert!(
        re.is_match(&got),
        "response member '{member}' = {got:?} does not match /{pattern}/"
    );
}

#[then(regex = r#"^the response "([^"]+)" has (\d+) items?$"#)]
async fn response_count(world: &mut ConformanceWorld, member: String, n: usize) {
    let body = world.last_json();
    let len = path::get(&body, &member)
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    assert_eq!(len, n, "number of items in '{member}'");
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
            world.vars.insert(var, v);
        }
        None => panic!("the response has no member '{member}' to remember: {body}"),
    }
}

#[given(regex = r#"^I remember the request as "([^"]+)"$"#)]
#[then(regex = r#"^I remember the request as "([^"]+)"$"#)]
async fn remember_request(world: &mut ConformanceWorld, var: String) {
    let req = world.last().request.clone();
    world.vars.insert(var, req);
}

#[then(regex = r#"^(\d+) items? (?:was|were) collected in (\d+) pages?$"#)]
async fn collected_count(world: &mut ConformanceWorld, items: usize, pages: usize) {
    assert_eq!(world.collected.len(), items, "items collected");
    assert_eq!(world.pages, pages, "pages read");
}

#[then(regex = r#"^(\d+) items? (?:was|were) collected$"#)]
async fn collected_items(world: &mut ConformanceWorld, items: usize) {
    assert_eq!(world.collected.len(), items, "items collected");
}

#[then(regex = r#"^every collected item has a distinct "([^"]+)"$"#)]
async fn collected_distinct(world: &mut ConformanceWorld, member: String) {
    let mut seen = std::collections::HashSet::new();
    for item in &world.collected {
        let v = path::get(item, &member)
            .map(ToString::to_string)
            .unwrap_or_default();
        assert!(seen.insert(v.clone()), "'{member}' {v} was collected twice");
    }
}

#[then(regex = r#"^every collected item has "([^"]+)" (?:equal to|in) (.+)$"#)]
async fn collected_all(world: &mut ConformanceWorld, member: String, expected: String) {
    let expected = world.cell_value(&expected);
    let allowed: Vec<Value> = match &expected {
        Value::Array(a) => a.clone(),
        other => vec![other.clone()],
    };
    for item in &world.collected {
        let got = path::get(item, &member).cloned().unwrap_or(Value::Null);
        assert!(
            allowed.contains(&got),
            "an item has '{member}' = {got}, expected {expected}"
        );
    }
}

#[then(regex = r#"^(some|no) collected item has "([^"]+)" equal to (.+)$"#)]
async fn collected_any(
    world: &mut ConformanceWorld,
    quantifier: String,
    member: String,
    expected: String,
) {
    let expected = world.cell_value(&expected);
    let found = world
        .collected
        .iter()
        .any(|i| path::get(i, &member) == Some(&expected));
    assert_eq!(
        found,
        quantifier == "some",
        "{quantifier} collected item should have '{member}' = {expected}"
    );
}

#[then(regex = r#"^the collected items are ordered by "([^"]+)" (ascending|descending)$"#)]
async fn collected_order(world: &mut ConformanceWorld, member: String, order: String) {
    let values: Vec<String> = world
        .collected
        .iter()
        .map(|i| {
            path::get(i, &member)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string()
        })
        .collect();
    for pair in values.windows(2) {
        let ok = if order == "ascending" {
            pair[0] <= pair[1]
        } else {
            pair[0] >= pair[1]
        };
        assert!(
            ok,
            "'{member}' out of {order} order: {} then {} (items: {})",
            pair[0],
            pair[1],
            serde_json::to_string(&world.collected).unwrap_or_default()
        );
    }
}

#[then(regex = r#"^the collected "([^"]+)" are (.+)$"#)]
async fn collected_sequence(world: &mut ConformanceWorld, member: String, expected: String) {
    let expected = world.cell_value(&expected);
    let got: Vec<Value> = world
        .collected
        .iter()
        .map(|i| path::get(i, &member).cloned().unwrap_or(Value::Null))
        .collect();
    assert_eq!(Value::Array(got), expected, "collected '{member}' in order");
}

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
    regex = r#"^the handshake (\S+) from "([^"]+)" to "([^"]+)" is (PENDING|ACCEPTED|REJECTED|CANCELED|EXPIRED)$"#
)]
async fn handshake_in_status(
    world: &mut ConformanceWorld,
    id: String,
    sender: String,
    receiver: String,
    status: String,
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
    let r = world.call(&who, op, body).await;
    assert!(
        r.is_success(),
        "{op} by {who} failed: {:?} {}",
        r.error_type,
        r.error_message().unwrap_or_default()
    );
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
