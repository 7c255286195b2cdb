//! The lifecycles the contract describes (`lifecycles` in `schemas/catalog.json`): a resource made
//! PENDING by one operation, moved on by others, each by one party; what each wrong move is answered
//! with; and, for a stateful check, how to stage and clean up a sequence. Steps and the lifecycle
//! checker read them, so a new lifecycle is data, not code.
use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::{Map, Value};

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Lifecycle {
    /// What steps call the resource: `handshake`, `invitation`.
    pub resource: String,
    /// The catalog a sequence is set in, where it is not the run's: a channel contract waits PENDING only
    /// in `AWS`. A lifecycle with a catalog of its own is checked against the mock only.
    #[serde(default)]
    pub catalog: Option<String>,
    /// The request member that names the resource in a transition.
    pub identifier_member: String,
    /// The status a new resource has.
    pub initial: String,
    #[serde(default)]
    pub expiry: Option<Expiry>,
    pub transitions: Vec<Transition>,
    pub refusals: Refusals,
    pub create: Create,
    /// The principal whose contact the creating requests name, if they name one.
    #[serde(default)]
    pub contact: Option<String>,
    /// Calls that make what a sequence acts on, in order.
    #[serde(default)]
    pub stage: Vec<StageCall>,
    /// Calls that undo a sequence, in order.
    #[serde(default)]
    pub cleanup: Vec<StageCall>,
    /// Reads that find what would keep two accounts from making one of this resource's kinds: what a
    /// scenario checks is not there before it starts.
    #[serde(default)]
    pub blockers: Vec<Blocker>,
}

/// A list call whose first item, if any, would keep two accounts from making a resource of a kind.
/// `{{blockedKind}}` and `{{otherAccount}}` (the other account's id) in `with` are filled in.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Blocker {
    pub operation: String,
    /// What the item is, in words (`an ACTIVE connection`).
    pub what: String,
    /// Members set on the example request.
    pub with: Map<String, Value>,
    /// Members of the example request taken out.
    #[serde(default)]
    pub without: Vec<String>,
}

/// After this many days without an answer, a resource in the initial status has `status`.
#[derive(Debug, Clone, Deserialize)]
pub struct Expiry {
    pub days: i64,
    pub status: String,
}

/// One move from the initial status.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Transition {
    /// What the move is called: `accept`, `reject`, `cancel`.
    pub action: String,
    pub to: String,
    pub operation: String,
    /// The party that may make it: `sender` or `receiver`.
    pub by: String,
    /// Where the answer says the new status; without it, success means `to`.
    #[serde(default)]
    pub status_path: Option<String>,
    /// Values of the answer to keep for the cleanup (name → path).
    #[serde(default)]
    pub remember: BTreeMap<String, String>,
    /// Whether the move brings about its kind's `opens` and ends its `closes` (an accept).
    #[serde(default)]
    pub takes_effect: bool,
}

/// The error each wrong move gets.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Refusals {
    /// A party that does not see the resource.
    pub outsider: String,
    /// A party that sees it but may not make this move.
    pub other_party: String,
    /// A move from a status other than the initial one.
    pub not_pending: String,
    /// A second resource of the same kind while one is in the initial status.
    pub twin: String,
    /// A kind whose `needs` is not met.
    pub unmet: String,
    /// A kind whose `blockedBy` is in force.
    pub blocked: String,
    /// A party not among the creators creating.
    pub not_creator: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Create {
    pub operation: String,
    pub id_path: String,
    pub status_path: String,
    /// The parties a sequence lets create; all but the first are refused with `notCreator`.
    pub creators: Vec<String>,
    pub kinds: BTreeMap<String, Kind>,
}

/// One kind of resource: what its create request sets, and the conditions between kinds.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Kind {
    /// Members set on the operation's example request; `null` removes one.
    pub with: Map<String, Value>,
    /// A condition that accepting one of this kind brings about.
    #[serde(default)]
    pub opens: Option<String>,
    /// A condition that accepting one of this kind ends.
    #[serde(default)]
    pub closes: Option<String>,
    /// A condition that must hold to create one.
    #[serde(default)]
    pub needs: Option<String>,
    /// A condition under which one cannot be created.
    #[serde(default)]
    pub blocked_by: Option<String>,
}

/// A call of the stage or the cleanup. Strings `{{name}}` in `with` are the sequence's values.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StageCall {
    pub operation: String,
    pub by: String,
    #[serde(default)]
    pub with: Map<String, Value>,
    /// Further members to try in turn until one call succeeds (e.g. another program).
    #[serde(default)]
    pub alternatives: Vec<Map<String, Value>>,
    /// Values of the answer to keep (name → path).
    #[serde(default)]
    pub remember: BTreeMap<String, String>,
    /// `created`: once per resource the sequence made; `accepted`: once per accepted one.
    #[serde(default)]
    pub each: Option<String>,
}

impl Lifecycle {
    /// The move that leads to `status`.
    pub fn transition_to(&self, status: &str) -> Option<&Transition> {
        self.transitions.iter().find(|t| t.to == status)
    }
}
