//! Which facets of an operation a conformant endpoint can show at all. An answer's status follows from the
//! lifecycle of what it answers about: an accept answers the status it moves the resource to, a create the
//! initial one. What else no endpoint can show is written beside the operation in `schemas/ours.json`
//! (`unreachable`), each with why. Coverage counts only the reachable facets and lists the rest apart.
use serde::Serialize;

use super::{Contract, Operation, facets::Facet, lifecycle::Lifecycle};

/// A facet no conformant endpoint can show, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Unreachable {
    pub facet: String,
    pub reason: String,
}

/// The facets of `op` split into those an endpoint can show and those it cannot (with the reason).
pub fn split(
    contract: &Contract,
    op: &Operation,
    facets: Vec<Facet>,
) -> (Vec<Facet>, Vec<Unreachable>) {
    let mut reachable = Vec::new();
    let mut unreachable = Vec::new();
    for facet in facets {
        match why_unreachable(contract, op, &facet) {
            Some(reason) => unreachable.push(Unreachable {
                facet: facet.to_string(),
                reason,
            }),
            None => reachable.push(facet),
        }
    }
    (reachable, unreachable)
}

fn why_unreachable(contract: &Contract, op: &Operation, facet: &Facet) -> Option<String> {
    if let Some(reason) = op.unreachable.get(&facet.to_string()) {
        return Some(reason.clone());
    }
    if let Facet::Bound { path, rule, limit } = facet {
        return by_pattern(contract, op, path, rule, *limit);
    }
    let Facet::EnumSeen { path, value } = facet else {
        return None;
    };
    contract
        .catalog
        .lifecycles
        .iter()
        .find_map(|l| by_lifecycle(l, op, path, value))
}

/// Why a bound cannot show apart from the member's pattern: no value at it and none one past it meets
/// the pattern whole (an email of one character, an ARN of none).
fn by_pattern(
    contract: &Contract,
    op: &Operation,
    path: &str,
    rule: &str,
    limit: i64,
) -> Option<String> {
    let defs = contract.definitions(&op.service)?;
    let schema = contract.document(&op.request)?;
    let leaf = super::probes::leaf(defs, schema, path)?;
    let pattern = leaf.get("pattern").and_then(serde_json::Value::as_str)?;
    let at = super::probes::value_at(leaf, rule, limit);
    let past = super::probes::value_past(leaf, rule, limit);
    (at.is_err() && past.is_err()).then(|| {
        format!("no value at the bound or one past it meets the member's pattern ({pattern}), so only the pattern can refuse it")
    })
}

/// Why `path = value` cannot be in `op`'s answer, by lifecycle `l`: every move `op` makes that answers
/// at `path` leads elsewhere.
fn by_lifecycle(l: &Lifecycle, op: &Operation, path: &str, value: &str) -> Option<String> {
    let moves: Vec<&str> = l
        .transitions
        .iter()
        .filter(|t| t.operation == op.name && t.status_path.as_deref() == Some(path))
        .map(|t| t.to.as_str())
        .collect();
    if !moves.is_empty() {
        return (!moves.contains(&value)).then(|| {
            format!(
                "{} answers the status it moves the {} to, {}",
                op.name,
                l.resource,
                moves.join(" or ")
            )
        });
    }
    // A lifecycle set in a catalog of its own may start elsewhere in the others (a contract is accepted
    // at once in Sandbox), so only a lifecycle of every catalog rules the create's answer.
    let create = &l.create;
    (l.catalog.is_none()
        && create.operation == op.name
        && create.status_path == path
        && l.initial != value)
        .then(|| {
            format!(
                "{} answers a new {}, which is {}",
                op.name, l.resource, l.initial
            )
        })
}

/// Why `facet` of `op` is brought about only by an injection (a policy of the mock's, a fault), not by
/// behaviour a run can provoke: an error the service's `injectedErrors` names, unless a lifecycle refuses
/// the other party of `op` with it.
pub fn injection_only<'c>(
    contract: &'c Contract,
    op: &Operation,
    facet: &Facet,
) -> Option<&'c str> {
    let Facet::Error { name } = facet else {
        return None;
    };
    let reason = contract
        .catalog
        .services
        .get(&op.service)?
        .injected_errors
        .get(name)?;
    let refused_by_behaviour = contract.catalog.lifecycles.iter().any(|l| {
        l.refusals.other_party == *name && l.transitions.iter().any(|t| t.operation == op.name)
    });
    (!refused_by_behaviour).then_some(reason.as_str())
}

/// Entries of `unreachable` in the catalog that name no facet of their operation (a stale entry, after a
/// model changed), as `Operation: facet`.
pub fn stale_entries(contract: &Contract) -> Vec<String> {
    let mut out = Vec::new();
    for op in &contract.catalog.operations {
        let facets: Vec<String> = super::facets::of(contract, op)
            .iter()
            .map(ToString::to_string)
            .collect();
        out.extend(
            op.unreachable
                .keys()
                .filter(|k| !facets.contains(k))
                .map(|k| format!("{}: {k}", op.name)),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unreachable_of(name: &str) -> Vec<Unreachable> {
        let contract = Contract::embedded();
        let op = contract.catalog.operation(name).unwrap();
        split(&contract, op, super::super::facets::of(&contract, op)).1
    }

    #[test]
    fn an_operation_with_two_moves_answers_either_status() {
        let l: Lifecycle = serde_json::from_value(serde_json::json!({
            "resource": "thing", "identifierMember": "id", "initial": "PENDING",
            "transitions": [
                {"action": "a", "to": "ONE", "operation": "Move", "by": "sender", "statusPath": "status"},
                {"action": "b", "to": "TWO", "operation": "Move", "by": "receiver", "statusPath": "status"}
            ],
            "refusals": {"outsider": "X", "otherParty": "X", "notPending": "X", "twin": "X", "unmet": "X", "blocked": "X", "notCreator": "X"},
            "create": {"operation": "Make", "idPath": "id", "statusPath": "status", "creators": [], "kinds": {}}
        }))
        .unwrap();
        let contract = Contract::embedded();
        let mut op = contract
            .catalog
            .operation("AcceptChannelHandshake")
            .unwrap()
            .clone();
        op.name = "Move".into();
        assert_eq!(by_lifecycle(&l, &op, "status", "ONE"), None);
        assert_eq!(
            by_lifecycle(&l, &op, "status", "TWO"),
            None,
            "the second move's status is reachable"
        );
        assert!(
            by_lifecycle(&l, &op, "status", "PENDING")
                .unwrap()
                .contains("ONE or TWO")
        );
    }

    #[test]
    fn iam_refusals_are_injected_except_where_a_lifecycle_refuses_the_other_party() {
        let contract = Contract::embedded();
        let denied = Facet::Error {
            name: "AccessDeniedException".into(),
        };
        let of =
            |op: &str| injection_only(&contract, contract.catalog.operation(op).unwrap(), &denied);
        assert!(of("CreateRelationship").is_some());
        assert!(of("AcceptChannelHandshake").is_none());
        assert!(of("CancelConnectionInvitation").is_none());
        let throttled = Facet::Error {
            name: "ThrottlingException".into(),
        };
        let op = contract
            .catalog
            .operation("AcceptChannelHandshake")
            .unwrap();
        assert!(injection_only(&contract, op, &throttled).is_some());
    }

    #[test]
    fn a_transition_answers_only_the_status_it_moves_to() {
        let gone = unreachable_of("AcceptChannelHandshake");
        let facets: Vec<&str> = gone.iter().map(|u| u.facet.as_str()).collect();
        assert!(facets.contains(&"channelHandshakeDetail.status = PENDING seen"));
        assert!(facets.contains(&"channelHandshakeDetail.status = REJECTED seen"));
        assert!(!facets.contains(&"channelHandshakeDetail.status = ACCEPTED seen"));
        assert!(gone[0].reason.contains("ACCEPTED"), "{gone:?}");
    }

    #[test]
    fn a_create_of_a_lifecycle_with_its_own_catalog_is_not_ruled_by_it() {
        let facets: Vec<String> = unreachable_of("CreateChannelContract")
            .into_iter()
            .map(|u| u.facet)
            .collect();
        assert!(
            !facets.iter().any(|f| f.contains("status = ACCEPTED")),
            "Sandbox accepts a contract at once: {facets:?}"
        );
        let invitation: Vec<String> = unreachable_of("CreateConnectionInvitation")
            .into_iter()
            .map(|u| u.facet)
            .collect();
        assert!(invitation.contains(&"Status = EXPIRED seen".to_string()));
    }

    #[test]
    fn every_hand_written_entry_names_a_facet_of_its_operation() {
        assert_eq!(stale_entries(&Contract::embedded()), Vec::<String>::new());
    }
}
