use super::*;
use crate::domain::core::time::{Date, FixedZone, TimeOfDay, UsDstZone};
use BuiltinItem::*;
use StepKind::*;

fn at(date: &str, time: &str) -> LocalDateTime {
    LocalDateTime::new(
        Date::parse(date).expect("test date"),
        TimeOfDay::parse(time).expect("test time"),
    )
}

fn clinic(solid: Option<f32>, clear: Option<f32>) -> Settings {
    Settings {
        fasting_solid_hours: solid,
        fasting_clear_hours: clear,
        ..Settings::default()
    }
}

fn keys(items: &[ItemKey]) -> Vec<String> {
    items.iter().map(ItemKey::to_string).collect()
}

#[test]
fn fasting_item_only_with_a_clinic_rule() {
    let without = keys(&items(&clinic(None, None)));
    assert_eq!(
        without,
        [
            "no_alcohol_or_drugs",
            "medicines_question",
            "support_person",
            "what_to_bring",
            "comfortable_clothes"
        ]
    );
    assert_eq!(
        items(&clinic(Some(0.0), None)).len(),
        without.len(),
        "0 h is no rule"
    );
    for rule in [clinic(Some(6.0), None), clinic(None, Some(2.0))] {
        assert_eq!(items(&rule)[0], ItemKey::Builtin(Fasting));
    }
}

#[test]
fn extra_items_and_hiding() {
    let settings = Settings {
        extra_checklist_items: vec![
            " Headphones ".into(),
            "".into(),
            "Headphones".into(),
            "Eye mask".into(),
        ],
        hidden_checklist_items: vec![
            "comfortable_clothes".into(),
            "extra:Eye mask".into(),
            // Safety items stay however the setting reads.
            "support_person".into(),
            "no_alcohol_or_drugs".into(),
            "medicines_question".into(),
        ],
        ..Settings::default()
    };
    assert_eq!(
        keys(&items(&settings)),
        [
            "no_alcohol_or_drugs",
            "medicines_question",
            "support_person",
            "what_to_bring",
            "extra:Headphones"
        ]
    );
}

#[test]
fn no_alcohol_can_be_ticked_only_once_it_applies() {
    let zone = FixedZone(0);
    let session = SessionTime {
        start: at("2026-12-04", "09:30"),
        minutes: 60,
    };
    let none_before = Settings {
        no_alcohol_before_hours: 0,
        ..Settings::default()
    };
    let alcohol = ItemKey::Builtin(NoAlcoholOrDrugs);
    let clothes = ItemKey::Builtin(ComfortableClothes);
    let cases = [
        (
            "a day and a minute before",
            &alcohol,
            Settings::default(),
            "2026-12-03 09:29",
            false,
        ),
        (
            "exactly 24 h before",
            &alcohol,
            Settings::default(),
            "2026-12-03 09:30",
            true,
        ),
        (
            "the evening before",
            &alcohol,
            Settings::default(),
            "2026-12-03 20:00",
            true,
        ),
        (
            "no rule before: any time",
            &alcohol,
            none_before,
            "2026-11-01 09:00",
            true,
        ),
        (
            "other items any time",
            &clothes,
            Settings::default(),
            "2026-11-01 09:00",
            true,
        ),
    ];
    for (name, item, settings, now, want) in cases {
        let steps = timeline(session, &settings, &zone);
        let (d, t) = now.split_once(' ').unwrap();
        let now = zone.to_instant(at(d, t));
        assert_eq!(can_tick(item, &steps, now), want, "{name}");
    }
}

#[test]
fn keys_round_trip() {
    for b in BuiltinItem::ALL {
        assert_eq!(ItemKey::parse(b.key()), Some(ItemKey::Builtin(b)));
    }
    let extra = ItemKey::Extra("Bring: music".into());
    assert_eq!(ItemKey::parse(&extra.to_string()), Some(extra));
    assert_eq!(ItemKey::parse("no_such_item"), None);
}

/// (case, zone, session start, minutes, solid h, clear h, expected local times by kind)
type TimelineCase<'a> = (
    &'a str,
    &'a dyn Zone,
    LocalDateTime,
    u16,
    Option<f32>,
    Option<f32>,
    Vec<(StepKind, LocalDateTime)>,
);

#[test]
fn timeline_is_exact_across_midnight_and_dst() {
    let east = UsDstZone::EASTERN;
    let cases: Vec<TimelineCase> = vec![
        (
            "across midnight",
            &east,
            at("2026-05-12", "07:30"),
            60,
            Some(8.0),
            Some(2.0),
            vec![
                (NoAlcoholFrom, at("2026-05-11", "07:30")),
                (StopSolidFood, at("2026-05-11", "23:30")),
                (StopClearLiquids, at("2026-05-12", "05:30")),
                (Arrive, at("2026-05-12", "07:15")),
                (SessionStart, at("2026-05-12", "07:30")),
                (NoAlcoholUntil, at("2026-05-13", "08:30")),
            ],
        ),
        (
            "arrival before midnight",
            &FixedZone(60),
            at("2026-01-01", "00:10"),
            0,
            Some(1.5),
            None,
            vec![
                (NoAlcoholFrom, at("2025-12-31", "00:10")),
                (StopSolidFood, at("2025-12-31", "22:40")),
                (Arrive, at("2025-12-31", "23:55")),
                (SessionStart, at("2026-01-01", "00:10")),
                (NoAlcoholUntil, at("2026-01-02", "00:10")),
            ],
        ),
        // Clocks go forward at 02:00: 8 real hours before 09:00 EDT is midnight EST, and
        // 24 hours before is 08:00 the day before.
        (
            "spring forward",
            &east,
            at("2026-03-08", "09:00"),
            60,
            Some(8.0),
            Some(2.0),
            vec![
                (NoAlcoholFrom, at("2026-03-07", "08:00")),
                (StopSolidFood, at("2026-03-08", "00:00")),
                (StopClearLiquids, at("2026-03-08", "07:00")),
                (Arrive, at("2026-03-08", "08:45")),
                (SessionStart, at("2026-03-08", "09:00")),
                (NoAlcoholUntil, at("2026-03-09", "10:00")),
            ],
        ),
        // A start time inside the skipped hour is read as the same minutes after it.
        (
            "start in the gap",
            &east,
            at("2026-03-08", "02:30"),
            0,
            Some(6.0),
            None,
            vec![
                (NoAlcoholFrom, at("2026-03-07", "02:30")),
                (StopSolidFood, at("2026-03-07", "20:30")),
                (Arrive, at("2026-03-08", "03:15")),
                (SessionStart, at("2026-03-08", "03:30")),
                (NoAlcoholUntil, at("2026-03-09", "03:30")),
            ],
        ),
        // Clocks go back at 02:00: 24 real hours before 09:00 EST is 10:00 EDT.
        (
            "fall back",
            &east,
            at("2026-11-01", "09:00"),
            45,
            Some(8.0),
            Some(2.0),
            vec![
                (NoAlcoholFrom, at("2026-10-31", "10:00")),
                (StopSolidFood, at("2026-11-01", "01:00")),
                (StopClearLiquids, at("2026-11-01", "07:00")),
                (Arrive, at("2026-11-01", "08:45")),
                (SessionStart, at("2026-11-01", "09:00")),
                (NoAlcoholUntil, at("2026-11-02", "09:45")),
            ],
        ),
    ];
    for (name, zone, start, minutes, solid, clear, want) in cases {
        let session = SessionTime { start, minutes };
        let got: Vec<(StepKind, LocalDateTime)> = timeline(session, &clinic(solid, clear), zone)
            .into_iter()
            .map(|s| (s.kind, s.at))
            .collect();
        assert_eq!(got, want, "{name}");
    }
}

#[test]
fn fasting_counts_real_hours_over_the_change() {
    let east = UsDstZone::EASTERN;
    let session = SessionTime {
        start: at("2026-03-08", "09:00"),
        minutes: 0,
    };
    let steps = timeline(session, &clinic(Some(8.0), None), &east);
    let solid = steps
        .iter()
        .find(|s| s.kind == StopSolidFood)
        .expect("solid step");
    let start = steps
        .iter()
        .find(|s| s.kind == SessionStart)
        .expect("start");
    assert_eq!(start.instant.minutes_since(solid.instant), 8 * 60);
}

fn all_done(settings: &Settings) -> Checklist {
    Checklist {
        done: items(settings).iter().map(ItemKey::to_string).collect(),
        support_name: "Sam".into(),
        support_phone: "555 010 0199".into(),
        ..Checklist::default()
    }
}

#[test]
fn readiness_lists_what_is_left() {
    let settings = Settings {
        extra_checklist_items: vec!["Headphones".into()],
        ..clinic(Some(6.0), None)
    };
    let session = SessionTime {
        start: at("2026-06-10", "09:00"),
        minutes: 60,
    };
    let now = FixedZone(0).to_instant(at("2026-06-09", "09:00"));
    let check = |c: &Checklist| readiness(c, &settings, session, now, &FixedZone(0)).status;

    let mut stale = all_done(&settings);
    stale.done.push("extra:Removed item".into());
    assert_eq!(check(&stale), ReadyStatus::Ready);

    assert_eq!(
        check(&Checklist::default()),
        ReadyStatus::Left(items(&settings))
    );

    type Edit = fn(&mut Checklist);
    let cases: &[(&str, Edit, Vec<ItemKey>)] = &[
        (
            "no name",
            |c| c.support_name = " ".into(),
            vec![ItemKey::Builtin(SupportPerson)],
        ),
        (
            "bad phone",
            |c| c.support_phone = "911".into(),
            vec![ItemKey::Builtin(SupportPerson)],
        ),
        (
            "not confirmed",
            |c| c.done.retain(|k| k != "support_person"),
            vec![ItemKey::Builtin(SupportPerson)],
        ),
        (
            "extra not ticked",
            |c| c.done.retain(|k| k != "extra:Headphones"),
            vec![ItemKey::Extra("Headphones".into())],
        ),
        (
            "fasting not ticked",
            |c| c.done.retain(|k| k != "fasting"),
            vec![ItemKey::Builtin(Fasting)],
        ),
    ];
    for (name, edit, left) in cases {
        let mut c = all_done(&settings);
        edit(&mut c);
        assert_eq!(check(&c), ReadyStatus::Left(left.clone()), "{name}");
    }
}

#[test]
fn support_gaps_say_what_is_missing() {
    let c = Checklist {
        support_phone: "12".into(),
        ..Checklist::default()
    };
    assert_eq!(
        support_gaps(&c),
        [SupportGap::Name, SupportGap::Phone, SupportGap::Confirmed]
    );
}

#[test]
fn next_step_and_countdowns() {
    let east = UsDstZone::EASTERN;
    let settings = clinic(Some(8.0), Some(2.0));
    let session = SessionTime {
        start: at("2026-03-08", "09:00"),
        minutes: 60,
    };
    // The next step, its local time and the countdown to it.
    type Next = Option<(StepKind, LocalDateTime, i64)>;
    let cases: &[(&str, Instant, Next, i64)] = &[
        // 22:00 EST to 09:00 EDT is 10 real hours, not 11.
        (
            "night before, over the change",
            east.to_instant(at("2026-03-07", "22:00")),
            Some((StopSolidFood, at("2026-03-08", "00:00"), 120)),
            600,
        ),
        (
            "half a minute before a step rounds up",
            Instant(east.to_instant(at("2026-03-08", "07:00")).0 - 30_000),
            Some((StopClearLiquids, at("2026-03-08", "07:00"), 1)),
            121,
        ),
        (
            "at a step, the next one is shown",
            east.to_instant(at("2026-03-08", "08:45")),
            Some((SessionStart, at("2026-03-08", "09:00"), 15)),
            15,
        ),
        (
            "after the session",
            east.to_instant(at("2026-03-08", "11:00")),
            Some((NoAlcoholUntil, at("2026-03-09", "10:00"), 23 * 60)),
            -120,
        ),
        (
            "all over",
            east.to_instant(at("2026-03-09", "10:00")),
            None,
            -25 * 60,
        ),
    ];
    for (name, now, next, to_start) in cases {
        let r = readiness(&all_done(&settings), &settings, session, *now, &east);
        let got = r
            .next_step
            .zip(r.countdown_minutes)
            .map(|(s, m)| (s.kind, s.at, m));
        assert_eq!(got, *next, "{name}");
        assert_eq!(
            r.countdown_minutes.is_some(),
            r.next_step.is_some(),
            "{name}"
        );
        assert_eq!(r.minutes_to_start, *to_start, "{name}");
    }
}
