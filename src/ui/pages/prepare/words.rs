//! Domain values of the Prepare screens turned into words.

use crate::domain::core::model::{DoseRoute, HistoryItem};
use crate::domain::core::time::{Date, LocalDateTime};
use crate::domain::prepare::medicines::FlagReason;
use crate::domain::prepare::next_session::Countdown;
use crate::domain::prepare::preparation::{BringThing, BuiltinItem, ItemKey, StepKind, TimedStep};
use crate::domain::prepare::preparation_form::FieldError;
use crate::ui::i18n::{clock_near, date_time, PrepareK as P, Tr};

/// "Tue 12 May at 07:30" / "mar 12 may, 07:30".
pub fn when(tr: Tr, at: LocalDateTime) -> String {
    date_time(tr, at, at.date)
}

/// "in 2 days 4 h", "in 3 h 20 min", "now".
pub fn countdown(tr: Tr, c: Countdown) -> String {
    let n = |v: i64| v.to_string();
    match c {
        Countdown::Now => tr.t(P::InNow).to_string(),
        Countdown::Minutes(m) => tr.f(P::InMinutes, &[("m", &n(m))]),
        Countdown::HoursMinutes { hours, minutes: 0 } => tr.f(P::InHours, &[("h", &n(hours))]),
        Countdown::HoursMinutes { hours, minutes } => {
            tr.f(P::InHoursMinutes, &[("h", &n(hours)), ("m", &n(minutes))])
        }
        Countdown::DaysHours { days: 1, hours: 0 } => tr.t(P::InOneDay).to_string(),
        Countdown::DaysHours { days: 1, hours } => tr.f(P::InOneDayHours, &[("h", &n(hours))]),
        Countdown::DaysHours { days, hours: 0 } => tr.f(P::InDays, &[("d", &n(days))]),
        Countdown::DaysHours { days, hours } => {
            tr.f(P::InDaysHours, &[("d", &n(days)), ("h", &n(hours))])
        }
    }
}

/// "Stop eating at 06:30", "Stop clear liquids at 5:30 AM tomorrow": the day is said when it
/// is not `today`.
pub fn step(tr: Tr, s: &TimedStep, today: Date) -> String {
    let key = match s.kind {
        StepKind::NoAlcoholFrom => P::StepNoAlcoholFrom,
        StepKind::StopSolidFood => P::StepStopSolid,
        StepKind::StopClearLiquids => P::StepStopClear,
        StepKind::Arrive => P::StepArrive,
        StepKind::SessionStart => P::StepSessionStart,
        StepKind::NoAlcoholUntil => P::StepNoAlcoholUntil,
    };
    tr.f(key, &[("time", &clock_near(tr, s.at, today))])
}

/// The short name of an item, for the "things left" list.
pub fn item_short(tr: Tr, item: &ItemKey) -> String {
    let key = match item {
        ItemKey::Extra(text) => return text.clone(),
        ItemKey::Builtin(b) => match b {
            BuiltinItem::Fasting => P::LeftFasting,
            BuiltinItem::NoAlcoholOrDrugs => P::LeftNoAlcohol,
            BuiltinItem::MedicinesQuestion => P::LeftMedicines,
            BuiltinItem::SupportPerson => P::LeftSupport,
            BuiltinItem::WhatToBring => P::LeftBring,
            BuiltinItem::ComfortableClothes => P::LeftClothes,
        },
    };
    tr.t(key).to_string()
}

pub fn bring(thing: BringThing) -> P {
    match thing {
        BringThing::PhotoId => P::BringPhotoId,
        BringThing::MedicineList => P::BringMedicineList,
        BringThing::DischargeContact => P::BringDischargeContact,
    }
}

pub fn reason(r: FlagReason) -> P {
    match r {
        FlagReason::AddsToSedation => P::ReasonSedation,
        FlagReason::CanRaiseBloodPressure => P::ReasonBloodPressure,
        FlagReason::AffectsKetamineEffect => P::ReasonKetamine,
    }
}

pub fn history(h: HistoryItem) -> P {
    match h {
        HistoryItem::BloodVesselDisease => P::HistoryBloodVessel,
        HistoryItem::BrainBleed => P::HistoryBrainBleed,
        HistoryItem::HighBloodPressure => P::HistoryBloodPressure,
        HistoryItem::PregnantOrBreastfeeding => P::HistoryPregnancy,
        HistoryItem::PastKetamineReaction => P::HistoryKetamineReaction,
        HistoryItem::HeartProblems => P::HistoryHeart,
        HistoryItem::Psychosis => P::HistoryPsychosis,
        HistoryItem::SubstanceUse => P::HistorySubstanceUse,
    }
}

pub fn route(r: Option<DoseRoute>) -> P {
    match r {
        None => P::RouteNotSet,
        Some(DoseRoute::Iv) => P::RouteIv,
        Some(DoseRoute::Im) => P::RouteIm,
        Some(DoseRoute::Intranasal) => P::RouteIntranasal,
    }
}

/// What a field holds, so one error reads right for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holds {
    Date,
    Time,
    Hours,
    WholeHours,
    WholeMinutes,
    Name,
    Phone,
}

pub fn field_error(tr: Tr, holds: Holds, e: FieldError) -> String {
    let key = match (holds, e) {
        (_, FieldError::InPast) => P::ErrInPast,
        (Holds::Date, _) => P::ErrDateMissing,
        (Holds::Time, _) => P::ErrTimeMissing,
        (Holds::Name, _) => P::ErrNameMissing,
        (Holds::Phone, FieldError::BadCharacters) => P::ErrPhoneCharacters,
        (Holds::Phone, FieldError::TooFewDigits { min }) => {
            return tr.f(P::ErrPhoneShort, &[("min", &min.to_string())]);
        }
        (Holds::Phone, _) => P::ErrPhoneMissing,
        (_, FieldError::Negative) => P::ErrNegative,
        (_, FieldError::NotHalf) => {
            return tr.t(crate::ui::i18n::ClinicK::ErrHalfHours).to_string()
        }
        (_, FieldError::TooSmall { min }) => {
            return tr.f(
                crate::ui::i18n::ClinicK::ErrTooSmall,
                &[("min", &min.to_string())],
            );
        }
        (_, FieldError::Empty) => P::ErrNumberMissing,
        (Holds::WholeMinutes, FieldError::TooLarge { max }) => {
            return tr.f(P::ErrTooLargeMinutes, &[("max", &max.to_string())]);
        }
        (_, FieldError::TooLarge { max }) => {
            return tr.f(P::ErrTooLargeHours, &[("max", &max.to_string())]);
        }
        (Holds::WholeHours, _) => P::ErrNotWholeHours,
        (Holds::WholeMinutes, _) => P::ErrNotWholeMinutes,
        (Holds::Hours, _) => P::ErrNotANumber,
    };
    tr.t(key).to_string()
}
