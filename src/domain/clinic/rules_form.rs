//! The clinic's instructions as the patient typed them, checked whole before they replace the
//! settings: every field's error comes back at once, so nothing is saved half-way and the text
//! stays in the form. Field rules come from `preparation_form`.

use crate::domain::core::model::{Route, Settings};
use crate::domain::prepare::preparation::BuiltinItem;
use crate::domain::prepare::preparation_form::{check_alcohol, check_fasting, FieldError};

/// More than 4 hours early is surely a slip (clinics ask for 10 to 30 minutes).
pub const MAX_ARRIVAL_MINUTES: u16 = 240;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RulesField {
    FastingSolidHours,
    FastingClearHours,
    NoAlcoholBeforeHours,
    NoAlcoholAfterHours,
    ArrivalMinutes,
}

/// The clinic's instructions as typed, before checking.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct RulesForm {
    /// Empty means the clinic gave no fasting rule.
    pub fasting_solid_hours: String,
    pub fasting_clear_hours: String,
    pub no_alcohol_before_hours: String,
    pub no_alcohol_after_hours: String,
    pub route: Option<Route>,
    pub arrival_minutes: String,
    pub extra_items: Vec<String>,
    /// Keys of the optional built-in items the patient hid.
    pub hidden_items: Vec<String>,
}

impl RulesForm {
    pub fn from_settings(s: &Settings) -> RulesForm {
        let hours = |h: Option<f32>| h.map(|h| h.to_string()).unwrap_or_default();
        RulesForm {
            fasting_solid_hours: hours(s.fasting_solid_hours),
            fasting_clear_hours: hours(s.fasting_clear_hours),
            no_alcohol_before_hours: s.no_alcohol_before_hours.to_string(),
            no_alcohol_after_hours: s.no_alcohol_after_hours.to_string(),
            route: s.route,
            arrival_minutes: s.arrival_minutes_before.to_string(),
            extra_items: s.extra_checklist_items.clone(),
            hidden_items: s.hidden_checklist_items.clone(),
        }
    }

    /// Adds one of the patient's own items; blank and repeated text is ignored.
    pub fn add_extra(&mut self, text: &str) -> bool {
        let text = text.trim();
        if text.is_empty() || self.extra_items.iter().any(|t| t.trim() == text) {
            return false;
        }
        self.extra_items.push(text.to_string());
        true
    }

    /// The settings with these instructions in them, or every field's error.
    pub fn apply(&self, to: &Settings) -> Result<Settings, Vec<(RulesField, FieldError)>> {
        use RulesField::*;
        let mut errors = Vec::new();
        let mut take = |field: RulesField, e: FieldError| errors.push((field, e));
        let solid = parse_number(&self.fasting_solid_hours)
            .and_then(|h| check_fasting(h.map(|h| h as f32)))
            .map_err(|e| take(FastingSolidHours, e));
        let clear = parse_number(&self.fasting_clear_hours)
            .and_then(|h| check_fasting(h.map(|h| h as f32)))
            .map_err(|e| take(FastingClearHours, e));
        let before = whole(&self.no_alcohol_before_hours)
            .and_then(check_alcohol)
            .map_err(|e| take(NoAlcoholBeforeHours, e));
        let after = whole(&self.no_alcohol_after_hours)
            .and_then(check_alcohol)
            .map_err(|e| take(NoAlcoholAfterHours, e));
        let arrival = whole(&self.arrival_minutes)
            .and_then(check_arrival)
            .map_err(|e| take(ArrivalMinutes, e));
        let (Ok(solid), Ok(clear), Ok(before), Ok(after), Ok(arrival)) =
            (solid, clear, before, after, arrival)
        else {
            return Err(errors);
        };
        let mut extras: Vec<String> = Vec::new();
        for text in self.extra_items.iter().map(|t| t.trim()) {
            if !text.is_empty() && !extras.iter().any(|t| t == text) {
                extras.push(text.to_string());
            }
        }
        // Only the optional items can be hidden; anything else in the list is dropped.
        let hidden = BuiltinItem::ALL
            .into_iter()
            .filter(|b| b.can_hide() && self.hidden_items.iter().any(|k| k == b.key()))
            .map(|b| b.key().to_string())
            .collect();
        Ok(Settings {
            fasting_solid_hours: solid,
            fasting_clear_hours: clear,
            no_alcohol_before_hours: before,
            no_alcohol_after_hours: after,
            route: self.route,
            arrival_minutes_before: arrival,
            extra_checklist_items: extras,
            hidden_checklist_items: hidden,
            ..to.clone()
        })
    }
}

/// A number as people type it ("6", "1.5", "1,5"); empty is `None`.
fn parse_number(text: &str) -> Result<Option<f64>, FieldError> {
    let text = text.trim().replace(',', ".");
    if text.is_empty() {
        return Ok(None);
    }
    let plain = text
        .strip_prefix('-')
        .unwrap_or(&text)
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.');
    if !plain {
        return Err(FieldError::NotANumber);
    }
    text.parse::<f64>()
        .map(Some)
        .map_err(|_| FieldError::NotANumber)
}

/// A whole number that must be there; far too large values come back as `i32::MAX` so the
/// field's own range check names its limit.
fn whole(text: &str) -> Result<i32, FieldError> {
    match parse_number(text)? {
        None => Err(FieldError::Empty),
        Some(n) if n.fract() != 0.0 => Err(FieldError::NotANumber),
        Some(n) if n < 0.0 => Err(FieldError::Negative),
        Some(n) => Ok(n.min(f64::from(i32::MAX)) as i32),
    }
}

fn check_arrival(minutes: i32) -> Result<u16, FieldError> {
    if minutes < 0 {
        return Err(FieldError::Negative);
    }
    u16::try_from(minutes)
        .ok()
        .filter(|m| *m <= MAX_ARRIVAL_MINUTES)
        .ok_or(FieldError::TooLarge {
            max: MAX_ARRIVAL_MINUTES,
        })
}
#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> RulesForm {
        RulesForm::from_settings(&Settings::default())
    }

    #[test]
    fn clinic_rules_save_as_typed() {
        let f = RulesForm {
            fasting_solid_hours: " 6 ".into(),
            fasting_clear_hours: "1,5".into(),
            no_alcohol_before_hours: "48".into(),
            route: Some(Route::Intranasal),
            arrival_minutes: "30".into(),
            extra_items: vec![" Headphones ".into(), "".into(), "Headphones".into()],
            hidden_items: vec!["comfortable_clothes".into(), "support_person".into()],
            ..form()
        };
        let s = f.apply(&Settings::default()).expect("valid");
        assert_eq!(s.fasting_solid_hours, Some(6.0));
        assert_eq!(s.fasting_clear_hours, Some(1.5));
        assert_eq!(s.no_alcohol_before_hours, 48);
        assert_eq!(s.no_alcohol_after_hours, 24, "the default stays");
        assert_eq!(s.route, Some(Route::Intranasal));
        assert_eq!(s.arrival_minutes_before, 30);
        assert_eq!(s.extra_checklist_items, ["Headphones"]);
        assert_eq!(
            s.hidden_checklist_items,
            ["comfortable_clothes"],
            "safety items stay"
        );
        assert_eq!(RulesForm::from_settings(&s).fasting_clear_hours, "1.5");
        // Clearing a fasting field removes the rule.
        let cleared = RulesForm {
            fasting_solid_hours: "".into(),
            ..RulesForm::from_settings(&s)
        };
        assert_eq!(cleared.apply(&s).map(|s| s.fasting_solid_hours), Ok(None));
    }

    #[test]
    fn bad_clinic_numbers_are_reported_per_field_and_nothing_is_saved() {
        use FieldError::*;
        use RulesField::*;
        type Edit = fn(&mut RulesForm);
        let cases: &[(Edit, RulesField, FieldError)] = &[
            (
                |f| f.fasting_solid_hours = "-2".into(),
                FastingSolidHours,
                Negative,
            ),
            (
                |f| f.fasting_solid_hours = "25".into(),
                FastingSolidHours,
                TooLarge { max: 24 },
            ),
            (
                |f| f.fasting_clear_hours = "6h".into(),
                FastingClearHours,
                NotANumber,
            ),
            (
                |f| f.fasting_clear_hours = "inf".into(),
                FastingClearHours,
                NotANumber,
            ),
            (
                |f| f.fasting_clear_hours = "1.2.3".into(),
                FastingClearHours,
                NotANumber,
            ),
            (
                |f| f.no_alcohol_before_hours = "".into(),
                NoAlcoholBeforeHours,
                Empty,
            ),
            (
                |f| f.no_alcohol_before_hours = "-1".into(),
                NoAlcoholBeforeHours,
                Negative,
            ),
            (
                |f| f.no_alcohol_after_hours = "1.5".into(),
                NoAlcoholAfterHours,
                NotANumber,
            ),
            (
                |f| f.no_alcohol_after_hours = "99999999999".into(),
                NoAlcoholAfterHours,
                TooLarge { max: 72 },
            ),
            (
                |f| f.arrival_minutes = "241".into(),
                ArrivalMinutes,
                TooLarge { max: 240 },
            ),
            (
                |f| f.arrival_minutes = "-5".into(),
                ArrivalMinutes,
                Negative,
            ),
        ];
        for (edit, field, error) in cases {
            let mut f = form();
            edit(&mut f);
            assert_eq!(
                f.apply(&Settings::default()),
                Err(vec![(*field, *error)]),
                "{field:?}"
            );
        }
        let all_bad = RulesForm {
            fasting_solid_hours: "-1".into(),
            arrival_minutes: "x".into(),
            extra_items: vec!["New item".into()],
            ..form()
        };
        let fields: Vec<RulesField> = all_bad
            .apply(&Settings::default())
            .expect_err("invalid")
            .into_iter()
            .map(|(f, _)| f)
            .collect();
        assert_eq!(fields, [FastingSolidHours, ArrivalMinutes]);
    }

    #[test]
    fn edges_that_are_allowed() {
        let f = RulesForm {
            fasting_solid_hours: "24".into(),
            fasting_clear_hours: "0".into(),
            no_alcohol_before_hours: "0".into(),
            no_alcohol_after_hours: "72".into(),
            arrival_minutes: "240".into(),
            ..form()
        };
        assert!(f.apply(&Settings::default()).is_ok());
    }

    #[test]
    fn adding_own_items_skips_blank_and_repeats() {
        let mut f = form();
        assert!(f.add_extra(" Headphones "));
        assert!(!f.add_extra("Headphones"));
        assert!(!f.add_extra("   "));
        assert!(f.add_extra("Eye mask"));
        assert_eq!(f.extra_items, ["Headphones", "Eye mask"]);
    }

    proptest::proptest! {
        #[test]
        fn never_panics_on_any_text(s in ".{0,20}") {
            let f = RulesForm {
                fasting_solid_hours: s.clone(),
                no_alcohol_before_hours: s.clone(),
                arrival_minutes: s.clone(),
                ..form()
            };
            let _ = f.apply(&Settings::default());
        }
    }
}
