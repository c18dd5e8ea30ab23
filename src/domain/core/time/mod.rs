//! Calendar dates, clock times and instants without a date crate.
//!
//! An [`Instant`] is milliseconds since the Unix epoch (UTC). Local wall-clock time is
//! derived through a [`Zone`], which the browser provides from `Date.getTimezoneOffset`
//! and native tests provide from fixed rules, so DST handling is testable here.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

#[cfg(test)]
mod tests;
mod zone;

pub use zone::{FixedZone, UsDstZone, Zone};

pub const MS_PER_MINUTE: i64 = 60_000;
pub const MS_PER_HOUR: i64 = 60 * MS_PER_MINUTE;
pub const MS_PER_DAY: i64 = 24 * MS_PER_HOUR;

/// A moment in time: milliseconds since 1970-01-01T00:00:00Z.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(transparent)]
pub struct Instant(pub i64);

impl Instant {
    pub fn plus_minutes(self, minutes: i64) -> Instant {
        Instant(self.0 + minutes * MS_PER_MINUTE)
    }
    pub fn minutes_since(self, earlier: Instant) -> i64 {
        (self.0 - earlier.0).div_euclid(MS_PER_MINUTE)
    }
    /// ISO 8601 in UTC, e.g. `2026-11-28T09:05:00Z`.
    pub fn to_iso_utc(self) -> String {
        let days = self.0.div_euclid(MS_PER_DAY);
        let ms = self.0.rem_euclid(MS_PER_DAY);
        let date = Date::from_days(days);
        let secs = ms / 1000;
        format!(
            "{}T{:02}:{:02}:{:02}Z",
            date,
            secs / 3600,
            (secs / 60) % 60,
            secs % 60
        )
    }
    /// Parses the output of [`Instant::to_iso_utc`] (seconds optional, `Z` required).
    pub fn parse_iso_utc(s: &str) -> Option<Instant> {
        let s = s.strip_suffix('Z')?;
        let (d, t) = s.split_once('T')?;
        let date = Date::parse(d)?;
        let mut parts = t.split(':');
        let h: i64 = parse_digits(parts.next()?, 2)?;
        let m: i64 = parse_digits(parts.next()?, 2)?;
        let sec: i64 = match parts.next() {
            Some(p) => parse_digits(p, 2)?,
            None => 0,
        };
        if parts.next().is_some() || h > 23 || m > 59 || sec > 59 {
            return None;
        }
        Some(Instant(
            date.days() * MS_PER_DAY + h * MS_PER_HOUR + m * MS_PER_MINUTE + sec * 1000,
        ))
    }
}

fn parse_digits<T: std::str::FromStr>(s: &str, len: usize) -> Option<T> {
    if s.len() != len || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// A calendar date in the proleptic Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];
    /// 0 = Monday.
    pub fn index(self) -> u8 {
        self as u8
    }
}

impl Date {
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    pub fn days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.days() + n)
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday (index 3).
        Weekday::ALL[((self.days() + 3).rem_euclid(7)) as usize]
    }

    /// Parses `YYYY-MM-DD`, the value of an `<input type="date">`.
    pub fn parse(s: &str) -> Option<Date> {
        let mut it = s.split('-');
        let y: i32 = parse_digits(it.next()?, 4)?;
        let m: u8 = parse_digits(it.next()?, 2)?;
        let d: u8 = parse_digits(it.next()?, 2)?;
        if it.next().is_some() {
            return None;
        }
        Date::new(y, m, d)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(&s).ok_or_else(|| serde::de::Error::custom("invalid date"))
    }
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// A wall-clock time of day, minute precision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TimeOfDay {
    pub hour: u8,
    pub minute: u8,
}

impl TimeOfDay {
    pub const MIDNIGHT: TimeOfDay = TimeOfDay { hour: 0, minute: 0 };

    pub fn new(hour: u8, minute: u8) -> Option<TimeOfDay> {
        (hour < 24 && minute < 60).then_some(TimeOfDay { hour, minute })
    }
    pub fn minutes(self) -> i64 {
        i64::from(self.hour) * 60 + i64::from(self.minute)
    }
    /// Parses `HH:MM` (the value of an `<input type="time">`; seconds are ignored).
    pub fn parse(s: &str) -> Option<TimeOfDay> {
        let mut it = s.split(':');
        let h = parse_digits(it.next()?, 2)?;
        let m = parse_digits(it.next()?, 2)?;
        TimeOfDay::new(h, m)
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

impl Serialize for TimeOfDay {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for TimeOfDay {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        TimeOfDay::parse(&s).ok_or_else(|| serde::de::Error::custom("invalid time"))
    }
}

/// A local wall-clock date and time (no zone attached).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct LocalDateTime {
    pub date: Date,
    pub time: TimeOfDay,
}

impl LocalDateTime {
    pub fn new(date: Date, time: TimeOfDay) -> Self {
        LocalDateTime { date, time }
    }
    /// Minutes since the epoch as if this wall time were UTC.
    fn naive_minutes(self) -> i64 {
        self.date.days() * 24 * 60 + self.time.minutes()
    }
    fn from_naive_minutes(m: i64) -> Self {
        let date = Date::from_days(m.div_euclid(24 * 60));
        let rem = m.rem_euclid(24 * 60);
        LocalDateTime {
            date,
            time: TimeOfDay {
                hour: (rem / 60) as u8,
                minute: (rem % 60) as u8,
            },
        }
    }
    pub fn add_minutes(self, minutes: i64) -> Self {
        Self::from_naive_minutes(self.naive_minutes() + minutes)
    }
}
