//! Runs the features against a target — the mock in-process or any URL — over HTTP, exactly as against AWS.
pub mod cast;
pub use cast::Rules;
mod cleanup;
pub(crate) mod cleanup_read;
pub mod compare;
mod context;
mod exclusion;
mod expect;
pub mod fuzz;
pub mod generate;
pub mod lifecycle;
pub mod outcome;
pub mod paging;
pub use crate::spec::path;
pub mod plan;
mod progress;
mod recipe;
mod steps;
mod suite;
mod template;
pub mod verdict;
pub mod world;

use std::{path::PathBuf, sync::Arc, time::Duration};

pub use context::RunContext;
pub use context::scheme_for;
pub use outcome::{FailureKind, RunOutcome, ScenarioOutcome, Status};
pub use suite::{Stop, run_until, tag_filter};
pub use verdict::{Basis, EndpointKind};
pub use world::ConformanceWorld;

use crate::{client::ClientError, spec::Contract, wire::Principal};

/// The check kinds a scenario tag may name; the report's matrix has one column each.
pub const CHECK_KINDS: [&str; 8] = [
    "required",
    "enum",
    "union",
    "constraint",
    "lifecycle",
    "pagination",
    "idempotency",
    "errors",
];

/// What to run, against what.
#[derive(Debug, Clone)]
pub struct RunConfig {
    pub endpoint: String,
    /// A pcc-conformance mock (judged strictly, admin API available) or any other service.
    pub endpoint_kind: EndpointKind,
    /// Why the endpoint is of that kind (given, embedded, or what its health check answered).
    pub endpoint_kind_reason: String,
    /// Drift (members and enum values the model lacks) fails the run against a service too.
    pub strict_drift: bool,
    /// How long one request may take (`--request-timeout`).
    pub request_timeout: Duration,
    pub principals: Vec<Principal>,
    pub catalog: String,
    /// The signing region every service is signed for (`--region`); without it, each service's own from
    /// the catalog.
    pub region: Option<String>,
    pub scheme: crate::wire::sigv4::Scheme,
    pub features: PathBuf,
    /// A tag expression (`@pma and not @slow`).
    pub tags: Option<String>,
    /// Scenarios chosen by name or place, besides the tags.
    pub only: Only,
    pub concurrency: usize,
    pub contract: Arc<Contract>,
    /// Print every step as it runs (cucumber's own output); otherwise the run is quiet.
    pub verbose: bool,
    /// Run `@mutating` scenarios against the `AWS` (production) catalog.
    pub allow_production: bool,
    /// At most this many requests a second.
    pub rate: Option<f64>,
    pub retry: crate::client::RetryPolicy,
    /// Per service, an endpoint replacing `endpoint` (the real Channel and Account endpoints differ).
    pub service_endpoints: std::collections::BTreeMap<String, String>,
    /// Where every attempt goes whole, when a HAR file is asked for.
    pub captures: Option<crate::wire::capture::Captures>,
    /// What every scenario makes up (names, account ids, tokens) is drawn from this seed.
    pub seed: u64,
    /// Per principal from the credential chain, how its session is renewed before it expires.
    pub credentials: crate::client::credentials::Refreshers,
}

/// Scenarios chosen by name (a pattern) or by place (`FILE[:LINE]`, as the console prints a failure).
#[derive(Debug, Clone, Default)]
pub struct Only {
    pub name: Option<regex::Regex>,
    /// A feature file, as a path ending in the file's path from the features folder.
    pub file: Option<String>,
    /// The line of a scenario or of one outline row.
    pub line: Option<usize>,
}

impl Only {
    /// `FILE` or `FILE:LINE`.
    pub fn at(place: &str) -> Result<Only, String> {
        let (file, line) = match place.rsplit_once(':') {
            Some((f, l)) if l.chars().all(|c| c.is_ascii_digit()) && !l.is_empty() => {
                let line = l
                    .parse()
                    .map_err(|_| format!("'{l}' is not a line number"))?;
                (f, Some(line))
            }
            _ => (place, None),
        };
        if !file.ends_with(".feature") {
            return Err(format!(
                "'{place}' names no .feature file (FILE or FILE:LINE)"
            ));
        }
        Ok(Only {
            file: Some(file.trim_start_matches("./").to_string()),
            line,
            ..Only::default()
        })
    }

    /// Whether the scenario at `line` named `name` of the feature file `path` (from the features
    /// folder) is chosen.
    pub fn admits(&self, path: &str, line: usize, name: &str) -> bool {
        let file = self
            .file
            .as_deref()
            .is_none_or(|f| f.ends_with(path) || path.ends_with(f));
        file && self.line.is_none_or(|l| l == line)
            && self.name.as_ref().is_none_or(|re| re.is_match(name))
    }
}

impl RunConfig {
    /// A run against the mock at `endpoint` with the default principals, the Sandbox catalog and SigV4:
    /// what tests and tools start from, changing what they need.
    pub fn for_mock(endpoint: String, features: PathBuf, contract: Arc<Contract>) -> RunConfig {
        RunConfig {
            endpoint,
            endpoint_kind: EndpointKind::Mock,
            endpoint_kind_reason: "the embedded mock".into(),
            strict_drift: false,
            request_timeout: crate::client::DEFAULT_REQUEST_TIMEOUT,
            principals: crate::wire::default_principals(),
            catalog: "Sandbox".into(),
            region: None,
            scheme: crate::wire::sigv4::Scheme::SigV4,
            features,
            tags: None,
            only: Only::default(),
            concurrency: 8,
            contract,
            verbose: false,
            allow_production: false,
            rate: None,
            retry: crate::client::RetryPolicy::STANDARD,
            service_endpoints: Default::default(),
            captures: None,
            seed: generate::fresh_seed(),
            credentials: Default::default(),
        }
    }
}

/// Why a run could not start.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error("--tags '{0}' is not a tag expression: {1}")]
    Tags(String, String),
    #[error("features directory {0} does not exist")]
    Features(String),
    #[error(transparent)]
    Client(#[from] ClientError),
}

/// Runs every selected scenario and returns what happened.
pub async fn run(config: RunConfig) -> Result<RunOutcome, RunError> {
    run_until(config, std::future::pending()).await
}

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_features.rs"));
}

/// The feature files embedded at build time: each path from the features folder, and its text.
pub fn embedded_features() -> &'static [(&'static str, &'static str)] {
    embedded::FEATURES
}

/// Writes the feature files embedded at build time into `dir` (for a binary run away from its source tree).
pub fn extract_embedded_features(dir: &std::path::Path) -> std::io::Result<usize> {
    for (rel, text) in embedded::FEATURES {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(path, text)?;
    }
    Ok(embedded::FEATURES.len())
}
