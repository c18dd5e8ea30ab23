//! The clinic's form as typed, checked against the one table of limits in `rules`.

use crate::domain::clinic::link::{ClinicSetup, SchedulePreset};
use crate::domain::clinic::rules::{self, tidy_items, ClinicRules, Field, Typed};
use crate::domain::core::model::DoseRoute;

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
