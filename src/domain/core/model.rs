//! The patient's records: what is stored, one struct per kind.
//!
//! Every record carries a [`Meta`] (stable random id, created/updated instants, tombstone flag)
//! so that two tabs and an imported backup can be merged record by record: the newest
//! `updated` wins. Field defaults (`#[serde(default)]`) let older documents load.

use crate::domain::core::time::{Date, Instant, TimeOfDay};
use crate::domain::plan::schedule::SchedulePreset;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A stable random record id (hex of 16 random bytes, made by `platform::ids`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
#[serde(transparent)]
pub struct RecordId(pub String);

impl RecordId {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    pub id: RecordId,
    pub created: Instant,
    pub updated: Instant,
    /// A deleted record is kept as a tombstone (no data) so deletes merge across tabs.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub deleted: bool,
}

/// One stored record of kind `T`. `data` is `None` only for tombstones.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Record<T> {
    #[serde(flatten)]
    pub meta: Meta,
    #[serde(default = "none", skip_serializing_if = "Option::is_none")]
    pub data: Option<T>,
}

fn none<T>() -> Option<T> {
    None
}

impl<T> Record<T> {
    pub fn new(id: RecordId, now: Instant, data: T) -> Self {
        Record {
            meta: Meta {
                id,
                created: now,
                updated: now,
                deleted: false,
            },
            data: Some(data),
        }
    }
    pub fn live(&self) -> Option<&T> {
        if self.meta.deleted {
            None
        } else {
            self.data.as_ref()
        }
    }
}

// ----- Settings (a single record) -------------------------------------------------------

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

// ----- Assessment notes (a single record) and medicines ---------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HistoryItem {
    BloodVesselDisease,
    BrainBleed,
    HighBloodPressure,
    PregnantOrBreastfeeding,
    PastKetamineReaction,
    HeartProblems,
    Psychosis,
    SubstanceUse,
}

impl HistoryItem {
    pub const ALL: [HistoryItem; 8] = [
        HistoryItem::BloodVesselDisease,
        HistoryItem::BrainBleed,
        HistoryItem::HighBloodPressure,
        HistoryItem::PregnantOrBreastfeeding,
        HistoryItem::PastKetamineReaction,
        HistoryItem::HeartProblems,
        HistoryItem::Psychosis,
        HistoryItem::SubstanceUse,
    ];
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Assessment {
    pub history: Vec<HistoryItem>,
    pub other_history: String,
    pub concerns: String,
    pub questions: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Medicine {
    pub name: String,
    pub dose: String,
    pub when: String,
}

// ----- Sessions and check-ins -----------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct BloodPressure {
    pub systolic: u16,
    pub diastolic: u16,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub date: Date,
    pub start: TimeOfDay,
    pub end: Option<TimeOfDay>,
    pub route: DoseRoute,
    #[serde(default)]
    pub dose: String,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub bp_before: Option<BloodPressure>,
    #[serde(default)]
    pub bp_40min: Option<BloodPressure>,
    #[serde(default)]
    pub bp_leaving: Option<BloodPressure>,
    #[serde(default)]
    pub taken_home_by: String,
    /// The planned appointment this session fulfils, if any.
    #[serde(default)]
    pub appointment: Option<RecordId>,
}

impl Session {
    /// A session with only its times and route; notes, readings and links empty.
    pub fn new(date: Date, start: TimeOfDay, end: Option<TimeOfDay>, route: DoseRoute) -> Session {
        Session {
            date,
            start,
            end,
            route,
            dose: String::new(),
            notes: String::new(),
            bp_before: None,
            bp_40min: None,
            bp_leaving: None,
            taken_home_by: String::new(),
            appointment: None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Symptom {
    Dissociation,
    Euphoria,
    AlteredTimeSpace,
    Drowsiness,
    Dizziness,
    Confusion,
    Nausea,
    Headache,
    BlurredVision,
    Anxiety,
}

impl Symptom {
    pub const ALL: [Symptom; 10] = [
        Symptom::Dissociation,
        Symptom::Euphoria,
        Symptom::AlteredTimeSpace,
        Symptom::Drowsiness,
        Symptom::Dizziness,
        Symptom::Confusion,
        Symptom::Nausea,
        Symptom::Headache,
        Symptom::BlurredVision,
        Symptom::Anxiety,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckInSlot {
    RightAfter,
    OneHour,
    TwoHours,
    Evening,
    NextMorning,
    AnyTime,
}

impl CheckInSlot {
    pub const ALL: [CheckInSlot; 6] = [
        CheckInSlot::RightAfter,
        CheckInSlot::OneHour,
        CheckInSlot::TwoHours,
        CheckInSlot::Evening,
        CheckInSlot::NextMorning,
        CheckInSlot::AnyTime,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RedFlag {
    ChestPain,
    TroubleBreathing,
    TroubleSwallowing,
    Fainting,
    Seizure,
    StrokeSigns,
    SuicidalThoughts,
    CannotStayAwake,
    SevereHeadache,
    VeryHighBloodPressure,
    ConfusionNotFading,
    NewOrWorseDepression,
    PanicOrAgitation,
    SevereInsomnia,
    DangerousImpulses,
    SignsOfMania,
    /// Pain, urgency or blood when passing urine (the stored name is kept).
    UrinaryPainOrBlood,
    /// Very hard to wake or cannot be woken (possible over-sedation).
    CannotBeWoken,
    /// Slow or shallow breathing (possible over-sedation).
    SlowOrShallowBreathing,
    /// Blue or grey lips (possible over-sedation).
    BlueOrGreyLips,
    CannotPassUrine,
    RepeatedVomiting,
}

impl RedFlag {
    /// In the order the check-in asks them: emergencies first.
    pub const ALL: [RedFlag; 22] = [
        RedFlag::ChestPain,
        RedFlag::TroubleBreathing,
        RedFlag::TroubleSwallowing,
        RedFlag::Fainting,
        RedFlag::CannotBeWoken,
        RedFlag::SlowOrShallowBreathing,
        RedFlag::BlueOrGreyLips,
        RedFlag::Seizure,
        RedFlag::StrokeSigns,
        RedFlag::SuicidalThoughts,
        RedFlag::CannotStayAwake,
        RedFlag::SevereHeadache,
        RedFlag::VeryHighBloodPressure,
        RedFlag::ConfusionNotFading,
        RedFlag::NewOrWorseDepression,
        RedFlag::PanicOrAgitation,
        RedFlag::SevereInsomnia,
        RedFlag::DangerousImpulses,
        RedFlag::SignsOfMania,
        RedFlag::UrinaryPainOrBlood,
        RedFlag::CannotPassUrine,
        RedFlag::RepeatedVomiting,
    ];
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomRating {
    pub name: String,
    pub score: u8,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
// Empty fields are left out of storage: check-ins are the most numerous records.
pub struct CheckIn {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<RecordId>,
    pub at: Instant,
    pub slot: CheckInSlot,
    /// 0-10 per symptom; a symptom not rated is absent.
    #[serde(default)]
    pub ratings: BTreeMap<Symptom, u8>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub custom: Vec<CustomRating>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub red_flags: Vec<RedFlag>,
    /// Asked only with thoughts of suicide or self-harm: a plan or intent makes it an emergency.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub suicide_plan_or_intent: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bp: Option<BloodPressure>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// A check-in left half-way is kept as a draft.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub draft: bool,
}

impl CheckIn {
    /// A check-in with nothing rated yet (a draft the patient fills in).
    pub fn blank(session: Option<RecordId>, at: Instant, slot: CheckInSlot) -> CheckIn {
        CheckIn {
            session,
            at,
            slot,
            ratings: BTreeMap::new(),
            custom: Vec::new(),
            red_flags: Vec::new(),
            suicide_plan_or_intent: false,
            bp: None,
            notes: String::new(),
            draft: true,
        }
    }
}

// ----- Questionnaires, mood, journal ----------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ScaleKind {
    Phq9,
    Gad7,
    Pcl5,
}

impl ScaleKind {
    pub const ALL: [ScaleKind; 3] = [ScaleKind::Phq9, ScaleKind::Gad7, ScaleKind::Pcl5];
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Questionnaire {
    pub scale: ScaleKind,
    /// One entry per item; `None` while unanswered (a draft).
    pub answers: Vec<Option<u8>>,
    pub started: Instant,
    /// Set when every item is answered and the patient finished; then it is read-only.
    #[serde(default)]
    pub completed: Option<Instant>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mood {
    pub at: Instant,
    pub score: u8,
    #[serde(default)]
    pub word: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JournalEntry {
    pub at: Instant,
    #[serde(default)]
    pub session: Option<RecordId>,
    pub text: String,
}

// ----- Plan -----------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AppointmentKind {
    Ketamine,
    FollowUp,
    Psychotherapy,
    SupportGroup,
    Maintenance,
    Other,
}

impl AppointmentKind {
    pub const ALL: [AppointmentKind; 6] = [
        AppointmentKind::Ketamine,
        AppointmentKind::FollowUp,
        AppointmentKind::Psychotherapy,
        AppointmentKind::SupportGroup,
        AppointmentKind::Maintenance,
        AppointmentKind::Other,
    ];
    /// Sessions where ketamine is given (preparation checklist and check-ins apply).
    pub fn is_dosing(self) -> bool {
        matches!(
            self,
            AppointmentKind::Ketamine | AppointmentKind::Maintenance
        )
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Appointment {
    pub kind: AppointmentKind,
    pub date: Date,
    pub time: TimeOfDay,
    pub minutes: u16,
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub notes: String,
}

/// Preparation checklist state for one upcoming dosing appointment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Checklist {
    pub appointment: RecordId,
    /// Keys of items ticked (built-in item keys or `extra:<text>`).
    pub done: Vec<String>,
    pub support_name: String,
    pub support_phone: String,
}

/// A red flag the patient reported, kept for the clinician summary.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RedFlagEvent {
    pub at: Instant,
    pub flags: Vec<RedFlag>,
    #[serde(default)]
    pub phq9_item9: Option<u8>,
    #[serde(default)]
    pub suicide_plan_or_intent: bool,
    /// The saved check-in that reported it (`None` for PHQ-9 item 9 and for records kept
    /// before check-ins were linked).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_in: Option<RecordId>,
    /// When the patient marked it as entered by mistake: kept, shown as corrected, and left
    /// out of the clinician summary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mistake: Option<Instant>,
}
