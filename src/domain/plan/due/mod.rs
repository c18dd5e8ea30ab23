//! Today's due list, computed purely from a snapshot of the records.
//!
//! The rules, each with its constants:
//! - **Next appointment**: the earliest live appointment starting at or after `now` that no
//!   session has fulfilled yet (see "fulfilled" below).
//! - **Check-ins** after the latest session that has started: five slots relative to the
//!   session's end: right after, +1 h, +2 h, evening (19:00 local, but at least 3 h after the
//!   end) and next morning (the first 08:00 local after the evening slot). A slot is due from
//!   its time until the next slot's time (the morning slot for [`MORNING_WINDOW_MINUTES`]).
//!   After that a missed slot shows as overdue until 24 h after its own time, unless a later
//!   slot of the same session has been done (the patient has moved on). A slot is done when a
//!   finished (non-draft) check-in with that slot names that session.
//! - **Prepare checklist**: each unfulfilled dosing appointment starting within the next 72 h
//!   (both ends inclusive).
//! - **Missed session**: a dosing appointment whose date is before today (local) and at most
//!   [`MISSED_SESSION_DAYS`] days ago, that no session fulfilled.
//! - **Questionnaires**: PHQ-9 and GAD-7 always; PCL-5 once the patient has completed one.
//!   Never completed: due now (`overdue_days` 0). Otherwise due on the local date of the last
//!   completion plus the cadence: `questionnaire_days_maintenance` once the last
//!   course appointment (kind `Ketamine`) has ended, `questionnaire_days_course` before that
//!   (and when there is no plan). A cadence of 0 turns the reminder off.
//! - **Backup**: only when there is data that is in no backup; due when no backup was ever
//!   made, or `backup_reminder_days` local days after the last one (0 turns it off).
//!
//! A dosing appointment is *fulfilled* when a live session names it or is dated the same day
//! (other kinds never are: a session is always a dosing session).
//! Tombstones are skipped everywhere.
//!
//! The list is sorted by [`DueItem::rank`] (what needs doing now first), then by time.

use crate::domain::core::model::{
    Appointment, CheckIn, CheckInSlot, Questionnaire, Record, RecordId, ScaleKind, Session,
    Settings,
};
use crate::domain::core::time::{Date, Instant, LocalDateTime, TimeOfDay, Zone};

mod appointments;
mod check_ins;
#[cfg(test)]
mod fixtures;
mod reminders;
#[cfg(test)]
mod tests;

pub use check_ins::slot_times;
pub use reminders::course_over;

/// A dosing appointment this close shows the preparation checklist.
pub const PREPARE_WITHIN_MINUTES: i64 = 72 * 60;
/// How long a missed session keeps showing, in days after its date.
pub const MISSED_SESSION_DAYS: i64 = 7;
/// A session without a recorded end (and no linked appointment) is taken to last this long.
pub const DEFAULT_SESSION_MINUTES: i64 = 60;
/// Evening check-in wall time, and its minimum distance from the session's end.
/// How long the next-morning check-in counts as due (not overdue); its time is set in
/// `after_effects::slot_due_at`.
pub const MORNING_WINDOW_MINUTES: i64 = 4 * 60;
/// A missed check-in slot shows as overdue until this long after its time.
pub const OVERDUE_SHOWN_MINUTES: i64 = 24 * 60;
/// Scales offered to everyone; others appear once the patient has completed one.
pub const DEFAULT_SCALES: [ScaleKind; 2] = [ScaleKind::Phq9, ScaleKind::Gad7];

/// A snapshot of everything the due list depends on.
pub struct DueInput<'a> {
    pub appointments: &'a [Record<Appointment>],
    pub sessions: &'a [Record<Session>],
    pub check_ins: &'a [Record<CheckIn>],
    pub questionnaires: &'a [Record<Questionnaire>],
    pub settings: &'a Settings,
    /// When the last backup was exported (normally `settings.last_backup`).
    pub last_backup: Option<Instant>,
    /// Whether some data is in no backup yet.
    pub unbacked_data: bool,
    pub now: Instant,
    pub zone: &'a dyn Zone,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DueItem {
    CheckIn {
        session: RecordId,
        slot: CheckInSlot,
        due_at: Instant,
        overdue: bool,
    },
    PrepareChecklist {
        appointment: RecordId,
        at: Instant,
    },
    NextAppointment {
        id: RecordId,
        at: Instant,
        minutes_until: i64,
    },
    MissedSession {
        appointment: RecordId,
        date: Date,
    },
    Questionnaire {
        kind: ScaleKind,
        overdue_days: i64,
    },
    /// `days_since` is `None` when no backup was ever made.
    Backup {
        days_since: Option<i64>,
    },
}

impl DueItem {
    /// Sort order: a check-in due now, overdue check-ins, preparation, the next appointment,
    /// missed sessions, questionnaires, backup.
    pub fn rank(&self) -> u8 {
        match self {
            DueItem::CheckIn { overdue: false, .. } => 0,
            DueItem::CheckIn { overdue: true, .. } => 1,
            DueItem::PrepareChecklist { .. } => 2,
            DueItem::NextAppointment { .. } => 3,
            DueItem::MissedSession { .. } => 4,
            DueItem::Questionnaire { .. } => 5,
            DueItem::Backup { .. } => 6,
        }
    }

    fn sort_key(&self) -> (u8, i64, u8, &str) {
        let rank = self.rank();
        match self {
            DueItem::CheckIn {
                session, due_at, ..
            } => (rank, due_at.0, 0, session.as_str()),
            DueItem::PrepareChecklist { appointment, at } => (rank, at.0, 0, appointment.as_str()),
            DueItem::NextAppointment { id, at, .. } => (rank, at.0, 0, id.as_str()),
            DueItem::MissedSession { appointment, date } => {
                (rank, date.days(), 0, appointment.as_str())
            }
            DueItem::Questionnaire { kind, overdue_days } => (rank, -overdue_days, *kind as u8, ""),
            DueItem::Backup { .. } => (rank, 0, 0, ""),
        }
    }
}

/// Everything due now, sorted.
pub fn due_items(input: &DueInput) -> Vec<DueItem> {
    let mut items = Vec::new();
    appointments::appointment_items(input, &mut items);
    check_ins::check_in_items(input, &mut items);
    reminders::questionnaire_items(input, &mut items);
    reminders::backup_item(input, &mut items);
    crate::domain::core::order::by(&mut items, |a, b| a.sort_key().cmp(&b.sort_key()));
    items
}

fn live<T>(records: &[Record<T>]) -> impl Iterator<Item = (&RecordId, &T)> {
    records
        .iter()
        .filter_map(|r| r.live().map(|t| (&r.meta.id, t)))
}

fn local_instant(zone: &dyn Zone, date: Date, time: TimeOfDay) -> Instant {
    zone.to_instant(LocalDateTime::new(date, time))
}

fn start_of(a: &Appointment, zone: &dyn Zone) -> Instant {
    local_instant(zone, a.date, a.time)
}
