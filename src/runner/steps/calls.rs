//! Who acts, and the calls: from the example request, a table, a docstring; repeated; paged through to the end.
use cucumber::{gherkin::Step, given, when};
use serde_json::Value;

use super::{docstring_json, hard_failure, setup_succeeded, table};
use crate::runner::{paging::ListingGuard, path, verdict::Basis, world::ConformanceWorld};

// ---- who acts ----

#[given(regex = r#"^I am "([^"]+)"$"#)]
async fn i_am(world: &mut ConformanceWorld, name: String) {
    if world
        .ctx()
        .principal(&world.principal_name(&name))
        .is_none()
    {
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

/// Calls made at once by a step that calls until a call fails (a quota filled, say): a slow endpoint
/// is waited for once per batch, not once per call; a batch may overshoot the first failure by as
/// many calls, each refused the same way.
const UNTIL_FAILURE_AT_ONCE: usize = 10;

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
    let mut made = 0;
    while made < most {
        let batch = UNTIL_FAILURE_AT_ONCE.min(most - made);
        let bodies: Vec<Value> = (0..batch)
            .map(|_| {
                let mut body = world.example(&op);
                world.apply_table(&mut body, &table(step));
                body
            })
            .collect();
        // A failure, if any came, is taken last: it is the answer the next steps judge.
        world
            .call_together(&who, &op, bodies, |r| !r.is_success())
            .await;
        if !world.last().response.is_success() {
            return;
        }
        made += batch;
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
        world.expect_outcome(step, r.is_success(), || {
            format!("page {page} of {op_name} failed: {:?}", r.error_type)
        });
        if !r.is_success() {
            // Soft: what was collected is incomplete, so what later steps read of it is skipped.
            return;
        }
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
