use super::*;
use crate::domain::core::model::{AppointmentKind, Checklist, DoseRoute};
use crate::domain::core::time::{FixedZone, UsDstZone};
use crate::domain::plan::due::DueItem;
use crate::domain::prepare::next_session::checklist_id;
use crate::domain::prepare::preparation::BuiltinItem;

// 2026-12-04 is a Friday.
const UTC: FixedZone = FixedZone(0);

fn local(s: &str) -> LocalDateTime {
    let (d, t) = s.split_once(' ').expect("date and time");
    LocalDateTime::new(
        Date::parse(d).expect("date"),
        TimeOfDay::parse(t).expect("time"),
    )
}

fn rules(solid: Option<f32>, clear: Option<f32>) -> Settings {
    Settings {
        fasting_solid_hours: solid,
        fasting_clear_hours: clear,
        ..Settings::default()
    }
}

/// A small world: dosing appointments (id, start), recorded sessions (id, start, end, linked
/// appointment) and finished check-ins (session, slot).
#[derive(Default)]
struct World<'a> {
    planned: Vec<(&'a str, &'a str)>,
    sessions: Vec<(&'a str, &'a str, &'a str, Option<&'a str>)>,
    check_ins: Vec<(&'a str, CheckInSlot)>,
    ticked: Vec<(&'a str, Vec<&'static str>)>,
}

impl World<'_> {
    fn doc(&self) -> Document {
        let mut doc = Document::new();
        for (id, when) in &self.planned {
            let at = local(when);
            let a = Appointment {
                kind: AppointmentKind::Ketamine,
                date: at.date,
                time: at.time,
                minutes: 60,
                place: String::new(),
                notes: String::new(),
            };
            doc.put(RecordId((*id).into()), a, Instant(0));
        }
        for (id, start, end, linked) in &self.sessions {
            let s = local(start);
            let session = Session {
                appointment: linked.map(|l| RecordId(l.into())),
                ..Session::new(s.date, s.time, TimeOfDay::parse(end), DoseRoute::Iv)
            };
            doc.put(RecordId((*id).into()), session, Instant(0));
        }
        for (i, (session, slot)) in self.check_ins.iter().enumerate() {
            let c = CheckIn {
                draft: false,
                ..CheckIn::blank(Some(RecordId((*session).into())), Instant(0), *slot)
            };
            doc.put(RecordId(format!("c{i}")), c, Instant(0));
        }
        for (appointment, keys) in &self.ticked {
            let id = RecordId((*appointment).into());
            let c = Checklist {
                appointment: id.clone(),
                done: keys.iter().map(|k| k.to_string()).collect(),
                support_name: "Sam".into(),
                support_phone: "555 123 4567".into(),
            };
            doc.put(checklist_id(&id), c, Instant(0));
        }
        doc
    }
}

/// An action in words, with its local time, so the table reads like the screen.
fn said(act: &Act, zone: &dyn Zone) -> String {
    let t = |at: &Instant| {
        let l = zone.to_local(*at);
        format!("{} {}", l.date, l.time)
    };
    match act {
        Act::Checklist { left } => format!("checklist {left} left"),
        Act::EnterClinicRules => "enter clinic rules".into(),
        Act::StopSolids { at } => format!("stop solids {}", t(at)),
        Act::StopClearLiquids { at } => format!("stop clear {}", t(at)),
        Act::NothingByMouth { until } => format!("nothing by mouth until {}", t(until)),
        Act::Leave { arrive_by } => format!("arrive by {}", t(arrive_by)),
        Act::SupportGuide => "support guide".into(),
        Act::RecordSession { appointment } => format!("record {}", appointment.0),
        Act::CheckIn { session, slot } => format!("check in {} {slot:?}", session.0),
        Act::CheckInNow => "check in now".into(),
        Act::NextCheckIn { slot, at } => format!("next check-in {slot:?} {}", t(at)),
        Act::DidItHappen { appointment, date } => format!("did {} on {date} happen", appointment.0),
    }
}

struct Case<'a> {
    name: &'a str,
    world: World<'a>,
    settings: Settings,
    zone: &'a dyn Zone,
    now: &'a str,
    phase: Phase,
    acts: &'a [&'a str],
}

fn check(cases: Vec<Case>) {
    for c in cases {
        let doc = c.world.doc();
        let now = c.zone.to_instant(local(c.now));
        let got = day(&doc, &c.settings, now, c.zone);
        let acts: Vec<String> = got.acts.iter().map(|a| said(a, c.zone)).collect();
        assert_eq!(got.phase, c.phase, "{}: phase", c.name);
        assert_eq!(acts, c.acts, "{}: actions", c.name);
        assert!(got.acts.len() <= 2, "{}: at most two actions", c.name);
    }
}

fn friday() -> World<'static> {
    World {
        planned: vec![("fri", "2026-12-04 09:30")],
        ..World::default()
    }
}

fn friday_recorded() -> World<'static> {
    World {
        sessions: vec![("s1", "2026-12-04 09:30", "10:30", Some("fri"))],
        ..friday()
    }
}

#[test]
fn the_session_day_from_the_evening_before_to_the_day_after() {
    let both = rules(Some(6.0), Some(2.0));
    let clear_only = rules(None, Some(2.0));
    check(vec![
        Case {
            name: "Thursday noon is still the quiet weeks",
            world: friday(),
            settings: both.clone(),
            zone: &UTC,
            now: "2026-12-03 12:00",
            phase: Phase::Quiet,
            acts: &[],
        },
        Case {
            name: "the evening before: checklist, then when to stop eating",
            world: friday(),
            settings: both.clone(),
            zone: &UTC,
            now: "2026-12-03 20:00",
            phase: Phase::EveningBefore,
            acts: &["checklist 6 left", "stop solids 2026-12-04 03:30"],
        },
        Case {
            name: "07:00 with a 2 h clear-liquid rule: stop clear liquids at 07:30 first",
            world: friday(),
            settings: clear_only.clone(),
            zone: &UTC,
            now: "2026-12-04 07:00",
            phase: Phase::SessionToday,
            acts: &["stop clear 2026-12-04 07:30", "checklist 6 left"],
        },
        Case {
            name: "solids stopped: fasting, clear liquids until 07:30",
            world: friday(),
            settings: both.clone(),
            zone: &UTC,
            now: "2026-12-04 07:00",
            phase: Phase::Fasting,
            acts: &["stop clear 2026-12-04 07:30", "arrive by 2026-12-04 09:15"],
        },
        Case {
            name: "both fasting times passed: nothing by mouth",
            world: friday(),
            settings: both.clone(),
            zone: &UTC,
            now: "2026-12-04 07:45",
            phase: Phase::Fasting,
            acts: &[
                "nothing by mouth until 2026-12-04 09:30",
                "arrive by 2026-12-04 09:15",
            ],
        },
        Case {
            name: "an hour before arriving: leave for the clinic",
            world: friday(),
            settings: both.clone(),
            zone: &UTC,
            now: "2026-12-04 08:15",
            phase: Phase::Leaving,
            acts: &["arrive by 2026-12-04 09:15", "checklist 6 left"],
        },
        Case {
            name: "in session, not recorded yet",
            world: friday(),
            settings: both.clone(),
            zone: &UTC,
            now: "2026-12-04 09:40",
            phase: Phase::InSession,
            acts: &["support guide"],
        },
        Case {
            name: "after the session time and not recorded: record it, check in",
            world: friday(),
            settings: both.clone(),
            zone: &UTC,
            now: "2026-12-04 10:45",
            phase: Phase::FirstHours,
            acts: &["record fri", "check in now"],
        },
        Case {
            name: "recorded, right after",
            world: friday_recorded(),
            settings: both.clone(),
            zone: &UTC,
            now: "2026-12-04 10:45",
            phase: Phase::FirstHours,
            acts: &["check in s1 RightAfter", "support guide"],
        },
        Case {
            name: "one hour after",
            world: friday_recorded(),
            settings: both.clone(),
            zone: &UTC,
            now: "2026-12-04 11:35",
            phase: Phase::FirstHours,
            acts: &["check in s1 OneHour", "support guide"],
        },
        Case {
            name: "check-in done: when the next one is",
            world: World {
                check_ins: vec![("s1", CheckInSlot::RightAfter)],
                ..friday_recorded()
            },
            settings: both.clone(),
            zone: &UTC,
            now: "2026-12-04 10:50",
            phase: Phase::FirstHours,
            acts: &["next check-in OneHour 2026-12-04 11:30", "support guide"],
        },
        Case {
            name: "late evening is still the first hours",
            world: friday_recorded(),
            settings: both.clone(),
            zone: &UTC,
            now: "2026-12-04 23:30",
            phase: Phase::FirstHours,
            acts: &["check in s1 Evening", "support guide"],
        },
        Case {
            name: "the next day, before the morning check-in",
            world: friday_recorded(),
            settings: both.clone(),
            zone: &UTC,
            now: "2026-12-05 07:00",
            phase: Phase::NextDay,
            acts: &["next check-in NextMorning 2026-12-05 09:00"],
        },
        Case {
            name: "the next day, morning check-in due",
            world: friday_recorded(),
            settings: both.clone(),
            zone: &UTC,
            now: "2026-12-05 10:00",
            phase: Phase::NextDay,
            acts: &["check in s1 NextMorning"],
        },
        Case {
            name: "the next day, morning check-in done",
            world: World {
                check_ins: vec![("s1", CheckInSlot::NextMorning)],
                ..friday_recorded()
            },
            settings: both.clone(),
            zone: &UTC,
            now: "2026-12-05 10:00",
            phase: Phase::NextDay,
            acts: &["check in s1 AnyTime"],
        },
        Case {
            name: "two days later, recorded: quiet",
            world: friday_recorded(),
            settings: both.clone(),
            zone: &UTC,
            now: "2026-12-06 10:00",
            phase: Phase::Quiet,
            acts: &[],
        },
        Case {
            name: "never recorded: did Friday's session happen?",
            world: friday(),
            settings: both.clone(),
            zone: &UTC,
            now: "2026-12-05 10:00",
            phase: Phase::Missed,
            acts: &["did fri on 2026-12-04 happen"],
        },
        Case {
            name: "a session recorded on the day without the link still counts",
            world: World {
                sessions: vec![("s1", "2026-12-04 09:40", "10:40", None)],
                ..friday()
            },
            settings: both.clone(),
            zone: &UTC,
            now: "2026-12-05 10:00",
            phase: Phase::NextDay,
            acts: &["check in s1 NextMorning"],
        },
        Case {
            name: "asked for a week, then no longer",
            world: friday(),
            settings: both.clone(),
            zone: &UTC,
            now: "2026-12-12 10:00",
            phase: Phase::Quiet,
            acts: &[],
        },
        Case {
            name: "everything ticked: the evening before is only the fasting time",
            world: World {
                ticked: vec![("fri", BuiltinItem::ALL.iter().map(|b| b.key()).collect())],
                ..friday()
            },
            settings: both,
            zone: &UTC,
            now: "2026-12-03 20:00",
            phase: Phase::EveningBefore,
            acts: &["stop solids 2026-12-04 03:30"],
        },
    ]);
}

#[test]
fn no_clinic_rules_midnight_dst_and_two_sessions_a_week() {
    let none = Settings::default();
    let eight = rules(Some(8.0), Some(2.0));
    let east = UsDstZone::EASTERN;
    check(vec![
        Case {
            name: "no clinic rules: the evening before asks for them",
            world: friday(),
            settings: none.clone(),
            zone: &UTC,
            now: "2026-12-03 20:00",
            phase: Phase::EveningBefore,
            acts: &["checklist 5 left", "enter clinic rules"],
        },
        Case {
            name: "no clinic rules: the morning of is about leaving on time",
            world: friday(),
            settings: none.clone(),
            zone: &UTC,
            now: "2026-12-04 07:00",
            phase: Phase::SessionToday,
            acts: &["arrive by 2026-12-04 09:15", "checklist 5 left"],
        },
        Case {
            name: "a session just after midnight: fasting starts the evening before",
            world: World {
                planned: vec![("sat", "2026-12-05 00:30")],
                ..World::default()
            },
            settings: rules(Some(6.0), None),
            zone: &UTC,
            now: "2026-12-04 19:00",
            phase: Phase::Fasting,
            acts: &[
                "nothing by mouth until 2026-12-05 00:30",
                "arrive by 2026-12-05 00:15",
            ],
        },
        Case {
            name: "a session just after midnight: leaving before midnight",
            world: World {
                planned: vec![("sat", "2026-12-05 00:30")],
                ..World::default()
            },
            settings: rules(Some(6.0), None),
            zone: &UTC,
            now: "2026-12-04 23:20",
            phase: Phase::Leaving,
            acts: &["arrive by 2026-12-05 00:15", "checklist 6 left"],
        },
        Case {
            name: "spring forward: 8 real hours before 09:00 EDT is midnight",
            world: World {
                planned: vec![("sun", "2026-03-08 09:00")],
                ..World::default()
            },
            settings: eight.clone(),
            zone: &east,
            now: "2026-03-07 23:30",
            phase: Phase::EveningBefore,
            acts: &["checklist 6 left", "stop solids 2026-03-08 00:00"],
        },
        Case {
            name: "spring forward: fasting after midnight",
            world: World {
                planned: vec![("sun", "2026-03-08 09:00")],
                ..World::default()
            },
            settings: eight.clone(),
            zone: &east,
            now: "2026-03-08 03:30",
            phase: Phase::Fasting,
            acts: &["stop clear 2026-03-08 07:00", "arrive by 2026-03-08 08:45"],
        },
        Case {
            name: "fall back: the first hours end at local midnight",
            world: World {
                planned: vec![("sun", "2026-11-01 09:00")],
                sessions: vec![("s1", "2026-11-01 09:00", "10:00", Some("sun"))],
                ..World::default()
            },
            settings: eight.clone(),
            zone: &east,
            now: "2026-11-01 23:59",
            phase: Phase::FirstHours,
            acts: &["check in s1 Evening", "support guide"],
        },
        Case {
            name: "Monday and Thursday: Tuesday is the day after Monday",
            world: World {
                planned: vec![("mon", "2026-11-30 09:30"), ("thu", "2026-12-03 09:30")],
                sessions: vec![("s1", "2026-11-30 09:30", "10:30", Some("mon"))],
                ..World::default()
            },
            settings: eight.clone(),
            zone: &UTC,
            now: "2026-12-01 10:00",
            phase: Phase::NextDay,
            acts: &["check in s1 NextMorning"],
        },
        Case {
            name: "Monday and Thursday: Wednesday evening is the evening before Thursday",
            world: World {
                planned: vec![("mon", "2026-11-30 09:30"), ("thu", "2026-12-03 09:30")],
                sessions: vec![("s1", "2026-11-30 09:30", "10:30", Some("mon"))],
                ..World::default()
            },
            settings: eight.clone(),
            zone: &UTC,
            now: "2026-12-02 20:00",
            phase: Phase::EveningBefore,
            acts: &["checklist 6 left", "stop solids 2026-12-03 01:30"],
        },
        Case {
            name: "Monday and Tuesday: fasting for Tuesday comes before Monday's next day",
            world: World {
                planned: vec![("mon", "2026-11-30 09:30"), ("tue", "2026-12-01 09:30")],
                sessions: vec![("s1", "2026-11-30 09:30", "10:30", Some("mon"))],
                ..World::default()
            },
            settings: eight,
            zone: &UTC,
            now: "2026-12-01 07:00",
            phase: Phase::Fasting,
            acts: &["stop clear 2026-12-01 07:30", "arrive by 2026-12-01 09:15"],
        },
        Case {
            name: "a missed Friday and a session on Monday: Sunday evening is about Monday",
            world: World {
                planned: vec![("fri", "2026-12-04 09:30"), ("mon", "2026-12-07 09:30")],
                ..World::default()
            },
            settings: none,
            zone: &UTC,
            now: "2026-12-06 20:00",
            phase: Phase::EveningBefore,
            acts: &["checklist 5 left", "enter clinic rules"],
        },
    ]);
}

#[test]
fn the_top_card_and_the_due_list_never_show_one_thing_twice() {
    let doc = friday().doc();
    let settings = rules(Some(6.0), Some(2.0));
    let now = UTC.to_instant(local("2026-12-03 20:00"));
    let today = day(&doc, &settings, now, &UTC);
    let fri = RecordId("fri".into());
    let other = RecordId("other".into());
    let at = Instant(0);
    let cases = [
        (
            DueItem::PrepareChecklist {
                appointment: fri.clone(),
                at,
            },
            true,
        ),
        (
            DueItem::NextAppointment {
                id: fri.clone(),
                at,
                minutes_until: 1,
            },
            true,
        ),
        (
            DueItem::NextAppointment {
                id: other,
                at,
                minutes_until: 1,
            },
            false,
        ),
        (
            DueItem::Questionnaire {
                kind: crate::domain::core::model::ScaleKind::Phq9,
                overdue_days: 0,
            },
            false,
        ),
    ];
    for (item, covered) in cases {
        assert_eq!(today.covers(&item), covered, "{item:?}");
    }
    let after = friday_recorded().doc();
    let now = UTC.to_instant(local("2026-12-04 10:45"));
    let first_hours = day(&after, &settings, now, &UTC);
    let check_in = |slot| DueItem::CheckIn {
        session: RecordId("s1".into()),
        slot,
        due_at: at,
        overdue: false,
    };
    assert!(first_hours.covers(&check_in(CheckInSlot::RightAfter)));
    assert!(!first_hours.covers(&check_in(CheckInSlot::OneHour)));
    assert!(!Day::quiet().covers(&check_in(CheckInSlot::RightAfter)));
}

#[test]
fn the_record_form_starts_from_the_planned_session_not_yet_recorded() {
    let two = World {
        planned: vec![("mon", "2026-11-30 09:30"), ("fri", "2026-12-04 14:00")],
        ..World::default()
    };
    let cases = [
        ("before any session", "2026-11-30 09:00", None),
        ("Monday's has started", "2026-11-30 09:31", Some("mon")),
        (
            "the latest that has started",
            "2026-12-04 15:00",
            Some("fri"),
        ),
        ("a week and a day later: none", "2026-12-13 09:00", None),
    ];
    for (name, now, want) in cases {
        let got = to_record(&two.doc(), UTC.to_instant(local(now)), &UTC);
        assert_eq!(got.as_ref().map(|(id, _)| id.as_str()), want, "{name}");
    }
    let recorded = World {
        sessions: vec![("s1", "2026-12-04 14:10", "15:00", None)],
        ..two
    };
    let got = to_record(
        &recorded.doc(),
        UTC.to_instant(local("2026-12-04 16:00")),
        &UTC,
    );
    assert_eq!(
        got.map(|(id, _)| id.0),
        Some("mon".into()),
        "Friday is recorded"
    );
}
