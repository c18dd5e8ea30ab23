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
mod tests {
    use super::*;
    use Weekday::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn req(start: &str, pattern: Pattern) -> PlanRequest {
        PlanRequest {
            start: PlanStart {
                date: d(start),
                time: TimeOfDay::new(9, 30).unwrap(),
                minutes: 40,
                place: "Clinic, room 2".into(),
            },
            pattern,
            mode: PlanMode::New {
                today: d("2026-11-28"),
            },
        }
    }

    fn dates(r: &PlanRequest) -> Vec<String> {
        generate(r)
            .unwrap()
            .iter()
            .map(|a| a.date.to_string())
            .collect()
    }

    fn custom(every: Every, until: Until) -> Pattern {
        Pattern::Custom {
            kind: AppointmentKind::Psychotherapy,
            every,
            until,
        }
    }

    #[test]
    fn iv_course_example_is_six_infusions_over_two_weeks() {
        // 2026-11-30 is a Monday.
        let r = req("2026-11-30", Pattern::iv_course_example());
        assert_eq!(
            dates(&r),
            [
                "2026-11-30",
                "2026-12-02",
                "2026-12-04",
                "2026-12-07",
                "2026-12-09",
                "2026-12-11"
            ]
        );
        let appts = generate(&r).unwrap();
        assert!(appts.iter().all(|a| a.kind == AppointmentKind::Ketamine
            && a.minutes == 40
            && a.time == TimeOfDay::new(9, 30).unwrap()
            && a.place == "Clinic, room 2"));
        assert!(r.pattern.is_example());
    }

    #[test]
    fn iv_course_on_two_weekdays_takes_three_weeks_and_starts_on_a_chosen_day() {
        let r = req(
            "2026-12-01", // a Tuesday: first chosen day is Thursday
            Pattern::IvCourse {
                weekdays: Weekdays::of(&[Mon, Thu]),
                infusions: 6,
            },
        );
        assert_eq!(
            dates(&r),
            [
                "2026-12-03",
                "2026-12-07",
                "2026-12-10",
                "2026-12-14",
                "2026-12-17",
                "2026-12-21"
            ]
        );
    }

    #[test]
    fn esketamine_example_follows_the_label_rhythm() {
        // Start on a Wednesday with Mon/Thu chosen: the first session is Thursday.
        let r = req("2026-12-02", Pattern::esketamine_example());
        let appts = generate(&r).unwrap();
        let ds: Vec<String> = appts.iter().map(|a| a.date.to_string()).collect();
        assert_eq!(
            ds,
            [
                // weeks 1-4: twice weekly
                "2026-12-03",
                "2026-12-07",
                "2026-12-10",
                "2026-12-14",
                "2026-12-17",
                "2026-12-21",
                "2026-12-24",
                "2026-12-28",
                // weeks 5-8: weekly on Thursday (the first session's weekday)
                "2026-12-31",
                "2027-01-07",
                "2027-01-14",
                "2027-01-21",
                // maintenance every two weeks
                "2027-02-04",
                "2027-02-18",
                "2027-03-04",
                "2027-03-18",
            ]
        );
        let kinds: Vec<AppointmentKind> = appts.iter().map(|a| a.kind).collect();
        assert_eq!(kinds[..12], [AppointmentKind::Ketamine; 12]);
        assert_eq!(kinds[12..], [AppointmentKind::Maintenance; 4]);
    }

    #[test]
    fn esketamine_weekly_maintenance_and_none() {
        let pattern = |maintenance, maintenance_sessions| Pattern::EsketamineInduction {
            weekdays: Weekdays::of(&[Tue, Fri]),
            maintenance,
            maintenance_sessions,
        };
        let r = req("2026-12-01", pattern(MaintenanceInterval::Weekly, 2));
        let ds = dates(&r);
        assert_eq!(ds.len(), 14);
        assert_eq!(ds[11], "2027-01-19");
        assert_eq!(ds[12..], ["2027-01-26", "2027-02-02"]);
        let r = req("2026-12-01", pattern(MaintenanceInterval::EveryTwoWeeks, 0));
        assert_eq!(dates(&r).len(), 12);
    }

    #[test]
    fn custom_every_n_days_with_count_and_until() {
        let r = req("2026-11-28", custom(Every::Days(3), Until::Count(4)));
        assert_eq!(
            dates(&r),
            ["2026-11-28", "2026-12-01", "2026-12-04", "2026-12-07"]
        );
        // `until` is inclusive and may equal the start.
        let r = req(
            "2026-11-28",
            custom(Every::Days(3), Until::Date(d("2026-12-04"))),
        );
        assert_eq!(dates(&r), ["2026-11-28", "2026-12-01", "2026-12-04"]);
        let r = req(
            "2026-11-28",
            custom(Every::Days(3), Until::Date(d("2026-11-28"))),
        );
        assert_eq!(dates(&r), ["2026-11-28"]);
        let appts = generate(&r).unwrap();
        assert_eq!(appts[0].kind, AppointmentKind::Psychotherapy);
        assert!(!r.pattern.is_example());
    }

    #[test]
    fn custom_every_n_weeks_uses_calendar_weeks_from_the_start_week() {
        let every = Every::Weeks {
            n: 2,
            weekdays: Weekdays::of(&[Mon, Thu]),
        };
        // Start Wednesday 2026-12-02: that week's Monday is skipped (before the start).
        let r = req("2026-12-02", custom(every, Until::Count(5)));
        assert_eq!(
            dates(&r),
            [
                "2026-12-03",
                "2026-12-14",
                "2026-12-17",
                "2026-12-28",
                "2026-12-31"
            ]
        );
        let r = req("2026-12-02", custom(every, Until::Date(d("2026-12-28"))));
        assert_eq!(
            dates(&r),
            ["2026-12-03", "2026-12-14", "2026-12-17", "2026-12-28"]
        );
    }

    #[test]
    fn exactly_the_maximum_is_allowed() {
        let r = req("2026-11-28", custom(Every::Days(1), Until::Count(200)));
        assert_eq!(generate(&r).unwrap().len(), MAX_APPOINTMENTS);
        let last = d("2026-11-28").add_days(199);
        let r = req("2026-11-28", custom(Every::Days(1), Until::Date(last)));
        assert_eq!(generate(&r).unwrap().len(), MAX_APPOINTMENTS);
    }

    #[test]
    fn invalid_requests_generate_nothing() {
        let mon = Weekdays::of(&[Mon]);
        let weeks = |n| Every::Weeks { n, weekdays: mon };
        let cases: Vec<(&str, PlanRequest, PlanError)> = vec![
            (
                "until before start",
                req(
                    "2026-12-10",
                    custom(Every::Days(1), Until::Date(d("2026-12-09"))),
                ),
                PlanError::EndBeforeStart,
            ),
            (
                "count zero",
                req("2026-12-10", custom(Every::Days(1), Until::Count(0))),
                PlanError::NoDates,
            ),
            (
                "no chosen weekday before until",
                // 2026-12-01 is a Tuesday; the next Monday is after `until`.
                req("2026-12-01", custom(weeks(1), Until::Date(d("2026-12-06")))),
                PlanError::NoDates,
            ),
            (
                "too many by count",
                req("2026-12-10", custom(Every::Days(1), Until::Count(201))),
                PlanError::TooMany,
            ),
            (
                "too many by until",
                req(
                    "2026-12-10",
                    custom(Every::Days(1), Until::Date(d("2036-01-01"))),
                ),
                PlanError::TooMany,
            ),
            (
                "too many esketamine",
                req(
                    "2026-12-10",
                    Pattern::EsketamineInduction {
                        weekdays: Weekdays::MON_THU,
                        maintenance: MaintenanceInterval::Weekly,
                        maintenance_sessions: 189,
                    },
                ),
                PlanError::TooMany,
            ),
            (
                "start before today",
                req("2026-11-27", Pattern::iv_course_example()),
                PlanError::StartInPast,
            ),
            (
                "every 0 days",
                req("2026-12-10", custom(Every::Days(0), Until::Count(3))),
                PlanError::ZeroInterval,
            ),
            (
                "every 0 weeks",
                req("2026-12-10", custom(weeks(0), Until::Count(3))),
                PlanError::ZeroInterval,
            ),
            (
                "empty weekdays, custom",
                req(
                    "2026-12-10",
                    custom(
                        Every::Weeks {
                            n: 1,
                            weekdays: Weekdays::EMPTY,
                        },
                        Until::Count(3),
                    ),
                ),
                PlanError::NoWeekdays,
            ),
            (
                "empty weekdays, IV",
                req(
                    "2026-12-10",
                    Pattern::IvCourse {
                        weekdays: Weekdays::EMPTY,
                        infusions: 6,
                    },
                ),
                PlanError::NoWeekdays,
            ),
            (
                "IV on one weekday",
                req(
                    "2026-12-10",
                    Pattern::IvCourse {
                        weekdays: mon,
                        infusions: 6,
                    },
                ),
                PlanError::WeekdayCount {
                    min: 2,
                    max: 3,
                    chosen: 1,
                },
            ),
            (
                "esketamine on three weekdays",
                req(
                    "2026-12-10",
                    Pattern::EsketamineInduction {
                        weekdays: Weekdays::MON_WED_FRI,
                        maintenance: MaintenanceInterval::Weekly,
                        maintenance_sessions: 0,
                    },
                ),
                PlanError::WeekdayCount {
                    min: 2,
                    max: 2,
                    chosen: 3,
                },
            ),
            (
                "IV with zero infusions",
                req(
                    "2026-12-10",
                    Pattern::IvCourse {
                        weekdays: Weekdays::MON_WED_FRI,
                        infusions: 0,
                    },
                ),
                PlanError::NoDates,
            ),
        ];
        for (name, r, want) in cases {
            assert_eq!(generate(&r), Err(want), "{name}");
        }
        let mut r = req("2026-12-10", Pattern::iv_course_example());
        r.start.minutes = 0;
        assert_eq!(generate(&r), Err(PlanError::ZeroLength));
        r.start.minutes = MAX_MINUTES + 1;
        assert_eq!(generate(&r), Err(PlanError::TooLong));
    }

    #[test]
    fn start_today_is_fine_and_existing_plans_may_start_in_the_past() {
        let r = req("2026-11-28", Pattern::iv_course_example());
        assert!(generate(&r).is_ok());
        let mut r = req("2026-01-05", Pattern::iv_course_example());
        assert_eq!(generate(&r), Err(PlanError::StartInPast));
        r.mode = PlanMode::Existing;
        assert_eq!(generate(&r).unwrap()[0].date, d("2026-01-05"));
    }

    #[test]
    fn weekday_set_basics() {
        let w = Weekdays::of(&[Sun, Mon, Mon]);
        assert_eq!(w.len(), 2);
        assert_eq!(w.days().collect::<Vec<_>>(), [Mon, Sun]);
        assert!(w.without(Mon).contains(Sun) && !w.without(Mon).contains(Mon));
        assert_eq!(serde_json::to_string(&Weekdays::MON_WED_FRI).unwrap(), "21");
    }

    fn any_pattern() -> impl proptest::strategy::Strategy<Value = Pattern> {
        use proptest::prelude::*;
        let weekdays = (1u8..128).prop_map(Weekdays);
        let two = (0u8..7, 1u8..7).prop_map(|(a, b)| {
            Weekdays::of(&[
                Weekday::ALL[a as usize],
                Weekday::ALL[((a + b) % 7) as usize],
            ])
        });
        prop_oneof![
            (two.clone(), 1u16..40).prop_map(|(weekdays, infusions)| Pattern::IvCourse {
                weekdays,
                infusions
            }),
            (two, any::<bool>(), 0u16..30).prop_map(|(weekdays, weekly, maintenance_sessions)| {
                Pattern::EsketamineInduction {
                    weekdays,
                    maintenance: if weekly {
                        MaintenanceInterval::Weekly
                    } else {
                        MaintenanceInterval::EveryTwoWeeks
                    },
                    maintenance_sessions,
                }
            }),
            (1u16..5, weekdays, 1u16..60).prop_map(|(n, weekdays, count)| Pattern::Custom {
                kind: AppointmentKind::Other,
                every: Every::Weeks { n, weekdays },
                until: Until::Count(count),
            }),
        ]
    }

    fn chosen(p: &Pattern) -> Weekdays {
        match *p {
            Pattern::IvCourse { weekdays, .. } => weekdays,
            Pattern::EsketamineInduction { weekdays, .. } => weekdays,
            Pattern::Custom {
                every: Every::Weeks { weekdays, .. },
                ..
            } => weekdays,
            Pattern::Custom { .. } => Weekdays(0x7f),
        }
    }

    proptest::proptest! {
        #[test]
        fn dates_never_repeat_and_keep_the_weekdays(day in 0i64..3000, pattern in any_pattern()) {
            let start = d("2026-11-28").add_days(day);
            let mut r = req("2026-11-28", pattern);
            r.start.date = start;
            let appts = generate(&r).unwrap();
            proptest::prop_assert!(!appts.is_empty());
            proptest::prop_assert!(appts[0].date >= start);
            proptest::prop_assert!(appts.windows(2).all(|w| w[0].date < w[1].date));
            let w = chosen(&pattern);
            proptest::prop_assert!(appts.iter().all(|a| w.contains(a.date.weekday())));
            if let Pattern::IvCourse { weekdays, .. } = pattern {
                // 2-3 a week: no 7-day window holds more than the chosen number.
                for (i, a) in appts.iter().enumerate() {
                    let in_week = appts[i..].iter().take_while(|b| b.date.days() < a.date.days() + 7).count();
                    proptest::prop_assert!(in_week <= weekdays.len());
                }
            }
        }
    }
}
