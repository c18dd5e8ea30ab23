use super::*;
use crate::domain::core::model::BloodPressure;
use crate::domain::safety::red_flags::BpError;

fn bp(s: &str, d: &str) -> BpText {
    BpText {
        systolic: s.into(),
        diastolic: d.into(),
        confirmed_high: false,
    }
}

fn form() -> SessionForm {
    SessionForm {
        start: "10:00".into(),
        end: "10:40".into(),
        ..SessionForm::new(Date::new(2026, 6, 10).expect("date"), DoseRoute::Iv)
    }
}

#[test]
fn blood_pressure_fields() {
    use BpInputError::*;
    let reading = |s, d| {
        Some(BloodPressure {
            systolic: s,
            diastolic: d,
        })
    };
    type Case<'a> = (
        &'a str,
        &'a str,
        Result<Option<BloodPressure>, BpInputError>,
    );
    let cases: &[Case] = &[
        ("", "", Ok(None)),
        ("  ", " ", Ok(None)),
        ("120", "80", Ok(reading(120, 80))),
        (" 135 ", "85", Ok(reading(135, 85))),
        ("120", "", Err(Incomplete)),
        ("", "80", Err(Incomplete)),
        ("12o", "80", Err(NotANumber)),
        ("-120", "80", Err(NotANumber)),
        ("120.5", "80", Err(NotANumber)),
        (
            "99999",
            "80",
            Err(Implausible(BpError::SystolicOutOfRange {
                min: 50,
                max: 300,
            })),
        ),
        (
            "120",
            "20",
            Err(Implausible(BpError::DiastolicOutOfRange {
                min: 30,
                max: 200,
            })),
        ),
        (
            "275",
            "130",
            Err(Implausible(BpError::AboveUsualRange(BloodPressure {
                systolic: 275,
                diastolic: 130,
            }))),
        ),
        (
            "80",
            "120",
            Err(Implausible(BpError::DiastolicNotBelowSystolic)),
        ),
    ];
    for (s, d, want) in cases {
        assert_eq!(parse_bp(&bp(s, d)), *want, "{s}/{d}");
    }
}

#[test]
fn a_reading_above_the_usual_range_is_kept_once_confirmed() {
    let typed = bp("275", "130");
    let want = BloodPressure {
        systolic: 275,
        diastolic: 130,
    };
    assert_eq!(parse_bp(&typed.confirmed()), Ok(Some(want)));
    // A kept reading comes back confirmed (a draft reopened keeps it).
    assert_eq!(BpText::of(Some(want)), typed.confirmed());
    assert!(
        !BpText::of(Some(BloodPressure {
            systolic: 150,
            diastolic: 90
        }))
        .confirmed_high
    );
    // Confirming never lets a slip through.
    for (s, d) in [("2750", "130"), ("130", "275"), ("80", "120"), ("275", "")] {
        assert!(parse_bp(&bp(s, d).confirmed()).is_err(), "{s}/{d}");
    }
    // The session form keeps it only once confirmed, and says why otherwise.
    let form = SessionForm {
        start: "10:00".into(),
        bp_before: typed.clone(),
        ..SessionForm::new(Date::new(2026, 6, 10).expect("date"), DoseRoute::Iv)
    };
    assert_eq!(
        validate_session(&form),
        Err(vec![(
            SessionField::BpBefore,
            SessionError::Bp(BpInputError::Implausible(BpError::AboveUsualRange(want)))
        )])
    );
    let confirmed = SessionForm {
        bp_before: typed.confirmed(),
        ..form
    };
    assert_eq!(
        validate_session(&confirmed).map(|s| s.bp_before),
        Ok(Some(want))
    );
}

#[test]
fn a_good_form_becomes_a_session_with_trimmed_text() {
    let f = SessionForm {
        dose: " 0.5 mg/kg ".into(),
        taken_home_by: " Sam ".into(),
        bp_40min: bp("150", "95"),
        ..form()
    };
    let s = validate_session(&f).expect("valid");
    assert_eq!(
        s.start,
        TimeOfDay {
            hour: 10,
            minute: 0
        }
    );
    assert_eq!(
        s.end,
        Some(TimeOfDay {
            hour: 10,
            minute: 40
        })
    );
    assert_eq!(
        (s.dose.as_str(), s.taken_home_by.as_str()),
        ("0.5 mg/kg", "Sam")
    );
    assert_eq!(s.bp_before, None);
    assert_eq!(s.bp_40min.map(|b| b.systolic), Some(150));
    let no_end = validate_session(&SessionForm {
        end: String::new(),
        ..form()
    });
    assert_eq!(no_end.map(|s| s.end), Ok(None));
}

#[test]
fn every_error_is_reported_at_once() {
    use SessionError::*;
    use SessionField as F;
    type Case<'a> = (&'a str, SessionForm, Vec<(SessionField, SessionError)>);
    let cases: Vec<Case> = vec![
        (
            "end before start",
            SessionForm {
                end: "09:59".into(),
                ..form()
            },
            vec![(F::End, EndBeforeStart)],
        ),
        (
            "missing date and start",
            SessionForm {
                date: String::new(),
                start: " ".into(),
                ..form()
            },
            vec![(F::Date, Missing), (F::Start, Missing)],
        ),
        (
            "unreadable",
            SessionForm {
                date: "2026-02-30".into(),
                end: "25:00".into(),
                ..form()
            },
            vec![(F::Date, Unreadable), (F::End, Unreadable)],
        ),
        (
            "three readings",
            SessionForm {
                bp_before: bp("301", "80"),
                bp_40min: bp("80", "90"),
                bp_leaving: bp("120", ""),
                ..form()
            },
            vec![
                (
                    F::BpBefore,
                    Bp(BpInputError::Implausible(BpError::SystolicOutOfRange {
                        min: 50,
                        max: 300,
                    })),
                ),
                (
                    F::Bp40Min,
                    Bp(BpInputError::Implausible(
                        BpError::DiastolicNotBelowSystolic,
                    )),
                ),
                (F::BpLeaving, Bp(BpInputError::Incomplete)),
            ],
        ),
    ];
    for (name, f, want) in cases {
        assert_eq!(validate_session(&f), Err(want), "{name}");
    }
}
