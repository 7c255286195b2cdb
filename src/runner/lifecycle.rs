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

fn run_sequence(
    ctx: &Arc<RunContext>,
    actions: &[Action],
    handle: &tokio::runtime::Handle,
) -> Result<(), TestCaseError> {
    let p = |party: Party| ctx.principal(party.name()).cloned();
    let (Some(sender), Some(receiver), Some(_)) =
        (p(Party::Sender), p(Party::Receiver), p(Party::Outsider))
    else {
        return Err(TestCaseError::fail(
            "the lifecycle needs three principals: sender, receiver, outsider",
        ));
    };
    let call = |who: &crate::wire::Principal, op: &str, body: Value| {
        let op = ctx.operation(op).clone();
        let who = who.clone();
        handle.block_on(async { ctx.call(&who, &op, &body).await })
    };
    let fail = |e: String| TestCaseError::fail(e);
    let catalog = ctx.catalog.clone();
    // A fresh PMA (for the receiver's account) and relationship for each sequence.
    let mut pma = None;
    for program in ["DISTRIBUTION", "SOLUTION_PROVIDER", "DISTRIBUTION_SELLER"] {
        let r = call(&sender, "CreateProgramManagementAccount", json!({"catalog": catalog, "program": program, "displayName": "lifecycle", "accountId": receiver.account_id})).map_err(|e| fail(e.to_string()))?;
        if let Some(id) = r
            .response
            .json
            .as_ref()
            .and_then(|j| j.pointer("/programManagementAccountDetail/id"))
            .and_then(Value::as_str)
        {
            pma = Some(id.to_string());
            break;
        }
    }
    let pma = pma.ok_or_else(|| {
        fail("could not create a program management account for the receiver".into())
    })?;
    let r = call(&sender, "CreateRelationship", json!({"catalog": catalog, "associationType": "END_CUSTOMER", "programManagementAccountIdentifier": pma, "associatedAccountId": receiver.account_id, "displayName": "lifecycle", "sector": "COMMERCIAL"})).map_err(|e| fail(e.to_string()))?;
    let relationship = r
        .response
        .json
        .as_ref()
        .and_then(|j| j.pointer("/relationshipDetail/id"))
        .and_then(Value::as_str)
        .map(str::to_string)
        .ok_or_else(|| fail("could not create a relationship".into()))?;
    let mut stage = Stage {
        pma,
        relationship,
        ids: Vec::new(),
    };
    let mut model = Model::default();
    let outcome = (|| {
        for (step, a) in actions.iter().enumerate() {
            let (expected, got) = match *a {
                Action::Advance(days) => {
                    if !ctx.against_mock {
                        continue;
                    }
                    model.day += days;
                    handle
                        .block_on(
                            ctx.client
                                .post_json("/_mock/clock", &json!({"advanceDays": days})),
                        )
                        .map_err(|e| fail(e.to_string()))?;
                    continue;
                }
                Action::Create(kind, by) => {
                    let (ty, resource, payload) = match kind {
                        Kind::Pma => ("PROGRAM_MANAGEMENT_ACCOUNT", stage.pma.clone(), None),
                        Kind::Start => (
                            "START_SERVICE_PERIOD",
                            stage.relationship.clone(),
                            Some(
                                json!({"startServicePeriodPayload": {"programManagementAccountIdentifier": stage.pma, "servicePeriodType": "MINIMUM_NOTICE_PERIOD"}}),
                            ),
                        ),
                        Kind::Revoke => (
                            "REVOKE_SERVICE_PERIOD",
                            stage.relationship.clone(),
                            Some(
                                json!({"revokeServicePeriodPayload": {"programManagementAccountIdentifier": stage.pma}}),
                            ),
                        ),
                    };
                    let mut body = json!({"catalog": catalog, "handshakeType": ty, "associatedResourceIdentifier": resource});
                    if let Some(p) = payload {
                        body["payload"] = p;
                    }
                    let who = p(by).ok_or_else(|| fail(format!("no principal {}", by.name())))?;
                    let r = call(&who, "CreateChannelHandshake", body)
                        .map_err(|e| fail(e.to_string()))?;
                    if let Some(id) = r
                        .response
                        .json
                        .as_ref()
                        .and_then(|j| j.pointer("/channelHandshakeDetail/id"))
                        .and_then(Value::as_str)
                    {
                        stage.ids.push(id.to_string());
                    }
                    (model.create(kind, by), status_of(&r.response))
                }
                Action::Accept(i, by) | Action::Reject(i, by) | Action::Cancel(i, by) => {
                    if model.handshakes.is_empty() || stage.ids.len() != model.handshakes.len() {
                        continue;
                    }
                    let i = i % model.handshakes.len();
                    let (op, actor, to) = match a {
                        Action::Accept(..) => {
                            ("AcceptChannelHandshake", Party::Receiver, "ACCEPTED")
                        }
                        Action::Reject(..) => {
                            ("RejectChannelHandshake", Party::Receiver, "REJECTED")
                        }
                        _ => ("CancelChannelHandshake", Party::Sender, "CANCELED"),
                    };
                    let who = p(by).ok_or_else(|| fail(format!("no principal {}", by.name())))?;
                    let r = call(
                        &who,
                        op,
                        json!({"catalog": catalog, "identifier": stage.ids[i]}),
                    )
                    .map_err(|e| fail(e.to_string()))?;
                    (model.transition(i, by, actor, to), status_of(&r.response))
                }
            };
            if expected != got {
                return Err(fail(format!(
                    "step {step} {a:?} on day {}: expected {expected:?}, got {got:?}",
                    model.day
                )));
            }
        }
        Ok(())
    })();
    // Clean up: cancel what is pending, then the relationship and the PMA.
    for id in &stage.ids {
        let _ = call(
            &sender,
            "CancelChannelHandshake",
            json!({"catalog": catalog, "identifier": id}),
        );
    }
    let _ = call(
        &sender,
        "DeleteRelationship",
        json!({"catalog": catalog, "identifier": stage.relationship, "programManagementAccountIdentifier": stage.pma}),
    );
    let _ = call(
        &sender,
        "DeleteProgramManagementAccount",
        json!({"catalog": catalog, "identifier": stage.pma}),
    );
    outcome
}

/// Runs `cases` random sequences (up to 30 actions each) against the context's endpoint.
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
