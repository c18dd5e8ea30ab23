//! Clinic setups in words: setting names, values, the clinic form's errors, a link's problem.

use crate::domain::clinic::link::{Field, LinkError, SchedulePreset};
use crate::domain::clinic::setup::{Setting, Value};
use crate::domain::prepare::preparation::ItemKey;
use crate::ui::i18n::{ClinicK as C, Tr};
use crate::ui::pages::prepare::words::{item_short, route};

pub fn setting_name(s: Setting) -> C {
    match s {
        Setting::ClinicName => C::SetName,
        Setting::ClinicPhone => C::SetPhone,
        Setting::EmergencyNumber => C::SetEmergency,
        Setting::FastingSolid => C::SetFastingSolid,
        Setting::FastingClear => C::SetFastingClear,
        Setting::AlcoholBefore => C::SetAlcoholBefore,
        Setting::AlcoholAfter => C::SetAlcoholAfter,
        Setting::Route => C::SetRoute,
        Setting::Arrival => C::SetArrival,
        Setting::ExtraItems => C::SetExtra,
        Setting::HiddenItems => C::SetHidden,
        Setting::Schedule => C::SetSchedule,
        Setting::QuestionnaireCourse => C::SetDaysCourse,
        Setting::QuestionnaireMaintenance => C::SetDaysMaintenance,
        Setting::Note => C::SetNote,
    }
}

/// The name of a field a link or the form got wrong.
pub fn field_name(f: Field) -> C {
    match f {
        Field::ClinicName => C::SetName,
        Field::ClinicPhone => C::SetPhone,
        Field::EmergencyNumber => C::SetEmergency,
        Field::FastingSolid => C::SetFastingSolid,
        Field::FastingClear => C::SetFastingClear,
        Field::AlcoholBefore => C::SetAlcoholBefore,
        Field::AlcoholAfter => C::SetAlcoholAfter,
        Field::Arrival => C::SetArrival,
        Field::ExtraItems => C::SetExtra,
        Field::HiddenItems => C::SetHidden,
        Field::QuestionnaireDays => C::SetDays,
        Field::Note => C::SetNote,
    }
}

/// What the clinic's form says under a field that is wrong.
pub fn field_error(f: Field) -> C {
    match f {
        Field::ClinicName => C::ErrName,
        Field::ClinicPhone => C::ErrPhone,
        Field::EmergencyNumber => C::ErrEmergency,
        Field::FastingSolid | Field::FastingClear => C::ErrFasting,
        Field::AlcoholBefore | Field::AlcoholAfter => C::ErrAlcohol,
        Field::Arrival => C::ErrArrival,
        Field::ExtraItems => C::ErrExtra,
        Field::HiddenItems => C::ErrHidden,
        Field::QuestionnaireDays => C::ErrDays,
        Field::Note => C::ErrNote,
    }
}

pub fn schedule_name(s: Option<SchedulePreset>) -> C {
    match s {
        None => C::ScheduleNone,
        Some(SchedulePreset::IvCourse) => C::ScheduleIv,
        Some(SchedulePreset::EsketamineInduction) => C::ScheduleEsketamine,
    }
}

/// "6 hours", "1.5 hours".
fn number(n: f32) -> String {
    if n.fract() == 0.0 {
        format!("{n:.0}")
    } else {
        format!("{n}")
    }
}

/// A setting's value in plain words.
pub fn value_text(tr: Tr, setting: Setting, v: &Value) -> String {
    let count = |key: C, n: String| tr.f(key, &[("count", &n)]);
    match v {
        Value::Text(t) if t.trim().is_empty() => match setting {
            Setting::EmergencyNumber => tr.t(C::CountryDefault).to_string(),
            _ => tr.t(C::NotSet).to_string(),
        },
        Value::Text(t) => t.clone(),
        Value::Hours(None) => tr.t(C::NoRule).to_string(),
        Value::Hours(Some(h)) => count(C::Hours, number(*h)),
        Value::WholeHours(h) => count(C::Hours, h.to_string()),
        Value::Minutes(m) => count(C::Minutes, m.to_string()),
        Value::Route(r) => tr.t(route(*r)).to_string(),
        Value::Items(items) if items.is_empty() => tr.t(C::NoneItems).to_string(),
        Value::Items(items) => items.join("; "),
        Value::Hidden(keys) if keys.is_empty() => tr.t(C::NoneItems).to_string(),
        Value::Hidden(keys) => keys
            .iter()
            .map(|k| match ItemKey::parse(k) {
                Some(item) => item_short(tr, &item),
                None => k.clone(),
            })
            .collect::<Vec<_>>()
            .join("; "),
        Value::Schedule(s) => tr.t(schedule_name(*s)).to_string(),
        Value::Days(d) => count(C::EveryDays, d.to_string()),
    }
}

/// Why a link was refused.
pub fn link_error(tr: Tr, e: LinkError) -> String {
    match e {
        LinkError::NewerVersion(_) => tr.t(C::LinkNewer).to_string(),
        LinkError::Corrupted | LinkError::NotASetupLink => tr.t(C::LinkCorrupted).to_string(),
        LinkError::Truncated => tr.t(C::LinkTruncated).to_string(),
        LinkError::Checksum => tr.t(C::LinkChecksum).to_string(),
        LinkError::OutOfRange(f) => tr.f(C::LinkOutOfRange, &[("field", tr.t(field_name(f)))]),
    }
}
