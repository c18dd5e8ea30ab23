//! The one table of limits: each number's range, step and unit, and the text and list limits.

use super::{read_number, Field};
use crate::domain::prepare::preparation_form::FieldError;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Hours,
    Minutes,
    Days,
}

/// The range a number must be in. Beyond these a number is surely a slip (or a link made to
/// mislead): clinics give 2 to 8 hours of fasting, commonly 24 hours without alcohol, 10 to 30
/// minutes early (clinical-facts.md).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Limit {
    pub field: Field,
    pub min: f32,
    pub max: f32,
    /// 0.5: whole or half; 1: whole numbers only.
    pub step: f32,
    pub unit: Unit,
    /// Empty means "no rule" (fasting); otherwise a number is needed.
    pub optional: bool,
}

/// The one table of limits, used by the clinic's form, the patient's form and the link.
pub const LIMITS: [Limit; 7] = [
    Limit {
        field: Field::FastingSolid,
        min: 0.0,
        max: 24.0,
        step: 0.5,
        unit: Unit::Hours,
        optional: true,
    },
    Limit {
        field: Field::FastingClear,
        min: 0.0,
        max: 24.0,
        step: 0.5,
        unit: Unit::Hours,
        optional: true,
    },
    Limit {
        field: Field::AlcoholBefore,
        min: 0.0,
        max: 72.0,
        step: 1.0,
        unit: Unit::Hours,
        optional: false,
    },
    Limit {
        field: Field::AlcoholAfter,
        min: 0.0,
        max: 72.0,
        step: 1.0,
        unit: Unit::Hours,
        optional: false,
    },
    Limit {
        field: Field::Arrival,
        min: 0.0,
        max: 240.0,
        step: 1.0,
        unit: Unit::Minutes,
        optional: false,
    },
    Limit {
        field: Field::QuestionnaireCourse,
        min: 1.0,
        max: 90.0,
        step: 1.0,
        unit: Unit::Days,
        optional: false,
    },
    Limit {
        field: Field::QuestionnaireMaintenance,
        min: 1.0,
        max: 90.0,
        step: 1.0,
        unit: Unit::Days,
        optional: false,
    },
];

/// Text limits (characters) and list limits.
pub const MAX_NAME: usize = 80;
pub const MAX_PHONE: usize = 30;
pub const MAX_NOTE: usize = 280;
pub const MAX_ITEMS: usize = 10;
/// The longest checklist item a clinic adds.
pub const MAX_ITEM: usize = 60;

/// The limit of a numeric field (`None` for text, lists and choices).
pub fn limit(field: Field) -> Option<&'static Limit> {
    LIMITS.iter().find(|l| l.field == field)
}

impl Limit {
    /// A number in range and on the step, or why not.
    pub fn check(&self, n: f64) -> Result<f32, FieldError> {
        if !n.is_finite() {
            return Err(FieldError::NotANumber);
        }
        if n < f64::from(self.min) {
            return Err(if self.min == 0.0 {
                FieldError::Negative
            } else {
                FieldError::TooSmall {
                    min: self.min as u16,
                }
            });
        }
        if n > f64::from(self.max) {
            return Err(FieldError::TooLarge {
                max: self.max as u16,
            });
        }
        if (n / f64::from(self.step)).fract() != 0.0 {
            return Err(if self.step == 1.0 {
                FieldError::NotANumber
            } else {
                FieldError::NotHalf
            });
        }
        Ok(n as f32)
    }

    /// The field's text as typed: `None` when empty and the field may be empty.
    pub fn read(&self, text: &str) -> Result<Option<f32>, FieldError> {
        match read_number(text)? {
            None if self.optional => Ok(None),
            None => Err(FieldError::Empty),
            Some(n) => self.check(n).map(Some),
        }
    }

    /// A whole-number field read into its stored type.
    pub(super) fn read_whole<T: TryFrom<u16>>(&self, text: &str) -> Result<T, FieldError> {
        let n = self.read(text)?.ok_or(FieldError::Empty)?;
        T::try_from(n as u16).map_err(|_| FieldError::TooLarge {
            max: self.max as u16,
        })
    }

    /// Whether a stored value is allowed (for values that arrive already typed, in a link).
    pub fn allows(&self, n: Option<f32>) -> bool {
        match n {
            None => self.optional,
            Some(n) => self.check(f64::from(n)).is_ok(),
        }
    }
}
