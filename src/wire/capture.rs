//! Whole exchanges as they went over the wire — method, URL, headers and bodies both ways, when and for
//! how long — kept for a HAR file when a run asks for one (`--har`). A client or a server pushes each
//! attempt into a `Captures` sink; the report layer writes them out with every secret redacted.
use std::{
    sync::{Arc, Mutex},
    time::{Duration, SystemTime},
};

/// One attempt: the request, and the response or why there was none.
#[derive(Debug, Clone)]
pub struct Capture {
    pub started: SystemTime,
    pub duration: Duration,
    pub method: String,
    pub url: String,
    pub request_headers: Vec<(String, String)>,
    pub request_body: Vec<u8>,
    pub answer: Answer,
}

/// What came back.
#[derive(Debug, Clone)]
pub enum Answer {
    Response {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    },
    /// No response: the transport error.
    Unanswered(String),
}

/// Where captures go; shared by every clone of a client, or by a server's handlers.
#[derive(Debug, Clone, Default)]
pub struct Captures(Arc<Mutex<Vec<Capture>>>);

impl Captures {
    pub fn push(&self, c: Capture) {
        if let Ok(mut all) = self.0.lock() {
            all.push(c);
        }
    }

    /// Everything captured so far, in the order it was pushed.
    pub fn all(&self) -> Vec<Capture> {
        self.0.lock().map(|a| a.clone()).unwrap_or_default()
    }
}
