//! A blood-pressure reading as typed (two text fields), and reading it; the check-in uses it too.

use crate::domain::core::model::BloodPressure;
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
