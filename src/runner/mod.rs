//! Runs the features against a target — the mock in-process or any URL — over HTTP, exactly as against AWS.
mod cleanup;
pub mod fuzz;
pub mod lifecycle;
pub mod outcome;
pub mod path;
mod progress;
mod steps;
pub mod world;

use std::{
    path::PathBuf,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use cucumber::{World as _, WriterExt as _, event::ScenarioFinished, gherkin, tag::Ext as _};
use serde_json::Value;

pub use outcome::{FailureKind, RunOutcome, ScenarioOutcome, Status};
pub use world::ConformanceWorld;

use crate::{
    client::{Client, ClientError, Exchange, Target},
    spec::{Contract, Operation},
    wire::Principal,
};

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
    pub against_mock: bool,
    pub principals: Vec<Principal>,
    pub catalog: String,
    pub region: String,
    pub scheme: crate::wire::sigv4::Scheme,
    pub features: PathBuf,
    /// A tag expression (`@pma and not @slow`).
    pub tags: Option<String>,
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
}

impl RunConfig {
    /// A run against the mock at `endpoint` with the default principals, the Sandbox catalog and SigV4:
    /// what tests and tools start from, changing what they need.
    pub fn for_mock(endpoint: String, features: PathBuf, contract: Arc<Contract>) -> RunConfig {
        RunConfig {
            endpoint,
            against_mock: true,
            principals: crate::wire::default_principals(),
            catalog: "Sandbox".into(),
            region: "us-east-1".into(),
            scheme: crate::wire::sigv4::Scheme::SigV4,
            features,
            tags: None,
            concurrency: 8,
            contract,
            verbose: false,
            allow_production: false,
            rate: None,
            retry: crate::client::RetryPolicy::STANDARD,
            service_endpoints: Default::default(),
        }
    }
}

/// Why a run could not start.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error("invalid --tags expression '{0}': {1}")]
    Tags(String, String),
    #[error("features directory {0} does not exist")]
    Features(String),
    #[error(transparent)]
    Client(#[from] ClientError),
}

/// What every scenario of a run shares.
#[derive(Debug)]
pub struct RunContext {
    pub contract: Arc<Contract>,
    pub client: Client,
    pub principals: Vec<Principal>,
    pub catalog: String,
    pub endpoint: String,
    pub against_mock: bool,
    /// Whether mutating calls may be made (not against the AWS catalog unless allowed).
    pub mutations_allowed: bool,
    /// Every secret the run knows, for redaction.
    pub secrets: Vec<String>,
    /// What the run created and has not deleted yet, for cleanup after an interruption.
    pub live: Mutex<Vec<world::Created>>,
    /// Calls under way.
    pub in_flight: std::sync::atomic::AtomicUsize,
    /// Calls made.
    pub requests: std::sync::atomic::AtomicU64,
}

impl RunContext {
    /// The context of a run: a client with the run's retries and pacing, principals, safety settings.
    pub fn new(config: &RunConfig) -> Result<Arc<RunContext>, RunError> {
        let contract = config.contract.clone();
        let classifier: crate::client::RetryClassifier =
            Arc::new(move |op, error| contract.catalog.retryable(op, error));
        let target = Target {
            endpoint: config.endpoint.clone(),
            region: config.region.clone(),
            scheme: config.scheme,
            service_endpoints: config.service_endpoints.clone(),
        };
        let mut client = Client::new(target)?.with_retries(config.retry, classifier);
        if let Some(rate) = config.rate {
            client = client.with_rate(rate);
        }
        let mut secrets: Vec<String> = Vec::new();
        for p in &config.principals {
            secrets.push(p.secret_access_key.clone());
            secrets.extend(p.session_token.clone());
        }
        Ok(Arc::new(RunContext {
            contract: config.contract.clone(),
            client,
            principals: config.principals.clone(),
            catalog: config.catalog.clone(),
            endpoint: config.endpoint.clone(),
            against_mock: config.against_mock,
            mutations_allowed: config.catalog != "AWS" || config.allow_production,
            secrets,
            live: Mutex::default(),
            in_flight: Default::default(),
            requests: Default::default(),
        }))
    }

    /// How many calls the run has made.
    pub fn client_requests(&self) -> u64 {
        self.requests.load(std::sync::atomic::Ordering::Relaxed)
    }

    pub fn operation(&self, name: &str) -> &Operation {
        match self.contract.operation(name) {
            Some(op) => op,
            None => panic!("the contract has no operation named {name}"),
        }
    }

    pub fn principal(&self, name: &str) -> Option<&Principal> {
        self.principals.iter().find(|p| p.name == name)
    }

    pub fn principal_names(&self) -> String {
        self.principals
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Calls `op` in a task of its own, so that the call completes, and what it creates is recorded as
    /// live, even when the scenario awaiting it is abandoned (an interrupted run).
    pub async fn tracked_call(
        self: &Arc<Self>,
        principal: &Principal,
        op: &Operation,
        body: &Value,
    ) -> Result<(Exchange, Option<world::Created>), ClientError> {
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        let (ctx, principal, op, body) =
            (self.clone(), principal.clone(), op.clone(), body.clone());
        self.in_flight
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let task = tokio::spawn(async move {
            let result = ctx.call(&principal, &op, &body).await;
            let created = match &result {
                Ok(e) if e.response.is_success() && op.cleanup.is_some() => {
                    let created = world::Created {
                        id: NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
                        operation: op.name.clone(),
                        principal: principal.name.clone(),
                        request: body.clone(),
                        response: e.response.json.clone().unwrap_or(Value::Null),
                    };
                    if let Ok(mut live) = ctx.live.lock() {
                        live.push(created.clone());
                    }
                    Some(created)
                }
                _ => None,
            };
            ctx.in_flight
                .fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
            result.map(|e| (e, created))
        });
        match task.await {
            Ok(r) => r,
            Err(e) => Err(ClientError::Request(format!("the call's task failed: {e}"))),
        }
    }

    /// Waits (at most `limit`) for calls still under way to finish.
    pub async fn settle(&self, limit: Duration) {
        let deadline = Instant::now() + limit;
        while self.in_flight.load(std::sync::atomic::Ordering::SeqCst) > 0
            && Instant::now() < deadline
        {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    pub async fn call(
        &self,
        principal: &Principal,
        op: &Operation,
        body: &Value,
    ) -> Result<Exchange, ClientError> {
        self.requests
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let signing = self
            .contract
            .catalog
            .service_of(op)
            .map(|s| s.signing_name.clone())
            .unwrap_or_default();
        self.client.call(principal, op, &signing, body).await
    }
}

fn plain_tags(tags: &[String]) -> Vec<String> {
    tags.iter()
        .map(|t| t.trim_start_matches('@').to_string())
        .collect()
}

/// Runs every selected scenario and returns what happened.
pub async fn run(config: RunConfig) -> Result<RunOutcome, RunError> {
    run_until(config, std::future::pending()).await
}

/// Why a selected scenario was not run (it is listed as skipped in the report).
fn skip_reason(
    tags: &[String],
    against_mock: bool,
    mutations_allowed: bool,
) -> Option<&'static str> {
    if !against_mock && tags.iter().any(|t| t == "mock-only") {
        return Some("@mock-only: needs the mock's admin API");
    }
    if !mutations_allowed && tags.iter().any(|t| t == "mutating") {
        return Some("@mutating: not run against the AWS catalog without --allow-production");
    }
    None
}

/// Runs every selected scenario until they are done or `stop` resolves (Ctrl-C); either way, deletes
/// what the run created before returning.
pub async fn run_until(
    config: RunConfig,
    stop: impl std::future::Future<Output = ()>,
) -> Result<RunOutcome, RunError> {
    if !config.features.exists() {
        return Err(RunError::Features(config.features.display().to_string()));
    }
    let filter: Option<gherkin::tagexpr::TagOperation> = match &config.tags {
        Some(expr) => Some(
            expr.parse()
                .map_err(|e| RunError::Tags(expr.clone(), format!("{e:?}")))?,
        ),
        None => None,
    };
    let ctx = RunContext::new(&config)?;
    let mutations_allowed = ctx.mutations_allowed;
    let started_at = crate::wire::iso8601(time::OffsetDateTime::now_utc());
    let started = Instant::now();
    let outcomes: Arc<Mutex<Vec<ScenarioOutcome>>> = Arc::default();
    let leftovers: Arc<Mutex<Vec<outcome::Leftover>>> = Arc::default();
    let scenario_starts: Arc<Mutex<std::collections::HashMap<(String, usize), Instant>>> =
        Arc::default();

    let before_ctx = ctx.clone();
    let before_starts = scenario_starts.clone();
    let after_ctx = ctx.clone();
    let after_outcomes = outcomes.clone();
    let filter_outcomes = outcomes.clone();
    let after_leftovers = leftovers.clone();
    let after_starts = scenario_starts.clone();
    let against_mock = config.against_mock;
    let progress = progress::Progress::new(!config.verbose);
    let after_progress = progress.clone();

    let out: Box<dyn std::io::Write> = if config.verbose {
        Box::new(std::io::stdout())
    } else {
        Box::new(std::io::sink())
    };
    let cucumber = ConformanceWorld::cucumber()
        .with_writer(
            cucumber::writer::Basic::new(
                out,
                cucumber::writer::Coloring::Auto,
                cucumber::writer::Verbosity::Default,
            )
            .summarized(),
        )
        .with_default_cli()
        .max_concurrent_scenarios(config.concurrency.max(1))
        .fail_on_skipped()
        .before(move |feature, _rule, scenario, world| {
            let ctx = before_ctx.clone();
            let starts = before_starts.clone();
            let key = (feature.name.clone(), scenario.position.line);
            Box::pin(async move {
                if let Ok(mut s) = starts.lock() {
                    s.insert(key, Instant::now());
                }
                world.ctx = Some(ctx);
            })
        })
        .after(move |feature, _rule, scenario, finished, world| {
            let ctx = after_ctx.clone();
            let outcomes = after_outcomes.clone();
            let leftovers = after_leftovers.clone();
            let starts = after_starts.clone();
            let progress = after_progress.clone();
            let feature_name = feature.name.clone();
            let feature_path = feature
                .path
                .as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            let mut tags = plain_tags(&feature.tags);
            tags.extend(plain_tags(&scenario.tags));
            let name = scenario.name.clone();
            let line = scenario.position.line;
            let (mut status, failure) = classify(finished, world.as_deref());
            // Against a real endpoint, an inferred rule that does not hold is advice, not a contract failure.
            if status == Status::Failed && !against_mock && tags.iter().any(|t| t == "inferred") {
                status = Status::Advisory;
            }
            Box::pin(async move {
                let (exchanges, violations, created) = match world {
                    Some(w) => (
                        std::mem::take(&mut w.exchanges),
                        std::mem::take(&mut w.violations),
                        std::mem::take(&mut w.created),
                    ),
                    None => Default::default(),
                };
                let left = cleanup::undo(&ctx, created).await;
                if let Ok(mut l) = leftovers.lock() {
                    l.extend(left);
                }
                let duration = starts
                    .lock()
                    .ok()
                    .and_then(|s| s.get(&(feature_name.clone(), line)).map(Instant::elapsed))
                    .unwrap_or(Duration::ZERO);
                let operations = tags
                    .iter()
                    .filter_map(|t| t.strip_prefix("op:").map(str::to_string))
                    .collect();
                let checks = tags
                    .iter()
                    .filter(|t| CHECK_KINDS.contains(&t.as_str()))
                    .cloned()
                    .collect();
                progress.done(status);
                let outcome = ScenarioOutcome {
                    feature: feature_name,
                    feature_path,
                    name,
                    line,
                    tags,
                    operations,
                    checks,
                    status,
                    failure: failure.map(|f| outcome::Failure {
                        message: outcome::redact(&f.message, &ctx.secrets),
                        ..f
                    }),
                    skip_reason: None,
                    violations,
                    exchanges,
                    duration,
                };
                if let Ok(mut o) = outcomes.lock() {
                    o.push(outcome);
                }
            })
        })
        .filter_run(config.features.clone(), move |feature, rule, scenario| {
            let mut tags = plain_tags(&feature.tags);
            tags.extend(rule.map(|r| plain_tags(&r.tags)).unwrap_or_default());
            tags.extend(plain_tags(&scenario.tags));
            if !filter.as_ref().is_none_or(|f| f.eval(tags.iter())) {
                return false;
            }
            let Some(reason) = skip_reason(&tags, against_mock, mutations_allowed) else {
                return true;
            };
            let skipped = ScenarioOutcome {
                feature: feature.name.clone(),
                feature_path: feature
                    .path
                    .as_ref()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default(),
                name: scenario.name.clone(),
                line: scenario.position.line,
                operations: tags
                    .iter()
                    .filter_map(|t| t.strip_prefix("op:").map(str::to_string))
                    .collect(),
                checks: tags
                    .iter()
                    .filter(|t| CHECK_KINDS.contains(&t.as_str()))
                    .cloned()
                    .collect(),
                tags,
                status: Status::Skipped,
                failure: None,
                skip_reason: Some(reason.to_string()),
                violations: Vec::new(),
                exchanges: Vec::new(),
                duration: Duration::ZERO,
            };
            if let Ok(mut o) = filter_outcomes.lock()
                && !o
                    .iter()
                    .any(|x| x.feature_path == skipped.feature_path && x.line == skipped.line)
            {
                o.push(skipped);
            }
            false
        });

    let mut runner_errors = Vec::new();
    let interrupted = tokio::select! {
        writer = cucumber => {
            use cucumber::writer::Stats as _;
            if writer.parsing_errors() > 0 {
                runner_errors.push(format!("{} feature file(s) could not be parsed", writer.parsing_errors()));
            }
            if writer.hook_errors() > 0 {
                runner_errors.push(format!("{} hook(s) failed", writer.hook_errors()));
            }
            false
        }
        _ = stop => true,
    };
    progress.finish();
    if interrupted {
        runner_errors.push("the run was interrupted; what it had created was deleted".into());
    }
    // Calls under way when the run was interrupted finish first (within reason), so that what they
    // created is known; then whatever is still recorded as live is deleted.
    ctx.settle(Duration::from_secs(60)).await;
    let remaining: Vec<world::Created> = ctx
        .live
        .lock()
        .map(|mut l| std::mem::take(&mut *l))
        .unwrap_or_default();
    let left = cleanup::undo(&ctx, remaining).await;
    let mut scenarios = outcomes.lock().map(|o| o.clone()).unwrap_or_default();
    scenarios.sort_by(|a, b| {
        a.feature_path
            .cmp(&b.feature_path)
            .then(a.line.cmp(&b.line))
    });
    if scenarios.is_empty() {
        runner_errors.push("no scenario was selected".into());
    }
    let mut leftovers = leftovers.lock().map(|l| l.clone()).unwrap_or_default();
    leftovers.extend(left);
    Ok(RunOutcome {
        endpoint: config.endpoint,
        against_mock: config.against_mock,
        catalog: config.catalog,
        region: config.region,
        started_at,
        duration: started.elapsed(),
        scenarios,
        leftovers,
        runner_errors,
    })
}

fn classify(
    finished: &ScenarioFinished,
    world: Option<&ConformanceWorld>,
) -> (Status, Option<outcome::Failure>) {
    match finished {
        ScenarioFinished::StepPassed => (Status::Passed, None),
        ScenarioFinished::StepSkipped => (
            Status::Failed,
            Some(outcome::Failure {
                kind: FailureKind::Setup,
                step: String::new(),
                message: "a step has no matching step definition".into(),
            }),
        ),
        ScenarioFinished::BeforeHookFailed(info) => (
            Status::Failed,
            Some(outcome::Failure {
                kind: FailureKind::Setup,
                step: "before hook".into(),
                message: panic_text(info),
            }),
        ),
        ScenarioFinished::StepFailed(_, _, err) => {
            let contract = world.is_some_and(|w| !w.violations.is_empty());
            let kind = if contract {
                FailureKind::Contract
            } else {
                FailureKind::Assertion
            };
            (
                Status::Failed,
                Some(outcome::Failure {
                    kind,
                    step: String::new(),
                    message: err.to_string(),
                }),
            )
        }
    }
}

fn panic_text(info: &cucumber::event::Info) -> String {
    info.downcast_ref::<String>()
        .cloned()
        .or_else(|| info.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "a hook panicked".into())
}

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_features.rs"));
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
