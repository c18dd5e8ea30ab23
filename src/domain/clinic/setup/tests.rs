use super::*;
use crate::domain::clinic::link::{decode, encode};
use crate::domain::core::model::{Language, Theme};

fn filled() -> SetupForm {
    SetupForm {
        clinic_name: " Harbor Clinic ".into(),
        clinic_phone: "555 010 0177".into(),
        fasting_solid_hours: "6".into(),
        fasting_clear_hours: "1,5".into(),
        no_alcohol_before_hours: "48".into(),
        no_alcohol_after_hours: "24".into(),
        route: Some(DoseRoute::Intranasal),
        arrival_minutes: "30".into(),
        extra_items: "Bring headphones\n\n  Wear layers \nBring headphones".into(),
        hidden_items: vec!["comfortable_clothes".into()],
        schedule: Some(SchedulePreset::EsketamineInduction),
        questionnaire_days_course: "7".into(),
        questionnaire_days_maintenance: "28".into(),
        note: "Please eat a light meal the evening before.".into(),
    }
}

#[test]
fn a_filled_form_reads_as_typed_and_survives_the_link() {
    let setup = filled().check().expect("valid");
    assert_eq!(setup.clinic_name, "Harbor Clinic");
    assert_eq!(setup.rules.fasting_clear_hours, Some(1.5));
    assert_eq!(setup.emergency_number, "", "the form cannot set it");
    assert_eq!(
        setup.rules.extra_checklist_items,
        ["Bring headphones", "Wear layers"]
    );
    let link = encode(&setup).expect("encodes");
    assert_eq!(decode(&link), Ok(setup));
}

#[test]
fn every_wrong_field_is_named_and_only_those() {
    let form = SetupForm {
        clinic_phone: "call us".into(),
        fasting_solid_hours: "6h".into(),
        fasting_clear_hours: "1.25".into(),
        no_alcohol_before_hours: "".into(),
        no_alcohol_after_hours: "300".into(),
        arrival_minutes: "241".into(),
        hidden_items: vec!["support_person".into()],
        questionnaire_days_maintenance: "0".into(),
        note: "x".repeat(281),
        ..filled()
    };
    assert_eq!(
        form.check(),
        Err(vec![
            Field::ClinicPhone,
            Field::FastingSolid,
            Field::FastingClear,
            Field::AlcoholBefore,
            Field::AlcoholAfter,
            Field::Arrival,
            Field::HiddenItems,
            Field::QuestionnaireMaintenance,
            Field::Note,
        ])
    );
    let too_many = SetupForm {
        extra_items: (0..11).map(|i| format!("Item {i}\n")).collect(),
        ..filled()
    };
    assert_eq!(too_many.check(), Err(vec![Field::ExtraItems]));
    // The defaults are a valid setup: a clinic may fill in only what it needs.
    assert!(SetupForm::default().check().is_ok());
}

#[test]
fn the_preview_lists_old_and_new_for_each_field_that_differs() {
    let settings = Settings {
        clinic_name: "Old Clinic".into(),
        emergency_number: "911".into(),
        ..Settings::default()
    };
    let setup = filled().check().unwrap();
    let list = changes(&settings, &setup);
    let first = &list[0];
    assert_eq!(
        (first.setting, &first.old, &first.new),
        (
            Field::ClinicName,
            &Value::Text("Old Clinic".into()),
            &Value::Text("Harbor Clinic".into())
        )
    );
    let settings_changed: Vec<Field> = list.iter().map(|c| c.setting).collect();
    // Alcohol after (24) and questionnaires in a course (7) already match: not listed.
    assert_eq!(
        settings_changed,
        [
            Field::ClinicName,
            Field::ClinicPhone,
            Field::FastingSolid,
            Field::FastingClear,
            Field::AlcoholBefore,
            Field::Route,
            Field::Arrival,
            Field::ExtraItems,
            Field::HiddenItems,
            Field::Schedule,
            Field::QuestionnaireMaintenance,
            Field::Note,
        ]
    );
    assert!(list.contains(&Change {
        setting: Field::FastingSolid,
        old: Value::Hours(None),
        new: Value::Hours(Some(6.0)),
    }));
}

#[test]
fn applying_then_comparing_finds_nothing_left_and_keeps_the_patients_own_settings() {
    let settings = Settings {
        language: Some(Language::Es),
        theme: Theme::Dark,
        welcome_done: true,
        clinic_phone: "555 123 4567".into(),
        clinic_note: "Old note".into(),
        ..Settings::default()
    };
    let setup = ClinicSetup {
        clinic_phone: String::new(),
        note: String::new(),
        ..filled().check().unwrap()
    };
    let next = apply(&settings, &setup);
    assert_eq!(changes(&next, &setup), []);
    assert_eq!(next.language, Some(Language::Es));
    assert_eq!(next.theme, Theme::Dark);
    assert!(next.welcome_done);
    assert_eq!(
        next.clinic_phone, "555 123 4567",
        "a blank phone keeps the patient's"
    );
    assert_eq!(next.clinic_note, "Old note");
    assert_eq!(
        next.schedule_preset,
        Some(SchedulePreset::EsketamineInduction)
    );
    assert_eq!(next.fasting_solid_hours, Some(6.0));
}

#[test]
fn a_link_never_changes_the_emergency_number_and_the_preview_can_say_so() {
    let settings = Settings {
        emergency_number: "911".into(),
        ..Settings::default()
    };
    let setup = ClinicSetup {
        emergency_number: "555 0000".into(),
        ..filled().check().unwrap()
    };
    let next = apply(&settings, &setup);
    assert_eq!(next.emergency_number, "911");
    assert!(changes(&settings, &setup)
        .iter()
        .all(|c| c.setting != Field::EmergencyNumber));
    assert_eq!(
        ignored_emergency_number(&settings, &setup),
        Some("555 0000")
    );
    // On a phone with the country's number (empty), it is still not set.
    let fresh = apply(&Settings::default(), &setup);
    assert_eq!(fresh.emergency_number, "");
    // Asking for the number the patient already has is not worth a warning.
    let same = ClinicSetup {
        emergency_number: "911".into(),
        ..setup.clone()
    };
    assert_eq!(ignored_emergency_number(&settings, &same), None);
    let none = ClinicSetup {
        emergency_number: String::new(),
        ..setup
    };
    assert_eq!(ignored_emergency_number(&settings, &none), None);
}

#[test]
fn fasting_and_alcohol_set_to_zero_show_as_changes_from_the_current_value() {
    let settings = Settings {
        fasting_solid_hours: Some(6.0),
        fasting_clear_hours: Some(2.0),
        no_alcohol_before_hours: 24,
        ..Settings::default()
    };
    let mut setup = filled().check().unwrap();
    setup.rules.fasting_solid_hours = Some(0.0);
    setup.rules.fasting_clear_hours = None;
    setup.rules.no_alcohol_before_hours = 0;
    let list = changes(&settings, &setup);
    for (field, old, new) in [
        (
            Field::FastingSolid,
            Value::Hours(Some(6.0)),
            Value::Hours(Some(0.0)),
        ),
        (
            Field::FastingClear,
            Value::Hours(Some(2.0)),
            Value::Hours(None),
        ),
        (
            Field::AlcoholBefore,
            Value::WholeHours(24),
            Value::WholeHours(0),
        ),
    ] {
        assert!(field.is_safety_relevant());
        assert!(
            list.contains(&Change {
                setting: field,
                old,
                new
            }),
            "{field:?} in {list:?}"
        );
    }
}

#[test]
fn declining_is_computing_the_preview_and_nothing_else() {
    let settings = Settings::default();
    let before = settings.clone();
    let setup = filled().check().unwrap();
    assert!(!changes(&settings, &setup).is_empty());
    assert_eq!(settings, before);
}

proptest::proptest! {
    #[test]
    fn any_form_text_is_checked_without_panicking(s in ".{0,30}", n in ".{0,8}") {
        let form = SetupForm {
            clinic_name: s.clone(),
            clinic_phone: s.clone(),
            fasting_solid_hours: n.clone(),
            arrival_minutes: n.clone(),
            questionnaire_days_course: n.clone(),
            extra_items: s.clone(),
            ..filled()
        };
        if let Ok(setup) = form.check() {
            let link = encode(&setup).expect("a checked setup encodes");
            proptest::prop_assert_eq!(decode(&link), Ok(setup.clone()));
            let next = apply(&Settings::default(), &setup);
            proptest::prop_assert!(changes(&next, &setup).is_empty());
        }
    }
}
