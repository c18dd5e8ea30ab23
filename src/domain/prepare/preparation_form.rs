//! Validation of the Prepare form: every field is checked and every error returned at once, so
//! the form is saved whole or not at all.

use crate::domain::core::time::{Instant, LocalDateTime, Zone};

/// The range of fasting times clinics give (clinical-facts.md: from 2 hours before intranasal
/// esketamine up to 8 hours), shown as help beside the fasting fields. It is help, not a
/// default: the app stores the clinic's own numbers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FastingHelp {
    pub min_hours: f32,
    pub max_hours: f32,
    /// A common pattern: no solid food for 6 hours, clear liquids until 2 hours before.
    pub example_solid_hours: f32,
    pub example_clear_hours: f32,
}

pub const FASTING_HELP: FastingHelp = FastingHelp {
    min_hours: 2.0,
    max_hours: 8.0,
    example_solid_hours: 6.0,
    example_clear_hours: 2.0,
};

/// Beyond these the number is surely a typing slip.
pub const MAX_FASTING_HOURS: f32 = 24.0;
pub const MAX_NO_ALCOHOL_HOURS: i32 = 72;
pub const MIN_PHONE_DIGITS: usize = 7;

/// What the patient entered, before checking. Numbers are wider than the stored types so a
/// slip such as -5 or 300 reaches validation instead of being lost in parsing.
#[derive(Clone, Debug, PartialEq)]
pub struct PrepForm {
    pub session_start: LocalDateTime,
    pub fasting_solid_hours: Option<f32>,
    pub fasting_clear_hours: Option<f32>,
    pub no_alcohol_before_hours: i32,
    pub no_alcohol_after_hours: i32,
    pub support_name: String,
    pub support_phone: String,
}

/// A form that passed every check, in the stored types (text trimmed).
#[derive(Clone, Debug, PartialEq)]
pub struct Valid {
    pub session_start: LocalDateTime,
    pub fasting_solid_hours: Option<f32>,
    pub fasting_clear_hours: Option<f32>,
    pub no_alcohol_before_hours: u8,
    pub no_alcohol_after_hours: u8,
    pub support_name: String,
    pub support_phone: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    SessionTime,
    FastingSolidHours,
    FastingClearHours,
    NoAlcoholBeforeHours,
    NoAlcoholAfterHours,
    SupportName,
    SupportPhone,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FieldError {
    InPast,
    NotANumber,
    Negative,
    TooLarge {
        max: u16,
    },
    Empty,
    /// Only digits, spaces, `+`, `-`, `(` and `)` are allowed.
    BadCharacters,
    TooFewDigits {
        min: u8,
    },
}

pub fn validate(
    form: &PrepForm,
    now: Instant,
    zone: &dyn Zone,
) -> Result<Valid, Vec<(Field, FieldError)>> {
    let mut errors = Vec::new();
    if zone.to_instant(form.session_start) < now {
        errors.push((Field::SessionTime, FieldError::InPast));
    }
    let solid = check_fasting(form.fasting_solid_hours)
        .map_err(|e| errors.push((Field::FastingSolidHours, e)));
    let clear = check_fasting(form.fasting_clear_hours)
        .map_err(|e| errors.push((Field::FastingClearHours, e)));
    let before = check_alcohol(form.no_alcohol_before_hours)
        .map_err(|e| errors.push((Field::NoAlcoholBeforeHours, e)));
    let after = check_alcohol(form.no_alcohol_after_hours)
        .map_err(|e| errors.push((Field::NoAlcoholAfterHours, e)));
    let name = form.support_name.trim();
    if name.is_empty() {
        errors.push((Field::SupportName, FieldError::Empty));
    }
    if let Err(e) = check_phone(&form.support_phone) {
        errors.push((Field::SupportPhone, e));
    }
    match (solid, clear, before, after) {
        (Ok(solid), Ok(clear), Ok(before), Ok(after)) if errors.is_empty() => Ok(Valid {
            session_start: form.session_start,
            fasting_solid_hours: solid,
            fasting_clear_hours: clear,
            no_alcohol_before_hours: before,
            no_alcohol_after_hours: after,
            support_name: name.to_string(),
            support_phone: form.support_phone.trim().to_string(),
        }),
        _ => Err(errors),
    }
}

/// Hours of fasting: unset is allowed (the clinic gave no rule); otherwise 0 to 24.
pub fn check_fasting(hours: Option<f32>) -> Result<Option<f32>, FieldError> {
    match hours {
        None => Ok(None),
        Some(h) if h.is_nan() => Err(FieldError::NotANumber),
        Some(h) if h < 0.0 => Err(FieldError::Negative),
        Some(h) if h > MAX_FASTING_HOURS => Err(FieldError::TooLarge {
            max: MAX_FASTING_HOURS as u16,
        }),
        Some(h) => Ok(Some(h)),
    }
}

pub fn check_alcohol(hours: i32) -> Result<u8, FieldError> {
    if hours < 0 {
        return Err(FieldError::Negative);
    }
    if hours > MAX_NO_ALCOHOL_HOURS {
        return Err(FieldError::TooLarge {
            max: MAX_NO_ALCOHOL_HOURS as u16,
        });
    }
    u8::try_from(hours).map_err(|_| FieldError::TooLarge {
        max: MAX_NO_ALCOHOL_HOURS as u16,
    })
}

/// A phone number as people type it: digits, spaces, `+`, `-`, `(`, `)`; at least 7 digits.
pub fn check_phone(phone: &str) -> Result<(), FieldError> {
    let phone = phone.trim();
    if phone.is_empty() {
        return Err(FieldError::Empty);
    }
    if !phone
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')'))
    {
        return Err(FieldError::BadCharacters);
    }
    if phone.chars().filter(char::is_ascii_digit).count() < MIN_PHONE_DIGITS {
        return Err(FieldError::TooFewDigits {
            min: MIN_PHONE_DIGITS as u8,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::core::time::{Date, TimeOfDay, UsDstZone};

    fn at(date: &str, time: &str) -> LocalDateTime {
        LocalDateTime::new(
            Date::parse(date).expect("test date"),
            TimeOfDay::parse(time).expect("test time"),
        )
    }

    fn good() -> PrepForm {
        PrepForm {
            session_start: at("2026-06-10", "09:00"),
            fasting_solid_hours: Some(6.0),
            fasting_clear_hours: Some(2.0),
            no_alcohol_before_hours: 24,
            no_alcohol_after_hours: 24,
            support_name: "  Sam ".into(),
            support_phone: "(555) 010-0199".into(),
        }
    }

    fn now() -> Instant {
        UsDstZone::EASTERN.to_instant(at("2026-06-09", "20:00"))
    }

    #[test]
    fn a_good_form_is_valid_and_trimmed() {
        let v = validate(&good(), now(), &UsDstZone::EASTERN).expect("valid");
        assert_eq!(v.support_name, "Sam");
        assert_eq!(v.no_alcohol_before_hours, 24);
        assert_eq!(v.fasting_solid_hours, Some(6.0));
    }

    #[test]
    fn each_bad_field_is_reported_against_its_field() {
        type Edit = fn(&mut PrepForm);
        let cases: &[(Edit, Field, FieldError)] = &[
            (
                |f| f.session_start = at("2026-06-09", "19:59"),
                Field::SessionTime,
                FieldError::InPast,
            ),
            (
                |f| f.fasting_solid_hours = Some(-1.0),
                Field::FastingSolidHours,
                FieldError::Negative,
            ),
            (
                |f| f.fasting_solid_hours = Some(24.5),
                Field::FastingSolidHours,
                FieldError::TooLarge { max: 24 },
            ),
            (
                |f| f.fasting_solid_hours = Some(f32::NAN),
                Field::FastingSolidHours,
                FieldError::NotANumber,
            ),
            (
                |f| f.fasting_clear_hours = Some(f32::INFINITY),
                Field::FastingClearHours,
                FieldError::TooLarge { max: 24 },
            ),
            (
                |f| f.no_alcohol_before_hours = -1,
                Field::NoAlcoholBeforeHours,
                FieldError::Negative,
            ),
            (
                |f| f.no_alcohol_after_hours = 73,
                Field::NoAlcoholAfterHours,
                FieldError::TooLarge { max: 72 },
            ),
            (
                |f| f.support_name = "   ".into(),
                Field::SupportName,
                FieldError::Empty,
            ),
            (
                |f| f.support_phone = "".into(),
                Field::SupportPhone,
                FieldError::Empty,
            ),
            (
                |f| f.support_phone = "555-019".into(),
                Field::SupportPhone,
                FieldError::TooFewDigits { min: 7 },
            ),
            (
                |f| f.support_phone = "555 010 0199 ext 2".into(),
                Field::SupportPhone,
                FieldError::BadCharacters,
            ),
        ];
        for (edit, field, error) in cases {
            let mut form = good();
            edit(&mut form);
            assert_eq!(
                validate(&form, now(), &UsDstZone::EASTERN),
                Err(vec![(*field, *error)]),
                "{field:?}"
            );
        }
    }

    #[test]
    fn edges_that_are_allowed() {
        let mut form = good();
        form.session_start = at("2026-06-09", "20:00"); // exactly now
        form.fasting_solid_hours = Some(24.0);
        form.fasting_clear_hours = None; // the clinic gave no rule
        form.no_alcohol_before_hours = 0;
        form.no_alcohol_after_hours = 72;
        form.support_phone = "+44 20 7946 0000".into();
        assert!(validate(&form, now(), &UsDstZone::EASTERN).is_ok());
    }

    #[test]
    fn all_errors_come_back_together() {
        let form = PrepForm {
            fasting_solid_hours: Some(-2.0),
            no_alcohol_before_hours: 100,
            support_phone: "abc".into(),
            ..good()
        };
        let fields: Vec<Field> = validate(&form, now(), &UsDstZone::EASTERN)
            .expect_err("invalid")
            .into_iter()
            .map(|(f, _)| f)
            .collect();
        assert_eq!(
            fields,
            [
                Field::FastingSolidHours,
                Field::NoAlcoholBeforeHours,
                Field::SupportPhone
            ]
        );
    }

    #[test]
    fn fasting_help_spans_the_clinic_range() {
        assert_eq!((FASTING_HELP.min_hours, FASTING_HELP.max_hours), (2.0, 8.0));
        assert!(check_fasting(Some(FASTING_HELP.max_hours)).is_ok());
    }
}
