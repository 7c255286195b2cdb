//! Reading back what a call sent: the value at a request member is looked for where the operation's
//! probe recipe says it shows (the call's own answer, or a Get or a List made after it), under the
//! answer's own name for it. A value that does not show is a failure: the call was accepted but did not
//! take it.
use cucumber::{gherkin::Step, then};
use serde_json::{Value, json};

use super::filtered;
use crate::{
    runner::{compare, outcome::Check, path, world::ConformanceWorld},
    spec::probes::recipe::ReadBack,
};

/// At most this many pages are read looking for the item a read back names.
const MAX_PAGES: usize = 20;

#[then(
    regex = r#"^the answer or a read shows "([^"]+)" as sent(?:, keeping out "([^"]+)")?(?: \[(?:contract|documented|safety|inferred)\])?$"#
)]
async fn shows_as_sent(world: &mut ConformanceWorld, member: String, decoy: String, step: &Step) {
    let last = world.last().clone();
    let probed = world.exchanges.len().saturating_sub(1);
    let ctx = world.ctx();
    let Some(sent) = path::get(&last.request, &member).cloned() else {
        panic!("the request sent no '{member}' to read back");
    };
    let Some(rb) = ctx
        .operation(&last.operation)
        .probe
        .as_ref()
        .and_then(|p| p.read_back_for(&member, &sent).cloned())
    else {
        panic!("{} has no read back in its probe recipe", last.operation);
    };
    world.vars.insert("answer".into(), world.last_json());
    world.vars.insert("request".into(), last.request.clone());
    let shown_at = rb.renamed(&member);
    if rb.call.is_none() && lists_itself(&ctx.operation(&last.operation).clone(), &rb) {
        let decoy = (!decoy.is_empty()).then(|| world.fill(Value::from(decoy)));
        let filter = filtered::Filter {
            member: &member,
            sent: &sent,
            shown_at: &shown_at,
            decoy: decoy.as_ref().and_then(Value::as_str),
        };
        return filter_holds(world, step, filter).await;
    }
    if !decoy.is_empty() {
        panic!(
            "'{member}' of {} reads back through no listing of its own: there is nothing to keep a decoy out of",
            last.operation
        );
    }
    let through_read = rb.call.is_some();
    let (doc, place) = match &rb.call {
        None => {
            let under = rb.answer.clone().unwrap_or_default();
            (world.last_json(), join(&under, &shown_at))
        }
        Some(_) => read(world, &rb, &shown_at).await,
    };
    let shown = values_at(&doc, &place);
    let holds =
        contains_all(&shown, &sent) && whole_item_shown(&last.request, &member, &doc, &place);
    if holds && let Some(e) = world.exchanges.get_mut(probed) {
        let member = member.clone();
        e.checks.push(if through_read {
            Check::ReadBack { member }
        } else {
            Check::Echoed { member }
        });
    }
    world.expect(step, holds, || {
        format!(
            "{} took '{member}' = {} but the read shows {} at '{place}'",
            last.operation,
            short(&sent),
            short(&json!(shown))
        )
    });
}

/// Whether the read back is the listing's own items: a filter, judged by what it lets through.
fn lists_itself(op: &crate::spec::Operation, rb: &ReadBack) -> bool {
    op.paginated
        && op
            .items_member
            .as_ref()
            .is_some_and(|items| rb.answer.as_deref() == Some(format!("{items}[]").as_str()))
}

/// A list filter holds: among what the scenario made, the listing paged to its end lets through what
/// matches and keeps out what does not (see `filtered`). Shown where a decoy the filter kept out was
/// seen without it; accepted only where the scenario made nothing the filter should keep out.
async fn filter_holds(world: &mut ConformanceWorld, step: &Step, filter: filtered::Filter<'_>) {
    let filtered::Filter { member, sent, .. } = filter;
    let last = world.last().clone();
    let probed = world.exchanges.len().saturating_sub(1);
    let op = world.ctx().operation(&last.operation).clone();
    let who = last.principal.clone();
    let filtered = filtered::list_to_end(world, &who, &op, last.request.clone())
        .await
        .unwrap_or_else(|e| panic!("listing to its end: {e}"));
    let unfiltered = match filtered::without_filter(&last.request, member) {
        Some(body) => filtered::list_to_end(world, &who, &op, body).await.ok(),
        None => None,
    };
    // The steps after this one read the probed call, not the listings made to judge it.
    world.last = Some(last.clone());
    let made = filtered::made(world);
    let seen = filter.compare(&filtered, unfiltered.as_deref(), |i| {
        made.contains(&crate::runner::paging::identity(i))
    });
    let fault = seen.fault(member);
    if fault.is_none()
        && let Some(e) = world.exchanges.get_mut(probed)
    {
        let member = member.to_string();
        e.checks.push(if seen.told_apart() {
            Check::ReadBack { member }
        } else {
            Check::Echoed { member }
        });
    }
    world.expect(step, fault.is_none(), || {
        format!(
            "{} took '{member}' = {}: {}",
            last.operation,
            short(sent),
            fault.unwrap_or_default()
        )
    });
}

/// Makes the read the recipe names; the document the value should be in, and where in it.
async fn read(world: &mut ConformanceWorld, rb: &ReadBack, shown_at: &str) -> (Value, String) {
    let call = rb.call.clone().unwrap_or_default();
    let who = world.who(rb.by.as_deref().unwrap_or("I"));
    let mut body = world.example(&call);
    let mut asked = Vec::new();
    for (member, v) in &rb.with {
        let v = world.fill(v.clone());
        if v.as_str() == Some("(absent)") {
            path::remove(&mut body, member);
        } else {
            asked.extend(v.as_str().map(str::to_string));
            path::set(&mut body, member, v);
        }
    }
    let op = world.ctx().operation(&call).clone();
    let Some(item) = &rb.item else {
        let answer = read_once(world, &who, &call, body).await;
        let at = rb.at.as_deref().unwrap_or("");
        if !at.is_empty() && !names_one_of(path::get(&answer, at), &asked) {
            panic!(
                "the read {call} answers a resource other than the one asked for: its '{at}' names none of {asked:?}"
            );
        }
        return (answer, join(at, shown_at));
    };
    let wanted = world.fill(Value::String(item.equals.clone()));
    let items = op.items_member.clone().unwrap_or_default();
    let token = op.next_token_member.clone().unwrap_or_default();
    for _ in 0..MAX_PAGES {
        let answer = read_once(world, &who, &call, body.clone()).await;
        if let Some(found) =
            crate::runner::cleanup_read::item_of(&answer, Some(&items), &item.member, &wanted)
        {
            return (found, shown_at.to_string());
        }
        match answer.get(&token).and_then(Value::as_str) {
            Some(t) => body[token.as_str()] = json!(t),
            None => break,
        }
    }
    panic!(
        "{call} does not list the item whose {} is {wanted}",
        item.member
    )
}

async fn read_once(world: &mut ConformanceWorld, who: &str, call: &str, body: Value) -> Value {
    let r = world.call(who, call, body).await.clone();
    if !r.is_success() {
        panic!(
            "the read {call} failed: {} {}",
            r.status,
            r.error_type.unwrap_or_default()
        );
    }
    world.checked(Check::Succeeded);
    r.json.unwrap_or(Value::Null)
}

/// Where `member` is a member of a list's item (`tags[0].key`), whether the whole item sent (the key
/// with its value) shows among the items at `place`'s list: a value shown in another item is not the
/// one sent. True of any other member.
fn whole_item_shown(request: &Value, member: &str, doc: &Value, place: &str) -> bool {
    let (Some((item, _)), Some((item_place, _))) =
        (member.rsplit_once('.'), place.rsplit_once('.'))
    else {
        return true;
    };
    if !item.ends_with(']') || !item_place.ends_with(']') {
        return true;
    }
    match path::get(request, item) {
        Some(sent @ Value::Object(_)) => contains_all(&values_at(doc, item_place), sent),
        _ => true,
    }
}

/// Whether `resource` is one of those `asked` for: one of its own members (its id, its ARN, its parent's
/// id) is one of the identifiers the read sent.
fn names_one_of(resource: Option<&Value>, asked: &[String]) -> bool {
    resource.is_some_and(|r| asked.iter().any(|a| filtered::names(r, a)))
}

fn join(under: &str, member: &str) -> String {
    if under.is_empty() {
        member.to_string()
    } else {
        format!("{under}.{member}")
    }
}

/// Every value at `place` in `doc`, an index (`tags[0].key`) standing for any item.
pub(super) fn values_at(doc: &Value, place: &str) -> Vec<Value> {
    let mut now = vec![doc.clone()];
    for part in place.split('.').filter(|p| !p.is_empty()) {
        let (name, rest) = part.split_once('[').unwrap_or((part, ""));
        now = now.iter().filter_map(|v| v.get(name).cloned()).collect();
        for _ in rest.split('[').filter(|r| r.ends_with(']')) {
            now = now
                .iter()
                .flat_map(|v| v.as_array().cloned().unwrap_or_default())
                .collect();
        }
    }
    now
}

/// Whether every value sent (each item of a list sent) is among those shown (a list shown counts by its
/// items).
fn contains_all(shown: &[Value], sent: &Value) -> bool {
    let flat: Vec<&Value> = shown
        .iter()
        .flat_map(|v| match v {
            Value::Array(a) => a.iter().collect::<Vec<_>>(),
            other => vec![other],
        })
        .collect();
    let wanted: Vec<&Value> = match sent {
        Value::Array(a) => a.iter().collect(),
        other => vec![other],
    };
    !flat.is_empty()
        && wanted
            .iter()
            .all(|w| flat.iter().any(|s| compare::same(s, w)))
}

/// A value for a message, cut short when long.
fn short(v: &Value) -> String {
    let text = v.to_string();
    match text.char_indices().nth(120) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_member_of_a_list_item_reads_back_with_the_rest_of_its_item() {
        let request = json!({"tags": [{"key": "1", "value": "channel"}]});
        let kept =
            json!({"tags": [{"key": "team", "value": "x"}, {"key": "1", "value": "channel"}]});
        assert!(whole_item_shown(
            &request,
            "tags[0].key",
            &kept,
            "tags[0].key"
        ));
        let made_up = json!({"tags": [{"key": "1", "value": "1"}]});
        assert!(!whole_item_shown(
            &request,
            "tags[0].key",
            &made_up,
            "tags[0].key"
        ));
        assert!(whole_item_shown(
            &request,
            "displayName",
            &made_up,
            "displayName"
        ));
    }

    #[test]
    fn a_read_shows_the_resource_it_asked_for_by_one_of_its_identifiers() {
        let asked = ["pma-1".to_string(), "rs-9".to_string()];
        let rs = json!({"id": "rs-9", "arn": "arn:…/rs-9", "displayName": "x"});
        assert!(names_one_of(Some(&rs), &asked));
        let fixed = json!({"id": "rs-0", "arn": "arn:…/rs-0", "displayName": "pma-1 partner"});
        assert!(!names_one_of(Some(&fixed), &asked));
        assert!(!names_one_of(None, &asked));
    }

    #[test]
    fn an_index_stands_for_any_item_and_lists_compare_by_items() {
        let doc = json!({"tags": [{"key": "a"}, {"key": "b"}], "ids": ["1", "2", "3"]});
        assert_eq!(values_at(&doc, "tags[0].key"), vec![json!("a"), json!("b")]);
        assert!(contains_all(&values_at(&doc, "ids"), &json!(["3", "1"])));
        assert!(!contains_all(&values_at(&doc, "ids"), &json!(["4"])));
        assert!(
            !contains_all(&values_at(&json!({}), "ids"), &json!([])),
            "nothing shown is no read back"
        );
    }
}
