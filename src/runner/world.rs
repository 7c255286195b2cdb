//! The World of one scenario: who is acting, what was remembered, every call made and what it broke.
use std::{
    collections::HashMap,
    sync::Arc,
    time::{Duration, Instant},
};

use rand::RngExt;
use serde_json::{Value, json};

use super::{
    RunContext,
    outcome::ExchangeRecord,
    path,
    verdict::{Advisory, Basis, Drift},
};
use crate::{spec::Violation, wire::Response};

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
    /// The basis of the expectation whose failure ended the scenario.
    pub failing_basis: Option<Basis>,
    /// The text of the step whose expectation failed hard (empty when a failure came from elsewhere).
    pub failed_step: String,
    pub advisories: Vec<Advisory>,
    pub drift: Vec<Drift>,
    pub started: Option<Instant>,
    /// Why the scenario could not go on: a call the run's safety refuses (it is then skipped).
    pub refused: Option<String>,
    /// Principals the mock added for this scenario: the scenario's name → the run's.
    pub aliases: HashMap<String, String>,
    /// Each successful write is followed by a second of time (the mock's clock moves; a service is
    /// waited for), so that what a list sorts by differs between the items written.
    pub spaced: bool,
    /// Why a call got no answer of the service (a transport error, a timeout, only answers of something
    /// in front of it): the scenario then ends as an error, judging nothing.
    pub unanswered: Option<String>,
}

/// What a finished scenario hands to its report and its cleanup.
#[derive(Debug, Default)]
pub struct Findings {
    pub violations: Vec<Violation>,
    pub advisories: Vec<Advisory>,
    pub drift: Vec<Drift>,
    pub exchanges: Vec<ExchangeRecord>,
    pub created: Vec<Created>,
    pub elapsed: Duration,
    /// When its first step began.
    pub started: Option<Instant>,
    pub refused: Option<String>,
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
            failing_basis: None,
            failed_step: String::new(),
            advisories: Vec::new(),
            drift: Vec::new(),
            started: None,
            refused: None,
            aliases: HashMap::new(),
            spaced: false,
            unanswered: None,
        }
    }

    /// Everything the scenario found and made, taken out of the world.
    pub fn take_findings(&mut self) -> Findings {
        Findings {
            violations: std::mem::take(&mut self.violations),
            advisories: std::mem::take(&mut self.advisories),
            drift: std::mem::take(&mut self.drift),
            exchanges: std::mem::take(&mut self.exchanges),
            created: std::mem::take(&mut self.created),
            elapsed: self.started.map_or(Duration::ZERO, |s| s.elapsed()),
            started: self.started,
            refused: self.refused.take(),
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
        let mut body = match ctx.contract.example_request(op) {
            Some(b) => b,
            None => panic!("{op_name} has no example request in its schema"),
        };
        let catalog_member = op.conventions.catalog_member.as_str();
        if body.get(catalog_member).is_some() {
            body[catalog_member] = json!(ctx.catalog);
        }
        if let Some(token) = &op.idempotency_token
            && body.get(token).is_some()
        {
            body[token] = json!(random_token());
        }
        body
    }

    /// Applies a table of `| member path | value |` rows to a request.
    pub fn apply_table(&mut self, body: &mut Value, rows: &[Vec<String>]) {
        for row in rows {
            let (Some(member), Some(cell)) = (row.first(), row.get(1)) else {
                continue;
            };
            if member.trim() == "member" && cell.trim() == "value" {
                continue;
            }
            if cell.trim() == "(absent)" {
                path::remove(body, member.trim());
            } else {
                let value = self.cell_value(cell.trim());
                path::set(body, member.trim(), value);
            }
        }
    }

    /// A table cell or inline value: `{{expr}}` alone gives the value itself, JSON gives JSON
    /// (with `{{...}}` inside strings filled in), anything else is a string.
    pub fn cell_value(&mut self, cell: &str) -> Value {
        if let Some(expr) = whole_expr(cell) {
            return self.resolve(expr);
        }
        match serde_json::from_str::<Value>(cell) {
            Ok(v) => self.fill(v),
            Err(_) => Value::String(self.fill_str(cell)),
        }
    }

    /// Fills every `{{...}}` in the strings of a JSON document.
    pub fn fill(&mut self, v: Value) -> Value {
        match v {
            Value::String(s) => match whole_expr(&s) {
                Some(expr) => self.resolve(expr),
                None => Value::String(self.fill_str(&s)),
            },
            Value::Array(a) => Value::Array(a.into_iter().map(|x| self.fill(x)).collect()),
            Value::Object(o) => {
                Value::Object(o.into_iter().map(|(k, x)| (k, self.fill(x))).collect())
            }
            other => other,
        }
    }

    pub fn fill_str(&mut self, s: &str) -> String {
        let mut out = String::new();
        let mut rest = s;
        while let Some(start) = rest.find("{{") {
            out.push_str(&rest[..start]);
            let Some(end) = rest[start..].find("}}") else {
                out.push_str(&rest[start..]);
                return out;
            };
            let expr = &rest[start + 2..start + end];
            match self.resolve(expr.trim()) {
                Value::String(v) => out.push_str(&v),
                other => out.push_str(&other.to_string()),
            }
            rest = &rest[start + end + 2..];
        }
        out.push_str(rest);
        out
    }

    /// The value of one `{{expr}}`.
    pub fn resolve(&mut self, expr: &str) -> Value {
        let ctx = self.ctx();
        let mut words = expr.split_whitespace();
        let head = words.next().unwrap_or_default();
        match head {
            "random.accountId" => json!(random_digits(12)),
            "random.token" => json!(random_token()),
            "random.name" => json!(format!("pcc-{}", random_lower(10))),
            "catalog" => json!(ctx.catalog),
            "chars" => {
                let n: usize = words.next().and_then(|n| n.parse().ok()).unwrap_or(1);
                json!("a".repeat(n))
            }
            "tags" => {
                let n: usize = words.next().and_then(|n| n.parse().ok()).unwrap_or(1);
                json!(
                    (0..n)
                        .map(|i| json!({"key": format!("key{i}"), "value": format!("value{i}")}))
                        .collect::<Vec<_>>()
                )
            }
            "digits" => {
                let n: usize = words.next().and_then(|n| n.parse().ok()).unwrap_or(1);
                json!("1".repeat(n))
            }
            _ if head.starts_with("contact.") => Self::contact_value(&ctx, head),
            _ if head.starts_with("principal.") => {
                let rest = &head["principal.".len()..];
                let (name, field) = rest.split_once('.').unwrap_or((rest, "accountId"));
                match (ctx.principal(&self.principal_name(name)), field) {
                    (Some(p), "accountId") => json!(p.account_id),
                    (Some(p), "name") => json!(p.name),
                    _ => panic!("{{{{{head}}}}}: no principal '{name}' with a field '{field}'"),
                }
            }
            _ => {
                let (var, member) = head.split_once('.').unwrap_or((head, ""));
                let Some(base) = self.vars.get(var) else {
                    panic!("{{{{{head}}}}}: nothing was remembered as '{var}'")
                };
                if member.is_empty() {
                    return base.clone();
                }
                match path::get(base, member) {
                    Some(v) => v.clone(),
                    None => panic!("{{{{{head}}}}}: '{var}' has no member '{member}'"),
                }
            }
        }
    }

    /// `{{contact.NAME.email}}` or `{{contact.NAME.name}}`: principal NAME's contact; against a mock, one
    /// made up for it when it has none (a real endpoint's scenarios that need one are skipped without it).
    fn contact_value(ctx: &RunContext, head: &str) -> Value {
        let rest = &head["contact.".len()..];
        let (name, field) = rest.split_once('.').unwrap_or((rest, "email"));
        let Some(p) = ctx.principal(name) else {
            panic!("{{{{{head}}}}}: no principal '{name}'")
        };
        let contact = match (&p.contact, ctx.against_mock) {
            (Some(c), _) => c.clone(),
            (None, true) => crate::wire::principal::Contact {
                name: format!("{name} contact"),
                email: format!("{name}@example.com"),
            },
            (None, false) => panic!(
                "{{{{{head}}}}}: principal '{name}' has no contact; tag the scenario @contact:{name}"
            ),
        };
        match field {
            "email" => json!(contact.email),
            "name" => json!(contact.name),
            _ => panic!("{{{{{head}}}}}: a contact has a name and an email"),
        }
    }

    /// Calls `op_name` as `principal` and checks every attempt's answer against the contract.
    /// Panics (fails the step) on a transport error or a contract violation.
    pub async fn call(&mut self, principal: &str, op_name: &str, body: Value) -> &Response {
        let ctx = self.ctx();
        let op = ctx.operation(op_name).clone();
        if op.mutating && !ctx.mutations_allowed {
            let why = format!(
                "needs {op_name}, which mutates: not run against the AWS catalog without --allow-production"
            );
            self.refused = Some(why.clone());
            panic!("refused: {why}");
        }
        let principal = self.principal_name(principal);
        let Some(p) = ctx.principal(&principal) else {
            panic!(
                "no principal named '{principal}' (known: {})",
                ctx.principal_names()
            )
        };
        let (exchange, created) = match ctx.tracked_call(&p, &op, &body).await {
            Ok(e) => e,
            Err(e) => {
                let why = format!("{op_name} could not be called: {e}");
                self.unanswered = Some(why.clone());
                panic!("{why}");
            }
        };
        if exchange.response.observed().is_infrastructure() {
            let why = format!(
                "{op_name} got no answer of the service: its last attempt got a {} that is not AWS JSON, from something in front of the service",
                exchange.response.status
            );
            self.unanswered = Some(why.clone());
            // Kept for the report; a page from in front of the service is judged by no contract.
            let _ = self.judge_exchange(&op, &p.name, &body, &exchange);
            panic!("{why}");
        }
        self.created.extend(created);
        if self.spaced && op.mutating && exchange.response.is_success() {
            self.space(&ctx).await;
        }
        let broken = self.judge_exchange(&op, &p.name, &body, &exchange);
        self.last = Some(LastCall {
            operation: op.name.clone(),
            principal: p.name.clone(),
            request: body,
            response: exchange.response,
        });
        if !broken.is_empty() {
            self.failing_basis = Some(Basis::Contract);
            let summary: Vec<String> = broken.iter().map(ToString::to_string).collect();
            panic!(
                "contract violation in the answer to {op_name}: {}",
                summary.join("; ")
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
            .post_json("/_mock/clock", &json!({"advanceSeconds": 1}))
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

    /// The last response's JSON body.
    pub fn last_json(&self) -> Value {
        self.last().response.json.clone().unwrap_or(Value::Null)
    }
}

fn whole_expr(s: &str) -> Option<&str> {
    let t = s.trim();
    let inner = t.strip_prefix("{{")?.strip_suffix("}}")?;
    (!inner.contains("{{")).then_some(inner.trim())
}

pub fn random_digits(n: usize) -> String {
    let mut rng = rand::rng();
    (0..n)
        .map(|_| char::from(b'0' + rng.random_range(0..10u8)))
        .collect()
}

pub fn random_lower(n: usize) -> String {
    const CHARS: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let mut rng = rand::rng();
    (0..n)
        .map(|_| CHARS[rng.random_range(0..CHARS.len())] as char)
        .collect()
}

pub fn random_token() -> String {
    format!("pcc-{}", random_lower(28))
}
