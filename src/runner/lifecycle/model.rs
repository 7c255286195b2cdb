//! The reference model of a lifecycle: the answer docs/behavior.md gives to each action, from the catalog's
//! description of the lifecycle (its moves, their parties, and what each wrong move is answered with).
use std::collections::BTreeSet;

use serde::Serialize;

use crate::spec::lifecycle::Lifecycle;

/// Who acts in a sequence; each is played by the principal of that name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Party {
    Sender,
    Receiver,
    Outsider,
}

impl Party {
    /// The principal that plays this party, and the party's name in the catalog.
    pub fn name(self) -> &'static str {
        match self {
            Party::Sender => "sender",
            Party::Receiver => "receiver",
            Party::Outsider => "outsider",
        }
    }

    pub fn named(name: &str) -> Option<Party> {
        [Party::Sender, Party::Receiver, Party::Outsider]
            .into_iter()
            .find(|p| p.name() == name)
    }
}

/// A status, or the error type that refused the action.
pub type Answer = Result<String, String>;

/// One resource the sequence made: its kind (an index into the lifecycle's kinds), status and day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub kind: usize,
    pub status: String,
    pub created_day: i64,
}

/// What the lifecycle's rules say the endpoint holds.
#[derive(Debug, Clone)]
pub struct Model<'l> {
    pub lifecycle: &'l Lifecycle,
    pub day: i64,
    pub items: Vec<Item>,
    /// The conditions accepted moves brought about (`servicePeriod`, `active:SUBSIDIARY`).
    pub conditions: BTreeSet<String>,
}

impl<'l> Model<'l> {
    pub fn new(lifecycle: &'l Lifecycle) -> Model<'l> {
        Model {
            lifecycle,
            day: 0,
            items: Vec::new(),
            conditions: BTreeSet::new(),
        }
    }

    fn expire(&mut self) {
        let Some(expiry) = &self.lifecycle.expiry else {
            return;
        };
        for item in &mut self.items {
            if item.status == self.lifecycle.initial && self.day >= item.created_day + expiry.days {
                item.status = expiry.status.clone();
            }
        }
    }

    /// Creating one of kind `kind` (an index) by `by`.
    pub fn create(&mut self, kind: usize, by: Party) -> Answer {
        self.expire();
        let l = self.lifecycle;
        let refused = |e: &String| Err(e.clone());
        if l.create.creators.first().map(String::as_str) != Some(by.name()) {
            return refused(&l.refusals.not_creator);
        }
        let Some((_, k)) = l.create.kinds.iter().nth(kind) else {
            return Err(format!("no kind #{kind}"));
        };
        if self
            .items
            .iter()
            .any(|i| i.kind == kind && i.status == l.initial)
        {
            return refused(&l.refusals.twin);
        }
        if k.blocked_by
            .as_ref()
            .is_some_and(|c| self.conditions.contains(c))
        {
            return refused(&l.refusals.blocked);
        }
        if k.needs
            .as_ref()
            .is_some_and(|c| !self.conditions.contains(c))
        {
            return refused(&l.refusals.unmet);
        }
        self.items.push(Item {
            kind,
            status: l.initial.clone(),
            created_day: self.day,
        });
        Ok(l.initial.clone())
    }

    /// Move `transition` (an index) of item `i` by `by`.
    pub fn transition(&mut self, transition: usize, i: usize, by: Party) -> Answer {
        self.expire();
        let l = self.lifecycle;
        let Some(t) = l.transitions.get(transition) else {
            return Err(format!("no move #{transition}"));
        };
        if by == Party::Outsider {
            return Err(l.refusals.outsider.clone());
        }
        if by.name() != t.by {
            return Err(l.refusals.other_party.clone());
        }
        let Some(item) = self.items.get_mut(i) else {
            return Err(format!("no item #{i}"));
        };
        if item.status != l.initial {
            return Err(l.refusals.not_pending.clone());
        }
        item.status = t.to.clone();
        let kind = item.kind;
        if t.takes_effect
            && let Some((_, k)) = l.create.kinds.iter().nth(kind)
        {
            if let Some(c) = &k.closes {
                self.conditions.remove(c);
            }
            if let Some(c) = &k.opens {
                self.conditions.insert(c.clone());
            }
        }
        Ok(t.to.clone())
    }
}
