//! The mock's clock: real time plus an offset the admin API can move forward.
use std::{
    sync::atomic::{AtomicI64, Ordering},
    time::{Duration, SystemTime},
};

use time::OffsetDateTime;

/// A hundred years: as far as the mock's clock may run ahead, in all (a date past year 9999 cannot be
/// written as the protocol's timestamps).
const MAX_AHEAD_SECS: i64 = 100 * 365 * 86_400;

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

    /// Moves the clock forward (never back, so timestamps keep their order), up to `MAX_AHEAD` in all:
    /// the new offset, or how far ahead the clock already is when the move would pass that.
    pub fn advance(&self, by: Duration) -> Result<Duration, Duration> {
        let by = i64::try_from(by.as_secs()).unwrap_or(i64::MAX);
        let moved = self
            .offset_secs
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |now| {
                now.checked_add(by).filter(|next| *next <= MAX_AHEAD_SECS)
            });
        match moved {
            Ok(before) => Ok(Duration::from_secs((before + by).max(0) as u64)),
            Err(now) => Err(Duration::from_secs(now.max(0) as u64)),
        }
    }

    /// How far ahead of the wall clock the mock's clock may be moved, in all.
    pub const MAX_AHEAD: Duration = Duration::from_secs(MAX_AHEAD_SECS as u64);

    pub fn offset(&self) -> Duration {
        Duration::from_secs(self.offset_secs.load(Ordering::Relaxed).max(0) as u64)
    }

    pub fn reset(&self) {
        self.offset_secs.store(0, Ordering::Relaxed);
    }
}

pub use crate::wire::iso8601;

/// A timestamp from the wire (RFC 3339 / ISO 8601), or none when it is not one.
pub fn parse_iso8601(text: &str) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339).ok()
}

/// A time to the whole second, as the service writes its timestamps: half the size of an
/// `OffsetDateTime` where a million are kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Second(i64);

impl Second {
    pub fn of(t: OffsetDateTime) -> Second {
        Second(t.unix_timestamp())
    }

    pub fn time(self) -> OffsetDateTime {
        OffsetDateTime::from_unix_timestamp(self.0).unwrap_or(OffsetDateTime::UNIX_EPOCH)
    }

    /// Appends the time as a JSON string, `"YYYY-MM-DDThh:mm:ssZ"`, as [`iso8601`] writes it but
    /// without formatting machinery (a list page writes three per item).
    pub fn write_json(self, out: &mut String) {
        let (days, in_day) = (self.0.div_euclid(86_400), self.0.rem_euclid(86_400) as u32);
        let (year, month, day) = civil_from_days(days);
        let mut text = *b"\"0000-00-00T00:00:00Z\"";
        let fields = [
            (1, 4, year.clamp(0, 9999) as u32),
            (6, 2, month),
            (9, 2, day),
            (12, 2, in_day / 3600),
            (15, 2, in_day / 60 % 60),
            (18, 2, in_day % 60),
        ];
        for (at, width, mut value) in fields {
            for i in (at..at + width).rev() {
                text[i] = b'0' + (value % 10) as u8;
                value /= 10;
            }
        }
        out.extend(text.iter().map(|&b| char::from(b)));
    }
}

/// The proleptic Gregorian date `days` after 1970-01-01 (H. Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

impl serde::Serialize for Second {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&iso8601(self.time()))
    }
}

/// Serde for the mock's timestamps as AWS services write them: ISO 8601 in UTC, whole seconds, `Z`
/// (the admin API's state dump included; the clock itself keeps nanoseconds for ordering).
pub mod seconds {
    use serde::{Deserialize, Deserializer, Serializer};
    use time::{OffsetDateTime, format_description::well_known::Rfc3339};

    pub fn serialize<S: Serializer>(t: &OffsetDateTime, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::iso8601(*t))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<OffsetDateTime, D::Error> {
        let text = String::deserialize(d)?;
        OffsetDateTime::parse(&text, &Rfc3339).map_err(serde::de::Error::custom)
    }

    pub mod option {
        use serde::{Deserialize, Deserializer, Serializer};
        use time::OffsetDateTime;

        pub fn serialize<S: Serializer>(
            t: &Option<OffsetDateTime>,
            s: S,
        ) -> Result<S::Ok, S::Error> {
            match t {
                Some(t) => super::serialize(t, s),
                None => s.serialize_none(),
            }
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(
            d: D,
        ) -> Result<Option<OffsetDateTime>, D::Error> {
            match Option::<String>::deserialize(d)? {
                Some(text) => time::OffsetDateTime::parse(
                    &text,
                    &time::format_description::well_known::Rfc3339,
                )
                .map(Some)
                .map_err(serde::de::Error::custom),
                None => Ok(None),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_state_dump_writes_whole_seconds() {
        #[derive(serde::Serialize)]
        struct T {
            #[serde(with = "seconds")]
            at: OffsetDateTime,
            #[serde(with = "seconds::option")]
            maybe: Option<OffsetDateTime>,
        }
        let at = time::macros::datetime!(2026-11-23 15:50:24.01540072 UTC);
        let json = serde_json::to_string(&T {
            at,
            maybe: Some(at),
        })
        .unwrap();
        assert_eq!(
            json,
            r#"{"at":"2026-11-23T15:50:24Z","maybe":"2026-11-23T15:50:24Z"}"#
        );
    }

    #[test]
    fn a_second_is_written_as_its_time() {
        let t = time::macros::datetime!(2026-03-05 07:08:09.123 +02:00);
        assert_eq!(
            serde_json::to_string(&Second::of(t)).unwrap(),
            "\"2026-03-05T05:08:09Z\""
        );
        assert_eq!(Second::of(t).time().unix_timestamp(), t.unix_timestamp());
    }

    proptest::proptest! {
        #[test]
        fn any_second_written_by_hand_is_the_iso8601_text(unix in 0i64..253_402_300_800) {
            let t = OffsetDateTime::from_unix_timestamp(unix).unwrap();
            let mut out = String::new();
            Second::of(t).write_json(&mut out);
            proptest::prop_assert_eq!(out, format!("\"{}\"", iso8601(t)));
        }
    }

    #[test]
    fn a_second_written_by_hand_is_the_iso8601_text() {
        for unix in [
            0,
            1,
            59,
            951_782_400,
            1_772_689_689,
            4_102_444_799,
            253_402_300_799,
        ] {
            let t = OffsetDateTime::from_unix_timestamp(unix).unwrap();
            let mut out = String::new();
            Second::of(t).write_json(&mut out);
            assert_eq!(out, format!("\"{}\"", iso8601(t)));
        }
    }

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
