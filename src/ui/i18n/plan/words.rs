//! Words for plan values: the one place a plan enum or number becomes text.

use super::PlanK;
use crate::domain::core::model::{AppointmentKind, CheckInSlot, ScaleKind};
use crate::domain::core::time::{Date, TimeOfDay};
use crate::domain::plan::agenda::{Countdown, RelativeDay};
use crate::domain::plan::form::{Field, FieldError, PresetError};
use crate::domain::plan::holidays::{Holiday, OnDate};
use crate::domain::plan::ical::EventTitles;
use crate::domain::plan::schedule::{PlanError, MAX_APPOINTMENTS};
use crate::ui::i18n::{locale, Tr};

pub fn kind_label(kind: AppointmentKind) -> PlanK {
    match kind {
        AppointmentKind::Ketamine => PlanK::KindKetamine,
        AppointmentKind::FollowUp => PlanK::KindFollowUp,
        AppointmentKind::Psychotherapy => PlanK::KindPsychotherapy,
        AppointmentKind::SupportGroup => PlanK::KindSupportGroup,
        AppointmentKind::Maintenance => PlanK::KindMaintenance,
        AppointmentKind::Other => PlanK::KindOther,
    }
}

/// "Christmas Day is a public holiday: check your clinic is open that day.", or "The day off
/// for Boxing Day, ..." on the weekday kept off in its place.
pub fn holiday_note(tr: Tr, on: OnDate) -> String {
    let key = if on.in_its_place {
        PlanK::HolidayInItsPlace
    } else {
        PlanK::HolidayNote
    };
    let name = tr.t(holiday_name(on.holiday));
    // Inside a sentence an English name starting with "The" reads "the".
    let name = match name.strip_prefix("The ") {
        Some(rest) if on.in_its_place => format!("the {rest}"),
        _ => name.to_string(),
    };
    tr.f(key, &[("holiday", &name)])
}

fn holiday_name(holiday: Holiday) -> PlanK {
    match holiday {
        Holiday::NewYearsDay => PlanK::HolidayNewYearsDay,
        Holiday::Epiphany => PlanK::HolidayEpiphany,
        Holiday::GoodFriday => PlanK::HolidayGoodFriday,
        Holiday::EasterMonday => PlanK::HolidayEasterMonday,
        Holiday::LabourDay => PlanK::HolidayLabourDay,
        Holiday::ChristmasDay => PlanK::HolidayChristmasDay,
        Holiday::BoxingDay => PlanK::HolidayBoxingDay,
        Holiday::MartinLutherKingDay => PlanK::HolidayMartinLutherKingDay,
        Holiday::PresidentsDay => PlanK::HolidayPresidentsDay,
        Holiday::MemorialDay => PlanK::HolidayMemorialDay,
        Holiday::Juneteenth => PlanK::HolidayJuneteenth,
        Holiday::IndependenceDayUs => PlanK::HolidayIndependenceDayUs,
        Holiday::LaborDayUs => PlanK::HolidayLaborDayUs,
        Holiday::ColumbusDay => PlanK::HolidayColumbusDay,
        Holiday::VeteransDay => PlanK::HolidayVeteransDay,
        Holiday::Thanksgiving => PlanK::HolidayThanksgiving,
        Holiday::VictoriaDay => PlanK::HolidayVictoriaDay,
        Holiday::CanadaDay => PlanK::HolidayCanadaDay,
        Holiday::LabourDayCa => PlanK::HolidayLabourDayCa,
        Holiday::TruthAndReconciliationDay => PlanK::HolidayTruthAndReconciliationDay,
        Holiday::ThanksgivingCa => PlanK::HolidayThanksgivingCa,
        Holiday::RemembranceDay => PlanK::HolidayRemembranceDay,
        Holiday::EarlyMayBankHoliday => PlanK::HolidayEarlyMayBankHoliday,
        Holiday::SpringBankHoliday => PlanK::HolidaySpringBankHoliday,
        Holiday::SummerBankHoliday => PlanK::HolidaySummerBankHoliday,
        Holiday::AustraliaDay => PlanK::HolidayAustraliaDay,
        Holiday::AnzacDay => PlanK::HolidayAnzacDay,
        Holiday::KingsBirthday => PlanK::HolidayKingsBirthday,
        Holiday::AssumptionDay => PlanK::HolidayAssumptionDay,
        Holiday::NationalDaySpain => PlanK::HolidayNationalDaySpain,
        Holiday::AllSaintsDay => PlanK::HolidayAllSaintsDay,
        Holiday::ConstitutionDay => PlanK::HolidayConstitutionDay,
        Holiday::ImmaculateConception => PlanK::HolidayImmaculateConception,
        Holiday::ConstitutionDayMx => PlanK::HolidayConstitutionDayMx,
        Holiday::BenitoJuarezDay => PlanK::HolidayBenitoJuarezDay,
        Holiday::IndependenceDayMx => PlanK::HolidayIndependenceDayMx,
        Holiday::RevolutionDay => PlanK::HolidayRevolutionDay,
    }
}

pub use crate::ui::i18n::locale::{weekday_long, weekday_short};

/// "December 2026".
pub fn month_year(tr: Tr, year: i32, m: u8) -> String {
    locale::month_year_long(tr, year, m)
}

/// "Mon 30 Nov", with the year when it is not `today`'s year.
pub fn date_label(tr: Tr, date: Date, today: Date) -> String {
    locale::day_label(tr, date, today)
}

/// "today at 09:30", "tomorrow at 09:30", or "Mon 30 Nov at 09:30".
pub fn when_label(tr: Tr, date: Date, time: TimeOfDay, today: Date) -> String {
    let day = match RelativeDay::between(today, date) {
        RelativeDay::Today => tr.t(PlanK::Today).to_string(),
        RelativeDay::Tomorrow => tr.t(PlanK::Tomorrow).to_string(),
        _ => date_label(tr, date, today),
    };
    locale::at_time(tr, &day, &locale::clock(tr, time))
}

/// "in 2 h 5 min", "in 3 days 4 h"; a zero second unit is left out ("in 2 h", "in 1 day").
pub fn countdown_label(tr: Tr, c: Countdown) -> String {
    let (key, d, h, m) = match c {
        Countdown::Now => (PlanK::CountNow, 0, 0, 0),
        Countdown::Minutes(m) => (PlanK::CountMinutes, 0, 0, m),
        Countdown::Hours { hours, minutes: 0 } => (PlanK::CountHoursRound, 0, hours, 0),
        Countdown::Hours { hours, minutes } => (PlanK::CountHours, 0, hours, minutes),
        Countdown::Days { days: 1, hours: 0 } => (PlanK::CountOneDayRound, 1, 0, 0),
        Countdown::Days { days: 1, hours } => (PlanK::CountOneDay, 1, hours, 0),
        Countdown::Days { days, hours: 0 } => (PlanK::CountDaysRound, days, 0, 0),
        Countdown::Days { days, hours } => (PlanK::CountDays, days, hours, 0),
    };
    tr.f(
        key,
        &[
            ("d", &d.to_string()),
            ("h", &h.to_string()),
            ("m", &m.to_string()),
        ],
    )
}

pub fn slot_label(slot: CheckInSlot) -> PlanK {
    match slot {
        CheckInSlot::RightAfter => PlanK::SlotRightAfter,
        CheckInSlot::OneHour => PlanK::SlotOneHour,
        CheckInSlot::TwoHours => PlanK::SlotTwoHours,
        CheckInSlot::Evening => PlanK::SlotEvening,
        CheckInSlot::NextMorning => PlanK::SlotNextMorning,
        CheckInSlot::AnyTime => PlanK::SlotAnyTime,
    }
}

pub fn scale_label(scale: ScaleKind) -> PlanK {
    match scale {
        ScaleKind::Phq9 => PlanK::ScalePhq9,
        ScaleKind::Gad7 => PlanK::ScaleGad7,
        ScaleKind::Pcl5 => PlanK::ScalePcl5,
    }
}

/// What to fix in one field.
pub fn field_error(tr: Tr, field: Field, error: FieldError) -> String {
    let is_date = matches!(field, Field::Date | Field::UntilDate);
    match (error, field) {
        (FieldError::Empty, _) if is_date => tr.t(PlanK::ErrDateEmpty).into(),
        (FieldError::Invalid, _) if is_date => tr.t(PlanK::ErrDateInvalid).into(),
        (FieldError::Empty, Field::Time) => tr.t(PlanK::ErrTimeEmpty).into(),
        (FieldError::Invalid, Field::Time) => tr.t(PlanK::ErrTimeInvalid).into(),
        (FieldError::Empty, _) => tr.t(PlanK::ErrNumberEmpty).into(),
        (FieldError::Invalid, _) => tr.t(PlanK::ErrNumberInvalid).into(),
        (FieldError::Zero, _) => tr.t(PlanK::ErrZeroMinutes).into(),
        (FieldError::TooLarge { max }, _) => tr.f(PlanK::ErrTooLarge, &[("max", &max.to_string())]),
    }
}

/// Why a schedule cannot be made.
pub fn plan_error(tr: Tr, e: PlanError) -> String {
    match e {
        PlanError::ZeroLength => tr.t(PlanK::ErrZeroMinutes).into(),
        PlanError::TooLong => tr.t(PlanK::ErrTooLong).into(),
        PlanError::ZeroInterval => tr.t(PlanK::ErrZeroInterval).into(),
        PlanError::NoWeekdays => tr.t(PlanK::ErrNoWeekdays).into(),
        PlanError::WeekdayCount { min, max, chosen } if min == max => tr.count(
            min,
            PlanK::ErrWeekdayExactOne,
            PlanK::ErrWeekdayExact,
            &[("chosen", &chosen.to_string())],
        ),
        PlanError::WeekdayCount { min, max, chosen } => tr.f(
            PlanK::ErrWeekdayRange,
            &[
                ("min", &min.to_string()),
                ("max", &max.to_string()),
                ("chosen", &chosen.to_string()),
            ],
        ),
        PlanError::EndBeforeStart => tr.t(PlanK::ErrEndBeforeStart).into(),
        PlanError::StartInPast => tr.t(PlanK::ErrStartInPast).into(),
        PlanError::NoDates => tr.t(PlanK::ErrNoDates).into(),
        PlanError::TooMany => tr.f(PlanK::ErrTooMany, &[("max", &MAX_APPOINTMENTS.to_string())]),
    }
}

pub fn preset_error(tr: Tr, e: PresetError) -> String {
    match e {
        PresetError::Field(field, error) => field_error(tr, field, error),
        PresetError::Plan(p) => plan_error(tr, p),
    }
}

/// Calendar event titles in the patient's language.
pub fn event_titles(tr: Tr) -> EventTitles {
    let kind = |k| tr.t(kind_label(k)).to_string();
    EventTitles {
        ketamine: kind(AppointmentKind::Ketamine),
        follow_up: kind(AppointmentKind::FollowUp),
        psychotherapy: kind(AppointmentKind::Psychotherapy),
        support_group: kind(AppointmentKind::SupportGroup),
        maintenance: kind(AppointmentKind::Maintenance),
        other: kind(AppointmentKind::Other),
        check_in: tr.t(PlanK::CheckInEvent).into(),
    }
}

/// Titles that say nothing about health, for lock screens.
pub fn neutral_titles(tr: Tr) -> EventTitles {
    let event = tr.t(PlanK::NeutralEvent).to_string();
    EventTitles {
        ketamine: event.clone(),
        follow_up: event.clone(),
        psychotherapy: event.clone(),
        support_group: event.clone(),
        maintenance: event.clone(),
        other: event,
        check_in: tr.t(PlanK::NeutralReminder).into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::core::model::Language;

    const LANGS: [Language; 2] = [Language::En, Language::Es];

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn dates_read_naturally_in_both_languages() {
        let en = Tr::new(Language::En);
        let es = Tr::new(Language::Es);
        let today = d("2026-11-28");
        let nine = TimeOfDay::new(9, 30).unwrap();
        assert_eq!(date_label(en, d("2026-11-30"), today), "Mon 30 Nov");
        assert_eq!(date_label(es, d("2026-11-30"), today), "lun 30 nov");
        assert_eq!(date_label(en, d("2027-01-04"), today), "Mon 4 Jan 2027");
        assert_eq!(month_year(es, 2026, 12), "diciembre de 2026");
        assert_eq!(when_label(en, today, nine, today), "today at 09:30");
        assert_eq!(
            when_label(es, d("2026-11-29"), nine, today),
            "mañana, 09:30"
        );
        assert_eq!(
            when_label(en, d("2026-12-02"), nine, today),
            "Wed 2 Dec at 09:30"
        );
    }

    #[test]
    fn countdowns_fill_every_number() {
        let en = Tr::new(Language::En);
        let cases = [
            (Countdown::Now, "starting now"),
            (Countdown::Minutes(5), "in 5 min"),
            (
                Countdown::Hours {
                    hours: 2,
                    minutes: 7,
                },
                "in 2 h 7 min",
            ),
            (
                Countdown::Hours {
                    hours: 5,
                    minutes: 0,
                },
                "in 5 h",
            ),
            (Countdown::Days { days: 1, hours: 3 }, "in 1 day 3 h"),
            (Countdown::Days { days: 1, hours: 0 }, "in 1 day"),
            (Countdown::Days { days: 4, hours: 0 }, "in 4 days"),
            (Countdown::Days { days: 4, hours: 11 }, "in 4 days 11 h"),
        ];
        for (c, want) in cases {
            assert_eq!(countdown_label(en, c), want);
        }
        let es = Tr::new(Language::Es);
        assert_eq!(
            countdown_label(es, Countdown::Days { days: 2, hours: 1 }),
            "en 2 días 1 h"
        );
    }

    #[test]
    fn every_schedule_error_has_a_filled_message() {
        let errors = [
            PlanError::ZeroLength,
            PlanError::TooLong,
            PlanError::ZeroInterval,
            PlanError::NoWeekdays,
            PlanError::WeekdayCount {
                min: 2,
                max: 3,
                chosen: 1,
            },
            PlanError::WeekdayCount {
                min: 2,
                max: 2,
                chosen: 3,
            },
            PlanError::EndBeforeStart,
            PlanError::StartInPast,
            PlanError::NoDates,
            PlanError::TooMany,
        ];
        for tr in LANGS.map(Tr::new) {
            for e in errors {
                let m = plan_error(tr, e);
                assert!(!m.is_empty() && !m.contains('{'), "{e:?}: {m}");
            }
        }
        let en = Tr::new(Language::En);
        assert_eq!(
            plan_error(
                en,
                PlanError::WeekdayCount {
                    min: 2,
                    max: 2,
                    chosen: 3
                }
            ),
            "Choose exactly 2 days of the week (now 3)."
        );
        assert!(plan_error(en, PlanError::TooMany).contains("200"));
    }

    #[test]
    fn one_weekday_is_singular() {
        let e = PlanError::WeekdayCount {
            min: 1,
            max: 1,
            chosen: 2,
        };
        let en = Tr::new(Language::En);
        let es = Tr::new(Language::Es);
        assert_eq!(
            plan_error(en, e),
            "Choose exactly 1 day of the week (now 2)."
        );
        assert_eq!(
            plan_error(es, e),
            "Elija exactamente 1 día de la semana (ahora 2)."
        );
    }

    #[test]
    fn neutral_calendar_titles_name_no_therapy() {
        for tr in LANGS.map(Tr::new) {
            let t = neutral_titles(tr);
            for title in AppointmentKind::ALL.map(|k| t.for_kind(k).to_lowercase()) {
                for word in ["ketamin", "session", "sesión", "therap", "terap", "check"] {
                    assert!(!title.contains(word), "{title}");
                }
            }
            assert_eq!(
                event_titles(tr).for_kind(AppointmentKind::Ketamine),
                tr.t(PlanK::KindKetamine)
            );
        }
    }
}
