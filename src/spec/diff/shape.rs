//! One shape against its namesake: kind, members (added, removed, retargeted, required or not), enum
//! values, bounds, pattern, list and map members.
use super::{Class, Compare, Shape, Sides, change, model, pattern};

impl Compare<'_> {
    pub(super) fn shape(&mut self, a: &Shape, b: &Shape, name: &str, side: Sides) {
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
        let (mine, theirs) = (a.enum_set(), b.enum_set());
        for v in theirs.difference(&mine) {
            self.push(change(
                "enumValue",
                "added",
                name.into(),
                v.to_string(),
                Class::BackwardCompatible,
            ));
        }
        for v in mine.difference(&theirs) {
            self.push(change(
                "enumValue",
                "removed",
                name.into(),
                v.to_string(),
                Class::Breaking,
            ));
        }
        self.bounds(a, b, name);
        self.error_traits(a, b, name);
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
            match a.members.get(m) {
                Some(ours) => self.member(ours, theirs, subject, side),
                None => {
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
                }
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

    /// A member both have: its target and its required flag.
    fn member(
        &mut self,
        ours: &model::Member,
        theirs: &model::Member,
        subject: String,
        side: Sides,
    ) {
        if ours.target != theirs.target {
            self.push(change(
                "type",
                "changed",
                subject.clone(),
                format!("{} → {}", ours.target, theirs.target),
                Class::Breaking,
            ));
        }
        self.idempotency_token(ours, theirs, &subject);
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

    fn bounds(&mut self, a: &Shape, b: &Shape, name: &str) {
        // Narrower bounds refuse values that were allowed: breaking. Wider ones: backward compatible.
        for (which, x, y) in [("min", a.min, b.min), ("max", a.max, b.max)] {
            let Some(narrower) = narrower(which == "min", x, y) else {
                continue;
            };
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

/// Whether a lower (`lower`) or upper bound moved from `before` to `after` narrows what is allowed;
/// `None` when it did not move.
fn narrower(lower: bool, before: Option<i64>, after: Option<i64>) -> Option<bool> {
    match (before, after) {
        (x, y) if x == y => None,
        (None, _) => Some(true),
        (_, None) => Some(false),
        (Some(x), Some(y)) => Some(if lower { y > x } else { y < x }),
    }
}
