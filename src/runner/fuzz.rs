//! `fuzz`: requests generated from the contract, sent to any endpoint. A valid request must succeed or fail
//! with an error its operation declares; an invalid one must fail with ValidationException naming the
//! planted violation's path; every answer is checked against the contract. Failures shrink (proptest) to
//! the smallest failing request, reported with the seed that replays it.
use std::{
    sync::Arc,
    time::{Duration, Instant},
};

use proptest::test_runner::{Config, RngSeed, TestCaseError, TestError, TestRunner};
use serde::Serialize;
use serde_json::Value;

use super::{RunContext, cleanup};
use crate::{
    spec::{Operation, generate::Options},
    wire::Principal,
};

/// What to fuzz.
#[derive(Debug, Clone)]
pub struct FuzzConfig {
    /// Cases per operation (half valid, half invalid).
    pub cases: u32,
    pub seed: u64,
    /// Operation names; empty for all.
    pub operations: Vec<String>,
    /// Random sequences per lifecycle to check against the reference model (0: none).
    pub lifecycle_cases: u32,
}

/// A failure, shrunk.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FuzzFailure {
    pub operation: String,
    /// `valid` or `invalid`.
    pub kind: String,
    pub reason: String,
    /// The smallest request that still fails.
    pub minimal_request: Value,
    pub seed: u64,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FuzzOutcome {
    pub operations: usize,
    pub cases: u64,
    pub requests: u64,
    pub duration_ms: u64,
    pub failures: Vec<FuzzFailure>,
    pub skipped: Vec<String>,
    pub lifecycle_cases: u32,
    /// The shortest failing lifecycle sequence, if any.
    pub lifecycle_failure: Option<super::lifecycle::LifecycleFailure>,
}

/// Checks each lifecycle the endpoint can be asked about; the sequences run and the first failure.
async fn lifecycles(
    ctx: &Arc<RunContext>,
    config: &FuzzConfig,
    skipped: &mut Vec<String>,
) -> (u32, Option<super::lifecycle::LifecycleFailure>) {
    let mut cases = 0;
    if config.lifecycle_cases == 0 {
        return (0, None);
    }
    for lifecycle in ctx.contract.catalog.lifecycles.clone() {
        let why = match super::lifecycle::unavailable(ctx, &lifecycle) {
            _ if !ctx.mutations_allowed => Some(format!(
                "the {} lifecycle: mutating, not run against the AWS catalog without --allow-production",
                lifecycle.resource
            )),
            why => why,
        };
        if let Some(why) = why {
            skipped.push(why);
            continue;
        }
        cases += config.lifecycle_cases;
        let failure = super::lifecycle::check_one(
            ctx.clone(),
            lifecycle,
            config.lifecycle_cases,
            config.seed,
        )
        .await;
        if failure.is_some() {
            return (cases, failure);
        }
    }
    (cases, None)
}

/// Sends one request and judges the answer; `expect` names the planted violation's path, if any.
fn judge(
    ctx: &Arc<RunContext>,
    principal: &Principal,
    op: &Operation,
    request: &Value,
    expect: Option<&str>,
    handle: &tokio::runtime::Handle,
) -> Result<(), TestCaseError> {
    let before = handle.block_on(ctx.snapshot(principal, op, request));
    let exchange = handle
        .block_on(ctx.call(principal, op, request))
        .map_err(|e| TestCaseError::fail(format!("no answer: {e}")))?;
    let r = &exchange.response;
    let violations = ctx.check(op, &exchange).violations;
    if !violations.is_empty() {
        let text: Vec<String> = violations.iter().map(ToString::to_string).collect();
        return Err(TestCaseError::fail(format!(
            "contract violation in the answer: {}",
            text.join("; ")
        )));
    }
    // Whatever a case creates is deleted at once, valid or not, so cases (and shrinking) stay independent.
    if r.is_success() && op.cleanup.is_some() {
        let created = super::world::Created {
            id: 0,
            operation: op.name.clone(),
            principal: principal.name.clone(),
            request: request.clone(),
            response: r.json.clone().unwrap_or(Value::Null),
            before,
        };
        handle.block_on(cleanup::undo(ctx, vec![created]));
    }
    match expect {
        None => accepted(r),
        Some(path) => refused_naming(r, path),
    }
}

/// A valid request succeeds or fails with a declared error (checked before); a request-shape
/// ValidationException means the service refused a request the contract calls valid.
fn accepted(r: &crate::wire::Response) -> Result<(), TestCaseError> {
    if r.is_success() {
        return Ok(());
    }
    let reason = r.error_reason();
    if r.error_type.as_deref() == Some("ValidationException")
        && reason == Some("REQUEST_VALIDATION_FAILED")
    {
        return Err(TestCaseError::fail(format!(
            "a valid request was refused: {}",
            r.error_message().unwrap_or_default()
        )));
    }
    Ok(())
}

/// An invalid request gets a ValidationException that names the member where the violation was planted.
fn refused_naming(r: &crate::wire::Response, path: &str) -> Result<(), TestCaseError> {
    if r.error_type.as_deref() != Some("ValidationException") {
        return Err(TestCaseError::fail(format!(
            "an invalid request (violation at '{path}') got {} {}",
            r.status,
            r.error_type.clone().unwrap_or_else(|| "success".into())
        )));
    }
    let named = r.error_fields().iter().any(|name| {
        name == path
            || name.starts_with(&format!("{path}."))
            || name.starts_with(&format!("{path}["))
    });
    if named {
        return Ok(());
    }
    Err(TestCaseError::fail(format!(
        "ValidationException does not name '{path}': {}",
        r.error_message().unwrap_or_default()
    )))
}

fn fuzz_operation(
    ctx: Arc<RunContext>,
    op: Operation,
    config: &FuzzConfig,
    handle: tokio::runtime::Handle,
) -> Vec<FuzzFailure> {
    let Some(principal) = ctx.principals.first().cloned() else {
        return Vec::new();
    };
    let catalog = if ctx.catalog == "AWS" {
        "AWS"
    } else {
        "Sandbox"
    };
    let options = Options { catalog };
    let salt = op
        .name
        .bytes()
        .fold(0u64, |h, b| h.wrapping_mul(31).wrapping_add(b as u64));
    let runner = |salt: u64| {
        TestRunner::new(Config {
            cases: (config.cases / 2).max(1),
            rng_seed: RngSeed::Fixed(config.seed ^ salt),
            failure_persistence: None,
            max_shrink_iters: 256,
            ..Config::default()
        })
    };
    let failure = |kind: String, reason: String, minimal_request: Value| FuzzFailure {
        operation: op.name.clone(),
        kind,
        reason,
        minimal_request,
        seed: config.seed,
    };
    let valid = runner(salt).run(&ctx.contract.valid_requests(&op, options), |req| {
        judge(&ctx, &principal, &op, &req, None, &handle)
    });
    let invalid =
        runner(salt.rotate_left(7)).run(&ctx.contract.invalid_requests(&op, options), |inv| {
            judge(
                &ctx,
                &principal,
                &op,
                &inv.request,
                Some(&inv.planted.path),
                &handle,
            )
        });
    let valid = ended(valid, "valid", |minimal| ("valid".into(), minimal));
    let invalid = ended(invalid, "invalid", |minimal| {
        let kind = format!(
            "invalid ({} at {})",
            minimal.planted.rule, minimal.planted.path
        );
        (kind, minimal.request)
    });
    valid
        .into_iter()
        .chain(invalid)
        .map(|(kind, reason, minimal)| failure(kind, reason, minimal))
        .collect()
}

/// How a property run ended, when it failed: the failure's kind, reason and minimal request. A run that
/// could not generate its cases is a failure too.
fn ended<T: std::fmt::Debug>(
    result: Result<(), TestError<T>>,
    what: &str,
    minimal: impl Fn(T) -> (String, Value),
) -> Option<(String, String, Value)> {
    match result {
        Ok(()) => None,
        Err(TestError::Fail(reason, case)) => {
            let (kind, request) = minimal(case);
            Some((kind, reason.to_string(), request))
        }
        Err(TestError::Abort(why)) => Some((
            what.to_string(),
            format!("could not generate {what} requests: {why}"),
            Value::Null,
        )),
    }
}

/// Fuzzes every selected operation, operations in parallel. Mutating operations follow the run's safety
/// rules (none against the AWS catalog without --allow-production) and what they create is deleted.
pub async fn fuzz(ctx: Arc<RunContext>, config: FuzzConfig) -> FuzzOutcome {
    let started = Instant::now();
    let mut skipped = Vec::new();
    let mut tasks = Vec::new();
    for op in ctx.contract.catalog.operations.clone() {
        if !config.operations.is_empty() && !config.operations.contains(&op.name) {
            continue;
        }
        if op.mutating && !ctx.mutations_allowed {
            skipped.push(format!(
                "{}: mutating, not run against the AWS catalog without --allow-production",
                op.name
            ));
            continue;
        }
        let (ctx, config, handle) = (
            ctx.clone(),
            config.clone(),
            tokio::runtime::Handle::current(),
        );
        let (name, seed) = (op.name.clone(), config.seed);
        let task = tokio::task::spawn_blocking(move || fuzz_operation(ctx, op, &config, handle));
        tasks.push((name, seed, task));
    }
    let operations = tasks.len();
    let mut failures = Vec::new();
    for (operation, seed, t) in tasks {
        match t.await {
            Ok(f) => failures.extend(f),
            // A check that stopped part-way judged nothing: that is a failure, not a pass.
            Err(e) => failures.push(FuzzFailure {
                operation,
                kind: "harness".into(),
                reason: format!("the check of this operation stopped: {e}"),
                minimal_request: Value::Null,
                seed,
            }),
        }
    }
    let (lifecycle_cases, lifecycle_failure) = lifecycles(&ctx, &config, &mut skipped).await;
    ctx.settle(Duration::from_secs(30)).await;
    FuzzOutcome {
        lifecycle_cases,
        lifecycle_failure,
        operations,
        cases: operations as u64 * u64::from((config.cases / 2).max(1)) * 2,
        requests: ctx.client_requests(),
        duration_ms: started.elapsed().as_millis() as u64,
        failures,
        skipped,
    }
}
