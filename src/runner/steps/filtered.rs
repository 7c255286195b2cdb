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

/// A list filter a step judges: the request member set, the value sent, where an item shows it, and the
/// decoy the scenario made for it to keep out (the value of one of the decoy's members), if it did.
#[derive(Debug, Clone, Copy)]
pub struct Filter<'a> {
    pub member: &'a str,
    pub sent: &'a Value,
    pub shown_at: &'a str,
    pub decoy: Option<&'a str>,
}

/// What became of the decoy a scenario made for a filter to keep out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decoy {
    /// The filter kept it out, and the listing without the filter showed it not matching.
    KeptOut,
    /// The listing without the filter does not show it.
    Unlisted,
    /// The listing without the filter shows it matching: the state the scenario gave it is not shown.
    Matching,
    /// The filtered listing shows it.
    LetThrough,
}

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
    /// The decoy the scenario named, where it named one.
    pub decoy: Option<Decoy>,
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
        if self.matched == 0 {
            return Some(format!(
                "the listing filtered by '{member}' holds nothing the scenario made that matches"
            ));
        }
        if let Some(fault) = self.decoy_fault(member) {
            return Some(fault);
        }
        (!self.kept_out.is_empty()).then(|| {
            format!(
                "the listing filtered by '{member}' leaves out {}, which the scenario made and which match",
                self.kept_out.join(", ")
            )
        })
    }

    /// Whether the filter told the scenario's own items apart: it kept out a decoy the listing without
    /// it showed, or the one the scenario named.
    pub fn told_apart(&self) -> bool {
        self.decoys > 0 || self.decoy == Some(Decoy::KeptOut)
    }

    fn decoy_fault(&self, member: &str) -> Option<String> {
        let decoy = match self.decoy? {
            Decoy::KeptOut => return None,
            Decoy::Unlisted => "is not in the listing without the filter",
            Decoy::Matching => {
                "shows a value that matches in the listing without the filter, not the one the scenario gave it"
            }
            Decoy::LetThrough => "is in the filtered listing",
        };
        Some(format!(
            "the decoy the scenario made for '{member}' to keep out {decoy}"
        ))
    }
}

impl Filter<'_> {
    /// Whether `item` matches the filter.
    pub fn matches(&self, item: &Value) -> bool {
        shows_any(item, self.shown_at, self.sent)
    }

    /// Compares the two listings (see `compare`) and finds the decoy in them.
    pub fn compare(
        &self,
        filtered: &[Value],
        unfiltered: Option<&[Value]>,
        ours: impl Fn(&Value) -> bool,
    ) -> FilterSeen {
        let mut seen = compare(filtered, unfiltered, |i| self.matches(i), ours);
        seen.decoy = self.decoy.map(|d| {
            let is_decoy = |i: &&Value| names(i, d);
            let listed = unfiltered.unwrap_or_default().iter().find(is_decoy);
            match (filtered.iter().any(|i| names(i, d)), listed) {
                (true, _) => Decoy::LetThrough,
                // Without a listing to show it (the filter is required), keeping it out is enough.
                (false, None) if unfiltered.is_none() => Decoy::KeptOut,
                (false, None) => Decoy::Unlisted,
                (false, Some(item)) if self.matches(item) => Decoy::Matching,
                (false, Some(_)) => Decoy::KeptOut,
            }
        });
        seen
    }
}

/// Whether one of `item`'s own members (not those inside it) is `value`: the item is the resource it
/// names.
pub(super) fn names(item: &Value, value: &str) -> bool {
    item.as_object()
        .is_some_and(|o| o.values().any(|v| v.as_str() == Some(value)))
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
        assert!(seen.fault("type").unwrap().contains("holds nothing"));
        let seen = judge(&invented, None);
        assert!(seen.fault("type").unwrap().contains("holds nothing"));
    }

    #[test]
    fn items_the_scenario_did_not_make_are_not_judged() {
        let seen = judge(&[item("a", "X"), item("z", "Y")], None);
        assert_eq!(seen.fault("type"), None);
        assert_eq!(seen.decoys, 0, "no decoy without the unfiltered listing");
    }

    fn with_decoy(filtered: &[Value], unfiltered: &[Value]) -> Option<String> {
        let ours: HashSet<&str> = ["a", "b", "c"].into();
        let sent = json!(["X"]);
        let filter = Filter {
            member: "types[0]",
            sent: &sent,
            shown_at: "type",
            decoy: Some("b"),
        };
        let seen = filter.compare(filtered, Some(unfiltered), |i| {
            ours.contains(identity(i).as_str())
        });
        seen.fault("types[0]")
    }

    #[test]
    fn the_named_decoy_must_be_listed_not_matching_and_kept_out() {
        let all = [item("a", "X"), item("b", "Y")];
        assert_eq!(with_decoy(&[item("a", "X")], &all), None);
        // An endpoint that keeps the decoy in the state it was created in lists it as matching.
        let unchanged = [item("a", "X"), item("b", "X")];
        let fault = with_decoy(&unchanged, &unchanged).unwrap();
        assert!(fault.contains("is in the filtered listing"), "{fault}");
        let fault = with_decoy(&[item("a", "X")], &unchanged).unwrap();
        assert!(
            fault.contains("decoy") && fault.contains("matches in the listing without"),
            "{fault}"
        );
        let fault = with_decoy(&[item("a", "X")], &[item("a", "X")]).unwrap();
        assert!(
            fault.contains("not in the listing without the filter"),
            "{fault}"
        );
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
