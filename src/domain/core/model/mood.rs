//! Questionnaires, quick moods and journal entries.

use super::RecordId;
use crate::domain::core::time::Instant;
use serde::{Deserialize, Serialize};

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
