//! The two ends of a clinic link: the clinic's form (text as typed, checked against the one
//! table of limits in `rules`) and, on the patient's phone, what the link would change and
//! applying it.
//!
//! Applying a setup replaces the clinic's rules, and the clinic's name, phone and note unless
//! the clinic left them blank (then the patient's stay). It never changes the emergency number:
//! anyone can make a link, so only the patient sets that, in Settings. [`changes`] is computed
//! from [`apply`], so the preview always lists exactly what accepting does.

use crate::domain::clinic::link::{ClinicSetup, SchedulePreset};
use crate::domain::clinic::rules::Field;
use crate::domain::core::model::{DoseRoute, Settings};

mod form;
#[cfg(test)]
mod tests;

pub use form::SetupForm;

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
