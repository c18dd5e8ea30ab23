//! What the Prepare screen's forms share: the fasting help, a field's error, the phone check.
//! (The clinic's numbers and their limits: `clinic::rules`.)

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

pub const MIN_PHONE_DIGITS: usize = 7;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FieldError {
    InPast,
    NotANumber,
    Negative,
    TooLarge {
        max: u16,
    },
    TooSmall {
        min: u16,
    },
    /// Whole or half hours only (what a clinic link can carry).
    NotHalf,
    Empty,
    /// Only digits, spaces, `+`, `-`, `(` and `)` are allowed.
    BadCharacters,
    TooFewDigits {
        min: u8,
    },
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

    #[test]
    fn phone_numbers_as_people_type_them() {
        let cases: &[(&str, Result<(), FieldError>)] = &[
            ("(555) 010-0199", Ok(())),
            ("+44 20 7946 0000", Ok(())),
            ("", Err(FieldError::Empty)),
            ("555-019", Err(FieldError::TooFewDigits { min: 7 })),
            ("555 010 0199 ext 2", Err(FieldError::BadCharacters)),
        ];
        for (phone, want) in cases {
            assert_eq!(check_phone(phone), *want, "{phone:?}");
        }
    }

    #[test]
    fn fasting_help_spans_the_clinic_range() {
        assert_eq!((FASTING_HELP.min_hours, FASTING_HELP.max_hours), (2.0, 8.0));
        let limit =
            crate::domain::clinic::rules::limit(crate::domain::clinic::rules::Field::FastingSolid)
                .expect("fasting has a limit");
        assert!(limit.allows(Some(FASTING_HELP.max_hours)));
    }
}
