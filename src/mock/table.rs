//! A table of one kind of resource: items in slots, found by id through an index that keeps only slot
//! numbers, with their listing. Every write moves the item to a new position (its write sequence), the
//! same way for every kind. At a million items the table costs the items and about 60 bytes each.
use std::hash::BuildHasher;

use hashbrown::HashTable;
use time::OffsetDateTime;

use super::{
    listing::{Listing, PageRequest, TokenError, read_page},
    model::{
        ChannelContract, Connection, Handshake, Invitation, ProgramManagementAccount, Relationship,
    },
};

pub use super::listing::Slot;

/// A resource that lists: its id, and its position (the sequence number of its last write).
pub trait Listed {
    fn id(&self) -> &str;
    fn seq(&self) -> u64;
    /// Takes the position `seq` (and renders its list item again, where it keeps one).
    fn relist(&mut self, seq: u64);
}

/// `Listed` for models with an `id` and a `seq`; `then` runs after each move: models that keep their list
/// item render it again, the others (rendered when read, per viewer or to keep a million small) do nothing.
macro_rules! listed {
    ($($model:ty => $then:expr),* $(,)?) => {$(
        impl Listed for $model {
            fn id(&self) -> &str {
                &self.id
            }

            fn seq(&self) -> u64 {
                self.seq
            }

            fn relist(&mut self, seq: u64) {
                self.seq = seq;
                $then(self);
            }
        }
    )*};
}

listed!(
    ProgramManagementAccount => ProgramManagementAccount::refresh,
    Handshake => Handshake::refresh,
    ChannelContract => ChannelContract::refresh,
    Relationship => rendered_when_read,
    Connection => rendered_when_read,
    Invitation => rendered_when_read,
);

fn rendered_when_read<T>(_: &mut T) {}

/// An item and the write sequence it was made at: a listing position older than that is another
/// item's, one that was in this slot before.
#[derive(Debug)]
struct Entry<T> {
    born: u64,
    item: T,
}

type Hasher = foldhash::fast::RandomState;

#[derive(Debug)]
pub struct Table<T> {
    slots: Vec<Option<Entry<T>>>,
    /// Slots emptied by a removal, taken again first.
    free: Vec<Slot>,
    /// Slot numbers, hashed by their item's id.
    by_id: HashTable<Slot>,
    hasher: Hasher,
    len: usize,
    listing: Listing,
}

impl<T> Default for Table<T> {
    fn default() -> Self {
        Table {
            slots: Vec::new(),
            free: Vec::new(),
            by_id: HashTable::new(),
            hasher: Hasher::default(),
            len: 0,
            listing: Listing::default(),
        }
    }
}

impl<T: Listed> Table<T> {
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The item in `slot`, if it holds one.
    pub fn at(&self, slot: Slot) -> Option<&T> {
        self.entry(slot).map(|e| &e.item)
    }

    fn entry(&self, slot: Slot) -> Option<&Entry<T>> {
        self.slots.get(slot as usize).and_then(Option::as_ref)
    }

    /// Where item `id` lives.
    pub fn slot_of(&self, id: &str) -> Option<Slot> {
        let hash = self.hasher.hash_one(id);
        self.by_id
            .find(hash, |&s| self.at(s).is_some_and(|it| it.id() == id))
            .copied()
    }

    pub fn get(&self, id: &str) -> Option<&T> {
        self.slot_of(id).and_then(|s| self.at(s))
    }

    /// Every item, in no particular order.
    pub fn values(&self) -> impl Iterator<Item = &T> {
        self.slots.iter().flatten().map(|e| &e.item)
    }

    /// Makes room for `more` items at once (a bulk load), so that the table does not grow step by step.
    pub fn reserve(&mut self, more: usize) {
        let Table {
            slots,
            by_id,
            hasher,
            ..
        } = self;
        slots.reserve_exact(more.saturating_sub(self.free.len()));
        by_id.reserve(more, |&s| rehash(slots, hasher, s));
    }

    /// Adds a new item at position `seq`; returns its slot.
    pub fn add(&mut self, mut item: T, seq: u64) -> Slot {
        item.relist(seq);
        let hash = self.hasher.hash_one(item.id());
        let entry = Some(Entry { born: seq, item });
        let slot = match self.free.pop() {
            Some(slot) => {
                self.slots[slot as usize] = entry;
                slot
            }
            None => {
                self.slots.push(entry);
                Slot::try_from(self.slots.len() - 1)
                    .unwrap_or_else(|_| unreachable!("a seed makes at most two million items"))
            }
        };
        let Table {
            slots,
            by_id,
            hasher,
            ..
        } = self;
        by_id.insert_unique(hash, slot, |&s| rehash(slots, hasher, s));
        self.listing.insert(seq, slot);
        self.len += 1;
        slot
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
        let slot = self.slot_of(id)?;
        let item = &mut self.slots[slot as usize].as_mut()?.item;
        self.listing
            .supersede(item.seq(), slot, seq, now.unix_timestamp());
        self.listing.insert(seq, slot);
        change(item);
        item.relist(seq);
        Some(item)
    }

    /// Removes item `id`; its position is superseded by `seq` as of `now_unix`.
    pub fn remove(&mut self, id: &str, seq: u64, now_unix: i64) -> Option<T> {
        let hash = self.hasher.hash_one(id);
        let Table { slots, by_id, .. } = self;
        let found = by_id.find_entry(hash, |&s| {
            slots[s as usize]
                .as_ref()
                .is_some_and(|e| e.item.id() == id)
        });
        let (slot, _) = found.ok()?.remove();
        let entry = self.slots[slot as usize].take()?;
        self.free.push(slot);
        self.len -= 1;
        self.listing
            .supersede(entry.item.seq(), slot, seq, now_unix);
        Some(entry.item)
    }

    /// One page of the items `accept` takes, as of the listing `req` starts or continues, and the
    /// token of the next page.
    pub fn page(
        &self,
        token_key: &[u8],
        current_seq: u64,
        req: &PageRequest<'_>,
        accept: impl Fn(&T) -> bool,
    ) -> Result<(Vec<&T>, Option<String>), TokenError> {
        let (slots, next) = read_page(&self.listing, token_key, current_seq, req, |pos, slot| {
            self.entry(slot)
                .is_some_and(|e| e.born <= pos && accept(&e.item))
        })?;
        let items = slots.into_iter().filter_map(|s| self.at(s)).collect();
        Ok((items, next))
    }
}

fn rehash<T: Listed>(slots: &[Option<Entry<T>>], hasher: &Hasher, slot: Slot) -> u64 {
    slots[slot as usize]
        .as_ref()
        .map_or(0, |e| hasher.hash_one(e.item.id()))
}

/// A unique index on three members of the items of one table (a duplicate rule in O(1)): slot numbers
/// only, hashed by the members `key` reads.
#[derive(Debug)]
pub struct Unique<T> {
    slots: HashTable<Slot>,
    key: for<'a> fn(&'a T) -> [&'a str; 3],
    hasher: Hasher,
}

impl<T: Listed> Unique<T> {
    pub fn new(key: for<'a> fn(&'a T) -> [&'a str; 3]) -> Unique<T> {
        Unique {
            slots: HashTable::new(),
            key,
            hasher: Hasher::default(),
        }
    }

    pub fn reserve(&mut self, table: &Table<T>, more: usize) {
        let (key, hasher) = (self.key, &self.hasher);
        self.slots.reserve(more, |&s| {
            table.at(s).map_or(0, |it| hasher.hash_one(key(it)))
        });
    }

    /// The item of `table` whose members are `wanted`.
    pub fn find<'t>(&self, table: &'t Table<T>, wanted: [&str; 3]) -> Option<&'t T> {
        let hash = self.hasher.hash_one(wanted);
        self.slots
            .find(hash, |&s| {
                table.at(s).is_some_and(|it| (self.key)(it) == wanted)
            })
            .and_then(|&s| table.at(s))
    }

    /// Indexes the item in `slot` (call after [`Table::add`]).
    pub fn insert(&mut self, table: &Table<T>, slot: Slot) {
        let (key, hasher) = (self.key, &self.hasher);
        let Some(item) = table.at(slot) else { return };
        let hash = hasher.hash_one(key(item));
        self.slots.insert_unique(hash, slot, |&s| {
            table.at(s).map_or(0, |it| hasher.hash_one(key(it)))
        });
    }

    /// Forgets `item`, about to leave `table` or just removed from it, whose members are `wanted`.
    pub fn remove(&mut self, wanted: [&str; 3], slot: Slot) {
        let hash = self.hasher.hash_one(wanted);
        if let Ok(entry) = self.slots.find_entry(hash, |&s| s == slot) {
            entry.remove();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mock::listing::PageRequest;

    #[derive(Debug, Clone, PartialEq)]
    struct Item {
        id: String,
        name: String,
        seq: u64,
    }

    listed!(Item => rendered_when_read);

    fn item(id: &str) -> Item {
        Item {
            id: id.into(),
            name: format!("name of {id}"),
            seq: 0,
        }
    }

    fn page_of(table: &Table<Item>, snapshot_seq: u64, token: Option<&str>) -> Vec<String> {
        let input = match token {
            Some(t) => serde_json::json!({"nextToken": t}),
            None => serde_json::json!({}),
        };
        let req = PageRequest {
            caller: "c",
            operation: "List",
            input: &input,
            max_results: 10,
            descending: false,
            now_unix: 0,
        };
        let (items, _) = table.page(&[7; 32], snapshot_seq, &req, |_| true).unwrap();
        items.into_iter().map(|i| i.id.clone()).collect()
    }

    #[test]
    fn a_slot_taken_again_does_not_show_its_new_item_at_the_old_items_position() {
        let mut t = Table::default();
        t.add(item("a"), 1);
        t.add(item("b"), 2);
        assert_eq!(t.remove("a", 3, 0).map(|i| i.id), Some("a".into()));
        // "c" takes a's slot; a listing read as of seq 2 still sees a's old position, and must not
        // show "c" there.
        t.add(item("c"), 4);
        assert_eq!(t.slot_of("c"), Some(0));
        assert_eq!(page_of(&t, 2, None), ["b"]);
        assert_eq!(page_of(&t, 4, None), ["b", "c"]);
        assert_eq!(
            (t.len(), t.get("a"), t.get("c").map(|i| i.seq)),
            (2, None, Some(4))
        );
    }

    #[test]
    fn items_are_found_by_id_after_growth_removals_and_rewrites() {
        let mut t = Table::default();
        for i in 0..1000 {
            t.add(item(&format!("i{i}")), i + 1);
        }
        for i in (0..1000).step_by(3) {
            t.remove(&format!("i{i}"), 2000 + i, 0);
        }
        t.rewrite("i1", 5000, OffsetDateTime::UNIX_EPOCH, |it| {
            it.name = "renamed".into()
        });
        for i in 0..1000u64 {
            let found = t.get(&format!("i{i}"));
            assert_eq!(found.is_some(), i % 3 != 0, "i{i}");
        }
        assert_eq!(
            t.get("i1").map(|i| (i.name.as_str(), i.seq)),
            Some(("renamed", 5000))
        );
        assert_eq!(t.len(), t.values().count());
    }

    #[test]
    fn the_unique_index_finds_by_members_and_forgets_on_removal() {
        let key: for<'a> fn(&'a Item) -> [&'a str; 3] = |i| [i.name.as_str(), "x", "y"];
        let mut t = Table::default();
        let mut u = Unique::new(key);
        let slot = t.add(item("a"), 1);
        u.insert(&t, slot);
        assert_eq!(
            u.find(&t, ["name of a", "x", "y"]).map(|i| i.id.as_str()),
            Some("a")
        );
        assert!(u.find(&t, ["name of a", "x", "z"]).is_none());
        u.remove(["name of a", "x", "y"], slot);
        assert!(u.find(&t, ["name of a", "x", "y"]).is_none());
    }
}
