//! Channel handshakes and their lifecycle: Create, List, Accept, Reject, Cancel, and expiry after 30 days.
mod create;

pub use create::create;

use serde_json::Value;
use time::OffsetDateTime;

use super::{
    arn,
    call::{Call, Reply},
    error::ApiError,
    model::{
        ServicePeriodType,
        handshake::{
            EXPIRY, Handshake, HandshakeStatus, PMA, PeriodTerms, REVOKE, START, payload_member,
            union_member,
        },
    },
    store::Store,
};

const RESOURCE: &str = "ChannelHandshake";

/// Who may take an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Party {
    Sender,
    Receiver,
}

fn transition(
    store: &mut Store,
    call: &Call<'_>,
    actor: Party,
    to: HandshakeStatus,
) -> Result<Value, ApiError> {
    let catalog = call.catalog()?.to_string();
    expire(store, call.now);
    let identifier = call.str("identifier").unwrap_or_default();
    let (id, scope) = arn::identifier_id(identifier);
    let me = call.account();
    let h = store
        .handshakes
        .get(&id)
        .filter(|h| h.catalog == catalog && (h.sender == me || h.receiver == me))
        .filter(|h| {
            scope
                .as_ref()
                .is_none_or(|(owner, cat)| *owner == h.sender && *cat == catalog)
        })
        .ok_or_else(|| ApiError::not_found(RESOURCE, identifier))?;
    let allowed = match actor {
        Party::Sender => h.sender == me,
        Party::Receiver => h.receiver == me,
    };
    if !allowed {
        let who = if actor == Party::Sender {
            "sender"
        } else {
            "receiver"
        };
        return Err(ApiError::access_denied(format!(
            "Only the {who} of handshake {id} may {} it",
            call.op
                .name
                .trim_end_matches("ChannelHandshake")
                .to_lowercase()
        )));
    }
    if h.status != HandshakeStatus::Pending {
        return Err(ApiError::business_validation(
            "identifier",
            format!(
                "Handshake {id} is {}; only a PENDING handshake can change",
                h.status.as_str()
            ),
        ));
    }
    let answered = store
        .settle_handshake(&id, to, call.now, call.now)
        .ok_or_else(|| ApiError::not_found(RESOURCE, identifier))?;
    if to == HandshakeStatus::Accepted {
        take_effect(store, &answered, call.now);
    }
    Ok(answered.answer())
}

/// What an accepted handshake does: a PMA handshake activates its PMA; a START opens the relationship's
/// service period, a REVOKE closes it.
fn take_effect(store: &mut Store, h: &Handshake, now: OffsetDateTime) {
    let relationship = h.relationship_id.as_deref();
    match (h.handshake_type.as_str(), relationship) {
        (PMA, _) => super::pma::activate(store, &h.pma_id, now),
        (START, Some(r)) => super::relationship::set_service_period(
            store,
            r,
            Some(now),
            h.service_period_type
                .as_deref()
                .and_then(ServicePeriodType::parse),
            now,
        ),
        (_, Some(r)) => super::relationship::set_service_period(store, r, None, None, now),
        (_, None) => {}
    }
}

/// Every PENDING handshake whose 30 days have passed by `now` becomes EXPIRED, as of its expiry time.
pub fn expire(store: &mut Store, now: OffsetDateTime) {
    for (at, id) in store.due_expiries(now) {
        if store
            .handshakes
            .get(&id)
            .is_none_or(|h| h.status != HandshakeStatus::Pending)
        {
            continue;
        }
        store.settle_handshake(&id, HandshakeStatus::Expired, at, now);
    }
}

pub fn accept(store: &mut Store, call: &Call<'_>) -> Result<Value, ApiError> {
    transition(store, call, Party::Receiver, HandshakeStatus::Accepted)
}

pub fn reject(store: &mut Store, call: &Call<'_>) -> Result<Value, ApiError> {
    transition(store, call, Party::Receiver, HandshakeStatus::Rejected)
}

pub fn cancel(store: &mut Store, call: &Call<'_>) -> Result<Value, ApiError> {
    transition(store, call, Party::Sender, HandshakeStatus::Canceled)
}

/// The `handshakeTypeFilters` / `handshakeTypeSort` unions must use the member of the listed type.
fn unions_match_the_type(call: &Call<'_>, kind: &str) -> Result<(), ApiError> {
    for (member, suffix) in [
        ("handshakeTypeFilters", "TypeFilters"),
        ("handshakeTypeSort", "TypeSort"),
    ] {
        let given = call
            .input
            .get(member)
            .and_then(Value::as_object)
            .and_then(|o| o.keys().next().cloned());
        let wanted = union_member(kind, suffix);
        if let Some(given) = given
            && given != wanted
        {
            return Err(ApiError::business_validation(
                &format!("{member}.{given}"),
                format!("{member} for handshakeType {kind} must be {wanted}, not {given}"),
            ));
        }
    }
    Ok(())
}

/// What a ListChannelHandshakes request selects: filters AND across members, OR within one.
struct Selection {
    catalog: String,
    kind: String,
    me: String,
    as_sender: bool,
    statuses: Vec<String>,
    resources: Vec<String>,
    period_types: Vec<String>,
    programs: Vec<String>,
}

impl Selection {
    fn of(call: &Call<'_>, catalog: String, kind: String) -> Selection {
        let filters = format!(
            "/handshakeTypeFilters/{}",
            union_member(&kind, "TypeFilters")
        );
        Selection {
            me: call.account().to_string(),
            as_sender: call.str("participantType") == Some("SENDER"),
            statuses: call
                .strings("statuses")
                .iter()
                .map(|s| s.to_string())
                .collect(),
            resources: call
                .strings("associatedResourceIdentifiers")
                .iter()
                .map(|i| arn::identifier_id(i).0)
                .collect(),
            period_types: strings_at(call.input, &format!("{filters}/servicePeriodTypes")),
            programs: strings_at(call.input, &format!("{filters}/programs")),
            catalog,
            kind,
        }
    }

    fn admits(&self, h: &Handshake) -> bool {
        let any = |wanted: &[String], got: Option<&str>| {
            wanted.is_empty() || got.is_some_and(|g| wanted.iter().any(|w| w == g))
        };
        let party = if self.as_sender {
            &h.sender
        } else {
            &h.receiver
        };
        h.catalog == self.catalog
            && h.handshake_type == self.kind
            && *party == self.me
            && any(&self.statuses, Some(h.status.as_str()))
            && any(&self.resources, Some(&h.associated_resource_id))
            && any(&self.period_types, h.service_period_type.as_deref())
            && any(&self.programs, h.program.as_deref())
    }
}

pub fn list(store: &mut Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let catalog = call.catalog()?.to_string();
    expire(store, call.now);
    let kind = call.str("handshakeType").unwrap_or_default().to_string();
    unions_match_the_type(call, &kind)?;
    let sort_order = format!(
        "/handshakeTypeSort/{}/sortOrder",
        union_member(&kind, "TypeSort")
    );
    let descending = call.input.pointer(&sort_order).and_then(Value::as_str) != Some("Ascending");
    let selection = Selection::of(call, catalog, kind);
    let page = call.page_request(descending);
    let (items, next) = store
        .handshakes
        .page(&store.token_key, store.current_seq(), &page, |h| {
            selection.admits(h)
        })
        .map_err(|e| ApiError::business_validation(call.next_token_member(), e.message()))?;
    Ok(call.page(items.iter().map(|h| h.rendered.as_str()), next.as_deref()))
}

fn strings_at(input: &Value, pointer: &str) -> Vec<String> {
    input
        .pointer(pointer)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use serde_json::json;
    use time::Duration;

    use super::*;
    use crate::mock::model::PmaStatus;
    use crate::{spec::Contract, wire::default_principals};

    fn call_at(
        store: &mut Store,
        who: usize,
        op: &str,
        input: Value,
        now: OffsetDateTime,
    ) -> Result<Value, ApiError> {
        let contract = Contract::embedded();
        let principals = default_principals();
        let call = Call {
            caller: &principals[who],
            op: contract.operation(op).unwrap(),
            input: &input,
            now,
        };
        crate::mock::operations::dispatch(store, &call).map(|r| match r {
            Reply::Json(v) => v,
            Reply::Rendered(text) => serde_json::from_str(&text).unwrap(),
        })
    }

    fn pma_handshake(store: &mut Store, now: OffsetDateTime) -> (String, String) {
        let receiver = default_principals()[1].account_id.clone();
        let p = call_at(
            store,
            0,
            "CreateProgramManagementAccount",
            json!({"catalog": "Sandbox", "program": "DISTRIBUTION", "displayName": "p", "accountId": receiver}),
            now,
        )
        .unwrap();
        let pma = p["programManagementAccountDetail"]["id"]
            .as_str()
            .unwrap()
            .to_string();
        let h = call_at(
            store,
            0,
            "CreateChannelHandshake",
            json!({"catalog": "Sandbox", "handshakeType": PMA, "associatedResourceIdentifier": pma}),
            now,
        )
        .unwrap();
        (
            pma,
            h["channelHandshakeDetail"]["id"]
                .as_str()
                .unwrap()
                .to_string(),
        )
    }

    #[test]
    fn accepting_a_pma_handshake_activates_the_pma_from_that_moment() {
        let mut store = Store::new(10);
        let t0 = OffsetDateTime::now_utc();
        let (pma, hs) = pma_handshake(&mut store, t0);
        assert_eq!(store.pmas.get(&pma).unwrap().status, PmaStatus::Pending);
        let later = t0 + Duration::days(3);
        let out = call_at(
            &mut store,
            1,
            "AcceptChannelHandshake",
            json!({"catalog": "Sandbox", "identifier": hs}),
            later,
        )
        .unwrap();
        assert_eq!(out["channelHandshakeDetail"]["status"], "ACCEPTED");
        assert_eq!(store.pmas.get(&pma).unwrap().status, PmaStatus::Active);
        assert_eq!(store.pmas.get(&pma).unwrap().start_date, Some(later));
        assert_eq!(
            store.handshakes.get(&hs).unwrap().program.as_deref(),
            Some("DISTRIBUTION")
        );
    }

    #[test]
    fn a_pending_handshake_expires_at_exactly_thirty_days() {
        let mut store = Store::new(10);
        let t0 = OffsetDateTime::now_utc();
        let (_, hs) = pma_handshake(&mut store, t0);
        expire(&mut store, t0 + EXPIRY - Duration::seconds(1));
        assert_eq!(
            store.handshakes.get(&hs).unwrap().status,
            HandshakeStatus::Pending
        );
        expire(&mut store, t0 + EXPIRY);
        assert_eq!(
            store.handshakes.get(&hs).unwrap().status,
            HandshakeStatus::Expired
        );
        assert_eq!(store.handshakes.get(&hs).unwrap().updated_at, t0 + EXPIRY);
    }
}
