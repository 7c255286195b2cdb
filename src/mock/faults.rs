//! Faults on demand, for testing a client's retries and timeouts, as chaos tools for AWS-style services
//! offer them: a share of throttling, internal errors, connections dropped before the operation runs,
//! connections reset after the answer's headers or halfway through its body (the operation ran), answers
//! that stall, latency with jitter, and the first N calls of each operation failing for every caller;
//! for all operations or some, from a seeded generator.
use std::{collections::HashMap, time::Duration};

use rand::{RngExt, SeedableRng, rngs::StdRng};
use serde::{Deserialize, Serialize};

/// How long an answer stalls when the spec names no time: past any client's usual read timeout.
pub const DEFAULT_STALL_MS: u64 = 30_000;

/// What to inject. Shares are 0..=1 and are drawn in this order: drop, reset after headers, reset mid-body,
/// stall, throttling, internal. `failFirst` is counted before any share is drawn.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FaultSpec {
    #[serde(default)]
    pub throttling: f64,
    #[serde(default)]
    pub internal: f64,
    #[serde(default)]
    pub drop: f64,
    /// The operation runs, its status and headers are sent, then the connection is reset.
    #[serde(default)]
    pub reset_after_headers: f64,
    /// The operation runs, half its answer's body is sent, then the connection is reset.
    #[serde(default)]
    pub reset_mid_body: f64,
    /// The answer is held back `stallMs` before the operation runs.
    #[serde(default)]
    pub stall: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stall_ms: Option<u64>,
    /// Added to every call the spec applies to.
    #[serde(default)]
    pub latency_ms: u64,
    /// The latency varies by up to this much either way, drawn per call.
    #[serde(default)]
    pub jitter_ms: u64,
    /// The first N calls of each operation the spec applies to fail (whoever makes them), then it works.
    #[serde(default)]
    pub fail_first: u32,
    /// How those first calls fail: throttling (the default), internal or drop.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fail_with: Option<Fault>,
    /// The operations it applies to; empty for all.
    #[serde(default)]
    pub operations: Vec<String>,
    #[serde(default)]
    pub seed: Option<u64>,
    /// What an injected throttling names in `x-amz-retry-after` (none: no header, as before).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<super::retry_after::RetryAfter>,
}

/// One injected fault.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Fault {
    Throttling,
    Internal,
    Drop,
    ResetAfterHeaders,
    ResetMidBody,
    Stall,
}

impl Fault {
    pub fn name(self) -> &'static str {
        match self {
            Fault::Throttling => "ThrottlingException",
            Fault::Internal => "InternalServerException",
            Fault::Drop => "dropped connection",
            Fault::ResetAfterHeaders => "reset after headers",
            Fault::ResetMidBody => "reset mid-body",
            Fault::Stall => "stall",
        }
    }

    /// Whether the operation runs before the fault strikes (its answer, not its work, is lost).
    pub fn runs_the_operation(self) -> bool {
        matches!(
            self,
            Fault::ResetAfterHeaders | Fault::ResetMidBody | Fault::Stall
        )
    }

    /// The faults a first call can fail with (`fail-with=`): those that refuse before the operation runs.
    fn parse_first(v: &str) -> Result<Fault, String> {
        match v {
            "throttling" => Ok(Fault::Throttling),
            "internal" => Ok(Fault::Internal),
            "drop" => Ok(Fault::Drop),
            _ => Err(format!("fail-with={v}: use throttling, internal or drop")),
        }
    }
}

/// The settings `--faults` takes, each with its kind of value.
const KEYS: &str = "throttling, internal, drop, reset-after-headers, reset-mid-body, stall, stall-for, \
latency, jitter, fail-first, fail-with, operations, retry-after or seed";

impl FaultSpec {
    /// `throttling=0.2,reset-mid-body=0.05,stall=0.1,stall-for=5s,latency=200ms,jitter=50ms,fail-first=2,
    /// operations=CreateRelationship+ListRelationships,seed=7`.
    pub fn parse(spec: &str) -> Result<FaultSpec, String> {
        let mut out = FaultSpec::default();
        for part in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (k, v) = part
                .split_once('=')
                .ok_or_else(|| format!("'{part}' is not key=value"))?;
            out.set(k, v)?;
        }
        out.check()?;
        Ok(out)
    }

    /// Sets one `key=value` of the text form.
    fn set(&mut self, k: &str, v: &str) -> Result<(), String> {
        let share = || share(k, v);
        let ms = || milliseconds(k, v);
        match k {
            "throttling" | "throttle" => self.throttling = share()?,
            "internal" => self.internal = share()?,
            "drop" => self.drop = share()?,
            "reset-after-headers" => self.reset_after_headers = share()?,
            "reset-mid-body" => self.reset_mid_body = share()?,
            "stall" => self.stall = share()?,
            "stall-for" => self.stall_ms = Some(ms()?),
            "latency" => self.latency_ms = ms()?,
            "jitter" => self.jitter_ms = ms()?,
            "fail-first" => {
                self.fail_first = v
                    .parse()
                    .map_err(|_| format!("fail-first={v}: give a number of calls, e.g. 2"))?
            }
            "fail-with" => self.fail_with = Some(Fault::parse_first(v)?),
            "operations" | "ops" => self.operations = v.split('+').map(str::to_string).collect(),
            "retry-after" => self.retry_after = Some(super::retry_after::RetryAfter::parse(v)?),
            "seed" => {
                self.seed = Some(
                    v.parse()
                        .map_err(|_| format!("seed={v}: not a whole number"))?,
                )
            }
            other => return Err(format!("unknown fault '{other}': use {KEYS}")),
        }
        Ok(())
    }

    pub fn check(&self) -> Result<(), String> {
        for (name, x) in self.shares() {
            if !(0.0..=1.0).contains(&x) {
                return Err(format!("{name}: a share is between 0 and 1"));
            }
        }
        if self.shares().iter().map(|(_, x)| x).sum::<f64>() > 1.0 + f64::EPSILON {
            return Err("the shares add up to more than 1".into());
        }
        if let Some(f) = self.fail_with.filter(|f| f.runs_the_operation()) {
            return Err(format!(
                "failWith {}: a first call fails with throttling, internal or drop",
                f.name()
            ));
        }
        Ok(())
    }

    /// Each share, in the order they are drawn.
    fn shares(&self) -> [(&'static str, f64); 6] {
        [
            ("drop", self.drop),
            ("reset-after-headers", self.reset_after_headers),
            ("reset-mid-body", self.reset_mid_body),
            ("stall", self.stall),
            ("throttling", self.throttling),
            ("internal", self.internal),
        ]
    }

    fn applies_to(&self, operation: &str) -> bool {
        self.operations.is_empty() || self.operations.iter().any(|o| o == operation)
    }
}

/// A share from `key=value`.
fn share(k: &str, v: &str) -> Result<f64, String> {
    let x: f64 = v.parse().map_err(|_| format!("{k}={v}: not a number"))?;
    if (0.0..=1.0).contains(&x) {
        Ok(x)
    } else {
        Err(format!("{k}={v}: a share is between 0 and 1"))
    }
}

/// A time from `key=value`: `200ms`, `200` (milliseconds) or `5s`.
fn milliseconds(k: &str, v: &str) -> Result<u64, String> {
    let bad = || format!("{k}={v}: give a time, e.g. 200ms or 5s");
    match v.strip_suffix("ms") {
        Some(ms) => ms.parse().map_err(|_| bad()),
        None => match v.strip_suffix('s') {
            Some(s) => s
                .parse::<f64>()
                .ok()
                .filter(|s| s.is_finite() && *s >= 0.0)
                .map(|s| (s * 1000.0).round() as u64)
                .ok_or_else(bad),
            None => v.parse().map_err(|_| bad()),
        },
    }
}

/// What the faults do to one call: the fault, if any, and how long to wait before going on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Decision {
    pub fault: Option<Fault>,
    pub delay: Duration,
}

/// A spec, its generator, and how many calls of each operation it has failed first.
#[derive(Debug)]
pub struct Faults {
    pub spec: FaultSpec,
    rng: StdRng,
    failed_first: HashMap<String, u32>,
}

impl Faults {
    pub fn new(spec: FaultSpec) -> Faults {
        let rng = match spec.seed {
            Some(seed) => StdRng::seed_from_u64(seed),
            None => rand::make_rng::<StdRng>(),
        };
        Faults {
            spec,
            rng,
            failed_first: HashMap::new(),
        }
    }

    /// The fault and the delay for one call of `operation`.
    pub fn decide(&mut self, operation: &str) -> Decision {
        if !self.spec.applies_to(operation) {
            return Decision::default();
        }
        let latency = self.latency();
        let fault = self.first_failure(operation).or_else(|| self.draw());
        let stall = match fault {
            Some(Fault::Stall) => self.spec.stall_ms.unwrap_or(DEFAULT_STALL_MS),
            _ => 0,
        };
        Decision {
            fault,
            delay: latency + Duration::from_millis(stall),
        }
    }

    /// `fail-first`: the fault for this call while the operation has failed fewer than N calls.
    fn first_failure(&mut self, operation: &str) -> Option<Fault> {
        let n = self.spec.fail_first;
        let failed = self.failed_first.entry(operation.to_string()).or_insert(0);
        (*failed < n).then(|| {
            *failed += 1;
            self.spec.fail_with.unwrap_or(Fault::Throttling)
        })
    }

    /// One draw against the shares, in their order.
    fn draw(&mut self) -> Option<Fault> {
        const KINDS: [Fault; 6] = [
            Fault::Drop,
            Fault::ResetAfterHeaders,
            Fault::ResetMidBody,
            Fault::Stall,
            Fault::Throttling,
            Fault::Internal,
        ];
        let x: f64 = self.rng.random();
        let mut below = 0.0;
        for (kind, (_, share)) in KINDS.into_iter().zip(self.spec.shares()) {
            below += share;
            if x < below {
                return Some(kind);
            }
        }
        None
    }

    /// The latency for one call: the spec's, moved by up to its jitter either way.
    fn latency(&mut self) -> Duration {
        let (base, jitter) = (self.spec.latency_ms, self.spec.jitter_ms);
        let ms = if jitter == 0 {
            base
        } else {
            let low = base.saturating_sub(jitter);
            self.rng.random_range(low..=base + jitter)
        };
        Duration::from_millis(ms)
    }

    /// What one injected throttling names in `x-amz-retry-after`, if the spec names a wait.
    pub fn retry_after(&mut self) -> Option<u64> {
        let r = self.spec.retry_after?;
        Some(r.draw(&mut self.rng))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specs_parse_and_bad_ones_say_why() {
        let s = FaultSpec::parse("throttling=0.25,latency=20ms,operations=A+B,seed=3").unwrap();
        assert_eq!(
            (s.throttling, s.latency_ms, s.operations.len(), s.seed),
            (0.25, 20, 2, Some(3))
        );
        assert!(
            FaultSpec::parse("throttling=2")
                .unwrap_err()
                .contains("between 0 and 1")
        );
        assert!(
            FaultSpec::parse("throttling=0.6,internal=0.6")
                .unwrap_err()
                .contains("more than 1")
        );
        assert!(
            FaultSpec::parse("slow=1")
                .unwrap_err()
                .contains("unknown fault")
        );
    }

    #[test]
    fn a_seed_repeats_the_same_faults_and_shares_hold() {
        let spec = FaultSpec {
            throttling: 0.3,
            seed: Some(9),
            ..FaultSpec::default()
        };
        let draw = |n| {
            let mut f = Faults::new(spec.clone());
            (0..n).map(|_| f.decide("X").fault).collect::<Vec<_>>()
        };
        assert_eq!(draw(50), draw(50));
        let share = draw(10_000).iter().filter(|f| f.is_some()).count() as f64 / 10_000.0;
        assert!((0.27..0.33).contains(&share), "{share}");
    }

    #[test]
    fn the_new_kinds_parse_and_their_bad_values_say_why() {
        let s = FaultSpec::parse(
            "reset-after-headers=0.1,reset-mid-body=0.2,stall=0.3,stall-for=1.5s,jitter=20ms,fail-first=2,fail-with=internal",
        )
        .unwrap();
        assert_eq!(
            (s.reset_after_headers, s.reset_mid_body, s.stall, s.stall_ms),
            (0.1, 0.2, 0.3, Some(1500))
        );
        assert_eq!(
            (s.jitter_ms, s.fail_first, s.fail_with),
            (20, 2, Some(Fault::Internal))
        );
        for (bad, says) in [
            ("stall-for=soon", "give a time"),
            ("fail-first=-1", "number of calls"),
            ("fail-with=stall", "use throttling, internal or drop"),
            ("stall=0.6,reset-mid-body=0.6", "more than 1"),
            ("reset=0.1", "reset-after-headers"),
        ] {
            let e = FaultSpec::parse(bad).unwrap_err();
            assert!(e.contains(says), "{bad}: {e}");
        }
        let json: FaultSpec =
            serde_json::from_str(r#"{"resetMidBody": 0.5, "failFirst": 1, "failWith": "drop"}"#)
                .unwrap();
        assert_eq!(
            (json.reset_mid_body, json.fail_with),
            (0.5, Some(Fault::Drop))
        );
    }

    #[test]
    fn the_first_calls_of_each_operation_fail_then_it_works() {
        let mut f = Faults::new(FaultSpec::parse("fail-first=2,operations=A+B").unwrap());
        let faults: Vec<_> = ["A", "B", "A", "A", "C", "B", "B"]
            .iter()
            .map(|op| f.decide(op).fault)
            .collect();
        let t = Some(Fault::Throttling);
        assert_eq!(faults, [t, t, t, None, None, t, None]);
    }

    #[test]
    fn a_stall_holds_the_answer_and_latency_moves_within_its_jitter() {
        let mut f = Faults::new(FaultSpec::parse("stall=1,stall-for=2s,latency=10ms").unwrap());
        let d = f.decide("A");
        assert_eq!(
            (d.fault, d.delay),
            (Some(Fault::Stall), Duration::from_millis(2010))
        );
        let mut f = Faults::new(FaultSpec::parse("latency=100ms,jitter=30ms,seed=1").unwrap());
        let delays: Vec<u128> = (0..500).map(|_| f.decide("A").delay.as_millis()).collect();
        assert!(delays.iter().all(|d| (70..=130).contains(d)), "{delays:?}");
        assert!(delays.iter().any(|d| *d < 85) && delays.iter().any(|d| *d > 115));
    }
}
