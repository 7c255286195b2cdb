//! The mock's clock: real time plus an offset the admin API can move forward.
use std::{
    sync::atomic::{AtomicI64, Ordering},
    time::{Duration, SystemTime},
};

use time::OffsetDateTime;

#[derive(Debug, Default)]
pub struct Clock {
    offset_secs: AtomicI64,
}

impl Clock {
    pub fn now(&self) -> SystemTime {
        let offset = self.offset_secs.load(Ordering::Relaxed);
        SystemTime::now() + Duration::from_secs(offset.max(0) as u64)
    }

    pub fn now_utc(&self) -> OffsetDateTime {
        OffsetDateTime::from(self.now())
    }

    /// Moves the clock forward (never back, so timestamps keep their order).
    pub fn advance(&self, by: Duration) {
        self.offset_secs
            .fetch_add(by.as_secs() as i64, Ordering::Relaxed);
    }

    pub fn offset(&self) -> Duration {
        Duration::from_secs(self.offset_secs.load(Ordering::Relaxed).max(0) as u64)
    }

    pub fn reset(&self) {
        self.offset_secs.store(0, Ordering::Relaxed);
    }
}

pub use crate::wire::iso8601;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_are_rfc3339_utc_to_the_second() {
        let t = time::macros::datetime!(2026-03-05 07:08:09.123 +02:00);
        assert_eq!(iso8601(t), "2026-03-05T05:08:09Z");
        let back =
            OffsetDateTime::parse(&iso8601(t), &time::format_description::well_known::Rfc3339)
                .unwrap();
        assert_eq!(back.unix_timestamp(), t.unix_timestamp());
    }
}
