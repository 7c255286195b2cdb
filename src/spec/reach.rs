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
    let Facet::EnumSeen { path, value } = facet else {
        return None;
    };
    contract
        .catalog
        .lifecycles
        .iter()
        .find_map(|l| by_lifecycle(l, op, path, value))
}

/// Why `path = value` cannot be in `op`'s answer, by lifecycle `l`.
fn by_lifecycle(l: &Lifecycle, op: &Operation, path: &str, value: &str) -> Option<String> {
    for t in l.transitions.iter().filter(|t| t.operation == op.name) {
        if t.status_path.as_deref() == Some(path) && t.to != value {
            return Some(format!(
                "{} answers the status it moves the {} to, {}",
                op.name, l.resource, t.to
            ));
        }
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
