//! The store's part for channel contracts: their expiry and end dates in time order, so that moving
//! time costs only what falls due, and the contract of a relationship in a given status.
use time::OffsetDateTime;

use super::{Store, take_due};
use crate::mock::model::{ChannelContract, ContractStatus};

/// What falls due for a contract: an unsigned one expires, an accepted one ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    Expiry,
    End,
}

impl Store {
    /// Adds a new contract, indexed by when it expires (PENDING) or ends (ACCEPTED).
    pub fn insert_contract(&mut self, c: ChannelContract) {
        self.index_contract(&c);
        let seq = c.seq;
        self.contracts.add(c, seq);
    }

    fn index_contract(&mut self, c: &ChannelContract) {
        match c.status {
            ContractStatus::Pending => {
                self.contract_expiry.insert((c.expires_at(), c.id.clone()));
            }
            ContractStatus::Accepted => {
                self.contract_ends.insert((c.end_date, c.id.clone()));
            }
            _ => {}
        }
    }

    /// Moves a contract to `to` as of `at` (signed, canceled, expired, no longer in effect) and returns
    /// it as it is now.
    pub fn settle_contract(
        &mut self,
        id: &str,
        to: ContractStatus,
        at: OffsetDateTime,
        now: OffsetDateTime,
    ) -> Option<ChannelContract> {
        let seq = self.next_seq();
        let settled = self
            .contracts
            .rewrite(id, seq, now, |c| {
                if to == ContractStatus::Accepted {
                    c.responded_at = Some(at);
                }
                c.status = to;
                c.updated_at = at;
            })
            .cloned()?;
        self.index_contract(&settled);
        Some(settled)
    }

    /// Records the first cancellation reason of a contract (later ones never replace it).
    pub fn keep_cancellation_reason(&mut self, id: &str, reason: &str, now: OffsetDateTime) {
        let seq = self.next_seq();
        self.contracts.rewrite(id, seq, now, |c| {
            c.cancellation_reason
                .get_or_insert_with(|| reason.to_string());
        });
    }

    /// The contracts whose expiry or end date is at or before `now`, soonest first.
    pub fn due_contracts(&mut self, now: OffsetDateTime) -> Vec<(OffsetDateTime, String, Due)> {
        let mut due: Vec<(OffsetDateTime, String, Due)> = take_due(&mut self.contract_expiry, now)
            .into_iter()
            .map(|(at, id)| (at, id, Due::Expiry))
            .chain(
                take_due(&mut self.contract_ends, now)
                    .into_iter()
                    .map(|(at, id)| (at, id, Due::End)),
            )
            .collect();
        due.sort_by_key(|(at, _, _)| *at);
        due
    }

    /// A relationship is deleted: its contracts, pending or in effect, become INACTIVE.
    pub fn retire_contracts_of(&mut self, relationship_id: &str, now: OffsetDateTime) {
        for status in [ContractStatus::Pending, ContractStatus::Accepted] {
            for id in self.contracts_of(relationship_id, status) {
                self.settle_contract(&id, ContractStatus::Inactive, now, now);
            }
        }
    }

    /// The contracts of a relationship in `status`.
    pub fn contracts_of(&self, relationship_id: &str, status: ContractStatus) -> Vec<String> {
        self.contracts
            .values()
            .filter(|c| c.relationship_id == relationship_id && c.status == status)
            .map(|c| c.id.clone())
            .collect()
    }
}
