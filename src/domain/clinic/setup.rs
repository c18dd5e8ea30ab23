//! The two ends of a clinic link: the clinic's form (text as typed, checked by the link's own
//! range rules) and, on the patient's phone, what the link would change and applying it.
//!
//! Applying a setup replaces every setting it carries, except that a text field the clinic left
//! blank (name, phone, emergency number, note) keeps what the patient has. [`changes`] is
//! computed from [`apply`], so the preview always lists exactly what accepting does.

use crate::domain::clinic::link::{ClinicSetup, Field, SchedulePreset};
use crate::domain::core::model::{Route, Settings};

/// The clinic's form as typed. Kept as text, so nothing typed is lost on an error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SetupForm {
    pub clinic_name: String,
    pub clinic_phone: String,
    pub emergency_number: String,
    /// Empty means no fasting rule.
    pub fasting_solid_hours: String,
    pub fasting_clear_hours: String,
    pub no_alcohol_before_hours: String,
    pub no_alcohol_after_hours: String,
    pub route: Option<Route>,
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
        let s = Settings::default();
        SetupForm {
            clinic_name: String::new(),
            clinic_phone: String::new(),
            emergency_number: String::new(),
            fasting_solid_hours: String::new(),
            fasting_clear_hours: String::new(),
            no_alcohol_before_hours: s.no_alcohol_before_hours.to_string(),
            no_alcohol_after_hours: s.no_alcohol_after_hours.to_string(),
            route: None,
            arrival_minutes: s.arrival_minutes_before.to_string(),
            extra_items: String::new(),
            hidden_items: Vec::new(),
            schedule: None,
            questionnaire_days_course: s.questionnaire_days_course.to_string(),
            questionnaire_days_maintenance: s.questionnaire_days_maintenance.to_string(),
            note: String::new(),
        }
    }
}

/// "6", "1.5" or "1,5" hours; empty is no rule.
fn hours(text: &str) -> Result<Option<f32>, ()> {
    let text = text.trim().replace(',', ".");
    if text.is_empty() {
        return Ok(None);
    }
    if !text.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return Err(());
    }
    text.parse::<f32>().map(Some).map_err(|_| ())
}

fn whole<T: std::str::FromStr>(text: &str) -> Result<T, ()> {
    let text = text.trim();
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(());
    }
    text.parse().map_err(|_| ())
}

impl SetupForm {
    /// The lines of the extra-items box, trimmed, blank and repeated lines left out.
    pub fn extra_list(&self) -> Vec<String> {
        let mut items: Vec<String> = Vec::new();
        for line in self.extra_items.lines().map(str::trim) {
            if !line.is_empty() && !items.iter().any(|i| i == line) {
                items.push(line.to_string());
            }
        }
        items
    }

    /// The setup, or every field that is wrong (in form order).
    pub fn check(&self) -> Result<ClinicSetup, Vec<Field>> {
        let mut bad = Vec::new();
        let solid = hours(&self.fasting_solid_hours)
            .unwrap_or_else(|()| bad_value(&mut bad, Field::FastingSolid));
        let clear = hours(&self.fasting_clear_hours)
            .unwrap_or_else(|()| bad_value(&mut bad, Field::FastingClear));
        let setup = ClinicSetup {
            clinic_name: self.clinic_name.trim().to_string(),
            clinic_phone: self.clinic_phone.trim().to_string(),
            emergency_number: self.emergency_number.trim().to_string(),
            fasting_solid_hours: solid,
            fasting_clear_hours: clear,
            no_alcohol_before_hours: whole(&self.no_alcohol_before_hours)
                .unwrap_or_else(|()| bad_value(&mut bad, Field::AlcoholBefore)),
            no_alcohol_after_hours: whole(&self.no_alcohol_after_hours)
                .unwrap_or_else(|()| bad_value(&mut bad, Field::AlcoholAfter)),
            route: self.route,
            arrival_minutes_before: whole(&self.arrival_minutes)
                .unwrap_or_else(|()| bad_value(&mut bad, Field::Arrival)),
            extra_checklist_items: self.extra_list(),
            hidden_checklist_items: self.hidden_items.clone(),
            schedule: self.schedule,
            questionnaire_days_course: whole(&self.questionnaire_days_course)
                .unwrap_or_else(|()| bad_value(&mut bad, Field::QuestionnaireDays)),
            questionnaire_days_maintenance: whole(&self.questionnaire_days_maintenance)
                .unwrap_or_else(|()| bad_value(&mut bad, Field::QuestionnaireDays)),
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

/// Notes a field that did not read as a number; the value stands in until the form is fixed.
fn bad_value<T: Default>(bad: &mut Vec<Field>, field: Field) -> T {
    bad.push(field);
    T::default()
}

// ----- on the patient's phone -----------------------------------------------------------

/// A setting a clinic link can change, in the order the preview lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Setting {
    ClinicName,
    ClinicPhone,
    EmergencyNumber,
    FastingSolid,
    FastingClear,
    AlcoholBefore,
    AlcoholAfter,
    Route,
    Arrival,
    ExtraItems,
    HiddenItems,
    Schedule,
    QuestionnaireCourse,
    QuestionnaireMaintenance,
    Note,
}

impl Setting {
    pub const ALL: [Setting; 15] = [
        Setting::ClinicName,
        Setting::ClinicPhone,
        Setting::EmergencyNumber,
        Setting::FastingSolid,
        Setting::FastingClear,
        Setting::AlcoholBefore,
        Setting::AlcoholAfter,
        Setting::Route,
        Setting::Arrival,
        Setting::ExtraItems,
        Setting::HiddenItems,
        Setting::Schedule,
        Setting::QuestionnaireCourse,
        Setting::QuestionnaireMaintenance,
        Setting::Note,
    ];
}

/// One setting's value, typed so the screen can put it in words.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// Empty means not set.
    Text(String),
    /// Fasting hours; `None` is no rule.
    Hours(Option<f32>),
    WholeHours(u8),
    Minutes(u16),
    Route(Option<Route>),
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
    pub setting: Setting,
    pub old: Value,
    pub new: Value,
}

pub fn value(s: &Settings, setting: Setting) -> Value {
    match setting {
        Setting::ClinicName => Value::Text(s.clinic_name.clone()),
        Setting::ClinicPhone => Value::Text(s.clinic_phone.clone()),
        Setting::EmergencyNumber => Value::Text(s.emergency_number.clone()),
        Setting::FastingSolid => Value::Hours(s.fasting_solid_hours),
        Setting::FastingClear => Value::Hours(s.fasting_clear_hours),
        Setting::AlcoholBefore => Value::WholeHours(s.no_alcohol_before_hours),
        Setting::AlcoholAfter => Value::WholeHours(s.no_alcohol_after_hours),
        Setting::Route => Value::Route(s.route),
        Setting::Arrival => Value::Minutes(s.arrival_minutes_before),
        Setting::ExtraItems => Value::Items(s.extra_checklist_items.clone()),
        Setting::HiddenItems => Value::Hidden(s.hidden_checklist_items.clone()),
        Setting::Schedule => Value::Schedule(s.schedule_preset),
        Setting::QuestionnaireCourse => Value::Days(s.questionnaire_days_course),
        Setting::QuestionnaireMaintenance => Value::Days(s.questionnaire_days_maintenance),
        Setting::Note => Value::Text(s.clinic_note.clone()),
    }
}

/// The settings with the clinic's setup in them. Everything else (language, theme, backups,
/// the patient's records) is untouched.
pub fn apply(settings: &Settings, setup: &ClinicSetup) -> Settings {
    let text = |given: &str, kept: &str| {
        let given = given.trim();
        if given.is_empty() { kept } else { given }.to_string()
    };
    Settings {
        clinic_name: text(&setup.clinic_name, &settings.clinic_name),
        clinic_phone: text(&setup.clinic_phone, &settings.clinic_phone),
        emergency_number: text(&setup.emergency_number, &settings.emergency_number),
        fasting_solid_hours: setup.fasting_solid_hours,
        fasting_clear_hours: setup.fasting_clear_hours,
        no_alcohol_before_hours: setup.no_alcohol_before_hours,
        no_alcohol_after_hours: setup.no_alcohol_after_hours,
        route: setup.route,
        arrival_minutes_before: setup.arrival_minutes_before,
        extra_checklist_items: setup.extra_checklist_items.clone(),
        hidden_checklist_items: setup.hidden_checklist_items.clone(),
        schedule_preset: setup.schedule,
        questionnaire_days_course: setup.questionnaire_days_course,
        questionnaire_days_maintenance: setup.questionnaire_days_maintenance,
        clinic_note: text(&setup.note, &settings.clinic_note),
        ..settings.clone()
    }
}

/// What accepting the setup would change, field by field (only fields that differ).
pub fn changes(settings: &Settings, setup: &ClinicSetup) -> Vec<Change> {
    let next = apply(settings, setup);
    Setting::ALL
        .into_iter()
        .filter_map(|setting| {
            let (old, new) = (value(settings, setting), value(&next, setting));
            (old != new).then_some(Change { setting, old, new })
        })
        .collect()
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
            emergency_number: "112".into(),
            fasting_solid_hours: "6".into(),
            fasting_clear_hours: "1,5".into(),
            no_alcohol_before_hours: "48".into(),
            no_alcohol_after_hours: "24".into(),
            route: Some(Route::Intranasal),
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
        assert_eq!(setup.fasting_clear_hours, Some(1.5));
        assert_eq!(
            setup.extra_checklist_items,
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
                Field::QuestionnaireDays,
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
                Setting::ClinicName,
                &Value::Text("Old Clinic".into()),
                &Value::Text("Harbor Clinic".into())
            )
        );
        let settings_changed: Vec<Setting> = list.iter().map(|c| c.setting).collect();
        // Alcohol after (24) and questionnaires in a course (7) already match: not listed.
        assert_eq!(
            settings_changed,
            [
                Setting::ClinicName,
                Setting::ClinicPhone,
                Setting::EmergencyNumber,
                Setting::FastingSolid,
                Setting::FastingClear,
                Setting::AlcoholBefore,
                Setting::Route,
                Setting::Arrival,
                Setting::ExtraItems,
                Setting::HiddenItems,
                Setting::Schedule,
                Setting::QuestionnaireMaintenance,
                Setting::Note,
            ]
        );
        assert!(list.contains(&Change {
            setting: Setting::FastingSolid,
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
