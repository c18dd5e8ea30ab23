//! The assessment notes (a single record) and the patient's medicines.

use serde::{Deserialize, Serialize};

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
