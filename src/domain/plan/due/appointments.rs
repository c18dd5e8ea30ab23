//! Appointment rules of the due list: next appointment, preparation, missed sessions.

use super::{live, start_of, DueInput, DueItem, MISSED_SESSION_DAYS, PREPARE_WITHIN_MINUTES};
use crate::domain::core::model::{Appointment, Record, RecordId, Session};
use crate::domain::core::time::{Date, Instant, MS_PER_MINUTE};
use std::collections::BTreeSet;

/// Which appointments already have a session.
struct Fulfilled<'a> {
    ids: BTreeSet<&'a RecordId>,
    dates: BTreeSet<Date>,
}

impl<'a> Fulfilled<'a> {
    fn new(sessions: &'a [Record<Session>]) -> Self {
        let mut f = Fulfilled {
            ids: BTreeSet::new(),
            dates: BTreeSet::new(),
        };
        for (_, s) in live(sessions) {
            f.dates.insert(s.date);
            if let Some(id) = &s.appointment {
                f.ids.insert(id);
            }
        }
        f
    }
    /// Sessions are dosing sessions: other kinds of appointment are never fulfilled by one.
    fn contains(&self, id: &RecordId, a: &Appointment) -> bool {
        a.kind.is_dosing() && (self.ids.contains(id) || self.dates.contains(&a.date))
    }
}

pub(super) fn appointment_items(input: &DueInput, items: &mut Vec<DueItem>) {
    let fulfilled = Fulfilled::new(input.sessions);
    let now = input.now;
    let today = input.zone.to_local(now).date;
    let mut next: Option<(Instant, &RecordId)> = None;
    for (id, a) in live(input.appointments) {
        if fulfilled.contains(id, a) {
            continue;
        }
        let at = start_of(a, input.zone);
        if at >= now && next.is_none_or(|n| (at, id) < n) {
            next = Some((at, id));
        }
        if !a.kind.is_dosing() {
            continue;
        }
        if at >= now && at.0 - now.0 <= PREPARE_WITHIN_MINUTES * MS_PER_MINUTE {
            items.push(DueItem::PrepareChecklist {
                appointment: id.clone(),
                at,
            });
        }
        let days_ago = today.days() - a.date.days();
        if (1..=MISSED_SESSION_DAYS).contains(&days_ago) {
            items.push(DueItem::MissedSession {
                appointment: id.clone(),
                date: a.date,
            });
        }
    }
    if let Some((at, id)) = next {
        items.push(DueItem::NextAppointment {
            id: id.clone(),
            at,
            minutes_until: at.minutes_since(now),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::*;
    use super::*;
    use crate::domain::core::model::AppointmentKind;
    use crate::domain::core::time::UsDstZone;

    // 2026-11-30 is a Monday.
    fn plan_world() -> World {
        World {
            appointments: vec![
                appt("tue-ket", AppointmentKind::Ketamine, "2026-12-01 09:00", 40),
                appt(
                    "wed-therapy",
                    AppointmentKind::Psychotherapy,
                    "2026-12-02 17:00",
                    50,
                ),
                tombstone(appt(
                    "mon-deleted",
                    AppointmentKind::Ketamine,
                    "2026-11-30 12:00",
                    40,
                )),
                appt(
                    "mon-done",
                    AppointmentKind::Ketamine,
                    "2026-11-30 15:00",
                    40,
                ),
                appt(
                    "fri-maint",
                    AppointmentKind::Maintenance,
                    "2026-12-04 09:00",
                    40,
                ),
            ],
            sessions: vec![session(
                "s1",
                "2026-11-30",
                "15:05",
                Some("15:50"),
                Some("mon-done"),
            )],
            ..World::default()
        }
    }

    #[test]
    fn next_appointment() {
        let w = plan_world();
        for (now, want) in [
            ("2026-11-30 10:00", Some(("tue-ket", 23 * 60))),
            ("2026-11-30 14:59", Some(("tue-ket", 18 * 60 + 1))),
            ("2026-12-01 08:59", Some(("tue-ket", 1))),
            ("2026-12-01 09:00", Some(("tue-ket", 0))),
            ("2026-12-01 09:01", Some(("wed-therapy", 31 * 60 + 59))),
            ("2026-12-04 09:00", Some(("fri-maint", 0))),
            ("2026-12-04 09:01", None),
        ] {
            let want: Vec<(String, i64)> = want
                .map(|(id, m)| (id.to_string(), m))
                .into_iter()
                .collect();
            assert_eq!(w.pick(now, next), want, "{now}");
        }
        // A session recorded on Wednesday does not hide Wednesday's therapy appointment.
        let mut w2 = plan_world();
        w2.sessions
            .push(session("s2", "2026-12-02", "08:00", Some("08:40"), None));
        assert_eq!(
            w2.pick("2026-12-02 09:00", next),
            [("wed-therapy".to_string(), 8 * 60)]
        );
        // A millisecond after the start it is no longer "next".
        let just_after = Instant(at("2026-12-01 09:00").0 + 1);
        let ids: Vec<_> = w.due_in(&UTC, just_after).iter().filter_map(next).collect();
        assert_eq!(ids[0].0, "wed-therapy");
    }

    #[test]
    fn prepare_checklist_within_72_hours() {
        let w = plan_world();
        let start = at("2026-12-01 09:00");
        let cases = [
            (
                "72 h before, inclusive",
                start.plus_minutes(-72 * 60),
                vec!["tue-ket"],
            ),
            (
                "72 h and 1 ms before",
                Instant(start.plus_minutes(-72 * 60).0 - 1),
                vec![],
            ),
            // Friday's maintenance session is then exactly 72 h away.
            ("at the start", start, vec!["tue-ket", "fri-maint"]),
            (
                "1 ms after the start",
                Instant(start.0 + 1),
                vec!["fri-maint"],
            ),
            // Tombstoned and already-fulfilled Monday sessions never show.
            ("Monday morning", at("2026-11-30 08:00"), vec!["tue-ket"]),
            ("Thursday", at("2026-12-03 08:00"), vec!["fri-maint"]),
        ];
        for (name, now, want) in cases {
            let got: Vec<_> = w.due_in(&UTC, now).iter().filter_map(prepare).collect();
            assert_eq!(got, want, "{name}");
        }
        // The therapy appointment (not dosing) never asks for preparation.
        assert!(w
            .pick("2026-12-02 08:00", prepare)
            .iter()
            .all(|id| id != "wed-therapy"));
    }

    #[test]
    fn missed_sessions() {
        let base = || World {
            appointments: vec![appt("a", AppointmentKind::Ketamine, "2026-12-01 23:00", 40)],
            ..World::default()
        };
        let with_session = |s: Record<Session>| World {
            sessions: vec![s],
            ..base()
        };
        let cases: Vec<(&str, World, &str, bool)> = vec![
            ("same day, later", base(), "2026-12-01 23:59", false),
            ("across midnight", base(), "2026-12-02 00:00", true),
            ("7 days after", base(), "2026-12-08 23:59", true),
            ("8 days after", base(), "2026-12-09 00:00", false),
            (
                "session on that date",
                with_session(session("s", "2026-12-01", "23:05", None, None)),
                "2026-12-02 10:00",
                false,
            ),
            (
                "session names it, other date",
                with_session(session("s", "2026-12-02", "00:10", None, Some("a"))),
                "2026-12-03 10:00",
                false,
            ),
            (
                "session deleted",
                with_session(tombstone(session(
                    "s",
                    "2026-12-01",
                    "23:05",
                    None,
                    Some("a"),
                ))),
                "2026-12-02 10:00",
                true,
            ),
            (
                "session for another day",
                with_session(session("s", "2026-11-28", "10:00", None, None)),
                "2026-12-02 10:00",
                true,
            ),
            (
                "appointment deleted",
                World {
                    appointments: vec![tombstone(appt(
                        "a",
                        AppointmentKind::Ketamine,
                        "2026-12-01 23:00",
                        40,
                    ))],
                    ..World::default()
                },
                "2026-12-02 10:00",
                false,
            ),
            (
                "not a dosing appointment",
                World {
                    appointments: vec![appt(
                        "a",
                        AppointmentKind::FollowUp,
                        "2026-12-01 23:00",
                        40,
                    )],
                    ..World::default()
                },
                "2026-12-02 10:00",
                false,
            ),
            (
                "maintenance counts as dosing",
                World {
                    appointments: vec![appt(
                        "a",
                        AppointmentKind::Maintenance,
                        "2026-12-01 23:00",
                        40,
                    )],
                    ..World::default()
                },
                "2026-12-02 10:00",
                true,
            ),
        ];
        for (name, w, now, want) in cases {
            assert_eq!(w.pick(now, missed) == ["a"], want, "{name}");
        }
        // Missed is by local date: in New York 2026-12-02 03:00Z is still Dec 1.
        let w = World {
            appointments: vec![appt("a", AppointmentKind::Ketamine, "2026-12-01 09:00", 40)],
            ..World::default()
        };
        let ny = UsDstZone::EASTERN;
        let items = w.due_in(&ny, at("2026-12-02 03:00"));
        assert!(items.iter().filter_map(missed).next().is_none());
        let items = w.due_in(&ny, at("2026-12-02 05:00"));
        assert_eq!(items.iter().filter_map(missed).collect::<Vec<_>>(), ["a"]);
    }
}
