//! A client's retries graded against the AWS SDKs' rules since November 2026: per error answer it got,
//! whether it tried the same request again, after how long, and the floor the rules give that wait (what
//! an `x-amz-retry-after` header asked, up to the 5 s the rules allow past a drawn backoff; a drawn
//! backoff alone may be as short as nothing); and what it got wrong: retrying sooner than told, retrying
//! an error that is not retryable, or never retrying a throttle. Pure: a function of the observations.
use serde::Serialize;

use crate::{client::retry::is_throttling, wire::observe::Observation};

/// How far past its drawn backoff the rules let a header raise a wait: the most a header can ask for.
const HEADER_ALLOWANCE_MS: u64 = 5_000;

/// One error answer and what the client did next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RetryGrade {
    pub operation: String,
    pub at_ms: u64,
    /// The error answered (its type, or the status).
    pub error: String,
    pub retryable: bool,
    /// How many times the same request came, this one included.
    pub attempts: usize,
    /// From this answer to the same request again, when it came again.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub waited_ms: Option<u64>,
    /// The least wait the rules allow after this answer (the header's, within the allowance).
    pub floor_ms: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retry_after_ms: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub finding: Option<RetryFinding>,
}

/// What a client's retry got wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RetryFinding {
    /// Tried again before the wait the answer's header asked for.
    TooSoon,
    /// Tried again an error no retry gets past (a refusal of the request itself).
    NotRetryable,
    /// Gave up on a throttle without trying again.
    NeverRetried,
}

impl RetryFinding {
    pub fn says(self) -> &'static str {
        match self {
            RetryFinding::TooSoon => "retried sooner than x-amz-retry-after asked",
            RetryFinding::NotRetryable => "retried an error that no retry gets past",
            RetryFinding::NeverRetried => "never retried a throttle",
        }
    }
}

/// Whether an answer is one the SDKs retry: throttling, a 5xx, or a fault the mock injected.
fn retryable(o: &Observation) -> bool {
    is_throttling(o.status, o.error_type.as_deref()) || o.status >= 500 || o.fault.is_some()
}

/// The same request again: the same operation, from the same principal, with the same body.
fn same_request(a: &Observation, b: &Observation) -> bool {
    a.operation.is_some()
        && a.operation == b.operation
        && a.principal == b.principal
        && a.request == b.request
}

/// Every error answer the client got, graded.
pub fn grade(observations: &[Observation]) -> Vec<RetryGrade> {
    observations
        .iter()
        .enumerate()
        .filter(|(_, o)| o.status >= 400 && !o.transient || o.fault.is_some())
        .map(|(i, o)| {
            let earlier = observations[..i]
                .iter()
                .filter(|p| same_request(p, o))
                .count();
            let next = observations[i + 1..].iter().find(|n| same_request(o, n));
            one(o, earlier + 1, next)
        })
        .collect()
}

fn one(o: &Observation, attempts: usize, next: Option<&Observation>) -> RetryGrade {
    let retryable = retryable(o);
    let throttling = is_throttling(o.status, o.error_type.as_deref());
    let floor_ms = o.retry_after_ms.map_or(0, |h| h.min(HEADER_ALLOWANCE_MS));
    let waited_ms = next.map(|n| n.at_ms.saturating_sub(o.at_ms));
    let finding = match (retryable, waited_ms) {
        (false, Some(_)) => Some(RetryFinding::NotRetryable),
        (true, Some(w)) if w < floor_ms => Some(RetryFinding::TooSoon),
        (true, None) if throttling => Some(RetryFinding::NeverRetried),
        _ => None,
    };
    RetryGrade {
        operation: o.operation.clone().unwrap_or_default(),
        at_ms: o.at_ms,
        error: o
            .error_type
            .clone()
            .or_else(|| o.fault.clone())
            .unwrap_or_else(|| o.status.to_string()),
        retryable,
        attempts,
        waited_ms,
        floor_ms,
        retry_after_ms: o.retry_after_ms,
        finding,
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn seen(
        at_ms: u64,
        status: u16,
        error: Option<&str>,
        retry_after_ms: Option<u64>,
    ) -> Observation {
        Observation {
            at_ms,
            operation: Some("ListRelationships".into()),
            principal: Some("sender".into()),
            status,
            error_type: error.map(str::to_string),
            request: json!({"catalog": "Sandbox"}),
            retry_after_ms,
            ..Observation::default()
        }
    }

    #[test]
    fn a_retry_sooner_than_told_of_what_cannot_be_retried_or_never_made_is_found() {
        let throttled = |at, h| seen(at, 429, Some("ThrottlingException"), h);
        let ok = |at| seen(at, 200, None, None);
        let patient = grade(&[throttled(0, Some(1500)), ok(1600)]);
        assert_eq!(
            (
                patient[0].floor_ms,
                patient[0].waited_ms,
                patient[0].finding
            ),
            (1500, Some(1600), None)
        );
        let hasty = grade(&[throttled(0, Some(1500)), ok(20)]);
        assert_eq!(hasty[0].finding, Some(RetryFinding::TooSoon));
        let capped = grade(&[throttled(0, Some(60_000)), ok(5_100)]);
        assert_eq!(
            (capped[0].floor_ms, capped[0].finding),
            (5_000, None),
            "the rules cap what a header asks"
        );
        let jittered = grade(&[throttled(0, None), ok(1)]);
        assert_eq!(jittered[0].finding, None, "full jitter may wait nothing");
        let gave_up = grade(&[throttled(0, None)]);
        assert_eq!(gave_up[0].finding, Some(RetryFinding::NeverRetried));
        let refused = seen(0, 400, Some("ValidationException"), None);
        let again = grade(&[
            refused.clone(),
            seen(10, 400, Some("ValidationException"), None),
        ]);
        assert_eq!(again[0].finding, Some(RetryFinding::NotRetryable));
        assert_eq!(again[1].attempts, 2);
        assert_eq!(
            grade(&[refused])[0].finding,
            None,
            "not retrying a refusal is right"
        );
    }
}
