//! Scenarios kept apart by what they touch, not by running alone. Each scenario claims the families
//! of resources it touches, as the catalog names them: each operation's `family` (read from its `@op`
//! tags and the calls of its steps and background), and the family of each lifecycle resource its steps
//! bring to a status. Claims are shared, so that scenarios touching the same family run side by side;
//! a `@serial` scenario (one that counts or lists all of a family, or fills a quota) claims its own
//! family exclusively, so that nothing else touching that family runs beside it while everything else
//! does. Only a scenario that moves the mock's clock by days runs alone: time passes for every resource.
//! That is the harness's rule, held by a lock every scenario shares and such a scenario takes alone.
//!
//! A scenario waiting for a family takes none of the run's places (`--concurrency`): it takes its place
//! once it holds its families, so scenarios of other families run meanwhile; one holding a family
//! exclusively needs no place at all (at most one per family runs). The exclusive claims of a
//! family go first: a scenario that only shares families waits, holding nothing, while a scenario that
//! claims one of them exclusively is waiting or running, so the family's exclusive chain, which nothing
//! can shorten, starts at once and the shared work fills the places around it.
use std::{
    collections::{BTreeMap, BTreeSet},
    sync::Arc,
};

use cucumber::gherkin::{Feature, Rule, Scenario};
use tokio::sync::{
    OwnedRwLockReadGuard, OwnedRwLockWriteGuard, OwnedSemaphorePermit, RwLock, Semaphore,
};

use crate::spec::{Catalog, Operation};

/// A family of resources whose scenarios can disturb each other (one family's list, quota or pair of
/// accounts), by its place in the catalog's `families`: a `@serial` scenario claims the first of its
/// operations' families exclusively.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Family(usize);

impl Family {
    /// The family the catalog names `name`.
    pub fn named(catalog: &Catalog, name: &str) -> Option<Family> {
        catalog
            .families
            .iter()
            .position(|f| f.name == name)
            .map(Family)
    }

    /// The family an operation's calls touch, as the catalog says.
    fn of(catalog: &Catalog, op: &Operation) -> Option<Family> {
        Family::named(catalog, op.family.as_deref()?)
    }
}

/// What one scenario claims.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Claim {
    pub shared: BTreeSet<Family>,
    pub exclusive: BTreeSet<Family>,
}

/// How a scenario runs beside the others.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Placement {
    /// Alone: it moves the mock's clock by days.
    Alone,
    /// Beside every scenario whose claim does not conflict with its own.
    Beside(Claim),
}

fn tags<'a>(feature: &'a Feature, rule: Option<&'a Rule>, scenario: &'a Scenario) -> Vec<&'a str> {
    feature
        .tags
        .iter()
        .chain(rule.into_iter().flat_map(|r| r.tags.iter()))
        .chain(scenario.tags.iter())
        .map(|t| t.trim_start_matches('@'))
        .collect()
}

/// Every step's text (the background's too, and each step's table), one line each.
fn steps(feature: &Feature, rule: Option<&Rule>, scenario: &Scenario) -> Vec<String> {
    let background = feature
        .background
        .iter()
        .chain(rule.and_then(|r| r.background.as_ref()))
        .flat_map(|b| b.steps.iter());
    let mut out = Vec::new();
    for step in background.chain(scenario.steps.iter()) {
        out.push(step.value.clone());
        for row in step.table.iter().flat_map(|t| t.rows.iter()) {
            out.push(row.join(" "));
        }
    }
    out
}

/// A step that brings a lifecycle's resource to a status: `the handshake {{hs.id}} from "a" to "b" is
/// EXPIRED` → the resource and the status.
fn brought_to(step: &str) -> Option<(&str, &str)> {
    let rest = step.strip_prefix("the ")?;
    let (resource, rest) = rest.split_once(' ')?;
    rest.contains(" from \"").then_some(())?;
    let (_, status) = rest.rsplit_once(" is ")?;
    Some((resource, status.split_whitespace().next()?))
}

/// Whether the steps move the mock's clock by days: the step that does, or one that brings a resource
/// to its lifecycle's expiry status.
fn moves_clock(catalog: &Catalog, steps: &[String]) -> bool {
    steps.iter().any(|s| {
        s.contains("the mock clock moves forward")
            || brought_to(s).is_some_and(|(resource, status)| {
                catalog
                    .lifecycle(resource)
                    .and_then(|l| l.expiry.as_ref())
                    .is_some_and(|e| e.status == status)
            })
    })
}

/// The families a scenario touches: its operations' (by `@op` tag or named in a step) and those of the
/// lifecycle resources its steps bring to a status.
fn touched(catalog: &Catalog, tags: &[&str], steps: &[String]) -> BTreeSet<Family> {
    let text = steps.join("\n");
    let by_ops = catalog
        .operations
        .iter()
        .filter(|op| {
            text.contains(op.name.as_str()) || tags.contains(&format!("op:{}", op.name).as_str())
        })
        .filter_map(|op| Family::of(catalog, op));
    let by_resources = steps
        .iter()
        .filter_map(|s| brought_to(s))
        .filter_map(|(resource, _)| catalog.lifecycle(resource))
        .filter_map(|l| catalog.operation(&l.create.operation))
        .filter_map(|op| Family::of(catalog, op));
    by_ops.chain(by_resources).collect()
}

/// Where a scenario runs: alone, or beside others with what it claims; or why it cannot be placed (a
/// `@serial` scenario that touches no family of the catalog, which would run unprotected).
pub fn placement(
    catalog: &Catalog,
    feature: &Feature,
    rule: Option<&Rule>,
    scenario: &Scenario,
) -> Result<Placement, String> {
    let tags = tags(feature, rule, scenario);
    let steps = steps(feature, rule, scenario);
    if moves_clock(catalog, &steps) {
        return Ok(Placement::Alone);
    }
    let touched = touched(catalog, &tags, &steps);
    if !tags.contains(&"serial") {
        return Ok(Placement::Beside(Claim {
            shared: touched,
            exclusive: BTreeSet::new(),
        }));
    }
    // The one family it is about: the first, in the catalog's order, of its operations' (a journey that
    // also lists program management accounts is about its handshakes).
    let about = catalog
        .operations
        .iter()
        .filter(|op| tags.contains(&format!("op:{}", op.name).as_str()))
        .filter_map(|op| Family::of(catalog, op))
        .min()
        .or_else(|| touched.iter().next().copied());
    let Some(about) = about else {
        return Err(format!(
            "the @serial scenario '{}' touches no family of resources the catalog names: tag it @op:<Operation> for what it must not run beside",
            scenario.name
        ));
    };
    let exclusive: BTreeSet<Family> = [about].into();
    Ok(Placement::Beside(Claim {
        shared: touched.difference(&exclusive).copied().collect(),
        exclusive,
    }))
}

/// A lock per family, and the run's places, shared by the run's scenarios.
#[derive(Debug)]
pub struct Locks {
    /// Shared by every scenario; taken alone by one that moves the clock by days.
    everything: Arc<RwLock<()>>,
    families: std::sync::Mutex<BTreeMap<Family, Arc<RwLock<()>>>>,
    places: Arc<Semaphore>,
    /// Per family, the exclusive claims waiting or running.
    first: Arc<First>,
    one_at_a_time: bool,
}

/// The exclusive claims not yet done, per family, and a bell rung when one is.
#[derive(Debug, Default)]
struct First {
    pending: std::sync::Mutex<BTreeMap<Family, usize>>,
    done: tokio::sync::Notify,
}

/// One scenario's exclusive claims, counted as pending until it is dropped (done, or given up).
#[derive(Debug)]
struct Pending {
    first: Arc<First>,
    families: BTreeSet<Family>,
}

impl Drop for Pending {
    fn drop(&mut self) {
        if let Ok(mut pending) = self.first.pending.lock() {
            for f in &self.families {
                if let Some(n) = pending.get_mut(f) {
                    *n = n.saturating_sub(1);
                }
            }
        }
        self.first.done.notify_waiters();
    }
}

impl First {
    fn register(self: &Arc<Self>, families: &BTreeSet<Family>) -> Pending {
        if let Ok(mut pending) = self.pending.lock() {
            for f in families {
                *pending.entry(*f).or_default() += 1;
            }
        }
        Pending {
            first: self.clone(),
            families: families.clone(),
        }
    }

    /// Waits until no exclusive claim of these families is pending.
    async fn clear(&self, families: &BTreeSet<Family>) {
        loop {
            let done = self.done.notified();
            let busy = self
                .pending
                .lock()
                .map(|p| families.iter().any(|f| p.get(f).is_some_and(|n| *n > 0)))
                .unwrap_or(false);
            if !busy {
                return;
            }
            done.await;
        }
    }
}

/// What a running scenario holds; dropping it lets waiting scenarios in. (Its fields are dropped in
/// order: the place, then the families, then its pending exclusive claims.)
#[derive(Debug, Default)]
pub struct Held {
    _place: Option<OwnedSemaphorePermit>,
    _alone: Option<OwnedRwLockWriteGuard<()>>,
    _beside: Option<OwnedRwLockReadGuard<()>>,
    _shared: Vec<OwnedRwLockReadGuard<()>>,
    _exclusive: Vec<OwnedRwLockWriteGuard<()>>,
    _pending: Option<Pending>,
}

impl Locks {
    /// Locks for a run of at most `places` scenarios at once.
    pub fn new(places: usize) -> Locks {
        Locks {
            everything: Default::default(),
            families: Default::default(),
            places: Arc::new(Semaphore::new(places.max(1))),
            first: Default::default(),
            one_at_a_time: places <= 1,
        }
    }

    fn lock(&self, family: Family) -> Arc<RwLock<()>> {
        let mut map = self.families.lock().unwrap_or_else(|e| e.into_inner());
        map.entry(family).or_default().clone()
    }

    /// Waits until the scenario can run as `placement` says: alone (every other scenario done, and none
    /// starting), or beside the others once its claim can be held.
    pub async fn place(&self, placement: &Placement) -> Held {
        match placement {
            Placement::Alone => Held {
                _alone: Some(self.everything.clone().write_owned().await),
                _place: self.places.clone().acquire_owned().await.ok(),
                ..Held::default()
            },
            Placement::Beside(claim) => {
                let beside = self.everything.clone().read_owned().await;
                Held {
                    _beside: Some(beside),
                    ..self.hold(claim).await
                }
            }
        }
    }

    /// Waits until the claim can be held, then for one of the run's places. Families are taken in one
    /// order by every scenario, and places only after them, so two scenarios never wait for each other.
    pub async fn hold(&self, claim: &Claim) -> Held {
        let mut held = Held::default();
        if claim.exclusive.is_empty() {
            // Holding nothing yet, it cannot keep an exclusive claim from going first.
            self.first.clear(&claim.shared).await;
        } else {
            held._pending = Some(self.first.register(&claim.exclusive));
        }
        let all: BTreeSet<Family> = claim.shared.union(&claim.exclusive).copied().collect();
        for family in all {
            let lock = self.lock(family);
            if claim.exclusive.contains(&family) {
                held._exclusive.push(lock.write_owned().await);
            } else {
                held._shared.push(lock.read_owned().await);
            }
        }
        // One exclusive claim per family runs at a time, so those need no place: a family's chain of
        // exclusive scenarios, which nothing can shorten, does not queue behind the shared work. A run
        // of one place at a time (`--concurrency 1`) means it: everything takes the one place.
        if claim.exclusive.is_empty() || self.one_at_a_time {
            held._place = self.places.clone().acquire_owned().await.ok();
        }
        held
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feature(text: &str) -> Feature {
        cucumber::gherkin::Feature::parse(text, cucumber::gherkin::GherkinEnv::default()).unwrap()
    }

    fn catalog() -> &'static Catalog {
        static CONTRACT: std::sync::OnceLock<std::sync::Arc<crate::spec::Contract>> =
            std::sync::OnceLock::new();
        &CONTRACT
            .get_or_init(crate::spec::Contract::embedded)
            .catalog
    }

    fn family(name: &str) -> Family {
        Family::named(catalog(), name).unwrap()
    }

    fn placements(text: &str) -> Vec<Result<Placement, String>> {
        let f = feature(text);
        f.scenarios
            .iter()
            .map(|s| placement(catalog(), &f, None, s))
            .collect()
    }

    #[test]
    fn a_serial_scenario_claims_its_operations_families_alone_and_shares_the_rest() {
        let got = placements(
            "@op:CreateProgramManagementAccount\nFeature: f\n\n  @serial\n  Scenario: quota\n    When I call CreateProgramManagementAccount with the example request\n    And I call CreateChannelHandshake with the example request\n\n  Scenario: plain\n    When I call CreateProgramManagementAccount with the example request\n",
        );
        assert_eq!(
            got,
            vec![
                Ok(Placement::Beside(Claim {
                    shared: [family("handshakes")].into(),
                    exclusive: [family("programManagementAccounts")].into(),
                })),
                Ok(Placement::Beside(Claim {
                    shared: [family("programManagementAccounts")].into(),
                    exclusive: BTreeSet::new(),
                })),
            ]
        );
    }

    #[test]
    fn every_operation_names_a_family_of_the_catalog() {
        for op in &catalog().operations {
            assert!(
                Family::of(catalog(), op).is_some(),
                "{} names no family",
                op.name
            );
        }
    }

    #[test]
    fn relationships_contracts_and_tags_are_families_and_a_lifecycle_step_claims_its_resources() {
        let got = placements(
            "Feature: f\n\n  Scenario: r\n    When I call UpdateRelationship with the example request\n\n  Scenario: h\n    Given the handshake {{hs.id}} from \"sender\" to \"receiver\" is ACCEPTED\n",
        );
        assert_eq!(
            got[0],
            Ok(Placement::Beside(Claim {
                shared: [family("relationships")].into(),
                exclusive: BTreeSet::new(),
            }))
        );
        assert_eq!(
            got[1],
            Ok(Placement::Beside(Claim {
                shared: [family("handshakes")].into(),
                exclusive: BTreeSet::new(),
            }))
        );
    }

    #[test]
    fn a_scenario_that_moves_the_clock_by_days_runs_alone_and_a_status_filter_does_not() {
        let got = placements(
            "Feature: f\n\n  Scenario: expiry\n    When the mock clock moves forward 30 days\n\n  Scenario: expired\n    Given the invitation {{inv.Id}} from \"sender\" to \"receiver\" is EXPIRED\n\n  Scenario: filter\n    When I call ListRelationships with the example request and:\n      | statuses | [\"EXPIRED\"] |\n",
        );
        assert_eq!(got[0], Ok(Placement::Alone));
        assert_eq!(got[1], Ok(Placement::Alone), "brought to its expiry status");
        assert!(
            matches!(got[2], Ok(Placement::Beside(_))),
            "a word in a table moves no clock"
        );
    }

    #[test]
    fn a_serial_scenario_that_touches_no_family_is_an_error_naming_it() {
        let got =
            placements("Feature: f\n\n  @serial\n  Scenario: lonely\n    Given I am \"sender\"\n");
        let why = got[0].clone().unwrap_err();
        assert!(why.contains("'lonely'") && why.contains("@op:"), "{why}");
    }

    #[tokio::test]
    async fn a_scenario_that_runs_alone_waits_for_the_others_and_they_for_it() {
        let locks = Arc::new(Locks::new(4));
        let beside = Placement::Beside(Claim::default());
        let running = locks.place(&beside).await;
        let alone = {
            let locks = locks.clone();
            tokio::spawn(async move { locks.place(&Placement::Alone).await })
        };
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        assert!(!alone.is_finished(), "alone waits for the one running");
        drop(running);
        let held = tokio::time::timeout(std::time::Duration::from_secs(1), alone)
            .await
            .expect("then it runs")
            .unwrap();
        let next =
            tokio::time::timeout(std::time::Duration::from_millis(20), locks.place(&beside)).await;
        assert!(next.is_err(), "nothing starts beside it");
        drop(held);
    }

    #[tokio::test]
    async fn with_one_place_an_exclusive_claim_takes_it_too() {
        let locks = Locks::new(1);
        let shared = Claim {
            shared: [family("handshakes")].into(),
            exclusive: BTreeSet::new(),
        };
        let exclusive = Claim {
            shared: BTreeSet::new(),
            exclusive: [family("connections")].into(),
        };
        let _running = locks.hold(&shared).await;
        let waited =
            tokio::time::timeout(std::time::Duration::from_millis(50), locks.hold(&exclusive))
                .await;
        assert!(
            waited.is_err(),
            "one place: the exclusive claim waits for it"
        );
    }

    #[tokio::test]
    async fn an_exclusive_claim_waits_for_the_shared_ones_and_others_go_by() {
        let locks = Arc::new(Locks::new(4));
        let shared = Claim {
            shared: [family("handshakes")].into(),
            exclusive: BTreeSet::new(),
        };
        let exclusive = Claim {
            shared: BTreeSet::new(),
            exclusive: [family("handshakes")].into(),
        };
        let other = Claim {
            shared: BTreeSet::new(),
            exclusive: [family("connections")].into(),
        };
        let reading = locks.hold(&shared).await;
        let waiting = {
            let locks = locks.clone();
            tokio::spawn(async move { locks.hold(&exclusive).await })
        };
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        assert!(!waiting.is_finished(), "the exclusive claim waits");
        let _other = tokio::time::timeout(std::time::Duration::from_secs(1), locks.hold(&other))
            .await
            .expect("another family goes by");
        drop(reading);
        tokio::time::timeout(std::time::Duration::from_secs(1), waiting)
            .await
            .expect("the exclusive claim is let in")
            .unwrap();
    }
}
