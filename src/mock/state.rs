//! What the mock is started with and what it holds while it serves: its configuration, its store,
//! clock, request log, signing-key cache, recorder and faults, behind one handle.
use std::sync::{Arc, Mutex};

use super::{clock, faults, log, store};
use crate::{spec::Contract, wire::Principal};

/// The default number of program management accounts per owner and catalog.
pub const DEFAULT_PMA_QUOTA: usize = 100;

/// How to build a mock.
#[derive(Debug, Clone)]
pub struct MockConfig {
    pub principals: Vec<Principal>,
    pub pma_quota: usize,
    pub contract: Arc<Contract>,
    /// Record every request and check it as a client's act (`mock --strict`).
    pub strict: bool,
    pub faults: Option<faults::FaultSpec>,
    /// Keep every exchange whole (headers and bodies both ways), for a HAR file (`mock --record`).
    pub capture: bool,
    /// Answers the protocol allows but the model does not show, now and then (`mock --curveballs`).
    pub curveballs: Option<super::curveball::CurveballSpec>,
}

impl Default for MockConfig {
    fn default() -> Self {
        MockConfig {
            principals: crate::wire::default_principals(),
            pma_quota: DEFAULT_PMA_QUOTA,
            contract: Contract::embedded(),
            strict: false,
            faults: None,
            capture: false,
            curveballs: None,
        }
    }
}

/// The state every request handler shares.
pub struct MockState {
    pub contract: Arc<Contract>,
    pub principals: Vec<Principal>,
    /// Read-only operations share it; the others hold it alone.
    pub store: std::sync::RwLock<store::Store>,
    pub clock: clock::Clock,
    pub log: log::RequestLog,
    /// Signing keys derived once per day and credential, for verifying signatures.
    pub keys: crate::wire::sigv4::KeyCache,
    /// Present in strict mode.
    pub recorder: Option<crate::wire::observe::Recorder>,
    /// Present when exchanges are kept whole (for a HAR file).
    pub captures: Option<crate::wire::capture::Captures>,
    pub faults: Mutex<Option<faults::Faults>>,
    /// Whether faults are set: calls look at `faults` only then.
    pub faults_set: std::sync::atomic::AtomicBool,
    /// Renders the client report for `GET /_mock/client-report` (set by whoever knows the report format).
    pub client_report: Option<ClientReportRenderer>,
    /// Principals added while serving (`POST /_mock/principals`).
    pub guests: super::guests::Guests,
    /// The curveballs thrown now (`mock --curveballs`, or set since through `POST /_mock/curveballs`).
    curveballs: std::sync::RwLock<Option<Arc<super::curveball::Curveballs>>>,
}

/// Turns the recording into a client report document.
pub type ClientReportRenderer =
    Arc<dyn Fn(&[crate::wire::observe::Observation]) -> serde_json::Value + Send + Sync>;

impl std::fmt::Debug for MockState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MockState")
            .field("principals", &self.principals)
            .field("strict", &self.recorder.is_some())
            .finish_non_exhaustive()
    }
}

impl MockState {
    pub fn new(config: MockConfig) -> MockState {
        MockState {
            contract: config.contract.clone(),
            principals: config.principals,
            store: std::sync::RwLock::new(store::Store::new(config.pma_quota)),
            clock: clock::Clock::default(),
            log: log::RequestLog::default(),
            keys: crate::wire::sigv4::KeyCache::default(),
            recorder: config.strict.then(crate::wire::observe::Recorder::default),
            captures: config.capture.then(Default::default),
            faults_set: std::sync::atomic::AtomicBool::new(config.faults.is_some()),
            faults: Mutex::new(config.faults.map(faults::Faults::new)),
            client_report: None,
            guests: Default::default(),
            curveballs: std::sync::RwLock::new(
                config.curveballs.map(|spec| {
                    Arc::new(super::curveball::Curveballs::new(spec, &config.contract))
                }),
            ),
        }
    }

    /// The curveballs thrown now, if any.
    pub fn curveballs(&self) -> Option<Arc<super::curveball::Curveballs>> {
        self.curveballs.read().ok()?.clone()
    }

    /// Throws these curveballs from now on (none: stop).
    pub fn set_curveballs(&self, spec: Option<super::curveball::CurveballSpec>) {
        let new = spec.map(|s| Arc::new(super::curveball::Curveballs::new(s, &self.contract)));
        if let Ok(mut c) = self.curveballs.write() {
            *c = new;
        }
    }

    /// The principals the mock was started with, then those added since.
    pub fn everyone(&self) -> Vec<Principal> {
        let mut all = self.principals.clone();
        all.extend(self.guests.all());
        all
    }

    pub fn principal_by_key(&self, access_key_id: &str) -> Option<&Principal> {
        self.principals
            .iter()
            .find(|p| p.access_key_id == access_key_id)
    }
}
