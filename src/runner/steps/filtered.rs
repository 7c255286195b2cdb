//! A list filter judged by what it lets through and what it keeps out, among what the scenario made.
//!
//! The listing is paged to its end twice: with the filter and without it. Of the items the scenario
//! made (an item whose ARN or id a write of the scenario answered), each one the listing without the filter shows
//! must be in the filtered listing exactly when it matches the filter; the filtered listing must hold at
//! least one, and none that does not match. Items the scenario did not make are never judged: another
//! principal's or an earlier run's resources may match or not, as the service's rules say.
use std::collections::HashSet;

use serde_json::Value;

use crate::{
    runner::{
        compare,
        paging::{ListingGuard, identity},
        path,
        world::ConformanceWorld,
    },
    spec::Operation,
};

/// What the two listings showed of the scenario's own items.
#[derive(Debug, Default, PartialEq)]
pub struct FilterSeen {
    /// Own items the filter let through that do not match it.
    pub let_through: Vec<String>,
    /// Own items that match, shown without the filter, and missing from the filtered listing.
    pub kept_out: Vec<String>,
    /// Own items in the filtered listing.
    pub matched: usize,
    /// Own items shown without the filter that do not match: the decoys the filter must keep out.
    pub decoys: usize,
}

impl FilterSeen {
    /// Why the filter did not hold, if it did not.
    pub fn fault(&self, member: &str) -> Option<String> {
        if !self.let_through.is_empty() {
            return Some(format!(
                "the listing filtered by '{member}' holds {} the scenario made whose '{member}' does not match",
                self.let_through.join(", ")
            ));
        }
        if !self.kept_out.is_empty() {
            return Some(format!(
                "the listing filtered by '{member}' leaves out {}, which the scenario made and which match",
                self.kept_out.join(", ")
            ));
        }
        (self.matched == 0).then(|| {
            format!(
                "the listing filtered by '{member}' holds nothing the scenario made that matches"
            )
        })
    }
}

/// Compares the two listings: `filtered` with the filter, `unfiltered` without it (None when the request
/// without it was refused); `matches` says whether an item matches the filter, `ours` whether the
/// scenario made it.
pub fn compare(
    filtered: &[Value],
    unfiltered: Option<&[Value]>,
    matches: impl Fn(&Value) -> bool,
    ours: impl Fn(&Value) -> bool,
) -> FilterSeen {
    let mut seen = FilterSeen::default();
    let through: HashSet<String> = filtered.iter().filter(|i| ours(i)).map(identity).collect();
    for item in filtered.iter().filter(|i| ours(i)) {
        if matches(item) {
            seen.matched += 1;
        } else {
            seen.let_through.push(identity(item));
        }
    }
    for item in unfiltered.unwrap_or_default().iter().filter(|i| ours(i)) {
        match (matches(item), through.contains(&identity(item))) {
            (true, false) => seen.kept_out.push(identity(item)),
            (false, false) => seen.decoys += 1,
            _ => {}
        }
    }
    seen
}

/// Whether `item` shows any of the values `sent` (a list sent counts by its items) at `place`.
pub fn shows_any(item: &Value, place: &str, sent: &Value) -> bool {
    let shown = super::read_back::values_at(item, place);
    let flat = |v: &Value| match v {
        Value::Array(a) => a.clone(),
        other => vec![other.clone()],
    };
    let wanted = flat(sent);
    shown
        .iter()
        .flat_map(flat)
        .any(|s| wanted.iter().any(|w| compare::same(&s, w)))
}

/// Every string in the answers of the scenario's own successful writes: what it made is named there
/// (a listing's answers are left out: what they hold was not necessarily made here).
pub fn made(world: &ConformanceWorld) -> HashSet<String> {
    fn strings(v: &Value, out: &mut HashSet<String>) {
        match v {
            Value::String(s) => {
                out.insert(s.clone());
            }
            Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
            Value::Object(o) => o.values().for_each(|x| strings(x, out)),
            _ => {}
        }
    }
    let ctx = world.ctx();
    let mut out = HashSet::new();
    for e in &world.exchanges {
        let write = ctx
            .contract
            .operation(&e.operation)
            .is_some_and(|op| op.mutating);
        if (200..300).contains(&e.status) && write {
            strings(&e.response, &mut out);
        }
    }
    out
}

/// The request without the filter at `member` (the whole list an index names), and without any
/// structure the removal left empty; None when nothing was removed.
pub fn without_filter(request: &Value, member: &str) -> Option<Value> {
    let whole = member.split('[').next().unwrap_or(member);
    let mut body = request.clone();
    if !path::remove(&mut body, whole) {
        return None;
    }
    let mut parent = whole.rsplit_once('.').map(|(p, _)| p.to_string());
    while let Some(p) = parent {
        let empty = path::get(&body, &p)
            .and_then(Value::as_object)
            .is_some_and(|o| o.is_empty());
        if !empty {
            break;
        }
        path::remove(&mut body, &p);
        parent = p.rsplit_once('.').map(|(q, _)| q.to_string());
    }
    Some(body)
}

/// Every item of `op` listed to its end as `who` from `body` (its page token removed); Err with why
/// the listing failed or would not end.
pub async fn list_to_end(
    world: &mut ConformanceWorld,
    who: &str,
    op: &Operation,
    mut body: Value,
) -> Result<Vec<Value>, String> {
    let items = op.items_member.clone().unwrap_or_default();
    let token = op.next_token_member.clone().unwrap_or_default();
    path::remove(&mut body, &token);
    let mut guard = ListingGuard::default();
    let mut all = Vec::new();
    loop {
        let r = world.call(who, &op.name, body.clone()).await.clone();
        if !r.is_success() {
            return Err(format!(
                "{} failed: {} {}",
                op.name,
                r.status,
                r.error_type.unwrap_or_default()
            ));
        }
        let json = r.json.unwrap_or(Value::Null);
        let page: Vec<Value> = json
            .get(&items)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let next = json.get(&token).and_then(Value::as_str);
        guard
            .page(&page, next)
            .map_err(|e| format!("{}: {e}", op.name))?;
        all.extend(page);
        match next {
            Some(t) => body[token.as_str()] = Value::from(t),
            None => return Ok(all),
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn item(id: &str, kind: &str) -> Value {
        json!({"id": id, "type": kind})
    }

    fn judge(filtered: &[Value], unfiltered: Option<&[Value]>) -> FilterSeen {
        let ours: HashSet<&str> = ["a", "b", "c"].into();
        compare(
            filtered,
            unfiltered,
            |i| shows_any(i, "type", &json!(["X"])),
            |i| ours.contains(identity(i).as_str()),
        )
    }

    #[test]
    fn a_filter_holds_when_it_lets_the_match_through_and_keeps_the_decoy_out() {
        let all = [item("a", "X"), item("b", "Y"), item("z", "Y")];
        let seen = judge(&[item("a", "X")], Some(&all));
        assert_eq!(seen.fault("type"), None);
        assert_eq!((seen.matched, seen.decoys), (1, 1));
    }

    #[test]
    fn a_listing_that_ignores_the_filter_lets_the_decoy_through() {
        let all = [item("a", "X"), item("b", "Y"), item("z", "Y")];
        let seen = judge(&all, Some(&all));
        assert_eq!(seen.let_through, vec!["b".to_string()]);
        assert!(seen.fault("type").unwrap().contains("does not match"));
    }

    #[test]
    fn an_invented_item_or_none_at_all_is_nothing_the_scenario_made() {
        let invented = [item("made-up", "X")];
        let seen = judge(&invented, Some(&[item("a", "X")]));
        assert!(seen.fault("type").unwrap().contains("leaves out a"));
        let seen = judge(&invented, None);
        assert!(seen.fault("type").unwrap().contains("holds nothing"));
    }

    #[test]
    fn items_the_scenario_did_not_make_are_not_judged() {
        let seen = judge(&[item("a", "X"), item("z", "Y")], None);
        assert_eq!(seen.fault("type"), None);
        assert_eq!(seen.decoys, 0, "no decoy without the unfiltered listing");
    }

    #[test]
    fn removing_a_filter_removes_the_structures_it_leaves_empty() {
        let req = json!({"catalog": "Sandbox", "f": {"g": {"names": ["x"]}, "h": 1}});
        assert_eq!(
            without_filter(&req, "f.g.names[0]"),
            Some(json!({"catalog": "Sandbox", "f": {"h": 1}}))
        );
        assert_eq!(without_filter(&req, "nope[0]"), None);
    }
}
