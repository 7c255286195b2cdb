//! AWS's documented examples: send one with what the scenario made in place of AWS's made-up ids, and
//! hold the answer to the example's form (the members it shows, each value's form; never its values).
use cucumber::{gherkin::Step, then, when};

use super::{describe, table};
use crate::{
    runner::{outcome::Check, world::ConformanceWorld},
    spec::examples::{Answer, form},
};

#[when(regex = r#"^(I|"[^"]+") sends? AWS's example "([^"]+)"(?: with:)?$"#)]
async fn send_example(world: &mut ConformanceWorld, who: String, title: String, step: &Step) {
    let (op, mut body) = world.documented_example(&title);
    world.apply_table(&mut body, &table(step));
    let who = world.who(&who);
    world.call(&who, &op, body).await;
    world.sent_example = Some(title);
}

#[then(
    regex = r#"^the answer has the form of AWS's example(?: \[(?:contract|documented|safety|inferred)\])?$"#
)]
async fn has_the_form(world: &mut ConformanceWorld, step: &Step) {
    let Some(title) = world.sent_example.clone() else {
        panic!("no AWS example was sent in this scenario: send one first");
    };
    let ctx = world.ctx();
    let Some(example) = ctx.contract.documented_example(&title) else {
        panic!("the contract has no documented example titled \"{title}\"");
    };
    let last = world.last().clone();
    assert_eq!(
        last.operation, example.operation,
        "the form of \"{title}\" is held to the answer of the call that sent it: put this step right after it"
    );
    let Answer::Output(shown) = &example.answer else {
        panic!("\"{title}\" documents an error; only answers with an output are held to a form");
    };
    world.expect_outcome(step, last.response.is_success(), || {
        format!(
            "AWS's example \"{title}\" answers with a success; the call failed: {}",
            describe(&last)
        )
    });
    let held_to = form::Example {
        input: &example.input,
        output: shown,
        enums: ctx.contract.enum_values(),
    };
    let gaps = form::compare(&held_to, &last.request, &world.last_json());
    world.checked(Check::Form {
        example: title.clone(),
        gaps: gaps.clone(),
    });
    world.expect(step, gaps.is_empty(), || {
        let each: Vec<String> = gaps.iter().map(form::FormGap::sentence).collect();
        format!(
            "the answer departs from AWS's example \"{title}\": {}",
            each.join("; ")
        )
    });
}
