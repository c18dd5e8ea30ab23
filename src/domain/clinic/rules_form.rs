//! The clinic's instructions as the patient typed them (Prepare), checked whole before they
//! replace the settings: every field's error comes back at once, so nothing is saved half-way
//! and the text stays in the form. The numbers are read and checked by `rules`, the same
//! parser and limits as the clinic's form and the link.

use crate::domain::clinic::rules::{tidy_items, ClinicRules, Field, Typed};
use crate::domain::core::model::{DoseRoute, Settings};
use crate::domain::prepare::preparation::BuiltinItem;
use crate::domain::prepare::preparation_form::FieldError;

/// The clinic's instructions as typed, before checking.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct RulesForm {
    /// Empty means the clinic gave no fasting rule.
    pub fasting_solid_hours: String,
    pub fasting_clear_hours: String,
    pub no_alcohol_before_hours: String,
    pub no_alcohol_after_hours: String,
    pub route: Option<DoseRoute>,
    pub arrival_minutes: String,
    pub extra_items: Vec<String>,
    /// Keys of the optional built-in items the patient hid.
    pub hidden_items: Vec<String>,
}

impl RulesForm {
    pub fn from_settings(s: &Settings) -> RulesForm {
        let r = s.clinic_rules();
        let hours = |h: Option<f32>| h.map(|h| h.to_string()).unwrap_or_default();
        RulesForm {
            fasting_solid_hours: hours(r.fasting_solid_hours),
            fasting_clear_hours: hours(r.fasting_clear_hours),
            no_alcohol_before_hours: r.no_alcohol_before_hours.to_string(),
            no_alcohol_after_hours: r.no_alcohol_after_hours.to_string(),
            route: r.route,
            arrival_minutes: r.arrival_minutes_before.to_string(),
            extra_items: r.extra_checklist_items,
            hidden_items: r.hidden_checklist_items,
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
    pub fn apply(&self, to: &Settings) -> Result<Settings, Vec<(Field, FieldError)>> {
        let mut rules: ClinicRules = to.clinic_rules();
        let errors = Typed {
            fasting_solid: &self.fasting_solid_hours,
            fasting_clear: &self.fasting_clear_hours,
            alcohol_before: &self.no_alcohol_before_hours,
            alcohol_after: &self.no_alcohol_after_hours,
            arrival: &self.arrival_minutes,
        }
        .into_rules(&mut rules);
        if !errors.is_empty() {
            return Err(errors);
        }
        rules.route = self.route;
        rules.extra_checklist_items = tidy_items(self.extra_items.iter().map(String::as_str));
        // Only the optional items can be hidden; anything else in the list is dropped.
        rules.hidden_checklist_items = BuiltinItem::ALL
            .into_iter()
            .filter(|b| b.can_hide() && self.hidden_items.iter().any(|k| k == b.key()))
            .map(|b| b.key().to_string())
            .collect();
        Ok(to.with_clinic_rules(&rules))
    }
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
            route: Some(DoseRoute::Intranasal),
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
        assert_eq!(s.route, Some(DoseRoute::Intranasal));
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
        use Field::*;
        use FieldError::*;
        type Edit = fn(&mut RulesForm);
        let cases: &[(Edit, Field, FieldError)] = &[
            (
                |f| f.fasting_solid_hours = "-2".into(),
                FastingSolid,
                Negative,
            ),
            (
                |f| f.fasting_solid_hours = "25".into(),
                FastingSolid,
                TooLarge { max: 24 },
            ),
            (
                |f| f.fasting_solid_hours = "6.25".into(),
                FastingSolid,
                NotHalf,
            ),
            (
                |f| f.fasting_clear_hours = "6h".into(),
                FastingClear,
                NotANumber,
            ),
            (
                |f| f.fasting_clear_hours = "inf".into(),
                FastingClear,
                NotANumber,
            ),
            (
                |f| f.fasting_clear_hours = "1.2.3".into(),
                FastingClear,
                NotANumber,
            ),
            (
                |f| f.no_alcohol_before_hours = "".into(),
                AlcoholBefore,
                Empty,
            ),
            (
                |f| f.no_alcohol_before_hours = "-1".into(),
                AlcoholBefore,
                Negative,
            ),
            (
                |f| f.no_alcohol_after_hours = "1.5".into(),
                AlcoholAfter,
                NotANumber,
            ),
            (
                |f| f.no_alcohol_after_hours = "99999999999".into(),
                AlcoholAfter,
                TooLarge { max: 72 },
            ),
            (
                |f| f.arrival_minutes = "241".into(),
                Arrival,
                TooLarge { max: 240 },
            ),
            (|f| f.arrival_minutes = "-5".into(), Arrival, Negative),
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
        let fields: Vec<Field> = all_bad
            .apply(&Settings::default())
            .expect_err("invalid")
            .into_iter()
            .map(|(f, _)| f)
            .collect();
        assert_eq!(fields, [FastingSolid, Arrival]);
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
