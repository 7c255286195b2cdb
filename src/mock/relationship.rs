//! Relationships: Create, Get, List, Update, Delete — each under a program management account of the caller.
use serde_json::{Value, json};
use time::OffsetDateTime;

use super::{
    arn,
    call::{Call, Reply, descending},
    clock::Second,
    error::ApiError,
    managed,
    model::{AssociationType, Relationship, ResaleAccountModel, Sector, ServicePeriodType},
    pma,
    policy::{Exceeded, within_quota},
    store::Store,
    tags::apply_tags,
};

const RESOURCE: &str = "Relationship";

/// The caller's relationship `identifier` (id or ARN) under PMA `pma_identifier` in `catalog`.
pub fn resolve<'s>(
    store: &'s Store,
    call: &Call<'_>,
    catalog: &str,
    pma_identifier: &str,
    identifier: &str,
) -> Result<&'s Relationship, ApiError> {
    let pma = pma::resolve(store, call.account(), catalog, pma_identifier)?;
    let (id, _) = arn::identifier_id(identifier);
    let arn_matches = match arn::parse(identifier) {
        Some(parsed) => {
            matches!(parsed.resource, arn::Resource::Relationship { pma: ref p, .. } if *p == pma.id)
                && parsed.owner == call.account()
                && parsed.catalog == catalog
        }
        None => true,
    };
    store
        .relationships
        .get(&id)
        .filter(|r| {
            arn_matches
                && r.pma_id() == pma.id
                && r.owner() == call.account()
                && r.catalog() == catalog
        })
        .ok_or_else(|| ApiError::not_found(RESOURCE, identifier))
}

pub fn create(store: &mut Store, call: &Call<'_>) -> Result<Value, ApiError> {
    let catalog = call.catalog()?.to_string();
    store.idempotent(call, |store| {
        let pma_identifier = call
            .str("programManagementAccountIdentifier")
            .unwrap_or_default();
        let pma_id = pma::resolve(store, call.account(), &catalog, pma_identifier)?
            .id
            .clone();
        let associated = call.str("associatedAccountId").unwrap_or_default();
        let association = member(call, "associationType", AssociationType::parse)?;
        let sector = member(call, "sector", Sector::parse)?;
        let resale = optional(call, "resaleAccountModel", ResaleAccountModel::parse)?;
        let terms = managed::relationship_terms(call, association)?;
        let key = [pma_id.as_str(), associated, association.as_str()];
        let twin = (!associated.is_empty())
            .then(|| store.relationship_by_key.find(&store.relationships, key))
            .flatten();
        if let Some(existing) = twin {
            return Err(ApiError::conflict(
                RESOURCE,
                &existing.id,
                format!(
                    "{pma_id} already has a {} relationship with account {associated}",
                    association.as_str()
                ),
            ));
        }
        within_quota(call, Exceeded::Resource(RESOURCE), || {
            store
                .relationships
                .values()
                .filter(|r| r.scope.owner == call.account() && r.scope.catalog == catalog)
                .count()
        })?;
        let scope = store
            .relationship_scope(&pma_id)
            .ok_or_else(|| ApiError::not_found("ProgramManagementAccount", &pma_id))?;
        let id = arn::new_id("rs");
        let arn = arn::relationship_arn(call.account(), &catalog, &pma_id, &id);
        apply_tags(store, &arn, call.input.get("tags"))?;
        let relationship = Relationship {
            id: id.as_str().into(),
            scope,
            association_type: association,
            sector,
            resale_account_model: resale,
            active_service_period: None,
            associated_account_id: associated.into(),
            display_name: call.str("displayName").unwrap_or_default().into(),
            requested_support_plan: call
                .input
                .get("requestedSupportPlan")
                .cloned()
                .map(Box::new),
            managed: terms.managed,
            revision: 1,
            created_at: Second::of(call.now),
            updated_at: Second::of(call.now),
            start_date: terms.start_date,
            seq: store.next_seq(),
        };
        store.insert_relationship(relationship);
        Ok(json!({"relationshipDetail": {"arn": arn, "id": id}}))
    })
}

/// GetRelationship, written from the rendered list item (the detail adds only the resale account model).
pub fn get(store: &Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let catalog = call.catalog()?;
    let r = resolve(
        store,
        call,
        catalog,
        call.str("programManagementAccountIdentifier")
            .unwrap_or_default(),
        call.str("identifier").unwrap_or_default(),
    )?;
    let mut out = String::with_capacity(512);
    out.push_str("{\"relationshipDetail\":");
    match in_effect_until(r).filter(|end| end.time() <= call.now) {
        // The contract's end date has passed since anything wrote the relationship: it is no longer
        // in effect (a write would have said so; this read may not write).
        Some(_) => {
            let mut shown = r.clone();
            if let Some(m) = shown.managed.as_mut() {
                m.channel_contract_id = None;
            }
            shown.write_detail(&mut out);
        }
        None => r.write_detail(&mut out),
    }
    out.push('}');
    Ok(Reply::Rendered(out))
}

/// An enumeration member the request has (the schema requires it).
fn member<T>(call: &Call<'_>, name: &str, parse: fn(&str) -> Option<T>) -> Result<T, ApiError> {
    optional(call, name, parse)?
        .ok_or_else(|| ApiError::business_validation(name, format!("{name} is required")))
}

/// An optional enumeration member; a value outside the enumeration is refused by name.
fn optional<T>(
    call: &Call<'_>,
    name: &str,
    parse: fn(&str) -> Option<T>,
) -> Result<Option<T>, ApiError> {
    call.str(name)
        .map(|text| {
            parse(text).ok_or_else(|| {
                ApiError::business_validation(name, format!("'{text}' is not a valid {name}"))
            })
        })
        .transpose()
}

pub fn update(store: &mut Store, call: &Call<'_>) -> Result<Value, ApiError> {
    let catalog = call.catalog()?;
    let identifier = call.str("identifier").unwrap_or_default();
    let current = resolve(
        store,
        call,
        catalog,
        call.str("programManagementAccountIdentifier")
            .unwrap_or_default(),
        identifier,
    )?;
    let (id, revision) = (current.id.clone(), current.revision);
    if let Some(given) = call.str("revision")
        && given != revision.to_string()
    {
        return Err(ApiError::conflict(
            RESOURCE,
            &id,
            format!("Revision {given} is not the current revision {revision} of {id}"),
        ));
    }
    let seq = store.next_seq();
    let r = store
        .relationships
        .rewrite(&id, seq, call.now, |r| {
            if let Some(name) = call.str("displayName") {
                r.display_name = name.into();
            }
            if let Some(plan) = call.input.get("requestedSupportPlan") {
                r.requested_support_plan = Some(Box::new(plan.clone()));
            }
            r.revision += 1;
            r.updated_at = Second::of(call.now);
        })
        .ok_or_else(|| ApiError::not_found(RESOURCE, identifier))?;
    Ok(json!({"relationshipDetail": {
        "arn": r.arn().to_string(), "id": r.id, "revision": r.revision.to_string(),
        "displayName": r.display_name,
    }}))
}

/// An accepted START_SERVICE_PERIOD handshake sets the relationship's `startDate` and opens its service
/// period (`period`); an accepted REVOKE_SERVICE_PERIOD (`start` and `period` none) closes it.
pub fn set_service_period(
    store: &mut Store,
    id: &str,
    start: Option<OffsetDateTime>,
    period: Option<ServicePeriodType>,
    now: OffsetDateTime,
) {
    let seq = store.next_seq();
    store.relationships.rewrite(id, seq, now, |r| {
        if let Some(start) = start {
            r.start_date = Some(Second::of(start));
        }
        r.active_service_period = period;
        r.updated_at = Second::of(now);
    });
}

/// When the channel contract in effect for the relationship ends, if one is.
fn in_effect_until(r: &Relationship) -> Option<Second> {
    let m = r.managed.as_ref()?;
    m.channel_contract_id.as_ref().and(m.end_date)
}

/// The channel contract now in effect for a managed services relationship, and its end date.
pub fn set_contract(
    store: &mut Store,
    id: &str,
    contract: &str,
    end: OffsetDateTime,
    now: OffsetDateTime,
) {
    let seq = store.next_seq();
    store.relationships.rewrite(id, seq, now, |r| {
        let managed = r.managed.get_or_insert_with(Default::default);
        managed.channel_contract_id = Some(contract.into());
        managed.end_date = Some(Second::of(end));
        r.updated_at = Second::of(now);
    });
}

/// Contract `contract` is no longer in effect for the relationship (if it was the one in effect).
pub fn clear_contract(store: &mut Store, id: &str, contract: &str, now: OffsetDateTime) {
    let in_effect = store.relationships.get(id).is_some_and(|r| {
        r.managed
            .as_ref()
            .is_some_and(|m| m.channel_contract_id.as_deref() == Some(contract))
    });
    if !in_effect {
        return;
    }
    let seq = store.next_seq();
    store.relationships.rewrite(id, seq, now, |r| {
        if let Some(m) = r.managed.as_mut() {
            m.channel_contract_id = None;
        }
        r.updated_at = Second::of(now);
    });
}

pub fn delete(store: &mut Store, call: &Call<'_>) -> Result<Value, ApiError> {
    let catalog = call.catalog()?.to_string();
    store.idempotent(call, |store| {
        let id = resolve(
            store,
            call,
            &catalog,
            call.str("programManagementAccountIdentifier")
                .unwrap_or_default(),
            call.str("identifier").unwrap_or_default(),
        )?
        .id
        .clone();
        store.retire_contracts_of(&id, call.now);
        store.remove_relationship(&id, call.now.unix_timestamp());
        Ok(json!({}))
    })
}

pub fn list(store: &Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let catalog = call.catalog()?;
    let owner = call.account();
    let (accounts, types, names) = (
        call.strings("associatedAccountIds"),
        call.strings("associationTypes"),
        call.strings("displayNames"),
    );
    let pma_filter: Vec<String> = call
        .strings("programManagementAccountIdentifiers")
        .iter()
        .map(|i| arn::identifier_id(i).0)
        .collect();
    let within = |list: &[&str], value: &str| list.is_empty() || list.contains(&value);
    let page = call.page_request(descending(call.input));
    let (items, next) = store
        .relationships
        .page(&store.token_key, store.current_seq(), &page, |r| {
            r.owner() == owner
                && r.catalog() == catalog
                && within(&accounts, &r.associated_account_id)
                && within(&types, r.association_type.as_str())
                && within(&names, &r.display_name)
                && (pma_filter.is_empty() || pma_filter.iter().any(|p| p == r.pma_id()))
        })
        .map_err(|e| ApiError::business_validation(call.next_token_member(), e.message()))?;
    Ok(call.page_written(items, |r, out| r.write_summary(out), next.as_deref()))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::{spec::Contract, wire::default_principals};

    fn run(store: &mut Store, who: usize, op: &str, input: Value) -> Result<Value, ApiError> {
        let contract = Contract::embedded();
        let principals = default_principals();
        let call = Call {
            caller: &principals[who],
            op: contract.operation(op).unwrap(),
            input: &input,
            now: OffsetDateTime::now_utc(),
        };
        match op {
            "CreateProgramManagementAccount" => pma::create(store, &call),
            "DeleteProgramManagementAccount" => pma::delete(store, &call),
            "CreateRelationship" => create(store, &call),
            "GetRelationship" => get(store, &call)
                .map(|r| serde_json::from_str(&r.into_text()).expect("rendered JSON")),
            "DeleteRelationship" => delete(store, &call),
            other => panic!("{other}"),
        }
    }

    fn setup() -> (Store, String) {
        let mut store = Store::new(100);
        let pma = run(
            &mut store,
            0,
            "CreateProgramManagementAccount",
            json!({"catalog": "Sandbox", "program": "DISTRIBUTION", "displayName": "p", "accountId": "123456789012"}),
        )
        .unwrap();
        (
            store,
            pma["programManagementAccountDetail"]["id"]
                .as_str()
                .unwrap()
                .to_string(),
        )
    }

    fn rel(pma: &str, account: &str, kind: &str) -> Value {
        json!({"catalog": "Sandbox", "associationType": kind, "programManagementAccountIdentifier": pma,
               "associatedAccountId": account, "displayName": "r", "sector": "COMMERCIAL"})
    }

    #[test]
    fn duplicates_are_per_pma_account_and_association_type() {
        let (mut store, pma) = setup();
        run(
            &mut store,
            0,
            "CreateRelationship",
            rel(&pma, "111111111111", "INTERNAL"),
        )
        .unwrap();
        let dup = run(
            &mut store,
            0,
            "CreateRelationship",
            rel(&pma, "111111111111", "INTERNAL"),
        )
        .unwrap_err();
        assert_eq!(dup.type_name, "ConflictException");
        run(
            &mut store,
            0,
            "CreateRelationship",
            rel(&pma, "111111111111", "END_CUSTOMER"),
        )
        .unwrap();
        run(
            &mut store,
            0,
            "CreateRelationship",
            rel(&pma, "222222222222", "INTERNAL"),
        )
        .unwrap();
        assert_eq!(store.relationship_count(&pma), 3);
    }

    #[test]
    fn a_pma_with_relationships_cannot_be_deleted_until_they_are() {
        let (mut store, pma) = setup();
        let r = run(
            &mut store,
            0,
            "CreateRelationship",
            rel(&pma, "111111111111", "INTERNAL"),
        )
        .unwrap();
        let rs = r["relationshipDetail"]["id"].as_str().unwrap().to_string();
        let del_pma = json!({"catalog": "Sandbox", "identifier": pma});
        assert_eq!(
            run(
                &mut store,
                0,
                "DeleteProgramManagementAccount",
                del_pma.clone()
            )
            .unwrap_err()
            .type_name,
            "ConflictException"
        );
        run(&mut store, 0, "DeleteRelationship", json!({"catalog": "Sandbox", "identifier": rs, "programManagementAccountIdentifier": pma}))
            .unwrap();
        run(&mut store, 0, "DeleteProgramManagementAccount", del_pma).unwrap();
        assert!(store.relationships.is_empty() && store.pmas.is_empty() && store.tags.is_empty());
    }

    #[test]
    fn relationships_are_visible_only_to_their_owner_under_their_pma_and_catalog() {
        let (mut store, pma) = setup();
        let r = run(
            &mut store,
            0,
            "CreateRelationship",
            rel(&pma, "111111111111", "INTERNAL"),
        )
        .unwrap();
        let rs = r["relationshipDetail"]["id"].as_str().unwrap();
        let get = |catalog: &str, pma: &str| json!({"catalog": catalog, "programManagementAccountIdentifier": pma, "identifier": rs});
        assert!(run(&mut store, 0, "GetRelationship", get("Sandbox", &pma)).is_ok());
        for (who, input) in [
            (1, get("Sandbox", &pma)),
            (0, get("AWS", &pma)),
            (0, get("Sandbox", "pma-zzzzzzzzzzzzz")),
        ] {
            assert_eq!(
                run(&mut store, who, "GetRelationship", input)
                    .unwrap_err()
                    .type_name,
                "ResourceNotFoundException"
            );
        }
    }
}
