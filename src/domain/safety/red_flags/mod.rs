//! Red flags and what the app does at once about each (clinical-facts.md, "Red flags").
//!
//! One rule per flag, in [`RedFlag::escalation`]; a blood-pressure reading and PHQ-9 item 9
//! add their own rules. The UI shows the most urgent level and lists every trigger.

use crate::domain::core::model::{BloodPressure, CheckIn, RedFlag, Symptom};
use crate::domain::session::after_effects::SEVERE_SCORE;

/// How urgently to get help, least urgent first so that `max` is the most urgent.
///
/// The crisis line ranks above "call the clinic": it answers at once, at any hour, and the
/// crisis screen also puts the clinic and the emergency number one tap away, so choosing it
/// loses nothing the clinic screen offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Escalation {
    /// Call the clinic now.
    CallClinicNow,
    /// 988 (or the country's crisis line), with the emergency number and clinic one tap away.
    CrisisLine,
    /// Call the emergency number (911 in the US; a setting).
    Emergency,
}

impl RedFlag {
    pub fn escalation(self) -> Escalation {
        match self {
            RedFlag::ChestPain
            | RedFlag::TroubleBreathing
            | RedFlag::TroubleSwallowing
            | RedFlag::Seizure
            | RedFlag::StrokeSigns => Escalation::Emergency,
            // Possible over-sedation, especially with other sedatives or alcohol.
            RedFlag::CannotBeWoken | RedFlag::SlowOrShallowBreathing | RedFlag::BlueOrGreyLips => {
                Escalation::Emergency
            }
            // Fainting or a change in consciousness: emergency services (clinical-facts.md).
            RedFlag::Fainting => Escalation::Emergency,
            // Without a plan or intent; with one, see `triggers`.
            RedFlag::SuicidalThoughts => Escalation::CrisisLine,
            RedFlag::CannotStayAwake
            | RedFlag::SevereHeadache
            | RedFlag::VeryHighBloodPressure
            | RedFlag::ConfusionNotFading
            | RedFlag::NewOrWorseDepression
            | RedFlag::PanicOrAgitation
            | RedFlag::SevereInsomnia
            | RedFlag::DangerousImpulses
            | RedFlag::SignsOfMania
            | RedFlag::UrinaryPainOrBlood
            | RedFlag::CannotPassUrine
            | RedFlag::RepeatedVomiting => Escalation::CallClinicNow,
        }
    }
}

/// Everything reported at one moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Signals<'a> {
    pub flags: &'a [RedFlag],
    pub bp: Option<BloodPressure>,
    /// PHQ-9 item 9 (thoughts of being better off dead or of self-harm), 0-3.
    pub phq9_item9: Option<u8>,
    /// The patient said they have a plan or intent to act on thoughts of suicide.
    pub suicide_plan_or_intent: bool,
    /// Blurred vision or confusion rated severe in the same check-in: with a very high blood
    /// pressure, a possible hypertensive emergency.
    pub severe_vision_or_confusion: bool,
}

impl<'a> From<&'a CheckIn> for Signals<'a> {
    fn from(c: &'a CheckIn) -> Self {
        Signals {
            flags: &c.red_flags,
            bp: c.bp,
            phq9_item9: None,
            suicide_plan_or_intent: c.suicide_plan_or_intent,
            severe_vision_or_confusion: [Symptom::BlurredVision, Symptom::Confusion]
                .iter()
                .any(|s| c.ratings.get(s).is_some_and(|r| *r >= SEVERE_SCORE)),
        }
    }
}

/// What set off an escalation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trigger {
    Flag(RedFlag),
    VeryHighReading(BloodPressure),
    Phq9Item9(u8),
    SuicidePlanOrIntent,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Triggered {
    pub escalation: Escalation,
    pub trigger: Trigger,
}

/// "Very high" per the fact sheet: 180 systolic or 110 diastolic, or above.
pub const VERY_HIGH_SYSTOLIC: u16 = 180;
pub const VERY_HIGH_DIASTOLIC: u16 = 110;

pub fn is_very_high(bp: BloodPressure) -> bool {
    bp.systolic >= VERY_HIGH_SYSTOLIC || bp.diastolic >= VERY_HIGH_DIASTOLIC
}

/// With a very high blood pressure, these make it a possible hypertensive emergency (as does
/// a severe vision change or confusion rating, [`Signals::severe_vision_or_confusion`]).
pub const HYPERTENSIVE_COMPANIONS: [RedFlag; 4] = [
    RedFlag::SevereHeadache,
    RedFlag::ChestPain,
    RedFlag::ConfusionNotFading,
    RedFlag::StrokeSigns,
];

/// Very high blood pressure (a reading or the ticked flag) together with a severe headache,
/// chest pain, confusion or a vision change: emergency services, not the clinic.
pub fn hypertensive_emergency(signals: &Signals) -> bool {
    let very_high = signals.flags.contains(&RedFlag::VeryHighBloodPressure)
        || signals.bp.is_some_and(is_very_high);
    let companion = signals
        .flags
        .iter()
        .any(|f| HYPERTENSIVE_COMPANIONS.contains(f))
        || signals.severe_vision_or_confusion;
    very_high && companion
}

/// Every trigger, most urgent first (ties keep the order reported).
pub fn triggers(signals: &Signals) -> Vec<Triggered> {
    let hit = |escalation, trigger| Triggered {
        escalation,
        trigger,
    };
    let hypertensive = hypertensive_emergency(signals);
    let raised = |flag: RedFlag| {
        let part =
            flag == RedFlag::VeryHighBloodPressure || HYPERTENSIVE_COMPANIONS.contains(&flag);
        if hypertensive && part {
            Escalation::Emergency
        } else {
            flag.escalation()
        }
    };
    let mut out: Vec<Triggered> = Vec::new();
    for &flag in signals.flags {
        let t = hit(raised(flag), Trigger::Flag(flag));
        if !out.contains(&t) {
            out.push(t);
        }
    }
    if signals.suicide_plan_or_intent {
        out.push(hit(Escalation::Emergency, Trigger::SuicidePlanOrIntent));
    }
    if let Some(bp) = signals.bp.filter(|bp| is_very_high(*bp)) {
        let level = if hypertensive {
            Escalation::Emergency
        } else {
            Escalation::CallClinicNow
        };
        out.push(hit(level, Trigger::VeryHighReading(bp)));
    }
    // Any answer above "not at all" (values above 3 are kept, never dropped).
    if let Some(answer) = signals.phq9_item9.filter(|a| *a > 0) {
        out.push(hit(Escalation::CrisisLine, Trigger::Phq9Item9(answer)));
    }
    crate::domain::core::order::by_key(&mut out, |t| std::cmp::Reverse(t.escalation));
    out
}

/// The most urgent level called for, if any.
pub fn escalate(signals: &Signals) -> Option<Escalation> {
    triggers(signals).first().map(|t| t.escalation)
}

/// The usual entry range. A reading above it can be real (and is then dangerous): it is kept
/// once the patient confirms it, never dropped as a typing slip. Below it is a slip.
pub const SYSTOLIC_RANGE: (u16, u16) = (50, 260);
pub const DIASTOLIC_RANGE: (u16, u16) = (30, 160);
/// Beyond these no monitor reads: surely a typing slip.
pub const SYSTOLIC_LIMIT: u16 = 300;
pub const DIASTOLIC_LIMIT: u16 = 200;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BpError {
    SystolicOutOfRange {
        min: u16,
        max: u16,
    },
    DiastolicOutOfRange {
        min: u16,
        max: u16,
    },
    /// The lower number must be below the upper one (swapped fields are the usual cause).
    DiastolicNotBelowSystolic,
    /// Above the usual entry range but possible: ask the patient whether it is right.
    AboveUsualRange(BloodPressure),
}

/// A reading as typed, before any confirmation: above the usual range it asks to be confirmed.
pub fn check_bp(systolic: u16, diastolic: u16) -> Result<BloodPressure, BpError> {
    check_bp_as(systolic, diastolic, false)
}

/// `confirmed`: the patient said a reading above the usual range is right.
pub fn check_bp_as(
    systolic: u16,
    diastolic: u16,
    confirmed: bool,
) -> Result<BloodPressure, BpError> {
    let s_min = SYSTOLIC_RANGE.0;
    let d_min = DIASTOLIC_RANGE.0;
    if !(s_min..=SYSTOLIC_LIMIT).contains(&systolic) {
        return Err(BpError::SystolicOutOfRange {
            min: s_min,
            max: SYSTOLIC_LIMIT,
        });
    }
    if !(d_min..=DIASTOLIC_LIMIT).contains(&diastolic) {
        return Err(BpError::DiastolicOutOfRange {
            min: d_min,
            max: DIASTOLIC_LIMIT,
        });
    }
    if diastolic >= systolic {
        return Err(BpError::DiastolicNotBelowSystolic);
    }
    let bp = BloodPressure {
        systolic,
        diastolic,
    };
    if !confirmed && is_above_usual_range(bp) {
        return Err(BpError::AboveUsualRange(bp));
    }
    Ok(bp)
}

/// Above the usual entry range (260/160): kept only once confirmed.
pub fn is_above_usual_range(bp: BloodPressure) -> bool {
    bp.systolic > SYSTOLIC_RANGE.1 || bp.diastolic > DIASTOLIC_RANGE.1
}

#[cfg(test)]
mod tests;
