use super::*;
use Escalation::*;

fn bp(systolic: u16, diastolic: u16) -> BloodPressure {
    BloodPressure {
        systolic,
        diastolic,
    }
}

#[test]
fn one_rule_per_flag() {
    let rules: [(RedFlag, Escalation); 22] = [
        (RedFlag::ChestPain, Emergency),
        (RedFlag::TroubleBreathing, Emergency),
        (RedFlag::TroubleSwallowing, Emergency),
        (RedFlag::Fainting, Emergency),
        (RedFlag::CannotStayAwake, CallClinicNow),
        (RedFlag::NewOrWorseDepression, CallClinicNow),
        (RedFlag::SevereInsomnia, CallClinicNow),
        (RedFlag::DangerousImpulses, CallClinicNow),
        (RedFlag::SignsOfMania, CallClinicNow),
        (RedFlag::Seizure, Emergency),
        (RedFlag::StrokeSigns, Emergency),
        (RedFlag::SuicidalThoughts, CrisisLine),
        (RedFlag::SevereHeadache, CallClinicNow),
        (RedFlag::VeryHighBloodPressure, CallClinicNow),
        (RedFlag::ConfusionNotFading, CallClinicNow),
        (RedFlag::PanicOrAgitation, CallClinicNow),
        (RedFlag::UrinaryPainOrBlood, CallClinicNow),
        (RedFlag::CannotBeWoken, Emergency),
        (RedFlag::SlowOrShallowBreathing, Emergency),
        (RedFlag::BlueOrGreyLips, Emergency),
        (RedFlag::CannotPassUrine, CallClinicNow),
        (RedFlag::RepeatedVomiting, CallClinicNow),
    ];
    // Every flag the check-in asks has a row here.
    for flag in RedFlag::ALL {
        assert!(
            rules.iter().any(|(f, _)| *f == flag),
            "{flag:?} has no rule"
        );
    }
    for (flag, want) in rules {
        let flags = [flag];
        let signals = Signals {
            flags: &flags,
            ..Signals::default()
        };
        assert_eq!(escalate(&signals), Some(want), "{flag:?}");
    }
}

#[test]
fn readings_questionnaire_and_plan() {
    let thoughts = [RedFlag::SuicidalThoughts];
    let cases: &[(&str, Signals, Option<Escalation>)] = &[
        ("nothing", Signals::default(), None),
        (
            "ordinary reading",
            Signals {
                bp: Some(bp(150, 95)),
                ..Signals::default()
            },
            None,
        ),
        (
            "just below",
            Signals {
                bp: Some(bp(179, 109)),
                ..Signals::default()
            },
            None,
        ),
        (
            "systolic 180",
            Signals {
                bp: Some(bp(180, 90)),
                ..Signals::default()
            },
            Some(CallClinicNow),
        ),
        (
            "diastolic 110",
            Signals {
                bp: Some(bp(150, 110)),
                ..Signals::default()
            },
            Some(CallClinicNow),
        ),
        (
            "item 9 not at all",
            Signals {
                phq9_item9: Some(0),
                ..Signals::default()
            },
            None,
        ),
        (
            "item 9 several days",
            Signals {
                phq9_item9: Some(1),
                ..Signals::default()
            },
            Some(CrisisLine),
        ),
        (
            "item 9 out of range is kept",
            Signals {
                phq9_item9: Some(7),
                ..Signals::default()
            },
            Some(CrisisLine),
        ),
        (
            "thoughts with a plan",
            Signals {
                flags: &thoughts,
                suicide_plan_or_intent: true,
                ..Signals::default()
            },
            Some(Emergency),
        ),
        (
            "plan or intent alone",
            Signals {
                suicide_plan_or_intent: true,
                ..Signals::default()
            },
            Some(Emergency),
        ),
    ];
    for (name, signals, want) in cases {
        assert_eq!(escalate(signals), *want, "{name}");
    }
}

#[test]
fn most_urgent_wins_and_every_trigger_is_listed() {
    let flags = [
        RedFlag::SevereHeadache,
        RedFlag::SuicidalThoughts,
        RedFlag::SevereHeadache,
    ];
    let signals = Signals {
        flags: &flags,
        bp: Some(bp(190, 100)),
        phq9_item9: Some(2),
        suicide_plan_or_intent: false,
        severe_vision_or_confusion: false,
    };
    let got: Vec<(Escalation, Trigger)> = triggers(&signals)
        .into_iter()
        .map(|t| (t.escalation, t.trigger))
        .collect();
    assert_eq!(
        got,
        [
            // A severe headache with 190/100: a possible hypertensive emergency.
            (Emergency, Trigger::Flag(RedFlag::SevereHeadache)),
            (Emergency, Trigger::VeryHighReading(bp(190, 100))),
            (CrisisLine, Trigger::Flag(RedFlag::SuicidalThoughts)),
            (CrisisLine, Trigger::Phq9Item9(2)),
        ]
    );
    let with_chest_pain = [RedFlag::PanicOrAgitation, RedFlag::ChestPain];
    let s = Signals {
        flags: &with_chest_pain,
        ..signals
    };
    assert_eq!(escalate(&s), Some(Emergency));
}

#[test]
fn very_high_pressure_with_a_warning_sign_is_an_emergency() {
    use RedFlag::*;
    let high = Some(bp(190, 100));
    let ordinary = Some(bp(150, 95));
    // (name, flags, reading, severe vision or confusion rating, level)
    type Case<'a> = (
        &'a str,
        &'a [RedFlag],
        Option<BloodPressure>,
        bool,
        Escalation,
    );
    let cases: &[Case] = &[
        ("reading alone", &[], high, false, CallClinicNow),
        (
            "flag alone",
            &[VeryHighBloodPressure],
            None,
            false,
            CallClinicNow,
        ),
        (
            "headache alone",
            &[SevereHeadache],
            None,
            false,
            CallClinicNow,
        ),
        (
            "confusion alone",
            &[ConfusionNotFading],
            None,
            false,
            CallClinicNow,
        ),
        (
            "reading + headache",
            &[SevereHeadache],
            high,
            false,
            Emergency,
        ),
        (
            "flag + headache",
            &[VeryHighBloodPressure, SevereHeadache],
            None,
            false,
            Emergency,
        ),
        (
            "reading + confusion",
            &[ConfusionNotFading],
            high,
            false,
            Emergency,
        ),
        ("reading + chest pain", &[ChestPain], high, false, Emergency),
        ("reading + vision rated severe", &[], high, true, Emergency),
        (
            "flag + vision rated severe",
            &[VeryHighBloodPressure],
            None,
            true,
            Emergency,
        ),
        (
            "ordinary reading + headache",
            &[SevereHeadache],
            ordinary,
            false,
            CallClinicNow,
        ),
        (
            "ordinary reading, headache, vision",
            &[SevereHeadache],
            ordinary,
            true,
            CallClinicNow,
        ),
        (
            "reading + other clinic flag",
            &[SevereInsomnia],
            high,
            false,
            CallClinicNow,
        ),
    ];
    for (name, flags, reading, vision, want) in cases {
        let signals = Signals {
            flags,
            bp: *reading,
            severe_vision_or_confusion: *vision,
            ..Signals::default()
        };
        assert_eq!(escalate(&signals), Some(*want), "{name}");
        // Every emergency in this table is a possible hypertensive emergency.
        assert_eq!(
            hypertensive_emergency(&signals),
            *want == Emergency,
            "{name}"
        );
        // The reason is listed at the level it now calls for.
        if *want == Emergency {
            let got = triggers(&signals);
            let bp_trigger = got
                .iter()
                .find(|t| {
                    matches!(
                        t.trigger,
                        Trigger::VeryHighReading(_) | Trigger::Flag(VeryHighBloodPressure)
                    )
                })
                .expect("the reading or flag is a trigger");
            assert_eq!(bp_trigger.escalation, Emergency, "{name}");
        }
    }
}

#[test]
fn a_check_in_reports_a_severe_vision_or_confusion_rating() {
    let mut check_in = CheckIn::blank(
        None,
        crate::domain::core::time::Instant(0),
        crate::domain::core::model::CheckInSlot::OneHour,
    );
    check_in.bp = Some(bp(200, 115));
    let cases: &[(Symptom, u8, Escalation)] = &[
        (Symptom::BlurredVision, 7, CallClinicNow),
        (Symptom::BlurredVision, 8, Emergency),
        (Symptom::Confusion, 10, Emergency),
        (Symptom::Nausea, 10, CallClinicNow),
    ];
    for (symptom, score, want) in cases {
        let mut c = check_in.clone();
        c.ratings.insert(*symptom, *score);
        assert_eq!(
            escalate(&Signals::from(&c)),
            Some(*want),
            "{symptom:?} {score}"
        );
    }
}

#[test]
fn stored_flags_old_and_new_decode() {
    // Names written by earlier versions still load, and every flag round-trips.
    let old: Vec<RedFlag> = serde_json::from_str(
        r#"["chest_pain","fainting","cannot_stay_awake","urinary_pain_or_blood"]"#,
    )
    .expect("old names");
    assert_eq!(
        old,
        [
            RedFlag::ChestPain,
            RedFlag::Fainting,
            RedFlag::CannotStayAwake,
            RedFlag::UrinaryPainOrBlood
        ]
    );
    let new: Vec<RedFlag> = serde_json::from_str(
        r#"["cannot_be_woken","slow_or_shallow_breathing","blue_or_grey_lips","cannot_pass_urine","repeated_vomiting"]"#,
    )
    .expect("new names");
    assert_eq!(new.len(), 5);
    for flag in RedFlag::ALL {
        let text = serde_json::to_string(&flag).expect("encode");
        let back: RedFlag = serde_json::from_str(&text).expect("decode");
        assert_eq!(back, flag);
    }
}

#[test]
fn a_check_in_carries_its_flags_and_reading() {
    let check_in = CheckIn {
        session: None,
        at: crate::domain::core::time::Instant(0),
        slot: crate::domain::core::model::CheckInSlot::OneHour,
        ratings: Default::default(),
        custom: Vec::new(),
        red_flags: vec![RedFlag::UrinaryPainOrBlood],
        suicide_plan_or_intent: false,
        bp: Some(bp(200, 100)),
        notes: String::new(),
        draft: false,
    };
    assert_eq!(triggers(&Signals::from(&check_in)).len(), 2);
}

#[test]
fn blood_pressure_plausibility() {
    let s = BpError::SystolicOutOfRange { min: 50, max: 300 };
    let d = BpError::DiastolicOutOfRange { min: 30, max: 200 };
    let above = |sys, dia| Err(BpError::AboveUsualRange(bp(sys, dia)));
    // (systolic, diastolic, as typed, once the patient confirms it)
    type Case = (
        u16,
        u16,
        Result<BloodPressure, BpError>,
        Result<BloodPressure, BpError>,
    );
    let cases: &[Case] = &[
        (120, 80, Ok(bp(120, 80)), Ok(bp(120, 80))),
        (50, 30, Ok(bp(50, 30)), Ok(bp(50, 30))),
        (260, 160, Ok(bp(260, 160)), Ok(bp(260, 160))),
        // Real but dangerous: confirm, never reject as a typo.
        (261, 80, above(261, 80), Ok(bp(261, 80))),
        (270, 170, above(270, 170), Ok(bp(270, 170))),
        (200, 161, above(200, 161), Ok(bp(200, 161))),
        (300, 200, above(300, 200), Ok(bp(300, 200))),
        // Beyond any monitor, or too low: a typing slip either way.
        (301, 80, Err(s), Err(s)),
        (2700, 100, Err(s), Err(s)),
        (49, 30, Err(s), Err(s)),
        (0, 0, Err(s), Err(s)),
        (120, 29, Err(d), Err(d)),
        (250, 201, Err(d), Err(d)),
        (
            80,
            120,
            Err(BpError::DiastolicNotBelowSystolic),
            Err(BpError::DiastolicNotBelowSystolic),
        ),
        (
            90,
            90,
            Err(BpError::DiastolicNotBelowSystolic),
            Err(BpError::DiastolicNotBelowSystolic),
        ),
    ];
    for (sys, dia, typed, confirmed) in cases {
        assert_eq!(check_bp(*sys, *dia), *typed, "{sys}/{dia} typed");
        assert_eq!(
            check_bp_as(*sys, *dia, true),
            *confirmed,
            "{sys}/{dia} confirmed"
        );
    }
}

#[test]
fn a_confirmed_reading_above_the_usual_range_escalates() {
    for (sys, dia) in [(270, 120), (200, 170)] {
        let reading = check_bp_as(sys, dia, true).expect("kept once confirmed");
        let signals = Signals {
            bp: Some(reading),
            ..Signals::default()
        };
        assert_eq!(escalate(&signals), Some(CallClinicNow), "{sys}/{dia}");
        let with_headache = [RedFlag::SevereHeadache];
        let signals = Signals {
            flags: &with_headache,
            ..signals
        };
        assert_eq!(
            escalate(&signals),
            Some(Emergency),
            "{sys}/{dia} + headache"
        );
    }
}
