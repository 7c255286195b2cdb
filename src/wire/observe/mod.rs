//! What a server saw of a client — every request, checked as the client's act — and the serving both
//! servers (the strict mock and the proxy) share. The client report reads these observations, so it
//! depends on the wire level and on neither server.
pub mod serving;

pub use serving::Serving;
use std::{sync::Mutex, time::Instant};

use serde::Serialize;
use serde_json::Value;

use crate::spec::Violation;

/// One request and what came of it.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Observation {
    /// Milliseconds since recording started.
    pub at_ms: u64,
    pub operation: Option<String>,
    pub target: String,
    pub principal: Option<String>,
    pub signing: Option<String>,
    pub client_token: Option<String>,
    pub status: u16,
    pub error_type: Option<String>,
    /// The fault the mock injected into this call, if any.
    pub fault: Option<String>,
    /// What the client got wrong in this request.
    pub violations: Vec<Violation>,
    /// The operation of the service's model that the contract leaves out, which this request named.
    pub not_implemented: Option<String>,
    /// The application id the client's User-Agent named (`app/<id>`).
    pub app_id: Option<String>,
    /// The wait the answer named in `x-amz-retry-after`, in milliseconds.
    pub retry_after_ms: Option<u64>,
    /// The request body (bodies carry no secrets; headers are not kept).
    pub request: Value,
    /// What the server got wrong in its answer (the proxy checks both directions).
    pub response_violations: Vec<Violation>,
    /// Members and enum values in the answer that the model lacks: the server is ahead of the
    /// model, which the compatibility rules allow; not a violation unless drift is held strict.
    pub response_drift: Vec<Violation>,
    /// The answer came from in front of the service (a load balancer's HTML 5xx, say): not checked
    /// against the contract, and a client is expected to retry it.
    pub transient: bool,
    /// What the mock's curveballs changed in this answer (a kind each), if it changed it.
    pub curveball: Option<String>,
}

#[derive(Debug)]
pub struct Recorder {
    started: Instant,
    entries: Mutex<Vec<Observation>>,
}

impl Default for Recorder {
    fn default() -> Self {
        Recorder {
            started: Instant::now(),
            entries: Mutex::new(Vec::new()),
        }
    }
}

impl Recorder {
    pub fn elapsed_ms(&self) -> u64 {
        self.started.elapsed().as_millis() as u64
    }

    pub fn record(&self, o: Observation) {
        if let Ok(mut e) = self.entries.lock() {
            e.push(o);
        }
    }

    pub fn observations(&self) -> Vec<Observation> {
        self.entries.lock().map(|e| e.clone()).unwrap_or_default()
    }

    pub fn clear(&self) {
        if let Ok(mut e) = self.entries.lock() {
            e.clear();
        }
    }
}
