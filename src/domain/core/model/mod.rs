//! The patient's records: what is stored, one struct per kind.
//!
//! Every record carries a [`Meta`] (stable random id, created/updated instants, tombstone flag)
//! so that two tabs and an imported backup can be merged record by record: the newest
//! `updated` wins. Field defaults (`#[serde(default)]`) let older documents load.

mod assessment;
mod mood;
mod plan;
mod record;
mod red_flag;
mod session;
mod settings;

pub use assessment::{Assessment, HistoryItem, Medicine};
pub use mood::{JournalEntry, Mood, Questionnaire, ScaleKind};
pub use plan::{Appointment, AppointmentKind, Checklist};
pub use record::{Meta, Record, RecordId};
pub use red_flag::{RedFlag, RedFlagEvent};
pub use session::{BloodPressure, CheckIn, CheckInSlot, CustomRating, Session, Symptom};
pub use settings::{ChosenBaseline, Country, DoseRoute, Language, Settings, TextSize, Theme};
