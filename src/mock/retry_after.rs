//! The wait a throttled answer names in its `x-amz-retry-after` header (milliseconds): one value, or one
//! drawn in a range from the seeded generator of the fault or curveball that throttles. Without one, the
//! mock throttles as before, naming no wait.
use rand::{Rng, RngExt};
use serde::{Deserialize, Serialize};

/// `1500` (or `1500ms`), or `500..2000`: the milliseconds a throttled answer asks a client to wait.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "serde_json::Value", into = "String")]
pub struct RetryAfter {
    pub min_ms: u64,
    pub max_ms: u64,
}

impl RetryAfter {
    pub fn parse(text: &str) -> Result<RetryAfter, String> {
        let ms = |v: &str| {
            v.trim()
                .trim_end_matches("ms")
                .parse::<u64>()
                .map_err(|_| format!("retry-after={text}: give milliseconds, as 1500 or 500..2000"))
        };
        let (min_ms, max_ms) = match text.split_once("..") {
            Some((a, b)) => (ms(a)?, ms(b)?),
            None => (ms(text)?, ms(text)?),
        };
        if min_ms > max_ms {
            return Err(format!("retry-after={text}: the range goes down"));
        }
        Ok(RetryAfter { min_ms, max_ms })
    }

    /// The value to send for one throttled answer.
    pub fn draw(&self, rng: &mut impl Rng) -> u64 {
        rng.random_range(self.min_ms..=self.max_ms)
    }
}

impl TryFrom<serde_json::Value> for RetryAfter {
    type Error = String;

    fn try_from(v: serde_json::Value) -> Result<RetryAfter, String> {
        match v {
            serde_json::Value::Number(n) => RetryAfter::parse(&n.to_string()),
            serde_json::Value::String(s) => RetryAfter::parse(&s),
            other => Err(format!(
                "retryAfter {other}: give milliseconds, as 1500 or \"500..2000\""
            )),
        }
    }
}

impl From<RetryAfter> for String {
    fn from(r: RetryAfter) -> String {
        if r.min_ms == r.max_ms {
            r.min_ms.to_string()
        } else {
            format!("{}..{}", r.min_ms, r.max_ms)
        }
    }
}

#[cfg(test)]
mod tests {
    use rand::SeedableRng;

    use super::*;

    #[test]
    fn a_wait_is_one_value_or_a_range_drawn_from_the_seed() {
        assert_eq!(
            RetryAfter::parse("1500ms"),
            Ok(RetryAfter {
                min_ms: 1500,
                max_ms: 1500
            })
        );
        let range = RetryAfter::parse("500..2000").unwrap();
        let mut rng = rand::rngs::StdRng::seed_from_u64(7);
        let drawn: Vec<u64> = (0..50).map(|_| range.draw(&mut rng)).collect();
        assert!(drawn.iter().all(|d| (500..=2000).contains(d)));
        assert!(drawn.iter().any(|d| *d != drawn[0]));
        for bad in ["soon", "-1", "2000..500", ""] {
            assert!(RetryAfter::parse(bad).is_err(), "{bad}");
        }
        let json: RetryAfter = serde_json::from_str("\"100..200\"").unwrap();
        assert_eq!(String::from(json), "100..200");
        let n: RetryAfter = serde_json::from_str("250").unwrap();
        assert_eq!(n.max_ms, 250);
    }
}
