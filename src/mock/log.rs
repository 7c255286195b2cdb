//! The mock's request log: what was called, by whom, and the answer's status (never a body or a secret).
use std::{collections::VecDeque, sync::Mutex};

use serde::Serialize;

/// How many entries the log keeps.
pub const LOG_CAPACITY: usize = 100_000;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LogEntry {
    pub request_id: String,
    pub target: String,
    pub operation: Option<String>,
    pub principal: Option<String>,
    /// `sigv4` or `sigv4a`, when the signature verified.
    pub signing: Option<&'static str>,
    pub mutating: bool,
    pub status: u16,
    pub error_type: Option<String>,
}

#[derive(Debug, Default)]
pub struct RequestLog {
    entries: Mutex<VecDeque<LogEntry>>,
}

impl RequestLog {
    pub fn record(&self, entry: LogEntry) {
        if let Ok(mut e) = self.entries.lock() {
            if e.len() == LOG_CAPACITY {
                e.pop_front();
            }
            e.push_back(entry);
        }
    }

    pub fn entries(&self) -> Vec<LogEntry> {
        self.entries
            .lock()
            .map(|e| e.iter().cloned().collect())
            .unwrap_or_default()
    }

    pub fn clear(&self) {
        if let Ok(mut e) = self.entries.lock() {
            e.clear();
        }
    }
}
