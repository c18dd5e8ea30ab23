//! The words for this area's domain values, and local times for display.

use crate::domain::core::model::{BloodPressure, CheckInSlot, DoseRoute, RedFlag, Symptom};
use crate::domain::core::time::{Instant, LocalDateTime, Zone};
use crate::domain::safety::red_flags::{BpError, Escalation};
use crate::domain::session::after_effects::FadeWindow;
use crate::domain::session::session_form::{BpInputError, SessionError};
use crate::platform::clock::BrowserZone;
use crate::ui::i18n::{SessionK, Tr};

pub fn route_key(r: DoseRoute) -> SessionK {
    match r {
        DoseRoute::Iv => SessionK::RouteIv,
        DoseRoute::Im => SessionK::RouteIm,
        DoseRoute::Intranasal => SessionK::RouteIntranasal,
    }
}

pub fn route_value(r: DoseRoute) -> &'static str {
    match r {
        DoseRoute::Iv => "iv",
        DoseRoute::Im => "im",
        DoseRoute::Intranasal => "intranasal",
    }
}

pub fn symptom_key(s: Symptom) -> SessionK {
    use SessionK as K;
    match s {
        Symptom::Dissociation => K::SymDissociation,
        Symptom::Euphoria => K::SymEuphoria,
        Symptom::AlteredTimeSpace => K::SymAlteredTimeSpace,
        Symptom::Drowsiness => K::SymDrowsiness,
        Symptom::Dizziness => K::SymDizziness,
        Symptom::Confusion => K::SymConfusion,
        Symptom::Nausea => K::SymNausea,
        Symptom::Headache => K::SymHeadache,
        Symptom::BlurredVision => K::SymBlurredVision,
        Symptom::Anxiety => K::SymAnxiety,
    }
}

/// A stable name for ids and form fields.
pub fn symptom_slug(s: Symptom) -> String {
    format!("{s:?}").to_lowercase()
}

pub fn slot_key(s: CheckInSlot) -> SessionK {
    use SessionK as K;
    match s {
        CheckInSlot::RightAfter => K::SlotRightAfter,
        CheckInSlot::OneHour => K::SlotOneHour,
        CheckInSlot::TwoHours => K::SlotTwoHours,
        CheckInSlot::Evening => K::SlotEvening,
        CheckInSlot::NextMorning => K::SlotNextMorning,
        CheckInSlot::AnyTime => K::SlotAnyTime,
    }
}

pub fn flag_key(f: RedFlag) -> SessionK {
    use SessionK as K;
    match f {
        RedFlag::ChestPain => K::FlagChestPain,
        RedFlag::TroubleBreathing => K::FlagTroubleBreathing,
        RedFlag::TroubleSwallowing => K::FlagTroubleSwallowing,
        RedFlag::Fainting => K::FlagFainting,
        RedFlag::Seizure => K::FlagSeizure,
        RedFlag::StrokeSigns => K::FlagStrokeSigns,
        RedFlag::SuicidalThoughts => K::FlagSuicidalThoughts,
        RedFlag::CannotStayAwake => K::FlagCannotStayAwake,
        RedFlag::SevereHeadache => K::FlagSevereHeadache,
        RedFlag::VeryHighBloodPressure => K::FlagVeryHighBloodPressure,
        RedFlag::ConfusionNotFading => K::FlagConfusionNotFading,
        RedFlag::NewOrWorseDepression => K::FlagNewOrWorseDepression,
        RedFlag::PanicOrAgitation => K::FlagPanicOrAgitation,
        RedFlag::SevereInsomnia => K::FlagSevereInsomnia,
        RedFlag::DangerousImpulses => K::FlagDangerousImpulses,
        RedFlag::SignsOfMania => K::FlagSignsOfMania,
        RedFlag::UrinaryPainOrBlood => K::FlagUrinaryPainOrBlood,
        RedFlag::CannotBeWoken => K::FlagCannotBeWoken,
        RedFlag::SlowOrShallowBreathing => K::FlagSlowOrShallowBreathing,
        RedFlag::BlueOrGreyLips => K::FlagBlueOrGreyLips,
        RedFlag::CannotPassUrine => K::FlagCannotPassUrine,
        RedFlag::RepeatedVomiting => K::FlagRepeatedVomiting,
    }
}

pub fn group_key(level: Escalation) -> SessionK {
    match level {
        Escalation::Emergency => SessionK::GroupEmergency,
        Escalation::CrisisLine => SessionK::GroupCrisis,
        Escalation::CallClinicNow => SessionK::GroupClinic,
    }
}

pub fn fade_key(f: FadeWindow) -> SessionK {
    match f {
        FadeWindow::AboutTwoHours => SessionK::FadeAboutTwoHours,
        FadeWindow::HourOrTwo => SessionK::FadeHourOrTwo,
        FadeWindow::FewHours => SessionK::FadeFewHours,
        FadeWindow::RestOfDay => SessionK::FadeRestOfDay,
    }
}

pub fn bp_error(tr: Tr, e: BpInputError) -> String {
    let range = |key, min: u16, max: u16| {
        tr.f(key, &[("min", &min.to_string()), ("max", &max.to_string())])
    };
    match e {
        BpInputError::Incomplete => tr.t(SessionK::ErrBpIncomplete).into(),
        BpInputError::NotANumber => tr.t(SessionK::ErrBpNotNumber).into(),
        BpInputError::Implausible(BpError::SystolicOutOfRange { min, max }) => {
            range(SessionK::ErrBpSystolic, min, max)
        }
        BpInputError::Implausible(BpError::DiastolicOutOfRange { min, max }) => {
            range(SessionK::ErrBpDiastolic, min, max)
        }
        BpInputError::Implausible(BpError::DiastolicNotBelowSystolic) => {
            tr.t(SessionK::ErrBpOrder).into()
        }
        BpInputError::Implausible(BpError::AboveUsualRange(bp)) => {
            tr.f(SessionK::ErrBpConfirm, &[("reading", &bp_text(tr, bp))])
        }
    }
}

pub fn session_error(tr: Tr, e: SessionError) -> String {
    match e {
        SessionError::Missing => tr.t(SessionK::ErrMissing).into(),
        SessionError::Unreadable => tr.t(SessionK::ErrUnreadable).into(),
        SessionError::EndBeforeStart => tr.t(SessionK::ErrEndBeforeStart).into(),
        SessionError::Bp(e) => bp_error(tr, e),
    }
}

pub fn bp_text(tr: Tr, bp: BloodPressure) -> String {
    tr.f(
        SessionK::BpReading,
        &[
            ("systolic", &bp.systolic.to_string()),
            ("diastolic", &bp.diastolic.to_string()),
        ],
    )
}

/// Wall-clock time on this phone.
pub fn local(at: Instant) -> LocalDateTime {
    BrowserZone.to_local(at)
}
