//! Plan presets: turn a first date, a time, a length and chosen weekdays into editable
//! [`Appointment`]s.
//!
//! Courses vary by clinic and the evidence on repeated dosing is limited, so the two presets are
//! *examples* (the UI labels them so, see [`Pattern::is_example`]); every generated appointment
//! is an ordinary appointment the patient can edit or delete afterwards.
//!
//! Rules every pattern keeps:
//! - dates are strictly increasing, so no day is used twice;
//! - every date falls on a chosen weekday (for weekday-based patterns);
//! - nothing is generated half-way: a request is either fully valid or a [`PlanError`].

use crate::domain::core::model::{Appointment, AppointmentKind};
use crate::domain::core::time::{Date, TimeOfDay, Weekday};
use serde::{Deserialize, Serialize};

/// The most appointments one request may create (a guard against a typo like "every 1 day
/// until 2036").
pub const MAX_APPOINTMENTS: usize = 200;
/// The longest appointment, in minutes.
pub const MAX_MINUTES: u16 = 24 * 60;

/// A set of weekdays (bit 0 = Monday).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Weekdays(u8);

impl Weekdays {
    pub const EMPTY: Weekdays = Weekdays(0);
    /// The IV course example: Monday, Wednesday, Friday.
    pub const MON_WED_FRI: Weekdays = Weekdays(0b0010101);
    /// The esketamine example: Monday and Thursday.
    pub const MON_THU: Weekdays = Weekdays(0b0001001);

    pub fn of(days: &[Weekday]) -> Weekdays {
        days.iter().fold(Weekdays::EMPTY, |set, d| set.with(*d))
    }
    pub fn with(self, day: Weekday) -> Weekdays {
        Weekdays(self.0 | 1 << day.index())
    }
    pub fn without(self, day: Weekday) -> Weekdays {
        Weekdays(self.0 & !(1 << day.index()))
    }
    pub fn contains(self, day: Weekday) -> bool {
        self.0 & (1 << day.index()) != 0
    }
    pub fn len(self) -> usize {
        (self.0 & 0x7f).count_ones() as usize
    }
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }
    /// The chosen days, Monday first.
    pub fn days(self) -> impl Iterator<Item = Weekday> {
        Weekday::ALL.into_iter().filter(move |d| self.contains(*d))
    }
}

/// The schedule a clinic suggests, which the Plan screen's schedule builder starts from (stored in
/// the settings, carried by a clinic link).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SchedulePreset {
    IvCourse,
    EsketamineInduction,
}

impl SchedulePreset {
    pub const ALL: [SchedulePreset; 2] = [
        SchedulePreset::IvCourse,
        SchedulePreset::EsketamineInduction,
    ];
}

/// How often maintenance sessions follow the first eight esketamine weeks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MaintenanceInterval {
    Weekly,
    EveryTwoWeeks,
}

impl MaintenanceInterval {
    pub fn weeks(self) -> i64 {
        match self {
            MaintenanceInterval::Weekly => 1,
            MaintenanceInterval::EveryTwoWeeks => 2,
        }
    }
}

/// The step of a custom recurrence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Every {
    /// Every N days from the first date (weekdays do not apply).
    Days(u16),
    /// Every N calendar weeks (Monday to Sunday, counted from the week of the first date), on
    /// each chosen weekday: what a phone calendar means by "every 2 weeks on Mon and Thu".
    Weeks { n: u16, weekdays: Weekdays },
}

/// Where a custom recurrence stops.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Until {
    /// After this many appointments.
    Count(u16),
    /// On or before this date (inclusive).
    Date(Date),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Pattern {
    /// Example IV course: `infusions` ketamine sessions on the chosen weekdays (two or three a
    /// week), from the first chosen weekday on or after the start date. Six infusions on
    /// Mon/Wed/Fri take two weeks; on two weekdays, three weeks.
    IvCourse { weekdays: Weekdays, infusions: u16 },
    /// Example esketamine schedule. Week k is the 7 days from `start + 7(k-1)`, so each week
    /// holds each weekday exactly once. Weeks 1-4: on both chosen weekdays; weeks 5-8: once a
    /// week, on the weekday of the very first session; then `maintenance_sessions` sessions of
    /// kind `Maintenance`, every one or two weeks on that same weekday.
    EsketamineInduction {
        weekdays: Weekdays,
        maintenance: MaintenanceInterval,
        maintenance_sessions: u16,
    },
    /// A plain recurrence of any appointment kind.
    Custom {
        kind: AppointmentKind,
        every: Every,
        until: Until,
    },
}

impl Pattern {
    pub fn iv_course_example() -> Pattern {
        Pattern::IvCourse {
            weekdays: Weekdays::MON_WED_FRI,
            infusions: 6,
        }
    }
    pub fn esketamine_example() -> Pattern {
        Pattern::EsketamineInduction {
            weekdays: Weekdays::MON_THU,
            maintenance: MaintenanceInterval::EveryTwoWeeks,
            maintenance_sessions: 4,
        }
    }
    /// Presets are examples of what clinics do, not a prescription: the UI says so.
    pub fn is_example(&self) -> bool {
        !matches!(self, Pattern::Custom { .. })
    }
}

/// Whether a past start date is allowed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanMode {
    /// A new plan must not start before `today` (the local date now).
    New { today: Date },
    /// Re-generating or recording an existing plan: past dates are allowed.
    Existing,
}

/// The first appointment's date, time and length, and the place copied to all of them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanStart {
    pub date: Date,
    pub time: TimeOfDay,
    pub minutes: u16,
    pub place: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanRequest {
    pub start: PlanStart,
    pub pattern: Pattern,
    pub mode: PlanMode,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanError {
    /// The appointment length is 0 minutes.
    ZeroLength,
    /// The appointment length is over [`MAX_MINUTES`].
    TooLong,
    /// "Every 0 days/weeks".
    ZeroInterval,
    /// No weekday chosen.
    NoWeekdays,
    /// The pattern needs between `min` and `max` weekdays.
    WeekdayCount {
        min: usize,
        max: usize,
        chosen: usize,
    },
    /// The "until" date is before the start date.
    EndBeforeStart,
    /// A new plan starts before today.
    StartInPast,
    /// The recurrence produces no date (a count of 0, or no chosen weekday before "until").
    NoDates,
    /// More than [`MAX_APPOINTMENTS`] appointments.
    TooMany,
}

/// Generates the appointments of a plan, sorted by date, or says why it cannot.
pub fn generate(req: &PlanRequest) -> Result<Vec<Appointment>, PlanError> {
    validate(req)?;
    let dated = match req.pattern {
        Pattern::IvCourse {
            weekdays,
            infusions,
        } => iv_course(req.start.date, weekdays, infusions)?,
        Pattern::EsketamineInduction {
            weekdays,
            maintenance,
            maintenance_sessions,
        } => esketamine(req.start.date, weekdays, maintenance, maintenance_sessions)?,
        Pattern::Custom { kind, every, until } => custom(req.start.date, kind, every, until)?,
    };
    if dated.is_empty() {
        return Err(PlanError::NoDates);
    }
    debug_assert!(dated.windows(2).all(|w| w[0].0 < w[1].0));
    Ok(dated
        .into_iter()
        .map(|(date, kind)| Appointment {
            kind,
            date,
            time: req.start.time,
            minutes: req.start.minutes,
            place: req.start.place.clone(),
            notes: String::new(),
        })
        .collect())
}

fn validate(req: &PlanRequest) -> Result<(), PlanError> {
    let s = &req.start;
    if s.minutes == 0 {
        return Err(PlanError::ZeroLength);
    }
    if s.minutes > MAX_MINUTES {
        return Err(PlanError::TooLong);
    }
    let weekdays = |w: Weekdays, min: usize, max: usize| {
        if w.is_empty() {
            Err(PlanError::NoWeekdays)
        } else if !(min..=max).contains(&w.len()) {
            Err(PlanError::WeekdayCount {
                min,
                max,
                chosen: w.len(),
            })
        } else {
            Ok(())
        }
    };
    match req.pattern {
        Pattern::IvCourse { weekdays: w, .. } => weekdays(w, 2, 3)?,
        Pattern::EsketamineInduction { weekdays: w, .. } => weekdays(w, 2, 2)?,
        Pattern::Custom { every, until, .. } => {
            match every {
                Every::Days(0) | Every::Weeks { n: 0, .. } => return Err(PlanError::ZeroInterval),
                Every::Weeks { weekdays: w, .. } => weekdays(w, 1, 7)?,
                Every::Days(_) => {}
            }
            if let Until::Date(end) = until {
                if end < s.date {
                    return Err(PlanError::EndBeforeStart);
                }
            }
        }
    }
    if let PlanMode::New { today } = req.mode {
        if s.date < today {
            return Err(PlanError::StartInPast);
        }
    }
    Ok(())
}

fn check_count(n: usize) -> Result<(), PlanError> {
    match n {
        0 => Err(PlanError::NoDates),
        n if n > MAX_APPOINTMENTS => Err(PlanError::TooMany),
        _ => Ok(()),
    }
}

fn iv_course(
    start: Date,
    weekdays: Weekdays,
    infusions: u16,
) -> Result<Vec<(Date, AppointmentKind)>, PlanError> {
    check_count(usize::from(infusions))?;
    Ok((0..)
        .map(|i| start.add_days(i))
        .filter(|d| weekdays.contains(d.weekday()))
        .take(usize::from(infusions))
        .map(|d| (d, AppointmentKind::Ketamine))
        .collect())
}

fn esketamine(
    start: Date,
    weekdays: Weekdays,
    interval: MaintenanceInterval,
    maintenance_sessions: u16,
) -> Result<Vec<(Date, AppointmentKind)>, PlanError> {
    check_count(12 + usize::from(maintenance_sessions))?;
    // The chosen weekdays in week `w` (0-based, counted from the start date), in date order.
    let week = |w: i64| {
        (0..7)
            .map(move |i| start.add_days(7 * w + i))
            .filter(|d| weekdays.contains(d.weekday()))
    };
    let mut out: Vec<(Date, AppointmentKind)> = (0..4)
        .flat_map(week)
        .map(|d| (d, AppointmentKind::Ketamine))
        .collect();
    // Validation guarantees two weekdays, so week 1 is never empty.
    let Some(&(anchor, _)) = out.first() else {
        return Err(PlanError::NoDates);
    };
    // Weeks 5-8: the first session's weekday; each week is exactly 7 days after the last.
    out.extend((4..8).map(|w| (anchor.add_days(7 * w), AppointmentKind::Ketamine)));
    let last = anchor.add_days(7 * 7);
    out.extend((1..=i64::from(maintenance_sessions)).map(|i| {
        (
            last.add_days(7 * interval.weeks() * i),
            AppointmentKind::Maintenance,
        )
    }));
    Ok(out)
}

fn custom(
    start: Date,
    kind: AppointmentKind,
    every: Every,
    until: Until,
) -> Result<Vec<(Date, AppointmentKind)>, PlanError> {
    let (limit, last) = match until {
        Until::Count(n) => {
            check_count(usize::from(n))?;
            (usize::from(n), None)
        }
        // One more than allowed, to tell "too many" from "exactly the maximum".
        Until::Date(d) => (MAX_APPOINTMENTS + 1, Some(d)),
    };
    let dates: Box<dyn Iterator<Item = Date>> = match every {
        Every::Days(n) => Box::new((0..).map(move |i| start.add_days(i * i64::from(n)))),
        Every::Weeks { n, weekdays } => {
            let monday = start.add_days(-i64::from(start.weekday().index()));
            Box::new(
                (0..)
                    .flat_map(move |k| {
                        let week = monday.add_days(7 * k * i64::from(n));
                        weekdays
                            .days()
                            .map(move |d| week.add_days(i64::from(d.index())))
                    })
                    .filter(move |d| *d >= start),
            )
        }
    };
    let out: Vec<(Date, AppointmentKind)> = dates
        .take_while(|d| last.is_none_or(|l| *d <= l))
        .take(limit)
        .map(|d| (d, kind))
        .collect();
    check_count(out.len())?;
    Ok(out)
}

#[cfg(test)]
mod tests;
