//! What paging through a list collected: how many, distinct, filtered, ordered.
use cucumber::{gherkin::Step, then};
use serde_json::Value;

use crate::runner::{compare, outcome::Check, path, world::ConformanceWorld};

/// Records that a step found `values` at `member` of the collected items (on the last page's exchange).
fn seen(world: &mut ConformanceWorld, member: &str, values: Vec<Value>) {
    let Some(op) = world.exchanges.last().map(|e| e.operation.clone()) else {
        return;
    };
    let items = world
        .ctx()
        .contract
        .operation(&op)
        .and_then(|o| o.items_member.clone());
    if let Some(items) = items {
        world.checked(Check::Seen {
            path: format!("{items}[].{member}"),
            values,
        });
    }
}

#[then(
    regex = r#"^(\d+) items? (?:was|were) collected in (\d+) pages?(?: \[(?:contract|documented|safety|inferred)\])?$"#
)]
async fn collected_in_pages(world: &mut ConformanceWorld, items: usize, pages: usize, step: &Step) {
    // `maxResults` is an upper bound: a service may answer short pages and an empty last one, so against
    // a service only what was collected is judged; the page count is the mock's own paging, ours to check.
    if !world.ctx().against_mock {
        return collected_count(world, items, step).await;
    }
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
    if odd.is_none() && !world.collected.is_empty() {
        let shown: Vec<Value> = allowed
            .iter()
            .filter(|a| {
                world
                    .collected
                    .iter()
                    .any(|i| path::get(i, &member).is_some_and(|v| compare::same(v, a)))
            })
            .cloned()
            .collect();
        seen(world, &member, shown);
    }
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
    if found && quantifier == "some" {
        seen(world, &member, vec![expected.clone()]);
    }
    world.expect(step, found == (quantifier == "some"), || {
        format!("{quantifier} collected item should have '{member}' = {expected}")
    });
}

#[then(
    regex = r#"^the collected items are (strictly )?ordered by "([^"]+)" (ascending|descending)(?: \[(?:contract|documented|safety|inferred)\])?$"#
)]
async fn collected_order(
    world: &mut ConformanceWorld,
    strictly: String,
    member: String,
    order: String,
    step: &Step,
) {
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
        // Strictly: no two neighbours share the key, so the key alone tells the orders apart.
        let tied = !strictly.is_empty() && o.is_eq();
        tied || if order == "ascending" {
            o.is_gt()
        } else {
            o.is_lt()
        }
    });
    if wrong.is_none()
        && values.len() > 1
        && let Some(sort) = sort_sent(&world.last().request, &member, &order)
    {
        // The order the listing was asked for shows in the order of what it listed.
        world.checked(Check::ReadBack { member: sort });
    }
    world.expect(step, wrong.is_none(), || {
        let pair = wrong
            .map(|p| format!("{} then {}", p[0], p[1]))
            .unwrap_or_default();
        format!(
            "'{member}' out of {order} order: {pair} (items: {})",
            serde_json::to_string(&values).unwrap_or_default()
        )
    });
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
    let holds = compare::same(&got, &expected);
    if holds && let Value::Array(values) = &got {
        seen(world, &member, values.clone());
    }
    world.expect(step, holds, || {
        format!("collected '{member}' in order are {got}, expected {expected}")
    });
}

/// Where the request asked for this order: the object of the request (`sort`) that holds the order's
/// name (`Ascending`) beside the name of the member sorted by (`UpdatedAt` for `updatedAt`).
fn sort_sent(request: &Value, member: &str, order: &str) -> Option<String> {
    fn find(v: &Value, at: &str, key: &str, order: &str) -> Option<String> {
        let o = v.as_object()?;
        let names = |want: &str| {
            o.values()
                .any(|x| x.as_str().is_some_and(|t| t.eq_ignore_ascii_case(want)))
        };
        if names(key) && names(order) {
            return Some(at.to_string());
        }
        o.iter().find_map(|(k, x)| {
            let inner = if at.is_empty() {
                k.clone()
            } else {
                format!("{at}.{k}")
            };
            find(x, &inner, key, order)
        })
    }
    let key = member.rsplit('.').next().unwrap_or(member);
    find(request, "", key, order).filter(|at| !at.is_empty())
}
