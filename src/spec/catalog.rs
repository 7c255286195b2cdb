//! The operation catalog: what the contract says about each operation, read from `schemas/catalog.json`.
use std::collections::BTreeMap;

use serde::Deserialize;

/// One AWS service the contract covers (Channel or Account).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Service {
    pub title: String,
    pub api_version: String,
    pub target_prefix: String,
    pub signing_name: String,
    pub endpoint: String,
    pub signing_region: String,
    pub auth_schemes: Vec<String>,
    pub conventions: Conventions,
    pub errors: BTreeMap<String, ErrorShape>,
    /// Operations of the service's model that the contract leaves out on purpose (`spec diff` does not
    /// count them as added).
    #[serde(default)]
    pub not_covered: Vec<String>,
    /// Errors only an injection brings about in a run (the service's own transient failures, IAM's
    /// refusal, a quota an account reached), each with why: coverage counts them apart from behaviour.
    #[serde(default)]
    pub injected_errors: BTreeMap<String, String>,
}

/// How a service spells its members: what the runner, the mock and the checkers read instead of
/// deciding by the service's name.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Conventions {
    /// The request member that names the catalog (`catalog`, `Catalog`).
    pub catalog_member: String,
    /// The case of member names, errors' included (`message` or `Message`).
    pub member_case: MemberCase,
    /// The ValidationException member that lists offending fields (`fieldList`, or the Account API's
    /// `ErrorDetails`, a list of `FieldValidationError` unions).
    pub field_list: String,
}

impl Default for Conventions {
    fn default() -> Self {
        Conventions {
            catalog_member: "catalog".into(),
            member_case: MemberCase::Camel,
            field_list: "fieldList".into(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum MemberCase {
    /// `message`, `reason`, `resourceId`.
    Camel,
    /// `Message`, `Reason`, `ResourceId`.
    Pascal,
}

impl MemberCase {
    /// A member name, written in this case from its camelCase form.
    pub fn spell(self, camel: &str) -> String {
        match self {
            MemberCase::Camel => camel.to_string(),
            MemberCase::Pascal => {
                let mut c = camel.chars();
                c.next()
                    .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                    .unwrap_or_default()
            }
        }
    }
}

/// An error shape: its schema and the HTTP status the service answers it with.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ErrorShape {
    pub schema: String,
    pub http_status: u16,
    /// The model's `retryable` trait: a client may try the call again.
    #[serde(default)]
    pub retryable: bool,
    /// The model's `retryable(throttling=true)`.
    #[serde(default)]
    pub throttling: bool,
    /// Which side the model blames: `client` (4xx) or `server` (5xx); none for common AWS errors.
    #[serde(default)]
    pub fault: Option<super::model::Fault>,
    /// Whether `httpStatus` is the model's own (`@httpError`); otherwise it is our reading.
    #[serde(default)]
    pub status_from_model: bool,
}

/// One operation of the contract.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Operation {
    pub name: String,
    pub service: String,
    pub target: String,
    pub request: String,
    pub response: String,
    /// The errors the model declares for this operation.
    pub errors: Vec<String>,
    pub idempotency_token: Option<String>,
    pub mutating: bool,
    pub paginated: bool,
    pub items_member: Option<String>,
    pub next_token_member: Option<String>,
    /// The request member that sets a page's size (`maxResults`, `MaxResults`).
    #[serde(default)]
    pub max_results_member: Option<String>,
    /// Its service's conventions (filled in when the catalog is loaded).
    #[serde(skip)]
    pub conventions: Conventions,
    /// How to undo a successful call of this (create) operation, for cleanup after a run.
    #[serde(default)]
    pub cleanup: Option<Cleanup>,
    /// A valid request (ours), which features and generators start from.
    #[serde(default)]
    pub example: Option<serde_json::Value>,
    /// Facets of this operation no conformant endpoint can show (in the words the coverage report uses,
    /// `ParticipantType = RECEIVER seen`), each with why; besides those its lifecycles rule out.
    #[serde(default)]
    pub unreachable: BTreeMap<String, String>,
    /// The family of resources its calls touch (ours: one of the catalog's `families`).
    #[serde(default)]
    pub family: Option<String>,
    /// How the generated request-shape probes start (ours): what they make first, the members set from
    /// it, what goes with a probed member, where a value sent reads back.
    #[serde(default)]
    pub probe: Option<super::probes::recipe::ProbeRecipe>,
}

impl Operation {
    /// Whether sending `body` again could not do twice what it asks: a read, or a write that carries its
    /// idempotency token.
    pub fn safe_to_repeat(&self, body: &serde_json::Value) -> bool {
        !self.mutating
            || self
                .idempotency_token
                .as_deref()
                .is_some_and(|t| body.get(t).is_some())
    }
}

/// The call that undoes what a create made. Each member of its request comes from the create's request
/// (`request:path`) or response (`response:path`), from the `lookup` call's answer (`lookup:path`), the
/// `snapshot` call's answer (`before:path`), a fresh idempotency token (`token:`) or a fixed text
/// (`literal:text`).
#[derive(Debug, Clone, Deserialize)]
pub struct Cleanup {
    pub operation: String,
    pub members: BTreeMap<String, String>,
    /// A read made just before the undo, for members neither the call's request nor its response holds.
    #[serde(default)]
    pub lookup: Option<Lookup>,
    /// A read made just before the call itself: what an update replaced, for the undo to restore.
    #[serde(default)]
    pub snapshot: Option<Lookup>,
    /// Errors that mean there is nothing left to undo (gone already, or no longer in a state to undo), each
    /// recipe its own: any other error leaves the resource behind.
    pub settled: Vec<String>,
    /// How to read the resource when its undo is refused with another error: a resource the read shows
    /// in a status past its lifecycle's initial one is settled, not left behind.
    #[serde(default)]
    pub read: Option<StatusRead>,
}

/// A read of one resource's status: a Get (`statusPath` in its answer), or a List followed page by page
/// to the item whose `item.member` equals `item.equals` (a source, as a recipe member's).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StatusRead {
    pub operation: String,
    pub members: BTreeMap<String, String>,
    pub status_path: String,
    #[serde(default)]
    pub item: Option<ItemOf>,
}

/// Which item of a list is the resource: the one whose `member` equals `equals` (a source, or a
/// template).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemOf {
    pub member: String,
    pub equals: String,
}

/// A read whose answer a cleanup takes members from; its own members come from the call's request.
#[derive(Debug, Clone, Deserialize)]
pub struct Lookup {
    pub operation: String,
    pub members: BTreeMap<String, String>,
}

/// A family of resources, and what makes its scenarios disturb each other.
#[derive(Debug, Clone, Deserialize)]
pub struct FamilyOf {
    pub name: String,
    pub about: String,
}

/// The whole catalog.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Catalog {
    pub version: u32,
    pub model_source: String,
    pub services: BTreeMap<String, Service>,
    pub common_errors: BTreeMap<String, ErrorShape>,
    /// The lifecycles of resources that move through statuses (handshakes, invitations).
    #[serde(default)]
    pub lifecycles: Vec<super::lifecycle::Lifecycle>,
    /// The families of resources scenarios can disturb each other through, in the order a `@serial`
    /// scenario's own family is chosen.
    #[serde(default)]
    pub families: Vec<FamilyOf>,
    pub operations: Vec<Operation>,
}

impl Catalog {
    /// Gives every operation its service's conventions.
    pub fn link_conventions(&mut self) {
        for op in &mut self.operations {
            if let Some(s) = self.services.get(&op.service) {
                op.conventions = s.conventions.clone();
            }
        }
    }

    /// The lifecycle of the resource steps call `resource`.
    pub fn lifecycle(&self, resource: &str) -> Option<&super::lifecycle::Lifecycle> {
        self.lifecycles.iter().find(|l| l.resource == resource)
    }

    pub fn operation(&self, name: &str) -> Option<&Operation> {
        self.operations.iter().find(|op| op.name == name)
    }

    /// The operation an `X-Amz-Target` header names, matched exactly.
    pub fn by_target(&self, target: &str) -> Option<&Operation> {
        self.operations.iter().find(|op| op.target == target)
    }

    /// The operation of a service's model that the contract leaves out, when an `X-Amz-Target` names
    /// one (`PartnerCentralAccount.ListPartners`): its service and name.
    pub fn not_covered_by_target(&self, target: &str) -> Option<(&Service, &str)> {
        let (prefix, name) = target.split_once('.')?;
        self.services.values().find_map(|s| {
            let listed = s.not_covered.iter().find(|n| n.as_str() == name)?;
            (s.target_prefix == prefix).then_some((s, listed.as_str()))
        })
    }

    pub fn service(&self, key: &str) -> Option<&Service> {
        self.services.get(key)
    }

    pub fn service_of(&self, op: &Operation) -> Option<&Service> {
        self.services.get(&op.service)
    }

    /// The error shape `name` as `op` may return it: declared by its service, or one of the common AWS errors.
    pub fn error_shape(&self, op: &Operation, name: &str) -> Option<&ErrorShape> {
        self.service_of(op)
            .and_then(|s| s.errors.get(name))
            .or_else(|| self.common_errors.get(name))
    }

    /// Whether `op` may answer with error `name`: declared by the operation, or a common AWS error.
    pub fn may_return(&self, op: &Operation, name: &str) -> bool {
        op.errors.iter().any(|e| e == name) || self.common_errors.contains_key(name)
    }

    /// Whether the model marks error `name` of `op`'s service as retryable.
    pub fn retryable(&self, op: &Operation, name: &str) -> bool {
        self.error_shape(op, name).is_some_and(|e| e.retryable)
    }

    /// When `status` is not what error `name` of `op` is answered with, what is expected. A service's
    /// own error must carry its modeled `httpError`; a common AWS error only its class (4xx or 5xx),
    /// since AWS's front door answers those with several statuses.
    pub fn expected_status(&self, op: &Operation, name: &str, status: u16) -> Option<String> {
        if let Some(shape) = self.service_of(op).and_then(|s| s.errors.get(name)) {
            return (status != shape.http_status)
                .then(|| format!("{} (the modeled httpError of {name})", shape.http_status));
        }
        let shape = self.common_errors.get(name)?;
        (status / 100 != shape.http_status / 100)
            .then(|| format!("a {}xx status, as {name} has", shape.http_status / 100))
    }

    /// The HTTP status of an error shape of a service (or a common error), 400 when unknown.
    pub fn status_of(&self, service: &str, name: &str) -> u16 {
        self.services
            .get(service)
            .and_then(|s| s.errors.get(name))
            .or_else(|| self.common_errors.get(name))
            .map_or(400, |e| e.http_status)
    }
}
