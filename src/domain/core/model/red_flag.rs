//! The warning signs a check-in asks about, and each one the patient reported.

use super::RecordId;
use crate::domain::core::time::Instant;
use serde::{Deserialize, Serialize};

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
