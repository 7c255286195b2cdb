//! `spec diff`: the built-in contract against an official model (botocore's `service-2.json` or a Smithy
//! JSON AST) — operations, members, enum values, constraints, errors and required flags that the model
//! added, removed or changed, each classed as Smithy's diff rules class it: *backward compatible* (a
//! client built on the contract keeps working) or *breaking*.
mod model;
pub mod ours;
mod smithy;

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

pub use model::{Kind, Model, ModelError, Shape, read};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Class {
    BackwardCompatible,
    Breaking,
}

impl Class {
    pub fn as_str(self) -> &'static str {
        match self {
            Class::BackwardCompatible => "backward compatible",
            Class::Breaking => "breaking",
        }
    }
}

/// One difference, from the contract (before) to the model (after).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Change {
    /// `operation`, `member`, `enumValue`, `constraint`, `error`, `required`, `type`.
    pub what: &'static str,
    /// `added`, `removed` or `changed`.
    pub change: &'static str,
    /// The operation, or `Shape.member`, the change is about.
    pub subject: String,
    pub detail: String,
    pub class: Class,
}

/// Where a shape is used: in requests (a change must not refuse what clients send), responses, or both.
#[derive(Debug, Clone, Copy, Default)]
struct Sides {
    input: bool,
    output: bool,
}

struct Compare<'a> {
    ours: &'a Model,
    theirs: &'a Model,
    changes: Vec<Change>,
}

fn change(
    what: &'static str,
    change: &'static str,
    subject: String,
    detail: String,
    class: Class,
) -> Change {
    Change {
        what,
        change,
        subject,
        detail,
        class,
    }
}

/// A pattern as written, without the escapes that only some regex dialects need (`\-` in a class).
fn pattern(p: &Option<String>) -> Option<String> {
    p.as_ref().map(|p| p.replace("\\-", "-"))
}

impl Compare<'_> {
    fn push(&mut self, c: Change) {
        self.changes.push(c);
    }

    fn operations(&mut self, not_covered: &BTreeSet<String>) -> BTreeMap<String, Sides> {
        let mut sides: BTreeMap<String, Sides> = BTreeMap::new();
        for (name, theirs) in &self.theirs.operations {
            let Some(ours) = self.ours.operations.get(name) else {
                if !not_covered.contains(name) {
                    self.push(change(
                        "operation",
                        "added",
                        name.clone(),
                        "an operation the contract lacks".into(),
                        Class::BackwardCompatible,
                    ));
                }
                continue;
            };
            for e in theirs.errors.difference(&ours.errors) {
                self.push(change(
                    "error",
                    "added",
                    name.clone(),
                    format!("may now answer {e}"),
                    Class::BackwardCompatible,
                ));
            }
            for e in ours.errors.difference(&theirs.errors) {
                self.push(change(
                    "error",
                    "removed",
                    name.clone(),
                    format!("no longer declares {e}"),
                    Class::BackwardCompatible,
                ));
            }
            for (mine, other, input) in [
                (&ours.input, &theirs.input, true),
                (&ours.output, &theirs.output, false),
            ] {
                let (Some(mine), Some(other)) = (mine, other) else {
                    continue;
                };
                let side = Sides {
                    input,
                    output: !input,
                };
                self.pair(
                    mine,
                    other,
                    &format!("{name} {}", if input { "input" } else { "output" }),
                    side,
                    &mut sides,
                );
            }
            for e in ours.errors.intersection(&theirs.errors) {
                self.pair(
                    e,
                    e,
                    e,
                    Sides {
                        input: false,
                        output: true,
                    },
                    &mut sides,
                );
            }
        }
        for name in self
            .ours
            .operations
            .keys()
            .filter(|n| !self.theirs.operations.contains_key(*n))
        {
            self.push(change(
                "operation",
                "removed",
                name.clone(),
                "the model no longer has it".into(),
                Class::Breaking,
            ));
        }
        sides
    }

    /// Compares two shapes (by their names in each model) and marks what they reach as used on `side`.
    fn pair(
        &mut self,
        mine: &str,
        other: &str,
        label: &str,
        side: Sides,
        seen: &mut BTreeMap<String, Sides>,
    ) {
        let (Some(a), Some(b)) = (self.ours.shapes.get(mine), self.theirs.shapes.get(other)) else {
            return;
        };
        self.shape(a, b, label, side);
        for m in b
            .members
            .values()
            .map(|m| &m.target)
            .chain(b.item.iter())
            .chain(b.key.iter())
        {
            reach(self.theirs, m, side, seen);
        }
    }

    fn shape(&mut self, a: &Shape, b: &Shape, name: &str, side: Sides) {
        if a.kind != b.kind {
            self.push(change(
                "type",
                "changed",
                name.into(),
                format!("{:?} → {:?}", a.kind, b.kind),
                Class::Breaking,
            ));
            return;
        }
        self.members(a, b, name, side);
        for v in b.enum_values.difference(&a.enum_values) {
            self.push(change(
                "enumValue",
                "added",
                name.into(),
                v.clone(),
                Class::BackwardCompatible,
            ));
        }
        for v in a.enum_values.difference(&b.enum_values) {
            self.push(change(
                "enumValue",
                "removed",
                name.into(),
                v.clone(),
                Class::Breaking,
            ));
        }
        self.bounds(a, b, name);
        if pattern(&a.pattern) != pattern(&b.pattern) {
            let detail = format!("pattern {:?} → {:?}", a.pattern, b.pattern);
            self.push(change(
                "constraint",
                "changed",
                name.into(),
                detail,
                Class::Breaking,
            ));
        }
        for (what, x, y) in [
            ("list or map member", &a.item, &b.item),
            ("map key", &a.key, &b.key),
        ] {
            if x != y {
                self.push(change(
                    "type",
                    "changed",
                    name.into(),
                    format!("{what} {x:?} → {y:?}"),
                    Class::Breaking,
                ));
            }
        }
    }

    fn members(&mut self, a: &Shape, b: &Shape, name: &str, side: Sides) {
        for (m, theirs) in &b.members {
            let subject = format!("{name}.{m}");
            let Some(ours) = a.members.get(m) else {
                let breaking = theirs.required && side.input;
                let class = if breaking {
                    Class::Breaking
                } else {
                    Class::BackwardCompatible
                };
                let detail = format!(
                    "{} {}",
                    if theirs.required {
                        "required"
                    } else {
                        "optional"
                    },
                    theirs.target
                );
                self.push(change("member", "added", subject, detail, class));
                continue;
            };
            if ours.target != theirs.target {
                self.push(change(
                    "type",
                    "changed",
                    subject.clone(),
                    format!("{} → {}", ours.target, theirs.target),
                    Class::Breaking,
                ));
            }
            if ours.required != theirs.required {
                // A newly required input member refuses old requests; a no longer required output member
                // may be missing where clients expect it.
                let breaking = if theirs.required {
                    side.input
                } else {
                    side.output
                };
                let class = if breaking {
                    Class::Breaking
                } else {
                    Class::BackwardCompatible
                };
                let detail = if theirs.required {
                    "now required"
                } else {
                    "no longer required"
                };
                self.push(change("required", "changed", subject, detail.into(), class));
            }
        }
        for m in a.members.keys().filter(|m| !b.members.contains_key(*m)) {
            self.push(change(
                "member",
                "removed",
                format!("{name}.{m}"),
                "the model no longer has it".into(),
                Class::Breaking,
            ));
        }
    }

    fn bounds(&mut self, a: &Shape, b: &Shape, name: &str) {
        // Narrower bounds refuse values that were allowed: breaking. Wider ones: backward compatible.
        let narrower_min = match (a.min, b.min) {
            (x, y) if x == y => None,
            (None, Some(_)) => Some(true),
            (Some(_), None) => Some(false),
            (Some(x), Some(y)) => Some(y > x),
            _ => None,
        };
        let narrower_max = match (a.max, b.max) {
            (x, y) if x == y => None,
            (None, Some(_)) => Some(true),
            (Some(_), None) => Some(false),
            (Some(x), Some(y)) => Some(y < x),
            _ => None,
        };
        for (which, narrower, x, y) in [
            ("min", narrower_min, a.min, b.min),
            ("max", narrower_max, a.max, b.max),
        ] {
            let Some(narrower) = narrower else { continue };
            let class = if narrower {
                Class::Breaking
            } else {
                Class::BackwardCompatible
            };
            let show = |v: Option<i64>| v.map_or("none".to_string(), |v| v.to_string());
            self.push(change(
                "constraint",
                "changed",
                name.into(),
                format!("{which} {} → {}", show(x), show(y)),
                class,
            ));
        }
    }
}

/// Marks `name` and what it reaches as used on `side`.
fn reach(model: &Model, name: &str, side: Sides, seen: &mut BTreeMap<String, Sides>) {
    let entry = seen.entry(name.to_string()).or_default();
    let before = (entry.input, entry.output);
    entry.input |= side.input;
    entry.output |= side.output;
    if before == (entry.input, entry.output) && before != (false, false) {
        return;
    }
    let Some(s) = model.shapes.get(name) else {
        return;
    };
    let next: Vec<String> = s
        .members
        .values()
        .map(|m| m.target.clone())
        .chain(s.item.clone())
        .chain(s.key.clone())
        .collect();
    for n in next {
        reach(model, &n, side, seen);
    }
}

/// Every difference between `ours` (the contract) and `theirs` (the model), in a stable order.
/// Operations of the model in `not_covered` are ones the contract leaves out on purpose.
pub fn diff(ours: &Model, theirs: &Model, not_covered: &BTreeSet<String>) -> Vec<Change> {
    let mut c = Compare {
        ours,
        theirs,
        changes: Vec::new(),
    };
    let sides = c.operations(not_covered);
    for (name, side) in sides {
        if let (Some(a), Some(b)) = (ours.shapes.get(&name), theirs.shapes.get(&name)) {
            c.shape(a, b, &name, side);
        }
    }
    c.changes.sort();
    c.changes.dedup();
    c.changes
}
