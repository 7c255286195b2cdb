//! Who a scenario needs and whether the run can play it: the principals its steps name (in their text,
//! tables and docstrings, and its backgrounds'), and the run's rules (the mock's admin API, mutations in
//! the AWS catalog, a contact for invitations, an account per principal), so that a run against a service
//! given fewer accounts than the mock has skips what it cannot play, with the reason, instead of failing.
use std::collections::BTreeSet;

use cucumber::gherkin::{Feature, Rule, Scenario, Step};

use crate::wire::Principal;

/// The principals the features play (the mock's defaults): what a scenario may need an account for.
pub fn roles() -> Vec<String> {
    crate::wire::default_principals()
        .into_iter()
        .map(|p| p.name)
        .collect()
}

/// What decides whether a selected scenario can be played.
pub struct Rules<'a> {
    pub against_mock: bool,
    pub mutations_allowed: bool,
    pub principals: &'a [Principal],
}

impl Rules<'_> {
    /// Why a scenario with `tags` that names the principals `named` is not played, if it is not.
    pub fn skip(&self, tags: &[String], named: &[String]) -> Option<String> {
        let has = |t: &str| tags.iter().any(|x| x == t);
        if !self.against_mock && has("mock-only") {
            return Some("@mock-only: needs a pcc-conformance mock's admin API".into());
        }
        if !self.mutations_allowed && has("mutating") {
            return Some(
                "@mutating: not run against the AWS catalog without --allow-production".into(),
            );
        }
        if self.against_mock {
            return None;
        }
        self.without_contact(tags)
            .or_else(|| self.without_account(named))
    }

    fn principal(&self, name: &str) -> Option<&Principal> {
        self.principals.iter().find(|p| p.name == name)
    }

    /// An invitation names a person whom a real service may write to: only the user's own contact.
    fn without_contact(&self, tags: &[String]) -> Option<String> {
        tags.iter()
            .filter_map(|t| t.strip_prefix("contact:"))
            .find(|name| self.principal(name).is_none_or(|p| p.contact.is_none()))
            .map(|name| {
                format!(
                    "@contact:{name}: invitations name a person; give principal '{name}' a contact \
                     (--contact {name}=EMAIL, or \"contact\" in the principals file)"
                )
            })
    }

    /// One account where the scenario needs two: skipped, saying which account would let it run.
    fn without_account(&self, named: &[String]) -> Option<String> {
        let roles = roles();
        let missing: Vec<&String> = named
            .iter()
            .filter(|n| roles.contains(n) && self.principal(n).is_none())
            .collect();
        let first = missing.first()?;
        let names: Vec<&str> = missing.iter().map(|m| m.as_str()).collect();
        Some(format!(
            "needs principal '{}', which the run was not given: another account would let it run \
             (--principal {first}=PROFILE@ACCOUNT)",
            names.join("', '")
        ))
    }
}

/// The principals of `roles` that the scenario names, in the order of `roles`.
pub fn named(
    feature: &Feature,
    rule: Option<&Rule>,
    scenario: &Scenario,
    roles: &[String],
) -> Vec<String> {
    let steps = feature
        .background
        .iter()
        .flat_map(|b| &b.steps)
        .chain(
            rule.and_then(|r| r.background.as_ref())
                .into_iter()
                .flat_map(|b| &b.steps),
        )
        .chain(&scenario.steps);
    let mut text = String::new();
    for step in steps {
        text.push_str(&step_text(step));
        text.push('\n');
    }
    for example in &scenario.examples {
        for row in example.table.iter().flat_map(|t| &t.rows) {
            text.push_str(&row.join(" | "));
            text.push('\n');
        }
    }
    let found: BTreeSet<&String> = roles.iter().filter(|role| names(&text, role)).collect();
    roles
        .iter()
        .filter(|r| found.contains(r))
        .cloned()
        .collect()
}

/// A step's text with its table rows and docstring.
pub fn step_text(step: &Step) -> String {
    let mut text = step.value.clone();
    for row in step.table.iter().flat_map(|t| &t.rows) {
        text.push('\n');
        text.push_str(&row.join(" | "));
    }
    if let Some(doc) = &step.docstring {
        text.push('\n');
        text.push_str(doc);
    }
    text
}

/// Whether `text` names principal `role`: as an actor (`"receiver"`), or in a template
/// (`{{principal.receiver.accountId}}`, `{{contact.receiver.email}}`).
fn names(text: &str, role: &str) -> bool {
    [
        format!("\"{role}\""),
        format!("principal.{role}."),
        format!("contact.{role}."),
    ]
    .iter()
    .any(|needle| text.contains(needle.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_principal_is_named_as_an_actor_or_in_a_template() {
        assert!(names(r#"When "receiver" calls X"#, "receiver"));
        assert!(names(
            "| a | {{principal.outsider.accountId}} |",
            "outsider"
        ));
        assert!(names("{{contact.sender.email}}", "sender"));
        assert!(!names(r#"When "receivers" calls X"#, "receiver"));
        assert!(!names("the receiver's side", "receiver"));
    }
}
