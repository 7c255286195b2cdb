//! Faults on demand, for testing a client's retries: a share of throttling, internal errors and dropped
//! connections, and added latency, for all operations or some, from a seeded generator.
use std::time::Duration;

use rand::{RngExt, SeedableRng, rngs::StdRng};
use serde::{Deserialize, Serialize};

/// What to inject. Shares are 0..=1 and are drawn in this order: drop, throttling, internal.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FaultSpec {
    #[serde(default)]
    pub throttling: f64,
    #[serde(default)]
    pub internal: f64,
    #[serde(default)]
    pub drop: f64,
    /// Added to every call the spec applies to.
    #[serde(default)]
    pub latency_ms: u64,
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    Throttling,
    Internal,
    Drop,
}

impl Fault {
    pub fn name(self) -> &'static str {
        match self {
            Fault::Throttling => "ThrottlingException",
            Fault::Internal => "InternalServerException",
            Fault::Drop => "dropped connection",
        }
    }
}

impl FaultSpec {
    /// `throttling=0.2,internal=0.1,drop=0.05,latency=200ms,operations=CreateRelationship+ListRelationships,seed=7`.
    pub fn parse(spec: &str) -> Result<FaultSpec, String> {
        let mut out = FaultSpec::default();
        for part in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (k, v) = part
                .split_once('=')
                .ok_or_else(|| format!("'{part}' is not key=value"))?;
            let share = |v: &str| -> Result<f64, String> {
                let x: f64 = v.parse().map_err(|_| format!("{k}={v}: not a number"))?;
                if (0.0..=1.0).contains(&x) {
                    Ok(x)
                } else {
                    Err(format!("{k}={v}: a share is between 0 and 1"))
                }
            };
            match k {
                "throttling" | "throttle" => out.throttling = share(v)?,
                "internal" => out.internal = share(v)?,
                "drop" => out.drop = share(v)?,
                "latency" => {
                    let ms = v.trim_end_matches("ms");
                    out.latency_ms = ms
                        .parse()
                        .map_err(|_| format!("latency={v}: give milliseconds, e.g. 200ms"))?;
                }
                "operations" | "ops" => out.operations = v.split('+').map(str::to_string).collect(),
                "retry-after" => out.retry_after = Some(super::retry_after::RetryAfter::parse(v)?),
                "seed" => {
                    out.seed = Some(
                        v.parse()
                            .map_err(|_| format!("seed={v}: not a whole number"))?,
                    )
                }
                other => {
                    return Err(format!(
                        "unknown fault '{other}': use throttling, internal, drop, latency, operations, retry-after or seed"
                    ));
                }
            }
        }
        out.check()?;
        Ok(out)
    }

    pub fn check(&self) -> Result<(), String> {
        for (name, x) in [
            ("throttling", self.throttling),
            ("internal", self.internal),
            ("drop", self.drop),
        ] {
            if !(0.0..=1.0).contains(&x) {
                return Err(format!("{name}: a share is between 0 and 1"));
            }
        }
        if self.throttling + self.internal + self.drop > 1.0 {
            return Err("the shares add up to more than 1".into());
        }
        Ok(())
    }

    fn applies_to(&self, operation: &str) -> bool {
        self.operations.is_empty() || self.operations.iter().any(|o| o == operation)
    }
}

/// A spec and its generator.
#[derive(Debug)]
pub struct Faults {
    pub spec: FaultSpec,
    rng: StdRng,
}

impl Faults {
    pub fn new(spec: FaultSpec) -> Faults {
        let rng = match spec.seed {
            Some(seed) => StdRng::seed_from_u64(seed),
            None => rand::make_rng::<StdRng>(),
        };
        Faults { spec, rng }
    }

    /// The fault and the added latency for one call of `operation`.
    pub fn decide(&mut self, operation: &str) -> (Option<Fault>, Duration) {
        if !self.spec.applies_to(operation) {
            return (None, Duration::ZERO);
        }
        let x: f64 = self.rng.random();
        let s = &self.spec;
        let fault = if x < s.drop {
            Some(Fault::Drop)
        } else if x < s.drop + s.throttling {
            Some(Fault::Throttling)
        } else if x < s.drop + s.throttling + s.internal {
            Some(Fault::Internal)
        } else {
            None
        };
        (fault, Duration::from_millis(s.latency_ms))
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
            (0..n).map(|_| f.decide("X").0).collect::<Vec<_>>()
        };
        assert_eq!(draw(50), draw(50));
        let share = draw(10_000).iter().filter(|f| f.is_some()).count() as f64 / 10_000.0;
        assert!((0.27..0.33).contains(&share), "{share}");
    }
}
