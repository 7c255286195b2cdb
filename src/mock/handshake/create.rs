//! CreateChannelHandshake: what it names, the payload its type takes, and the rules a new handshake
//! must meet (no pending twin; a REVOKE needs an open service period).
use serde_json::{Value, json};

use super::{
    EXPIRY, Handshake, HandshakeStatus, PMA, PeriodTerms, RESOURCE, REVOKE, START, expire,
    payload_member,
};
use crate::mock::{
    arn,
    call::Call,
    error::ApiError,
    policy::{Exceeded, within_quota},
    store::Store,
    tags::apply_tags,
};

/// What a create names: the resource, its PMA and, for service-period types, the relationship; and the
/// account that receives the handshake.
struct Associated {
    resource_id: String,
    pma_id: String,
    relationship_id: Option<String>,
    receiver: String,
}

fn associated(
    store: &Store,
    call: &Call<'_>,
    catalog: &str,
    kind: &str,
) -> Result<Associated, ApiError> {
    let identifier = call.str("associatedResourceIdentifier").unwrap_or_default();
    let (id, scope) = arn::identifier_id(identifier);
    let in_scope = scope.is_none_or(|(owner, cat)| owner == call.account() && cat == catalog);
    let wants_relationship = kind != PMA;
    if id.starts_with("rs-") != wants_relationship {
        let expected = if wants_relationship {
            "a relationship"
        } else {
            "a program management account"
        };
        return Err(ApiError::business_validation(
            "associatedResourceIdentifier",
            format!("A {kind} handshake is about {expected}; '{identifier}' is not one"),
        ));
    }
    let mine = |owner: &str, cat: &str| in_scope && owner == call.account() && cat == catalog;
    if wants_relationship {
        let r = store
            .relationships
            .get(&id)
            .filter(|r| mine(r.owner(), r.catalog()))
            .ok_or_else(|| ApiError::not_found("Relationship", identifier))?;
        Ok(Associated {
            resource_id: r.id.to_string(),
            pma_id: r.pma_id().to_string(),
            relationship_id: Some(r.id.to_string()),
            receiver: r.associated_account_id.to_string(),
        })
    } else {
        let p = store
            .pmas
            .get(&id)
            .filter(|p| mine(&p.owner, &p.catalog))
            .ok_or_else(|| ApiError::not_found("ProgramManagementAccount", identifier))?;
        Ok(Associated {
            resource_id: p.id.clone(),
            pma_id: p.id.clone(),
            relationship_id: None,
            receiver: p.account_id.clone(),
        })
    }
}

/// The payload member the type needs (none for PROGRAM_MANAGEMENT_ACCOUNT), exactly.
fn payload_fits(kind: &str, payload: Option<&Value>) -> Result<Option<&'static str>, ApiError> {
    let given = payload
        .and_then(Value::as_object)
        .and_then(|o| o.keys().next().cloned());
    let wanted = payload_member(kind);
    if given.as_deref() == wanted {
        return Ok(wanted);
    }
    let message = match wanted {
        Some(m) => format!("A {kind} handshake needs payload.{m}"),
        None => format!("A {kind} handshake takes no payload"),
    };
    Err(ApiError::business_validation("payload", message))
}

/// The payload's `programManagementAccountIdentifier` must be the relationship's own PMA.
fn payload_names_the_pma(
    payload: Option<&Value>,
    member: &str,
    pma_id: &str,
) -> Result<(), ApiError> {
    let named = payload
        .and_then(|p| p.pointer(&format!("/{member}/programManagementAccountIdentifier")))
        .and_then(Value::as_str)
        .unwrap_or_default();
    if arn::identifier_id(named).0 == pma_id {
        return Ok(());
    }
    Err(ApiError::business_validation(
        &format!("payload.{member}.programManagementAccountIdentifier"),
        format!("The relationship belongs to {pma_id}, not to '{named}'"),
    ))
}

/// A second PENDING handshake of the same type for the same resource is a conflict.
fn no_pending_twin(store: &Store, kind: &str, resource_id: &str) -> Result<(), ApiError> {
    match store.pending_twin(kind, resource_id) {
        None => Ok(()),
        Some(existing) => Err(ApiError::conflict(
            RESOURCE,
            &existing.id,
            format!(
                "{} is already a pending {kind} handshake for {resource_id}",
                existing.id
            ),
        )),
    }
}

/// The service period type the handshake is about: the START payload's, or for a REVOKE the one the
/// relationship has open (a REVOKE needs an accepted START).
fn service_period(
    store: &Store,
    kind: &str,
    payload: Option<&Value>,
    a: &Associated,
) -> Result<Option<String>, ApiError> {
    if kind != REVOKE {
        return Ok(payload
            .and_then(|p| p.pointer("/startServicePeriodPayload/servicePeriodType"))
            .and_then(Value::as_str)
            .map(str::to_string));
    }
    a.relationship_id
        .as_ref()
        .and_then(|r| store.relationships.get(r))
        .and_then(|r| r.active_service_period)
        .map(|p| Some(p.as_str().to_string()))
        .ok_or_else(|| {
            ApiError::business_validation(
                "associatedResourceIdentifier",
                format!(
                    "{} has no accepted START_SERVICE_PERIOD handshake to revoke",
                    a.resource_id
                ),
            )
        })
}

/// The terms of the service period a relationship has open: those of its START handshake accepted last.
fn period_in_effect(store: &Store, relationship: Option<&str>) -> PeriodTerms {
    store
        .handshakes
        .values()
        .filter(|h| {
            h.handshake_type == START
                && h.status == HandshakeStatus::Accepted
                && h.relationship_id.as_deref() == relationship
        })
        .max_by_key(|h| h.seq)
        .map(|h| h.period.clone())
        .unwrap_or_default()
}

pub fn create(store: &mut Store, call: &Call<'_>) -> Result<Value, ApiError> {
    let catalog = call.catalog()?.to_string();
    expire(store, call.now);
    store.idempotent(call, |store| {
        let kind = call.str("handshakeType").unwrap_or_default().to_string();
        let payload = call.input.get("payload");
        let wanted = payload_fits(&kind, payload)?;
        let a = associated(store, call, &catalog, &kind)?;
        if let Some(member) = wanted {
            payload_names_the_pma(payload, member, &a.pma_id)?;
        }
        no_pending_twin(store, &kind, &a.resource_id)?;
        let service_period_type = service_period(store, &kind, payload, &a)?;
        let period = match kind.as_str() {
            REVOKE => period_in_effect(store, a.relationship_id.as_deref()),
            _ => PeriodTerms::of_start(payload),
        };
        within_quota(call, Exceeded::Resource("ChannelHandshake"), || {
            store
                .handshakes
                .values()
                .filter(|h| {
                    h.catalog == catalog
                        && h.sender == call.account()
                        && h.status == HandshakeStatus::Pending
                })
                .count()
        })?;
        let program = (kind == PMA)
            .then(|| store.pmas.get(&a.pma_id).map(|p| p.program.clone()))
            .flatten();
        let id = arn::new_id("ch");
        let arn = arn::handshake_arn(call.account(), &catalog, &id);
        apply_tags(store, &arn, call.input.get("tags"))?;
        let seq = store.next_seq();
        store.insert_handshake(Handshake {
            id: id.clone(),
            arn: arn.clone(),
            catalog: catalog.clone(),
            handshake_type: kind,
            sender: call.account().to_string(),
            sender_name: call.caller.name.chars().take(40).collect(),
            receiver: a.receiver,
            associated_resource_id: a.resource_id,
            pma_id: a.pma_id,
            relationship_id: a.relationship_id,
            payload: payload.cloned(),
            service_period_type,
            period,
            program,
            status: HandshakeStatus::Pending,
            created_at: call.now,
            updated_at: call.now,
            expires_at: call.now + EXPIRY,
            seq,
            rendered: String::new(),
        });
        Ok(json!({"channelHandshakeDetail": {"id": id, "arn": arn}}))
    })
}
