//! Scenarios kept apart by what they touch, not by running alone. Each scenario claims the families
//! of resources it touches (read from its operations, its steps and its background): shared, so that
//! scenarios touching the same family run side by side; or, for a `@serial` scenario (one that counts
//! or lists all of a family, or fills a quota), exclusive, so that nothing else touching that family
//! runs beside it while everything else does. Only a scenario that moves the mock's clock by days runs
//! alone: time passes for every resource.
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

/// A family of resources whose scenarios can disturb each other: one family's list, quota or pair of
/// accounts. A `@serial` scenario claims one exclusively: the first of its operations' families, in
/// this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Family {
    /// Invitations, connections and connection preferences between the run's accounts.
    Connections,
    /// Channel handshakes between the run's accounts.
    Handshakes,
    /// Program management accounts: an owner's list and quota.
    ProgramManagementAccounts,
}

impl Family {
    /// The family an operation's calls touch, if any.
    fn of(op: &Operation) -> Option<Family> {
        if op.service == "account" {
            Some(Family::Connections)
        } else if op.name.contains("ChannelHandshake") {
            Some(Family::Handshakes)
        } else if op.name.contains("ProgramManagementAccount") {
            Some(Family::ProgramManagementAccounts)
        } else {
            None
        }
    }

    /// The family a step's words name without an operation (`a handshake is moved to ACCEPTED`).
    fn named_in(text: &str) -> Vec<Family> {
        let lower = text.to_lowercase();
        [
            ("handshake", Family::Handshakes),
            ("invitation", Family::Connections),
            ("connection", Family::Connections),
            (
                "program management account",
                Family::ProgramManagementAccounts,
            ),
        ]
        .into_iter()
        .filter(|(word, _)| lower.contains(word))
        .map(|(_, family)| family)
        .collect()
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

/// Every step's text (the background's too, and each step's table) and the scenario's name.
fn text(feature: &Feature, rule: Option<&Rule>, scenario: &Scenario) -> String {
    let background = feature
        .background
        .iter()
        .chain(rule.and_then(|r| r.background.as_ref()))
        .flat_map(|b| b.steps.iter());
    let mut out = scenario.name.clone();
    for step in background.chain(scenario.steps.iter()) {
        out.push('\n');
        out.push_str(&step.value);
        for row in step.table.iter().flat_map(|t| t.rows.iter()) {
            out.push('\n');
            out.push_str(&row.join(" "));
        }
    }
    out
}

/// Where a scenario runs: alone, or beside others with what it claims.
pub fn placement(
    catalog: &Catalog,
    feature: &Feature,
    rule: Option<&Rule>,
    scenario: &Scenario,
) -> Placement {
    let tags = tags(feature, rule, scenario);
    let text = text(feature, rule, scenario);
    if text.contains("clock moves forward") || text.contains("EXPIRED") {
        return Placement::Alone;
    }
    let touched: BTreeSet<Family> = catalog
        .operations
        .iter()
        .filter(|op| {
            text.contains(op.name.as_str()) || tags.contains(&format!("op:{}", op.name).as_str())
        })
        .filter_map(Family::of)
        .chain(Family::named_in(&text))
        .collect();
    if !tags.contains(&"serial") {
        return Placement::Beside(Claim {
            shared: touched,
            exclusive: BTreeSet::new(),
        });
    }
    // The one family it is about: the first, in the enum's order, of its operations' (a journey that
    // also lists program management accounts is about its handshakes).
    let about = catalog
        .operations
        .iter()
        .filter(|op| tags.contains(&format!("op:{}", op.name).as_str()))
        .filter_map(Family::of)
        .min()
        .or_else(|| touched.iter().next().copied());
    let exclusive: BTreeSet<Family> = about.into_iter().collect();
    Placement::Beside(Claim {
        shared: touched.difference(&exclusive).copied().collect(),
        exclusive,
    })
}

/// A lock per family, and the run's places, shared by the run's scenarios.
#[derive(Debug)]
pub struct Locks {
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
    _shared: Vec<OwnedRwLockReadGuard<()>>,
    _exclusive: Vec<OwnedRwLockWriteGuard<()>>,
    _pending: Option<Pending>,
}

impl Locks {
    /// Locks for a run of at most `places` scenarios at once.
    pub fn new(places: usize) -> Locks {
        Locks {
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

    fn placements(text: &str) -> Vec<Placement> {
        let f = feature(text);
        let catalog = &crate::spec::Contract::embedded().catalog;
        f.scenarios
            .iter()
            .map(|s| placement(catalog, &f, None, s))
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
                Placement::Beside(Claim {
                    shared: [Family::Handshakes].into(),
                    exclusive: [Family::ProgramManagementAccounts].into(),
                }),
                Placement::Beside(Claim {
                    shared: [Family::ProgramManagementAccounts].into(),
                    exclusive: BTreeSet::new(),
                }),
            ]
        );
    }

    #[test]
    fn a_scenario_that_moves_the_clock_by_days_runs_alone() {
        let got = placements(
            "Feature: f\n\n  Scenario: expiry\n    When the mock clock moves forward 30 days\n\n  Scenario: none\n    When I call ListRelationships with the example request\n",
        );
        assert_eq!(got[0], Placement::Alone);
        assert_eq!(got[1], Placement::Beside(Claim::default()));
    }

    #[tokio::test]
    async fn with_one_place_an_exclusive_claim_takes_it_too() {
        let locks = Locks::new(1);
        let shared = Claim {
            shared: [Family::Handshakes].into(),
            exclusive: BTreeSet::new(),
        };
        let exclusive = Claim {
            shared: BTreeSet::new(),
            exclusive: [Family::Connections].into(),
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
            shared: [Family::Handshakes].into(),
            exclusive: BTreeSet::new(),
        };
        let exclusive = Claim {
            shared: BTreeSet::new(),
            exclusive: [Family::Handshakes].into(),
        };
        let other = Claim {
            shared: BTreeSet::new(),
            exclusive: [Family::Connections].into(),
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
