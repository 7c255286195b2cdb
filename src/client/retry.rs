//! Retries as the AWS SDKs' standard mode does them since November 2026: a wait drawn with full jitter
//! under a ceiling that doubles per retry from a base of 1 s for throttling errors and 50 ms for the
//! other retryable ones, capped at 20 s; an `x-amz-retry-after` answer header (milliseconds) raises the
//! wait to what it says, but by at most 5 s more than the drawn wait, and a value that is not a
//! non-negative whole number is ignored; and a retry quota per endpoint (a token bucket) that stops a
//! client from retrying against an endpoint that keeps failing. Pure functions and one small counter;
//! the client calls them.
use std::{collections::HashMap, sync::Mutex, time::Duration};

use serde::Serialize;

/// The answer header a service names its wait in, in milliseconds.
pub const RETRY_AFTER_HEADER: &str = "x-amz-retry-after";

/// The error names the SDKs treat as throttling (with HTTP 429, whatever the name).
pub const THROTTLING_ERRORS: [&str; 14] = [
    "Throttling",
    "ThrottlingException",
    "ThrottledException",
    "RequestThrottledException",
    "TooManyRequestsException",
    "ProvisionedThroughputExceededException",
    "TransactionInProgressException",
    "RequestLimitExceeded",
    "BandwidthLimitExceeded",
    "LimitExceededException",
    "RequestThrottled",
    "SlowDown",
    "PriorRequestNotComplete",
    "EC2ThrottledException",
];

/// Whether an answer is a throttling error.
pub fn is_throttling(status: u16, error_type: Option<&str>) -> bool {
    status == 429 || error_type.is_some_and(|e| THROTTLING_ERRORS.contains(&e))
}

/// How many attempts, and how long to wait between them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    pub max_attempts: u32,
    /// The first retry's ceiling after a throttling error; it doubles per retry.
    pub throttling_base: Duration,
    /// The first retry's ceiling after any other retryable error or a transport failure.
    pub transient_base: Duration,
    /// No ceiling above this.
    pub cap: Duration,
    /// How far past the drawn wait an `x-amz-retry-after` header may raise it.
    pub retry_after_extra: Duration,
}

impl RetryPolicy {
    /// One attempt: no retry.
    pub const NONE: RetryPolicy = RetryPolicy {
        max_attempts: 1,
        throttling_base: Duration::ZERO,
        transient_base: Duration::ZERO,
        cap: Duration::ZERO,
        retry_after_extra: Duration::ZERO,
    };
    /// The SDKs' standard mode: four attempts (the SDKs make three; `--attempts` sets it), bases of 1 s
    /// and 50 ms, a 20 s cap, and a header honoured up to 5 s past the drawn wait.
    pub const STANDARD: RetryPolicy = RetryPolicy {
        max_attempts: 4,
        throttling_base: Duration::from_secs(1),
        transient_base: Duration::from_millis(50),
        cap: Duration::from_secs(20),
        retry_after_extra: Duration::from_secs(5),
    };

    /// The wait before a retry of a throttle once the endpoint's retry quota is spent: the cap, or what
    /// the header asked if that is longer (within the allowance past the cap).
    pub fn wait_past_quota(&self, retry_after: Option<&str>) -> Wait {
        let asked = retry_after.and_then(retry_after_ms);
        let cap = self.cap;
        let header = asked.map(Duration::from_millis).unwrap_or_default();
        Wait {
            ms: millis(header.min(cap + self.retry_after_extra).max(cap)),
            rule: WaitRule::QuotaSpent,
            ceiling_ms: millis(cap),
            throttling: true,
            retry_after_ms: asked,
        }
    }

    /// The wait before retry number `retry` (1 for the first), after an answer that was throttling or
    /// not and carried `retry_after` (the header's text) or not; `draw` is uniform in `[0, 1)`.
    pub fn wait(&self, retry: u32, throttling: bool, retry_after: Option<&str>, draw: f64) -> Wait {
        let base = if throttling {
            self.throttling_base
        } else {
            self.transient_base
        };
        let ceiling = base
            .saturating_mul(1u32 << retry.saturating_sub(1).min(20))
            .min(self.cap);
        let drawn = ceiling.mul_f64(draw.clamp(0.0, 1.0));
        let asked = retry_after.and_then(retry_after_ms);
        let (chosen, rule) = match asked.map(Duration::from_millis) {
            None => (drawn, WaitRule::Backoff),
            Some(a) if a <= drawn => (drawn, WaitRule::Backoff),
            Some(a) if a <= drawn + self.retry_after_extra => (a, WaitRule::RetryAfter),
            Some(_) => (drawn + self.retry_after_extra, WaitRule::RetryAfterCapped),
        };
        Wait {
            ms: millis(chosen),
            rule,
            ceiling_ms: millis(ceiling),
            throttling,
            retry_after_ms: asked,
        }
    }
}

fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

/// The milliseconds an `x-amz-retry-after` value names: a non-negative whole number, else nothing.
pub fn retry_after_ms(value: &str) -> Option<u64> {
    value.trim().parse::<u64>().ok()
}

/// Which rule chose a wait.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum WaitRule {
    /// The drawn backoff (no header, or one asking for less).
    Backoff,
    /// The `x-amz-retry-after` header: longer than the drawn wait, within its allowance.
    RetryAfter,
    /// The header asked for more than the allowance: the drawn wait plus the allowance.
    RetryAfterCapped,
    /// The endpoint's retry quota was spent, but the service is answering and asked to slow down (a
    /// throttle): the whole cap (or the header's wait, if longer), so the run slows instead of failing.
    QuotaSpent,
}

/// The wait before one retry, and what chose it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Wait {
    pub ms: u64,
    pub rule: WaitRule,
    /// The ceiling the wait was drawn under (the base doubled per retry, capped).
    pub ceiling_ms: u64,
    /// Whether the answer retried was a throttling error (the 1 s base).
    pub throttling: bool,
    /// What the answer's `x-amz-retry-after` asked for, when it was a valid value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retry_after_ms: Option<u64>,
}

/// The retry quota of each endpoint: 500 tokens; a retry costs 5 after throttling and 14 after any
/// other error; a call the service answers gives back what its last retry cost, or 1 when it was not
/// retried. (The SDKs give back only on a success; a conformance run is mostly refusals, which show the
/// service answering as well as a success does, so any answer of the service's own below 500 that is
/// not a throttle gives back.)
#[derive(Debug, Default)]
pub struct RetryQuotas {
    available: Mutex<HashMap<String, u32>>,
}

impl RetryQuotas {
    pub const CAPACITY: u32 = 500;
    const THROTTLING_COST: u32 = 5;
    const COST: u32 = 14;
    const SUCCESS_REFILL: u32 = 1;

    /// Takes what one retry against `endpoint` costs: the cost taken, or nothing when the quota is spent.
    pub fn acquire(&self, endpoint: &str, throttling: bool) -> Option<u32> {
        let cost = if throttling {
            Self::THROTTLING_COST
        } else {
            Self::COST
        };
        let mut all = self.available.lock().unwrap_or_else(|p| p.into_inner());
        let left = all.entry(endpoint.to_string()).or_insert(Self::CAPACITY);
        let enough = *left >= cost;
        if enough {
            *left -= cost;
        }
        enough.then_some(cost)
    }

    /// A call to `endpoint` succeeded: gives back its last retry's cost, or a token when it had none.
    pub fn succeeded(&self, endpoint: &str, last_cost: Option<u32>) {
        let mut all = self.available.lock().unwrap_or_else(|p| p.into_inner());
        let left = all.entry(endpoint.to_string()).or_insert(Self::CAPACITY);
        *left = (*left + last_cost.unwrap_or(Self::SUCCESS_REFILL)).min(Self::CAPACITY);
    }

    /// The tokens left for `endpoint`.
    pub fn left(&self, endpoint: &str) -> u32 {
        let all = self.available.lock().unwrap_or_else(|p| p.into_inner());
        all.get(endpoint).copied().unwrap_or(Self::CAPACITY)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    const P: RetryPolicy = RetryPolicy::STANDARD;

    #[test]
    fn throttling_backs_off_from_a_second_and_the_rest_from_fifty_milliseconds() {
        assert_eq!(P.wait(1, true, None, 0.999_999).ceiling_ms, 1000);
        assert_eq!(P.wait(3, true, None, 0.5).ceiling_ms, 4000);
        assert_eq!(P.wait(1, false, None, 0.5).ceiling_ms, 50);
        assert_eq!(P.wait(2, false, None, 0.5).ceiling_ms, 100);
        assert_eq!(
            P.wait(9, true, None, 0.5).ceiling_ms,
            20_000,
            "capped at 20 s"
        );
        assert_eq!(P.wait(40, false, None, 0.5).ceiling_ms, 20_000);
        assert_eq!(P.wait(1, true, None, 0.25).ms, 250, "full jitter");
    }

    #[test]
    fn the_header_raises_the_wait_within_five_seconds_of_the_drawn_one() {
        let raised = P.wait(1, true, Some("1500"), 0.5);
        assert_eq!((raised.ms, raised.rule), (1500, WaitRule::RetryAfter));
        assert_eq!(raised.retry_after_ms, Some(1500));
        let capped = P.wait(1, true, Some("60000"), 0.5);
        assert_eq!((capped.ms, capped.rule), (5500, WaitRule::RetryAfterCapped));
        let lower = P.wait(1, true, Some("10"), 0.5);
        assert_eq!((lower.ms, lower.rule), (500, WaitRule::Backoff));
        for bad in ["-5", "1.5", "soon", ""] {
            let ignored = P.wait(1, false, Some(bad), 0.5);
            assert_eq!(
                (ignored.ms, ignored.rule, ignored.retry_after_ms),
                (25, WaitRule::Backoff, None),
                "{bad}"
            );
        }
    }

    #[test]
    fn the_quota_stops_retries_against_an_endpoint_that_keeps_failing_and_refills_on_success() {
        let q = RetryQuotas::default();
        let mut retries = 0;
        while q.acquire("https://a", false).is_some() {
            retries += 1;
        }
        assert_eq!(retries, 500 / 14);
        assert!(q.acquire("https://b", false).is_some(), "per endpoint");
        assert_eq!(
            q.acquire("https://a", true),
            Some(5),
            "throttling costs less"
        );
        q.succeeded("https://a", Some(14));
        assert_eq!(q.left("https://a"), 500 % 14 - 5 + 14);
        q.succeeded("https://b", None);
        assert_eq!(
            q.left("https://b"),
            500 - 14 + 1,
            "a success not retried gives a token"
        );
        q.succeeded("https://c", Some(14));
        assert_eq!(q.left("https://c"), 500, "never above capacity");
    }

    proptest! {
        #[test]
        fn a_wait_is_never_below_the_drawn_backoff_nor_above_the_cap_and_allowance(
            retry in 1u32..12, throttling: bool, draw in 0.0f64..1.0, header in proptest::option::of(0u64..100_000),
        ) {
            let text = header.map(|h| h.to_string());
            let w = P.wait(retry, throttling, text.as_deref(), draw);
            let drawn = P.wait(retry, throttling, None, draw).ms;
            prop_assert!(w.ms >= drawn);
            prop_assert!(w.ms <= drawn + 5000);
            prop_assert!(drawn <= w.ceiling_ms && w.ceiling_ms <= 20_000);
        }
    }

    #[test]
    fn past_the_quota_a_throttle_waits_the_whole_cap_or_the_longer_header() {
        let w = P.wait_past_quota(None);
        assert_eq!((w.ms, w.rule), (20_000, WaitRule::QuotaSpent));
        assert_eq!(P.wait_past_quota(Some("1500")).ms, 20_000);
        assert_eq!(P.wait_past_quota(Some("23000")).ms, 23_000);
        assert_eq!(
            P.wait_past_quota(Some("90000")).ms,
            25_000,
            "within the allowance"
        );
    }
}
