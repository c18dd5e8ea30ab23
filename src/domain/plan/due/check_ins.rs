//! Check-in slots after the latest session.

use super::{
    live, DueInput, DueItem, DEFAULT_SESSION_MINUTES, MORNING_WINDOW_MINUTES, OVERDUE_SHOWN_MINUTES,
};
use crate::domain::core::model::{CheckInSlot, Session};
use crate::domain::core::time::{Instant, Zone, MS_PER_MINUTE};
use crate::domain::session::after_effects::slot_due_at;
use crate::domain::session::check_in_flow::session_span_or;
use std::collections::BTreeSet;

/// The check-in slots that follow a session, in time order.
const SESSION_SLOTS: [CheckInSlot; 5] = [
    CheckInSlot::RightAfter,
    CheckInSlot::OneHour,
    CheckInSlot::TwoHours,
    CheckInSlot::Evening,
    CheckInSlot::NextMorning,
];

/// Start and end instants of a recorded session; without a recorded end it lasts as long as
/// its planned appointment.
fn session_span(s: &Session, input: &DueInput) -> (Instant, Instant) {
    let planned = s.appointment.as_ref().and_then(|id| {
        live(input.appointments)
            .find(|(aid, _)| *aid == id)
            .map(|(_, a)| i64::from(a.minutes))
    });
    session_span_or(s, input.zone, planned.unwrap_or(DEFAULT_SESSION_MINUTES))
}

/// The time each of [`SESSION_SLOTS`] opens, plus when the last one closes. The slot times
/// themselves come from `after_effects::slot_due_at`, the one place they are decided.
pub fn slot_times(end: Instant, zone: &dyn Zone) -> [Instant; 6] {
    let at = |slot| slot_due_at(slot, end, zone).unwrap_or(end);
    let morning = at(CheckInSlot::NextMorning);
    [
        at(CheckInSlot::RightAfter),
        at(CheckInSlot::OneHour),
        at(CheckInSlot::TwoHours),
        at(CheckInSlot::Evening),
        morning,
        morning.plus_minutes(MORNING_WINDOW_MINUTES),
    ]
}

pub(super) fn check_in_items(input: &DueInput, items: &mut Vec<DueItem>) {
    let now = input.now;
    // The latest session that has started (ties: the larger id, for a stable answer).
    let Some((sid, end)) = live(input.sessions)
        .map(|(id, s)| (id, session_span(s, input)))
        .filter(|(_, (start, _))| *start <= now)
        .max_by(|(ia, (sa, _)), (ib, (sb, _))| (sa, ia).cmp(&(sb, ib)))
        .map(|(id, (_, end))| (id, end))
    else {
        return;
    };
    let done: BTreeSet<CheckInSlot> = live(input.check_ins)
        .filter(|(_, c)| !c.draft && c.session.as_ref() == Some(sid))
        .map(|(_, c)| c.slot)
        .collect();
    let times = slot_times(end, input.zone);
    for (i, slot) in SESSION_SLOTS.iter().enumerate() {
        let (opens, closes) = (times[i], times[i + 1]);
        if done.contains(slot) || now < opens {
            continue;
        }
        let overdue = now >= closes;
        let later_done = SESSION_SLOTS[i + 1..].iter().any(|s| done.contains(s));
        if overdue && (later_done || now.0 >= opens.0 + OVERDUE_SHOWN_MINUTES * MS_PER_MINUTE) {
            continue;
        }
        items.push(DueItem::CheckIn {
            session: sid.clone(),
            slot: *slot,
            due_at: opens,
            overdue,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::*;
    use super::*;
    use crate::domain::core::model::{Appointment, AppointmentKind, CheckIn, Record};
    use crate::domain::core::time::UsDstZone;
    use CheckInSlot::*;

    #[test]
    fn check_in_slots_open_close_and_expire() {
        // Session ends 10:40: slots 10:40, 11:40, 12:40, 19:00, next day 09:00 (due until 13:00).
        // (now, slots done, slots shown with `overdue`)
        type Case<'a> = (&'a str, &'a [CheckInSlot], Vec<(CheckInSlot, bool)>);
        let cases: Vec<Case> = vec![
            ("2026-12-01 10:39", &[], vec![]),
            ("2026-12-01 10:40", &[], vec![(RightAfter, false)]),
            ("2026-12-01 11:39", &[], vec![(RightAfter, false)]),
            (
                "2026-12-01 11:40",
                &[],
                vec![(OneHour, false), (RightAfter, true)],
            ),
            ("2026-12-01 11:40", &[RightAfter], vec![(OneHour, false)]),
            (
                "2026-12-01 13:00",
                &[RightAfter],
                vec![(TwoHours, false), (OneHour, true)],
            ),
            // A later slot done: the missed earlier ones no longer show.
            ("2026-12-01 13:00", &[TwoHours], vec![]),
            (
                "2026-12-01 19:00",
                &[],
                vec![
                    (Evening, false),
                    (RightAfter, true),
                    (OneHour, true),
                    (TwoHours, true),
                ],
            ),
            (
                "2026-12-02 09:00",
                &[RightAfter],
                vec![
                    (NextMorning, false),
                    (OneHour, true),
                    (TwoHours, true),
                    (Evening, true),
                ],
            ),
            // Exactly 24 h after 10:40 the right-after slot stops showing.
            (
                "2026-12-02 10:40",
                &[],
                vec![
                    (NextMorning, false),
                    (OneHour, true),
                    (TwoHours, true),
                    (Evening, true),
                ],
            ),
            ("2026-12-02 13:00", &[Evening], vec![(NextMorning, true)]),
            ("2026-12-02 13:00", &[NextMorning], vec![]),
            ("2026-12-03 08:59", &[], vec![(NextMorning, true)]),
            ("2026-12-03 09:00", &[], vec![]),
        ];
        for (now, done, want) in cases {
            assert_eq!(
                session_world(done).pick(now, slots),
                want,
                "{now} done {done:?}"
            );
        }
    }

    #[test]
    fn check_ins_that_do_not_count() {
        let mut w = session_world(&[]);
        let mut draft = check_in("d", "s", RightAfter);
        draft.data.as_mut().unwrap().draft = true;
        w.check_ins = vec![
            draft,
            tombstone(check_in("t", "s", RightAfter)),
            check_in("o", "old", RightAfter),
            rec(
                "n",
                CheckIn {
                    session: None,
                    ..check_in("x", "s", RightAfter).data.unwrap()
                },
            ),
        ];
        assert_eq!(w.pick("2026-12-01 11:00", slots), [(RightAfter, false)]);
        // And the item names the latest session.
        let items = w.due("2026-12-01 11:00");
        assert!(matches!(&items[0], DueItem::CheckIn { session, due_at, .. }
            if session.0 == "s" && *due_at == at("2026-12-01 10:40")));
    }

    #[test]
    fn the_latest_started_live_session_is_used() {
        let mut w = session_world(&[]);
        // A session recorded for later today does not count yet.
        w.sessions.push(session(
            "future",
            "2026-12-01",
            "18:00",
            Some("18:40"),
            None,
        ));
        let items = w.due("2026-12-01 11:00");
        assert!(matches!(&items[0], DueItem::CheckIn { session, .. } if session.0 == "s"));
        // Deleting the latest session falls back to the one before (long expired: nothing).
        w.sessions[1] = tombstone(w.sessions[1].clone());
        assert_eq!(w.pick("2026-12-01 11:00", slots), []);
    }

    #[test]
    fn slot_times_across_midnight_and_dst() {
        let iso = |ts: [Instant; 6]| ts.map(|t| t.to_iso_utc());
        // (name, session, appointments, the slot times and the morning slot's close)
        type Case<'a> = (
            &'a str,
            Record<Session>,
            Vec<Record<Appointment>>,
            [&'a str; 6],
        );
        let cases: Vec<Case> = vec![
            (
                "ends late: evening at least 3 h after the end",
                session("s", "2026-12-01", "22:30", Some("23:30"), None),
                vec![],
                [
                    "2026-12-01T23:30:00Z",
                    "2026-12-02T00:30:00Z",
                    "2026-12-02T01:30:00Z",
                    "2026-12-02T02:30:00Z",
                    "2026-12-02T09:00:00Z",
                    "2026-12-02T13:00:00Z",
                ],
            ),
            (
                "end before start crossed midnight",
                session("s", "2026-12-01", "23:00", Some("00:30"), None),
                vec![],
                [
                    "2026-12-02T00:30:00Z",
                    "2026-12-02T01:30:00Z",
                    "2026-12-02T02:30:00Z",
                    "2026-12-02T19:00:00Z",
                    "2026-12-03T09:00:00Z",
                    "2026-12-03T13:00:00Z",
                ],
            ),
            (
                "no end: the linked appointment's length",
                session("s", "2026-12-01", "09:00", None, Some("a")),
                vec![appt("a", AppointmentKind::Ketamine, "2026-12-01 09:00", 90)],
                [
                    "2026-12-01T10:30:00Z",
                    "2026-12-01T11:30:00Z",
                    "2026-12-01T12:30:00Z",
                    "2026-12-01T19:00:00Z",
                    "2026-12-02T09:00:00Z",
                    "2026-12-02T13:00:00Z",
                ],
            ),
            (
                "no end and no appointment: 60 minutes",
                session("s", "2026-12-01", "09:00", None, Some("gone")),
                vec![tombstone(appt(
                    "gone",
                    AppointmentKind::Ketamine,
                    "2026-12-01 09:00",
                    90,
                ))],
                [
                    "2026-12-01T10:00:00Z",
                    "2026-12-01T11:00:00Z",
                    "2026-12-01T12:00:00Z",
                    "2026-12-01T19:00:00Z",
                    "2026-12-02T09:00:00Z",
                    "2026-12-02T13:00:00Z",
                ],
            ),
        ];
        for (name, s, appointments, want) in cases {
            let w = World {
                appointments,
                ..World::default()
            };
            let input = DueInput {
                appointments: &w.appointments,
                sessions: &[],
                check_ins: &[],
                questionnaires: &[],
                settings: &w.settings,
                last_backup: None,
                unbacked_data: false,
                now: Instant(0),
                zone: &UTC,
            };
            let (_, end) = session_span(s.live().unwrap(), &input);
            assert_eq!(iso(slot_times(end, &UTC)), want, "{name}");
        }
        // New York, the night the clocks go forward: a 22:00 EST end has its evening slot at
        // 01:00 EST and its morning slot at 09:00 EDT.
        let ny = UsDstZone::EASTERN;
        let end = at_in(&ny, "2026-03-07 22:00");
        assert_eq!(
            iso(slot_times(end, &ny)),
            [
                "2026-03-08T03:00:00Z",
                "2026-03-08T04:00:00Z",
                "2026-03-08T05:00:00Z",
                "2026-03-08T06:00:00Z",
                "2026-03-08T13:00:00Z",
                "2026-03-08T17:00:00Z",
            ]
        );
    }
}
