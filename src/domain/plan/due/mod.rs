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
    Appointment, AppointmentKind, CheckIn, CheckInSlot, Questionnaire, Record, RecordId, ScaleKind,
    Session, Settings,
};
use crate::domain::core::time::{Date, Instant, LocalDateTime, TimeOfDay, Zone};
use crate::domain::mood::questionnaires::{cadence_setting, due_state};
use crate::domain::mood::scales::Due;

mod appointments;
mod check_ins;
#[cfg(test)]
mod fixtures;

pub use check_ins::slot_times;

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
    questionnaire_items(input, &mut items);
    backup_item(input, &mut items);
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

/// Whether the course is over: the last `Ketamine` (course) appointment has ended. The
/// questionnaire cadence switches to the maintenance one then.
pub fn course_over(appointments: &[Record<Appointment>], now: Instant, zone: &dyn Zone) -> bool {
    live(appointments)
        .filter(|(_, a)| a.kind == AppointmentKind::Ketamine)
        .map(|(_, a)| start_of(a, zone).plus_minutes(i64::from(a.minutes)))
        .max()
        .is_some_and(|last_end| now >= last_end)
}

fn questionnaire_items(input: &DueInput, items: &mut Vec<DueItem>) {
    let over = course_over(input.appointments, input.now, input.zone);
    let setting = cadence_setting(input.settings, over);
    for kind in ScaleKind::ALL {
        let last = live(input.questionnaires)
            .filter(|(_, q)| q.scale == kind)
            .filter_map(|(_, q)| q.completed)
            .max();
        if last.is_none() && !DEFAULT_SCALES.contains(&kind) {
            continue;
        }
        let overdue_days = match due_state(kind, last, setting, input.now, input.zone) {
            Some(Due::NeverTaken | Due::Due) => 0,
            Some(Due::Overdue { days }) => i64::from(days),
            Some(Due::NotYet { .. }) | None => continue,
        };
        items.push(DueItem::Questionnaire { kind, overdue_days });
    }
}

fn backup_item(input: &DueInput, items: &mut Vec<DueItem>) {
    let every = i64::from(input.settings.backup_reminder_days);
    if every == 0 || !input.unbacked_data {
        return;
    }
    let days_since = input.last_backup.map(|at| {
        let z = input.zone;
        z.to_local(input.now).date.days() - z.to_local(at).date.days()
    });
    if days_since.is_none_or(|d| d >= every) {
        items.push(DueItem::Backup { days_since });
    }
}

#[cfg(test)]
mod tests {
    use super::fixtures::*;
    use super::*;
    use CheckInSlot::*;

    #[test]
    fn questionnaire_cadence() {
        use ScaleKind::*;
        let q = questionnaire;
        let course_over = || vec![appt("k", AppointmentKind::Ketamine, "2026-11-01 09:00", 40)];
        let course_ahead = || vec![appt("k", AppointmentKind::Ketamine, "2026-12-20 09:00", 40)];
        // (name, questionnaires, appointments, now, scales due with overdue days)
        type Case<'a> = (
            &'a str,
            Vec<Record<Questionnaire>>,
            Vec<Record<Appointment>>,
            &'a str,
            Vec<(ScaleKind, i64)>,
        );
        let cases: Vec<Case> = vec![
            (
                "nothing done yet",
                vec![],
                vec![],
                "2026-12-01 09:00",
                vec![(Phq9, 0), (Gad7, 0)],
            ),
            (
                "drafts and tombstones do not count",
                vec![
                    q("a", Phq9, None),
                    tombstone(q("b", Gad7, Some("2026-11-30 09:00"))),
                ],
                vec![],
                "2026-12-01 09:00",
                vec![(Phq9, 0), (Gad7, 0)],
            ),
            (
                "course: the day before the due date",
                vec![
                    q("a", Phq9, Some("2026-12-01 23:59")),
                    q("b", Gad7, Some("2026-12-01 23:59")),
                ],
                vec![],
                "2026-12-07 23:59",
                vec![],
            ),
            (
                "course: due just after midnight, 7 days on",
                vec![
                    q("a", Phq9, Some("2026-12-01 23:59")),
                    q("b", Gad7, Some("2026-12-01 23:59")),
                ],
                course_ahead(),
                "2026-12-08 00:00",
                vec![(Phq9, 0), (Gad7, 0)],
            ),
            (
                "most overdue first; the latest completion counts",
                vec![
                    q("a", Phq9, Some("2026-11-01 10:00")),
                    q("b", Gad7, Some("2026-11-01 10:00")),
                    q("c", Gad7, Some("2026-11-20 10:00")),
                ],
                vec![],
                "2026-12-01 09:00",
                vec![(Phq9, 23), (Gad7, 4)],
            ),
            (
                "PCL-5 once used is tracked, at most monthly (it asks about the past month)",
                vec![
                    q("a", Phq9, Some("2026-12-20 10:00")),
                    q("b", Gad7, Some("2026-12-20 10:00")),
                    q("c", Pcl5, Some("2026-11-20 10:00")),
                ],
                vec![],
                "2026-12-24 09:00",
                vec![(Pcl5, 4)],
            ),
            (
                "PCL-5 is not due weekly",
                vec![
                    q("a", Phq9, Some("2026-11-30 10:00")),
                    q("b", Gad7, Some("2026-11-30 10:00")),
                    q("c", Pcl5, Some("2026-11-20 10:00")),
                ],
                vec![],
                "2026-12-01 09:00",
                vec![],
            ),
            (
                "maintenance: 14 days",
                vec![
                    q("a", Phq9, Some("2026-11-20 10:00")),
                    q("b", Gad7, Some("2026-11-17 10:00")),
                ],
                course_over(),
                "2026-12-01 09:00",
                vec![(Gad7, 0)],
            ),
        ];
        for (name, questionnaires, appointments, now, want) in cases {
            let w = World {
                questionnaires,
                appointments,
                ..World::default()
            };
            assert_eq!(w.pick(now, scales), want, "{name}");
        }
        // The course ends at the end of its last Ketamine appointment, exactly.
        let w = World {
            questionnaires: vec![
                q("a", Phq9, Some("2026-11-20 10:00")),
                q("b", Gad7, Some("2026-11-20 10:00")),
            ],
            appointments: vec![appt("k", AppointmentKind::Ketamine, "2026-12-01 09:00", 40)],
            ..World::default()
        };
        assert_eq!(w.pick("2026-12-01 09:39", scales), [(Phq9, 4), (Gad7, 4)]);
        assert_eq!(w.pick("2026-12-01 09:40", scales), []);
        // A cadence of 0 turns the reminder off.
        let mut w = World::default();
        w.settings.questionnaire_days_course = 0;
        assert_eq!(w.pick("2026-12-01 09:00", scales), []);
    }

    #[test]
    fn backup_reminder() {
        let w = |unbacked: bool, last: Option<&str>, every: u16| {
            let mut w = World {
                unbacked,
                last_backup: last.map(at),
                ..World::default()
            };
            w.settings.backup_reminder_days = every;
            w
        };
        let cases = [
            (
                "nothing new",
                w(false, None, 14),
                "2026-12-01 09:00",
                vec![],
            ),
            (
                "never backed up",
                w(true, None, 14),
                "2026-12-01 09:00",
                vec![None],
            ),
            (
                "13 days",
                w(true, Some("2026-11-17 23:50"), 14),
                "2026-11-30 23:59",
                vec![],
            ),
            (
                "14 days, across midnight",
                w(true, Some("2026-11-17 23:50"), 14),
                "2026-12-01 00:10",
                vec![Some(14)],
            ),
            (
                "backed up but nothing new",
                w(false, Some("2026-01-01 10:00"), 14),
                "2026-12-01 09:00",
                vec![],
            ),
            ("off", w(true, None, 0), "2026-12-01 09:00", vec![]),
            (
                "default is 14",
                {
                    let mut x = w(true, Some("2026-11-17 09:00"), 0);
                    x.settings = Settings::default();
                    x
                },
                "2026-12-01 09:00",
                vec![Some(14)],
            ),
        ];
        for (name, w, now, want) in cases {
            assert_eq!(w.pick(now, backup), want, "{name}");
        }
    }

    #[test]
    fn the_list_is_sorted_by_urgency() {
        let mut w = session_world(&[]);
        w.appointments = vec![
            appt("missed", AppointmentKind::Ketamine, "2026-11-28 09:00", 40),
            appt("soon", AppointmentKind::Ketamine, "2026-12-03 09:00", 40),
            appt(
                "sooner",
                AppointmentKind::Maintenance,
                "2026-12-02 09:00",
                40,
            ),
        ];
        w.unbacked = true;
        let got = w.due("2026-12-01 11:50");
        let want = vec![
            DueItem::CheckIn {
                session: rid("s"),
                slot: OneHour,
                due_at: at("2026-12-01 11:40"),
                overdue: false,
            },
            DueItem::CheckIn {
                session: rid("s"),
                slot: RightAfter,
                due_at: at("2026-12-01 10:40"),
                overdue: true,
            },
            DueItem::PrepareChecklist {
                appointment: rid("sooner"),
                at: at("2026-12-02 09:00"),
            },
            DueItem::PrepareChecklist {
                appointment: rid("soon"),
                at: at("2026-12-03 09:00"),
            },
            DueItem::NextAppointment {
                id: rid("sooner"),
                at: at("2026-12-02 09:00"),
                minutes_until: 21 * 60 + 10,
            },
            DueItem::MissedSession {
                appointment: rid("missed"),
                date: date("2026-11-28"),
            },
            DueItem::Questionnaire {
                kind: ScaleKind::Phq9,
                overdue_days: 0,
            },
            DueItem::Questionnaire {
                kind: ScaleKind::Gad7,
                overdue_days: 0,
            },
            DueItem::Backup { days_since: None },
        ];
        assert_eq!(got, want);
    }
}
