//! Curveballs: answers the protocol and Smithy's compatibility rules allow but the model as written
//! does not show, thrown now and then from a seeded generator, so that a client's tests meet what a
//! real service may send between SDK releases. Each kind changes one thing:
//!
//! - `member`: a response member the model lacks (at the top and one level down);
//! - `enum-value`: an enum value the model lacks, at one enum member of the answer;
//! - `error-type-header`: the error type only in the `X-Amzn-Errortype` header, qualified as AWS
//!   front ends send it (`Name:http://internal.amazon.com/...`);
//! - `qualified-error-type`: `__type` with its namespace (`com.amazonaws.partnercentralchannel#Name`);
//! - `message-case`: `Message` where the model has `message` (and the reverse);
//! - `fractional-seconds`: timestamps with milliseconds;
//! - `short-page`: a page cut after its first item, under a token that leads to the rest;
//! - `empty-last-page`: the last page names a token that leads to an empty page;
//! - `nested-type`: a `__type` member in every structure below the top of the answer (union values,
//!   structures, error details; never a map, whose keys are all data, nor a list of scalars), as
//!   Smithy's awsJson1_0 tests IgnoreType and FooErrorWithNestedTypeProperty show a client must ignore;
//! - `null-members`: the unset members of each union in the answer sent as `null` (or, with no union,
//!   the top-level members the answer leaves out), as Smithy's AllowNulls test shows;
//! - `throttling`: a ThrottlingException before the operation runs;
//! - `html-503`: a load balancer's HTML 503 before the operation runs.
//!
//! Each kind is thrown the first time it applies, then now and then (the spec's share), so that a
//! short test suite meets every kind it gives an opening to.
//! The two that refuse a call never refuse the same request twice in a row (the same target and
//! body: a retry), so a client's retry gets past them.
use std::{
    collections::HashMap,
    sync::{
        Mutex,
        atomic::{AtomicU64, Ordering},
    },
};

use rand::{RngExt, SeedableRng, rngs::StdRng};
use serde_json::{Map, Value, json};

use crate::spec::{Contract, Operation, facets::Facet};

/// One kind of curveball.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Member,
    EnumValue,
    ErrorTypeHeader,
    QualifiedErrorType,
    MessageCase,
    FractionalSeconds,
    ShortPage,
    EmptyLastPage,
    NestedType,
    NullMembers,
    Throttling,
    Html503,
}

impl Kind {
    pub const ALL: [Kind; 12] = [
        Kind::Member,
        Kind::EnumValue,
        Kind::ErrorTypeHeader,
        Kind::QualifiedErrorType,
        Kind::MessageCase,
        Kind::FractionalSeconds,
        Kind::ShortPage,
        Kind::EmptyLastPage,
        Kind::NestedType,
        Kind::NullMembers,
        Kind::Throttling,
        Kind::Html503,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Kind::Member => "member",
            Kind::EnumValue => "enum-value",
            Kind::ErrorTypeHeader => "error-type-header",
            Kind::QualifiedErrorType => "qualified-error-type",
            Kind::MessageCase => "message-case",
            Kind::FractionalSeconds => "fractional-seconds",
            Kind::ShortPage => "short-page",
            Kind::EmptyLastPage => "empty-last-page",
            Kind::NestedType => "nested-type",
            Kind::NullMembers => "null-members",
            Kind::Throttling => "throttling",
            Kind::Html503 => "html-503",
        }
    }

    fn parse(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == name)
    }

    /// Whether this kind refuses the call before the operation runs (a retry gets past it).
    fn refuses(self) -> bool {
        matches!(self, Kind::Throttling | Kind::Html503)
    }
}

/// The share of answers changed when the spec names none.
pub const DEFAULT_SHARE: f64 = 0.5;

/// Which kinds to throw, how often, from which seed.
#[derive(Debug, Clone, PartialEq)]
pub struct CurveballSpec {
    pub kinds: Vec<Kind>,
    /// Of the answers a kind applies to, the share it changes (0..=1).
    pub share: f64,
    pub seed: Option<u64>,
    /// What the `throttling` kind names in `x-amz-retry-after` (none: no header).
    pub retry_after: Option<super::retry_after::RetryAfter>,
}

impl CurveballSpec {
    /// `all`, or kinds by name, with `share=0.3` and `seed=7` if wanted: `short-page,member,seed=7`.
    pub fn parse(spec: &str) -> Result<CurveballSpec, String> {
        let mut out = CurveballSpec {
            kinds: Vec::new(),
            share: DEFAULT_SHARE,
            seed: None,
            retry_after: None,
        };
        for part in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            match part.split_once('=') {
                Some(("share", v)) => out.share = share(v)?,
                Some(("seed", v)) => {
                    out.seed = Some(
                        v.parse()
                            .map_err(|_| format!("seed={v}: not a whole number"))?,
                    )
                }
                Some(("retry-after", v)) => {
                    out.retry_after = Some(super::retry_after::RetryAfter::parse(v)?)
                }
                Some((k, _)) => {
                    return Err(format!(
                        "unknown setting '{k}': use share, seed or retry-after"
                    ));
                }
                None if part == "all" => out.kinds.extend(Kind::ALL),
                None => out.kinds.push(Kind::parse(part).ok_or_else(|| {
                    let known: Vec<&str> = Kind::ALL.iter().map(|k| k.name()).collect();
                    format!(
                        "unknown curveball '{part}': use all or {}",
                        known.join(", ")
                    )
                })?),
            }
        }
        if out.kinds.is_empty() {
            return Err("name at least one curveball, or all".into());
        }
        out.kinds.sort();
        out.kinds.dedup();
        Ok(out)
    }
}

fn share(v: &str) -> Result<f64, String> {
    match v.parse::<f64>() {
        Ok(x) if (0.0..=1.0).contains(&x) => Ok(x),
        Ok(_) => Err(format!("share={v}: a share is between 0 and 1")),
        Err(_) => Err(format!("share={v}: not a number")),
    }
}

/// A page kept back for a token a curveball handed out.
struct Kept {
    operation: String,
    body: Value,
}

/// The curveballs of a running mock: the spec, its generator and the pages kept back.
pub struct Curveballs {
    spec: CurveballSpec,
    rng: Mutex<StdRng>,
    pages: Mutex<HashMap<String, Kept>>,
    tokens: AtomicU64,
    /// The kinds thrown at least once.
    thrown: Mutex<std::collections::HashSet<Kind>>,
    /// The requests (by a hash of target and body) refused last time they came.
    refused: Mutex<std::collections::HashSet<u64>>,
    /// Per operation, the enum members its answers may hold (`items[].status`).
    enums: HashMap<String, Vec<String>>,
    /// Per operation, the members its answers may hold that a `null` can stand in for when unset.
    nullable: HashMap<String, Nullable>,
    /// Per operation, the maps its answers may hold (`ConnectionTypes`, `a[].b`): every key of a map is
    /// data, so no `__type` goes into one (only into the structures it holds).
    maps: HashMap<String, Vec<String>>,
}

/// Where an operation's answers may carry `null` for a member left unset: each union (path and members)
/// and the top-level members.
#[derive(Debug, Default)]
struct Nullable {
    unions: Vec<(String, Vec<String>)>,
    top: Vec<String>,
}

impl std::fmt::Debug for Curveballs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Curveballs")
            .field("spec", &self.spec)
            .finish_non_exhaustive()
    }
}

/// An answer after the curveballs: its body, any header they added, and the kind that changed it.
pub struct Changed {
    pub body: String,
    pub headers: Vec<(&'static str, String)>,
    pub kind: Option<Kind>,
}

impl Curveballs {
    pub fn new(spec: CurveballSpec, contract: &Contract) -> Curveballs {
        let rng = match spec.seed {
            Some(seed) => StdRng::seed_from_u64(seed),
            None => rand::make_rng::<StdRng>(),
        };
        let enums = contract
            .catalog
            .operations
            .iter()
            .map(|op| (op.name.clone(), enum_paths(contract, op)))
            .collect();
        let nullable = contract
            .catalog
            .operations
            .iter()
            .map(|op| (op.name.clone(), nullable(contract, op)))
            .collect();
        let maps = contract
            .catalog
            .operations
            .iter()
            .map(|op| (op.name.clone(), map_paths(contract, op)))
            .collect();
        Curveballs {
            maps,
            nullable,
            spec,
            rng: Mutex::new(rng),
            pages: Mutex::default(),
            tokens: AtomicU64::new(0),
            refused: Mutex::default(),
            thrown: Mutex::default(),
            enums,
        }
    }

    /// The kinds thrown so far.
    pub fn thrown(&self) -> Vec<Kind> {
        let mut kinds: Vec<Kind> = self
            .thrown
            .lock()
            .map(|t| t.iter().copied().collect())
            .unwrap_or_default();
        kinds.sort();
        kinds
    }

    /// What one throttling curveball names in `x-amz-retry-after`, if the spec names a wait.
    pub fn retry_after(&self) -> Option<u64> {
        let r = self.spec.retry_after?;
        let mut rng = self.rng.lock().ok()?;
        Some(r.draw(&mut *rng))
    }

    fn draw(&self) -> bool {
        self.rng
            .lock()
            .map(|mut r| r.random::<f64>() < self.spec.share)
            .unwrap_or(false)
    }

    /// Of the kinds that fit an answer, the one to throw: one never thrown yet, else one drawn now
    /// and then; none when the draw says no.
    fn choose(&self, fits: &[Kind]) -> Option<Kind> {
        let mut thrown = self.thrown.lock().ok()?;
        let fresh: Vec<Kind> = fits
            .iter()
            .copied()
            .filter(|k| !thrown.contains(k))
            .collect();
        let pool = if fresh.is_empty() {
            if fits.is_empty() || !self.draw() {
                return None;
            }
            fits
        } else {
            &fresh
        };
        let i = self
            .rng
            .lock()
            .map(|mut r| r.random_range(0..pool.len()))
            .unwrap_or(0);
        thrown.insert(pool[i]);
        Some(pool[i])
    }

    /// A refusal to throw before the operation runs, never twice in a row for one request.
    pub fn refusal(&self, target: &str, body: &[u8]) -> Option<Kind> {
        let refusals: Vec<Kind> = self
            .spec
            .kinds
            .iter()
            .copied()
            .filter(|k| k.refuses())
            .collect();
        if refusals.is_empty() {
            return None;
        }
        let key = {
            use std::hash::{BuildHasher, Hasher};
            let mut h = foldhash::fast::FixedState::with_seed(0).build_hasher();
            h.write(target.as_bytes());
            h.write(body);
            h.finish()
        };
        let mut refused = self.refused.lock().ok()?;
        if refused.remove(&key) {
            return None;
        }
        let kind = self.choose(&refusals)?;
        refused.insert(key);
        Some(kind)
    }

    /// The page kept back for the token this list request carries, if a curveball handed it out.
    pub fn kept_page(&self, op: &Operation, input: &Value) -> Option<(Value, Kind)> {
        let token = input.get(op.next_token_member.as_deref()?)?.as_str()?;
        let kind = if token.starts_with("curveball-short-") {
            Kind::ShortPage
        } else if token.starts_with("curveball-empty-") {
            Kind::EmptyLastPage
        } else {
            return None;
        };
        let mut pages = self.pages.lock().ok()?;
        let kept = pages.get(token).filter(|k| k.operation == op.name)?;
        let body = kept.body.clone();
        pages.remove(token);
        Some((body, kind))
    }

    /// The answer `body` (with `status`) to `op`, changed by one kind that applies to it, or as it was.
    pub fn change(&self, op: &Operation, status: u16, body: String) -> Changed {
        let unchanged = |body| Changed {
            body,
            headers: Vec::new(),
            kind: None,
        };
        let Ok(Value::Object(mut doc)) = serde_json::from_str::<Value>(&body) else {
            return unchanged(body);
        };
        let success = (200..300).contains(&status);
        let fits: Vec<Kind> = self
            .spec
            .kinds
            .iter()
            .copied()
            .filter(|k| !k.refuses() && self.applies(*k, op, success, &doc))
            .collect();
        let Some(kind) = self.choose(&fits) else {
            return unchanged(body);
        };
        let headers = self.throw(kind, op, &mut doc);
        Changed {
            body: Value::Object(doc).to_string(),
            headers,
            kind: Some(kind),
        }
    }

    fn applies(&self, kind: Kind, op: &Operation, success: bool, doc: &Map<String, Value>) -> bool {
        let items = op
            .items_member
            .as_deref()
            .and_then(|m| doc.get(m))
            .and_then(Value::as_array);
        let next = op.next_token_member.as_deref().and_then(|m| doc.get(m));
        match kind {
            Kind::Member => success,
            Kind::EnumValue => success && !self.present_enums(op, doc).is_empty(),
            Kind::ErrorTypeHeader | Kind::QualifiedErrorType => {
                !success && doc.contains_key("__type")
            }
            Kind::MessageCase => {
                !success && (doc.contains_key("message") || doc.contains_key("Message"))
            }
            Kind::FractionalSeconds => {
                success && timestamps().is_match(&Value::Object(doc.clone()).to_string())
            }
            Kind::NestedType => doc.values().any(|v| v.is_object() || v.is_array()),
            Kind::NullMembers => success && self.nulls_fit(op, doc),
            Kind::ShortPage => success && items.is_some_and(|i| i.len() > 1),
            Kind::EmptyLastPage => {
                success && items.is_some_and(|i| !i.is_empty()) && next.is_none()
            }
            Kind::Throttling | Kind::Html503 => false,
        }
    }

    fn throw(
        &self,
        kind: Kind,
        op: &Operation,
        doc: &mut Map<String, Value>,
    ) -> Vec<(&'static str, String)> {
        match kind {
            Kind::Member => add_members(doc),
            Kind::EnumValue => self.new_enum_value(op, doc),
            Kind::ErrorTypeHeader => return vec![("x-amzn-errortype", type_in_header(op, doc))],
            Kind::QualifiedErrorType => qualify_type(op, doc),
            Kind::MessageCase => swap_message_case(doc),
            Kind::FractionalSeconds => {
                let text = Value::Object(std::mem::take(doc)).to_string();
                let changed = timestamps().replace_all(&text, "\"${1}.123Z\"");
                *doc = into_map(serde_json::from_str(&changed).unwrap_or_default());
            }
            Kind::NestedType => {
                let below = TypeBelow {
                    ns: namespace(op),
                    maps: self.maps.get(&op.name).map_or(&[][..], Vec::as_slice),
                };
                for (name, v) in doc.iter_mut() {
                    below.add(v, name, name);
                }
            }
            Kind::NullMembers => self.add_nulls(op, doc),
            Kind::ShortPage => self.cut_short(op, doc),
            Kind::EmptyLastPage => {
                let items = op.items_member.as_deref().unwrap_or("items");
                let token = self.keep_back(op, "empty", json!({ items: [] }));
                doc.insert(
                    op.next_token_member.clone().unwrap_or_default(),
                    json!(token),
                );
            }
            Kind::Throttling | Kind::Html503 => {}
        }
        Vec::new()
    }

    /// One enum member of the answer, drawn, set to a value the model lacks.
    fn new_enum_value(&self, op: &Operation, doc: &mut Map<String, Value>) {
        let paths = self.present_enums(op, doc);
        let i = self
            .rng
            .lock()
            .map(|mut r| r.random_range(0..paths.len()))
            .unwrap_or(0);
        let mut value = Value::Object(std::mem::take(doc));
        replace_at(&mut value, &paths[i], &mut |v| {
            *v = json!("CURVEBALL_NEW_VALUE")
        });
        *doc = into_map(value);
    }

    /// Whether the answer leaves a member unset that a `null` can stand in for.
    fn nulls_fit(&self, op: &Operation, doc: &Map<String, Value>) -> bool {
        let mut probe = doc.clone();
        self.add_nulls(op, &mut probe);
        probe.len() != doc.len() || Value::Object(probe) != Value::Object(doc.clone())
    }

    /// `null` for each unset member of every union the answer holds; with no union in it, for each
    /// top-level member it leaves out.
    fn add_nulls(&self, op: &Operation, doc: &mut Map<String, Value>) {
        let Some(nullable) = self.nullable.get(&op.name) else {
            return;
        };
        let mut value = Value::Object(std::mem::take(doc));
        let mut found = false;
        for (path, members) in &nullable.unions {
            replace_at(&mut value, path, &mut |u| {
                if let Value::Object(o) = u {
                    found = true;
                    for m in members {
                        o.entry(m.clone()).or_insert(Value::Null);
                    }
                }
            });
        }
        *doc = into_map(value);
        if !found {
            for m in &nullable.top {
                doc.entry(m.clone()).or_insert(Value::Null);
            }
        }
    }

    /// Keeps the first item on this page and the rest, with the page's own token, behind a new one.
    fn cut_short(&self, op: &Operation, doc: &mut Map<String, Value>) {
        let (Some(items_member), Some(next_member)) =
            (op.items_member.clone(), op.next_token_member.clone())
        else {
            return;
        };
        let Some(Value::Array(mut items)) = doc.remove(&items_member) else {
            return;
        };
        let rest: Vec<Value> = items.drain(1..).collect();
        let mut kept = Map::new();
        kept.insert(items_member.clone(), Value::Array(rest));
        if let Some(next) = doc.remove(&next_member) {
            kept.insert(next_member.clone(), next);
        }
        let token = self.keep_back(op, "short", Value::Object(kept));
        doc.insert(items_member, Value::Array(items));
        doc.insert(next_member, json!(token));
    }

    fn keep_back(&self, op: &Operation, what: &str, body: Value) -> String {
        let n = self.tokens.fetch_add(1, Ordering::Relaxed) + 1;
        let token = format!("curveball-{what}-{n}");
        if let Ok(mut pages) = self.pages.lock() {
            pages.insert(
                token.clone(),
                Kept {
                    operation: op.name.clone(),
                    body,
                },
            );
        }
        token
    }

    /// The enum members of `op`'s answers that this answer holds a value at.
    fn present_enums(&self, op: &Operation, doc: &Map<String, Value>) -> Vec<String> {
        let doc = Value::Object(doc.clone());
        self.enums
            .get(&op.name)
            .map(|paths| {
                paths
                    .iter()
                    .filter(|p| {
                        let mut found = false;
                        replace_at(&mut doc.clone(), p, &mut |v| found |= v.is_string());
                        found
                    })
                    .cloned()
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// The error type taken out of the body, for the header, qualified as AWS front ends send it.
fn type_in_header(op: &Operation, doc: &mut Map<String, Value>) -> String {
    let name = doc
        .remove("__type")
        .and_then(|t| t.as_str().map(str::to_string))
        .unwrap_or_default();
    format!(
        "{name}:http://internal.amazon.com/coral/com.amazonaws.{}/",
        namespace(op)
    )
}

/// `__type` with the service's namespace.
fn qualify_type(op: &Operation, doc: &mut Map<String, Value>) {
    let name = doc
        .get("__type")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    doc.insert(
        "__type".into(),
        json!(format!("com.amazonaws.{}#{name}", namespace(op))),
    );
}

/// The service's namespace as its error types are qualified (`partnercentralchannel`).
fn namespace(op: &Operation) -> String {
    op.target
        .split('.')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
        .replace('_', "")
}

fn timestamps() -> &'static regex::Regex {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(r#""(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})Z""#).expect("a valid pattern")
    })
}

fn into_map(v: Value) -> Map<String, Value> {
    match v {
        Value::Object(m) => m,
        _ => Map::new(),
    }
}

const ADDED: &str = "curveballAddedMember";

/// A member the model lacks at the top of the answer and in each structure one level down.
fn add_members(doc: &mut Map<String, Value>) {
    let added = || json!({"note": "a member the model lacks, as a newer service may send"});
    for value in doc.values_mut() {
        match value {
            Value::Object(o) => {
                o.insert(ADDED.into(), added());
            }
            Value::Array(items) => {
                items
                    .iter_mut()
                    .filter_map(Value::as_object_mut)
                    .for_each(|o| {
                        o.insert(ADDED.into(), added());
                    })
            }
            _ => {}
        }
    }
    doc.insert(ADDED.into(), added());
}

fn swap_message_case(doc: &mut Map<String, Value>) {
    if let Some(m) = doc.remove("message") {
        doc.insert("Message".into(), m);
    } else if let Some(m) = doc.remove("Message") {
        doc.insert("message".into(), m);
    }
}

/// A `__type` in every object below the top, named as a qualified shape name.
/// Puts a `__type` into every structure below the top of an answer: each object but the maps, whose
/// keys are data (a map's values are structures of their own).
struct TypeBelow<'a> {
    ns: String,
    maps: &'a [String],
}

impl TypeBelow<'_> {
    /// `v` is the value of `member` at `path` (`a.b`, list items `a[]`, map values `a.*`).
    fn add(&self, v: &mut Value, member: &str, path: &str) {
        match v {
            Value::Object(o) if self.maps.iter().any(|m| m == path) => {
                let inner = format!("{path}.*");
                o.values_mut().for_each(|x| self.add(x, member, &inner));
            }
            Value::Object(o) => {
                let mut shape: Vec<char> = member.chars().collect();
                if let Some(first) = shape.first_mut() {
                    *first = first.to_ascii_uppercase();
                }
                let shape: String = shape.into_iter().collect();
                for (k, x) in o.iter_mut() {
                    self.add(x, k, &format!("{path}.{k}"));
                }
                o.insert(
                    "__type".into(),
                    json!(format!("com.amazonaws.{}#{shape}", self.ns)),
                );
            }
            Value::Array(items) => {
                let inner = format!("{path}[]");
                items.iter_mut().for_each(|x| self.add(x, member, &inner));
            }
            _ => {}
        }
    }
}

/// The paths of the maps in `op`'s answers (`ConnectionTypes`, `items[].types`, values of a map `m.*`):
/// objects whose schema gives their values and names no members.
fn map_paths(contract: &Contract, op: &Operation) -> Vec<String> {
    fn walk(defs: &Value, schema: &Value, path: &str, depth: usize, out: &mut Vec<String>) {
        let s = crate::spec::resolve_ref(defs, schema);
        if depth > 16 {
            return;
        }
        let join = |k: &str| {
            if path.is_empty() {
                k.to_string()
            } else {
                format!("{path}.{k}")
            }
        };
        if let Some(props) = s.get("properties").and_then(Value::as_object) {
            for (k, sub) in props {
                walk(defs, sub, &join(k), depth + 1, out);
            }
        } else if let Some(values) = s.get("additionalProperties").filter(|v| v.is_object()) {
            out.push(path.to_string());
            walk(defs, values, &format!("{path}.*"), depth + 1, out);
        }
        if let Some(items) = s.get("items") {
            walk(defs, items, &format!("{path}[]"), depth + 1, out);
        }
    }
    let (Some(defs), Some(schema)) = (
        contract.definitions(&op.service),
        contract.document(&op.response),
    ) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    walk(defs, schema, "", 0, &mut out);
    out
}

/// Applies `f` to every value at `path` (`items[].status`, `detail.type`, `types.*.status`) in `doc`.
fn replace_at(doc: &mut Value, path: &str, f: &mut dyn FnMut(&mut Value)) {
    let Some((head, rest)) = path.split_once('.').map_or(Some((path, "")), Some) else {
        return;
    };
    if head == "*" {
        let Value::Object(o) = doc else { return };
        for t in o.values_mut() {
            if rest.is_empty() {
                f(t);
            } else {
                replace_at(t, rest, f);
            }
        }
        return;
    }
    let (name, each) = match head.strip_suffix("[]") {
        Some(name) => (name, true),
        None => (head, false),
    };
    let Some(value) = doc.get_mut(name) else {
        return;
    };
    let targets: Vec<&mut Value> = match (each, value) {
        (true, Value::Array(items)) => items.iter_mut().collect(),
        (true, _) => return,
        (false, v) => vec![v],
    };
    for t in targets {
        if rest.is_empty() {
            f(t);
        } else {
            replace_at(t, rest, f);
        }
    }
}

/// Where `op`'s answers may hold `null` for an unset member: its unions and its top-level members.
fn nullable(contract: &Contract, op: &Operation) -> Nullable {
    let mut unions: Vec<(String, Vec<String>)> = Vec::new();
    for f in crate::spec::facets::of(contract, op) {
        if let Facet::UnionSeen { path, member } = f {
            match unions.iter_mut().find(|(p, _)| *p == path) {
                Some((_, members)) => members.push(member),
                None => unions.push((path, vec![member])),
            }
        }
    }
    let top = contract
        .document(&op.response)
        .and_then(|s| s.get("properties"))
        .and_then(Value::as_object)
        .map(|p| p.keys().filter(|k| *k != "__type").cloned().collect())
        .unwrap_or_default();
    Nullable { unions, top }
}

/// The paths of the enum members in `op`'s answers.
fn enum_paths(contract: &Contract, op: &Operation) -> Vec<String> {
    let mut paths: Vec<String> = crate::spec::facets::of(contract, op)
        .into_iter()
        .filter_map(|f| match f {
            Facet::EnumSeen { path, .. } if !path.contains('*') => Some(path),
            _ => None,
        })
        .collect();
    paths.dedup();
    paths
}
