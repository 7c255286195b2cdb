//! Stateful testing of every lifecycle the catalog describes (handshakes, invitations) against any
//! endpoint: random sequences of creates and moves (and, on the mock, the clock moving) by sender,
//! receiver and outsider, each answer compared with the reference model. A failure shrinks to the
//! shortest sequence that still fails. What each lifecycle's operations, bodies, parties and refusals
//! are comes from `schemas/catalog.json`, so a new lifecycle needs no code here.
mod driver;
pub mod model;

use std::{collections::BTreeMap, fmt, sync::Arc};

use proptest::{
    prelude::*,
    test_runner::{Config, RngSeed, TestCaseError, TestError, TestRunner},
};
use serde::Serialize;

pub use driver::{Endpoint, Setting};
pub use model::{Answer, Item, Model, Party};

use self::driver::{Driver, Http, failed};
use super::RunContext;
use crate::spec::lifecycle::Lifecycle;

/// One step of a sequence. Kinds and moves are indexes into the lifecycle's lists; items are taken
/// modulo the number made so far.
#[derive(Clone, Serialize)]
pub enum Action {
    Create(usize, Party),
    /// A move (`accept`, `reject`, ...) of an item, by a party.
    Move {
        transition: usize,
        name: String,
        item: usize,
        by: Party,
    },
    /// Days the clock moves (the mock only).
    Advance(i64),
}

/// `Create(1, Sender)`, `Accept(#3 by Receiver)`, `Advance(30)`: short enough to read in a failure.
impl fmt::Debug for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Action::Create(kind, by) => write!(f, "Create({kind}, {by:?})"),
            Action::Move { name, item, by, .. } => {
                let mut c = name.chars();
                let title: String = c
                    .next()
                    .map(|h| h.to_ascii_uppercase())
                    .into_iter()
                    .chain(c)
                    .collect();
                write!(f, "{title}(#{item} by {by:?})")
            }
            Action::Advance(days) => write!(f, "Advance({days})"),
        }
    }
}

pub fn party() -> impl Strategy<Value = Party> {
    prop_oneof![
        Just(Party::Sender),
        Just(Party::Receiver),
        Just(Party::Outsider)
    ]
}

/// Random actions of `lifecycle`; `clock` allows moving the clock.
pub fn action(lifecycle: &Lifecycle, clock: bool) -> BoxedStrategy<Action> {
    let creators: Vec<Party> = lifecycle
        .create
        .creators
        .iter()
        .filter_map(|c| Party::named(c))
        .collect();
    let creator = proptest::sample::select(creators);
    let kinds = lifecycle.create.kinds.len().max(1);
    let moves: Vec<(usize, String)> = lifecycle
        .transitions
        .iter()
        .enumerate()
        .map(|(i, t)| (i, t.action.clone()))
        .collect();
    let days = lifecycle.expiry.as_ref().map_or(30, |e| e.days);
    let clock_weight = if clock { 1 } else { 0 };
    prop_oneof![
        3 => (0..kinds, creator).prop_map(|(k, p)| Action::Create(k, p)),
        4 => (proptest::sample::select(moves), any::<usize>(), party())
            .prop_map(|((transition, name), item, by)| Action::Move { transition, name, item, by }),
        clock_weight => prop_oneof![Just(1), Just(days / 2), Just(days - 1), Just(days), Just(days + 1)]
            .prop_map(Action::Advance),
    ]
    .boxed()
}

/// A shrunk failing sequence.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LifecycleFailure {
    /// Which lifecycle (`handshake`, `invitation`).
    pub resource: String,
    pub reason: String,
    pub minimal_sequence: Vec<Action>,
    pub seed: u64,
}

/// One action against the endpoint and the model: what each said, or `None` for an action that does
/// not apply (the clock off the mock, a move with nothing made yet).
fn step<E: Endpoint>(
    driver: &mut Driver<'_, E>,
    model: &mut Model<'_>,
    a: &Action,
) -> Result<Option<(Answer, Answer)>, TestCaseError> {
    match a {
        Action::Advance(days) => {
            if driver.advance(*days)? {
                model.day += days;
            }
            Ok(None)
        }
        Action::Create(kind, by) => {
            let got = driver.create(*kind, *by)?;
            Ok(Some((model.create(*kind, *by), got)))
        }
        Action::Move {
            transition,
            item,
            by,
            ..
        } => {
            if model.items.is_empty() || driver.made.len() != model.items.len() {
                return Ok(None);
            }
            let i = item % model.items.len();
            let got = driver.transition(*transition, i, *by)?;
            Ok(Some((model.transition(*transition, i, *by), got)))
        }
    }
}

/// Runs one sequence against `endpoint`: the stage, the actions compared with the model, the cleanup.
pub fn run_sequence<E: Endpoint>(
    setting: Setting<'_>,
    endpoint: &mut E,
    lifecycle: &Lifecycle,
    actions: &[Action],
) -> Result<(), TestCaseError> {
    let parties = [Party::Sender, Party::Receiver, Party::Outsider];
    if parties
        .iter()
        .any(|p| !setting.principals.iter().any(|q| q.name == p.name()))
    {
        return Err(failed(
            "the lifecycle needs three principals: sender, receiver, outsider",
        ));
    }
    let mut driver = Driver {
        setting,
        endpoint,
        lifecycle,
        vars: BTreeMap::new(),
        made: Vec::new(),
    };
    driver.stage()?;
    let mut model = Model::new(lifecycle);
    let outcome =
        actions
            .iter()
            .enumerate()
            .try_for_each(|(n, a)| match step(&mut driver, &mut model, a)? {
                Some((expected, got)) if expected != got => Err(failed(format!(
                    "step {n} {a:?} on day {}: expected {expected:?}, got {got:?}",
                    model.day
                ))),
                _ => Ok(()),
            });
    driver.clean();
    outcome
}

/// Why a lifecycle cannot be checked against this endpoint, if it cannot.
pub fn unavailable(ctx: &RunContext, lifecycle: &Lifecycle) -> Option<String> {
    if let Some(catalog) = lifecycle.catalog.as_deref().filter(|_| !ctx.against_mock) {
        return Some(format!(
            "the {} lifecycle is set in the {catalog} catalog, which a check against a service never writes to: it is checked against the mock",
            lifecycle.resource
        ));
    }
    let who = lifecycle.contact.as_deref()?;
    let has = ctx.principal(who).is_some_and(|p| p.contact.is_some());
    (!ctx.against_mock && !has).then(|| {
        format!(
            "the {} lifecycle: its requests name a person; give principal '{who}' a contact (--contact {who}=EMAIL)",
            lifecycle.resource
        )
    })
}

/// Checks one lifecycle with `cases` random sequences.
pub async fn check_one(
    ctx: Arc<RunContext>,
    lifecycle: Lifecycle,
    cases: u32,
    seed: u64,
) -> Option<LifecycleFailure> {
    let handle = tokio::runtime::Handle::current();
    let clock = ctx.against_mock;
    let resource = lifecycle.resource.clone();
    let failure = |reason: String, minimal_sequence| LifecycleFailure {
        resource: resource.clone(),
        reason,
        minimal_sequence,
        seed,
    };
    let outcome = tokio::task::spawn_blocking(move || {
        let mut runner = TestRunner::new(Config {
            cases,
            rng_seed: RngSeed::Fixed(seed),
            failure_persistence: None,
            ..Config::default()
        });
        let actions = proptest::collection::vec(action(&lifecycle, clock), 1..30);
        let setting = Setting {
            contract: &ctx.contract,
            principals: &ctx.principals,
            catalog: &ctx.catalog,
            against_mock: ctx.against_mock,
        };
        let run = |actions: Vec<Action>| {
            let mut http = Http {
                ctx: &ctx,
                handle: &handle,
            };
            run_sequence(setting, &mut http, &lifecycle, &actions)
        };
        match runner.run(&actions, run) {
            Ok(()) => Ok(()),
            Err(TestError::Fail(reason, minimal)) => Err((reason.to_string(), minimal)),
            Err(TestError::Abort(why)) => Err((why.to_string(), Vec::new())),
        }
    })
    .await;
    match outcome {
        Ok(Ok(())) => None,
        Ok(Err((reason, minimal))) => Some(failure(reason, minimal)),
        Err(e) => Some(failure(
            format!("the lifecycle check stopped: {e}"),
            Vec::new(),
        )),
    }
}

/// Checks every lifecycle the endpoint can be asked about; the first failure, if any.
pub async fn check(ctx: Arc<RunContext>, cases: u32, seed: u64) -> Option<LifecycleFailure> {
    for lifecycle in ctx.contract.catalog.lifecycles.clone() {
        if unavailable(&ctx, &lifecycle).is_some() {
            continue;
        }
        if let Some(f) = check_one(ctx.clone(), lifecycle, cases, seed).await {
            return Some(f);
        }
    }
    None
}
