//! Sessions and their check-ins: times, route, blood pressure, symptoms rated after.

use super::{DoseRoute, RecordId, RedFlag};
use crate::domain::core::time::{Date, Instant, TimeOfDay};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

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
