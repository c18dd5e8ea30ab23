//! The per-session preparation checklist, its timed steps and readiness
//! (clinical-facts.md, "Preparation"). Form validation lives in `preparation_form.rs`.
//!
//! Times before and after the session are exact elapsed hours: "fast 8 hours" on the night the
//! clocks change is still 8 real hours, so every step is computed on instants and only then
//! turned into the phone's wall-clock time.

use crate::domain::core::model::{Appointment, Checklist, Settings};
use crate::domain::core::time::{Instant, LocalDateTime, Zone, MS_PER_MINUTE};
use std::fmt;

/// The built-in checklist items. Their keys are stored in `Checklist::done` and
/// `Settings::hidden_checklist_items`, so they never change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum BuiltinItem {
    /// Shown only when the clinic's fasting rule is entered.
    Fasting,
    NoAlcoholOrDrugs,
    /// The medicines question is settled with the prescriber.
    MedicinesQuestion,
    /// Named, with a phone number, confirmed to collect the patient and stay with them.
    SupportPerson,
    /// See [`WHAT_TO_BRING`].
    WhatToBring,
    ComfortableClothes,
}

/// The things the "what to bring" item lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BringThing {
    PhotoId,
    MedicineList,
    DischargeContact,
}

pub const WHAT_TO_BRING: [BringThing; 3] = [
    BringThing::PhotoId,
    BringThing::MedicineList,
    BringThing::DischargeContact,
];

impl BuiltinItem {
    pub const ALL: [BuiltinItem; 6] = [
        BuiltinItem::Fasting,
        BuiltinItem::NoAlcoholOrDrugs,
        BuiltinItem::MedicinesQuestion,
        BuiltinItem::SupportPerson,
        BuiltinItem::WhatToBring,
        BuiltinItem::ComfortableClothes,
    ];

    pub fn key(self) -> &'static str {
        match self {
            BuiltinItem::Fasting => "fasting",
            BuiltinItem::NoAlcoholOrDrugs => "no_alcohol_or_drugs",
            BuiltinItem::MedicinesQuestion => "medicines_question",
            BuiltinItem::SupportPerson => "support_person",
            BuiltinItem::WhatToBring => "what_to_bring",
            BuiltinItem::ComfortableClothes => "comfortable_clothes",
        }
    }

    /// The safety items cannot be hidden: fasting disappears only by clearing the clinic's
    /// rule, and the fact sheet makes alcohol, medicines and a support person part of every
    /// session's preparation.
    pub fn can_hide(self) -> bool {
        matches!(
            self,
            BuiltinItem::WhatToBring | BuiltinItem::ComfortableClothes
        )
    }
}

/// A checklist item: built in, or one of the patient's own (`extra:<text>`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ItemKey {
    Builtin(BuiltinItem),
    Extra(String),
}

const EXTRA_PREFIX: &str = "extra:";

impl ItemKey {
    pub fn parse(key: &str) -> Option<ItemKey> {
        if let Some(text) = key.strip_prefix(EXTRA_PREFIX) {
            return Some(ItemKey::Extra(text.to_string()));
        }
        BuiltinItem::ALL
            .into_iter()
            .find(|b| b.key() == key)
            .map(ItemKey::Builtin)
    }
    pub fn can_hide(&self) -> bool {
        match self {
            ItemKey::Builtin(b) => b.can_hide(),
            ItemKey::Extra(_) => true,
        }
    }
}

/// The stored key: the built-in key, or `extra:` and the item's text.
impl fmt::Display for ItemKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ItemKey::Builtin(b) => f.write_str(b.key()),
            ItemKey::Extra(text) => write!(f, "{EXTRA_PREFIX}{text}"),
        }
    }
}

/// A clinic's fasting hours as whole minutes, if it is a rule at all (0 or unset is none).
fn hours_to_minutes(hours: Option<f32>) -> Option<i64> {
    let minutes = (f64::from(hours?) * 60.0).round();
    (minutes.is_finite() && minutes > 0.0).then_some(minutes as i64)
}

pub fn fasting_rule_set(settings: &Settings) -> bool {
    hours_to_minutes(settings.fasting_solid_hours).is_some()
        || hours_to_minutes(settings.fasting_clear_hours).is_some()
}

/// The items shown for a session, in order: built-ins, then the patient's own; hidden and
/// blank ones left out, duplicates once.
pub fn items(settings: &Settings) -> Vec<ItemKey> {
    let fasting = fasting_rule_set(settings);
    let builtins = BuiltinItem::ALL
        .into_iter()
        .filter(|b| *b != BuiltinItem::Fasting || fasting)
        .map(ItemKey::Builtin);
    let extras = settings
        .extra_checklist_items
        .iter()
        .map(|t| t.trim())
        .filter(|t| !t.is_empty())
        .map(|t| ItemKey::Extra(t.to_string()));
    let mut out: Vec<ItemKey> = Vec::new();
    for item in builtins.chain(extras) {
        let hidden = item.can_hide() && settings.hidden_checklist_items.contains(&item.to_string());
        if !hidden && !out.contains(&item) {
            out.push(item);
        }
    }
    out
}

/// What the support-person item still lacks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SupportGap {
    Name,
    Phone,
    Confirmed,
}

pub fn support_gaps(checklist: &Checklist) -> Vec<SupportGap> {
    let confirmed = checklist
        .done
        .iter()
        .any(|k| k == BuiltinItem::SupportPerson.key());
    let mut gaps = Vec::new();
    if checklist.support_name.trim().is_empty() {
        gaps.push(SupportGap::Name);
    }
    if crate::domain::prepare::preparation_form::check_phone(&checklist.support_phone).is_err() {
        gaps.push(SupportGap::Phone);
    }
    if !confirmed {
        gaps.push(SupportGap::Confirmed);
    }
    gaps
}

pub fn is_done(checklist: &Checklist, item: &ItemKey) -> bool {
    match item {
        ItemKey::Builtin(BuiltinItem::SupportPerson) => support_gaps(checklist).is_empty(),
        _ => checklist.done.contains(&item.to_string()),
    }
}

/// When the session starts and how long it is planned to last (0 = not known).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SessionTime {
    pub start: LocalDateTime,
    pub minutes: u16,
}

impl From<&Appointment> for SessionTime {
    fn from(a: &Appointment) -> Self {
        SessionTime {
            start: LocalDateTime::new(a.date, a.time),
            minutes: a.minutes,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StepKind {
    NoAlcoholFrom,
    StopSolidFood,
    StopClearLiquids,
    Arrive,
    SessionStart,
    /// The end of the no-alcohol time after the session.
    NoAlcoholUntil,
}

/// A moment on the preparation timeline, both as an instant and as the phone's wall time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimedStep {
    pub kind: StepKind,
    pub instant: Instant,
    pub at: LocalDateTime,
}

/// Every timed step for a session, in time order. Steps whose rule is unset or zero are left
/// out; the session start is always there.
pub fn timeline(session: SessionTime, settings: &Settings, zone: &dyn Zone) -> Vec<TimedStep> {
    let start = zone.to_instant(session.start);
    let end = start.plus_minutes(i64::from(session.minutes));
    let before = |minutes: i64| start.plus_minutes(-minutes);
    let hours = |h: u8| i64::from(h) * 60;
    let mut steps: Vec<(StepKind, Instant)> = vec![(StepKind::SessionStart, start)];
    if settings.no_alcohol_before_hours > 0 {
        let from = before(hours(settings.no_alcohol_before_hours));
        steps.push((StepKind::NoAlcoholFrom, from));
    }
    if let Some(m) = hours_to_minutes(settings.fasting_solid_hours) {
        steps.push((StepKind::StopSolidFood, before(m)));
    }
    if let Some(m) = hours_to_minutes(settings.fasting_clear_hours) {
        steps.push((StepKind::StopClearLiquids, before(m)));
    }
    if settings.arrival_minutes_before > 0 {
        let arrive = before(i64::from(settings.arrival_minutes_before));
        steps.push((StepKind::Arrive, arrive));
    }
    if settings.no_alcohol_after_hours > 0 {
        let until = end.plus_minutes(hours(settings.no_alcohol_after_hours));
        steps.push((StepKind::NoAlcoholUntil, until));
    }
    crate::domain::core::order::by_key(&mut steps, |(kind, instant)| (*instant, *kind));
    steps
        .into_iter()
        .map(|(kind, instant)| TimedStep {
            kind,
            instant,
            at: zone.to_local(instant),
        })
        .collect()
}

/// From when an item can be ticked: "no alcohol or recreational drugs" only once it applies (a promise
/// about hours still ahead is not done yet); the others at any time (`None`).
pub fn tick_from(item: &ItemKey, steps: &[TimedStep]) -> Option<Instant> {
    match item {
        ItemKey::Builtin(BuiltinItem::NoAlcoholOrDrugs) => steps
            .iter()
            .find(|s| s.kind == StepKind::NoAlcoholFrom)
            .map(|s| s.instant),
        _ => None,
    }
}

pub fn can_tick(item: &ItemKey, steps: &[TimedStep], now: Instant) -> bool {
    tick_from(item, steps).is_none_or(|from| from <= now)
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadyStatus {
    Ready,
    /// The items not done yet, in checklist order.
    Left(Vec<ItemKey>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Readiness {
    pub status: ReadyStatus,
    /// The next timed step after `now`, if any is still ahead.
    pub next_step: Option<TimedStep>,
    /// Whole minutes (rounded up) from `now` to `next_step`.
    pub countdown_minutes: Option<i64>,
    /// Whole minutes (rounded up) from `now` to the session start; negative once it began.
    pub minutes_to_start: i64,
}

pub fn readiness(
    checklist: &Checklist,
    settings: &Settings,
    session: SessionTime,
    now: Instant,
    zone: &dyn Zone,
) -> Readiness {
    let left: Vec<ItemKey> = items(settings)
        .into_iter()
        .filter(|item| !is_done(checklist, item))
        .collect();
    let status = if left.is_empty() {
        ReadyStatus::Ready
    } else {
        ReadyStatus::Left(left)
    };
    let steps = timeline(session, settings, zone);
    let next_step = steps.iter().copied().find(|s| s.instant > now);
    let start = zone.to_instant(session.start);
    Readiness {
        status,
        next_step,
        countdown_minutes: next_step.map(|s| minutes_until(now, s.instant)),
        minutes_to_start: minutes_until(now, start),
    }
}

fn minutes_until(now: Instant, then: Instant) -> i64 {
    let ms = then.0 - now.0;
    ms.div_euclid(MS_PER_MINUTE) + i64::from(ms.rem_euclid(MS_PER_MINUTE) != 0)
}

#[cfg(test)]
mod tests {
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
            let got: Vec<(StepKind, LocalDateTime)> =
                timeline(session, &clinic(solid, clear), zone)
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
}
