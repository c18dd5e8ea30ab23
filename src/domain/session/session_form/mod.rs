//! Checking the "Record a session" form and blood-pressure fields: every field is checked and
//! every error returned at once, so a session is saved whole or not at all.

use crate::domain::core::model::{Appointment, DoseRoute, RecordId, Session};
use crate::domain::core::time::{Date, TimeOfDay};

mod blood_pressure;
#[cfg(test)]
mod tests;

pub use blood_pressure::{parse_bp, BpInputError, BpText};

/// The form as typed (dates and times are the values of `<input type="date|time">`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionForm {
    pub date: String,
    pub start: String,
    /// May be left empty when the end time is not known.
    pub end: String,
    pub route: DoseRoute,
    pub dose: String,
    pub notes: String,
    pub bp_before: BpText,
    pub bp_40min: BpText,
    pub bp_leaving: BpText,
    pub taken_home_by: String,
    pub appointment: Option<RecordId>,
}

impl SessionForm {
    pub fn new(date: Date, route: DoseRoute) -> Self {
        SessionForm {
            date: date.to_string(),
            start: String::new(),
            end: String::new(),
            route,
            dose: String::new(),
            notes: String::new(),
            bp_before: BpText::default(),
            bp_40min: BpText::default(),
            bp_leaving: BpText::default(),
            taken_home_by: String::new(),
            appointment: None,
        }
    }
}

impl SessionForm {
    /// The form for a planned session: its date and start time filled in, and linked to it.
    pub fn planned(id: RecordId, appointment: &Appointment, route: DoseRoute) -> Self {
        SessionForm {
            start: appointment.time.to_string(),
            appointment: Some(id),
            ..SessionForm::new(appointment.date, route)
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SessionField {
    Date,
    Start,
    End,
    BpBefore,
    Bp40Min,
    BpLeaving,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SessionError {
    Missing,
    Unreadable,
    EndBeforeStart,
    Bp(BpInputError),
}

pub fn validate_session(form: &SessionForm) -> Result<Session, Vec<(SessionField, SessionError)>> {
    use SessionError::*;
    use SessionField as F;
    let mut errors = Vec::new();
    let mut required = |field, text: &str, parse: fn(&str) -> bool| {
        if text.trim().is_empty() {
            errors.push((field, Missing));
        } else if !parse(text.trim()) {
            errors.push((field, Unreadable));
        }
    };
    required(F::Date, &form.date, |t| Date::parse(t).is_some());
    required(F::Start, &form.start, |t| TimeOfDay::parse(t).is_some());
    let end = match form.end.trim() {
        "" => None,
        t => match TimeOfDay::parse(t) {
            Some(e) => Some(e),
            None => {
                errors.push((F::End, Unreadable));
                None
            }
        },
    };
    let start = TimeOfDay::parse(form.start.trim());
    if let (Some(s), Some(e)) = (start, end) {
        if e < s {
            errors.push((F::End, EndBeforeStart));
        }
    }
    let mut bp = |field, text: &BpText| {
        parse_bp(text).unwrap_or_else(|e| {
            errors.push((field, Bp(e)));
            None
        })
    };
    let bp_before = bp(F::BpBefore, &form.bp_before);
    let bp_40min = bp(F::Bp40Min, &form.bp_40min);
    let bp_leaving = bp(F::BpLeaving, &form.bp_leaving);
    match (Date::parse(form.date.trim()), start) {
        (Some(date), Some(start)) if errors.is_empty() => Ok(Session {
            date,
            start,
            end,
            route: form.route,
            dose: form.dose.trim().to_string(),
            notes: form.notes.trim().to_string(),
            bp_before,
            bp_40min,
            bp_leaving,
            taken_home_by: form.taken_home_by.trim().to_string(),
            appointment: form.appointment.clone(),
        }),
        _ => Err(errors),
    }
}
