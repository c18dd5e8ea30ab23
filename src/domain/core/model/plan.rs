//! Appointments, and the preparation checklist of a dosing one.

use super::RecordId;
use crate::domain::core::time::{Date, TimeOfDay};
use serde::{Deserialize, Serialize};

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
