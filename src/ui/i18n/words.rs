//! Words for domain values: the one place a domain enum becomes a key.

use super::{SummaryK, K};
use crate::domain::core::model::{Country, RedFlag, Route, Symptom};
use crate::domain::safety::crisis::{Channel, Contact, ContactKind};

pub fn symptom_name(s: Symptom) -> SummaryK {
    match s {
        Symptom::Dissociation => SummaryK::SymDissociation,
        Symptom::Euphoria => SummaryK::SymEuphoria,
        Symptom::AlteredTimeSpace => SummaryK::SymAlteredTimeSpace,
        Symptom::Drowsiness => SummaryK::SymDrowsiness,
        Symptom::Dizziness => SummaryK::SymDizziness,
        Symptom::Confusion => SummaryK::SymConfusion,
        Symptom::Nausea => SummaryK::SymNausea,
        Symptom::Headache => SummaryK::SymHeadache,
        Symptom::BlurredVision => SummaryK::SymBlurredVision,
        Symptom::Anxiety => SummaryK::SymAnxiety,
    }
}

pub fn red_flag_name(f: RedFlag) -> SummaryK {
    use RedFlag::*;
    match f {
        ChestPain => SummaryK::FlagChestPain,
        TroubleBreathing => SummaryK::FlagTroubleBreathing,
        TroubleSwallowing => SummaryK::FlagTroubleSwallowing,
        Fainting => SummaryK::FlagFainting,
        Seizure => SummaryK::FlagSeizure,
        StrokeSigns => SummaryK::FlagStrokeSigns,
        SuicidalThoughts => SummaryK::FlagSuicidalThoughts,
        CannotStayAwake => SummaryK::FlagCannotStayAwake,
        SevereHeadache => SummaryK::FlagSevereHeadache,
        VeryHighBloodPressure => SummaryK::FlagVeryHighBloodPressure,
        ConfusionNotFading => SummaryK::FlagConfusionNotFading,
        NewOrWorseDepression => SummaryK::FlagNewOrWorseDepression,
        PanicOrAgitation => SummaryK::FlagPanicOrAgitation,
        SevereInsomnia => SummaryK::FlagSevereInsomnia,
        DangerousImpulses => SummaryK::FlagDangerousImpulses,
        SignsOfMania => SummaryK::FlagSignsOfMania,
        UrinaryPainOrBlood => SummaryK::FlagUrinaryPainOrBlood,
        CannotBeWoken => SummaryK::FlagCannotBeWoken,
        SlowOrShallowBreathing => SummaryK::FlagSlowOrShallowBreathing,
        BlueOrGreyLips => SummaryK::FlagBlueOrGreyLips,
        CannotPassUrine => SummaryK::FlagCannotPassUrine,
        RepeatedVomiting => SummaryK::FlagRepeatedVomiting,
    }
}

pub fn route_name(r: Route) -> SummaryK {
    match r {
        Route::Iv => SummaryK::RouteIv,
        Route::Im => SummaryK::RouteIm,
        Route::Intranasal => SummaryK::RouteIntranasal,
    }
}

/// The label of a crisis contact, e.g. "Call 988 Suicide & Crisis Lifeline".
pub fn contact_label(c: &Contact, country: Country) -> K {
    use ContactKind::*;
    match (c.kind, c.channel, country) {
        (Emergency, _, _) => K::CrisisEmergency,
        (Clinic, _, _) => K::CrisisClinic,
        (SuicideCrisisLine, Channel::Call, Country::Ca) => K::Crisis988CaCall,
        (SuicideCrisisLine, Channel::Text, Country::Ca) => K::Crisis988CaText,
        (SuicideCrisisLine, Channel::Call, _) => K::Crisis988Call,
        (SuicideCrisisLine, Channel::Text, _) => K::Crisis988Text,
        (SpanishCrisisLine, _, _) => K::CrisisSpanish,
        (VeteransCrisisLine, _, _) => K::CrisisVeterans,
        (TtyRelay, _, _) => K::CrisisTty,
        (CrisisTextLine, _, Country::Ca) => K::CrisisTextLineCa,
        (CrisisTextLine, _, _) => K::CrisisTextLine,
        (Samaritans, _, _) => K::CrisisSamaritans,
        (Nhs111MentalHealth, _, _) => K::CrisisNhs111,
        (Shout, _, _) => K::CrisisShout,
        (Lifeline, Channel::Call, _) => K::CrisisLifeline,
        (Lifeline, Channel::Text, _) => K::CrisisLifelineText,
    }
}
