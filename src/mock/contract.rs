//! Channel contracts (managed services attestations): Create, Get, List, Cancel; signing (the admin
//! API's stand-in for the signatory), expiry of unsigned contracts after 30 days, and the contract in
//! effect for a relationship (a newer accepted one, the end date passing, or the relationship's
//! deletion ends it).
use serde_json::{Map, Value, json};
use time::OffsetDateTime;

use super::{
    arn,
    call::{Call, Reply},
    clock::parse_iso8601,
    error::ApiError,
    model::{
        AccountScope, AssociationType, ChannelContract, ContractStatus,
        contract::{ATTESTATION, ATTESTATION_PAYLOAD, SIGNATURE_WINDOW},
    },
    policy::{Exceeded, within_quota},
    relationship,
    store::{Due, Store},
    tags::apply_tags,
};

const RESOURCE: &str = "ChannelContract";
/// The catalog in which a contract is accepted at once.
const SANDBOX: &str = "Sandbox";

/// Moves every contract whose time has come: unsigned ones expire, accepted ones whose end date has
/// passed stop being in effect.
pub fn advance(store: &mut Store, now: OffsetDateTime) {
    for (at, id, due) in store.due_contracts(now) {
        let Some(status) = store.contracts.get(&id).map(|c| c.status) else {
            continue;
        };
        match (due, status) {
            (Due::Expiry, ContractStatus::Pending) => {
                store.settle_contract(&id, ContractStatus::Expired, at, now);
            }
            (Due::End, ContractStatus::Accepted) => end(store, &id, at, now),
            _ => {}
        }
    }
}

/// An accepted contract stops being in effect: INACTIVE, and no longer its relationship's.
fn end(store: &mut Store, id: &str, at: OffsetDateTime, now: OffsetDateTime) {
    if let Some(c) = store.settle_contract(id, ContractStatus::Inactive, at, now) {
        relationship::clear_contract(store, &c.relationship_id, id, now);
    }
}

/// A contract is accepted (signed, or at once in Sandbox): it takes effect for its relationship, and
/// the one in effect before becomes INACTIVE.
pub fn accept(store: &mut Store, id: &str, now: OffsetDateTime) -> Option<ChannelContract> {
    let accepted = store.settle_contract(id, ContractStatus::Accepted, now, now)?;
    for older in store.contracts_of(&accepted.relationship_id, ContractStatus::Accepted) {
        if older != id {
            end(store, &older, now, now);
        }
    }
    relationship::set_contract(
        store,
        &accepted.relationship_id,
        &accepted.id,
        accepted.end_date,
        now,
    );
    Some(accepted)
}

/// The caller's contract `identifier` (id or ARN) in `catalog`; only the owner sees it.
fn resolve<'s>(
    store: &'s Store,
    call: &Call<'_>,
    catalog: &str,
    identifier: &str,
) -> Result<&'s ChannelContract, ApiError> {
    let (id, scope) = arn::identifier_id(identifier);
    let me = call.account();
    store
        .contracts
        .get(&id)
        .filter(|c| c.owner == me && c.catalog == catalog)
        .filter(|_| scope.is_none_or(|(owner, cat)| owner == me && cat == catalog))
        .ok_or_else(|| ApiError::not_found(RESOURCE, identifier))
}

fn attestation_field(member: &str) -> String {
    format!("payload.{ATTESTATION_PAYLOAD}.{member}")
}

/// The attestation's relationship, checked: the caller's, under the named PMA, a managed services
/// relationship, with no PENDING contract; and the payload's rules against it.
fn check_attestation(
    store: &Store,
    call: &Call<'_>,
    catalog: &str,
    payload: &Map<String, Value>,
) -> Result<(String, String, OffsetDateTime), ApiError> {
    let text = |m: &str| payload.get(m).and_then(Value::as_str).unwrap_or_default();
    let r = relationship::resolve(
        store,
        call,
        catalog,
        text("programManagementAccountIdentifier"),
        text("relationshipIdentifier"),
    )?;
    let field = attestation_field("relationshipIdentifier");
    if r.association_type != AssociationType::ManagedServicesEndCustomer {
        return Err(ApiError::business_validation(
            &field,
            format!(
                "{} is a {} relationship; a managed services attestation needs a {} relationship",
                r.id,
                r.association_type.as_str(),
                AssociationType::ManagedServicesEndCustomer.as_str()
            ),
        ));
    }
    let scope = r.managed.as_ref().and_then(|m| m.account_scope);
    if scope == Some(AccountScope::EntireOrganization) && payload.contains_key("memberAccountIds") {
        return Err(ApiError::business_validation(
            &attestation_field("memberAccountIds"),
            "memberAccountIds are not allowed when the account scope is the entire organization",
        ));
    }
    let end = parse_iso8601(text("endDate")).ok_or_else(|| {
        ApiError::business_validation(&attestation_field("endDate"), "endDate is not a timestamp")
    })?;
    if let Some(start) = r.start_date
        && end <= start.time()
    {
        return Err(ApiError::business_validation(
            &attestation_field("endDate"),
            "endDate must be after the start date of the relationship",
        ));
    }
    if let Some(twin) = store.contracts_of(&r.id, ContractStatus::Pending).first() {
        return Err(ApiError::conflict(
            RESOURCE,
            twin,
            format!("{} already has a PENDING channel contract, {twin}", r.id),
        ));
    }
    Ok((r.pma_id().to_string(), r.id.to_string(), end))
}

pub fn create(store: &mut Store, call: &Call<'_>) -> Result<Value, ApiError> {
    let catalog = call.catalog()?.to_string();
    advance(store, call.now);
    store.idempotent(call, |store| {
        let payload = call
            .input
            .pointer(&format!("/payload/{ATTESTATION_PAYLOAD}"))
            .and_then(Value::as_object)
            .cloned()
            .ok_or_else(|| {
                ApiError::business_validation(
                    "payload",
                    format!("contractType {ATTESTATION} needs payload.{ATTESTATION_PAYLOAD}"),
                )
            })?;
        let (pma_id, relationship_id, end_date) =
            check_attestation(store, call, &catalog, &payload)?;
        within_quota(call, Exceeded::Resource("ChannelContract"), || {
            store
                .contracts
                .values()
                .filter(|c| {
                    c.owner == call.account()
                        && c.catalog == catalog
                        && matches!(c.status, ContractStatus::Pending | ContractStatus::Accepted)
                })
                .count()
        })?;
        let id = arn::new_id("cc");
        let arn = arn::contract_arn(call.account(), &catalog, &id);
        apply_tags(store, &arn, call.input.get("tags"))?;
        let mut attestation = payload;
        attestation.insert("programManagementAccountIdentifier".into(), json!(pma_id));
        attestation.insert("relationshipIdentifier".into(), json!(relationship_id));
        let contract = ChannelContract {
            id: id.clone(),
            arn: arn.clone(),
            owner: call.account().to_string(),
            catalog: catalog.clone(),
            contract_type: call.str("contractType").unwrap_or(ATTESTATION).to_string(),
            status: ContractStatus::Pending,
            pma_id,
            relationship_id,
            attestation,
            end_date,
            created_at: call.now,
            updated_at: call.now,
            responded_at: None,
            cancellation_reason: None,
            seq: store.next_seq(),
            rendered: String::new(),
        };
        store.insert_contract(contract);
        if catalog == SANDBOX {
            accept(store, &id, call.now);
        }
        Ok(json!({"channelContractDetail": {"id": id, "arn": arn}}))
    })
}

pub fn get(store: &mut Store, call: &Call<'_>) -> Result<Value, ApiError> {
    let catalog = call.catalog()?.to_string();
    advance(store, call.now);
    let c = resolve(
        store,
        call,
        &catalog,
        call.str("identifier").unwrap_or_default(),
    )?;
    Ok(json!({"channelContractDetail": c.detail()}))
}

pub fn cancel(store: &mut Store, call: &Call<'_>) -> Result<Value, ApiError> {
    let catalog = call.catalog()?.to_string();
    advance(store, call.now);
    store.idempotent(call, |store| {
        let identifier = call.str("identifier").unwrap_or_default();
        let c = resolve(store, call, &catalog, identifier)?;
        let id = c.id.clone();
        if c.status != ContractStatus::Pending || call.now >= c.created_at + SIGNATURE_WINDOW {
            return Err(ApiError::business_validation(
                "identifier",
                format!(
                    "{id} is {}; only a PENDING channel contract created within the last 30 days can be canceled",
                    c.status.as_str()
                ),
            ));
        }
        if let Some(reason) = call.str("reason") {
            store.keep_cancellation_reason(&id, reason, call.now);
        }
        let canceled = store
            .settle_contract(&id, ContractStatus::Canceled, call.now, call.now)
            .ok_or_else(|| ApiError::not_found(RESOURCE, identifier))?;
        Ok(json!({"channelContractDetail": canceled.canceled()}))
    })
}

/// What a ListChannelContracts request selects: filters AND across members, OR within one.
struct Selection {
    owner: String,
    catalog: String,
    contract_type: String,
    statuses: Vec<String>,
    relationships: Vec<String>,
    legal_names: Vec<String>,
}

impl Selection {
    fn admits(&self, c: &ChannelContract) -> bool {
        let within =
            |list: &[String], value: &str| list.is_empty() || list.iter().any(|v| v == value);
        let legal = c
            .attestation
            .get("legalEntityName")
            .and_then(Value::as_str)
            .unwrap_or_default();
        c.owner == self.owner
            && c.catalog == self.catalog
            && c.contract_type == self.contract_type
            && within(&self.statuses, c.status.as_str())
            && within(&self.relationships, &c.relationship_id)
            && within(&self.legal_names, legal)
    }
}

fn filter_strings(call: &Call<'_>, member: &str) -> Vec<String> {
    call.input
        .pointer(&format!(
            "/contractTypeFilters/managedServicesAttestationTypeFilters/{member}"
        ))
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(str::to_string)
        .collect()
}

pub fn list(store: &mut Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let catalog = call.catalog()?.to_string();
    advance(store, call.now);
    let selection = Selection {
        owner: call.account().to_string(),
        contract_type: call.str("contractType").unwrap_or_default().to_string(),
        statuses: call
            .strings("statuses")
            .iter()
            .map(|s| s.to_string())
            .collect(),
        relationships: filter_strings(call, "relationshipIdentifiers")
            .iter()
            .map(|i| arn::identifier_id(i).0)
            .collect(),
        legal_names: filter_strings(call, "legalEntityNames"),
        catalog,
    };
    let order = call
        .input
        .pointer("/contractTypeSort/managedServicesAttestationTypeSort/sortOrder")
        .and_then(Value::as_str);
    let page = call.page_request(order != Some("Ascending"));
    let (items, next) = store
        .contracts
        .page(&store.token_key, store.current_seq(), &page, |c| {
            selection.admits(c)
        })
        .map_err(|e| ApiError::business_validation(call.next_token_member(), e.message()))?;
    Ok(call.page(items.iter().map(|c| c.rendered.as_str()), next.as_deref()))
}

/// Why the signatory could not sign.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignError {
    #[error("no channel contract {0}")]
    Unknown(String),
    #[error("{0} is {status}; only a PENDING channel contract can be signed", status = .1.as_str())]
    NotPending(String, ContractStatus),
}

/// The admin API's signature: a PENDING contract is accepted as the signatory would.
pub fn sign(
    store: &mut Store,
    id: &str,
    now: OffsetDateTime,
) -> Result<ChannelContract, SignError> {
    advance(store, now);
    let unknown = || SignError::Unknown(id.to_string());
    let status = store
        .contracts
        .get(id)
        .map(|c| c.status)
        .ok_or_else(unknown)?;
    if status != ContractStatus::Pending {
        return Err(SignError::NotPending(id.to_string(), status));
    }
    accept(store, id, now).ok_or_else(unknown)
}

#[cfg(test)]
mod tests {
    use serde_json::json;
    use time::Duration;

    use super::*;
    use crate::{mock::call::Reply, spec::Contract, wire::default_principals};

    fn call_at(store: &mut Store, op: &str, input: Value, now: OffsetDateTime) -> Value {
        let contract = Contract::embedded();
        let principals = default_principals();
        let call = Call {
            caller: &principals[0],
            op: contract.operation(op).unwrap(),
            input: &input,
            now,
        };
        match crate::mock::operations::dispatch(store, &call).unwrap() {
            Reply::Json(v) => v,
            Reply::Rendered(text) => serde_json::from_str(&text).unwrap(),
        }
    }

    /// A managed services relationship and a Sandbox contract for it that ends `ends` after `t0`.
    fn contract_ending(
        store: &mut Store,
        t0: OffsetDateTime,
        ends: Duration,
    ) -> (String, String, String) {
        let pma = call_at(
            store,
            "CreateProgramManagementAccount",
            json!({"catalog": "Sandbox",
            "program": "MANAGED_SERVICES_PROVIDER", "type": "MANAGED_SERVICES", "displayName": "p",
            "accountId": "444455556666"}),
            t0,
        )["programManagementAccountDetail"]["id"]
            .as_str()
            .unwrap()
            .to_string();
        let rs = call_at(store, "CreateRelationship", json!({"catalog": "Sandbox", "associationType":
            "MANAGED_SERVICES_END_CUSTOMER", "programManagementAccountIdentifier": pma, "displayName": "r",
            "sector": "COMMERCIAL"}), t0)["relationshipDetail"]["id"].as_str().unwrap().to_string();
        let mut input = Contract::embedded()
            .example_request(
                Contract::embedded()
                    .operation("CreateChannelContract")
                    .unwrap(),
            )
            .unwrap();
        let payload = &mut input["payload"]["managedServicesAttestationPayload"];
        payload["relationshipIdentifier"] = json!(rs);
        payload["programManagementAccountIdentifier"] = json!(pma);
        payload["endDate"] = json!(crate::mock::clock::iso8601(t0 + ends));
        let cc = call_at(store, "CreateChannelContract", input, t0)["channelContractDetail"]["id"]
            .as_str()
            .unwrap()
            .to_string();
        (pma, rs, cc)
    }

    #[test]
    fn a_contract_stops_being_in_effect_when_its_end_date_passes_even_for_a_read() {
        let mut store = Store::new(10);
        let t0 = OffsetDateTime::from_unix_timestamp(1_800_000_000).unwrap();
        let (pma, rs, cc) = contract_ending(&mut store, t0, Duration::days(10));
        let get_rs = json!({"catalog": "Sandbox", "programManagementAccountIdentifier": pma, "identifier": rs});
        let before = call_at(
            &mut store,
            "GetRelationship",
            get_rs.clone(),
            t0 + Duration::days(9),
        );
        assert_eq!(before["relationshipDetail"]["channelContractId"], json!(cc));
        let after = call_at(
            &mut store,
            "GetRelationship",
            get_rs,
            t0 + Duration::days(10),
        );
        assert_eq!(
            after["relationshipDetail"].get("channelContractId"),
            None,
            "{after}"
        );
        let got = call_at(
            &mut store,
            "GetChannelContract",
            json!({"catalog": "Sandbox", "identifier": cc}),
            t0 + Duration::days(10),
        );
        assert_eq!(got["channelContractDetail"]["status"], "INACTIVE");
        assert_eq!(
            store
                .relationships
                .get(&rs)
                .unwrap()
                .managed
                .as_ref()
                .unwrap()
                .channel_contract_id,
            None
        );
    }

    #[test]
    fn signing_takes_only_a_pending_contract() {
        let mut store = Store::new(10);
        let t0 = OffsetDateTime::from_unix_timestamp(1_800_000_000).unwrap();
        let (_, _, cc) = contract_ending(&mut store, t0, Duration::days(100));
        assert_eq!(
            sign(&mut store, &cc, t0).unwrap_err(),
            SignError::NotPending(cc.clone(), ContractStatus::Accepted)
        );
        assert_eq!(
            sign(&mut store, "cc-0000000000000", t0).unwrap_err(),
            SignError::Unknown("cc-0000000000000".into())
        );
    }
}
