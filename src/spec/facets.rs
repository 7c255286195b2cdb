//! What the contract defines for one operation, as a list of facets a run can exercise: each request
//! member, each enum value sent and seen in answers, each tagged-union member sent and seen, each declared
//! error, each length and range bound of a request member, and (for a list) paging to the end. The
//! report's coverage counts which of them a run's exchanges touched.
use serde::Serialize;
use serde_json::Value;

use super::{Contract, Operation};

/// How deep nested shapes are followed (the models nest a few levels; this bounds recursive shapes).
const MAX_DEPTH: usize = 8;

/// One thing the contract defines that a run may or may not exercise.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum Facet {
    /// A request member, by path (`payload.startServicePeriodPayload`, `tags[].key`).
    Member {
        path: String,
    },
    EnumSent {
        path: String,
        value: String,
    },
    EnumSeen {
        path: String,
        value: String,
    },
    UnionSent {
        path: String,
        member: String,
    },
    UnionSeen {
        path: String,
        member: String,
    },
    /// A declared error the operation answered with.
    Error {
        name: String,
    },
    /// A request value at a bound, or just past it (`maxLength` 64: a length of 64 or 65).
    Bound {
        path: String,
        rule: String,
        limit: i64,
    },
    /// A list followed by its `nextToken` until a page came without one.
    PagedToEnd,
}

impl Facet {
    /// The facet's kind, as the report groups them.
    pub fn kind(&self) -> &'static str {
        match self {
            Facet::Member { .. } => "member",
            Facet::EnumSent { .. } => "enumSent",
            Facet::EnumSeen { .. } => "enumSeen",
            Facet::UnionSent { .. } => "unionSent",
            Facet::UnionSeen { .. } => "unionSeen",
            Facet::Error { .. } => "error",
            Facet::Bound { .. } => "bound",
            Facet::PagedToEnd => "pagination",
        }
    }
}

impl std::fmt::Display for Facet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Facet::Member { path } => write!(f, "member {path}"),
            Facet::EnumSent { path, value } => write!(f, "{path} = {value} sent"),
            Facet::EnumSeen { path, value } => write!(f, "{path} = {value} seen"),
            Facet::UnionSent { path, member } => write!(f, "{path}.{member} sent"),
            Facet::UnionSeen { path, member } => write!(f, "{path}.{member} seen"),
            Facet::Error { name } => write!(f, "error {name}"),
            Facet::Bound { path, rule, limit } => write!(f, "{path} at {rule} {limit}"),
            Facet::PagedToEnd => write!(f, "paged to the end"),
        }
    }
}

/// Which side of the exchange a schema describes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Request,
    Response,
}

struct Walk<'a> {
    defs: &'a Value,
    side: Side,
    out: Vec<Facet>,
}

impl<'a> Walk<'a> {
    fn resolve(&self, schema: &'a Value) -> &'a Value {
        super::resolve_ref(self.defs, schema)
    }

    fn schema(&mut self, schema: &'a Value, path: &str, depth: usize) {
        let s = self.resolve(schema);
        if depth > MAX_DEPTH {
            return;
        }
        if let Some(values) = s.get("enum").and_then(Value::as_array) {
            for v in values.iter().filter_map(Value::as_str) {
                let (path, value) = (path.to_string(), v.to_string());
                self.out.push(match self.side {
                    Side::Request => Facet::EnumSent { path, value },
                    Side::Response => Facet::EnumSeen { path, value },
                });
            }
        }
        if self.side == Side::Request {
            self.bounds(s, path);
        }
        if let Some(items) = s.get("items") {
            self.schema(items, &format!("{path}[]"), depth + 1);
        }
        if let Some(values) = s.get("additionalProperties").filter(|v| v.is_object()) {
            self.schema(values, &format!("{path}.*"), depth + 1);
        }
        if let Some(props) = s.get("properties").and_then(Value::as_object) {
            let union = s.get("x-tagged-union").is_some();
            for (name, member) in props {
                let inner = if path.is_empty() {
                    name.clone()
                } else {
                    format!("{path}.{name}")
                };
                self.member(union, path, name, &inner);
                self.schema(member, &inner, depth + 1);
            }
        }
    }

    fn member(&mut self, union: bool, path: &str, name: &str, inner: &str) {
        if self.side == Side::Request && name != "__type" {
            self.out.push(Facet::Member {
                path: inner.to_string(),
            });
        }
        if union {
            let (path, member) = (path.to_string(), name.to_string());
            self.out.push(match self.side {
                Side::Request => Facet::UnionSent { path, member },
                Side::Response => Facet::UnionSeen { path, member },
            });
        }
    }

    fn bounds(&mut self, s: &Value, path: &str) {
        for rule in [
            "minLength",
            "maxLength",
            "minimum",
            "maximum",
            "minItems",
            "maxItems",
        ] {
            let Some(limit) = s.get(rule).and_then(Value::as_i64) else {
                continue;
            };
            // A least length or size of 0 has nothing below it to probe.
            if matches!(rule, "minLength" | "minItems") && limit == 0 {
                continue;
            }
            self.out.push(Facet::Bound {
                path: path.to_string(),
                rule: rule.to_string(),
                limit,
            });
        }
    }
}

/// Every facet the contract defines for `op`, sorted.
pub fn of(contract: &Contract, op: &Operation) -> Vec<Facet> {
    let Some(defs) = contract.definitions(&op.service) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (doc, side) in [(&op.request, Side::Request), (&op.response, Side::Response)] {
        if let Some(schema) = contract.document(doc) {
            let mut walk = Walk {
                defs,
                side,
                out: Vec::new(),
            };
            walk.schema(schema, "", 0);
            out.extend(walk.out);
        }
    }
    out.extend(
        op.errors
            .iter()
            .map(|name| Facet::Error { name: name.clone() }),
    );
    if op.paginated {
        out.push(Facet::PagedToEnd);
    }
    out.sort();
    out.dedup();
    out
}
