//! Clinic setups in words: setting names, values, the clinic form's errors, a link's problem.

use crate::domain::clinic::link::{LinkError, SchedulePreset};
use crate::domain::clinic::rules::{limit, Field, Unit};
use crate::domain::clinic::setup::Value;
use crate::domain::prepare::preparation::ItemKey;
use crate::ui::i18n::{ClinicK as C, Tr};
use crate::ui::pages::prepare::words::{item_short, route};

/// A setting's name in the preview and in a refused link's reason.
pub fn setting_name(s: Field) -> C {
    match s {
        Field::ClinicName => C::SetName,
        Field::ClinicPhone => C::SetPhone,
        Field::EmergencyNumber => C::SetEmergency,
        Field::FastingSolid => C::SetFastingSolid,
        Field::FastingClear => C::SetFastingClear,
        Field::AlcoholBefore => C::SetAlcoholBefore,
        Field::AlcoholAfter => C::SetAlcoholAfter,
        Field::Route => C::SetRoute,
        Field::Arrival => C::SetArrival,
        Field::ExtraItems => C::SetExtra,
        Field::HiddenItems => C::SetHidden,
        Field::Schedule => C::SetSchedule,
        Field::QuestionnaireCourse => C::SetDaysCourse,
        Field::QuestionnaireMaintenance => C::SetDaysMaintenance,
        Field::Note => C::SetNote,
    }
}

/// What the clinic's form says under a field that is wrong; the numbers come from the one
/// table of limits.
pub fn field_error(tr: Tr, f: Field) -> String {
    if let Some(l) = limit(f) {
        let key = match (l.unit, f) {
            (Unit::Hours, Field::FastingSolid | Field::FastingClear) => C::ErrFasting,
            (Unit::Hours, _) => C::ErrAlcohol,
            (Unit::Minutes, _) => C::ErrArrival,
            (Unit::Days, _) => C::ErrDays,
        };
        let (min, max) = (number(tr, l.min), number(tr, l.max));
        return tr.f(key, &[("min", &min), ("max", &max)]);
    }
    tr.t(match f {
        Field::ClinicName => C::ErrName,
        Field::ClinicPhone => C::ErrPhone,
        Field::EmergencyNumber => C::ErrEmergency,
        Field::ExtraItems => C::ErrExtra,
        Field::HiddenItems => C::ErrHidden,
        _ => C::ErrNote,
    })
    .to_string()
}

pub fn schedule_name(s: Option<SchedulePreset>) -> C {
    match s {
        None => C::ScheduleNone,
        Some(SchedulePreset::IvCourse) => C::ScheduleIv,
        Some(SchedulePreset::EsketamineInduction) => C::ScheduleEsketamine,
    }
}

/// "6 hours", "1.5 hours".
/// Hours as the language writes them: "1.5" / "1,5".
fn number(tr: Tr, n: f32) -> String {
    crate::ui::i18n::number(tr, f64::from(n), 2)
}

/// A setting's value in plain words.
pub fn value_text(tr: Tr, setting: Field, v: &Value) -> String {
    // "1 hour" but "1.5 hours" and "0 hours": only exactly one is singular.
    let count = |one: C, many: C, exactly_one: bool, n: String| {
        let plural = if exactly_one { 1 } else { 2 };
        tr.count(plural, one, many, &[("count", &n)])
    };
    match v {
        Value::Text(t) if t.trim().is_empty() => match setting {
            Field::EmergencyNumber => tr.t(C::CountryDefault).to_string(),
            _ => tr.t(C::NotSet).to_string(),
        },
        Value::Text(t) => t.clone(),
        Value::Hours(None) => tr.t(C::NoRule).to_string(),
        Value::Hours(Some(h)) => count(C::HoursOne, C::Hours, *h == 1.0, number(tr, *h)),
        Value::WholeHours(h) => count(C::HoursOne, C::Hours, *h == 1, h.to_string()),
        Value::Minutes(m) => count(C::MinutesOne, C::Minutes, *m == 1, m.to_string()),
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
        Value::Days(d) => count(C::EveryDay, C::EveryDays, *d == 1, d.to_string()),
    }
}

/// Why a link was refused.
pub fn link_error(tr: Tr, e: LinkError) -> String {
    match e {
        LinkError::NewerVersion(_) => tr.t(C::LinkNewer).to_string(),
        LinkError::UnknownVersion(_) => tr.t(C::LinkUnknownVersion).to_string(),
        LinkError::Corrupted | LinkError::NotASetupLink => tr.t(C::LinkCorrupted).to_string(),
        LinkError::Truncated => tr.t(C::LinkTruncated).to_string(),
        LinkError::TooLong => tr.t(C::LinkTooLong).to_string(),
        LinkError::Checksum => tr.t(C::LinkChecksum).to_string(),
        LinkError::OutOfRange(f) => tr.f(
            C::LinkOutOfRange,
            &[("field", tr.t(setting_name(f))), ("why", &allowed(tr, f))],
        ),
        LinkError::HiddenCharacters(f) => {
            tr.f(C::LinkHiddenCharacters, &[("field", tr.t(setting_name(f)))])
        }
    }
}

/// What a field allows, for a refused link: "0 to 24 hours", or the form's rule for text.
fn allowed(tr: Tr, f: Field) -> String {
    match limit(f) {
        Some(l) => {
            let key = match l.unit {
                Unit::Hours => C::RangeHours,
                Unit::Minutes => C::RangeMinutes,
                Unit::Days => C::RangeDays,
            };
            tr.f(
                key,
                &[("min", &number(tr, l.min)), ("max", &number(tr, l.max))],
            )
        }
        None => field_error(tr, f),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::core::model::Language;

    #[test]
    fn only_exactly_one_is_singular() {
        let en = Tr::new(Language::En);
        let es = Tr::new(Language::Es);
        let solid = Field::FastingSolid;
        let cases = [
            (en, Value::Hours(Some(1.0)), "1 hour"),
            (en, Value::Hours(Some(1.5)), "1.5 hours"),
            (en, Value::WholeHours(0), "0 hours"),
            (en, Value::Minutes(1), "1 minute"),
            (en, Value::Days(1), "Every day"),
            (en, Value::Days(14), "Every 14 days"),
            (es, Value::Hours(Some(1.0)), "1 hora"),
            (es, Value::Hours(Some(1.5)), "1,5 horas"),
            (es, Value::Minutes(1), "1 minuto"),
            (es, Value::Days(1), "Cada día"),
        ];
        for (tr, value, want) in cases {
            assert_eq!(value_text(tr, solid, &value), want, "{value:?}");
        }
    }
}
