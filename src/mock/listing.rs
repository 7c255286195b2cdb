//! Ordered listings with opaque, tamper-proof page tokens.
//!
//! Every resource kind keeps an index ordered by (write sequence, id): the order of `updatedAt`.
//! A page is read "as of" the sequence number of the list's first page, so following `nextToken`
//! returns every item that existed then exactly once, even while items are written between pages:
//! an update does not move an item inside a running listing, because its old position stays in the
//! index (superseded) until no live token can need it.
use std::{
    collections::{BTreeMap, VecDeque},
    num::NonZeroU64,
    ops::Bound,
};

use base64::Engine;
use hmac::{Hmac, KeyInit, Mac};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};

/// How long a page token stays valid, in seconds of the mock's clock.
pub const TOKEN_TTL_SECS: i64 = 24 * 3600;

/// Where an item lives in its table: a listing keeps slots, never the items, so the table that owns the
/// items and this index share the type, and it lives here, the lower of the two.
pub type Slot = u32;

/// A position: the write sequence and the slot of the item written.
type Key = (u64, Slot);

/// One resource kind's ordered index.
#[derive(Debug, Default)]
pub struct Listing {
    /// (sequence, slot) → the sequence at which this position was superseded (by an update or a delete).
    /// Sequences start at 1, so an `Option<NonZeroU64>` costs what a `u64` does.
    entries: BTreeMap<Key, Option<NonZeroU64>>,
    /// Superseded positions, oldest first, with the time (unix seconds) they were superseded.
    graveyard: VecDeque<(i64, Key)>,
}

impl Listing {
    pub fn insert(&mut self, seq: u64, slot: Slot) {
        self.entries.insert((seq, slot), None);
    }

    /// Marks the position `(old_seq, slot)` as superseded at `at_seq` (an update moves it; a delete ends it).
    pub fn supersede(&mut self, old_seq: u64, slot: Slot, at_seq: u64, now_unix: i64) {
        let key = (old_seq, slot);
        if let Some(superseded) = self.entries.get_mut(&key) {
            *superseded = NonZeroU64::new(at_seq);
            self.graveyard.push_back((now_unix, key));
        }
        self.prune(now_unix);
    }

    /// Drops superseded positions that no live token can still need.
    fn prune(&mut self, now_unix: i64) {
        while let Some((at, _)) = self.graveyard.front() {
            if now_unix - at <= TOKEN_TTL_SECS {
                break;
            }
            if let Some((_, key)) = self.graveyard.pop_front() {
                self.entries.remove(&key);
            }
        }
    }

    /// Up to `limit` slots visible as of `snapshot`, after `cursor`, that `accept` takes (given the
    /// position's sequence and slot); and the cursor of the next page when at least one more exists.
    pub fn page(
        &self,
        snapshot: u64,
        cursor: Option<&Key>,
        descending: bool,
        limit: usize,
        mut accept: impl FnMut(u64, Slot) -> bool,
    ) -> (Vec<Slot>, Option<Key>) {
        type Positions<'a> = Box<dyn Iterator<Item = (&'a Key, &'a Option<NonZeroU64>)> + 'a>;
        let range: Positions<'_> = match (cursor, descending) {
            (None, false) => Box::new(self.entries.iter()),
            (None, true) => Box::new(self.entries.iter().rev()),
            (Some(c), false) => {
                Box::new(self.entries.range((Bound::Excluded(*c), Bound::Unbounded)))
            }
            (Some(c), true) => Box::new(
                self.entries
                    .range((Bound::Unbounded, Bound::Excluded(*c)))
                    .rev(),
            ),
        };
        let mut out = Vec::new();
        let mut last: Option<Key> = None;
        for (key, superseded) in range {
            if key.0 > snapshot {
                if descending {
                    continue;
                }
                break;
            }
            if superseded.is_some_and(|at| at.get() <= snapshot) || !accept(key.0, key.1) {
                continue;
            }
            if out.len() == limit {
                return (out, last);
            }
            out.push(key.1);
            last = Some(*key);
        }
        (out, None)
    }
}

/// What a `nextToken` carries. Opaque to clients: encoded, then signed with the mock's key.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PageToken {
    /// The sequence number the listing is read as of.
    pub s: u64,
    /// The last position returned.
    pub k: Key,
    /// A digest of the caller and the request's filters and sort.
    pub f: String,
    /// When the first page was read (unix seconds).
    pub t: i64,
}

/// Why a token was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenError {
    Malformed,
    Tampered,
    FiltersChanged,
    Expired,
}

impl TokenError {
    pub fn message(&self) -> &'static str {
        match self {
            TokenError::Malformed => "The nextToken is not a token this service issued.",
            TokenError::Tampered => "The nextToken has been altered.",
            TokenError::FiltersChanged => {
                "The nextToken was issued for a request with different filters or sort; repeat the request without it."
            }
            TokenError::Expired => "The nextToken has expired; repeat the request without it.",
        }
    }
}

/// The bytes of a token's MAC that it carries: the first 16 of HMAC-SHA256.
const MAC_LEN: usize = 16;

fn keyed(key: &[u8], payload: &str) -> Hmac<Sha256> {
    let mut m = <Hmac<Sha256> as KeyInit>::new_from_slice(key)
        .unwrap_or_else(|_| unreachable!("HMAC takes any key size"));
    m.update(payload.as_bytes());
    m
}

fn mac(key: &[u8], payload: &str) -> String {
    crate::wire::hex_lower(&keyed(key, payload).finalize().into_bytes()[..MAC_LEN])
}

/// Whether `sig` is the payload's MAC, compared in constant time by the MAC itself.
fn mac_holds(key: &[u8], payload: &str, sig: &str) -> bool {
    match hex::decode(sig) {
        Ok(tag) if tag.len() == MAC_LEN => keyed(key, payload).verify_truncated_left(&tag).is_ok(),
        _ => false,
    }
}

pub fn encode_token(key: &[u8], token: &PageToken) -> String {
    let json = serde_json::to_string(token).unwrap_or_default();
    let payload = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(json);
    let sig = mac(key, &payload);
    format!("{payload}.{sig}")
}

pub fn decode_token(
    key: &[u8],
    raw: &str,
    filters: &str,
    now_unix: i64,
) -> Result<PageToken, TokenError> {
    let (payload, sig) = raw.rsplit_once('.').ok_or(TokenError::Malformed)?;
    if !mac_holds(key, payload, sig) {
        return Err(TokenError::Tampered);
    }
    let json = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .map_err(|_| TokenError::Malformed)?;
    let token: PageToken = serde_json::from_slice(&json).map_err(|_| TokenError::Malformed)?;
    if token.f != filters {
        return Err(TokenError::FiltersChanged);
    }
    if now_unix - token.t > TOKEN_TTL_SECS {
        return Err(TokenError::Expired);
    }
    Ok(token)
}

/// A digest of who lists and with which filters and sort: everything but `nextToken` and `maxResults`.
pub fn filter_digest(
    caller: &str,
    operation: &str,
    input: &Value,
    page_members: &[&str],
) -> String {
    let mut v = input.clone();
    if let Some(o) = v.as_object_mut() {
        for m in page_members {
            o.remove(*m);
        }
    }
    let text = format!("{caller}\n{operation}\n{}", canonical_json(&v));
    crate::wire::hex_lower(&Sha256::digest(text.as_bytes())[..12])
}

/// JSON with object keys sorted, so equal documents give equal text.
pub fn canonical_json(v: &Value) -> String {
    match v {
        Value::Object(o) => {
            let mut keys: Vec<&String> = o.keys().collect();
            keys.sort();
            let parts: Vec<String> = keys
                .iter()
                .map(|k| format!("{}:{}", Value::String((*k).clone()), canonical_json(&o[*k])))
                .collect();
            format!("{{{}}}", parts.join(","))
        }
        Value::Array(a) => format!(
            "[{}]",
            a.iter().map(canonical_json).collect::<Vec<_>>().join(",")
        ),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: Slot = 0;
    const B: Slot = 1;
    const C: Slot = 2;
    const D: Slot = 3;
    const E: Slot = 4;

    #[test]
    fn an_update_between_pages_neither_repeats_nor_loses_an_item() {
        let mut l = Listing::default();
        for (seq, slot) in [(1, A), (2, B), (3, C), (4, D)] {
            l.insert(seq, slot);
        }
        let (first, cursor) = l.page(4, None, false, 2, |_, _| true);
        assert_eq!(first, [A, B]);
        // A is updated (moves to the end) and E is created, between pages.
        l.supersede(1, A, 5, 0);
        l.insert(5, A);
        l.insert(6, E);
        let (second, cursor) = l.page(4, cursor.as_ref(), false, 2, |_, _| true);
        assert_eq!(second, [C, D]);
        assert_eq!(cursor, None);
        // A new listing sees the new order.
        let (all, _) = l.page(6, None, false, 10, |_, _| true);
        assert_eq!(all, [B, C, D, A, E]);
        let (desc, _) = l.page(6, None, true, 10, |_, _| true);
        assert_eq!(desc, [E, A, D, C, B]);
    }

    #[test]
    fn tokens_reject_tampering_and_changed_filters() {
        let key = b"k".repeat(32);
        let t = PageToken {
            s: 3,
            k: (2, B),
            f: "abc".into(),
            t: 100,
        };
        let raw = encode_token(&key, &t);
        assert_eq!(decode_token(&key, &raw, "abc", 100), Ok(t));
        let mut forged = raw.clone();
        forged.replace_range(0..1, if raw.starts_with('e') { "f" } else { "e" });
        assert_eq!(
            decode_token(&key, &forged, "abc", 100),
            Err(TokenError::Tampered)
        );
        assert_eq!(
            decode_token(&key, &raw, "xyz", 100),
            Err(TokenError::FiltersChanged)
        );
        assert_eq!(
            decode_token(&key, "nonsense", "abc", 100),
            Err(TokenError::Malformed)
        );
        assert_eq!(
            decode_token(&key, &raw, "abc", 100 + TOKEN_TTL_SECS + 1),
            Err(TokenError::Expired)
        );
    }
}

/// One page request, as a list operation reads it.
#[derive(Debug, Clone, Copy)]
pub struct PageRequest<'a> {
    pub caller: &'a str,
    pub operation: &'a str,
    pub input: &'a Value,
    pub max_results: usize,
    pub descending: bool,
    pub now_unix: i64,
}

/// Reads one page of `listing` and issues the token of the next one.
pub fn read_page(
    listing: &Listing,
    key: &[u8],
    current_seq: u64,
    req: &PageRequest<'_>,
    accept: impl FnMut(u64, Slot) -> bool,
) -> Result<(Vec<Slot>, Option<String>), TokenError> {
    let filters = filter_digest(
        req.caller,
        req.operation,
        req.input,
        &["nextToken", "maxResults", "NextToken", "MaxResults"],
    );
    let raw = req
        .input
        .get("nextToken")
        .or_else(|| req.input.get("NextToken"))
        .and_then(Value::as_str);
    let (snapshot, cursor, started) = match raw {
        Some(raw) => {
            let t = decode_token(key, raw, &filters, req.now_unix)?;
            (t.s, Some(t.k), t.t)
        }
        None => (current_seq, None, req.now_unix),
    };
    let (slots, next) = listing.page(
        snapshot,
        cursor.as_ref(),
        req.descending,
        req.max_results,
        accept,
    );
    let token = next.map(|k| {
        encode_token(
            key,
            &PageToken {
                s: snapshot,
                k,
                f: filters.clone(),
                t: started,
            },
        )
    });
    Ok((slots, token))
}
