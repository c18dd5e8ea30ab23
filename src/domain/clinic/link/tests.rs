use super::*;

fn full() -> ClinicSetup {
    ClinicSetup {
        clinic_name: "Riverside Ketamine & Wellness Clinic".into(),
        clinic_phone: "+1 (555) 010-0199".into(),
        emergency_number: "911".into(),
        rules: ClinicRules {
            fasting_solid_hours: Some(6.0),
            fasting_clear_hours: Some(2.0),
            no_alcohol_before_hours: 24,
            no_alcohol_after_hours: 24,
            route: Some(DoseRoute::Iv),
            arrival_minutes_before: 15,
            extra_checklist_items: vec![
                "Bring headphones and an eye mask".into(),
                "Wear layers".into(),
            ],
            hidden_checklist_items: vec!["comfortable_clothes".into()],
            schedule: Some(SchedulePreset::IvCourse),
            questionnaire_days_course: 7,
            questionnaire_days_maintenance: 14,
        },
        note: "Call us if you are unwell on the day: we will move your session.".into(),
    }
}

/// A link made by the app before the clinic's rules were gathered into one type: it
/// still reads to exactly the same setup.
const EXISTING_LINK: &str = "setup=ASRSaXZlcnNpZGUgS2V0YW1pbmUgJiBXZWxsbmVzcyBDbGluaWMRKzEgKDU1NSkgMDEwLTAxOTkDOTExDAQYGAEPAiBCcmluZyBoZWFkcGhvbmVzIGFuZCBhbiBleWUgbWFzawtXZWFyIGxheWVycwETY29tZm9ydGFibGVfY2xvdGhlcwEHDkBDYWxsIHVzIGlmIHlvdSBhcmUgdW53ZWxsIG9uIHRoZSBkYXk6IHdlIHdpbGwgbW92ZSB5b3VyIHNlc3Npb24u--2Iog";

#[test]
fn an_existing_link_decodes_exactly_as_before() {
    assert_eq!(decode(EXISTING_LINK), Ok(full()));
    assert_eq!(encode(&full()).as_deref(), Ok(EXISTING_LINK));
}

#[test]
fn a_full_setup_round_trips_and_fits_a_qr_code() {
    let link = encode(&full()).unwrap();
    println!("fully filled setup link: {} characters", link.len());
    assert!(link.len() < 500, "{} characters", link.len());
    assert_eq!(decode(&format!("#{link}")), Ok(full()));
}

#[test]
fn damaged_links_are_refused_with_the_reason() {
    let link = encode(&full()).unwrap();
    assert_eq!(decode("#name=Ana"), Err(LinkError::NotASetupLink));
    assert_eq!(decode(&format!("{}!", link)), Err(LinkError::Corrupted));
    assert_eq!(decode(&link[..link.len() - 10]), Err(LinkError::Checksum));
    assert_eq!(decode(&link[..PREFIX.len() + 4]), Err(LinkError::Truncated));
    // One character changed in the middle.
    let mut changed: Vec<char> = link.chars().collect();
    let i = changed.len() / 2;
    changed[i] = if changed[i] == 'A' { 'B' } else { 'A' };
    assert_eq!(
        decode(&changed.into_iter().collect::<String>()),
        Err(LinkError::Checksum)
    );
}

/// A link made without the form's checks (as anyone can): the bytes, then the CRC.
fn forged(setup: &ClinicSetup) -> String {
    format!("{PREFIX}{}", base64url::encode(&to_bytes(setup)))
}

fn with_version(version: u8) -> String {
    let mut b = to_bytes(&full());
    b[0] = version;
    b.truncate(b.len() - 4);
    let crc = crc32(&b);
    b.extend_from_slice(&crc.to_be_bytes());
    format!("{PREFIX}{}", base64url::encode(&b))
}

#[test]
fn only_known_versions_are_read() {
    assert_eq!(decode(&with_version(1)), Ok(full()));
    assert_eq!(decode(&with_version(2)), Err(LinkError::NewerVersion(2)));
    assert_eq!(
        decode(&with_version(255)),
        Err(LinkError::NewerVersion(255))
    );
    assert_eq!(decode(&with_version(0)), Err(LinkError::UnknownVersion(0)));
}

#[test]
fn a_fragment_over_about_2_kb_is_refused_unread() {
    // A setup as long as the limits allow still fits under the cap.
    let longest = ClinicSetup {
        clinic_name: "N".repeat(MAX_NAME),
        clinic_phone: "1".repeat(MAX_PHONE),
        note: "x".repeat(MAX_NOTE),
        rules: ClinicRules {
            extra_checklist_items: (0..10).map(|i| format!("{i}{}", "y".repeat(59))).collect(),
            ..full().rules
        },
        ..full()
    };
    let link = encode(&longest).expect("within the limits");
    assert!(link.len() <= MAX_FRAGMENT, "{}", link.len());
    assert_eq!(decode(&link), Ok(longest));
    // Padding a valid link past the cap.
    let padded = format!("{PREFIX}{}", "A".repeat(MAX_FRAGMENT));
    assert_eq!(decode(&padded), Err(LinkError::TooLong));
    let mut huge = full();
    huge.note = "z".repeat(3000);
    assert_eq!(decode(&forged(&huge)), Err(LinkError::TooLong));
    // Exactly at the cap is read (and then fails for its own reason).
    let at_cap = format!("{PREFIX}{}", "A".repeat(MAX_FRAGMENT - PREFIX.len()));
    assert_ne!(decode(&at_cap), Err(LinkError::TooLong));
}

#[test]
fn bidi_overrides_and_isolates_are_refused_in_name_note_and_items() {
    for c in [
        '\u{202A}', '\u{202B}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}',
        '\u{2069}', '\u{200F}',
    ] {
        let name = ClinicSetup {
            clinic_name: format!("Bright Path{c} Clinic"),
            ..full()
        };
        assert_eq!(encode(&name), Err(Field::ClinicName));
        assert_eq!(
            decode(&forged(&name)),
            Err(LinkError::HiddenCharacters(Field::ClinicName))
        );
        let note = ClinicSetup {
            note: format!("Fasting: {c}0 h"),
            ..full()
        };
        assert_eq!(
            decode(&forged(&note)),
            Err(LinkError::HiddenCharacters(Field::Note))
        );
        let mut item = full();
        item.rules.extra_checklist_items[0] = format!("Eat {c}normally");
        assert_eq!(
            decode(&forged(&item)),
            Err(LinkError::HiddenCharacters(Field::ExtraItems))
        );
    }
    // Right-to-left text itself is fine.
    let arabic = ClinicSetup {
        clinic_name: "عيادة النور".into(),
        ..full()
    };
    assert_eq!(decode(&encode(&arabic).unwrap()), Ok(arabic));
}

#[test]
fn values_outside_what_clinics_use_are_refused_with_the_field() {
    type Edit = fn(&mut ClinicSetup);
    let cases: &[(Edit, Field)] = &[
        (
            |s| s.rules.fasting_solid_hours = Some(24.5),
            Field::FastingSolid,
        ),
        (
            |s| s.rules.fasting_solid_hours = Some(30.0),
            Field::FastingSolid,
        ),
        (
            |s| s.rules.fasting_clear_hours = Some(100.0),
            Field::FastingClear,
        ),
        (
            |s| s.rules.no_alcohol_before_hours = 73,
            Field::AlcoholBefore,
        ),
        (
            |s| s.rules.no_alcohol_after_hours = 100,
            Field::AlcoholAfter,
        ),
        (|s| s.rules.arrival_minutes_before = 241, Field::Arrival),
        (
            |s| s.rules.questionnaire_days_course = 0,
            Field::QuestionnaireCourse,
        ),
        (
            |s| s.rules.questionnaire_days_maintenance = 91,
            Field::QuestionnaireMaintenance,
        ),
        (
            |s| s.emergency_number = "call".into(),
            Field::EmergencyNumber,
        ),
        (|s| s.note = "x".repeat(MAX_NOTE + 1), Field::Note),
        (
            |s| s.clinic_name = "x".repeat(MAX_NAME + 1),
            Field::ClinicName,
        ),
        (|s| s.clinic_phone = "ring us".into(), Field::ClinicPhone),
        (
            |s| s.rules.hidden_checklist_items = vec!["support_person".into()],
            Field::HiddenItems,
        ),
        (
            |s| s.rules.extra_checklist_items = vec!["".into()],
            Field::ExtraItems,
        ),
    ];
    for (edit, field) in cases {
        let mut setup = full();
        edit(&mut setup);
        assert_eq!(encode(&setup), Err(*field), "{field:?}");
        assert_eq!(
            decode(&forged(&setup)),
            Err(LinkError::OutOfRange(*field)),
            "{field:?}"
        );
    }
    // The edges are allowed, and 0 h of fasting is a value (not "no rule").
    let mut edges = full();
    edges.rules.fasting_solid_hours = Some(0.0);
    edges.rules.fasting_clear_hours = Some(24.0);
    edges.rules.no_alcohol_before_hours = 0;
    edges.rules.no_alcohol_after_hours = 72;
    edges.rules.arrival_minutes_before = 240;
    edges.rules.questionnaire_days_course = 1;
    edges.rules.questionnaire_days_maintenance = 90;
    assert_eq!(decode(&encode(&edges).unwrap()), Ok(edges));
}

#[test]
fn crc32_matches_the_standard_check_value() {
    assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
}

proptest::proptest! {
    #[test]
    fn any_valid_setup_round_trips(
        name in "[ -~]{0,80}", note in "\\PC{0,60}",
        solid in proptest::option::of(0u8..=48), before in 0u8..=72, arrival in 0u16..=240,
        days in 1u16..=90,
    ) {
        let setup = ClinicSetup {
            clinic_name: name.trim().to_string(),
            note: note.trim().to_string(),
            rules: ClinicRules {
                fasting_solid_hours: solid.map(|h| f32::from(h) / 2.0),
                no_alcohol_before_hours: before,
                arrival_minutes_before: arrival,
                questionnaire_days_course: days,
                questionnaire_days_maintenance: days,
                ..full().rules
            },
            ..full()
        };
        if setup.check().is_ok() {
            proptest::prop_assert_eq!(decode(&encode(&setup).unwrap()), Ok(setup));
        }
    }

    #[test]
    fn arbitrary_fragments_never_panic(f in ".{0,300}", bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..200)) {
        let _ = decode(&f);
        let _ = decode(&format!("{PREFIX}{}", base64url::encode(&bytes)));
    }
}
