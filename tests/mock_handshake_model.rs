//! Random sequences of handshake actions by random parties, with the clock moving, against a small
//! reference model of the lifecycle (BEHAVIOR.md). Every answer of the mock must be the model's.
use pcc_conformance::runner::lifecycle::{Action, Kind, Model, Party, action};
use pcc_conformance::{
    mock::{
        call::{Call, Reply},
        operations::dispatch,
        store::Store,
    },
    spec::Contract,
    wire::{Principal, default_principals},
};
use proptest::prelude::*;
use serde_json::{Value, json};
use time::{Duration, OffsetDateTime};

/// The index of a party among the default principals.
fn who(p: Party) -> usize {
    match p {
        Party::Sender => 0,
        Party::Receiver => 1,
        Party::Outsider => 2,
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
        match dispatch(&mut self.store, &call) {
            Ok(Reply::Json(v)) => Ok(v),
            Ok(Reply::Rendered(text)) => Ok(serde_json::from_str(&text).unwrap()),
            Err(e) => Err(e.type_name.to_string()),
        }
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
        let out = self.run(who(by), day, "CreateChannelHandshake", input)?;
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
        let out = self.run(who(by), day, op, input)?;
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
    fn the_mock_follows_the_lifecycle_model(actions in proptest::collection::vec(action(true), 1..40)) {
        let mut mock = Mock::new();
        let mut model = Model::default();
        for (step, a) in actions.iter().enumerate() {
            let day = model.day;
            let (expected, got) = match *a {
                Action::Advance(days) => {
                    model.day += days;
                    continue;
                }
                Action::Create(kind, by) => (model.create(kind, by), mock.create(kind, by, day)),
                Action::Accept(i, by) | Action::Reject(i, by) | Action::Cancel(i, by) if model.handshakes.is_empty() => {
                    let _ = (i, by);
                    continue;
                }
                Action::Accept(i, by) => {
                    let i = i % model.handshakes.len();
                    (model.transition(i, by, Party::Receiver, "ACCEPTED"), mock.transition("AcceptChannelHandshake", i, by, day))
                }
                Action::Reject(i, by) => {
                    let i = i % model.handshakes.len();
                    (model.transition(i, by, Party::Receiver, "REJECTED"), mock.transition("RejectChannelHandshake", i, by, day))
                }
                Action::Cancel(i, by) => {
                    let i = i % model.handshakes.len();
                    (model.transition(i, by, Party::Sender, "CANCELED"), mock.transition("CancelChannelHandshake", i, by, day))
                }
            };
            prop_assert_eq!(got, expected, "step {} {:?} on day {}", step, a, day);
        }
    }
}
