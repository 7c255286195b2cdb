//! Partner Central Account API connections: GetConnection, ListConnections, CancelConnection, and the one
//! way a connection type becomes ACTIVE (an accepted invitation, or the admin API's shortcut
//! `POST /_mock/connections`).
use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::{Value, json};
use time::OffsetDateTime;

use super::{
    call::{CATALOGS, Call, Reply},
    error::ApiError,
    model::connection::{Connection, ConnectionType, ConnectionTypeStatus, Party, TYPES},
    store::Store,
};
use crate::wire::Principal;

fn not_found(id: &str) -> ApiError {
    ApiError::not_found_because(
        format!("Connection '{id}' was not found"),
        "CONNECTION_NOT_FOUND",
    )
}

fn visible<'s>(
    store: &'s Store,
    call: &Call<'_>,
    catalog: &str,
) -> Result<&'s Connection, ApiError> {
    let identifier = call.str("Identifier").unwrap_or_default();
    let id = super::arn::last_segment(identifier);
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
            return Err(ApiError::conflict_because(
                format!("Connection {id} has no ACTIVE {kind} connection type to cancel"),
                "INCOMPATIBLE_CONNECTION_STATE",
            ));
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
    let page = call.page_request(true);
    let (items, next) = store
        .connections
        .page(&store.token_key, store.current_seq(), &page, |c| {
            let Some(other) = c.other(&me) else {
                return false;
            };
            c.catalog == catalog
                && (others.is_empty() || others.contains(&other.account_id.as_str()))
                && filter.as_ref().is_none_or(|(t, s)| {
                    c.types
                        .get(t)
                        .is_some_and(|ct| s.as_ref().is_none_or(|s| s == ct.status.as_str()))
                })
        })
        .map_err(|e| ApiError::business_validation(call.next_token_member(), e.message()))?;
    let views: Vec<String> = items
        .iter()
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

/// Who made a connection type ACTIVE: the inviting side, its contact, and the invited side.
pub struct Activation<'a> {
    pub catalog: &'a str,
    pub inviter: &'a Party,
    pub invitee: &'a Party,
    pub inviter_email: &'a str,
    pub inviter_name: &'a str,
    pub connection_type: &'a str,
}

/// Makes `connection_type` ACTIVE between the two parties: on their connection if they have one (a
/// canceled type starts again with a new `CreatedAt`), else on a new connection. Returns its id.
pub fn activate(store: &mut Store, a: &Activation<'_>, now: OffsetDateTime) -> String {
    let kind = ConnectionType {
        created_at: now,
        inviter_email: a.inviter_email.to_string(),
        inviter_name: a.inviter_name.to_string(),
        status: ConnectionTypeStatus::Active,
        canceled_at: None,
        canceled_by: None,
    };
    let existing = store
        .connection_between(a.catalog, &a.inviter.account_id, &a.invitee.account_id)
        .map(|c| c.id.clone());
    let seq = store.next_seq();
    if let Some(id) = existing {
        store.connections.rewrite(&id, seq, now, |c| {
            c.types.insert(a.connection_type.to_string(), kind);
            c.updated_at = now;
        });
        return id;
    }
    let id = new_connection_id();
    store.insert_connection(Connection {
        arn: format!(
            "arn:aws:partnercentral:us-east-1::catalog/{}/connection/{id}",
            a.catalog
        ),
        id: id.clone(),
        catalog: a.catalog.to_string(),
        participants: [a.inviter.clone(), a.invitee.clone()],
        types: BTreeMap::from([(a.connection_type.to_string(), kind)]),
        updated_at: now,
        seq,
    });
    id
}

/// Makes a connection from the admin API (or adds types to the one the two accounts have); returns its
/// id and ARN, or what is wrong with the request.
pub fn seed(
    store: &mut Store,
    principals: &[Principal],
    new: NewConnection,
    now: OffsetDateTime,
) -> Result<Value, String> {
    if !CATALOGS.contains(&new.catalog.as_str()) {
        return Err(format!("catalog '{}' is not AWS or Sandbox", new.catalog));
    }
    let [inviter, invitee] = [
        participant(principals, &new.between[0])?,
        participant(principals, &new.between[1])?,
    ];
    if inviter.account_id == invitee.account_id {
        return Err("a connection is between two different accounts".into());
    }
    if new.types.is_empty() {
        return Err("give at least one connection type".into());
    }
    if let Some(t) = new.types.iter().find(|t| !TYPES.contains(&t.as_str())) {
        return Err(format!(
            "unknown connection type '{t}': use {}",
            TYPES.join(" or ")
        ));
    }
    let email = contact_email(&inviter.name);
    let mut id = String::new();
    for t in &new.types {
        let activation = Activation {
            catalog: &new.catalog,
            inviter: &inviter,
            invitee: &invitee,
            inviter_email: &email,
            inviter_name: &inviter.name,
            connection_type: t,
        };
        id = activate(store, &activation, now);
    }
    let arn = store
        .connections
        .get(&id)
        .map(|c| c.arn.clone())
        .unwrap_or_default();
    Ok(json!({"Id": id, "Arn": arn}))
}

/// A participant named by principal name or account id, with the name it shows.
fn participant(principals: &[Principal], who: &str) -> Result<Party, String> {
    match principals
        .iter()
        .find(|p| p.name == who || p.account_id == who)
    {
        Some(p) => Ok(Party {
            account_id: p.account_id.clone(),
            name: p.name.clone(),
        }),
        None if who.len() == 12 && who.bytes().all(|b| b.is_ascii_digit()) => Ok(Party {
            account_id: who.to_string(),
            name: format!("Account {who}"),
        }),
        None => Err(format!(
            "'{who}' is neither a principal's name nor a 12-digit account id"
        )),
    }
}

/// The contact address the mock makes up for a seeded connection's inviter.
fn contact_email(name: &str) -> String {
    format!(
        "{}@example.com",
        name.to_ascii_lowercase().replace(' ', ".")
    )
}

/// `pac-` and 13 letters or digits (the Account API's ids).
fn new_connection_id() -> String {
    super::arn::new_id_of("pac", ALPHANUMERIC)
}

/// The alphabet of the Account API's ids.
pub const ALPHANUMERIC: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
