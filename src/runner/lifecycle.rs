//! Stateful testing of the handshake lifecycle against any endpoint: random sequences of create, accept,
//! reject, cancel (and, on the mock, the clock moving) by sender, receiver and outsider, each answer compared
//! with a reference model of BEHAVIOR.md. A failure shrinks to the shortest sequence that still fails.
use std::sync::Arc;

use proptest::{
    prelude::*,
    test_runner::{Config, RngSeed, TestCaseError, TestError, TestRunner},
};
use serde::Serialize;
use serde_json::{Value, json};

use super::RunContext;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Kind {
    Pma,
    Start,
    Revoke,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Party {
    Sender,
    Receiver,
    Outsider,
}

impl Party {
    /// The principal that plays this party.
    pub fn name(self) -> &'static str {
        match self {
            Party::Sender => "sender",
            Party::Receiver => "receiver",
            Party::Outsider => "outsider",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub enum Action {
    Create(Kind, Party),
    Accept(usize, Party),
    Reject(usize, Party),
    Cancel(usize, Party),
    /// Days the clock moves (the mock only).
    Advance(i64),
}

pub fn party() -> impl Strategy<Value = Party> {
    prop_oneof![
        Just(Party::Sender),
        Just(Party::Receiver),
        Just(Party::Outsider)
    ]
}

/// Random actions; `clock` allows moving the clock.
pub fn action(clock: bool) -> BoxedStrategy<Action> {
    let kind = prop_oneof![Just(Kind::Pma), Just(Kind::Start), Just(Kind::Revoke)];
    let moves = if clock { 1 } else { 0 };
    prop_oneof![
        3 => (kind, party()).prop_map(|(k, p)| Action::Create(k, p)),
        2 => (any::<usize>(), party()).prop_map(|(i, p)| Action::Accept(i, p)),
        1 => (any::<usize>(), party()).prop_map(|(i, p)| Action::Reject(i, p)),
        1 => (any::<usize>(), party()).prop_map(|(i, p)| Action::Cancel(i, p)),
        moves => prop_oneof![Just(1i64), Just(15), Just(29), Just(30), Just(31)].prop_map(Action::Advance),
    ]
    .boxed()
}

/// The reference model: the answer BEHAVIOR.md gives to each action (a status, or an error type).
#[derive(Debug, Default, Clone)]
pub struct Model {
    pub day: i64,
    pub handshakes: Vec<(Kind, &'static str, i64)>,
    pub service_period_open: bool,
}

pub type Answer = Result<&'static str, String>;

impl Model {
    fn expire(&mut self) {
        for h in &mut self.handshakes {
            if h.1 == "PENDING" && self.day >= h.2 + 30 {
                h.1 = "EXPIRED";
            }
        }
    }

    pub fn create(&mut self, kind: Kind, by: Party) -> Answer {
        self.expire();
        if by != Party::Sender {
            return Err("ResourceNotFoundException".into());
        }
        if self
            .handshakes
            .iter()
            .any(|h| h.0 == kind && h.1 == "PENDING")
        {
            return Err("ConflictException".into());
        }
        if kind == Kind::Revoke && !self.service_period_open {
            return Err("ValidationException".into());
        }
        self.handshakes.push((kind, "PENDING", self.day));
        Ok("PENDING")
    }

    pub fn transition(&mut self, i: usize, by: Party, actor: Party, to: &'static str) -> Answer {
        self.expire();
        if by == Party::Outsider {
            return Err("ResourceNotFoundException".into());
        }
        if by != actor {
            return Err("AccessDeniedException".into());
        }
        let h = &mut self.handshakes[i];
        if h.1 != "PENDING" {
            return Err("ValidationException".into());
        }
        h.1 = to;
        if to == "ACCEPTED" {
            match h.0 {
                Kind::Start => self.service_period_open = true,
                Kind::Revoke => self.service_period_open = false,
                Kind::Pma => {}
            }
        }
        Ok(to)
    }
}

/// A shrunk failing sequence.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LifecycleFailure {
    pub reason: String,
    pub minimal_sequence: Vec<Action>,
    pub seed: u64,
}

/// The resources one sequence acts on, made fresh for it over HTTP.
struct Stage {
    pma: String,
    relationship: String,
    ids: Vec<String>,
}

fn status_of(answer: &crate::wire::Response) -> Answer {
    match &answer.error_type {
        Some(e) => Err(e.clone()),
        None => match answer
            .json
            .as_ref()
            .and_then(|j| j.pointer("/channelHandshakeDetail/status"))
            .and_then(Value::as_str)
        {
            Some("PENDING") | None => Ok("PENDING"),
            Some("ACCEPTED") => Ok("ACCEPTED"),
            Some("REJECTED") => Ok("REJECTED"),
            Some("CANCELED") => Ok("CANCELED"),
            Some(other) => Err(format!("unexpected status {other}")),
        },
    }
}

/// Drives one sequence over HTTP: the calls, as each party, in the run's catalog.
struct Driver<'a> {
    ctx: &'a Arc<RunContext>,
    handle: &'a tokio::runtime::Handle,
}

fn failed(e: impl std::fmt::Display) -> TestCaseError {
    TestCaseError::fail(e.to_string())
}

/// The string at `pointer` of an answer's JSON body.
fn member(r: &crate::wire::Response, pointer: &str) -> Option<String> {
    r.json
        .as_ref()
        .and_then(|j| j.pointer(pointer))
        .and_then(Value::as_str)
        .map(str::to_string)
}

impl Driver<'_> {
    fn call(
        &self,
        who: Party,
        op: &str,
        mut body: Value,
    ) -> Result<crate::wire::Response, TestCaseError> {
        let principal = self
            .ctx
            .principal(who.name())
            .cloned()
            .ok_or_else(|| failed(format!("no principal {}", who.name())))?;
        let op = self.ctx.operation(op).clone();
        body[op.conventions.catalog_member.as_str()] = json!(self.ctx.catalog);
        let exchange = self
            .handle
            .block_on(async { self.ctx.call(&principal, &op, &body).await })
            .map_err(failed)?;
        Ok(exchange.response)
    }

    /// A fresh PMA (for the receiver's account) and relationship for one sequence.
    fn stage(&self) -> Result<Stage, TestCaseError> {
        let receiver = self
            .ctx
            .principal(Party::Receiver.name())
            .map(|p| p.account_id.clone())
            .unwrap_or_default();
        let mut pma = None;
        for program in ["DISTRIBUTION", "SOLUTION_PROVIDER", "DISTRIBUTION_SELLER"] {
            let body =
                json!({"program": program, "displayName": "lifecycle", "accountId": receiver});
            let r = self.call(Party::Sender, "CreateProgramManagementAccount", body)?;
            pma = member(&r, "/programManagementAccountDetail/id");
            if pma.is_some() {
                break;
            }
        }
        let pma = pma.ok_or_else(|| {
            failed("could not create a program management account for the receiver")
        })?;
        let body = json!({"associationType": "END_CUSTOMER", "programManagementAccountIdentifier": pma,
                          "associatedAccountId": receiver, "displayName": "lifecycle", "sector": "COMMERCIAL"});
        let r = self.call(Party::Sender, "CreateRelationship", body)?;
        let relationship = member(&r, "/relationshipDetail/id")
            .ok_or_else(|| failed("could not create a relationship"))?;
        Ok(Stage {
            pma,
            relationship,
            ids: Vec::new(),
        })
    }

    /// CreateChannelHandshake of `kind` by `by`: the answer, and the new handshake's id if any.
    fn create(
        &self,
        stage: &Stage,
        kind: Kind,
        by: Party,
    ) -> Result<(Answer, Option<String>), TestCaseError> {
        let pma = &stage.pma;
        let (ty, resource, payload) = match kind {
            Kind::Pma => ("PROGRAM_MANAGEMENT_ACCOUNT", pma, None),
            Kind::Start => (
                "START_SERVICE_PERIOD",
                &stage.relationship,
                Some(
                    json!({"startServicePeriodPayload": {"programManagementAccountIdentifier": pma,
                                                          "servicePeriodType": "MINIMUM_NOTICE_PERIOD"}}),
                ),
            ),
            Kind::Revoke => (
                "REVOKE_SERVICE_PERIOD",
                &stage.relationship,
                Some(
                    json!({"revokeServicePeriodPayload": {"programManagementAccountIdentifier": pma}}),
                ),
            ),
        };
        let mut body = json!({"handshakeType": ty, "associatedResourceIdentifier": resource});
        if let Some(p) = payload {
            body["payload"] = p;
        }
        let r = self.call(by, "CreateChannelHandshake", body)?;
        Ok((status_of(&r), member(&r, "/channelHandshakeDetail/id")))
    }

    /// One step of the sequence: what the model expects and what the endpoint answered, or `None` for a
    /// step that does not apply (the clock off the mock, an answer with no handshake yet).
    fn step(
        &self,
        stage: &mut Stage,
        model: &mut Model,
        a: &Action,
    ) -> Result<Option<(Answer, Answer)>, TestCaseError> {
        match *a {
            Action::Advance(days) => {
                if self.ctx.against_mock {
                    model.day += days;
                    let body = json!({"advanceDays": days});
                    let advance = self.ctx.client.post_json("/_mock/clock", &body);
                    self.handle.block_on(advance).map_err(failed)?;
                }
                Ok(None)
            }
            Action::Create(kind, by) => {
                let (got, id) = self.create(stage, kind, by)?;
                stage.ids.extend(id);
                Ok(Some((model.create(kind, by), got)))
            }
            Action::Accept(i, by) | Action::Reject(i, by) | Action::Cancel(i, by) => {
                if model.handshakes.is_empty() || stage.ids.len() != model.handshakes.len() {
                    return Ok(None);
                }
                let i = i % model.handshakes.len();
                let (op, actor, to) = match a {
                    Action::Accept(..) => ("AcceptChannelHandshake", Party::Receiver, "ACCEPTED"),
                    Action::Reject(..) => ("RejectChannelHandshake", Party::Receiver, "REJECTED"),
                    _ => ("CancelChannelHandshake", Party::Sender, "CANCELED"),
                };
                let r = self.call(by, op, json!({"identifier": stage.ids[i]}))?;
                Ok(Some((model.transition(i, by, actor, to), status_of(&r))))
            }
        }
    }

    /// Cancels what is pending, then deletes the relationship and the PMA.
    fn clean(&self, stage: &Stage) {
        for id in &stage.ids {
            let _ = self.call(
                Party::Sender,
                "CancelChannelHandshake",
                json!({"identifier": id}),
            );
        }
        let relationship = json!({"identifier": stage.relationship, "programManagementAccountIdentifier": stage.pma});
        let _ = self.call(Party::Sender, "DeleteRelationship", relationship);
        let pma = json!({"identifier": stage.pma});
        let _ = self.call(Party::Sender, "DeleteProgramManagementAccount", pma);
    }
}

fn run_sequence(
    ctx: &Arc<RunContext>,
    actions: &[Action],
    handle: &tokio::runtime::Handle,
) -> Result<(), TestCaseError> {
    let parties = [Party::Sender, Party::Receiver, Party::Outsider];
    if parties.iter().any(|p| ctx.principal(p.name()).is_none()) {
        return Err(failed(
            "the lifecycle needs three principals: sender, receiver, outsider",
        ));
    }
    let driver = Driver { ctx, handle };
    let mut stage = driver.stage()?;
    let mut model = Model::default();
    let outcome = actions.iter().enumerate().try_for_each(|(n, a)| {
        match driver.step(&mut stage, &mut model, a)? {
            Some((expected, got)) if expected != got => Err(failed(format!(
                "step {n} {a:?} on day {}: expected {expected:?}, got {got:?}",
                model.day
            ))),
            _ => Ok(()),
        }
    });
    driver.clean(&stage);
    outcome
}

pub async fn check(ctx: Arc<RunContext>, cases: u32, seed: u64) -> Option<LifecycleFailure> {
    let handle = tokio::runtime::Handle::current();
    let clock = ctx.against_mock;
    tokio::task::spawn_blocking(move || {
        let mut runner = TestRunner::new(Config {
            cases,
            rng_seed: RngSeed::Fixed(seed),
            failure_persistence: None,
            ..Config::default()
        });
        match runner.run(
            &proptest::collection::vec(action(clock), 1..30),
            |actions| run_sequence(&ctx, &actions, &handle),
        ) {
            Ok(()) => None,
            Err(TestError::Fail(reason, minimal)) => Some(LifecycleFailure {
                reason: reason.to_string(),
                minimal_sequence: minimal,
                seed,
            }),
            Err(TestError::Abort(why)) => Some(LifecycleFailure {
                reason: why.to_string(),
                minimal_sequence: Vec::new(),
                seed,
            }),
        }
    })
    .await
    .unwrap_or_else(|e| {
        Some(LifecycleFailure {
            reason: format!("the lifecycle check stopped: {e}"),
            minimal_sequence: Vec::new(),
            seed,
        })
    })
}
