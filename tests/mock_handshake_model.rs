//! Random sequences of handshake actions by random parties, with the clock moving, against a small
//! reference model of the lifecycle (BEHAVIOR.md). Every answer of the mock must be the model's.
use pcc_conformance::{
    mock::{
        handshake, pma, relationship,
        store::{Call, Store},
    },
    spec::Contract,
    wire::{Principal, default_principals},
};
use proptest::prelude::*;
use serde_json::{Value, json};
use time::{Duration, OffsetDateTime};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Pma,
    Start,
    Revoke,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Party {
    Sender,
    Receiver,
    Outsider,
}

#[derive(Debug, Clone)]
enum Action {
    Create(Kind, Party),
    Accept(usize, Party),
    Reject(usize, Party),
    Cancel(usize, Party),
    Advance(i64),
}

fn party() -> impl Strategy<Value = Party> {
    prop_oneof![
        Just(Party::Sender),
        Just(Party::Receiver),
        Just(Party::Outsider)
    ]
}

fn action() -> impl Strategy<Value = Action> {
    let kind = prop_oneof![Just(Kind::Pma), Just(Kind::Start), Just(Kind::Revoke)];
    prop_oneof![
        3 => (kind, party()).prop_map(|(k, p)| Action::Create(k, p)),
        2 => (any::<usize>(), party()).prop_map(|(i, p)| Action::Accept(i, p)),
        1 => (any::<usize>(), party()).prop_map(|(i, p)| Action::Reject(i, p)),
        1 => (any::<usize>(), party()).prop_map(|(i, p)| Action::Cancel(i, p)),
        // Days chosen to land on both sides of the 30-day expiry.
        1 => prop_oneof![Just(1i64), Just(10), Just(15), Just(29), Just(30), Just(31)].prop_map(Action::Advance),
    ]
}

/// The reference model: what BEHAVIOR.md says each action answers.
#[derive(Debug, Default)]
struct Model {
    day: i64,
    handshakes: Vec<(Kind, &'static str, i64)>,
    service_period_open: bool,
}

impl Model {
    fn expire(&mut self) {
        for h in &mut self.handshakes {
            if h.1 == "PENDING" && self.day >= h.2 + 30 {
                h.1 = "EXPIRED";
            }
        }
    }

    fn create(&mut self, kind: Kind, by: Party) -> Result<&'static str, &'static str> {
        self.expire();
        if by != Party::Sender {
            return Err("ResourceNotFoundException");
        }
        if self
            .handshakes
            .iter()
            .any(|h| h.0 == kind && h.1 == "PENDING")
        {
            return Err("ConflictException");
        }
        if kind == Kind::Revoke && !self.service_period_open {
            return Err("ValidationException");
        }
        self.handshakes.push((kind, "PENDING", self.day));
        Ok("PENDING")
    }

    fn transition(
        &mut self,
        i: usize,
        by: Party,
        actor: Party,
        to: &'static str,
    ) -> Result<&'static str, &'static str> {
        self.expire();
        if by == Party::Outsider {
            return Err("ResourceNotFoundException");
        }
        if by != actor {
            return Err("AccessDeniedException");
        }
        let h = &mut self.handshakes[i];
        if h.1 != "PENDING" {
            return Err("ValidationException");
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

struct Mock {
    store: Store,
    principals: Vec<Principal>,
    start: OffsetDateTime,
    pma: String,
    relationship: String,
    ids: Vec<String>,
}

impl Mock {
    fn new() -> Mock {
        let principals = default_principals();
        let mut m = Mock {
            store: Store::new(100),
            principals,
            start: OffsetDateTime::now_utc(),
            pma: String::new(),
            relationship: String::new(),
            ids: Vec::new(),
        };
        let receiver = m.principals[1].account_id.clone();
        let created = m.run(0, 0, "CreateProgramManagementAccount", json!({"catalog": "Sandbox", "program": "DISTRIBUTION", "displayName": "p", "accountId": receiver})).unwrap();
        m.pma = created["programManagementAccountDetail"]["id"]
            .as_str()
            .unwrap()
            .into();
        let created = m
            .run(0, 0, "CreateRelationship", json!({"catalog": "Sandbox", "associationType": "END_CUSTOMER", "programManagementAccountIdentifier": m.pma, "associatedAccountId": receiver, "displayName": "r", "sector": "COMMERCIAL"}))
            .unwrap();
        m.relationship = created["relationshipDetail"]["id"].as_str().unwrap().into();
        m
    }

    fn run(&mut self, who: usize, day: i64, op: &str, input: Value) -> Result<Value, String> {
        let contract = Contract::embedded();
        let call = Call {
            caller: &self.principals[who],
            op: contract.operation(op).unwrap(),
            input: &input,
            now: self.start + Duration::days(day),
        };
        let s = &mut self.store;
        let out = match op {
            "CreateProgramManagementAccount" => pma::create(s, &call),
            "CreateRelationship" => relationship::create(s, &call),
            "CreateChannelHandshake" => handshake::create(s, &call),
            "AcceptChannelHandshake" => handshake::accept(s, &call),
            "RejectChannelHandshake" => handshake::reject(s, &call),
            _ => handshake::cancel(s, &call),
        };
        out.map_err(|e| e.type_name.to_string())
    }

    fn create(&mut self, kind: Kind, by: Party, day: i64) -> Result<&'static str, String> {
        let (ty, resource, payload) = match kind {
            Kind::Pma => ("PROGRAM_MANAGEMENT_ACCOUNT", self.pma.clone(), Value::Null),
            Kind::Start => (
                "START_SERVICE_PERIOD",
                self.relationship.clone(),
                json!({"startServicePeriodPayload": {"programManagementAccountIdentifier": self.pma, "servicePeriodType": "MINIMUM_NOTICE_PERIOD"}}),
            ),
            Kind::Revoke => (
                "REVOKE_SERVICE_PERIOD",
                self.relationship.clone(),
                json!({"revokeServicePeriodPayload": {"programManagementAccountIdentifier": self.pma}}),
            ),
        };
        let mut input = json!({"catalog": "Sandbox", "handshakeType": ty, "associatedResourceIdentifier": resource});
        if !payload.is_null() {
            input["payload"] = payload;
        }
        let out = self.run(by as usize, day, "CreateChannelHandshake", input)?;
        self.ids.push(
            out["channelHandshakeDetail"]["id"]
                .as_str()
                .unwrap()
                .to_string(),
        );
        Ok("PENDING")
    }

    fn transition(
        &mut self,
        op: &str,
        i: usize,
        by: Party,
        day: i64,
    ) -> Result<&'static str, String> {
        let input = json!({"catalog": "Sandbox", "identifier": self.ids[i]});
        let out = self.run(by as usize, day, op, input)?;
        Ok(match out["channelHandshakeDetail"]["status"].as_str() {
            Some("ACCEPTED") => "ACCEPTED",
            Some("REJECTED") => "REJECTED",
            Some("CANCELED") => "CANCELED",
            other => panic!("unexpected status {other:?}"),
        })
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn the_mock_follows_the_lifecycle_model(actions in proptest::collection::vec(action(), 1..40)) {
        let mut mock = Mock::new();
        let mut model = Model::default();
        for (step, a) in actions.iter().enumerate() {
            let day = model.day;
            let (expected, got) = match *a {
                Action::Advance(days) => {
                    model.day += days;
                    continue;
                }
                Action::Create(kind, by) => (model.create(kind, by).map_err(str::to_string), mock.create(kind, by, day)),
                Action::Accept(i, by) | Action::Reject(i, by) | Action::Cancel(i, by) if model.handshakes.is_empty() => {
                    let _ = (i, by);
                    continue;
                }
                Action::Accept(i, by) => {
                    let i = i % model.handshakes.len();
                    (model.transition(i, by, Party::Receiver, "ACCEPTED").map_err(str::to_string), mock.transition("AcceptChannelHandshake", i, by, day))
                }
                Action::Reject(i, by) => {
                    let i = i % model.handshakes.len();
                    (model.transition(i, by, Party::Receiver, "REJECTED").map_err(str::to_string), mock.transition("RejectChannelHandshake", i, by, day))
                }
                Action::Cancel(i, by) => {
                    let i = i % model.handshakes.len();
                    (model.transition(i, by, Party::Sender, "CANCELED").map_err(str::to_string), mock.transition("CancelChannelHandshake", i, by, day))
                }
            };
            prop_assert_eq!(got, expected, "step {} {:?} on day {}", step, a, day);
        }
    }
}
