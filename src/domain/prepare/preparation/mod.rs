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
mod tests;
