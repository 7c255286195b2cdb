//! What every scenario of a run shares: the contract, the client, the principals, the judging rules,
//! and what the run created and has not deleted yet.
use std::{
    sync::{
        Arc, Mutex,
        atomic::{AtomicU64, AtomicUsize, Ordering},
    },
    time::{Duration, Instant},
};

use serde_json::Value;

use super::{
    RunConfig, RunError,
    verdict::{Drift, Judging},
    world,
};
use crate::{
    client::{Attempt, Client, ClientError, Exchange, Target},
    spec::{Contract, Operation, Violation},
    wire::Principal,
};

/// Every attempt's answer to one call, checked against the contract.
#[derive(Debug, Default)]
pub struct Checked {
    /// Violations that fail (drift among them when the judging makes drift hard).
    pub violations: Vec<Violation>,
    /// Members and enum values the model lacks, when drift is not hard.
    pub drift: Vec<Drift>,
    /// Per attempt, in order (retried ones first), the violations its answer made.
    pub per_attempt: Vec<Vec<Violation>>,
}

/// The run's retries. A mock answers at once and does not recover with time, so against a mock a
/// retry waits for nothing: the same attempts, no wall-clock backoff, no header honoured.
fn retry_policy(config: &RunConfig) -> crate::client::RetryPolicy {
    match config.endpoint_kind {
        super::EndpointKind::Mock => crate::client::RetryPolicy {
            throttling_base: Duration::ZERO,
            transient_base: Duration::ZERO,
            cap: Duration::ZERO,
            retry_after_extra: Duration::ZERO,
            ..config.retry
        },
        super::EndpointKind::Service => config.retry,
    }
}

/// Where each service is reached and how it is signed: its endpoint, the catalog's signing region (or
/// `--region`), and the run's scheme where the service's model lists it (SigV4 otherwise).
fn target(config: &RunConfig) -> Target {
    let services = &config.contract.catalog.services;
    let first_region = services.values().next().map(|s| s.signing_region.clone());
    let region = config
        .region
        .clone()
        .or(first_region)
        .unwrap_or_else(|| "us-east-1".into());
    let mut target = Target::single(config.endpoint.clone(), region, config.scheme);
    target.service_endpoints = config.service_endpoints.clone();
    for (key, s) in services {
        let region = config
            .region
            .clone()
            .unwrap_or_else(|| s.signing_region.clone());
        target.service_regions.insert(key.clone(), region);
        target
            .service_schemes
            .insert(key.clone(), scheme_for(config.scheme, s));
    }
    target
}

/// The scheme a service is signed with: the one asked for, where the service's model lists it.
pub fn scheme_for(
    asked: crate::wire::sigv4::Scheme,
    service: &crate::spec::Service,
) -> crate::wire::sigv4::Scheme {
    let listed = service.auth_schemes.iter().any(|a| a == asked.as_str());
    if listed || service.auth_schemes.is_empty() {
        asked
    } else {
        crate::wire::sigv4::Scheme::SigV4
    }
}

#[derive(Debug)]
pub struct RunContext {
    pub contract: Arc<Contract>,
    pub client: Client,
    pub principals: Vec<Principal>,
    pub catalog: String,
    pub endpoint: String,
    /// The endpoint is a pcc-conformance mock: its admin API (clock, seeding) may be used.
    pub against_mock: bool,
    /// The run's seed, which with a scenario's place seeds what the scenario makes up.
    pub seed: u64,
    /// How mismatches are weighed.
    pub judging: Judging,
    /// Whether mutating calls may be made (not against the AWS catalog unless allowed).
    pub mutations_allowed: bool,
    /// Every secret the run knows, for redaction.
    pub secrets: Vec<String>,
    /// What the run created and has not deleted yet, for cleanup after an interruption.
    pub live: Mutex<Vec<world::Created>>,
    /// Calls under way.
    pub in_flight: AtomicUsize,
    /// Calls made.
    pub requests: AtomicU64,
    /// When the run began: scenarios' start times are counted from it.
    pub began: std::time::Instant,
    /// Principals the mock added for a scenario (`Given the mock has a principal …`), by their unique name.
    pub guests: Mutex<Vec<Principal>>,
    /// What running scenarios hold of the resource families they touch.
    pub locks: super::exclusion::Locks,
    /// The features folder, resolved: reports name feature files from it.
    pub features: std::path::PathBuf,
}

impl RunContext {
    /// The context of a run: a client with the run's retries, pacing and timeout, principals, safety settings.
    pub fn new(config: &RunConfig) -> Result<Arc<RunContext>, RunError> {
        let contract = config.contract.clone();
        let classifier: crate::client::RetryClassifier =
            Arc::new(move |op, error| contract.catalog.retryable(op, error));
        let target = target(config);
        let mut client = Client::with_timeout(target, config.request_timeout)?
            .with_retries(retry_policy(config), classifier)
            .with_credentials(config.credentials.clone());
        if let Some(rate) = config.rate {
            client = client.with_rate(rate);
        }
        if let Some(captures) = &config.captures {
            client = client.with_captures(captures.clone());
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
            against_mock: config.endpoint_kind == super::EndpointKind::Mock,
            seed: config.seed,
            judging: Judging {
                kind: config.endpoint_kind,
                strict_drift: config.strict_drift,
            },
            mutations_allowed: config.catalog != "AWS" || config.allow_production,
            secrets,
            live: Mutex::default(),
            in_flight: Default::default(),
            requests: Default::default(),
            began: std::time::Instant::now(),
            guests: Mutex::default(),
            locks: super::exclusion::Locks::new(config.concurrency),
            features: std::fs::canonicalize(&config.features)
                .unwrap_or_else(|_| config.features.clone()),
        }))
    }

    /// Checks the answer of every attempt of `exchange` (retried ones too) against the contract, and
    /// sets drift apart unless the judging makes it hard.
    pub fn check(&self, op: &Operation, exchange: &Exchange) -> Checked {
        // An attempt that something in front of the service answered (a load balancer's HTML 503) is
        // recorded as transient; only the service's own answers are judged.
        let answers = exchange
            .earlier
            .iter()
            .map(|a| match a {
                Attempt::Answered(r) => Some(r),
                Attempt::Unanswered(_) => None,
            })
            .chain(std::iter::once(Some(&exchange.response)));
        let mut checked = Checked::default();
        for answer in answers {
            let found = answer
                .filter(|r| !r.observed().is_infrastructure())
                .map(|r| self.contract.check_exchange(op, &r.observed()))
                .unwrap_or_default();
            let mut broke = Vec::new();
            for v in found {
                match Drift::from_violation(&v) {
                    Some(d) if !self.judging.drift_is_hard() => checked.drift.push(d),
                    _ => broke.push(v),
                }
            }
            checked.violations.extend(broke.iter().cloned());
            checked.per_attempt.push(broke);
        }
        checked
    }

    /// How many calls the run has made.
    pub fn client_requests(&self) -> u64 {
        self.requests.load(Ordering::Relaxed)
    }

    pub fn operation(&self, name: &str) -> &Operation {
        match self.contract.operation(name) {
            Some(op) => op,
            None => panic!("the contract has no operation named {name}"),
        }
    }

    /// The principal named `name`: one the run was given, or one the mock added for a scenario.
    pub fn principal(&self, name: &str) -> Option<Principal> {
        if let Some(p) = self.principals.iter().find(|p| p.name == name) {
            return Some(p.clone());
        }
        let guests = self.guests.lock().ok()?;
        guests.iter().find(|p| p.name == name).cloned()
    }

    /// Keeps a principal the mock added, so its calls and the cleanup of what it made can be signed.
    pub fn add_guest(&self, principal: Principal) {
        if let Ok(mut guests) = self.guests.lock() {
            guests.push(principal);
        }
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
        let (ctx, principal, op, body) =
            (self.clone(), principal.clone(), op.clone(), body.clone());
        self.in_flight.fetch_add(1, Ordering::SeqCst);
        let task = tokio::spawn(async move {
            let before = ctx.snapshot(&principal, &op, &body).await;
            let result = ctx.call(&principal, &op, &body).await;
            let created = match &result {
                Ok(e) if e.response.is_success() && op.cleanup.is_some() => {
                    Some(ctx.record_created(&principal, &op, &body, e, before))
                }
                _ => None,
            };
            ctx.in_flight.fetch_sub(1, Ordering::SeqCst);
            result.map(|e| (e, created))
        });
        match task.await {
            Ok(r) => r,
            Err(e) => Err(ClientError::Request(format!("the call's task failed: {e}"))),
        }
    }

    /// What `op`'s cleanup needs read before the call (its `snapshot`), or null.
    pub async fn snapshot(&self, principal: &Principal, op: &Operation, body: &Value) -> Value {
        let Some(lookup) = op.cleanup.as_ref().and_then(|c| c.snapshot.as_ref()) else {
            return Value::Null;
        };
        let Some(read) = self.contract.operation(&lookup.operation) else {
            return Value::Null;
        };
        let request = Value::Object(super::recipe::Sources::request(body).members(&lookup.members));
        match self.call(principal, read, &request).await {
            Ok(e) if e.response.is_success() => e.response.json.unwrap_or(Value::Null),
            _ => Value::Null,
        }
    }

    fn record_created(
        &self,
        principal: &Principal,
        op: &Operation,
        body: &Value,
        exchange: &Exchange,
        before: Value,
    ) -> world::Created {
        static NEXT: AtomicU64 = AtomicU64::new(1);
        let created = world::Created {
            id: NEXT.fetch_add(1, Ordering::Relaxed),
            operation: op.name.clone(),
            principal: principal.name.clone(),
            request: body.clone(),
            response: exchange.response.json.clone().unwrap_or(Value::Null),
            before,
        };
        if let Ok(mut live) = self.live.lock() {
            live.push(created.clone());
        }
        created
    }

    /// Waits (at most `limit`) for calls still under way to finish.
    pub async fn settle(&self, limit: Duration) {
        let deadline = Instant::now() + limit;
        while self.in_flight.load(Ordering::SeqCst) > 0 && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    pub async fn call(
        &self,
        principal: &Principal,
        op: &Operation,
        body: &Value,
    ) -> Result<Exchange, ClientError> {
        self.requests.fetch_add(1, Ordering::Relaxed);
        let signing = self
            .contract
            .catalog
            .service_of(op)
            .map(|s| s.signing_name.clone())
            .unwrap_or_default();
        self.client.call(principal, op, &signing, body).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{client::RetryPolicy, runner::EndpointKind};

    #[test]
    fn against_a_mock_retries_do_not_wait_and_against_a_service_they_back_off() {
        let mock = RunConfig::for_mock(
            "http://127.0.0.1:9".into(),
            Default::default(),
            Contract::embedded(),
        );
        let policy = retry_policy(&mock);
        assert_eq!(policy.max_attempts, RetryPolicy::STANDARD.max_attempts);
        assert_eq!(
            policy.wait(3, true, Some("4000"), 0.9).ms,
            0,
            "no wait, no header"
        );
        let service = RunConfig {
            endpoint_kind: EndpointKind::Service,
            ..mock
        };
        assert_eq!(retry_policy(&service), RetryPolicy::STANDARD);
    }
}
