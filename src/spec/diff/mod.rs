//! `spec diff`: the built-in contract against an official model (botocore's `service-2.json` or a Smithy
//! JSON AST) — operations, members, enum values, constraints, errors and required flags that the model
//! added, removed or changed, each classed as Smithy's diff rules class it: *backward compatible* (a
//! client built on the contract keeps working) or *breaking*.
pub mod ours;
mod shape;
mod traits;

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::spec::model;
pub use crate::spec::model::{Kind, Model, ModelError, Shape, read};

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
            match self.ours.operations.get(name) {
                Some(ours) => self.operation(name, ours, theirs, &mut sides),
                None if !not_covered.contains(name) => self.push(change(
                    "operation",
                    "added",
                    name.clone(),
                    "an operation the contract lacks".into(),
                    Class::BackwardCompatible,
                )),
                None => {}
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

    /// One operation both have: its errors, its input and output, and its error shapes.
    fn operation(
        &mut self,
        name: &str,
        ours: &model::OperationShape,
        theirs: &model::OperationShape,
        sides: &mut BTreeMap<String, Sides>,
    ) {
        for e in theirs.errors.difference(&ours.errors) {
            self.push(change(
                "error",
                "added",
                name.into(),
                format!("may now answer {e}"),
                Class::BackwardCompatible,
            ));
        }
        for e in ours.errors.difference(&theirs.errors) {
            self.push(change(
                "error",
                "removed",
                name.into(),
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
            let label = format!("{name} {}", if input { "input" } else { "output" });
            self.pair(
                mine,
                other,
                &label,
                Sides {
                    input,
                    output: !input,
                },
                sides,
            );
        }
        self.operation_traits(name, ours, theirs);
        for e in ours.errors.intersection(&theirs.errors) {
            self.pair(
                e,
                e,
                e,
                Sides {
                    input: false,
                    output: true,
                },
                sides,
            );
        }
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
    c.service_traits();
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
