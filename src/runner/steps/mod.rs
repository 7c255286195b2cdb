//! Generic, data-driven steps. Adding an operation needs schemas, catalog entries and feature text, not code here.
mod calls;
mod collected;
mod documented;
mod filtered;
mod mock;
mod outcomes;
mod preconditions;
mod read_back;

use cucumber::gherkin::Step;
use serde_json::Value;

use super::{
    verdict::Basis,
    world::{ConformanceWorld, LastCall},
};

pub(super) fn table(step: &Step) -> Vec<Vec<String>> {
    step.table
        .as_ref()
        .map(|t| t.rows.clone())
        .unwrap_or_default()
}

pub(super) fn docstring_json(world: &mut ConformanceWorld, step: &Step) -> Value {
    let text = step.docstring.as_deref().unwrap_or("{}");
    match serde_json::from_str::<Value>(text) {
        Ok(v) => world.fill(v),
        Err(e) => panic!("the step's docstring is not JSON: {e}"),
    }
}

/// A setup call is an expectation too: it must succeed, with the step's basis.
pub(super) fn setup_succeeded(world: &mut ConformanceWorld, step: &Step) {
    let last = world.last().clone();
    world.expect_outcome(step, last.response.is_success(), || {
        format!("setup call {} failed: {}", last.operation, describe(&last))
    });
}

/// How a call ended, for a message: the status, error type and message.
pub(super) fn describe(last: &LastCall) -> String {
    let r = &last.response;
    format!(
        "{} {} {}",
        r.status,
        r.error_type.clone().unwrap_or_default(),
        r.error_message().unwrap_or_default()
    )
}

/// Fails the step whatever the endpoint: the expectation is of a basis that is never advisory.
pub(super) fn hard_failure(world: &mut ConformanceWorld, basis: Basis, message: String) -> ! {
    let ending = super::verdict::Ending::Failed { basis, step: None };
    world.end(ending, message);
}
