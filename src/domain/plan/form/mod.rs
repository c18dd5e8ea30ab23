//! The Plan screen's two forms as the patient typed them (text from `<input>`s), checked into
//! an [`Appointment`] or a [`PlanRequest`]. A form is taken whole or not at all.

use crate::domain::core::model::{Appointment, AppointmentKind};
use crate::domain::core::time::{Date, TimeOfDay};
use crate::domain::plan::schedule::{
    generate, Every, MaintenanceInterval, Pattern, PlanError, PlanMode, PlanRequest, PlanStart,
    SchedulePreset, Until, Weekdays, MAX_MINUTES,
};

/// The length a new appointment starts with, in minutes.
pub const DEFAULT_MINUTES: u16 = 60;
pub const DEFAULT_TIME: TimeOfDay = TimeOfDay { hour: 9, minute: 0 };

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Date,
    Time,
    Minutes,
    Infusions,
    MaintenanceSessions,
    Interval,
    Count,
    UntilDate,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FieldError {
    Empty,
    /// Not a date, time or whole number as the field expects.
    Invalid,
    /// A length of 0 minutes.
    Zero,
    /// Over this many.
    TooLarge {
        max: u16,
    },
}

/// Reads a whole number; a number too big for `u16` becomes `u16::MAX`, so the rule it breaks
/// ("over 200 appointments") is the one reported.
fn whole_number(s: &str) -> Result<u16, FieldError> {
    let s = s.trim();
    if s.is_empty() {
        return Err(FieldError::Empty);
    }
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(FieldError::Invalid);
    }
    Ok(s.parse::<u16>().unwrap_or(u16::MAX))
}

fn date(s: &str) -> Result<Date, FieldError> {
    match s.trim() {
        "" => Err(FieldError::Empty),
        s => Date::parse(s).ok_or(FieldError::Invalid),
    }
}

fn time(s: &str) -> Result<TimeOfDay, FieldError> {
    match s.trim() {
        "" => Err(FieldError::Empty),
        s => TimeOfDay::parse(s).ok_or(FieldError::Invalid),
    }
}

fn minutes(s: &str) -> Result<u16, FieldError> {
    match whole_number(s)? {
        0 => Err(FieldError::Zero),
        m if m > MAX_MINUTES => Err(FieldError::TooLarge { max: MAX_MINUTES }),
        m => Ok(m),
    }
}

/// One appointment being added or edited.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppointmentForm {
    pub kind: AppointmentKind,
    pub date: String,
    pub time: String,
    pub minutes: String,
    pub place: String,
    pub notes: String,
}

impl AppointmentForm {
    /// A blank form for a new appointment on `date`.
    pub fn new(date: Date) -> Self {
        AppointmentForm {
            kind: AppointmentKind::Ketamine,
            date: date.to_string(),
            time: DEFAULT_TIME.to_string(),
            minutes: DEFAULT_MINUTES.to_string(),
            place: String::new(),
            notes: String::new(),
        }
    }

    pub fn of(a: &Appointment) -> Self {
        AppointmentForm {
            kind: a.kind,
            date: a.date.to_string(),
            time: a.time.to_string(),
            minutes: a.minutes.to_string(),
            place: a.place.clone(),
            notes: a.notes.clone(),
        }
    }

    /// Every field's error at once, or the appointment (text trimmed). Past dates are allowed:
    /// the patient may record what already happened.
    pub fn check(&self) -> Result<Appointment, Vec<(Field, FieldError)>> {
        let mut errors = Vec::new();
        let d = date(&self.date).map_err(|e| errors.push((Field::Date, e)));
        let t = time(&self.time).map_err(|e| errors.push((Field::Time, e)));
        let m = minutes(&self.minutes).map_err(|e| errors.push((Field::Minutes, e)));
        match (d, t, m) {
            (Ok(date), Ok(time), Ok(minutes)) => Ok(Appointment {
                kind: self.kind,
                date,
                time,
                minutes,
                place: self.place.trim().to_string(),
                notes: self.notes.trim().to_string(),
            }),
            _ => Err(errors),
        }
    }
}

/// Which schedule the preset form builds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    IvCourse,
    Esketamine,
    Custom,
}

impl Preset {
    pub const ALL: [Preset; 3] = [Preset::IvCourse, Preset::Esketamine, Preset::Custom];

    /// The preset the builder starts on: the clinic's suggestion, else the IV course example.
    pub fn starting(suggested: Option<SchedulePreset>) -> Preset {
        match suggested {
            None | Some(SchedulePreset::IvCourse) => Preset::IvCourse,
            Some(SchedulePreset::EsketamineInduction) => Preset::Esketamine,
        }
    }
}

/// The step of a custom recurrence, as chosen in the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntervalUnit {
    Days,
    Weeks,
}

/// Where a custom recurrence stops, as chosen in the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StopRule {
    AfterCount,
    OnDate,
}

/// The schedule form: a start, and the fields of each preset (each keeps its own weekdays, so
/// switching presets loses nothing).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PresetForm {
    pub preset: Preset,
    pub start_date: String,
    pub time: String,
    pub minutes: String,
    pub place: String,
    pub iv_weekdays: Weekdays,
    pub infusions: String,
    pub esketamine_weekdays: Weekdays,
    pub maintenance: MaintenanceInterval,
    pub maintenance_sessions: String,
    pub kind: AppointmentKind,
    pub interval: String,
    pub unit: IntervalUnit,
    pub custom_weekdays: Weekdays,
    pub stop: StopRule,
    pub count: String,
    pub until_date: String,
}

impl PresetForm {
    /// The form starting on `start`, filled with the examples of [`Pattern::iv_course_example`]
    /// and [`Pattern::esketamine_example`] (a test keeps them equal); a custom recurrence
    /// starts weekly on the start date's weekday.
    pub fn new(preset: Preset, start: Date) -> Self {
        PresetForm {
            preset,
            start_date: start.to_string(),
            time: DEFAULT_TIME.to_string(),
            minutes: DEFAULT_MINUTES.to_string(),
            place: String::new(),
            iv_weekdays: Weekdays::MON_WED_FRI,
            infusions: "6".into(),
            esketamine_weekdays: Weekdays::MON_THU,
            maintenance: MaintenanceInterval::EveryTwoWeeks,
            maintenance_sessions: "4".into(),
            kind: AppointmentKind::Psychotherapy,
            interval: "1".into(),
            unit: IntervalUnit::Weeks,
            custom_weekdays: Weekdays::EMPTY.with(start.weekday()),
            stop: StopRule::AfterCount,
            count: "8".into(),
            until_date: String::new(),
        }
    }

    /// The weekdays of the chosen preset.
    pub fn weekdays(&self) -> Weekdays {
        match self.preset {
            Preset::IvCourse => self.iv_weekdays,
            Preset::Esketamine => self.esketamine_weekdays,
            Preset::Custom => self.custom_weekdays,
        }
    }

    pub fn set_weekdays(&mut self, weekdays: Weekdays) {
        match self.preset {
            Preset::IvCourse => self.iv_weekdays = weekdays,
            Preset::Esketamine => self.esketamine_weekdays = weekdays,
            Preset::Custom => self.custom_weekdays = weekdays,
        }
    }

    /// The request this form describes, or the first thing wrong with it.
    pub fn request(&self, today: Date) -> Result<PlanRequest, PresetError> {
        let field = |f: Field| move |e: FieldError| PresetError::Field(f, e);
        let start = PlanStart {
            date: date(&self.start_date).map_err(field(Field::Date))?,
            time: time(&self.time).map_err(field(Field::Time))?,
            minutes: minutes(&self.minutes).map_err(field(Field::Minutes))?,
            place: self.place.trim().to_string(),
        };
        let pattern = match self.preset {
            Preset::IvCourse => Pattern::IvCourse {
                weekdays: self.iv_weekdays,
                infusions: whole_number(&self.infusions).map_err(field(Field::Infusions))?,
            },
            Preset::Esketamine => Pattern::EsketamineInduction {
                weekdays: self.esketamine_weekdays,
                maintenance: self.maintenance,
                maintenance_sessions: whole_number(&self.maintenance_sessions)
                    .map_err(field(Field::MaintenanceSessions))?,
            },
            Preset::Custom => {
                let n = whole_number(&self.interval).map_err(field(Field::Interval))?;
                Pattern::Custom {
                    kind: self.kind,
                    every: match self.unit {
                        IntervalUnit::Days => Every::Days(n),
                        IntervalUnit::Weeks => Every::Weeks {
                            n,
                            weekdays: self.custom_weekdays,
                        },
                    },
                    until: match self.stop {
                        StopRule::AfterCount => {
                            Until::Count(whole_number(&self.count).map_err(field(Field::Count))?)
                        }
                        StopRule::OnDate => {
                            Until::Date(date(&self.until_date).map_err(field(Field::UntilDate))?)
                        }
                    },
                }
            }
        };
        Ok(PlanRequest {
            start,
            pattern,
            mode: PlanMode::New { today },
        })
    }

    /// The appointments this form would add: all of them, or why none.
    pub fn preview(&self, today: Date) -> Result<Vec<Appointment>, PresetError> {
        generate(&self.request(today)?).map_err(PresetError::Plan)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PresetError {
    Field(Field, FieldError),
    Plan(PlanError),
}

#[cfg(test)]
mod tests;
