//! The World of one scenario: who is acting, what was remembered, every call made and what it broke.
use std::{
    collections::HashMap,
    sync::Arc,
    time::{Duration, Instant},
};

use serde_json::{Value, json};

use super::{
    RunContext,
    outcome::ExchangeRecord,
    verdict::{Advisory, Basis, Drift, Ending},
};
use crate::{
    client::{ClientError, Exchange},
    spec::{Operation, Violation},
    wire::{Principal, Response},
};

/// A successful create, kept so the resource can be deleted after the scenario.
#[derive(Debug, Clone)]
pub struct Created {
    /// Unique within the run.
    pub id: u64,
    pub operation: String,
    pub principal: String,
    pub request: Value,
    pub response: Value,
    /// What the cleanup's `snapshot` read just before the call (null without one).
    pub before: Value,
}

/// The last call made.
#[derive(Debug, Clone)]
pub struct LastCall {
    pub operation: String,
    pub principal: String,
    pub request: Value,
    pub response: Response,
    /// The soft miss (an inferred expectation about its outcome that did not hold), if it had one: what
    /// later steps read of it is then not judged.
    pub fell_short: Option<String>,
}

#[derive(Debug, cucumber::World)]
#[world(init = Self::new)]
pub struct ConformanceWorld {
    pub ctx: Option<Arc<RunContext>>,
    /// The principal acting when a step says "I".
    pub actor: String,
    pub vars: HashMap<String, Value>,
    pub last: Option<LastCall>,
    pub exchanges: Vec<ExchangeRecord>,
    pub violations: Vec<Violation>,
    pub created: Vec<Created>,
    /// Items gathered by paging through a list.
    pub collected: Vec<Value>,
    pub pages: usize,
    /// The basis of steps without a marker (the scenario's `@documented` / `@inferred`).
    pub default_basis: Basis,
    /// How the steps ended, as the step that ended the scenario said (see `end`).
    pub ending: Ending,
    pub advisories: Vec<Advisory>,
    pub drift: Vec<Drift>,
    pub started: Option<Instant>,
    /// Principals the mock added for this scenario: the scenario's name → the run's.
    pub aliases: HashMap<String, String>,
    /// Each successful write is followed by a second of time (the mock's clock moves; a service is
    /// waited for), so that what a list sorts by differs between the items written.
    pub spaced: bool,
    /// Values remembered from answers that fell short, with the miss of each.
    pub short_vars: HashMap<String, String>,
    /// The resource families the scenario holds while it runs (and its cleanup with it).
    pub held: Option<super::exclusion::Held>,
    /// What the scenario makes up comes from here (seeded with the run's seed and the scenario's place).
    pub generator: super::generate::Generator,
    /// The run's names of the principals the mock added for this scenario with a policy: what their
    /// calls bring about is injected.
    pub policed: std::collections::HashSet<String>,
    /// The run's name of the principal `I am a principal of my own` made the actor (a guest of the
    /// mock's, or the sender against a service): its role is `own` wherever the scenario runs.
    pub own: Option<String>,
    /// The inferred expectations (their steps' text) that held.
    pub inferred_held: Vec<String>,
    /// The title of the AWS example the last `send AWS's example` step sent.
    pub sent_example: Option<String>,
}

/// What a finished scenario hands to its report and its cleanup.
#[derive(Debug, Default)]
pub struct Findings {
    pub roles: Vec<super::outcome::Role>,
    pub inferred_held: Vec<String>,
    pub violations: Vec<Violation>,
    pub advisories: Vec<Advisory>,
    pub drift: Vec<Drift>,
    pub exchanges: Vec<ExchangeRecord>,
    pub created: Vec<Created>,
    pub elapsed: Duration,
    /// When its first step began.
    pub started: Option<Instant>,
}

impl ConformanceWorld {
    fn new() -> Self {
        ConformanceWorld {
            ctx: None,
            actor: "sender".into(),
            vars: HashMap::new(),
            last: None,
            exchanges: Vec::new(),
            violations: Vec::new(),
            created: Vec::new(),
            collected: Vec::new(),
            pages: 0,
            default_basis: Basis::Documented,
            ending: Ending::Ran,
            advisories: Vec::new(),
            drift: Vec::new(),
            started: None,
            aliases: HashMap::new(),
            spaced: false,
            generator: super::generate::Generator::unseeded(),
            held: None,
            short_vars: Default::default(),
            policed: Default::default(),
            own: None,
            inferred_held: Vec::new(),
            sent_example: None,
        }
    }

    /// Per principal the scenario called as, its account and its role in the scenario: `own`, the
    /// name the scenario gave a principal the mock added (`refused`), or the principal's name.
    pub fn roles(&self) -> Vec<super::outcome::Role> {
        let ctx = match &self.ctx {
            Some(c) => c.clone(),
            None => return Vec::new(),
        };
        let mut names: Vec<&String> = self.exchanges.iter().map(|e| &e.principal).collect();
        names.sort();
        names.dedup();
        names
            .into_iter()
            .filter_map(|name| {
                let p = ctx.principal(name)?;
                let role = if self.own.as_ref() == Some(name) {
                    "own".to_string()
                } else {
                    self.aliases
                        .iter()
                        .find(|(_, unique)| *unique == name)
                        .map_or_else(|| name.clone(), |(alias, _)| alias.clone())
                };
                Some(super::outcome::Role {
                    guest: self.aliases.values().any(|unique| unique == name),
                    principal: name.clone(),
                    role,
                    account_id: p.account_id,
                })
            })
            .collect()
    }

    /// Everything the scenario found and made, taken out of the world.
    pub fn take_findings(&mut self) -> Findings {
        Findings {
            roles: self.roles(),
            inferred_held: std::mem::take(&mut self.inferred_held),
            violations: std::mem::take(&mut self.violations),
            advisories: std::mem::take(&mut self.advisories),
            drift: std::mem::take(&mut self.drift),
            exchanges: std::mem::take(&mut self.exchanges),
            created: std::mem::take(&mut self.created),
            elapsed: self.started.map_or(Duration::ZERO, |s| s.elapsed()),
            started: self.started,
        }
    }

    pub fn ctx(&self) -> Arc<RunContext> {
        match &self.ctx {
            Some(c) => c.clone(),
            None => panic!("the run context was not set on this scenario (a before hook failed)"),
        }
    }

    /// The run's name of the principal a scenario calls `name`: a principal the mock added for this
    /// scenario goes by a name unique in the run.
    pub fn principal_name(&self, name: &str) -> String {
        self.aliases
            .get(name)
            .cloned()
            .unwrap_or_else(|| name.to_string())
    }

    /// `I` → the current actor; `"name"` → that principal.
    pub fn who(&self, token: &str) -> String {
        let t = token.trim().trim_matches('"');
        if t == "I" {
            self.actor.clone()
        } else {
            t.to_string()
        }
    }

    /// The example request of `op` with the run's catalog and a fresh idempotency token.
    pub fn example(&mut self, op_name: &str) -> Value {
        let ctx = self.ctx();
        let op = ctx.operation(op_name);
        let body = match ctx.contract.example_request(op) {
            Some(b) => b,
            None => panic!("{op_name} has no example request in its schema"),
        };
        self.fitted(op_name, body)
    }

    /// The request of AWS's documented example titled `title`, fitted to this run, with its operation.
    pub fn documented_example(&mut self, title: &str) -> (String, Value) {
        let ctx = self.ctx();
        let Some(example) = ctx.contract.documented_example(title) else {
            panic!("the contract has no documented example titled \"{title}\"");
        };
        let op = example.operation.clone();
        let body = self.fitted(&op, example.input.clone());
        (op, body)
    }

    /// A request body with the run's catalog where it has a catalog, and a fresh idempotency token
    /// where it has one.
    fn fitted(&mut self, op_name: &str, mut body: Value) -> Value {
        let ctx = self.ctx();
        let op = ctx.operation(op_name);
        let catalog_member = op.conventions.catalog_member.as_str();
        if body.get(catalog_member).is_some() {
            body[catalog_member] = json!(ctx.catalog);
        }
        if let Some(token) = &op.idempotency_token
            && body.get(token).is_some()
        {
            body[token] = json!(self.generator.token());
        }
        body
    }

    /// Calls `op_name` as `principal` and checks every attempt's answer against the contract.
    /// Panics (fails the step) on a transport error or a contract violation.
    pub async fn call(&mut self, principal: &str, op_name: &str, body: Value) -> &Response {
        let (ctx, op, p) = self.caller(principal, op_name);
        let result = ctx.tracked_call(&p, &op, &body).await;
        self.received(&ctx, &op, &p, body, result).await
    }

    /// Calls `op_name` once per body, all at once (within the run's rate limit), and takes the answers
    /// in by `order`: the last taken is the scenario's last call.
    pub async fn call_together(
        &mut self,
        principal: &str,
        op_name: &str,
        bodies: Vec<Value>,
        order: impl Fn(&Response) -> bool,
    ) {
        let (ctx, op, p) = self.caller(principal, op_name);
        let sent = bodies.iter().map(|b| ctx.tracked_call(&p, &op, b));
        let results = futures::future::join_all(sent).await;
        let mut answers: Vec<_> = bodies.into_iter().zip(results).collect();
        answers.sort_by_key(|(_, r)| r.as_ref().is_ok_and(|(e, _)| order(&e.response)));
        for (body, result) in answers {
            self.received(&ctx, &op, &p, body, result).await;
        }
    }

    /// Who calls what: the run, the operation and the principal, once the run's safety allows the call.
    fn caller(
        &mut self,
        principal: &str,
        op_name: &str,
    ) -> (Arc<RunContext>, Operation, Principal) {
        let ctx = self.ctx();
        let op = ctx.operation(op_name).clone();
        if op.mutating && !ctx.mutations_allowed {
            let why = format!(
                "needs {op_name}, which mutates: not run against the AWS catalog without --allow-production"
            );
            self.end(Ending::Refused(why.clone()), format!("refused: {why}"));
        }
        let principal = self.principal_name(principal);
        let Some(p) = ctx.principal(&principal) else {
            panic!(
                "no principal named '{principal}' (known: {})",
                ctx.principal_names()
            )
        };
        (ctx, op, p)
    }

    /// Takes in one call's outcome: what it created, its judgement, and it as the last call.
    async fn received(
        &mut self,
        ctx: &RunContext,
        op: &Operation,
        p: &Principal,
        body: Value,
        result: Result<(Exchange, Option<Created>), ClientError>,
    ) -> &Response {
        let op_name = op.name.as_str();
        let (exchange, created) = match result {
            Ok(e) => e,
            Err(e) => {
                let why = format!("{op_name} could not be called: {e}");
                self.end(Ending::Unanswered(why.clone()), why);
            }
        };
        if exchange.response.observed().is_infrastructure() {
            let why = format!(
                "{op_name} got no answer of the service: its last attempt got a {} that is not AWS JSON, from something in front of the service",
                exchange.response.status
            );
            // Kept for the report; a page from in front of the service is judged by no contract.
            let _ = self.judge_exchange(op, &p.name, &body, &exchange);
            self.end(Ending::Unanswered(why.clone()), why);
        }
        self.created.extend(created);
        if self.spaced && op.mutating && exchange.response.is_success() {
            self.space(ctx).await;
        }
        let broken = self.judge_exchange(op, &p.name, &body, &exchange);
        self.last = Some(LastCall {
            operation: op.name.clone(),
            principal: p.name.clone(),
            request: body,
            response: exchange.response,
            fell_short: None,
        });
        if !broken.is_empty() {
            let summary: Vec<String> = broken.iter().map(ToString::to_string).collect();
            self.end(
                Ending::Failed {
                    basis: Basis::Contract,
                    step: None,
                },
                format!(
                    "contract violation in the answer to {op_name}: {}",
                    summary.join("; ")
                ),
            );
        }
        match &self.last {
            Some(last) => &last.response,
            None => unreachable!("set just above"),
        }
    }

    /// A second between two writes: the mock's clock moves forward; a service's is waited for.
    async fn space(&mut self, ctx: &RunContext) {
        if !ctx.against_mock {
            return tokio::time::sleep(Duration::from_millis(1100)).await;
        }
        let moved = ctx
            .client
            .post_json_everywhere("/_mock/clock", &json!({"advanceSeconds": 1}))
            .await;
        if !matches!(moved, Ok((200, _))) {
            panic!("the mock did not move its clock a second forward: {moved:?}");
        }
    }

    pub fn last(&self) -> &LastCall {
        match &self.last {
            Some(l) => l,
            None => panic!("no call has been made in this scenario yet"),
        }
    }

    /// Ends the scenario because `what` is not there to read. Where what it reads came from an answer
    /// that already fell short of an inferred expectation, the rest of the scenario is skipped with that
    /// reason (the miss is the advisory already recorded, not a second, documented failure).
    pub fn cannot_read(&mut self, what: String, miss: Option<String>) -> ! {
        if let Some(miss) = miss {
            let why = format!(
                "{what}, and the answer it reads fell short of an inferred expectation ({miss}): the rest of the scenario was skipped"
            );
            self.end(Ending::RestSkipped(why.clone()), why);
        }
        panic!("{what}");
    }

    /// Ends the scenario here, failing the step with `message`; `ending` says how (the verdict reads
    /// it). The first ending set is the one that counts.
    pub fn end(&mut self, ending: Ending, message: String) -> ! {
        if self.ending == Ending::Ran {
            self.ending = ending;
        }
        panic!("{message}");
    }

    /// The soft miss of the last answer's outcome, if it had one.
    pub fn fell_short(&self) -> Option<String> {
        self.last.as_ref().and_then(|l| l.fell_short.clone())
    }

    /// The last response's JSON body.
    pub fn last_json(&self) -> Value {
        self.last().response.json.clone().unwrap_or(Value::Null)
    }
}
