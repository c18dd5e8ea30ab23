//! Time zones: the [`Zone`] trait, a fixed offset, and US daylight-saving rules for tests.

use super::{Date, Instant, LocalDateTime, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE};

/// The phone's time zone: how far local wall time is ahead of UTC at a given instant.
pub trait Zone {
    fn offset_minutes(&self, at: Instant) -> i32;

    fn to_local(&self, at: Instant) -> LocalDateTime {
        let local_ms = at.0 + i64::from(self.offset_minutes(at)) * MS_PER_MINUTE;
        LocalDateTime::from_naive_minutes(local_ms.div_euclid(MS_PER_MINUTE))
    }

    /// The instant a wall-clock time happens. In a DST gap (a wall time that is skipped) the
    /// result is the same number of minutes after the gap, as phones do; in an overlap (a wall
    /// time that happens twice) it is the first occurrence.
    fn to_instant(&self, local: LocalDateTime) -> Instant {
        let naive = local.naive_minutes() * MS_PER_MINUTE;
        // Try the offsets in force a day either side; pick the earliest that round-trips.
        let before = self.offset_minutes(Instant(naive - MS_PER_DAY));
        let after = self.offset_minutes(Instant(naive + MS_PER_DAY));
        let mut candidates: Vec<Instant> = [before, after]
            .iter()
            .map(|o| Instant(naive - i64::from(*o) * MS_PER_MINUTE))
            .filter(|i| self.to_local(*i) == local)
            .collect();
        crate::domain::core::order::natural(&mut candidates);
        match candidates.first() {
            Some(i) => *i,
            // In the gap: interpret with the offset from before the change.
            None => Instant(naive - i64::from(before) * MS_PER_MINUTE),
        }
    }
}

/// A zone with one fixed offset (UTC is `FixedZone(0)`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FixedZone(pub i32);

impl Zone for FixedZone {
    fn offset_minutes(&self, _at: Instant) -> i32 {
        self.0
    }
}

/// US-style daylight saving rules (second Sunday of March to first Sunday of November, at
/// 02:00 local) around a standard offset: used by tests to exercise DST handling natively.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UsDstZone {
    pub standard_offset: i32,
}

impl UsDstZone {
    pub const EASTERN: UsDstZone = UsDstZone {
        standard_offset: -300,
    };

    fn nth_sunday(year: i32, month: u8, n: i64) -> Date {
        let first = Date {
            year,
            month,
            day: 1,
        };
        let to_sunday = (6 - i64::from(first.weekday().index())).rem_euclid(7);
        first.add_days(to_sunday + 7 * (n - 1))
    }
}

impl Zone for UsDstZone {
    fn offset_minutes(&self, at: Instant) -> i32 {
        let std = i64::from(self.standard_offset);
        let year = Date::from_days((at.0 + std * MS_PER_MINUTE).div_euclid(MS_PER_DAY)).year;
        // DST starts 02:00 standard time, ends 02:00 daylight time (= 01:00 standard).
        let start = Self::nth_sunday(year, 3, 2).days() * MS_PER_DAY + 2 * MS_PER_HOUR
            - std * MS_PER_MINUTE;
        let end =
            Self::nth_sunday(year, 11, 1).days() * MS_PER_DAY + MS_PER_HOUR - std * MS_PER_MINUTE;
        if at.0 >= start && at.0 < end {
            self.standard_offset + 60
        } else {
            self.standard_offset
        }
    }
}
