//! Fakes of the API that answer in the contract's shapes but apply none (or few) of its rules: the most
//! plausible implementations that lack what the suite's scenarios claim. Each is what someone writing
//! their own mock in a hurry might write; the suite must fail them on what it checks, never by
//! recognising them.
mod answer;
mod filters;
mod store;

use std::sync::{
    Arc, Mutex,
    atomic::{AtomicU64, Ordering},
};

use axum::{
    Router,
    body::Bytes,
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    routing::any,
};
use pcc_conformance::spec::{Contract, Operation};
use serde_json::{Value, json};

use self::{answer::Builder, store::Store};

/// How a fake answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fake {
    /// Each request echoed into its answer's shape with made-up ids; nothing kept; a list answers one
    /// item made of its filters.
    Echo,
    /// As `Echo`, and what is made is kept: a read answers it, a list everything kept, an update
    /// changes it, a delete forgets it (no filter, paging, validation, lifecycle or visibility).
    Keep,
    /// One fixed valid answer per operation, whatever is asked.
    Fixed,
    /// Every call refused with ValidationException naming every member of the request.
    RefuseAll,
    /// As `Keep`, and it checks request shapes against the schemas, filters, sorts and pages lists;
    /// no business rule, lifecycle or visibility.
    Shapes,
}

struct State {
    fake: Fake,
    contract: Arc<Contract>,
    store: Mutex<Store>,
    fixed: Mutex<std::collections::HashMap<String, Value>>,
    fresh: AtomicU64,
}

/// Serves `fake` on a free loopback port for as long as the test runs; its URL.
pub async fn serve(fake: Fake) -> String {
    let state = Arc::new(State {
        fake,
        contract: Contract::embedded(),
        store: Mutex::new(Store::default()),
        fixed: Mutex::default(),
        fresh: AtomicU64::new(1),
    });
    let app = Router::new().fallback(any(move |headers: HeaderMap, body: Bytes| {
        let state = state.clone();
        async move { state.answer(&headers, &body) }
    }));
    super::serve(app).await
}

/// The account of the default principal whose key signed the request.
fn caller(headers: &HeaderMap) -> String {
    let auth = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    pcc_conformance::wire::default_principals()
        .into_iter()
        .find(|p| auth.contains(&p.access_key_id))
        .map_or_else(|| "111122223333".to_string(), |p| p.account_id)
}

impl State {
    fn answer(&self, headers: &HeaderMap, body: &[u8]) -> Response {
        let target = super::target_of(headers);
        let Some(op) = self.contract.catalog.by_target(&target).cloned() else {
            return reply(
                400,
                json!({"__type": "UnknownOperationException", "message": target}),
            );
        };
        let request: Value = serde_json::from_slice(body).unwrap_or(json!({}));
        let account = caller(headers);
        let b = Builder::new(&self.contract, &op, &account, &request, &self.fresh);
        let (status, answer) = match self.fake {
            Fake::Echo => (200, self.shaped(&b, &op, &[&request])),
            Fake::Fixed => (200, self.fixed(&b, &op)),
            Fake::RefuseAll => refuse(&op, &every_member(&request)),
            Fake::Keep | Fake::Shapes => self.kept(&b, &op, &request),
        };
        reply(status, answer)
    }

    /// The answer's shape filled from `sources`.
    fn shaped(&self, b: &Builder, op: &Operation, sources: &[&Value]) -> Value {
        let schema = self
            .contract
            .document(&op.response)
            .cloned()
            .unwrap_or(json!({}));
        let mut answer = b.build(&schema, sources);
        // A token is not echoed: a client would page for ever.
        if let (Some(t), Some(o)) = (&op.next_token_member, answer.as_object_mut()) {
            o.remove(t);
        }
        answer
    }

    fn fixed(&self, b: &Builder, op: &Operation) -> Value {
        let mut fixed = self.fixed.lock().unwrap();
        fixed
            .entry(op.name.clone())
            .or_insert_with(|| self.shaped(b, op, &[]))
            .clone()
    }

    fn kept(&self, b: &Builder, op: &Operation, request: &Value) -> (u16, Value) {
        if self.fake == Fake::Shapes {
            let broken = self.contract.check_request(op, request);
            if let Some(v) = broken.first() {
                let member = v.path.trim_start_matches('/').replace('/', ".");
                return refuse(op, &[member]);
            }
        }
        let mut store = self.store.lock().unwrap();
        store.call(self, b, op, request)
    }
}

/// A ValidationException naming `members`, in the operation's service's own shape.
fn refuse(op: &Operation, members: &[String]) -> (u16, Value) {
    let pascal = op.conventions.field_list == "ErrorDetails";
    let body = if pascal {
        let details: Vec<Value> = members
            .iter()
            .map(|m| json!({"FieldValidationError": {"Name": m, "Code": "INVALID_VALUE", "Message": "invalid"}}))
            .collect();
        json!({"__type": "ValidationException", "Message": format!("invalid: {}", members.join(", ")), "Reason": "REQUEST_VALIDATION_FAILED", "ErrorDetails": details})
    } else {
        let fields: Vec<Value> = members
            .iter()
            .map(|m| json!({"name": m, "code": "InvalidValue", "message": "invalid"}))
            .collect();
        json!({"__type": "ValidationException", "message": format!("invalid: {}", members.join(", ")), "reason": "REQUEST_VALIDATION_FAILED", "fieldList": fields})
    };
    (400, body)
}

/// An error of the operation's service: its type and a message in the service's case.
fn error(op: &Operation, name: &str, status: u16) -> (u16, Value) {
    let message = if op.conventions.field_list == "ErrorDetails" {
        "Message"
    } else {
        "message"
    };
    let mut body = json!({"__type": name});
    body[message] = json!(format!("{name} from a fake"));
    if name == "ResourceNotFoundException" && message == "Message" {
        body["Reason"] = json!("CONNECTION_NOT_FOUND");
    }
    (status, body)
}

/// Every member of `request` by path (`tags`, `tags[0]`, `tags[0].key`).
fn every_member(request: &Value) -> Vec<String> {
    fn walk(v: &Value, path: &str, out: &mut Vec<String>) {
        match v {
            Value::Object(o) => {
                for (k, x) in o {
                    let inner = if path.is_empty() {
                        k.clone()
                    } else {
                        format!("{path}.{k}")
                    };
                    out.push(inner.clone());
                    walk(x, &inner, out);
                }
            }
            Value::Array(a) => {
                for (i, x) in a.iter().enumerate() {
                    let inner = format!("{path}[{i}]");
                    out.push(inner.clone());
                    walk(x, &inner, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(request, "", &mut out);
    out
}

fn reply(status: u16, body: Value) -> Response {
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let mut headers = vec![
        ("content-type", "application/x-amz-json-1.0".to_string()),
        ("x-amzn-requestid", format!("fake-{n}")),
    ];
    if let Some(t) = body.get("__type").and_then(Value::as_str) {
        headers.push(("x-amzn-errortype", t.to_string()));
    }
    let mut r = (
        StatusCode::from_u16(status).unwrap_or(StatusCode::OK),
        body.to_string(),
    )
        .into_response();
    for (k, v) in headers {
        if let Ok(v) = v.parse() {
            r.headers_mut().insert(k, v);
        }
    }
    r
}

static NEXT: AtomicU64 = AtomicU64::new(1);
