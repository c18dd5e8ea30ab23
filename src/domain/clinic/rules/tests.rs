use super::*;
use FieldError::*;

#[test]
fn the_one_parser_reads_numbers_as_people_type_them() {
    let cases: &[(&str, Result<Option<f64>, FieldError>)] = &[
        ("", Ok(None)),
        ("   ", Ok(None)),
        ("6", Ok(Some(6.0))),
        (" 24 ", Ok(Some(24.0))),
        ("1.5", Ok(Some(1.5))),
        ("1,5", Ok(Some(1.5))),
        ("-2", Ok(Some(-2.0))),
        ("-", Err(NotANumber)),
        ("6h", Err(NotANumber)),
        ("inf", Err(NotANumber)),
        ("NaN", Err(NotANumber)),
        ("1e3", Err(NotANumber)),
        ("1.2.3", Err(NotANumber)),
        ("+3", Err(NotANumber)),
        ("٣", Err(NotANumber)),
    ];
    for (text, want) in cases {
        assert_eq!(read_number(text), *want, "{text:?}");
    }
}

#[test]
fn every_limit_refuses_just_outside_and_accepts_its_edges() {
    // (field, text, result)
    type Read = Result<Option<f32>, FieldError>;
    let cases: &[(Field, &str, Read)] = &[
        (Field::FastingSolid, "", Ok(None)),
        (Field::FastingSolid, "0", Ok(Some(0.0))),
        (Field::FastingSolid, "24", Ok(Some(24.0))),
        (Field::FastingSolid, "24.5", Err(TooLarge { max: 24 })),
        (Field::FastingSolid, "-0.5", Err(Negative)),
        (Field::FastingSolid, "6.25", Err(NotHalf)),
        (Field::FastingClear, "1,5", Ok(Some(1.5))),
        (Field::FastingClear, "25", Err(TooLarge { max: 24 })),
        (Field::AlcoholBefore, "", Err(Empty)),
        (Field::AlcoholBefore, "0", Ok(Some(0.0))),
        (Field::AlcoholBefore, "72", Ok(Some(72.0))),
        (Field::AlcoholBefore, "73", Err(TooLarge { max: 72 })),
        (Field::AlcoholAfter, "-1", Err(Negative)),
        (Field::AlcoholAfter, "1.5", Err(NotANumber)),
        (Field::Arrival, "240", Ok(Some(240.0))),
        (Field::Arrival, "241", Err(TooLarge { max: 240 })),
        (Field::Arrival, "99999999999", Err(TooLarge { max: 240 })),
        (Field::QuestionnaireCourse, "1", Ok(Some(1.0))),
        (Field::QuestionnaireCourse, "0", Err(TooSmall { min: 1 })),
        (Field::QuestionnaireMaintenance, "90", Ok(Some(90.0))),
        (
            Field::QuestionnaireMaintenance,
            "91",
            Err(TooLarge { max: 90 }),
        ),
    ];
    for (field, text, want) in cases {
        assert_eq!(read(*field, text), *want, "{field:?} {text:?}");
    }
    // Every numeric field is in the table once; text and choices are not.
    for f in Field::ALL {
        let n = LIMITS.iter().filter(|l| l.field == f).count();
        let numeric = matches!(
            f,
            Field::FastingSolid
                | Field::FastingClear
                | Field::AlcoholBefore
                | Field::AlcoholAfter
                | Field::Arrival
                | Field::QuestionnaireCourse
                | Field::QuestionnaireMaintenance
        );
        assert_eq!(n, usize::from(numeric), "{f:?}");
    }
}

#[test]
fn stored_values_are_checked_against_the_same_table() {
    let ok = ClinicRules::default();
    assert_eq!(ok.problems(), []);
    type Edit = fn(&mut ClinicRules);
    let cases: &[(Edit, Field)] = &[
        (|r| r.fasting_solid_hours = Some(30.0), Field::FastingSolid),
        (|r| r.fasting_clear_hours = Some(-1.0), Field::FastingClear),
        (
            |r| r.fasting_clear_hours = Some(f32::NAN),
            Field::FastingClear,
        ),
        (|r| r.fasting_solid_hours = Some(6.25), Field::FastingSolid),
        (|r| r.no_alcohol_before_hours = 73, Field::AlcoholBefore),
        (|r| r.no_alcohol_after_hours = 255, Field::AlcoholAfter),
        (|r| r.arrival_minutes_before = 241, Field::Arrival),
        (
            |r| r.questionnaire_days_course = 0,
            Field::QuestionnaireCourse,
        ),
        (
            |r| r.questionnaire_days_maintenance = 91,
            Field::QuestionnaireMaintenance,
        ),
        (
            |r| r.extra_checklist_items = vec![" ".into()],
            Field::ExtraItems,
        ),
        (
            |r| r.extra_checklist_items = vec!["x".repeat(MAX_ITEM + 1)],
            Field::ExtraItems,
        ),
        (
            |r| r.extra_checklist_items = (0..=MAX_ITEMS).map(|i| i.to_string()).collect(),
            Field::ExtraItems,
        ),
        (
            |r| r.extra_checklist_items = vec!["Wear \u{202E}sreyal".into()],
            Field::ExtraItems,
        ),
        (
            |r| r.hidden_checklist_items = vec!["support_person".into()],
            Field::HiddenItems,
        ),
    ];
    for (edit, field) in cases {
        let mut r = ClinicRules::default();
        edit(&mut r);
        assert_eq!(r.problems(), [*field], "{field:?}");
    }
}

#[test]
fn bidi_controls_are_refused_in_text() {
    for c in [
        '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}',
        '\u{2068}', '\u{2069}', '\u{200E}', '\u{200F}', '\u{061C}',
    ] {
        assert!(
            !text_ok(&format!("Bright{c}Path"), MAX_NAME),
            "U+{:04X}",
            c as u32
        );
    }
    assert!(text_ok("Clínica Sol · عيادة", MAX_NAME));
    assert!(!text_ok("line\nbreak", MAX_NAME));
    assert!(!text_ok(&"x".repeat(MAX_NAME + 1), MAX_NAME));
}

#[test]
fn settings_hand_out_and_take_back_their_rules_only() {
    let s = Settings {
        clinic_name: "Kept".into(),
        fasting_solid_hours: Some(6.0),
        schedule_preset: Some(SchedulePreset::IvCourse),
        ..Settings::default()
    };
    let mut rules = s.clinic_rules();
    assert_eq!(rules.schedule, Some(SchedulePreset::IvCourse));
    rules.fasting_solid_hours = Some(0.0);
    rules.questionnaire_days_course = 3;
    let next = s.with_clinic_rules(&rules);
    assert_eq!(next.clinic_name, "Kept");
    assert_eq!(next.fasting_solid_hours, Some(0.0));
    assert_eq!(next.questionnaire_days_course, 3);
    assert_eq!(next.clinic_rules(), rules);
}

/// Settings as an earlier version of the app stored them: they load as before, and the
/// clinic's rules read from them unchanged.
#[test]
fn stored_settings_keep_loading_exactly_as_before() {
    let stored = r#"{"language":"es","country":"uk","clinic_name":"Harbor Clinic",
            "clinic_phone":"555 010 0177","emergency_number":"999","fasting_solid_hours":1.25,
            "fasting_clear_hours":null,"no_alcohol_before_hours":48,"no_alcohol_after_hours":24,
            "route":"intranasal","arrival_minutes_before":30,
            "extra_checklist_items":["Bring headphones"],
            "hidden_checklist_items":["comfortable_clothes"],"questionnaire_days_course":7,
            "questionnaire_days_maintenance":28,"welcome_done":true,
            "clinic_note":"Eat lightly.","schedule_preset":"esketamine_induction"}"#;
    let s: Settings = serde_json::from_str(stored).expect("stored settings load");
    assert_eq!(s.emergency_number, "999");
    assert_eq!(s.clinic_name, "Harbor Clinic");
    assert_eq!(
        s.clinic_rules(),
        ClinicRules {
            fasting_solid_hours: Some(1.25),
            fasting_clear_hours: None,
            no_alcohol_before_hours: 48,
            no_alcohol_after_hours: 24,
            route: Some(DoseRoute::Intranasal),
            arrival_minutes_before: 30,
            extra_checklist_items: vec!["Bring headphones".into()],
            hidden_checklist_items: vec!["comfortable_clothes".into()],
            schedule: Some(SchedulePreset::EsketamineInduction),
            questionnaire_days_course: 7,
            questionnaire_days_maintenance: 28,
        }
    );
    // Unmentioned settings take their defaults, and saving writes the same keys back.
    assert_eq!(s.backup_reminder_days, 14);
    let again: Settings =
        serde_json::from_str(&serde_json::to_string(&s).unwrap()).expect("round trip");
    assert_eq!(again, s);
}
