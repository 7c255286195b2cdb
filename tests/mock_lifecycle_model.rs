//! Random sequences of every lifecycle the catalog describes (handshakes, invitations, contracts), by random
//! parties with the clock moving, against the mock's store in-process: every answer must be the
//! reference model's (docs/behavior.md). The same sequences run over HTTP in `fuzz --lifecycle`.
use pcc_conformance::{
    mock::{
        call::{Call, Reply},
        operations::dispatch,
        store::Store,
    },
    runner::lifecycle::{Action, Endpoint, Setting, action, run_sequence},
    spec::{Contract, Operation, lifecycle::Lifecycle},
    wire::{Principal, Response, default_principals},
};
use proptest::prelude::*;
use serde_json::Value;
use time::{Duration, OffsetDateTime};

/// The mock's store, called directly, with a clock a sequence moves.
struct InProcess {
    store: Store,
    now: OffsetDateTime,
}

impl Endpoint for InProcess {
    fn call(
        &mut self,
        principal: &Principal,
        op: &Operation,
        body: &Value,
    ) -> Result<Response, String> {
        let call = Call {
            caller: principal,
            op,
            input: body,
            now: self.now,
        };
        let (status, text) = match dispatch(&mut self.store, &call) {
            Ok(Reply::Json(v)) => (200, v.to_string()),
            Ok(Reply::Rendered(text)) => (200, text),
            Err(e) => (e.status, e.body(&op.conventions).to_string()),
        };
        Ok(Response::parse(status, Vec::new(), text.into_bytes()))
    }

    fn advance(&mut self, days: i64) -> Result<bool, String> {
        self.now += Duration::days(days);
        Ok(true)
    }
}

fn sequences(lifecycle: &Lifecycle) -> impl Strategy<Value = Vec<Action>> {
    proptest::collection::vec(action(lifecycle, true), 1..40)
}

/// Runs `actions` of the lifecycle `resource` on a fresh store; the first disagreement with the model.
fn holds(resource: &str, actions: &[Action]) -> Result<(), TestCaseError> {
    let contract = Contract::embedded();
    let lifecycle = contract.catalog.lifecycle(resource).unwrap().clone();
    let principals = default_principals();
    let setting = Setting {
        contract: &contract,
        principals: &principals,
        catalog: "Sandbox",
        against_mock: true,
    };
    let mut mock = InProcess {
        store: Store::new(100),
        now: OffsetDateTime::now_utc(),
    };
    run_sequence(setting, &mut mock, &lifecycle, actions)
}

fn lifecycle(resource: &str) -> Lifecycle {
    Contract::embedded()
        .catalog
        .lifecycle(resource)
        .unwrap()
        .clone()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn the_mock_follows_the_handshake_lifecycle(actions in sequences(&lifecycle("handshake"))) {
        holds("handshake", &actions)?;
    }

    #[test]
    fn the_mock_follows_the_invitation_lifecycle(actions in sequences(&lifecycle("invitation"))) {
        holds("invitation", &actions)?;
    }

    #[test]
    fn the_mock_follows_the_contract_lifecycle(actions in sequences(&lifecycle("contract"))) {
        holds("contract", &actions)?;
    }
}

#[test]
fn the_catalog_describes_both_lifecycles_with_moves_for_every_party() {
    for resource in ["handshake", "invitation"] {
        let l = lifecycle(resource);
        assert_eq!(l.transitions.len(), 3, "{resource}: accept, reject, cancel");
        assert!(l.transitions.iter().any(|t| t.by == "sender"));
        assert!(l.transitions.iter().any(|t| t.by == "receiver"));
        assert!(l.transitions.iter().filter(|t| t.takes_effect).count() == 1);
        assert!(l.expiry.is_some(), "{resource} expires");
    }
    let contract = lifecycle("contract");
    assert_eq!(
        contract.catalog.as_deref(),
        Some("AWS"),
        "PENDING only there"
    );
    assert_eq!(contract.transitions.len(), 1, "cancel, by the owner");
    assert!(contract.expiry.is_some(), "an unsigned contract expires");
}
