//! Generic, data-driven steps. Adding an operation needs schemas, catalog entries and feature text, not code here.
use cucumber::{gherkin::Step, given, then, when};
use serde_json::Value;

use super::{
    compare,
    paging::ListingGuard,
    path,
    verdict::Basis,
    world::{ConformanceWorld, LastCall},
};

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

#[given(
    regex = r#"^(I|"[^"]+") (?:have|has) called (\w+) with the example request(?: and)?(?: \[(?:contract|documented|safety|inferred)\])?:?$"#
)]
async fn have_called_example(world: &mut ConformanceWorld, who: String, op: String, step: &Step) {
    let mut body = world.example(&op);
    world.apply_table(&mut body, &table(step));
    let who = world.who(&who);
    world.call(&who, &op, body).await;
    setup_succeeded(world, step);
}

#[given(
    regex = r#"^(I|"[^"]+") (?:have|has) called (\w+) with(?: \[(?:contract|documented|safety|inferred)\])?:$"#
)]
async fn have_called_with(world: &mut ConformanceWorld, who: String, op: String, step: &Step) {
    let body = docstring_json(world, step);
    let who = world.who(&who);
    world.call(&who, &op, body).await;
    setup_succeeded(world, step);
}

/// A setup call is an expectation too: it must succeed, with the step's basis.
fn setup_succeeded(world: &mut ConformanceWorld, step: &Step) {
    let last = world.last().clone();
    world.expect(step, last.response.is_success(), || {
        format!("setup call {} failed: {}", last.operation, describe(&last))
    });
}

/// How a call ended, for a message: the status, error type and message.
fn describe(last: &LastCall) -> String {
    let r = &last.response;
    format!(
        "{} {} {}",
        r.status,
        r.error_type.clone().unwrap_or_default(),
        r.error_message().unwrap_or_default()
    )
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
    regex = r#"^(I|"[^"]+") calls? (\w+) with the example request and the table below until it fails, at most (\d+) times(?: \[(?:contract|documented|safety|inferred)\])?:$"#
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
    world.expect(step, false, || {
        format!("{op} still succeeded after {most} calls")
    });
}

#[when(
    regex = r#"^(I|"[^"]+") pages? through (\w+) with maxResults (\d+)(?: and)?(?: \[(?:contract|documented|safety|inferred)\])?:?$"#
)]
async fn page_through(
    world: &mut ConformanceWorld,
    who: String,
    op_name: String,
    max: u64,
    step: &Step,
) {
    let op = world.ctx().operation(&op_name).clone();
    let (Some(items_member), Some(token_member), Some(max_member)) = (
        op.items_member.clone(),
        op.next_token_member.clone(),
        op.max_results_member.clone(),
    ) else {
        panic!(
            "{op_name} is not a paginated operation (the catalog names no items, token and page-size members)"
        );
    };
    let mut body = world.example(&op_name);
    path::remove(&mut body, &token_member);
    world.apply_table(&mut body, &table(step));
    body[max_member.as_str()] = Value::from(max);
    let who = world.who(&who);
    world.collected.clear();
    world.pages = 0;
    let mut guard = ListingGuard::default();
    loop {
        let r = world.call(&who, &op_name, body.clone()).await.clone();
        let page = world.pages + 1;
        world.expect(step, r.is_success(), || {
            format!("page {page} of {op_name} failed: {:?}", r.error_type)
        });
        let json = r.json.unwrap_or(Value::Null);
        let items = json
            .get(&items_member)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let token = json.get(&token_member).and_then(Value::as_str);
        if items.len() as u64 > max {
            hard_failure(
                world,
                Basis::Contract,
                format!(
                    "page {page} of {op_name} held {} items, more than maxResults {max}",
                    items.len()
                ),
            );
        }
        if let Err(endless) = guard.page(&items, token) {
            hard_failure(world, Basis::Contract, format!("{op_name}: {endless}"));
        }
        world.pages += 1;
        world.collected.extend(items);
        match token {
            Some(token) => body[token_member.as_str()] = Value::from(token),
            None => return,
        }
    }
}

/// Fails the step whatever the endpoint: the expectation is of a basis that is never advisory.
fn hard_failure(world: &mut ConformanceWorld, basis: Basis, message: String) -> ! {
    world.failing_basis = Some(basis);
    panic!("{message}");
}

// ---- outcomes ----

#[then(regex = r#"^the call succeeds(?: \[(?:contract|documented|safety|inferred)\])?$"#)]
async fn succeeds(world: &mut ConformanceWorld, step: &Step) {
    let last = world.last().clone();
    world.expect(step, last.response.is_success(), || {
        format!("{} failed with {}", last.operation, describe(&last))
    });
}

#[then(regex = r#"^the call fails(?: \[(?:contract|documented|safety|inferred)\])?$"#)]
async fn fails(world: &mut ConformanceWorld, step: &Step) {
    let last = world.last().clone();
    world.expect(step, !last.response.is_success(), || {
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
    world.expect(step, got == Some(error.as_str()), || {
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
    let named = fields.contains(&member) || message.contains(&format!("'{member}'"));
    world.expect(step, named, || {
        format!("the error does not name '{member}': message {message:?}, fields {fields:?}")
    });
}

#[then(regex = r#"^the error reason is (\w+)(?: \[(?:contract|documented|safety|inferred)\])?$"#)]
async fn error_reason(world: &mut ConformanceWorld, reason: String, step: &Step) {
    let body = world.last_json();
    let got = body
        .get("reason")
        .or_else(|| body.get("Reason"))
        .and_then(Value::as_str)
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
    world.expect(step, compare::same(&got, &expected) == wanted, || {
        format!("response member '{member}' is {got}; it {relation} {expected} should hold")
    });
}

#[then(
    regex = r#"^the response "([^"]+)" is absent(?: \[(?:contract|documented|safety|inferred)\])?$"#
)]
async fn response_absent(world: &mut ConformanceWorld, member: String, step: &Step) {
    let body = world.last_json();
    world.expect(step, path::get(&body, &member).is_none(), || {
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
    let got = path::get(&world.last_json(), &member)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
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

#[then(
    regex = r#"^(\d+) items? (?:was|were) collected in (\d+) pages?(?: \[(?:contract|documented|safety|inferred)\])?$"#
)]
async fn collected_in_pages(world: &mut ConformanceWorld, items: usize, pages: usize, step: &Step) {
    let (got_items, got_pages) = (world.collected.len(), world.pages);
    world.expect(step, (got_items, got_pages) == (items, pages), || {
        format!("{got_items} items collected in {got_pages} pages; expected {items} in {pages}")
    });
}

#[then(
    regex = r#"^(\d+) items? (?:was|were) collected(?: \[(?:contract|documented|safety|inferred)\])?$"#
)]
async fn collected_count(world: &mut ConformanceWorld, items: usize, step: &Step) {
    let got = world.collected.len();
    world.expect(step, got == items, || {
        format!("{got} items collected; expected {items}")
    });
}

#[then(
    regex = r#"^every collected item has a distinct "([^"]+)"(?: \[(?:contract|documented|safety|inferred)\])?$"#
)]
async fn collected_distinct(world: &mut ConformanceWorld, member: String, step: &Step) {
    let mut seen = std::collections::HashSet::new();
    let twice = world.collected.iter().find_map(|item| {
        let v = path::get(item, &member)
            .map(ToString::to_string)
            .unwrap_or_default();
        (!seen.insert(v.clone())).then_some(v)
    });
    world.expect(step, twice.is_none(), || {
        format!(
            "'{member}' {} was collected twice",
            twice.clone().unwrap_or_default()
        )
    });
}

#[then(
    regex = r#"^every collected item has "([^"]+)" (?:equal to|in) (.+?)(?: \[(?:contract|documented|safety|inferred)\])?$"#
)]
async fn collected_all(
    world: &mut ConformanceWorld,
    member: String,
    expected: String,
    step: &Step,
) {
    let expected = world.cell_value(&expected);
    let allowed: Vec<Value> = match &expected {
        Value::Array(a) => a.clone(),
        other => vec![other.clone()],
    };
    let odd = world
        .collected
        .iter()
        .map(|item| path::get(item, &member).cloned().unwrap_or(Value::Null))
        .find(|got| !allowed.iter().any(|a| compare::same(a, got)));
    world.expect(step, odd.is_none(), || {
        format!(
            "an item has '{member}' = {}, expected {expected}",
            odd.clone().unwrap_or_default()
        )
    });
}

#[then(
    regex = r#"^(some|no) collected item has "([^"]+)" equal to (.+?)(?: \[(?:contract|documented|safety|inferred)\])?$"#
)]
async fn collected_any(
    world: &mut ConformanceWorld,
    quantifier: String,
    member: String,
    expected: String,
    step: &Step,
) {
    let expected = world.cell_value(&expected);
    let found = world
        .collected
        .iter()
        .any(|i| path::get(i, &member).is_some_and(|v| compare::same(v, &expected)));
    world.expect(step, found == (quantifier == "some"), || {
        format!("{quantifier} collected item should have '{member}' = {expected}")
    });
}

#[then(
    regex = r#"^the collected items are ordered by "([^"]+)" (ascending|descending)(?: \[(?:contract|documented|safety|inferred)\])?$"#
)]
async fn collected_order(world: &mut ConformanceWorld, member: String, order: String, step: &Step) {
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
    let wrong = values.windows(2).find(|pair| {
        let o = compare::order(&pair[0], &pair[1]);
        if order == "ascending" {
            o.is_gt()
        } else {
            o.is_lt()
        }
    });
    world.expect(step, wrong.is_none(), || {
        let pair = wrong
            .map(|p| format!("{} then {}", p[0], p[1]))
            .unwrap_or_default();
        format!(
            "'{member}' out of {order} order: {pair} (items: {})",
            serde_json::to_string(&world_items(&values)).unwrap_or_default()
        )
    });
}

fn world_items(values: &[String]) -> Vec<&str> {
    values.iter().map(String::as_str).collect()
}

#[then(
    regex = r#"^the collected "([^"]+)" are (.+?)(?: \[(?:contract|documented|safety|inferred)\])?$"#
)]
async fn collected_sequence(
    world: &mut ConformanceWorld,
    member: String,
    expected: String,
    step: &Step,
) {
    let expected = world.cell_value(&expected);
    let got = Value::Array(
        world
            .collected
            .iter()
            .map(|i| path::get(i, &member).cloned().unwrap_or(Value::Null))
            .collect(),
    );
    world.expect(step, compare::same(&got, &expected), || {
        format!("collected '{member}' in order are {got}, expected {expected}")
    });
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
