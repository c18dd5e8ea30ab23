//! Checking the "Record a session" form and blood-pressure fields: every field is checked and
//! every error returned at once, so a session is saved whole or not at all.

use crate::domain::core::model::{Appointment, BloodPressure, DoseRoute, RecordId, Session};
use crate::domain::core::time::{Date, TimeOfDay};
use crate::domain::safety::red_flags::{check_bp_as, is_above_usual_range, BpError};

/// A blood-pressure reading as typed: two text fields, both empty meaning "not taken".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BpText {
    pub systolic: String,
    pub diastolic: String,
    /// The patient confirmed that a reading above the usual entry range is right. Typing
    /// either number again clears it.
    pub confirmed_high: bool,
}

impl BpText {
    /// A kept reading as text (one above the usual range was confirmed when it was kept).
    pub fn of(bp: Option<BloodPressure>) -> Self {
        bp.map_or_else(BpText::default, |bp| BpText {
            systolic: bp.systolic.to_string(),
            diastolic: bp.diastolic.to_string(),
            confirmed_high: is_above_usual_range(bp),
        })
    }

    /// The same numbers, confirmed as right.
    pub fn confirmed(&self) -> Self {
        BpText {
            confirmed_high: true,
            ..self.clone()
        }
    }
}

/// Why a typed reading cannot be kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BpInputError {
    /// One number given without the other.
    Incomplete,
    NotANumber,
    Implausible(BpError),
}

/// `Ok(None)` when both fields are empty.
pub fn parse_bp(text: &BpText) -> Result<Option<BloodPressure>, BpInputError> {
    let (s, d) = (text.systolic.trim(), text.diastolic.trim());
    if s.is_empty() && d.is_empty() {
        return Ok(None);
    }
    if s.is_empty() || d.is_empty() {
        return Err(BpInputError::Incomplete);
    }
    // Wider than u16 so "99999" is out of range, not unreadable.
    let number = |t: &str| {
        t.parse::<u32>()
            .map(|n| n.min(u32::from(u16::MAX)) as u16)
            .map_err(|_| BpInputError::NotANumber)
    };
    let (s, d) = (number(s)?, number(d)?);
    check_bp_as(s, d, text.confirmed_high)
        .map(Some)
        .map_err(BpInputError::Implausible)
}

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

#[cfg(test)]
mod tests {
    use super::*;

    fn bp(s: &str, d: &str) -> BpText {
        BpText {
            systolic: s.into(),
            diastolic: d.into(),
            confirmed_high: false,
        }
    }

    fn form() -> SessionForm {
        SessionForm {
            start: "10:00".into(),
            end: "10:40".into(),
            ..SessionForm::new(Date::new(2026, 6, 10).expect("date"), DoseRoute::Iv)
        }
    }

    #[test]
    fn blood_pressure_fields() {
        use BpInputError::*;
        let reading = |s, d| {
            Some(BloodPressure {
                systolic: s,
                diastolic: d,
            })
        };
        type Case<'a> = (
            &'a str,
            &'a str,
            Result<Option<BloodPressure>, BpInputError>,
        );
        let cases: &[Case] = &[
            ("", "", Ok(None)),
            ("  ", " ", Ok(None)),
            ("120", "80", Ok(reading(120, 80))),
            (" 135 ", "85", Ok(reading(135, 85))),
            ("120", "", Err(Incomplete)),
            ("", "80", Err(Incomplete)),
            ("12o", "80", Err(NotANumber)),
            ("-120", "80", Err(NotANumber)),
            ("120.5", "80", Err(NotANumber)),
            (
                "99999",
                "80",
                Err(Implausible(BpError::SystolicOutOfRange {
                    min: 50,
                    max: 300,
                })),
            ),
            (
                "120",
                "20",
                Err(Implausible(BpError::DiastolicOutOfRange {
                    min: 30,
                    max: 200,
                })),
            ),
            (
                "275",
                "130",
                Err(Implausible(BpError::AboveUsualRange(BloodPressure {
                    systolic: 275,
                    diastolic: 130,
                }))),
            ),
            (
                "80",
                "120",
                Err(Implausible(BpError::DiastolicNotBelowSystolic)),
            ),
        ];
        for (s, d, want) in cases {
            assert_eq!(parse_bp(&bp(s, d)), *want, "{s}/{d}");
        }
    }

    #[test]
    fn a_reading_above_the_usual_range_is_kept_once_confirmed() {
        let typed = bp("275", "130");
        let want = BloodPressure {
            systolic: 275,
            diastolic: 130,
        };
        assert_eq!(parse_bp(&typed.confirmed()), Ok(Some(want)));
        // A kept reading comes back confirmed (a draft reopened keeps it).
        assert_eq!(BpText::of(Some(want)), typed.confirmed());
        assert!(
            !BpText::of(Some(BloodPressure {
                systolic: 150,
                diastolic: 90
            }))
            .confirmed_high
        );
        // Confirming never lets a slip through.
        for (s, d) in [("2750", "130"), ("130", "275"), ("80", "120"), ("275", "")] {
            assert!(parse_bp(&bp(s, d).confirmed()).is_err(), "{s}/{d}");
        }
        // The session form keeps it only once confirmed, and says why otherwise.
        let form = SessionForm {
            start: "10:00".into(),
            bp_before: typed.clone(),
            ..SessionForm::new(Date::new(2026, 6, 10).expect("date"), DoseRoute::Iv)
        };
        assert_eq!(
            validate_session(&form),
            Err(vec![(
                SessionField::BpBefore,
                SessionError::Bp(BpInputError::Implausible(BpError::AboveUsualRange(want)))
            )])
        );
        let confirmed = SessionForm {
            bp_before: typed.confirmed(),
            ..form
        };
        assert_eq!(
            validate_session(&confirmed).map(|s| s.bp_before),
            Ok(Some(want))
        );
    }

    #[test]
    fn a_good_form_becomes_a_session_with_trimmed_text() {
        let f = SessionForm {
            dose: " 0.5 mg/kg ".into(),
            taken_home_by: " Sam ".into(),
            bp_40min: bp("150", "95"),
            ..form()
        };
        let s = validate_session(&f).expect("valid");
        assert_eq!(
            s.start,
            TimeOfDay {
                hour: 10,
                minute: 0
            }
        );
        assert_eq!(
            s.end,
            Some(TimeOfDay {
                hour: 10,
                minute: 40
            })
        );
        assert_eq!(
            (s.dose.as_str(), s.taken_home_by.as_str()),
            ("0.5 mg/kg", "Sam")
        );
        assert_eq!(s.bp_before, None);
        assert_eq!(s.bp_40min.map(|b| b.systolic), Some(150));
        let no_end = validate_session(&SessionForm {
            end: String::new(),
            ..form()
        });
        assert_eq!(no_end.map(|s| s.end), Ok(None));
    }

    #[test]
    fn every_error_is_reported_at_once() {
        use SessionError::*;
        use SessionField as F;
        type Case<'a> = (&'a str, SessionForm, Vec<(SessionField, SessionError)>);
        let cases: Vec<Case> = vec![
            (
                "end before start",
                SessionForm {
                    end: "09:59".into(),
                    ..form()
                },
                vec![(F::End, EndBeforeStart)],
            ),
            (
                "missing date and start",
                SessionForm {
                    date: String::new(),
                    start: " ".into(),
                    ..form()
                },
                vec![(F::Date, Missing), (F::Start, Missing)],
            ),
            (
                "unreadable",
                SessionForm {
                    date: "2026-02-30".into(),
                    end: "25:00".into(),
                    ..form()
                },
                vec![(F::Date, Unreadable), (F::End, Unreadable)],
            ),
            (
                "three readings",
                SessionForm {
                    bp_before: bp("301", "80"),
                    bp_40min: bp("80", "90"),
                    bp_leaving: bp("120", ""),
                    ..form()
                },
                vec![
                    (
                        F::BpBefore,
                        Bp(BpInputError::Implausible(BpError::SystolicOutOfRange {
                            min: 50,
                            max: 300,
                        })),
                    ),
                    (
                        F::Bp40Min,
                        Bp(BpInputError::Implausible(
                            BpError::DiastolicNotBelowSystolic,
                        )),
                    ),
                    (F::BpLeaving, Bp(BpInputError::Incomplete)),
                ],
            ),
        ];
        for (name, f, want) in cases {
            assert_eq!(validate_session(&f), Err(want), "{name}");
        }
    }
}
