//! The mock's state: resources, tags, idempotency records and listings, behind one lock.
mod connections;
mod contracts;

pub use contracts::Due;

use std::{
    collections::{BTreeMap, BTreeSet, HashMap},
    sync::Arc,
};

use serde::Serialize;
use serde_json::Value;
use time::OffsetDateTime;

use super::{
    arn,
    call::Call,
    error::ApiError,
    model::{
        ChannelContract, Connection, Handshake, HandshakeStatus, Invitation, Preferences,
        ProgramManagementAccount, Relationship, Scope,
    },
    table::{Table, Unique},
};

/// How long a `clientToken` is remembered.
pub const IDEMPOTENCY_WINDOW_SECS: i64 = 24 * 3600;
/// At most this many tags on one resource.
pub const MAX_TAGS: usize = 50;

#[derive(Debug, Clone, Serialize)]
struct IdempotencyRecord {
    fingerprint: String,
    response: Value,
    #[serde(with = "crate::mock::clock::seconds")]
    at: OffsetDateTime,
}

/// Everything the mock remembers.
#[derive(Debug)]
pub struct Store {
    seq: u64,
    pub pmas: Table<ProgramManagementAccount>,
    /// (catalog, program, accountId) → the live PMA that has them: the duplicate rule in O(1).
    pub pma_by_key: HashMap<(String, String, String), String>,
    /// (owner, catalog) → how many live PMAs: the quota in O(1).
    pub pma_count: HashMap<(String, String), usize>,
    pub relationships: Table<Relationship>,
    /// (PMA id, associatedAccountId, associationType) → the live relationship that has them.
    pub relationship_by_key: Unique<Relationship>,
    /// PMA id → what its relationships share, made with its first one.
    scopes: HashMap<String, Arc<Scope>>,
    /// PMA id → how many live relationships it has (a PMA with any cannot be deleted).
    pub relationships_per_pma: HashMap<String, usize>,
    pub handshakes: Table<Handshake>,
    /// (handshake type, associated resource id) → the PENDING handshake that has them: the twin rule in O(1).
    pending_by_resource: HashMap<(String, String), String>,
    /// Pending handshakes by expiry time, so expiring them costs only what expires.
    pending_expiry: BTreeSet<(OffsetDateTime, String)>,
    pub contracts: Table<ChannelContract>,
    /// Pending channel contracts by expiry time.
    contract_expiry: BTreeSet<(OffsetDateTime, String)>,
    /// Accepted channel contracts by end date: when each stops being in effect.
    contract_ends: BTreeSet<(OffsetDateTime, String)>,
    pub connections: Table<Connection>,
    /// (catalog, one account, the other, in order) → the connection between them.
    connection_by_pair: HashMap<(String, String, String), String>,
    pub invitations: Table<Invitation>,
    /// (catalog, one account, the other, connection type) → the PENDING invitation between them.
    pending_invitation_by_pair: HashMap<(String, String, String, String), String>,
    /// Pending invitations by expiry time.
    invitation_expiry: BTreeSet<(OffsetDateTime, String)>,
    /// (account, catalog) → the account's connection preferences, once it has read or set them.
    pub preferences: HashMap<(String, String), Preferences>,
    pub tags: HashMap<String, BTreeMap<String, String>>,
    idempotency: HashMap<(String, String, String), IdempotencyRecord>,
    pub token_key: [u8; 32],
    pub pma_quota: usize,
    /// The latest time a call was served at: times never go back, even if the system clock does.
    last_now: Option<OffsetDateTime>,
}

impl Store {
    pub fn new(pma_quota: usize) -> Store {
        Store {
            seq: 0,
            pmas: Table::default(),
            pma_by_key: HashMap::new(),
            pma_count: HashMap::new(),
            relationships: Table::default(),
            relationship_by_key: Unique::new(relationship_key),
            scopes: HashMap::new(),
            relationships_per_pma: HashMap::new(),
            handshakes: Table::default(),
            pending_by_resource: HashMap::new(),
            pending_expiry: BTreeSet::new(),
            contracts: Table::default(),
            contract_expiry: BTreeSet::new(),
            contract_ends: BTreeSet::new(),
            connections: Table::default(),
            connection_by_pair: HashMap::new(),
            invitations: Table::default(),
            pending_invitation_by_pair: HashMap::new(),
            invitation_expiry: BTreeSet::new(),
            preferences: HashMap::new(),
            tags: HashMap::new(),
            idempotency: HashMap::new(),
            token_key: rand::random(),
            pma_quota,
            last_now: None,
        }
    }

    /// `now`, or the last time served if the clock went back: call times follow the order of calls.
    pub fn monotonic(&mut self, now: OffsetDateTime) -> OffsetDateTime {
        let now = self.last_now.map_or(now, |last| now.max(last));
        self.last_now = Some(now);
        now
    }

    /// `now`, or the last time served if the clock went back, for a call that writes nothing.
    pub fn now_for_reading(&self, now: OffsetDateTime) -> OffsetDateTime {
        self.last_now.map_or(now, |last| now.max(last))
    }

    /// The next write sequence number.
    pub fn next_seq(&mut self) -> u64 {
        self.seq += 1;
        self.seq
    }

    /// The sequence number of the last write: what a new listing is read as of.
    pub fn current_seq(&self) -> u64 {
        self.seq
    }

    /// Forgets everything but the page-token key and the quota.
    pub fn reset(&mut self) {
        let (key, quota) = (self.token_key, self.pma_quota);
        *self = Store::new(quota);
        self.token_key = key;
    }

    /// Runs a create/delete under its `clientToken`: a retry with the same parameters gets the first answer,
    /// the same token with other parameters is a conflict.
    pub fn idempotent(
        &mut self,
        call: &Call<'_>,
        run: impl FnOnce(&mut Store) -> Result<Value, ApiError>,
    ) -> Result<Value, ApiError> {
        let Some(member) = call.op.idempotency_token.as_deref() else {
            return run(self);
        };
        let Some(token) = call.str(member) else {
            return run(self);
        };
        let mut rest = call.input.clone();
        if let Some(o) = rest.as_object_mut() {
            o.remove(member);
        }
        let fingerprint = super::listing::canonical_json(&rest);
        let key = (
            call.account().to_string(),
            call.op.name.clone(),
            token.to_string(),
        );
        if let Some(record) = self.idempotency.get(&key)
            && (call.now - record.at).whole_seconds() <= IDEMPOTENCY_WINDOW_SECS
        {
            if record.fingerprint == fingerprint {
                return Ok(record.response.clone());
            }
            return Err(ApiError::conflict(
                "ClientToken",
                token,
                format!("The client token '{token}' was already used with different parameters"),
            ));
        }
        let response = run(self)?;
        self.idempotency.insert(
            key,
            IdempotencyRecord {
                fingerprint,
                response: response.clone(),
                at: call.now,
            },
        );
        Ok(response)
    }

    /// Adds a new PMA with its listing position and index entries.
    pub fn insert_pma(&mut self, pma: ProgramManagementAccount) {
        self.pma_by_key.insert(
            (
                pma.catalog.clone(),
                pma.program.clone(),
                pma.account_id.clone(),
            ),
            pma.id.clone(),
        );
        *self
            .pma_count
            .entry((pma.owner.clone(), pma.catalog.clone()))
            .or_default() += 1;
        let seq = pma.seq;
        self.pmas.add(pma, seq);
    }

    /// Removes a PMA, its tags, its listing position and its index entries.
    pub fn remove_pma(&mut self, id: &str, now_unix: i64) {
        let seq = self.next_seq();
        let Some(pma) = self.pmas.remove(id, seq, now_unix) else {
            return;
        };
        self.pma_by_key.remove(&(
            pma.catalog.clone(),
            pma.program.clone(),
            pma.account_id.clone(),
        ));
        if let Some(n) = self
            .pma_count
            .get_mut(&(pma.owner.clone(), pma.catalog.clone()))
        {
            *n = n.saturating_sub(1);
        }
        self.tags.remove(&pma.arn);
        self.scopes.remove(id);
    }

    /// What the relationships of PMA `pma_id` share (the PMA is live).
    pub fn relationship_scope(&mut self, pma_id: &str) -> Option<Arc<Scope>> {
        if let Some(scope) = self.scopes.get(pma_id) {
            return Some(scope.clone());
        }
        let pma = self.pmas.get(pma_id)?;
        let scope = Arc::new(Scope {
            owner: pma.owner.as_str().into(),
            catalog: pma.catalog.as_str().into(),
            pma_id: pma.id.as_str().into(),
        });
        self.scopes.insert(pma.id.clone(), scope.clone());
        Some(scope)
    }

    /// Makes room for `more` relationships and their index entries at once (a bulk load).
    pub fn reserve_relationships(&mut self, more: usize) {
        self.relationships.reserve(more);
        self.relationship_by_key.reserve(&self.relationships, more);
    }

    pub fn insert_relationship(&mut self, r: Relationship) {
        match self.relationships_per_pma.get_mut(r.pma_id()) {
            Some(n) => *n += 1,
            None => {
                self.relationships_per_pma.insert(r.pma_id().to_string(), 1);
            }
        }
        let seq = r.seq;
        let slot = self.relationships.add(r, seq);
        self.relationship_by_key.insert(&self.relationships, slot);
    }

    pub fn remove_relationship(&mut self, id: &str, now_unix: i64) {
        let Some(slot) = self.relationships.slot_of(id) else {
            return;
        };
        if let Some(r) = self.relationships.at(slot) {
            self.relationship_by_key.remove(relationship_key(r), slot);
        }
        let seq = self.next_seq();
        let Some(r) = self.relationships.remove(id, seq, now_unix) else {
            return;
        };
        if let Some(n) = self.relationships_per_pma.get_mut(r.pma_id()) {
            *n = n.saturating_sub(1);
        }
        self.tags.remove(&r.arn().to_string());
    }

    pub fn insert_handshake(&mut self, h: Handshake) {
        if h.status == HandshakeStatus::Pending {
            self.pending_expiry.insert((h.expires_at, h.id.clone()));
            self.pending_by_resource.insert(
                (h.handshake_type.clone(), h.associated_resource_id.clone()),
                h.id.clone(),
            );
        }
        let seq = h.seq;
        self.handshakes.add(h, seq);
    }

    /// The PENDING handshake of this type for this resource, if there is one.
    pub fn pending_twin(&self, kind: &str, resource_id: &str) -> Option<&Handshake> {
        self.pending_by_resource
            .get(&(kind.to_string(), resource_id.to_string()))
            .and_then(|id| self.handshakes.get(id))
            .filter(|h| h.status == HandshakeStatus::Pending)
    }

    /// Moves a PENDING handshake to `to` (a later status), as of `at`; returns it as it is now.
    pub fn settle_handshake(
        &mut self,
        id: &str,
        to: HandshakeStatus,
        at: OffsetDateTime,
        now: OffsetDateTime,
    ) -> Option<Handshake> {
        let seq = self.next_seq();
        let settled = self
            .handshakes
            .rewrite(id, seq, now, |h| {
                h.status = to;
                h.updated_at = at;
                // A service period starts when its START is accepted.
                if to == HandshakeStatus::Accepted
                    && h.handshake_type == super::model::handshake::START
                {
                    h.period.start_date = Some(at);
                }
            })
            .cloned()?;
        let key = (
            settled.handshake_type.clone(),
            settled.associated_resource_id.clone(),
        );
        if self.pending_by_resource.get(&key).is_some_and(|p| p == id) {
            self.pending_by_resource.remove(&key);
        }
        Some(settled)
    }

    /// Takes the PENDING handshakes whose expiry is at or before `now`, soonest first, with their expiry.
    pub fn due_expiries(&mut self, now: OffsetDateTime) -> Vec<(OffsetDateTime, String)> {
        take_due(&mut self.pending_expiry, now)
    }

    /// How many live relationships a PMA has.
    pub fn relationship_count(&self, pma_id: &str) -> usize {
        self.relationships_per_pma.get(pma_id).copied().unwrap_or(0)
    }

    /// Whether the resource an ARN names and belongs to `account`.
    pub fn owns_arn(&self, resource_arn: &str, account: &str) -> bool {
        let Some(parsed) = arn::parse(resource_arn) else {
            return false;
        };
        match parsed.resource {
            arn::Resource::ProgramManagementAccount { pma } => self
                .pmas
                .get(&pma)
                .is_some_and(|p| p.arn == resource_arn && p.owner == account),
            arn::Resource::Relationship { relationship, .. } => self
                .relationships
                .get(&relationship)
                .is_some_and(|r| r.arn().to_string() == resource_arn && r.owner() == account),
            arn::Resource::ChannelHandshake { handshake } => self
                .handshakes
                .get(&handshake)
                .is_some_and(|h| h.arn == resource_arn && h.sender == account),
            arn::Resource::ChannelContract { contract } => self
                .contracts
                .get(&contract)
                .is_some_and(|c| c.arn == resource_arn && c.owner == account),
        }
    }

    /// A JSON dump of the state, for the admin API.
    pub fn dump(&self) -> Value {
        let mut pmas: Vec<&ProgramManagementAccount> = self.pmas.values().collect();
        pmas.sort_by_key(|p| p.seq);
        let mut relationships: Vec<&Relationship> = self.relationships.values().collect();
        relationships.sort_by_key(|r| r.seq);
        let mut handshakes: Vec<&Handshake> = self.handshakes.values().collect();
        handshakes.sort_by_key(|h| h.seq);
        let mut contracts: Vec<&ChannelContract> = self.contracts.values().collect();
        contracts.sort_by_key(|c| c.seq);
        let mut invitations: Vec<&Invitation> = self.invitations.values().collect();
        invitations.sort_by_key(|i| i.seq);
        serde_json::json!({
            "sequence": self.seq,
            "programManagementAccounts": pmas,
            "relationships": relationships.iter().map(|r| r.dumped()).collect::<Vec<_>>(),
            "channelHandshakes": handshakes,
            "channelContracts": contracts,
            "connections": self.connections.values().collect::<Vec<_>>(),
            "connectionInvitations": invitations,
            "connectionPreferences": self.preferences.iter()
                .map(|((account, catalog), p)| serde_json::json!({"accountId": account, "catalog": catalog, "preferences": p}))
                .collect::<Vec<_>>(),
            "tags": self.tags,
            "idempotencyRecords": self.idempotency.len(),
        })
    }
}

/// The members a relationship is unique by: its PMA, the account and the association type.
fn relationship_key(r: &Relationship) -> [&str; 3] {
    [
        r.pma_id(),
        &r.associated_account_id,
        r.association_type.as_str(),
    ]
}

/// Takes the entries of `queue` whose time is at or before `now`, soonest first.
fn take_due(
    queue: &mut BTreeSet<(OffsetDateTime, String)>,
    now: OffsetDateTime,
) -> Vec<(OffsetDateTime, String)> {
    let mut due = Vec::new();
    while let Some((at, id)) = queue.first().cloned() {
        if at > now {
            break;
        }
        queue.pop_first();
        due.push((at, id));
    }
    due
}
