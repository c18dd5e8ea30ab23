//! Two small Prepare forms, checked from the text the patient typed: the next session's date
//! and time, and the support person. (The clinic's instructions: `clinic_rules_form`.)
//!
//! Each form is checked whole and returns every error at once, so it is saved whole or not at
//! all; the text stays in the form either way. Field rules come from `preparation_form`.

use crate::domain::core::time::{Date, Instant, LocalDateTime, TimeOfDay, Zone};
use crate::domain::prepare::preparation_form::{check_phone, FieldError};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SessionField {
    Date,
    Time,
}

/// The next session's start from `<input type="date">` and `<input type="time">` values; it
/// must not be in the past.
pub fn session_start(
    date: &str,
    time: &str,
    now: Instant,
    zone: &dyn Zone,
) -> Result<LocalDateTime, Vec<(SessionField, FieldError)>> {
    let date = Date::parse(date.trim()).ok_or((SessionField::Date, FieldError::Empty));
    let time = TimeOfDay::parse(time.trim()).ok_or((SessionField::Time, FieldError::Empty));
    match (date, time) {
        (Ok(date), Ok(time)) => {
            let start = LocalDateTime::new(date, time);
            if zone.to_instant(start) < now {
                Err(vec![(SessionField::Date, FieldError::InPast)])
            } else {
                Ok(start)
            }
        }
        (date, time) => Err([date.err(), time.err()].into_iter().flatten().collect()),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SupportField {
    Name,
    Phone,
}

/// The support person's name and phone, trimmed, if both are usable.
pub fn support_person(
    name: &str,
    phone: &str,
) -> Result<(String, String), Vec<(SupportField, FieldError)>> {
    let mut errors = Vec::new();
    if name.trim().is_empty() {
        errors.push((SupportField::Name, FieldError::Empty));
    }
    if let Err(e) = check_phone(phone) {
        errors.push((SupportField::Phone, e));
    }
    if errors.is_empty() {
        Ok((name.trim().to_string(), phone.trim().to_string()))
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::core::time::UsDstZone;

    fn now() -> Instant {
        let at = LocalDateTime::new(
            Date::parse("2026-06-09").expect("date"),
            TimeOfDay::parse("20:00").expect("time"),
        );
        UsDstZone::EASTERN.to_instant(at)
    }

    #[test]
    fn session_start_must_be_complete_and_ahead() {
        use FieldError::*;
        use SessionField::*;
        type Want = Result<&'static str, Vec<(SessionField, FieldError)>>;
        let cases: &[(&str, &str, Want)] = &[
            ("2026-06-10", "09:00", Ok("2026-06-10 09:00")),
            ("2026-06-09", "20:00", Ok("2026-06-09 20:00")),
            ("2026-06-09", "19:59", Err(vec![(Date, InPast)])),
            ("2025-01-01", "09:00", Err(vec![(Date, InPast)])),
            ("", "09:00", Err(vec![(Date, Empty)])),
            ("2026-02-30", "", Err(vec![(Date, Empty), (Time, Empty)])),
            ("2026-06-10", "25:00", Err(vec![(Time, Empty)])),
        ];
        for (date, time, want) in cases {
            let got = session_start(date, time, now(), &UsDstZone::EASTERN)
                .map(|at| format!("{} {}", at.date, at.time));
            assert_eq!(got, want.clone().map(String::from), "{date} {time}");
        }
    }

    #[test]
    fn support_person_needs_a_name_and_a_real_phone() {
        use FieldError::*;
        use SupportField::*;
        assert_eq!(
            support_person(" Sam ", " (555) 010-0199 "),
            Ok(("Sam".into(), "(555) 010-0199".into()))
        );
        type Errors = Vec<(SupportField, FieldError)>;
        let cases: &[(&str, &str, Errors)] = &[
            ("", "555 010 0199", vec![(Name, Empty)]),
            ("Sam", "", vec![(Phone, Empty)]),
            ("Sam", "call me", vec![(Phone, BadCharacters)]),
            ("Sam", "911", vec![(Phone, TooFewDigits { min: 7 })]),
            (
                "  ",
                "12",
                vec![(Name, Empty), (Phone, TooFewDigits { min: 7 })],
            ),
        ];
        for (name, phone, want) in cases {
            assert_eq!(
                support_person(name, phone),
                Err(want.clone()),
                "{name}/{phone}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn never_panics_on_any_text(s in ".{0,20}") {
            let _ = session_start(&s, &s, now(), &UsDstZone::EASTERN);
            let _ = support_person(&s, &s);
        }
    }
}
