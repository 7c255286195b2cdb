//! The *form* of a documented example's answer, and where an answer departs from it. AWS's examples hold
//! made-up values (`pma-u8ic702rtzng8`, account `123456789012`), so an answer is never held to them: it
//! is held to the members the example shows and to each value's form — an ARN's layout with its
//! partition, service and resource types kept and its region, account, catalog and ids as placeholders;
//! an id's prefix and length; an account id; a counter (a revision); an instant, with or without
//! fractions of a second; text, a number, a boolean. Members the example leaves out may be there; a
//! list is held item by item to the example item it comes closest to.
use std::{collections::BTreeSet, sync::LazyLock};

use regex::Regex;
use serde::Serialize;
use serde_json::Value;
use time::{OffsetDateTime, format_description::well_known::Rfc3339};

/// The form of one value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Form {
    /// An ARN, as its layout: `arn:aws:partnercentral:<region>:<account>:catalog/<catalog>/channel-handshake/<ch-id>`.
    Arn(String),
    /// A resource id: its prefix (`ch`) and 13 lowercase letters and digits.
    Id(String),
    /// A 12-digit AWS account id.
    Account,
    /// Digits: a revision, a count of days.
    Counter,
    /// An RFC 3339 instant (`2024-04-29T16:18:16Z`, `2025-04-29T16:18:16.000Z`).
    Instant,
    Text,
    Number,
    Boolean,
    Null,
    Object,
    List,
}

impl Form {
    /// How a report shows it: `<instant>`, `ARN arn:aws:…:<account>:…`.
    pub fn shown(&self) -> String {
        let name = match self {
            Form::Arn(layout) => return format!("ARN {layout}"),
            Form::Id(prefix) => return format!("<{prefix}-id>"),
            Form::Account => "account",
            Form::Counter => "counter",
            Form::Instant => "instant",
            Form::Text => "text",
            Form::Number => "number",
            Form::Boolean => "boolean",
            Form::Null => "null",
            Form::Object => "object",
            Form::List => "list",
        };
        format!("<{name}>")
    }
}

static ID: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([a-z]+)-[a-z0-9]{13}$").expect("the id pattern compiles"));
static ACCOUNT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[0-9]{12}$").expect("the account pattern compiles"));
static COUNTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[0-9]{1,11}$").expect("the counter pattern compiles"));

/// The form of `v`.
pub fn of(v: &Value) -> Form {
    match v {
        Value::Null => Form::Null,
        Value::Bool(_) => Form::Boolean,
        Value::Number(_) => Form::Number,
        Value::Array(_) => Form::List,
        Value::Object(_) => Form::Object,
        Value::String(s) => of_text(s),
    }
}

fn of_text(s: &str) -> Form {
    if let Some(layout) = arn_layout(s) {
        return Form::Arn(layout);
    }
    if let Some(c) = ID.captures(s) {
        return Form::Id(c[1].to_string());
    }
    if ACCOUNT.is_match(s) {
        return Form::Account;
    }
    if COUNTER.is_match(s) {
        return Form::Counter;
    }
    if OffsetDateTime::parse(s, &Rfc3339).is_ok() {
        return Form::Instant;
    }
    Form::Text
}

/// `arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE` with region, account, the catalog after `catalog/`
/// and every id placed; `None` when `s` is no ARN.
fn arn_layout(s: &str) -> Option<String> {
    let parts: Vec<&str> = s.splitn(6, ':').collect();
    let [arn, partition, service, region, account, resource] = parts[..] else {
        return None;
    };
    if arn != "arn" || partition.is_empty() || service.is_empty() {
        return None;
    }
    let region = if region.is_empty() { "" } else { "<region>" };
    let account = if ACCOUNT.is_match(account) {
        "<account>"
    } else {
        account
    };
    let mut segments = Vec::new();
    let mut after_catalog = false;
    for segment in resource.split('/') {
        segments.push(match ID.captures(segment) {
            _ if after_catalog => "<catalog>".to_string(),
            Some(c) => format!("<{}-id>", &c[1]),
            None => segment.to_string(),
        });
        after_catalog = segment == "catalog";
    }
    Some(format!(
        "arn:{partition}:{service}:{region}:{account}:{}",
        segments.join("/")
    ))
}

/// One place where an answer departs from the example's form.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FormGap {
    /// Where, in the answer: `items[0].detail.revokeServicePeriodHandshakeDetail.minimumNoticeDays`.
    pub path: String,
    /// What the example shows there: its form (`<counter>`), or `a member`, `items`.
    pub example: String,
    /// What the answer has there: the value, or `null` when absent.
    pub now: Value,
}

impl FormGap {
    /// What the answer has, as JSON text; `None` when it has nothing there (absent, null, no items).
    pub fn now_shown(&self) -> Option<String> {
        match &self.now {
            Value::Null => None,
            Value::Array(a) if a.is_empty() => None,
            v => Some(v.to_string()),
        }
    }

    /// `items[0].note: the example shows <text>, the answer has none`.
    pub fn sentence(&self) -> String {
        let now = match self.now_shown() {
            None => "none".to_string(),
            Some(v) => format!("{v} ({})", of(&self.now).shown()),
        };
        let at = if self.path.is_empty() {
            "the answer"
        } else {
            self.path.as_str()
        };
        format!(
            "{at}: the example shows {}, the answer has {now}",
            self.example
        )
    }
}

/// The values of an example's request, each with where the request has it: what its answer repeats of
/// the request is what an answer must repeat of the request that was sent.
struct Echoes<'a> {
    at: std::collections::HashMap<&'a str, Vec<Vec<Step<'a>>>>,
    sent: &'a Value,
}

/// A step into a request: a member, or any item of a list.
#[derive(Clone, Copy)]
enum Step<'a> {
    Member(&'a str),
    AnyItem,
}

impl<'a> Echoes<'a> {
    fn new(example_input: &'a Value, sent: &'a Value) -> Echoes<'a> {
        let mut echoes = Echoes {
            at: Default::default(),
            sent,
        };
        echoes.collect(example_input, &mut Vec::new());
        echoes
    }

    fn collect(&mut self, v: &'a Value, path: &mut Vec<Step<'a>>) {
        match v {
            Value::String(s) => self.at.entry(s.as_str()).or_default().push(path.clone()),
            Value::Array(items) => items.iter().for_each(|item| {
                path.push(Step::AnyItem);
                self.collect(item, path);
                path.pop();
            }),
            Value::Object(members) => members.iter().for_each(|(k, item)| {
                path.push(Step::Member(k));
                self.collect(item, path);
                path.pop();
            }),
            _ => {}
        }
    }

    /// What was sent where the example's request has `value`: empty when it has it nowhere (or the
    /// request sent has nothing there).
    fn sent_for(&self, value: &str) -> (Vec<&'a str>, String) {
        self.sent_where(value, |_| true)
    }

    /// What was sent where the example's request has `value` under a member named `member`.
    fn sent_for_member(&self, value: &str, member: &str) -> (Vec<&'a str>, String) {
        self.sent_where(
            value,
            |path| matches!(path.last(), Some(Step::Member(m)) if *m == member),
        )
    }

    fn sent_where(
        &self,
        value: &str,
        keep: impl Fn(&[Step<'a>]) -> bool,
    ) -> (Vec<&'a str>, String) {
        let Some(all) = self.at.get(value) else {
            return (Vec::new(), String::new());
        };
        let paths: Vec<&Vec<Step<'a>>> = all.iter().filter(|p| keep(p)).collect();
        let mut found = Vec::new();
        for path in &paths {
            let mut here = vec![self.sent];
            for step in path.iter() {
                here = match step {
                    Step::Member(m) => here.iter().filter_map(|v| v.get(*m)).collect(),
                    Step::AnyItem => here.iter().filter_map(|v| v.as_array()).flatten().collect(),
                };
            }
            found.extend(here.into_iter().filter_map(Value::as_str));
        }
        let shown = paths.first().map(|p| shown_path(p)).unwrap_or_default();
        (found, shown)
    }
}

fn shown_path(path: &[Step<'_>]) -> String {
    let mut out = String::new();
    for step in path {
        match step {
            Step::Member(m) if out.is_empty() => out.push_str(m),
            Step::Member(m) => {
                out.push('.');
                out.push_str(m);
            }
            Step::AnyItem => out.push_str("[]"),
        }
    }
    out
}

/// What an answer is held to: an example's request and answer, and the values the contract's enums
/// list (in a single resource's answer a fact of the service, never a placeholder: an accepted
/// handshake's `status` is `ACCEPTED`; in a list's items, what the scenario made decides).
pub struct Example<'a> {
    pub input: &'a Value,
    pub output: &'a Value,
    pub enums: &'a BTreeSet<String>,
}

/// Where `answer` departs from the example: a member the example shows that the answer lacks (or has as
/// null), a value of another form, an empty list where the example shows items, an item that comes close
/// to no example item (its gaps against the closest), an enum value outside a list that is not the
/// example's; and, where the example's answer repeats a value of its request (an id, a name, a filter's
/// value, an id inside an ARN) or counts on from it (a revision one past the one sent), an answer that
/// does not do the same with what `sent` has there.
pub fn compare(example: &Example<'_>, sent: &Value, answer: &Value) -> Vec<FormGap> {
    let held = Held {
        echoes: Echoes::new(example.input, sent),
        enums: example.enums,
    };
    let mut gaps = Vec::new();
    walk(example.output, answer, "", &held, &mut gaps);
    gaps
}

/// What a walk holds each value to besides its form.
struct Held<'a> {
    echoes: Echoes<'a>,
    enums: &'a BTreeSet<String>,
}

fn join(path: &str, member: &str) -> String {
    if path.is_empty() {
        member.to_string()
    } else {
        format!("{path}.{member}")
    }
}

fn walk(example: &Value, answer: &Value, path: &str, held: &Held<'_>, gaps: &mut Vec<FormGap>) {
    match (example, answer) {
        (Value::Object(shown), Value::Object(have)) => {
            for (member, value) in shown {
                let at = join(path, member);
                match have.get(member).filter(|v| !v.is_null()) {
                    Some(v) => walk(value, v, &at, held, gaps),
                    None => gaps.push(FormGap {
                        path: at,
                        example: of(value).shown(),
                        now: Value::Null,
                    }),
                }
            }
        }
        (Value::Array(shown), Value::Array(have)) => items(shown, have, path, held, gaps),
        _ if of(example) != of(answer) => gaps.push(FormGap {
            path: path.to_string(),
            example: of(example).shown(),
            now: answer.clone(),
        }),
        (Value::String(e), Value::String(a)) if e != a && is_fact(e, path, held) => {
            gaps.push(FormGap {
                path: path.to_string(),
                example: format!("{e:?}, a value the model lists"),
                now: answer.clone(),
            })
        }
        (Value::String(e), Value::String(a)) => {
            echoed(e, a, path, &held.echoes, gaps);
            counted_on(e, a, path, &held.echoes, gaps);
        }
        _ => {}
    }
}

/// A value the example's answer repeats from its request, whole or as a part of an ARN's resource, is
/// what was sent there. An ARN's account is the owner's, which no request names: the examples' one
/// placeholder account (`123456789012`) turns up in filters as well, by chance.
fn echoed(example: &str, answer: &str, path: &str, echoes: &Echoes<'_>, gaps: &mut Vec<FormGap>) {
    let resource = |s: &'_ str| -> Vec<String> {
        let after_account = s.splitn(6, ':').nth(5).unwrap_or_default();
        after_account.split('/').map(str::to_string).collect()
    };
    let (mine, theirs) = if arn_layout(example).is_some() {
        (resource(example), resource(answer))
    } else {
        (vec![example.to_string()], vec![answer.to_string()])
    };
    for (e, a) in mine.iter().zip(&theirs) {
        let (sent, at) = echoes.sent_for(e);
        if !sent.is_empty() && !sent.contains(&a.as_str()) {
            gaps.push(FormGap {
                path: path.to_string(),
                example: format!("the value sent at `{at}`"),
                now: Value::from(answer),
            });
            return;
        }
    }
}

/// An enum value of a single resource's answer (not of a list's items, which show what was made).
fn is_fact(value: &str, path: &str, held: &Held<'_>) -> bool {
    !path.contains('[') && held.enums.contains(value)
}

/// A counter one past a counter of the example's request under the same member name (a revision `3`
/// updated to `4`) is one past what was sent there.
fn counted_on(
    example: &str,
    answer: &str,
    path: &str,
    echoes: &Echoes<'_>,
    gaps: &mut Vec<FormGap>,
) {
    let (Some(n), Some(member)) = (counter(example), path.rsplit('.').next()) else {
        return;
    };
    let Some(before) = n.checked_sub(1) else {
        return;
    };
    let (sent, at) = echoes.sent_for_member(&before.to_string(), member);
    let due: Vec<String> = sent
        .iter()
        .filter_map(|s| counter(s))
        .map(|s| (s + 1).to_string())
        .collect();
    if !due.is_empty() && !due.iter().any(|d| d == answer) {
        gaps.push(FormGap {
            path: path.to_string(),
            example: format!("one past the value sent at `{at}`"),
            now: Value::from(answer),
        });
    }
}

fn counter(s: &str) -> Option<u64> {
    COUNTER.is_match(s).then(|| s.parse().ok()).flatten()
}

/// A list: none where the example shows some is a gap; each item is held to the example item it
/// departs from least.
fn items(shown: &[Value], have: &[Value], path: &str, held: &Held<'_>, gaps: &mut Vec<FormGap>) {
    if shown.is_empty() {
        return;
    }
    if have.is_empty() {
        gaps.push(FormGap {
            path: path.to_string(),
            example: format!("{} item(s)", shown.len()),
            now: Value::Array(Vec::new()),
        });
        return;
    }
    for (i, item) in have.iter().enumerate() {
        let at = format!("{path}[{i}]");
        let closest = shown
            .iter()
            .map(|e| {
                let mut mine = Vec::new();
                walk(e, item, &at, held, &mut mine);
                mine
            })
            .min_by_key(Vec::len)
            .unwrap_or_default();
        gaps.extend(closest);
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    /// `compare` with an example made of `input` and `output`, and the enum values `ACCEPTED`, `PENDING`.
    fn held_to(input: &Value, output: &Value, sent: &Value, answer: &Value) -> Vec<FormGap> {
        let enums: BTreeSet<String> = ["ACCEPTED", "PENDING"].map(String::from).into();
        let example = Example {
            input,
            output,
            enums: &enums,
        };
        compare(&example, sent, answer)
    }

    #[test]
    fn values_are_held_to_their_form_not_to_aws_placeholders() {
        let arn = "arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/program-management-account/pma-u8ic702rtzng8/relationship/rs-l9o4fj3b5zb91";
        assert_eq!(
            of(&json!(arn)),
            Form::Arn("arn:aws:partnercentral:<region>:<account>:catalog/<catalog>/program-management-account/<pma-id>/relationship/<rs-id>".into())
        );
        let sandbox = "arn:aws:partnercentral:us-west-2:444455556666:catalog/Sandbox/program-management-account/pma-0000000000001/relationship/rs-abcdefghijklm";
        assert_eq!(of(&json!(arn)), of(&json!(sandbox)));
        assert_eq!(of(&json!("ch-4fj3bd2o3vb91")), Form::Id("ch".into()));
        assert_eq!(of(&json!("987654321012")), Form::Account);
        assert_eq!(of(&json!("3")), Form::Counter);
        assert_eq!(of(&json!("2024-04-29T16:18:16Z")), Form::Instant);
        assert_eq!(of(&json!("2024-04-29T08:52:46.397Z")), Form::Instant);
        assert_eq!(of(&json!("TestDisplayName")), Form::Text);
        assert_ne!(of(&json!("2024-04-29")), Form::Instant);
        assert_ne!(of(&json!("ch-4fj3bd2o3vb9")), Form::Id("ch".into()));
    }

    #[test]
    fn an_arn_of_another_resource_type_or_nesting_is_another_form() {
        let pma = "arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/program-management-account/pma-u8ic702rtzng8";
        let flat = "arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/relationship/rs-l9o4fj3b5zb91";
        let nested = format!("{pma}/relationship/rs-l9o4fj3b5zb91");
        assert_ne!(of(&json!(flat)), of(&json!(nested)));
        assert_ne!(of(&json!(pma)), of(&json!(nested)));
    }

    #[test]
    fn a_member_the_example_shows_must_be_there_and_extra_members_may_be() {
        let example = json!({"detail": {"id": "rs-l9o4fj3b5zb91", "revision": "3"}});
        let answer = json!({"detail": {"id": "rs-abcdefghijklm", "revision": "1", "extra": true}});
        assert!(held_to(&json!({}), &example, &json!({}), &answer).is_empty());
        let lacking = json!({"detail": {"id": "rs-abcdefghijklm", "revision": null}});
        let gaps = held_to(&json!({}), &example, &json!({}), &lacking);
        assert_eq!(gaps.len(), 1);
        assert_eq!(gaps[0].path, "detail.revision");
        assert_eq!(gaps[0].example, "<counter>");
        let wrong = json!({"detail": {"id": "rs-abcdefghijklm", "revision": 1}});
        assert_eq!(
            held_to(&json!({}), &example, &json!({}), &wrong)[0].now,
            json!(1)
        );
    }

    #[test]
    fn each_item_is_held_to_the_example_item_it_comes_closest_to() {
        let example = json!({"items": [
            {"detail": {"start": {"minimumNoticeDays": "14", "note": "n"}}},
            {"detail": {"start": {"endDate": "2027-03-31T00:00:00.000Z", "note": "n"}}}
        ]});
        let answer = json!({"items": [
            {"detail": {"start": {"endDate": "2027-03-31T00:00:00Z", "note": "x"}}},
            {"detail": {"start": {"note": "x"}}}
        ]});
        let gaps = held_to(&json!({}), &example, &json!({}), &answer);
        assert_eq!(gaps.len(), 1, "{gaps:?}");
        assert!(gaps[0].path.starts_with("items[1].detail.start."));
        let none = held_to(&json!({}), &example, &json!({}), &json!({"items": []}));
        assert_eq!(none[0].path, "items");
    }

    #[test]
    fn what_the_example_repeats_of_its_request_must_repeat_what_was_sent() {
        let input = json!({"catalog": "AWS", "identifier": "rs-l9o4fj3b5zb91", "names": ["TestDisplayName"]});
        let example = json!({"detail": {
            "id": "rs-l9o4fj3b5zb91",
            "arn": "arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/relationship/rs-l9o4fj3b5zb91",
            "displayName": "TestDisplayName",
            "revision": "3"
        }});
        let sent =
            json!({"catalog": "Sandbox", "identifier": "rs-abcdefghijklm", "names": ["a", "b"]});
        let right = json!({"detail": {
            "id": "rs-abcdefghijklm",
            "arn": "arn:aws:partnercentral:us-west-2:444455556666:catalog/Sandbox/relationship/rs-abcdefghijklm",
            "displayName": "b",
            "revision": "1"
        }});
        assert!(held_to(&input, &example, &sent, &right).is_empty());
        let other = json!({"detail": {
            "id": "rs-zzzzzzzzzzzzz",
            "arn": "arn:aws:partnercentral:us-west-2:444455556666:catalog/AWS/relationship/rs-abcdefghijklm",
            "displayName": "c",
            "revision": "1"
        }});
        let gaps = held_to(&input, &example, &sent, &other);
        let paths: Vec<&str> = gaps.iter().map(|g| g.path.as_str()).collect();
        assert_eq!(
            paths,
            ["detail.arn", "detail.displayName", "detail.id"],
            "{gaps:?}"
        );
        assert_eq!(gaps[0].example, "the value sent at `catalog`");
        assert_eq!(gaps[1].example, "the value sent at `names[]`");
    }

    #[test]
    fn an_arns_owner_account_is_no_echo_of_a_filter_that_holds_the_same_placeholder() {
        let input = json!({"associatedAccountIds": ["123456789012"]});
        let example = json!({"items": [{
            "arn": "arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/relationship/rs-l9o4fj3b5zb91"
        }]});
        let sent = json!({"associatedAccountIds": ["999988887777"]});
        let answer = json!({"items": [{
            "arn": "arn:aws:partnercentral:us-east-1:111122223333:catalog/AWS/relationship/rs-abcdefghijklm"
        }]});
        assert!(held_to(&input, &example, &sent, &answer).is_empty());
    }

    #[test]
    fn an_enum_value_of_a_single_answer_is_the_examples_and_of_a_list_item_any() {
        let example = json!({"detail": {"status": "ACCEPTED"}, "items": [{"status": "PENDING"}]});
        let answer = json!({"detail": {"status": "ACCEPTED"}, "items": [{"status": "ACCEPTED"}]});
        assert!(held_to(&json!({}), &example, &json!({}), &answer).is_empty());
        let pending = json!({"detail": {"status": "PENDING"}, "items": [{"status": "ACCEPTED"}]});
        let gaps = held_to(&json!({}), &example, &json!({}), &pending);
        assert_eq!(gaps.len(), 1, "{gaps:?}");
        assert_eq!(gaps[0].path, "detail.status");
        assert_eq!(gaps[0].example, "\"ACCEPTED\", a value the model lists");
    }

    #[test]
    fn a_revision_the_example_counts_on_from_the_one_sent_counts_on_from_what_was_sent() {
        let input = json!({"identifier": "rs-l9o4fj3b5zb91", "revision": "3", "maxResults": "4"});
        let example = json!({"detail": {"revision": "4"}});
        let sent = json!({"identifier": "rs-abcdefghijklm", "revision": "1"});
        let answer = |r: &str| json!({"detail": {"revision": r}});
        assert!(held_to(&input, &example, &sent, &answer("2")).is_empty());
        let kept = held_to(&input, &example, &sent, &answer("1"));
        assert_eq!(kept.len(), 1, "{kept:?}");
        assert_eq!(kept[0].example, "one past the value sent at `revision`");
        assert!(held_to(&json!({}), &example, &sent, &answer("9")).is_empty());
    }
}
