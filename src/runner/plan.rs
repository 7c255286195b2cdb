//! What a run would do, read from the features without calling anything: per principal and catalog, the
//! operations its scenarios call and the resources they would create (the operations with a cleanup
//! recipe), and the scenarios the run would skip and why. A partner reads it before giving the harness
//! real accounts. Calls are counted as written: a listing as one call (its pages are not known before),
//! a call repeated "until it fails" at its bound.
use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
};

use cucumber::gherkin::{Feature, GherkinEnv, Scenario, Step};
use regex::Regex;
use serde::Serialize;

use crate::spec::Contract;

/// What a run with these tags would do.
#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Plan {
    /// Scenarios (outline rows counted one by one) the run would play.
    pub scenarios: usize,
    /// Those it would skip, as `path:line name`, with why.
    pub skipped: Vec<(String, String)>,
    /// Per principal and catalog: operation → calls.
    pub calls: BTreeMap<String, BTreeMap<String, usize>>,
    /// Per principal and catalog: create operation → resources made (each is deleted after its scenario).
    pub creates: BTreeMap<String, BTreeMap<String, usize>>,
}

/// Why a scenario with these tags (and naming these principals) would not be played, if it would not.
pub type Skip<'a> = &'a dyn Fn(&[String], &[String]) -> Option<String>;

/// The plan of the features under `dir` that `selected` keeps (by tags), in `catalog`.
pub fn plan(
    dir: &Path,
    contract: &Contract,
    catalog: &str,
    selected: &dyn Fn(&[String]) -> bool,
    skip: Skip<'_>,
) -> Result<Plan, String> {
    let mut plan = Plan::default();
    let reader = Reader::new(contract, catalog);
    for path in feature_files(dir)? {
        let feature = Feature::parse_path(&path, GherkinEnv::default())
            .map_err(|e| format!("{}: {e}", path.display()))?;
        let rel = path
            .strip_prefix(dir)
            .unwrap_or(&path)
            .display()
            .to_string();
        for scenario in &feature.scenarios {
            let tags: Vec<String> = feature.tags.iter().chain(&scenario.tags).cloned().collect();
            if !selected(&tags) {
                continue;
            }
            let background = feature.background.iter().flat_map(|b| &b.steps);
            let steps: Vec<&Step> = background.chain(&scenario.steps).collect();
            for row in rows(scenario) {
                let calls = reader.calls(&steps, &row);
                let named = reader.principals(&calls, &steps, &row);
                if let Some(why) = skip(&tags, &named) {
                    let place = format!("{rel}:{} {}", scenario.position.line, scenario.name);
                    plan.skipped.push((place, why));
                    continue;
                }
                plan.scenarios += 1;
                reader.count(&mut plan, &calls);
            }
        }
    }
    Ok(plan)
}

fn feature_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries =
            std::fs::read_dir(&d).map_err(|e| format!("cannot read {}: {e}", d.display()))?;
        for entry in entries.flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "feature") {
                out.push(p);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Each example row of an outline as placeholder → value (one empty row for a plain scenario).
fn rows(scenario: &Scenario) -> Vec<BTreeMap<String, String>> {
    let mut out = Vec::new();
    for table in scenario.examples.iter().filter_map(|e| e.table.as_ref()) {
        let Some((head, body)) = table.rows.split_first() else {
            continue;
        };
        for r in body {
            out.push(head.iter().cloned().zip(r.iter().cloned()).collect());
        }
    }
    if out.is_empty() {
        out.push(BTreeMap::new());
    }
    out
}

fn fill(text: &str, row: &BTreeMap<String, String>) -> String {
    row.iter().fold(text.to_string(), |t, (k, v)| {
        t.replace(&format!("<{k}>"), v)
    })
}

/// One call a scenario makes, as written.
struct Call {
    who: String,
    operation: String,
    catalog: String,
    times: usize,
}

/// Reads calls out of step text.
struct Reader<'c> {
    contract: &'c Contract,
    catalog: String,
    act_as: Regex,
    call: Regex,
    repeat: Regex,
    transition: Regex,
    blockers: Regex,
    template: Regex,
}

impl<'c> Reader<'c> {
    fn new(contract: &'c Contract, catalog: &str) -> Reader<'c> {
        let re = |p: &str| Regex::new(p).expect("a valid pattern");
        Reader {
            contract,
            catalog: catalog.to_string(),
            act_as: re(r#"^I am "([^"]+)"$"#),
            call: re(
                r#"^(I|"[^"]+") (?:calls?|(?:have|has) called|pages? through) (\w+) with(?:.* at most (\d+) times)?"#,
            ),
            repeat: re(r#"^(I|"[^"]+") repeats? the last request"#),
            transition: re(r#"^the (\w+) \S+ from "([^"]+)" to "([^"]+)" is ([A-Z_]+)"#),
            blockers: re(r#"^no (\w+) connection or pending invitation is between "([^"]+)""#),
            template: re(r"\{\{(?:principal|contact)\.(\w+)\."),
        }
    }

    fn calls(&self, steps: &[&Step], row: &BTreeMap<String, String>) -> Vec<Call> {
        let mut actor = "sender".to_string();
        let mut out: Vec<Call> = Vec::new();
        for step in steps {
            let text = fill(&step.value, row);
            if let Some(c) = self.act_as.captures(&text) {
                actor = c[1].to_string();
                continue;
            }
            let who = |token: &str| {
                if token == "I" {
                    actor.clone()
                } else {
                    token.trim_matches('"').to_string()
                }
            };
            if let Some(c) = self.call.captures(&text) {
                let operation = c[2].to_string();
                let times = c.get(3).and_then(|n| n.as_str().parse().ok()).unwrap_or(1);
                let catalog = self.catalog_of(&operation, step, row);
                out.push(Call {
                    who: who(&c[1]),
                    operation,
                    catalog,
                    times,
                });
            } else if let Some(c) = self.repeat.captures(&text) {
                if let Some(last) = out.last() {
                    let (operation, catalog) = (last.operation.clone(), last.catalog.clone());
                    out.push(Call {
                        who: who(&c[1]),
                        operation,
                        catalog,
                        times: 1,
                    });
                }
            } else if let Some(c) = self.transition.captures(&text) {
                out.extend(self.transition_call(&c[1], &c[2], &c[3], &c[4]));
            } else if let Some(c) = self.blockers.captures(&text) {
                out.extend(self.blocker_calls(&c[1], &c[2]));
            }
        }
        out
    }

    /// The catalog a call's table sets, else the run's.
    fn catalog_of(&self, operation: &str, step: &Step, row: &BTreeMap<String, String>) -> String {
        let member = self
            .contract
            .operation(operation)
            .map(|op| op.conventions.catalog_member.clone())
            .unwrap_or_else(|| "catalog".into());
        step.table
            .iter()
            .flat_map(|t| &t.rows)
            .find(|r| r.first() == Some(&member))
            .and_then(|r| r.get(1))
            .map(|v| fill(v, row).trim_matches('"').to_string())
            .unwrap_or_else(|| self.catalog.clone())
    }

    /// The call that brings a resource to `status` (none when the mock's clock does it).
    fn transition_call(
        &self,
        resource: &str,
        sender: &str,
        receiver: &str,
        status: &str,
    ) -> Option<Call> {
        let lifecycle = self.contract.catalog.lifecycle(resource)?;
        let t = lifecycle.transition_to(status)?;
        let who = if t.by == "sender" { sender } else { receiver };
        Some(Call {
            who: who.to_string(),
            operation: t.operation.clone(),
            catalog: self.catalog.clone(),
            times: 1,
        })
    }

    fn blocker_calls(&self, kind: &str, who: &str) -> Vec<Call> {
        let lifecycles = &self.contract.catalog.lifecycles;
        let Some(l) = lifecycles
            .iter()
            .find(|l| l.create.kinds.contains_key(kind))
        else {
            return Vec::new();
        };
        l.blockers
            .iter()
            .map(|b| Call {
                who: who.to_string(),
                operation: b.operation.clone(),
                catalog: self.catalog.clone(),
                times: 1,
            })
            .collect()
    }

    /// The principals a scenario's calls and templates name.
    fn principals(
        &self,
        calls: &[Call],
        steps: &[&Step],
        row: &BTreeMap<String, String>,
    ) -> Vec<String> {
        let mut named: Vec<String> = calls.iter().map(|c| c.who.clone()).collect();
        for step in steps {
            let text = fill(&super::cast::step_text(step), row);
            named.extend(self.template.captures_iter(&text).map(|c| c[1].to_string()));
        }
        named.sort();
        named.dedup();
        named
    }

    fn count(&self, plan: &mut Plan, calls: &[Call]) {
        for c in calls {
            // A catalog the service refuses (a probe of the catalog's own bounds) makes nothing anywhere.
            let real =
                !c.catalog.is_empty() && c.catalog.chars().all(|ch| ch.is_ascii_alphanumeric());
            let party = if real {
                format!("{} in {}", c.who, c.catalog)
            } else {
                format!("{} in a catalog the service refuses", c.who)
            };
            *plan
                .calls
                .entry(party.clone())
                .or_default()
                .entry(c.operation.clone())
                .or_default() += c.times;
            let creates = self
                .contract
                .operation(&c.operation)
                .is_some_and(|op| op.cleanup.is_some());
            if creates && real {
                *plan
                    .creates
                    .entry(party)
                    .or_default()
                    .entry(c.operation.clone())
                    .or_default() += c.times;
            }
        }
    }
}

/// The plan in words, for the console.
pub fn text(plan: &Plan) -> String {
    let mut out = format!(
        "{} scenario(s) would run and {} would be skipped; nothing was called.\n",
        plan.scenarios,
        plan.skipped.len()
    );
    for (party, ops) in &plan.creates {
        let made: Vec<String> = ops.iter().map(|(op, n)| format!("{op} ×{n}")).collect();
        out += &format!(
            "\n{party} would create at most (each deleted after its scenario): {}\n",
            made.join(", ")
        );
    }
    for (party, ops) in &plan.calls {
        let total: usize = ops.values().sum();
        out += &format!("\n{party}: {total} call(s)\n");
        for (op, n) in ops {
            out += &format!("  {op:<34} {n}\n");
        }
    }
    if !plan.skipped.is_empty() {
        out += "\nskipped:\n";
        for (place, why) in &plan.skipped {
            out += &format!("  {place}: {why}\n");
        }
    }
    out
}
