//! Test fixtures shared by the due-list tests: records built from short strings, and a
//! `World` snapshot to ask for the due list at a given local time.

use super::*;
use crate::domain::core::model::{AppointmentKind, DoseRoute};
use crate::domain::core::time::FixedZone;

pub const UTC: FixedZone = FixedZone(0);

pub fn date(s: &str) -> Date {
    Date::parse(s).unwrap()
}
pub fn time(s: &str) -> TimeOfDay {
    TimeOfDay::parse(s).unwrap()
}
/// A local wall time, `YYYY-MM-DD HH:MM`, as an instant in `zone`.
pub fn at_in(zone: &dyn Zone, s: &str) -> Instant {
    let (d, t) = s.split_once(' ').unwrap();
    zone.to_instant(LocalDateTime::new(date(d), time(t)))
}
pub fn at(s: &str) -> Instant {
    at_in(&UTC, s)
}
pub fn rid(s: &str) -> RecordId {
    RecordId(s.into())
}
pub fn rec<T>(id: &str, data: T) -> Record<T> {
    Record::new(rid(id), Instant(0), data)
}
pub fn tombstone<T>(mut r: Record<T>) -> Record<T> {
    r.meta.deleted = true;
    r.data = None;
    r
}
pub fn appt(id: &str, kind: AppointmentKind, when: &str, minutes: u16) -> Record<Appointment> {
    let (d, t) = when.split_once(' ').unwrap();
    rec(
        id,
        Appointment {
            kind,
            date: date(d),
            time: time(t),
            minutes,
            place: String::new(),
            notes: String::new(),
        },
    )
}
pub fn session(
    id: &str,
    day: &str,
    start: &str,
    end: Option<&str>,
    linked: Option<&str>,
) -> Record<Session> {
    rec(
        id,
        Session {
            appointment: linked.map(rid),
            ..Session::new(date(day), time(start), end.map(time), DoseRoute::Iv)
        },
    )
}
pub fn check_in(id: &str, session: &str, slot: CheckInSlot) -> Record<CheckIn> {
    rec(
        id,
        CheckIn {
            draft: false,
            ..CheckIn::blank(Some(rid(session)), Instant(0), slot)
        },
    )
}
pub fn questionnaire(id: &str, scale: ScaleKind, completed: Option<&str>) -> Record<Questionnaire> {
    rec(
        id,
        Questionnaire {
            scale,
            answers: Vec::new(),
            started: Instant(0),
            completed: completed.map(at),
        },
    )
}

#[derive(Default)]
pub struct World {
    pub appointments: Vec<Record<Appointment>>,
    pub sessions: Vec<Record<Session>>,
    pub check_ins: Vec<Record<CheckIn>>,
    pub questionnaires: Vec<Record<Questionnaire>>,
    pub settings: Settings,
    pub last_backup: Option<Instant>,
    pub unbacked: bool,
}

impl World {
    pub fn due_in(&self, zone: &dyn Zone, now: Instant) -> Vec<DueItem> {
        due_items(&DueInput {
            appointments: &self.appointments,
            sessions: &self.sessions,
            check_ins: &self.check_ins,
            questionnaires: &self.questionnaires,
            settings: &self.settings,
            last_backup: self.last_backup,
            unbacked_data: self.unbacked,
            now,
            zone,
        })
    }
    pub fn due(&self, now: &str) -> Vec<DueItem> {
        self.due_in(&UTC, at(now))
    }
    /// Only the items that `pick` keeps, as a short comparable form.
    pub fn pick<T>(&self, now: &str, pick: impl Fn(&DueItem) -> Option<T>) -> Vec<T> {
        self.due(now).iter().filter_map(pick).collect()
    }
}

pub fn next(i: &DueItem) -> Option<(String, i64)> {
    match i {
        DueItem::NextAppointment {
            id, minutes_until, ..
        } => Some((id.0.clone(), *minutes_until)),
        _ => None,
    }
}
pub fn prepare(i: &DueItem) -> Option<String> {
    match i {
        DueItem::PrepareChecklist { appointment, .. } => Some(appointment.0.clone()),
        _ => None,
    }
}
pub fn missed(i: &DueItem) -> Option<String> {
    match i {
        DueItem::MissedSession { appointment, .. } => Some(appointment.0.clone()),
        _ => None,
    }
}
pub fn slots(i: &DueItem) -> Option<(CheckInSlot, bool)> {
    match i {
        DueItem::CheckIn { slot, overdue, .. } => Some((*slot, *overdue)),
        _ => None,
    }
}
pub fn scales(i: &DueItem) -> Option<(ScaleKind, i64)> {
    match i {
        DueItem::Questionnaire { kind, overdue_days } => Some((*kind, *overdue_days)),
        _ => None,
    }
}
pub fn backup(i: &DueItem) -> Option<Option<i64>> {
    match i {
        DueItem::Backup { days_since } => Some(*days_since),
        _ => None,
    }
}

/// The latest session (`s`) ends 2026-12-01 10:40 UTC; `done` are its finished check-ins.
pub fn session_world(done: &[CheckInSlot]) -> World {
    World {
        sessions: vec![
            session("old", "2026-11-20", "10:00", Some("10:40"), None),
            session("s", "2026-12-01", "10:00", Some("10:40"), None),
        ],
        check_ins: done
            .iter()
            .enumerate()
            .map(|(i, slot)| check_in(&format!("c{i}"), "s", *slot))
            .collect(),
        ..World::default()
    }
}
