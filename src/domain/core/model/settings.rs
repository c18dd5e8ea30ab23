//! The settings (a single record): language, country, the clinic's rules, display and lock.

use super::ScaleKind;
use crate::domain::core::time::Instant;
use crate::domain::plan::schedule::SchedulePreset;
use serde::{Deserialize, Serialize};

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "snake_case")]
pub enum DoseRoute {
    #[default]
    Iv,
    Im,
    Intranasal,
}

impl DoseRoute {
    pub const ALL: [DoseRoute; 3] = [DoseRoute::Iv, DoseRoute::Im, DoseRoute::Intranasal];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    #[default]
    En,
    Es,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum TextSize {
    #[default]
    Normal,
    Large,
    Larger,
}

/// Country codes with known emergency and crisis numbers; `Other` asks the patient.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Country {
    #[default]
    Us,
    Ca,
    Uk,
    Eu,
    Au,
    /// Spain (added after the first six: stored as "es"; older data never holds it).
    Es,
    /// Mexico (stored as "mx").
    Mx,
    Other,
}

impl Country {
    pub const ALL: [Country; 8] = [
        Country::Us,
        Country::Ca,
        Country::Uk,
        Country::Eu,
        Country::Au,
        Country::Es,
        Country::Mx,
        Country::Other,
    ];

    /// The short code this country is stored and shared as ("us", "es", "other"): the same
    /// text serde writes, so a form value, a support card and stored settings agree.
    pub fn code(self) -> &'static str {
        match self {
            Country::Us => "us",
            Country::Ca => "ca",
            Country::Uk => "uk",
            Country::Eu => "eu",
            Country::Au => "au",
            Country::Es => "es",
            Country::Mx => "mx",
            Country::Other => "other",
        }
    }

    /// The country a code names, if it names one.
    pub fn from_code(code: &str) -> Option<Country> {
        Country::ALL.into_iter().find(|c| c.code() == code)
    }
}

#[cfg(test)]
mod country_tests {
    use super::Country;

    #[test]
    fn every_country_code_is_the_stored_form_and_reads_back() {
        for c in Country::ALL {
            assert_eq!(
                serde_json::to_string(&c).unwrap(),
                format!("\"{}\"", c.code())
            );
            assert_eq!(Country::from_code(c.code()), Some(c));
        }
        assert_eq!(Country::from_code("xx"), None);
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub language: Option<Language>,
    pub country: Country,
    pub clinic_name: String,
    pub clinic_phone: String,
    /// Emergency number; empty means "the country's default".
    pub emergency_number: String,
    pub fasting_solid_hours: Option<f32>,
    pub fasting_clear_hours: Option<f32>,
    pub no_alcohol_before_hours: u8,
    pub no_alcohol_after_hours: u8,
    pub route: Option<DoseRoute>,
    pub arrival_minutes_before: u16,
    pub extra_checklist_items: Vec<String>,
    pub hidden_checklist_items: Vec<String>,
    /// Days between questionnaires during a course and in maintenance.
    pub questionnaire_days_course: u16,
    pub questionnaire_days_maintenance: u16,
    pub backup_reminder_days: u16,
    pub last_backup: Option<Instant>,
    pub theme: Theme,
    pub text_size: TextSize,
    pub welcome_done: bool,
    /// "I'm safe / I've talked to someone" on Today's follow-up card after a crisis answer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub safety_check_dismissed: Option<Instant>,
    pub clinic_note: String,
    /// With the privacy lock on: minutes without use before it locks (0 = never).
    pub lock_idle_minutes: u16,
    /// With the privacy lock on: lock when the app goes to the background.
    pub lock_on_background: bool,
    /// Calendar files with neutral event titles; unset means "when the lock is on".
    pub calendar_neutral: Option<bool>,
    /// Baselines the patient picked on the Mood screen instead of the default, one per scale.
    pub baselines: Vec<ChosenBaseline>,
    /// The schedule the clinic suggested; the Plan screen's schedule builder starts from it.
    pub schedule_preset: Option<SchedulePreset>,
    /// "Not now" on the offer to install the app: it is not offered again.
    pub install_dismissed: bool,
}

/// A questionnaire result the patient chose to measure progress from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChosenBaseline {
    pub scale: ScaleKind,
    /// When the chosen questionnaire was completed.
    pub at: Instant,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            language: None,
            country: Country::Us,
            clinic_name: String::new(),
            clinic_phone: String::new(),
            emergency_number: String::new(),
            fasting_solid_hours: None,
            fasting_clear_hours: None,
            no_alcohol_before_hours: 24,
            no_alcohol_after_hours: 24,
            route: None,
            arrival_minutes_before: 15,
            extra_checklist_items: Vec::new(),
            hidden_checklist_items: Vec::new(),
            questionnaire_days_course: 7,
            questionnaire_days_maintenance: 14,
            backup_reminder_days: 14,
            last_backup: None,
            theme: Theme::System,
            text_size: TextSize::Normal,
            welcome_done: false,
            safety_check_dismissed: None,
            clinic_note: String::new(),
            lock_idle_minutes: 5,
            lock_on_background: true,
            calendar_neutral: None,
            baselines: Vec::new(),
            schedule_preset: None,
            install_dismissed: false,
        }
    }
}
