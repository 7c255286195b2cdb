//! Guards a listing against answers that would page forever or repeat themselves: a `nextToken` that
//! repeats, an item seen twice (on an earlier page or the same one), more items than a listing could
//! hold, or more pages without items than the paginator contract gives any reason for.
use std::collections::HashSet;

use serde_json::Value;

/// The most items one listing may return before it counts as endless.
pub const MAX_LISTING_ITEMS: usize = 10_000;
/// The most pages without items one listing may return while a `nextToken` still follows. A page may be
/// short, and the page a token leads to may be empty, but a listing that keeps answering empty pages with
/// fresh tokens would never end.
pub const MAX_EMPTY_PAGES: usize = 10;

/// Why a listing was stopped.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EndlessListing {
    #[error(
        "page {page} returned the nextToken {token:?} again (first returned by page {first}): the listing would never end"
    )]
    RepeatedToken {
        page: usize,
        first: usize,
        token: String,
    },
    #[error(
        "page {page} returned an item already returned by page {first} of the same listing: {item}"
    )]
    RepeatedItem {
        page: usize,
        first: usize,
        item: String,
    },
    #[error(
        "the listing passed {MAX_LISTING_ITEMS} items at page {page} and still returned a nextToken"
    )]
    TooLong { page: usize },
    #[error(
        "page {page} was the {empty}th page without items that still returned a nextToken: the listing would never end"
    )]
    EmptyPages { page: usize, empty: usize },
}

/// What one listing has returned so far.
#[derive(Debug, Default)]
pub struct ListingGuard {
    pages: usize,
    items: usize,
    /// Pages that held no item but named a next one.
    empty: usize,
    tokens: std::collections::HashMap<String, usize>,
    seen: std::collections::HashMap<String, usize>,
}

impl ListingGuard {
    /// Takes one page's items and its `nextToken`; an error says why the listing must stop.
    pub fn page(&mut self, items: &[Value], token: Option<&str>) -> Result<(), EndlessListing> {
        self.pages += 1;
        let page = self.pages;
        let mut on_this_page = HashSet::new();
        for item in items {
            let key = identity(item);
            let first = self
                .seen
                .get(&key)
                .copied()
                .or(on_this_page.contains(&key).then_some(page));
            if let Some(first) = first {
                return Err(EndlessListing::RepeatedItem {
                    page,
                    first,
                    item: key,
                });
            }
            on_this_page.insert(key);
        }
        self.seen
            .extend(on_this_page.into_iter().map(|k| (k, page)));
        self.items += items.len();
        let Some(token) = token else {
            return Ok(());
        };
        if let Some(&first) = self.tokens.get(token) {
            return Err(EndlessListing::RepeatedToken {
                page,
                first,
                token: token.to_string(),
            });
        }
        if self.items > MAX_LISTING_ITEMS {
            return Err(EndlessListing::TooLong { page });
        }
        if items.is_empty() {
            self.empty += 1;
            if self.empty > MAX_EMPTY_PAGES {
                return Err(EndlessListing::EmptyPages {
                    page,
                    empty: self.empty,
                });
            }
        }
        self.tokens.insert(token.to_string(), page);
        Ok(())
    }
}

/// What names an item: its ARN or id (either casing), else the whole item.
pub fn identity(item: &Value) -> String {
    ["arn", "Arn", "id", "Id"]
        .iter()
        .find_map(|m| item.get(*m).and_then(Value::as_str))
        .map_or_else(|| item.to_string(), str::to_string)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn an_item_twice_on_one_page_stops_the_listing() {
        let mut g = ListingGuard::default();
        let err = g
            .page(&[json!({"id": "a"}), json!({"id": "a"})], None)
            .unwrap_err();
        assert_eq!(
            err,
            EndlessListing::RepeatedItem {
                page: 1,
                first: 1,
                item: "a".into()
            }
        );
    }

    #[test]
    fn short_and_empty_pages_pass_but_endless_empty_pages_stop() {
        let mut g = ListingGuard::default();
        g.page(&[json!({"id": "a"})], Some("t1")).unwrap();
        g.page(&[], Some("t2")).unwrap();
        g.page(&[json!({"id": "b"})], Some("t3")).unwrap();
        g.page(&[], None).unwrap();
        let mut endless = ListingGuard::default();
        let stopped = (0..1000)
            .map(|n| endless.page(&[], Some(&format!("fresh-{n}"))))
            .position(|r| r.is_err());
        assert_eq!(stopped, Some(MAX_EMPTY_PAGES));
    }

    #[test]
    fn a_repeated_token_stops_the_listing_naming_it() {
        let mut g = ListingGuard::default();
        assert_eq!(g.page(&[json!({"id": "a"})], Some("t1")), Ok(()));
        assert_eq!(g.page(&[json!({"id": "b"})], Some("t2")), Ok(()));
        assert_eq!(
            g.page(&[json!({"id": "c"})], Some("t1")),
            Err(EndlessListing::RepeatedToken {
                page: 3,
                first: 1,
                token: "t1".into()
            })
        );
    }

    #[test]
    fn an_item_seen_on_an_earlier_page_stops_the_listing() {
        let mut g = ListingGuard::default();
        g.page(&[json!({"arn": "x"}), json!({"arn": "y"})], Some("t1"))
            .unwrap();
        let err = g.page(&[json!({"arn": "y"})], None).unwrap_err();
        assert_eq!(
            err,
            EndlessListing::RepeatedItem {
                page: 2,
                first: 1,
                item: "y".into()
            }
        );
        assert!(err.to_string().contains("page 2"), "{err}");
    }

    #[test]
    fn a_listing_past_the_bound_stops() {
        let mut g = ListingGuard::default();
        let mut n = 0;
        let outcome = loop {
            let items: Vec<Value> = (0..100)
                .map(|i| json!({"id": format!("{n}-{i}")}))
                .collect();
            n += 1;
            if let Err(e) = g.page(&items, Some(&format!("t{n}"))) {
                break e;
            }
        };
        assert_eq!(outcome, EndlessListing::TooLong { page: 101 });
    }
}
