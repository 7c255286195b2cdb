//! The mock's request log: what was called, by whom, and the answer's status (never a body or a secret).
//!
//! A full log holds 100,000 entries, so an entry is small: the request id as a UUID and the names
//! (targets, operations, principals, error types), which repeat, as numbers into one table of names.
//! Numbers, not shared pointers: two server threads counting references to the same names would
//! contend for them on every call.
use std::{
    collections::{HashMap, VecDeque},
    sync::Mutex,
};

use serde::{Serialize, Serializer};
use uuid::Uuid;

/// How many entries the log keeps.
pub const LOG_CAPACITY: usize = 100_000;
/// How many distinct names the log numbers; past that (a fuzzer's made-up targets), names are kept
/// in their entry.
const SHARED_NAMES: usize = 4096;

/// One call, as the admin API shows it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LogEntry {
    #[serde(serialize_with = "hyphenated")]
    pub request_id: Uuid,
    pub target: String,
    pub operation: Option<String>,
    pub principal: Option<String>,
    /// `sigv4` or `sigv4a`, when the signature verified.
    pub signing: Option<&'static str>,
    pub mutating: bool,
    pub status: u16,
    pub error_type: Option<String>,
}

fn hyphenated<S: Serializer>(id: &Uuid, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(&id.hyphenated())
}

/// One call as the router knows it.
#[derive(Debug, Clone, Copy)]
pub struct Logged<'a> {
    pub request_id: Uuid,
    pub target: &'a str,
    pub operation: Option<&'a str>,
    pub principal: Option<&'a str>,
    pub signing: Option<&'static str>,
    pub mutating: bool,
    pub status: u16,
    pub error_type: Option<&'a str>,
}

/// A name in the log: its number in the table of names, or itself once the table is full.
#[derive(Debug)]
enum Name {
    Numbered(u32),
    Own(Box<str>),
}

/// An entry as kept.
#[derive(Debug)]
struct Kept {
    request_id: Uuid,
    target: Name,
    operation: Option<Name>,
    principal: Option<Name>,
    signing: Option<&'static str>,
    mutating: bool,
    status: u16,
    error_type: Option<Name>,
}

#[derive(Debug, Default)]
struct Entries {
    kept: VecDeque<Kept>,
    names: Vec<Box<str>>,
    /// Looked up on every call, so with a fast hasher.
    numbers: HashMap<Box<str>, u32, foldhash::fast::RandomState>,
}

impl Entries {
    fn name(&mut self, text: &str) -> Name {
        if let Some(&n) = self.numbers.get(text) {
            return Name::Numbered(n);
        }
        match u32::try_from(self.names.len()) {
            Ok(n) if self.names.len() < SHARED_NAMES => {
                self.names.push(text.into());
                self.numbers.insert(text.into(), n);
                Name::Numbered(n)
            }
            _ => Name::Own(text.into()),
        }
    }

    fn text(&self, name: &Name) -> String {
        match name {
            Name::Numbered(n) => self.names.get(*n as usize).map_or("", |t| t).to_string(),
            Name::Own(text) => text.to_string(),
        }
    }

    fn shown(&self, k: &Kept) -> LogEntry {
        LogEntry {
            request_id: k.request_id,
            target: self.text(&k.target),
            operation: k.operation.as_ref().map(|n| self.text(n)),
            principal: k.principal.as_ref().map(|n| self.text(n)),
            signing: k.signing,
            mutating: k.mutating,
            status: k.status,
            error_type: k.error_type.as_ref().map(|n| self.text(n)),
        }
    }
}

#[derive(Debug, Default)]
pub struct RequestLog {
    entries: Mutex<Entries>,
}

impl RequestLog {
    pub fn record(&self, call: Logged<'_>) {
        let Ok(mut e) = self.entries.lock() else {
            return;
        };
        let kept = Kept {
            request_id: call.request_id,
            target: e.name(call.target),
            operation: call.operation.map(|o| e.name(o)),
            principal: call.principal.map(|p| e.name(p)),
            signing: call.signing,
            mutating: call.mutating,
            status: call.status,
            error_type: call.error_type.map(|t| e.name(t)),
        };
        if e.kept.len() == LOG_CAPACITY {
            e.kept.pop_front();
        }
        e.kept.push_back(kept);
    }

    pub fn entries(&self) -> Vec<LogEntry> {
        self.entries
            .lock()
            .map(|e| e.kept.iter().map(|k| e.shown(k)).collect())
            .unwrap_or_default()
    }

    pub fn clear(&self) {
        if let Ok(mut e) = self.entries.lock() {
            e.kept.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(target: &str) -> Logged<'_> {
        Logged {
            request_id: Uuid::from_u128(0x1234),
            target,
            operation: Some("GetRelationship"),
            principal: Some("alice"),
            signing: Some("sigv4"),
            mutating: false,
            status: 200,
            error_type: None,
        }
    }

    #[test]
    fn entries_number_their_names_and_write_the_request_id_as_a_uuid() {
        let log = RequestLog::default();
        log.record(call("PartnerCentralChannel.GetRelationship"));
        log.record(call("PartnerCentralChannel.GetRelationship"));
        let names = log.entries.lock().unwrap().names.len();
        assert_eq!(
            names, 3,
            "the target, the operation and the principal, once each"
        );
        let entries = log.entries();
        assert_eq!(entries[0].target, entries[1].target);
        let json = serde_json::to_value(&entries[0]).unwrap();
        assert_eq!(json["requestId"], "00000000-0000-0000-0000-000000001234");
        assert_eq!(json["target"], "PartnerCentralChannel.GetRelationship");
        assert_eq!(json["operation"], "GetRelationship");
    }

    #[test]
    fn the_log_keeps_the_latest_entries_up_to_its_capacity() {
        let log = RequestLog::default();
        for i in 0..LOG_CAPACITY + 5 {
            log.record(call(&format!("T{}", i % (SHARED_NAMES * 2))));
        }
        let entries = log.entries();
        assert_eq!(entries.len(), LOG_CAPACITY);
        assert_eq!(
            &*entries[LOG_CAPACITY - 1].target,
            format!("T{}", (LOG_CAPACITY + 4) % (SHARED_NAMES * 2))
        );
    }
}
