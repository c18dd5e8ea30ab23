//! Words for domain values: the one place a domain enum becomes a key.

use super::SummaryK;
use crate::domain::core::model::{DoseRoute, RedFlag, Symptom};

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

pub fn route_name(r: DoseRoute) -> SummaryK {
    match r {
        DoseRoute::Iv => SummaryK::RouteIv,
        DoseRoute::Im => SummaryK::RouteIm,
        DoseRoute::Intranasal => SummaryK::RouteIntranasal,
    }
}
