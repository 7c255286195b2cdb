//! Partner Central Account API connections: GetConnection, ListConnections, CancelConnection.
//! Connections are made between two accounts through the admin API (`POST /_mock/connections`); the
//! invitation flow that makes them in the service is not modelled here.
use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::{Value, json};
use time::OffsetDateTime;

use super::{
    call::{CATALOGS, Call, Reply},
    error::ApiError,
    listing::{PageRequest, read_page},
    model::connection::{Connection, ConnectionType, ConnectionTypeStatus, TYPES},
    store::Store,
};
use crate::wire::Principal;

const RESOURCE: &str = "Connection";
fn not_found(id: &str) -> ApiError {
    ApiError::not_found(RESOURCE, id).with("reason", "CONNECTION_NOT_FOUND")
}

fn visible<'s>(
    store: &'s Store,
    call: &Call<'_>,
    catalog: &str,
) -> Result<&'s Connection, ApiError> {
    let id = call.str("Identifier").unwrap_or_default();
    store
        .connections
        .get(id)
        .filter(|c| c.catalog == catalog && c.other(call.account()).is_some())
        .ok_or_else(|| not_found(id))
}

pub fn get(store: &Store, call: &Call<'_>) -> Result<Value, ApiError> {
    let catalog = call.catalog()?;
    Ok(visible(store, call, catalog)?.view(call.account(), true))
}

pub fn cancel(store: &mut Store, call: &Call<'_>) -> Result<Value, ApiError> {
    let catalog = call.catalog()?.to_string();
    store.idempotent(call, |store| {
        let id = visible(store, call, &catalog)?.id.clone();
        let kind = call.str("ConnectionType").unwrap_or_default();
        let active = store
            .connections
            .get(&id)
            .and_then(|c| c.types.get(kind))
            .is_some_and(|t| t.status == ConnectionTypeStatus::Active);
        if !active {
            return Err(ApiError::conflict(
                RESOURCE,
                &id,
                format!("Connection {id} has no ACTIVE {kind} connection type to cancel"),
            )
            .with("reason", "INCOMPATIBLE_CONNECTION_STATE"));
        }
        let seq = store.next_seq();
        let c = store
            .connections
            .rewrite(&id, seq, call.now, |c| {
                if let Some(t) = c.types.get_mut(kind) {
                    t.status = ConnectionTypeStatus::Canceled;
                    t.canceled_at = Some(call.now);
                    t.canceled_by = Some(call.account().to_string());
                }
                c.updated_at = call.now;
            })
            .ok_or_else(|| not_found(&id))?;
        Ok(c.view(call.account(), true))
    })
}

pub fn list(store: &Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let catalog = call.catalog()?.to_string();
    let me = call.account().to_string();
    // `ConnectionType` filters on a type, optionally with a status: `SUBSIDIARY` or `SUBSIDIARY:ACTIVE`.
    let filter = call.str("ConnectionType").map(|f| match f.split_once(':') {
        Some((t, s)) => (t.to_string(), Some(s.to_ascii_uppercase())),
        None => (f.to_string(), None),
    });
    let others = call.strings("OtherParticipantIdentifiers");
    let page = PageRequest {
        caller: &me,
        operation: &call.op.name,
        input: call.input,
        max_results: call.page_size(),
        descending: true,
        now_unix: call.now.unix_timestamp(),
    };
    let (ids, next) = read_page(
        &store.connections.listing,
        &store.token_key,
        store.current_seq(),
        &page,
        |id| {
            store.connections.get(id).is_some_and(|c| {
                let Some((other, _)) = c.other(&me) else {
                    return false;
                };
                c.catalog == catalog
                    && (others.is_empty() || others.contains(&other.as_str()))
                    && filter.as_ref().is_none_or(|(t, s)| {
                        c.types
                            .get(t)
                            .is_some_and(|ct| s.as_ref().is_none_or(|s| s == ct.status.as_str()))
                    })
            })
        },
    )
    .map_err(|e| ApiError::business_validation(call.next_token_member(), e.message()))?;
    let views: Vec<String> = ids
        .iter()
        .filter_map(|id| store.connections.get(id))
        .map(|c| c.view(&me, false).to_string())
        .collect();
    Ok(call.page(views.iter().map(String::as_str), next.as_deref()))
}

/// What the admin API takes to make a connection.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NewConnection {
    #[serde(default = "sandbox")]
    pub catalog: String,
    /// Two principal names or 12-digit account ids.
    pub between: [String; 2],
    #[serde(default = "all_types")]
    pub types: Vec<String>,
}

fn sandbox() -> String {
    "Sandbox".into()
}

fn all_types() -> Vec<String> {
    TYPES.iter().map(|t| t.to_string()).collect()
}

/// Makes a connection from the admin API; returns its id and ARN, or what is wrong with the request.
pub fn seed(
    store: &mut Store,
    principals: &[Principal],
    new: NewConnection,
    now: OffsetDateTime,
) -> Result<Value, String> {
    if !CATALOGS.contains(&new.catalog.as_str()) {
        return Err(format!("catalog '{}' is not AWS or Sandbox", new.catalog));
    }
    let participants = [
        participant(principals, &new.between[0])?,
        participant(principals, &new.between[1])?,
    ];
    if participants[0].0 == participants[1].0 {
        return Err("a connection is between two different accounts".into());
    }
    if new.types.is_empty() {
        return Err("give at least one connection type".into());
    }
    let inviter = &participants[0].1;
    let types = new
        .types
        .iter()
        .map(|t| active_type(t, inviter, now).map(|ct| (t.clone(), ct)))
        .collect::<Result<BTreeMap<_, _>, _>>()?;
    let id = new_connection_id();
    let arn = format!(
        "arn:aws:partnercentral:us-east-1::catalog/{}/connection/{id}",
        new.catalog
    );
    let seq = store.next_seq();
    let connection = Connection {
        id: id.clone(),
        arn: arn.clone(),
        catalog: new.catalog,
        participants,
        types,
        updated_at: now,
        seq,
    };
    store.connections.add(&id, connection, seq);
    Ok(json!({"Id": id, "Arn": arn}))
}

/// A participant named by principal name or account id: its account id and the name it shows.
fn participant(principals: &[Principal], who: &str) -> Result<(String, String), String> {
    match principals
        .iter()
        .find(|p| p.name == who || p.account_id == who)
    {
        Some(p) => Ok((p.account_id.clone(), p.name.clone())),
        None if who.len() == 12 && who.bytes().all(|b| b.is_ascii_digit()) => {
            Ok((who.to_string(), format!("Account {who}")))
        }
        None => Err(format!(
            "'{who}' is neither a principal's name nor a 12-digit account id"
        )),
    }
}

/// A connection type made ACTIVE now, invited by `inviter`.
fn active_type(t: &str, inviter: &str, now: OffsetDateTime) -> Result<ConnectionType, String> {
    if !TYPES.contains(&t) {
        return Err(format!(
            "unknown connection type '{t}': use {}",
            TYPES.join(" or ")
        ));
    }
    Ok(ConnectionType {
        created_at: now,
        inviter_email: format!(
            "{}@example.com",
            inviter.to_ascii_lowercase().replace(' ', ".")
        ),
        inviter_name: inviter.to_string(),
        status: ConnectionTypeStatus::Active,
        canceled_at: None,
        canceled_by: None,
    })
}

/// `pac-` and 13 letters or digits (the Account API's ids).
fn new_connection_id() -> String {
    super::arn::new_id_of(
        "pac",
        b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
    )
}
