//! The store's indexes for the Account API: connections by the pair of accounts, pending invitations by
//! pair and type (the duplicate rule in O(1)), invitations by expiry, and preferences.
use time::OffsetDateTime;

use super::{Store, take_due};
use crate::mock::model::{Connection, Invitation, InvitationStatus, Preferences};

/// The pair of accounts in a fixed order, so that (a, b) and (b, a) name one pair.
fn pair(catalog: &str, a: &str, b: &str) -> (String, String, String) {
    let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
    (catalog.to_string(), lo.to_string(), hi.to_string())
}

fn pending_key(i: &Invitation) -> (String, String, String, String) {
    let (catalog, lo, hi) = pair(&i.catalog, &i.sender.account_id, &i.receiver);
    (catalog, lo, hi, i.connection_type.clone())
}

impl Store {
    /// The connection between two accounts in a catalog, if they have one.
    pub fn connection_between(&self, catalog: &str, a: &str, b: &str) -> Option<&Connection> {
        self.connection_by_pair
            .get(&pair(catalog, a, b))
            .and_then(|id| self.connections.get(id))
    }

    /// Adds a new connection with its listing position and pair index entry.
    pub fn insert_connection(&mut self, c: Connection) {
        let [a, b] = &c.participants;
        self.connection_by_pair
            .insert(pair(&c.catalog, &a.account_id, &b.account_id), c.id.clone());
        let seq = c.seq;
        self.connections.add(c, seq);
    }

    /// Adds a new invitation; a PENDING one is indexed for the duplicate rule and for expiry.
    pub fn insert_invitation(&mut self, i: Invitation) {
        if i.status == InvitationStatus::Pending {
            self.invitation_expiry.insert((i.expires_at, i.id.clone()));
            self.pending_invitation_by_pair
                .insert(pending_key(&i), i.id.clone());
        }
        let seq = i.seq;
        self.invitations.add(i, seq);
    }

    /// The PENDING invitation between two accounts for a connection type, if there is one.
    pub fn pending_invitation(
        &self,
        catalog: &str,
        a: &str,
        b: &str,
        connection_type: &str,
    ) -> Option<&Invitation> {
        let (catalog, lo, hi) = pair(catalog, a, b);
        self.pending_invitation_by_pair
            .get(&(catalog, lo, hi, connection_type.to_string()))
            .and_then(|id| self.invitations.get(id))
            .filter(|i| i.status == InvitationStatus::Pending)
    }

    /// Moves a PENDING invitation to `to`, as of `at`, naming the connection it made (if any); returns it
    /// as it is now. The one place an invitation leaves PENDING.
    pub fn settle_invitation(
        &mut self,
        id: &str,
        to: InvitationStatus,
        at: OffsetDateTime,
        connection_id: Option<String>,
        now: OffsetDateTime,
    ) -> Option<Invitation> {
        let seq = self.next_seq();
        let settled = self
            .invitations
            .rewrite(id, seq, now, |i| {
                i.status = to;
                i.updated_at = at;
                if connection_id.is_some() {
                    i.connection_id = connection_id;
                }
            })
            .cloned()?;
        let key = pending_key(&settled);
        if self
            .pending_invitation_by_pair
            .get(&key)
            .is_some_and(|p| p == id)
        {
            self.pending_invitation_by_pair.remove(&key);
        }
        Some(settled)
    }

    /// Takes the PENDING invitations whose expiry is at or before `now`, soonest first, with their expiry.
    pub fn due_invitation_expiries(
        &mut self,
        now: OffsetDateTime,
    ) -> Vec<(OffsetDateTime, String)> {
        take_due(&mut self.invitation_expiry, now)
    }

    /// An account's preferences in a catalog, made with the defaults the first time they are needed.
    pub fn preferences_of(
        &mut self,
        account: &str,
        catalog: &str,
        now: OffsetDateTime,
    ) -> &mut Preferences {
        self.preferences
            .entry((account.to_string(), catalog.to_string()))
            .or_insert_with(|| Preferences::initial(now))
    }

    /// Whether an account's preferences let `sender` invite it (the defaults let everyone).
    pub fn admits(&self, receiver: &str, catalog: &str, sender: &str) -> bool {
        self.preferences
            .get(&(receiver.to_string(), catalog.to_string()))
            .is_none_or(|p| p.admit(sender))
    }
}
