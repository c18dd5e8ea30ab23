//! The clinic's rules, declared once: [`ClinicRules`] (what a clinic decides for its patients),
//! [`Field`] (every setting a clinic link, the clinic's form, the patient's form and the
//! preview name), [`LIMITS`] (the one table of ranges) and [`read_number`] (the one parser of
//! numbers as people type them).
//!
//! `Settings` keeps its flat, stored shape (old documents load unchanged): it hands out and takes
//! back its rules with [`Settings::clinic_rules`] and [`Settings::with_clinic_rules`].

use crate::domain::core::model::{DoseRoute, Settings};
use crate::domain::plan::schedule::SchedulePreset;
use crate::domain::prepare::preparation::BuiltinItem;
use crate::domain::prepare::preparation_form::FieldError;

mod limits;
#[cfg(test)]
mod tests;

pub use limits::{limit, Limit, Unit, LIMITS, MAX_ITEM, MAX_ITEMS, MAX_NAME, MAX_NOTE, MAX_PHONE};

/// A setting that comes from the clinic, in the order the forms and the preview show them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
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

impl Field {
    pub const ALL: [Field; 15] = [
        Field::ClinicName,
        Field::ClinicPhone,
        Field::EmergencyNumber,
        Field::FastingSolid,
        Field::FastingClear,
        Field::AlcoholBefore,
        Field::AlcoholAfter,
        Field::Route,
        Field::Arrival,
        Field::ExtraItems,
        Field::HiddenItems,
        Field::Schedule,
        Field::QuestionnaireCourse,
        Field::QuestionnaireMaintenance,
        Field::Note,
    ];

    /// A change the patient must check against what the clinic told them: who to call and
    /// when to stop eating, drinking and alcohol.
    pub fn is_safety_relevant(self) -> bool {
        matches!(
            self,
            Field::ClinicPhone
                | Field::EmergencyNumber
                | Field::FastingSolid
                | Field::FastingClear
                | Field::AlcoholBefore
                | Field::AlcoholAfter
        )
    }
}

/// The one number parser: "6", "1.5", "1,5", " 24 ", "-2" (read, so the range check can say
/// it is negative); empty is `None`. Anything else ("6h", "inf", "1.2.3", "1e3") is not a number.
pub fn read_number(text: &str) -> Result<Option<f64>, FieldError> {
    let text = text.trim().replace(',', ".");
    if text.is_empty() {
        return Ok(None);
    }
    let digits = text.strip_prefix('-').unwrap_or(&text);
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return Err(FieldError::NotANumber);
    }
    text.parse::<f64>()
        .map(Some)
        .map_err(|_| FieldError::NotANumber)
}

/// Reads a field of the table; panics only if `field` has no limit (a programming error).
pub fn read(field: Field, text: &str) -> Result<Option<f32>, FieldError> {
    limit(field).expect("a numeric field").read(text)
}

fn whole<T: TryFrom<u16>>(field: Field, text: &str) -> Result<T, FieldError> {
    limit(field).expect("a numeric field").read_whole(text)
}

/// Reads the fasting, alcohol and arrival fields as typed, every error at once.
pub struct Typed<'a> {
    pub fasting_solid: &'a str,
    pub fasting_clear: &'a str,
    pub alcohol_before: &'a str,
    pub alcohol_after: &'a str,
    pub arrival: &'a str,
}

impl Typed<'_> {
    /// The numbers into `rules`, or every field that is wrong (in form order) with why.
    pub fn into_rules(&self, rules: &mut ClinicRules) -> Vec<(Field, FieldError)> {
        let mut errors = Vec::new();
        let mut take = |f: Field, e: FieldError| errors.push((f, e));
        match read(Field::FastingSolid, self.fasting_solid) {
            Ok(v) => rules.fasting_solid_hours = v,
            Err(e) => take(Field::FastingSolid, e),
        }
        match read(Field::FastingClear, self.fasting_clear) {
            Ok(v) => rules.fasting_clear_hours = v,
            Err(e) => take(Field::FastingClear, e),
        }
        match whole(Field::AlcoholBefore, self.alcohol_before) {
            Ok(v) => rules.no_alcohol_before_hours = v,
            Err(e) => take(Field::AlcoholBefore, e),
        }
        match whole(Field::AlcoholAfter, self.alcohol_after) {
            Ok(v) => rules.no_alcohol_after_hours = v,
            Err(e) => take(Field::AlcoholAfter, e),
        }
        match whole(Field::Arrival, self.arrival) {
            Ok(v) => rules.arrival_minutes_before = v,
            Err(e) => take(Field::Arrival, e),
        }
        errors
    }
}

/// Reads a questionnaire-days field.
pub fn days(field: Field, text: &str) -> Result<u16, FieldError> {
    whole(field, text)
}

/// Blank and repeated lines left out, each trimmed.
pub fn tidy_items<'a>(items: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in items.into_iter().map(str::trim) {
        if !item.is_empty() && !out.iter().any(|i| i == item) {
            out.push(item.to_string());
        }
    }
    out
}

/// Characters that reorder how text is shown (bidirectional embeddings, overrides, isolates
/// and marks): a name could then read as something else. Never accepted from a link or form.
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// Text a clinic may set: not too long, no control or reordering characters.
pub fn text_ok(s: &str, max: usize) -> bool {
    s.chars().count() <= max && !s.chars().any(|c| c.is_control() || is_bidi_control(c))
}

/// Everything a clinic decides for its patients (their name, phone and note aside).
#[derive(Clone, Debug, PartialEq)]
pub struct ClinicRules {
    /// `None`: the clinic gave no rule.
    pub fasting_solid_hours: Option<f32>,
    pub fasting_clear_hours: Option<f32>,
    pub no_alcohol_before_hours: u8,
    pub no_alcohol_after_hours: u8,
    pub route: Option<DoseRoute>,
    pub arrival_minutes_before: u16,
    pub extra_checklist_items: Vec<String>,
    /// Keys of optional built-in items.
    pub hidden_checklist_items: Vec<String>,
    pub schedule: Option<SchedulePreset>,
    pub questionnaire_days_course: u16,
    pub questionnaire_days_maintenance: u16,
}

impl Default for ClinicRules {
    /// The app's own defaults (what a patient has before any clinic).
    fn default() -> Self {
        Settings::default().clinic_rules()
    }
}

impl ClinicRules {
    /// Every field out of range, in form order.
    pub fn problems(&self) -> Vec<Field> {
        let numbers = [
            (Field::FastingSolid, self.fasting_solid_hours),
            (Field::FastingClear, self.fasting_clear_hours),
            (
                Field::AlcoholBefore,
                Some(f32::from(self.no_alcohol_before_hours)),
            ),
            (
                Field::AlcoholAfter,
                Some(f32::from(self.no_alcohol_after_hours)),
            ),
            (Field::Arrival, Some(f32::from(self.arrival_minutes_before))),
            (
                Field::QuestionnaireCourse,
                Some(f32::from(self.questionnaire_days_course)),
            ),
            (
                Field::QuestionnaireMaintenance,
                Some(f32::from(self.questionnaire_days_maintenance)),
            ),
        ];
        let mut bad: Vec<Field> = numbers
            .into_iter()
            .filter(|(f, n)| !limit(*f).is_some_and(|l| l.allows(*n)))
            .map(|(f, _)| f)
            .collect();
        let items = &self.extra_checklist_items;
        if items.len() > MAX_ITEMS
            || items
                .iter()
                .any(|i| i.trim().is_empty() || !text_ok(i, MAX_ITEM))
        {
            bad.push(Field::ExtraItems);
        }
        if !hidden_ok(&self.hidden_checklist_items) {
            bad.push(Field::HiddenItems);
        }
        Field::ALL.into_iter().filter(|f| bad.contains(f)).collect()
    }
}

/// Only the optional built-in items can be hidden, each once.
fn hidden_ok(keys: &[String]) -> bool {
    keys.iter().enumerate().all(|(i, k)| {
        BuiltinItem::ALL
            .into_iter()
            .any(|b| b.can_hide() && b.key() == k)
            && !keys[..i].contains(k)
    })
}

impl Settings {
    /// The clinic's rules as stored in the settings.
    pub fn clinic_rules(&self) -> ClinicRules {
        ClinicRules {
            fasting_solid_hours: self.fasting_solid_hours,
            fasting_clear_hours: self.fasting_clear_hours,
            no_alcohol_before_hours: self.no_alcohol_before_hours,
            no_alcohol_after_hours: self.no_alcohol_after_hours,
            route: self.route,
            arrival_minutes_before: self.arrival_minutes_before,
            extra_checklist_items: self.extra_checklist_items.clone(),
            hidden_checklist_items: self.hidden_checklist_items.clone(),
            schedule: self.schedule_preset,
            questionnaire_days_course: self.questionnaire_days_course,
            questionnaire_days_maintenance: self.questionnaire_days_maintenance,
        }
    }

    /// The settings with these rules; everything else untouched.
    pub fn with_clinic_rules(&self, r: &ClinicRules) -> Settings {
        Settings {
            fasting_solid_hours: r.fasting_solid_hours,
            fasting_clear_hours: r.fasting_clear_hours,
            no_alcohol_before_hours: r.no_alcohol_before_hours,
            no_alcohol_after_hours: r.no_alcohol_after_hours,
            route: r.route,
            arrival_minutes_before: r.arrival_minutes_before,
            extra_checklist_items: r.extra_checklist_items.clone(),
            hidden_checklist_items: r.hidden_checklist_items.clone(),
            schedule_preset: r.schedule,
            questionnaire_days_course: r.questionnaire_days_course,
            questionnaire_days_maintenance: r.questionnaire_days_maintenance,
            ..self.clone()
        }
    }
}
