use super::*;
use crate::domain::core::model::{AppointmentKind, CheckInSlot, Mood, ScaleKind, Settings};
use crate::domain::core::time::{FixedZone, TimeOfDay, UsDstZone, MS_PER_DAY};

const UTC: FixedZone = FixedZone(0);

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}
fn at(s: &str) -> Instant {
    at_in(&UTC, s)
}
fn at_in(zone: &dyn Zone, s: &str) -> Instant {
    let (day, time) = s.split_once(' ').unwrap();
    zone.to_instant(LocalDateTime::new(d(day), TimeOfDay::parse(time).unwrap()))
}
fn rid(s: &str) -> RecordId {
    RecordId(s.into())
}
fn appt(kind: AppointmentKind, when: &str, minutes: u16) -> Appointment {
    let (day, time) = when.split_once(' ').unwrap();
    Appointment {
        kind,
        date: d(day),
        time: TimeOfDay::parse(time).unwrap(),
        minutes,
        place: String::new(),
        notes: String::new(),
    }
}

/// Ids of each month group, with the month, as `"2026-12: a b"`.
fn months(groups: &[MonthGroup]) -> Vec<String> {
    groups
        .iter()
        .map(|g| {
            let ids: Vec<&str> = g.items.iter().map(|p| p.id.as_str()).collect();
            format!("{}-{:02}: {}", g.year, g.month, ids.join(" "))
        })
        .collect()
}

#[test]
fn agenda_splits_at_the_end_of_each_appointment_and_groups_by_month() {
    use AppointmentKind::*;
    let mut doc = Document::new();
    let t0 = Instant(0);
    for (id, a) in [
        ("jan", appt(FollowUp, "2027-01-04 10:00", 30)),
        ("dec2", appt(Ketamine, "2026-12-03 09:00", 40)),
        ("now", appt(Ketamine, "2026-12-01 09:00", 40)),
        ("dec1", appt(Psychotherapy, "2026-12-02 15:00", 50)),
        ("nov", appt(Ketamine, "2026-11-27 09:00", 40)),
        ("early", appt(Ketamine, "2026-12-01 08:00", 40)),
        ("gone", appt(Ketamine, "2026-11-30 09:00", 40)),
    ] {
        doc.put(rid(id), a, t0);
    }
    doc.delete::<Appointment>(&rid("gone"), t0);
    let live = doc.live::<Appointment>().map(|(m, a)| (&m.id, a));
    // 09:20: "now" is in progress, "early" ended at 08:40.
    let agenda = Agenda::of(live, at("2026-12-01 09:20"), &UTC);
    assert_eq!(
        months(&agenda.upcoming),
        ["2026-12: now dec1 dec2", "2027-01: jan"]
    );
    assert_eq!(months(&agenda.past), ["2026-12: early", "2026-11: nov"]);
    assert_eq!((agenda.upcoming_count(), agenda.past_count()), (4, 2));
    let first = agenda.upcoming().next().unwrap();
    assert_eq!(
        (first.start, first.end),
        (at("2026-12-01 09:00"), at("2026-12-01 09:40"))
    );
    // At the very end it is past.
    let live = doc.live::<Appointment>().map(|(m, a)| (&m.id, a));
    let agenda = Agenda::of(live, at("2026-12-01 09:40"), &UTC);
    assert_eq!(agenda.upcoming().next().unwrap().id, rid("dec1"));
}

#[test]
fn agenda_reads_wall_times_in_the_phone_zone() {
    let zone = UsDstZone::EASTERN;
    let a = appt(AppointmentKind::Ketamine, "2026-11-02 09:00", 60);
    let id = rid("a");
    // 09:30 New York is 14:30 UTC after the change back to standard time.
    let agenda = Agenda::of([(&id, &a)], at("2026-11-02 14:30"), &zone);
    assert_eq!(agenda.upcoming_count(), 1);
    assert_eq!(
        agenda.upcoming().next().unwrap().start,
        at_in(&zone, "2026-11-02 09:00")
    );
}

#[test]
fn countdown_rounds_down_to_a_readable_unit() {
    let cases = [
        (-5, Countdown::Now),
        (0, Countdown::Now),
        (1, Countdown::Minutes(1)),
        (59, Countdown::Minutes(59)),
        (
            60,
            Countdown::Hours {
                hours: 1,
                minutes: 0,
            },
        ),
        (
            23 * 60 + 59,
            Countdown::Hours {
                hours: 23,
                minutes: 59,
            },
        ),
        (24 * 60, Countdown::Days { days: 1, hours: 0 }),
        (
            3 * 24 * 60 + 5 * 60 + 59,
            Countdown::Days { days: 3, hours: 5 },
        ),
    ];
    for (minutes, want) in cases {
        assert_eq!(Countdown::from_minutes(minutes), want, "{minutes}");
    }
}

#[test]
fn relative_days_count_calendar_days() {
    let today = d("2026-12-31");
    let cases = [
        ("2026-12-31", RelativeDay::Today),
        ("2027-01-01", RelativeDay::Tomorrow),
        ("2026-12-30", RelativeDay::Yesterday),
        ("2027-01-05", RelativeDay::InDays(5)),
        ("2026-12-24", RelativeDay::DaysAgo(7)),
    ];
    for (date, want) in cases {
        assert_eq!(RelativeDay::between(today, d(date)), want, "{date}");
    }
}

#[test]
fn due_groups_put_the_next_appointment_first_then_now_overdue_and_missed() {
    let check_in = |slot, overdue| DueItem::CheckIn {
        session: rid("s"),
        slot,
        due_at: Instant(0),
        overdue,
    };
    let q = |kind, overdue_days| DueItem::Questionnaire { kind, overdue_days };
    let missed = DueItem::MissedSession {
        appointment: rid("m"),
        date: d("2026-11-28"),
    };
    let prepare = DueItem::PrepareChecklist {
        appointment: rid("p"),
        at: Instant(5),
    };
    let items = vec![
        check_in(CheckInSlot::OneHour, false),
        check_in(CheckInSlot::RightAfter, true),
        prepare.clone(),
        DueItem::NextAppointment {
            id: rid("p"),
            at: Instant(5),
            minutes_until: 90,
        },
        missed.clone(),
        q(ScaleKind::Phq9, 3),
        q(ScaleKind::Gad7, 0),
        DueItem::Backup { days_since: None },
    ];
    let g = DueGroups::of(items);
    assert_eq!(
        g.next,
        Some(NextUp {
            id: rid("p"),
            at: Instant(5),
            countdown: Countdown::Hours {
                hours: 1,
                minutes: 30
            },
        })
    );
    assert_eq!(
        g.now,
        [
            check_in(CheckInSlot::OneHour, false),
            prepare,
            q(ScaleKind::Gad7, 0),
            DueItem::Backup { days_since: None },
        ]
    );
    assert_eq!(
        g.overdue,
        [
            check_in(CheckInSlot::RightAfter, true),
            q(ScaleKind::Phq9, 3)
        ]
    );
    assert_eq!(g.missed, [missed]);
    assert!(!g.is_empty());
    assert!(DueGroups::of(vec![]).is_empty());
}

#[test]
fn unbacked_data_is_any_record_changed_after_the_last_backup() {
    let mood = Mood {
        at: Instant(0),
        score: 5,
        word: String::new(),
    };
    let with_mood_at = |ms: i64| {
        let mut doc = Document::new();
        doc.put(rid("m"), mood.clone(), Instant(ms));
        doc
    };
    let settings_only = {
        let mut doc = Document::new();
        doc.set_settings(Settings::default(), Instant(500));
        doc
    };
    let deleted_after = {
        let mut doc = with_mood_at(100);
        doc.delete::<Mood>(&rid("m"), Instant(300));
        doc
    };
    let cases = [
        ("empty: nothing to back up", Document::new(), None, false),
        ("only settings", settings_only.clone(), None, false),
        ("settings changed after", settings_only, Some(100), false),
        ("never backed up", with_mood_at(100), None, true),
        ("backed up after", with_mood_at(100), Some(200), false),
        (
            "backed up at the same instant",
            with_mood_at(100),
            Some(100),
            false,
        ),
        (
            "changed after the backup",
            with_mood_at(300),
            Some(200),
            true,
        ),
        ("a delete after the backup", deleted_after, Some(200), true),
    ];
    for (name, doc, backup, want) in cases {
        assert_eq!(has_unbacked_data(&doc, backup.map(Instant)), want, "{name}");
    }
}

#[test]
fn due_now_reads_the_whole_document() {
    let mut doc = Document::new();
    let t0 = at("2026-11-01 09:00");
    doc.put(
        rid("k"),
        appt(AppointmentKind::Ketamine, "2026-12-02 09:00", 40),
        t0,
    );
    let settings = Settings {
        questionnaire_days_course: 0,
        last_backup: Some(t0),
        ..Settings::default()
    };
    doc.set_settings(settings, t0);
    let now = at("2026-12-01 08:00");
    let g = due_now(&doc, None, now, &UTC);
    // The time kept outside the document (this version) counts as the settings' one did.
    let mut without = doc.clone();
    without.set_settings(
        Settings {
            last_backup: None,
            ..without.settings()
        },
        t0,
    );
    assert_eq!(due_now(&without, Some(t0), now, &UTC), g);
    assert_eq!(
        g.next.as_ref().map(|n| n.countdown),
        Some(Countdown::Days { days: 1, hours: 1 })
    );
    // Preparation is due (the session is within 72 h); the backup covers the appointment.
    assert_eq!(
        g.now,
        [DueItem::PrepareChecklist {
            appointment: rid("k"),
            at: at("2026-12-02 09:00")
        }]
    );
    // A change after the backup, and the reminder interval has passed: a backup is due.
    doc.put(
        rid("k"),
        appt(AppointmentKind::Ketamine, "2026-12-02 10:00", 40),
        Instant(t0.0 + MS_PER_DAY),
    );
    let g = due_now(&doc, None, now, &UTC);
    assert_eq!(
        g.now.last(),
        Some(&DueItem::Backup {
            days_since: Some(30)
        })
    );
    assert!(g.overdue.is_empty() && g.missed.is_empty());
}
