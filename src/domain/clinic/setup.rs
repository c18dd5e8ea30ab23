//! The two ends of a clinic link: the clinic's form (text as typed, checked against the one
//! table of limits in `rules`) and, on the patient's phone, what the link would change and
//! applying it.
//!
//! Applying a setup replaces the clinic's rules, and the clinic's name, phone and note unless
//! the clinic left them blank (then the patient's stay). It never changes the emergency number:
//! anyone can make a link, so only the patient sets that, in Settings. [`changes`] is computed
//! from [`apply`], so the preview always lists exactly what accepting does.

use crate::domain::clinic::link::{ClinicSetup, SchedulePreset};
use crate::domain::clinic::rules::{self, tidy_items, ClinicRules, Field, Typed};
use crate::domain::core::model::{DoseRoute, Settings};

/// The clinic's form as typed. Kept as text, so nothing typed is lost on an error. (No
/// emergency number: a link cannot set it.)
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SetupForm {
    pub clinic_name: String,
    pub clinic_phone: String,
    /// Empty means no fasting rule.
    pub fasting_solid_hours: String,
    pub fasting_clear_hours: String,
    pub no_alcohol_before_hours: String,
    pub no_alcohol_after_hours: String,
    pub route: Option<DoseRoute>,
    pub arrival_minutes: String,
    /// One item a line.
    pub extra_items: String,
    /// Keys of optional built-in items.
    pub hidden_items: Vec<String>,
    pub schedule: Option<SchedulePreset>,
    pub questionnaire_days_course: String,
    pub questionnaire_days_maintenance: String,
    pub note: String,
}

impl Default for SetupForm {
    /// Starts from the app's own defaults (what a patient has before any clinic).
    fn default() -> Self {
        let r = ClinicRules::default();
        SetupForm {
            clinic_name: String::new(),
            clinic_phone: String::new(),
            fasting_solid_hours: String::new(),
            fasting_clear_hours: String::new(),
            no_alcohol_before_hours: r.no_alcohol_before_hours.to_string(),
            no_alcohol_after_hours: r.no_alcohol_after_hours.to_string(),
            route: None,
            arrival_minutes: r.arrival_minutes_before.to_string(),
            extra_items: String::new(),
            hidden_items: Vec::new(),
            schedule: None,
            questionnaire_days_course: r.questionnaire_days_course.to_string(),
            questionnaire_days_maintenance: r.questionnaire_days_maintenance.to_string(),
            note: String::new(),
        }
    }
}

impl SetupForm {
    /// The lines of the extra-items box, trimmed, blank and repeated lines left out.
    pub fn extra_list(&self) -> Vec<String> {
        tidy_items(self.extra_items.lines())
    }

    /// The setup, or every field that is wrong (in form order).
    pub fn check(&self) -> Result<ClinicSetup, Vec<Field>> {
        let mut rules = ClinicRules {
            route: self.route,
            extra_checklist_items: self.extra_list(),
            hidden_checklist_items: self.hidden_items.clone(),
            schedule: self.schedule,
            ..ClinicRules::default()
        };
        let typed = Typed {
            fasting_solid: &self.fasting_solid_hours,
            fasting_clear: &self.fasting_clear_hours,
            alcohol_before: &self.no_alcohol_before_hours,
            alcohol_after: &self.no_alcohol_after_hours,
            arrival: &self.arrival_minutes,
        };
        let mut bad: Vec<Field> = typed
            .into_rules(&mut rules)
            .into_iter()
            .map(|(f, _)| f)
            .collect();
        for (field, text, days) in [
            (
                Field::QuestionnaireCourse,
                &self.questionnaire_days_course,
                &mut rules.questionnaire_days_course,
            ),
            (
                Field::QuestionnaireMaintenance,
                &self.questionnaire_days_maintenance,
                &mut rules.questionnaire_days_maintenance,
            ),
        ] {
            match rules::days(field, text) {
                Ok(d) => *days = d,
                Err(_) => bad.push(field),
            }
        }
        let setup = ClinicSetup {
            clinic_name: self.clinic_name.trim().to_string(),
            clinic_phone: self.clinic_phone.trim().to_string(),
            emergency_number: String::new(),
            rules,
            note: self.note.trim().to_string(),
        };
        bad.extend(setup.problems());
        if bad.is_empty() {
            Ok(setup)
        } else {
            Err(Field::ALL.into_iter().filter(|f| bad.contains(f)).collect())
        }
    }
}

// ----- on the patient's phone -----------------------------------------------------------

/// One setting's value, typed so the screen can put it in words.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// Empty means not set.
    Text(String),
    /// Fasting hours; `None` is no rule.
    Hours(Option<f32>),
    WholeHours(u8),
    Minutes(u16),
    Route(Option<DoseRoute>),
    /// The patient's own checklist items.
    Items(Vec<String>),
    /// Keys of hidden built-in items.
    Hidden(Vec<String>),
    Schedule(Option<SchedulePreset>),
    Days(u16),
}

/// A setting that would change: what it is now and what it would become.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub setting: Field,
    pub old: Value,
    pub new: Value,
}

pub fn value(s: &Settings, setting: Field) -> Value {
    match setting {
        Field::ClinicName => Value::Text(s.clinic_name.clone()),
        Field::ClinicPhone => Value::Text(s.clinic_phone.clone()),
        Field::EmergencyNumber => Value::Text(s.emergency_number.clone()),
        Field::FastingSolid => Value::Hours(s.fasting_solid_hours),
        Field::FastingClear => Value::Hours(s.fasting_clear_hours),
        Field::AlcoholBefore => Value::WholeHours(s.no_alcohol_before_hours),
        Field::AlcoholAfter => Value::WholeHours(s.no_alcohol_after_hours),
        Field::Route => Value::Route(s.route),
        Field::Arrival => Value::Minutes(s.arrival_minutes_before),
        Field::ExtraItems => Value::Items(s.extra_checklist_items.clone()),
        Field::HiddenItems => Value::Hidden(s.hidden_checklist_items.clone()),
        Field::Schedule => Value::Schedule(s.schedule_preset),
        Field::QuestionnaireCourse => Value::Days(s.questionnaire_days_course),
        Field::QuestionnaireMaintenance => Value::Days(s.questionnaire_days_maintenance),
        Field::Note => Value::Text(s.clinic_note.clone()),
    }
}

/// The settings with the clinic's setup in them. Everything else (the emergency number,
/// language, theme, backups, the patient's records) is untouched.
pub fn apply(settings: &Settings, setup: &ClinicSetup) -> Settings {
    let text = |given: &str, kept: &str| {
        let given = given.trim();
        if given.is_empty() { kept } else { given }.to_string()
    };
    Settings {
        clinic_name: text(&setup.clinic_name, &settings.clinic_name),
        clinic_phone: text(&setup.clinic_phone, &settings.clinic_phone),
        clinic_note: text(&setup.note, &settings.clinic_note),
        ..settings.with_clinic_rules(&setup.rules)
    }
}

/// What accepting the setup would change, field by field (only fields that differ).
pub fn changes(settings: &Settings, setup: &ClinicSetup) -> Vec<Change> {
    let next = apply(settings, setup);
    Field::ALL
        .into_iter()
        .filter_map(|setting| {
            let (old, new) = (value(settings, setting), value(&next, setting));
            (old != new).then_some(Change { setting, old, new })
        })
        .collect()
}

/// The emergency number the link asked for, when it differs from the patient's: the preview
/// says it is not changed, and why.
pub fn ignored_emergency_number<'a>(
    settings: &Settings,
    setup: &'a ClinicSetup,
) -> Option<&'a str> {
    let asked = setup.emergency_number.trim();
    (!asked.is_empty() && asked != settings.emergency_number.trim()).then_some(asked)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::clinic::link::{decode, encode};
    use crate::domain::core::model::{Language, Theme};

    fn filled() -> SetupForm {
        SetupForm {
            clinic_name: " Harbor Clinic ".into(),
            clinic_phone: "555 010 0177".into(),
            fasting_solid_hours: "6".into(),
            fasting_clear_hours: "1,5".into(),
            no_alcohol_before_hours: "48".into(),
            no_alcohol_after_hours: "24".into(),
            route: Some(DoseRoute::Intranasal),
            arrival_minutes: "30".into(),
            extra_items: "Bring headphones\n\n  Wear layers \nBring headphones".into(),
            hidden_items: vec!["comfortable_clothes".into()],
            schedule: Some(SchedulePreset::EsketamineInduction),
            questionnaire_days_course: "7".into(),
            questionnaire_days_maintenance: "28".into(),
            note: "Please eat a light meal the evening before.".into(),
        }
    }

    #[test]
    fn a_filled_form_reads_as_typed_and_survives_the_link() {
        let setup = filled().check().expect("valid");
        assert_eq!(setup.clinic_name, "Harbor Clinic");
        assert_eq!(setup.rules.fasting_clear_hours, Some(1.5));
        assert_eq!(setup.emergency_number, "", "the form cannot set it");
        assert_eq!(
            setup.rules.extra_checklist_items,
            ["Bring headphones", "Wear layers"]
        );
        let link = encode(&setup).expect("encodes");
        assert_eq!(decode(&link), Ok(setup));
    }

    #[test]
    fn every_wrong_field_is_named_and_only_those() {
        let form = SetupForm {
            clinic_phone: "call us".into(),
            fasting_solid_hours: "6h".into(),
            fasting_clear_hours: "1.25".into(),
            no_alcohol_before_hours: "".into(),
            no_alcohol_after_hours: "300".into(),
            arrival_minutes: "241".into(),
            hidden_items: vec!["support_person".into()],
            questionnaire_days_maintenance: "0".into(),
            note: "x".repeat(281),
            ..filled()
        };
        assert_eq!(
            form.check(),
            Err(vec![
                Field::ClinicPhone,
                Field::FastingSolid,
                Field::FastingClear,
                Field::AlcoholBefore,
                Field::AlcoholAfter,
                Field::Arrival,
                Field::HiddenItems,
                Field::QuestionnaireMaintenance,
                Field::Note,
            ])
        );
        let too_many = SetupForm {
            extra_items: (0..11).map(|i| format!("Item {i}\n")).collect(),
            ..filled()
        };
        assert_eq!(too_many.check(), Err(vec![Field::ExtraItems]));
        // The defaults are a valid setup: a clinic may fill in only what it needs.
        assert!(SetupForm::default().check().is_ok());
    }

    #[test]
    fn the_preview_lists_old_and_new_for_each_field_that_differs() {
        let settings = Settings {
            clinic_name: "Old Clinic".into(),
            emergency_number: "911".into(),
            ..Settings::default()
        };
        let setup = filled().check().unwrap();
        let list = changes(&settings, &setup);
        let first = &list[0];
        assert_eq!(
            (first.setting, &first.old, &first.new),
            (
                Field::ClinicName,
                &Value::Text("Old Clinic".into()),
                &Value::Text("Harbor Clinic".into())
            )
        );
        let settings_changed: Vec<Field> = list.iter().map(|c| c.setting).collect();
        // Alcohol after (24) and questionnaires in a course (7) already match: not listed.
        assert_eq!(
            settings_changed,
            [
                Field::ClinicName,
                Field::ClinicPhone,
                Field::FastingSolid,
                Field::FastingClear,
                Field::AlcoholBefore,
                Field::Route,
                Field::Arrival,
                Field::ExtraItems,
                Field::HiddenItems,
                Field::Schedule,
                Field::QuestionnaireMaintenance,
                Field::Note,
            ]
        );
        assert!(list.contains(&Change {
            setting: Field::FastingSolid,
            old: Value::Hours(None),
            new: Value::Hours(Some(6.0)),
        }));
    }

    #[test]
    fn applying_then_comparing_finds_nothing_left_and_keeps_the_patients_own_settings() {
        let settings = Settings {
            language: Some(Language::Es),
            theme: Theme::Dark,
            welcome_done: true,
            clinic_phone: "555 123 4567".into(),
            clinic_note: "Old note".into(),
            ..Settings::default()
        };
        let setup = ClinicSetup {
            clinic_phone: String::new(),
            note: String::new(),
            ..filled().check().unwrap()
        };
        let next = apply(&settings, &setup);
        assert_eq!(changes(&next, &setup), []);
        assert_eq!(next.language, Some(Language::Es));
        assert_eq!(next.theme, Theme::Dark);
        assert!(next.welcome_done);
        assert_eq!(
            next.clinic_phone, "555 123 4567",
            "a blank phone keeps the patient's"
        );
        assert_eq!(next.clinic_note, "Old note");
        assert_eq!(
            next.schedule_preset,
            Some(SchedulePreset::EsketamineInduction)
        );
        assert_eq!(next.fasting_solid_hours, Some(6.0));
    }

    #[test]
    fn a_link_never_changes_the_emergency_number_and_the_preview_can_say_so() {
        let settings = Settings {
            emergency_number: "911".into(),
            ..Settings::default()
        };
        let setup = ClinicSetup {
            emergency_number: "555 0000".into(),
            ..filled().check().unwrap()
        };
        let next = apply(&settings, &setup);
        assert_eq!(next.emergency_number, "911");
        assert!(changes(&settings, &setup)
            .iter()
            .all(|c| c.setting != Field::EmergencyNumber));
        assert_eq!(
            ignored_emergency_number(&settings, &setup),
            Some("555 0000")
        );
        // On a phone with the country's number (empty), it is still not set.
        let fresh = apply(&Settings::default(), &setup);
        assert_eq!(fresh.emergency_number, "");
        // Asking for the number the patient already has is not worth a warning.
        let same = ClinicSetup {
            emergency_number: "911".into(),
            ..setup.clone()
        };
        assert_eq!(ignored_emergency_number(&settings, &same), None);
        let none = ClinicSetup {
            emergency_number: String::new(),
            ..setup
        };
        assert_eq!(ignored_emergency_number(&settings, &none), None);
    }

    #[test]
    fn fasting_and_alcohol_set_to_zero_show_as_changes_from_the_current_value() {
        let settings = Settings {
            fasting_solid_hours: Some(6.0),
            fasting_clear_hours: Some(2.0),
            no_alcohol_before_hours: 24,
            ..Settings::default()
        };
        let mut setup = filled().check().unwrap();
        setup.rules.fasting_solid_hours = Some(0.0);
        setup.rules.fasting_clear_hours = None;
        setup.rules.no_alcohol_before_hours = 0;
        let list = changes(&settings, &setup);
        for (field, old, new) in [
            (
                Field::FastingSolid,
                Value::Hours(Some(6.0)),
                Value::Hours(Some(0.0)),
            ),
            (
                Field::FastingClear,
                Value::Hours(Some(2.0)),
                Value::Hours(None),
            ),
            (
                Field::AlcoholBefore,
                Value::WholeHours(24),
                Value::WholeHours(0),
            ),
        ] {
            assert!(field.is_safety_relevant());
            assert!(
                list.contains(&Change {
                    setting: field,
                    old,
                    new
                }),
                "{field:?} in {list:?}"
            );
        }
    }

    #[test]
    fn declining_is_computing_the_preview_and_nothing_else() {
        let settings = Settings::default();
        let before = settings.clone();
        let setup = filled().check().unwrap();
        assert!(!changes(&settings, &setup).is_empty());
        assert_eq!(settings, before);
    }

    proptest::proptest! {
        #[test]
        fn any_form_text_is_checked_without_panicking(s in ".{0,30}", n in ".{0,8}") {
            let form = SetupForm {
                clinic_name: s.clone(),
                clinic_phone: s.clone(),
                fasting_solid_hours: n.clone(),
                arrival_minutes: n.clone(),
                questionnaire_days_course: n.clone(),
                extra_items: s.clone(),
                ..filled()
            };
            if let Ok(setup) = form.check() {
                let link = encode(&setup).expect("a checked setup encodes");
                proptest::prop_assert_eq!(decode(&link), Ok(setup.clone()));
                let next = apply(&Settings::default(), &setup);
                proptest::prop_assert!(changes(&next, &setup).is_empty());
            }
        }
    }
}
