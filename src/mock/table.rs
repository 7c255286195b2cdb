//! A table of one kind of resource, by id, with its listing: every write moves the item to a new position
//! (its write sequence) and re-renders its list item, the same way for every kind.
use std::{collections::HashMap, ops::Deref};

use time::OffsetDateTime;

use super::{
    listing::Listing,
    model::{Connection, Handshake, Invitation, ProgramManagementAccount, Relationship},
};

/// A resource that lists: its position is the sequence number of its last write.
pub trait Listed {
    fn seq(&self) -> u64;
    /// Takes the position `seq` and renders its list item again.
    fn relist(&mut self, seq: u64);
}

/// `Listed` for models with a `seq` and a `refresh` that renders their list item again.
macro_rules! listed_and_rendered {
    ($($model:ty),*) => {$(
        impl Listed for $model {
            fn seq(&self) -> u64 {
                self.seq
            }

            fn relist(&mut self, seq: u64) {
                self.seq = seq;
                self.refresh();
            }
        }
    )*};
}

listed_and_rendered!(ProgramManagementAccount, Relationship, Handshake);

/// `Listed` for models rendered per viewer, so that there is nothing to render ahead.
macro_rules! listed_per_viewer {
    ($($model:ty),*) => {$(
        impl Listed for $model {
            fn seq(&self) -> u64 {
                self.seq
            }

            fn relist(&mut self, seq: u64) {
                self.seq = seq;
            }
        }
    )*};
}

listed_per_viewer!(Connection, Invitation);

#[derive(Debug)]
pub struct Table<T> {
    /// By id, with a fast hasher: every listed item is looked up on each page.
    items: HashMap<String, T, foldhash::fast::RandomState>,
    pub listing: Listing,
}

impl<T> Default for Table<T> {
    fn default() -> Self {
        Table {
            items: HashMap::default(),
            listing: Listing::default(),
        }
    }
}

/// Reads go straight to the items.
impl<T> Deref for Table<T> {
    type Target = HashMap<String, T, foldhash::fast::RandomState>;
    fn deref(&self) -> &Self::Target {
        &self.items
    }
}

impl<T: Listed> Table<T> {
    /// Makes room for `more` items at once (a bulk load), so that the table does not grow step by step.
    pub fn reserve(&mut self, more: usize) {
        self.items.reserve(more);
    }

    /// Adds a new item at position `seq`.
    pub fn add(&mut self, id: &str, mut item: T, seq: u64) {
        item.relist(seq);
        self.listing.insert(seq, id);
        self.items.insert(id.to_string(), item);
    }

    /// Changes item `id` and moves it to position `seq` as of `now` (listings already under way still
    /// see it once, where it was). `None` when there is no such item.
    pub fn rewrite(
        &mut self,
        id: &str,
        seq: u64,
        now: OffsetDateTime,
        change: impl FnOnce(&mut T),
    ) -> Option<&mut T> {
        let item = self.items.get_mut(id)?;
        self.listing
            .supersede(item.seq(), id, seq, now.unix_timestamp());
        self.listing.insert(seq, id);
        change(item);
        item.relist(seq);
        Some(item)
    }

    /// Removes item `id`; its position is superseded by `seq` as of `now_unix`.
    pub fn remove(&mut self, id: &str, seq: u64, now_unix: i64) -> Option<T> {
        let item = self.items.remove(id)?;
        self.listing.supersede(item.seq(), id, seq, now_unix);
        Some(item)
    }
}
