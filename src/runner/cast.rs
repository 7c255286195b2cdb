//! Who a scenario needs: the principals its steps name (in their text, tables and docstrings, and its
//! backgrounds'), so that a run against a service given fewer accounts than the mock has skips what it
//! cannot play, with the reason, instead of failing it.
use std::collections::BTreeSet;

use cucumber::gherkin::{Feature, Rule, Scenario, Step};

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

fn step_text(step: &Step) -> String {
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
