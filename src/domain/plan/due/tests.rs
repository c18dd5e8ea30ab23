use super::fixtures::*;
use super::*;
use crate::domain::core::model::AppointmentKind;
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
