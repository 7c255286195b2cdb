//! How an operation's probes start (ours, per operation in `schemas/ours.json`, `probe`): the calls that
//! make what its request names, the members set from them, what goes with a probed member or value, and
//! where the value sent can be read back.
use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::{Map, Value};

/// The item of a list that a read back looks at, as the cleanup's status read names it.
pub use crate::spec::catalog::ItemOf;

/// One operation's probe recipe.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ProbeRecipe {
    #[serde(rename = "$comment", default)]
    pub comment: Option<String>,
    /// Calls, in order, that make what the probed request names (a PMA, a relationship, a handshake).
    #[serde(default)]
    pub given: Vec<GivenCall>,
    /// Members of the example request set from them (`identifier` → `{{rs.id}}`; `(absent)` removes).
    #[serde(default)]
    pub with: Map<String, Value>,
    /// Who sends the probed request: the scenario's own principal by default, or a named one.
    #[serde(default)]
    pub by: Option<String>,
    /// Per probed member (`payload.revokeServicePeriodPayload`) or member and value
    /// (`handshakeType=PROGRAM_MANAGEMENT_ACCOUNT`): the calls and members that go with it, or why it is
    /// not probed.
    #[serde(default)]
    pub when: BTreeMap<String, ProbeCase>,
    /// Where a value sent can be read back, when an answer or a read shows it.
    #[serde(default)]
    pub read_back: Option<ReadBack>,
    /// Tags every probe of the operation carries (`@serial` where what it makes is one between two fixed
    /// accounts, `@contact:sender` where the request names the sender's contact).
    #[serde(default)]
    pub tags: Vec<String>,
}

/// A call a probe makes before the probed one, and what of its answer it remembers.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GivenCall {
    pub call: String,
    /// A named principal; the scenario's own when absent.
    #[serde(default)]
    pub by: Option<String>,
    #[serde(default)]
    pub with: Map<String, Value>,
    /// Variable → member of the answer (`pma` → `programManagementAccountDetail`).
    #[serde(default)]
    pub remember: BTreeMap<String, String>,
}

/// What goes with one probed member or value.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ProbeCase {
    /// Why the case is as it is (a decoy it makes, say).
    #[serde(rename = "$comment", default)]
    pub comment: Option<String>,
    #[serde(default)]
    pub given: Vec<GivenCall>,
    #[serde(default)]
    pub with: Map<String, Value>,
    /// Why a value of this member is not sent to be accepted (a state no call of the contract brings
    /// about, say); one past a bound is still sent to be refused.
    #[serde(default)]
    pub skip: Option<String>,
    /// Why the value, though accepted, cannot be read back (a filter no resource can match).
    #[serde(default)]
    pub unread: Option<String>,
    /// Where the value reads back, when not where the recipe's other members do (a create's tags, by
    /// listing the resource's tags).
    #[serde(default)]
    pub read_back: Option<ReadBack>,
    /// What the case makes for a list filter to keep out (a template naming it: `{{hs2.id}}`): the
    /// listing without the filter must show it not matching, and the filtered listing must not show it.
    #[serde(default)]
    pub decoy: Option<String>,
}

/// Where a value sent shows: the probed call's answer (under `answer`), or a read made after it (a Get,
/// under `at`; or a List, in the item whose `item` member equals a value), with request members renamed
/// to the answer's (`payload.startServicePeriodPayload` → `detail.startServicePeriodHandshakeDetail`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReadBack {
    #[serde(default)]
    pub answer: Option<String>,
    #[serde(default)]
    pub call: Option<String>,
    #[serde(default)]
    pub by: Option<String>,
    #[serde(default)]
    pub with: Map<String, Value>,
    #[serde(default)]
    pub at: Option<String>,
    #[serde(default)]
    pub item: Option<ItemOf>,
    #[serde(default)]
    pub rename: BTreeMap<String, String>,
}

impl ReadBack {
    /// The answer's member a request member shows as: the longest renamed prefix replaced.
    pub fn renamed(&self, member: &str) -> String {
        let best = self
            .rename
            .iter()
            .filter(|(from, _)| {
                member == from.as_str()
                    || member
                        .strip_prefix(from.as_str())
                        .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
            })
            .max_by_key(|(from, _)| from.len());
        match best {
            Some((from, to)) => format!("{to}{}", &member[from.len()..]),
            None => member.to_string(),
        }
    }
}

impl ProbeRecipe {
    /// Where a value sent at `member` reads back: a case's own read back, else the recipe's.
    pub fn read_back_for(&self, member: &str, value: &Value) -> Option<&ReadBack> {
        self.cases(member, value)
            .into_iter()
            .find_map(|(_, c)| c.read_back.as_ref())
            .or(self.read_back.as_ref())
    }

    /// The cases that go with probing `member` (concrete, `tags[0].key`) at `value`: those keyed by
    /// `member=value` where there is one, else those keyed by the member or a member it lies in.
    pub fn cases(&self, member: &str, value: &Value) -> Vec<(&str, &ProbeCase)> {
        let exact: Vec<(&str, &ProbeCase)> = self
            .when
            .iter()
            .filter(|(key, _)| {
                key.split_once('=')
                    .is_some_and(|(m, v)| m == member && value.as_str() == Some(v))
            })
            .map(|(k, c)| (k.as_str(), c))
            .collect();
        if !exact.is_empty() {
            return exact;
        }
        self.when
            .iter()
            .filter(|(key, _)| !key.contains('=') && within(member, key))
            .map(|(k, c)| (k.as_str(), c))
            .collect()
    }
}

/// Whether `member` is `outer` or lies within it (`tags[0].key` within `tags`).
pub fn within(member: &str, outer: &str) -> bool {
    member == outer
        || member
            .strip_prefix(outer)
            .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
}

impl GivenCall {
    /// Whether the call takes the value probed (`{{probe}}`).
    pub fn uses_probe(&self) -> bool {
        self.with.values().any(|v| v.as_str() == Some("{{probe}}"))
    }

    /// The call with `{{probe}}` in its members replaced by the value probed.
    pub fn probing(&self, value: &Value) -> GivenCall {
        GivenCall {
            with: with_probe(&self.with, value),
            ..self.clone()
        }
    }
}

/// `with`, each member whose value is `{{probe}}` set to the value probed instead.
pub fn with_probe(with: &Map<String, Value>, value: &Value) -> Map<String, Value> {
    with.iter()
        .map(|(k, v)| {
            let v = if v.as_str() == Some("{{probe}}") {
                value.clone()
            } else {
                v.clone()
            };
            (k.clone(), v)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn cases_match_a_member_a_member_within_and_a_value() {
        let recipe: ProbeRecipe = serde_json::from_value(json!({
            "when": {
                "payload.revokeServicePeriodPayload": {"with": {"a": 1}},
                "handshakeType=PROGRAM_MANAGEMENT_ACCOUNT": {"with": {"b": 2}},
                "tags": {"skip": "why"}
            }
        }))
        .unwrap();
        let keys = |m: &str, v: Value| -> Vec<String> {
            recipe
                .cases(m, &v)
                .into_iter()
                .map(|(k, _)| k.to_string())
                .collect()
        };
        assert_eq!(
            keys("payload.revokeServicePeriodPayload.note", json!("x")),
            ["payload.revokeServicePeriodPayload"]
        );
        assert_eq!(
            keys("handshakeType", json!("PROGRAM_MANAGEMENT_ACCOUNT")),
            ["handshakeType=PROGRAM_MANAGEMENT_ACCOUNT"]
        );
        assert!(keys("handshakeType", json!("START_SERVICE_PERIOD")).is_empty());
        assert_eq!(keys("tags[0].key", json!("k")), ["tags"]);
        let both: ProbeRecipe = serde_json::from_value(json!({
            "when": {"program": {"with": {"a": 1}}, "program=X": {"with": {"b": 2}}}
        }))
        .unwrap();
        let of = |v: &str| -> Vec<String> {
            both.cases("program", &json!(v))
                .into_iter()
                .map(|(k, _)| k.to_string())
                .collect()
        };
        assert_eq!(
            of("X"),
            ["program=X"],
            "a case for the value stands instead of the member's"
        );
        assert_eq!(of("Y"), ["program"]);
        assert!(keys("tagsExtra", json!("k")).is_empty());
    }

    #[test]
    fn a_read_back_renames_the_longest_prefix() {
        let rb: ReadBack = serde_json::from_value(json!({
            "rename": {"payload.startServicePeriodPayload": "detail.startServicePeriodHandshakeDetail", "Message": "InvitationMessage"}
        }))
        .unwrap();
        assert_eq!(
            rb.renamed("payload.startServicePeriodPayload.note"),
            "detail.startServicePeriodHandshakeDetail.note"
        );
        assert_eq!(rb.renamed("Message"), "InvitationMessage");
        assert_eq!(rb.renamed("MessageX"), "MessageX");
    }
}
