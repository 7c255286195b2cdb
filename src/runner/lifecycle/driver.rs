//! Drives one sequence of a lifecycle, as each party, in the run's catalog: the stage, the creates and
//! moves, and the cleanup, each request the operation's example with the catalog's members. The calls
//! go to an `Endpoint`: a live one over HTTP, or (in tests) the mock's store in-process.
use std::{collections::BTreeMap, sync::Arc};

use proptest::test_runner::TestCaseError;
use serde_json::{Map, Value, json};

use super::model::{Answer, Party};
use crate::{
    runner::{RunContext, path},
    spec::{
        Contract, Operation,
        lifecycle::{Lifecycle, StageCall},
    },
    wire::{Principal, Response},
};

/// Where a sequence's calls go.
pub trait Endpoint {
    /// `op` with `body`, signed as `principal`.
    fn call(
        &mut self,
        principal: &Principal,
        op: &Operation,
        body: &Value,
    ) -> Result<Response, String>;
    /// Moves the endpoint's clock by `days`; `false` when it has no clock a sequence may move.
    fn advance(&mut self, days: i64) -> Result<bool, String>;
}

/// What a sequence is set in: the contract, the principals that play the parties, the catalog.
#[derive(Clone, Copy)]
pub struct Setting<'a> {
    pub contract: &'a Contract,
    pub principals: &'a [Principal],
    pub catalog: &'a str,
    /// A mock may be given made-up contacts; a real endpoint only the user's.
    pub against_mock: bool,
}

impl Setting<'_> {
    fn principal(&self, name: &str) -> Option<&Principal> {
        self.principals.iter().find(|p| p.name == name)
    }

    fn operation(&self, name: &str) -> Result<&Operation, TestCaseError> {
        self.contract
            .operation(name)
            .ok_or_else(|| failed(format!("the catalog has no operation {name}")))
    }
}

/// A live endpoint, over HTTP with the run's client.
pub struct Http<'a> {
    pub ctx: &'a Arc<RunContext>,
    pub handle: &'a tokio::runtime::Handle,
}

impl Endpoint for Http<'_> {
    fn call(
        &mut self,
        principal: &Principal,
        op: &Operation,
        body: &Value,
    ) -> Result<Response, String> {
        self.handle
            .block_on(self.ctx.call(principal, op, body))
            .map(|e| e.response)
            .map_err(|e| e.to_string())
    }

    fn advance(&mut self, days: i64) -> Result<bool, String> {
        if !self.ctx.against_mock {
            return Ok(false);
        }
        let body = json!({"advanceDays": days});
        let advance = self.ctx.client.post_json_everywhere("/_mock/clock", &body);
        self.handle.block_on(advance).map_err(|e| e.to_string())?;
        Ok(true)
    }
}

pub fn failed(e: impl std::fmt::Display) -> TestCaseError {
    TestCaseError::fail(e.to_string())
}

/// One resource the sequence made, with the values its cleanup names (`id`, `kind`, remembered ones).
#[derive(Debug, Clone, Default)]
pub struct Made {
    pub vars: BTreeMap<String, Value>,
    pub moved_by: Option<usize>,
}

pub struct Driver<'a, E: Endpoint> {
    pub setting: Setting<'a>,
    pub endpoint: &'a mut E,
    pub lifecycle: &'a Lifecycle,
    /// The stage's values (`pma`, `relationship`).
    pub vars: BTreeMap<String, Value>,
    pub made: Vec<Made>,
}

impl<E: Endpoint> Driver<'_, E> {
    /// `{{name}}` in a string: a value of the sequence, a principal's account id or a contact.
    fn resolve(&self, text: &str, extra: &BTreeMap<String, Value>) -> Value {
        let Some(name) = text.strip_prefix("{{").and_then(|t| t.strip_suffix("}}")) else {
            return Value::String(text.to_string());
        };
        if let Some(v) = extra.get(name).or_else(|| self.vars.get(name)) {
            return v.clone();
        }
        let parts: Vec<&str> = name.split('.').collect();
        match parts.as_slice() {
            ["principal", who, "accountId"] => self
                .setting
                .principal(who)
                .map_or(Value::Null, |p| json!(p.account_id)),
            ["contact", who, field] => self.contact(who, field),
            _ => Value::Null,
        }
    }

    /// A principal's contact, or (against the mock only) one made up for it.
    fn contact(&self, who: &str, field: &str) -> Value {
        let given = self.setting.principal(who).and_then(|p| p.contact.clone());
        let mock = self.setting.against_mock;
        match (given, field) {
            (Some(c), "email") => json!(c.email),
            (Some(c), _) => json!(c.name),
            (None, "email") if mock => json!(format!("{who}@example.com")),
            (None, _) if mock => json!(format!("{who} contact")),
            (None, _) => Value::Null,
        }
    }

    /// The example request of `op` with `with` set on it (null removes a member).
    fn body(
        &self,
        op: &str,
        with: &Map<String, Value>,
        extra: &BTreeMap<String, Value>,
    ) -> Result<Value, TestCaseError> {
        let operation = self.setting.operation(op)?;
        let mut body = self
            .setting
            .contract
            .example_request(operation)
            .unwrap_or_else(|| json!({}));
        let catalog = self.lifecycle.catalog.as_deref();
        body[operation.conventions.catalog_member.as_str()] =
            json!(catalog.unwrap_or(self.setting.catalog));
        if let Some(token) = &operation.idempotency_token {
            body[token.as_str()] = json!(crate::runner::generate::Generator::unseeded().token());
        }
        for (k, v) in with {
            match self.fill(v, extra) {
                Value::Null => {
                    body.as_object_mut().map(|o| o.remove(k));
                }
                v => body[k.as_str()] = v,
            }
        }
        Ok(body)
    }

    fn fill(&self, v: &Value, extra: &BTreeMap<String, Value>) -> Value {
        match v {
            Value::String(s) => self.resolve(s, extra),
            Value::Object(o) => Value::Object(
                o.iter()
                    .map(|(k, x)| (k.clone(), self.fill(x, extra)))
                    .collect(),
            ),
            Value::Array(a) => Value::Array(a.iter().map(|x| self.fill(x, extra)).collect()),
            other => other.clone(),
        }
    }

    fn call(&mut self, who: &str, op: &str, body: Value) -> Result<Response, TestCaseError> {
        let principal = self
            .setting
            .principal(who)
            .ok_or_else(|| failed(format!("no principal {who}")))?;
        let op = self.setting.operation(op)?;
        self.endpoint.call(principal, op, &body).map_err(failed)
    }

    /// Moves the clock by `days`; whether the endpoint has one to move.
    pub fn advance(&mut self, days: i64) -> Result<bool, TestCaseError> {
        self.endpoint.advance(days).map_err(failed)
    }

    /// The stage's calls, each until one of its alternatives succeeds; keeps what they name.
    pub fn stage(&mut self) -> Result<(), TestCaseError> {
        let lifecycle = self.lifecycle;
        for call in &lifecycle.stage {
            let tries = if call.alternatives.is_empty() {
                vec![Map::new()]
            } else {
                call.alternatives.clone()
            };
            let mut answer = None;
            for alt in tries {
                let mut with = call.with.clone();
                with.extend(alt);
                let body = self.body(&call.operation, &with, &BTreeMap::new())?;
                let r = self.call(&call.by, &call.operation, body)?;
                if r.is_success() {
                    answer = Some(r);
                    break;
                }
            }
            let answer =
                answer.ok_or_else(|| failed(format!("could not stage {}", call.operation)))?;
            self.remember(&call.remember, &answer, None);
        }
        Ok(())
    }

    fn remember(&mut self, what: &BTreeMap<String, String>, r: &Response, item: Option<usize>) {
        let json = r.json.clone().unwrap_or(Value::Null);
        for (name, p) in what {
            let Some(v) = path::get(&json, p).cloned() else {
                continue;
            };
            match item.and_then(|i| self.made.get_mut(i)) {
                Some(m) => m.vars.insert(name.clone(), v),
                None => self.vars.insert(name.clone(), v),
            };
        }
    }

    /// Creates one of kind `kind` (an index) as `by`: the answer, as a status or an error type.
    pub fn create(&mut self, kind: usize, by: Party) -> Result<Answer, TestCaseError> {
        let create = &self.lifecycle.create;
        let Some((name, k)) = create.kinds.iter().nth(kind) else {
            return Err(failed(format!("no kind #{kind}")));
        };
        let body = self.body(&create.operation, &k.with, &BTreeMap::new())?;
        let r = self.call(by.name(), &create.operation, body)?;
        if let Some(id) = r.json.as_ref().and_then(|j| path::get(j, &create.id_path)) {
            let vars = BTreeMap::from([
                ("id".to_string(), id.clone()),
                ("kind".to_string(), json!(name)),
            ]);
            self.made.push(Made {
                vars,
                moved_by: None,
            });
        }
        Ok(status_of(
            &r,
            Some(&create.status_path),
            &self.lifecycle.initial,
        ))
    }

    /// Move `t` (an index) of item `i` as `by`.
    pub fn transition(&mut self, t: usize, i: usize, by: Party) -> Result<Answer, TestCaseError> {
        let l = self.lifecycle;
        let Some(move_) = l.transitions.get(t) else {
            return Err(failed(format!("no move #{t}")));
        };
        let id = self.made[i].vars.get("id").cloned().unwrap_or(Value::Null);
        let with = Map::from_iter([(l.identifier_member.clone(), id)]);
        let body = self.body(&move_.operation, &with, &BTreeMap::new())?;
        let r = self.call(by.name(), &move_.operation, body)?;
        if r.is_success() {
            self.made[i].moved_by = Some(t);
            self.remember(&move_.remember, &r, Some(i));
        }
        Ok(status_of(&r, move_.status_path.as_deref(), &move_.to))
    }

    /// The cleanup's calls; what fails is left as it is (the sequence is over either way).
    pub fn clean(&mut self) {
        let lifecycle = self.lifecycle;
        for call in &lifecycle.cleanup {
            for extra in self.targets(call) {
                if let Ok(body) = self.body(&call.operation, &call.with, &extra) {
                    let _ = self.call(&call.by, &call.operation, body);
                }
            }
        }
    }

    /// The values of each resource a cleanup call is for (once, with none, when it is for no `each`).
    fn targets(&self, call: &StageCall) -> Vec<BTreeMap<String, Value>> {
        let effect = |m: &Made| {
            m.moved_by
                .and_then(|t| self.lifecycle.transitions.get(t))
                .is_some_and(|t| t.takes_effect)
        };
        match call.each.as_deref() {
            Some("created") => self.made.iter().map(|m| m.vars.clone()).collect(),
            Some("accepted") => self
                .made
                .iter()
                .filter(|m| effect(m))
                .map(|m| m.vars.clone())
                .collect(),
            _ => vec![BTreeMap::new()],
        }
    }
}

/// An answer as the model gives it: the error type, or the status at `status_path` (`fallback` when the
/// answer does not say one).
fn status_of(r: &Response, status_path: Option<&str>, fallback: &str) -> Answer {
    if let Some(e) = &r.error_type {
        return Err(e.clone());
    }
    let said = status_path
        .and_then(|p| r.json.as_ref().and_then(|j| path::get(j, p)))
        .and_then(Value::as_str);
    Ok(said.unwrap_or(fallback).to_string())
}
