//! The mock's request log: what was called, by whom, and the answer's status (never a body or a secret).
//!
//! A full log holds 100,000 entries, so an entry is small: the request id as a UUID and the names
//! (targets, operations, principals, error types), which repeat, shared.
use std::{
    collections::{HashSet, VecDeque},
    sync::{Arc, Mutex},
};

use serde::{Serialize, Serializer};
use uuid::Uuid;

/// How many entries the log keeps.
pub const LOG_CAPACITY: usize = 100_000;
/// How many distinct names the log shares; past that (a fuzzer's made-up targets), names are kept
/// one per entry.
const SHARED_NAMES: usize = 4096;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LogEntry {
    #[serde(serialize_with = "hyphenated")]
    pub request_id: Uuid,
    pub target: Arc<str>,
    pub operation: Option<Arc<str>>,
    pub principal: Option<Arc<str>>,
    /// `sigv4` or `sigv4a`, when the signature verified.
    pub signing: Option<&'static str>,
    pub mutating: bool,
    pub status: u16,
    pub error_type: Option<Arc<str>>,
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

#[derive(Debug, Default)]
struct Entries {
    entries: VecDeque<LogEntry>,
    names: HashSet<Arc<str>>,
}

impl Entries {
    fn name(&mut self, text: &str) -> Arc<str> {
        if let Some(shared) = self.names.get(text) {
            return shared.clone();
        }
        let name: Arc<str> = text.into();
        if self.names.len() < SHARED_NAMES {
            self.names.insert(name.clone());
        }
        name
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
        let entry = LogEntry {
            request_id: call.request_id,
            target: e.name(call.target),
            operation: call.operation.map(|o| e.name(o)),
            principal: call.principal.map(|p| e.name(p)),
            signing: call.signing,
            mutating: call.mutating,
            status: call.status,
            error_type: call.error_type.map(|t| e.name(t)),
        };
        if e.entries.len() == LOG_CAPACITY {
            e.entries.pop_front();
        }
        e.entries.push_back(entry);
    }

    pub fn entries(&self) -> Vec<LogEntry> {
        self.entries
            .lock()
            .map(|e| e.entries.iter().cloned().collect())
            .unwrap_or_default()
    }

    pub fn clear(&self) {
        if let Ok(mut e) = self.entries.lock() {
            e.entries.clear();
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
    fn entries_share_their_names_and_write_the_request_id_as_a_uuid() {
        let log = RequestLog::default();
        log.record(call("PartnerCentralChannel.GetRelationship"));
        log.record(call("PartnerCentralChannel.GetRelationship"));
        let entries = log.entries();
        assert!(Arc::ptr_eq(&entries[0].target, &entries[1].target));
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
