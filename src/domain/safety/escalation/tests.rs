//! The escalation model's invariants over every country, every combination of saved settings
//! and every combination of situations (issue 18), then the numbers each country gets.

use super::*;

const CLINIC_PHONE: &str = "(555) 010-0199";
const OVERRIDE: &str = "0118";
const SUPPORT_PHONE: &str = "555 222 3333";

/// Every combination of what a patient may have saved.
fn every_saved() -> Vec<Saved> {
    let mut out = Vec::new();
    for bits in 0..32u8 {
        let on = |b: u8| bits & (1 << b) != 0;
        out.push(Saved {
            clinic_name: if on(0) {
                "Riverside Clinic".into()
            } else {
                String::new()
            },
            clinic_phone: if on(1) {
                CLINIC_PHONE.into()
            } else {
                String::new()
            },
            emergency_override: if on(2) {
                OVERRIDE.into()
            } else {
                String::new()
            },
            support: on(3).then(|| SupportPerson {
                name: "Sam".into(),
                phone: SUPPORT_PHONE.into(),
            }),
            language: if on(4) { Language::Es } else { Language::En },
        });
    }
    out
}

/// Every set of situations a screen may have at once (the empty set is "Get help now").
fn every_situation_set() -> Vec<Vec<Situation>> {
    (0..16u8)
        .map(|bits| {
            Situation::ALL
                .iter()
                .enumerate()
                .filter(|(i, _)| bits & (1 << i) != 0)
                .map(|(_, s)| *s)
                .collect()
        })
        .collect()
}

fn key(c: &Contact) -> (ContactKind, Channel, String) {
    (c.kind, c.channel, c.target.clone())
}

fn is_line(c: &Contact) -> bool {
    matches!(c.kind, ContactKind::Line(_))
}

/// The emergency number that must be dialled for this country and these settings.
fn emergency_target(country: Country, saved: &Saved) -> String {
    if !saved.emergency_override.is_empty() {
        return format!("tel:{}", dial_string(&saved.emergency_override));
    }
    match country {
        Country::Us | Country::Ca | Country::Mx => "tel:911",
        Country::Uk => "tel:999",
        Country::Eu | Country::Es => "tel:112",
        Country::Au => "tel:000",
        Country::Other => "tel:112",
    }
    .to_string()
}

#[test]
fn every_country_every_setting_every_situation_keeps_the_invariants() {
    let mut checked = 0;
    for country in Country::ALL {
        for saved in every_saved() {
            for situations in every_situation_set() {
                let p = plan(&situations, country, &saved);
                let what = format!("{country:?} {situations:?} {saved:?}");
                let has = |kind: ContactKind| p.contacts.iter().any(|c| c.kind == kind);
                let emergency = emergency_target(country, &saved);
                let clinic_saved = !saved.clinic_phone.is_empty();

                assert!(!p.contacts.is_empty(), "never empty: {what}");
                // The emergency number is on every list, and it is the right one.
                let e: Vec<&Contact> = p
                    .contacts
                    .iter()
                    .filter(|c| c.kind == ContactKind::Emergency)
                    .collect();
                assert_eq!(e.len(), 1, "one emergency number: {what}");
                assert_eq!(e[0].target, emergency, "{what}");
                // The clinic whenever it is saved, whatever the level.
                assert_eq!(has(ContactKind::Clinic), clinic_saved, "clinic: {what}");
                assert_eq!(
                    p.missing.contains(&Missing::ClinicPhone),
                    !clinic_saved,
                    "says how to add the clinic: {what}"
                );
                assert_eq!(
                    p.missing.contains(&Missing::EmergencyNumber),
                    country == Country::Other && saved.emergency_override.is_empty(),
                    "asks for the emergency number only when none is known: {what}"
                );
                assert_eq!(
                    has(ContactKind::SupportPerson),
                    saved.support.is_some(),
                    "support person: {what}"
                );
                let top = situations.iter().copied().max().unwrap_or(Situation::Worry);
                assert_eq!(p.situation, top, "the highest level: {what}");
                if top == Situation::Emergency {
                    assert_eq!(p.contacts[0].target, emergency, "emergency first: {what}");
                }
                if situations.contains(&Situation::CrisisLine) {
                    assert_eq!(
                        p.contacts.iter().any(is_line),
                        has_crisis_line(country),
                        "the country's crisis line: {what}"
                    );
                }
                if top == Situation::CrisisLine && has_crisis_line(country) {
                    assert!(is_line(&p.contacts[0]), "crisis line first: {what}");
                }
                if top == Situation::ClinicNow && clinic_saved {
                    assert_eq!(
                        p.contacts[0].kind,
                        ContactKind::Clinic,
                        "clinic first: {what}"
                    );
                }
                // Union: everything each situation alone would list is still there.
                for s in &situations {
                    for c in plan(&[*s], country, &saved).contacts {
                        assert!(
                            p.contacts.iter().any(|d| key(d) == key(&c)),
                            "{c:?} from {s:?} kept in the union: {what}"
                        );
                    }
                }
                // Every contact once, each a link that dials or texts digits.
                for (i, c) in p.contacts.iter().enumerate() {
                    assert!(
                        !p.contacts[..i].iter().any(|d| key(d) == key(c)),
                        "listed twice: {c:?} {what}"
                    );
                    let digits = c
                        .target
                        .strip_prefix("tel:")
                        .or_else(|| c.target.strip_prefix("sms:"))
                        .unwrap_or("");
                    assert!(
                        digits.starts_with(|d: char| d.is_ascii_digit() || d == '+'),
                        "{c:?}"
                    );
                    assert_eq!(c.target.starts_with("tel:"), c.channel == Channel::Call);
                }
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 8 * 32 * 16);
}

#[test]
fn clinic_level_without_a_clinic_still_gives_someone_who_answers() {
    for country in Country::ALL {
        let p = plan(&[Situation::ClinicNow], country, &Saved::default());
        assert!(p.contacts.iter().any(|c| c.kind == ContactKind::Emergency));
        assert_eq!(p.missing[0], Missing::ClinicPhone, "{country:?}");
        assert_eq!(
            p.contacts.iter().any(is_line),
            has_crisis_line(country),
            "{country:?}"
        );
    }
}

fn targets(p: &Plan) -> Vec<&str> {
    p.contacts.iter().map(|c| c.target.as_str()).collect()
}

#[test]
fn each_countrys_numbers() {
    let none = Saved::default();
    let cases: [(Country, Situation, &[&str]); 9] = [
        (
            Country::Us,
            Situation::CrisisLine,
            &["tel:988", "sms:988", "tel:911"],
        ),
        (
            Country::Ca,
            Situation::CrisisLine,
            &["tel:988", "sms:988", "tel:911"],
        ),
        (
            Country::Uk,
            Situation::CrisisLine,
            &["tel:116123", "tel:111", "sms:85258", "tel:999"],
        ),
        (
            Country::Au,
            Situation::CrisisLine,
            &["tel:131114", "sms:0477131114", "tel:000"],
        ),
        (Country::Es, Situation::CrisisLine, &["tel:024", "tel:112"]),
        (
            Country::Mx,
            Situation::CrisisLine,
            &["tel:8009112000", "tel:911"],
        ),
        (Country::Eu, Situation::CrisisLine, &["tel:112"]),
        (Country::Other, Situation::CrisisLine, &["tel:112"]),
        (Country::Uk, Situation::Emergency, &["tel:999"]),
    ];
    for (country, situation, want) in cases {
        assert_eq!(
            targets(&plan(&[situation], country, &none)),
            want,
            "{country:?}"
        );
    }
    // Canada's text line for young people is Kids Help Phone, by text and by call.
    let ca = plan(&[], Country::Ca, &none);
    let kids: Vec<_> = ca
        .contacts
        .iter()
        .filter(|c| c.kind == ContactKind::Line(Line::KidsHelpPhone))
        .map(|c| c.target.as_str())
        .collect();
    assert_eq!(kids, ["sms:686868", "tel:18006686868"]);
}

#[test]
fn the_spanish_988_line_both_calls_and_texts() {
    let spanish = |language| {
        let saved = Saved {
            language,
            ..Saved::default()
        };
        plan(&[Situation::Worry], Country::Us, &saved)
            .contacts
            .into_iter()
            .filter(|c| c.kind == ContactKind::Line(Line::Us988Spanish))
            .map(|c| c.target)
            .collect::<Vec<_>>()
    };
    assert_eq!(spanish(Language::En), ["tel:988", "sms:988?&body=AYUDA"]);
    // In Spanish the Spanish line leads the crisis lines.
    let es = Saved {
        language: Language::Es,
        ..Saved::default()
    };
    let p = plan(&[Situation::CrisisLine], Country::Us, &es);
    assert_eq!(p.contacts[0].kind, ContactKind::Line(Line::Us988Spanish));
    assert_eq!(spanish(Language::Es), ["tel:988", "sms:988?&body=AYUDA"]);
}

#[test]
fn several_flags_give_the_union_ordered_for_the_most_urgent() {
    let saved = Saved {
        clinic_phone: CLINIC_PHONE.into(),
        ..Saved::default()
    };
    // Suicidal thoughts with very high blood pressure: the crisis line first, the clinic kept.
    let p = plan(
        &[Situation::ClinicNow, Situation::CrisisLine],
        Country::Us,
        &saved,
    );
    assert_eq!(p.situation, Situation::CrisisLine);
    assert_eq!(
        targets(&p),
        ["tel:988", "sms:988", "tel:911", "tel:5550100199"]
    );
    // Chest pain: the emergency number, then the clinic.
    let p = plan(&[Situation::Emergency], Country::Us, &saved);
    assert_eq!(targets(&p), ["tel:911", "tel:5550100199"]);
    // With a plan (emergency) and the thoughts (crisis line): both, emergency first.
    let p = plan(
        &[Situation::CrisisLine, Situation::Emergency],
        Country::Us,
        &saved,
    );
    assert_eq!(
        targets(&p),
        ["tel:911", "tel:988", "sms:988", "tel:5550100199"]
    );
    let levels = [Escalation::CallClinicNow, Escalation::Emergency];
    assert_eq!(
        plan_for_levels(&levels, Country::Us, &saved).situation,
        Situation::Emergency
    );
}

#[test]
fn why_each_contact_is_there() {
    let saved = Saved {
        clinic_phone: CLINIC_PHONE.into(),
        support: Some(SupportPerson {
            name: "Sam".into(),
            phone: SUPPORT_PHONE.into(),
        }),
        ..Saved::default()
    };
    let reasons = |s: Situation, country| {
        plan(&[s], country, &saved)
            .contacts
            .iter()
            .map(|c| (c.kind, c.reason))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        reasons(Situation::ClinicNow, Country::Uk),
        [
            (ContactKind::Clinic, Reason::KnowsYourTreatment),
            (ContactKind::Emergency, Reason::IfWorseOrNoAnswer),
            (ContactKind::SupportPerson, Reason::StayWithYou),
        ]
    );
    assert_eq!(
        reasons(Situation::Emergency, Country::Other),
        [
            (ContactKind::Emergency, Reason::NoLocalNumberSaved),
            (ContactKind::Clinic, Reason::TellYourClinic),
            (ContactKind::SupportPerson, Reason::StayWithYou),
        ]
    );
}

#[test]
fn numbers_read_as_phone_numbers() {
    let cases = [
        ("5550100199", Country::Us, "(555) 010-0199"),
        ("15550100199", Country::Ca, "1 (555) 010-0199"),
        (" (555) 010-0199 ", Country::Us, "(555) 010-0199"),
        ("02079460000", Country::Uk, "02079460000"),
        ("+44 20 7946 0000", Country::Uk, "+44 20 7946 0000"),
        ("555 0100", Country::Us, "555 0100"),
    ];
    for (typed, country, want) in cases {
        assert_eq!(format_number(typed, country), want, "{typed}");
    }
}

#[test]
fn from_settings_takes_what_the_patient_saved() {
    let settings = Settings {
        country: Country::Mx,
        clinic_name: " Clínica Sol ".into(),
        clinic_phone: " 55 1234 5678 ".into(),
        emergency_number: "".into(),
        language: Some(Language::Es),
        ..Settings::default()
    };
    let saved = Saved::from_settings(&settings, None);
    assert_eq!(saved.clinic_name, "Clínica Sol");
    let p = plan(&[Situation::Emergency], settings.country, &saved);
    assert_eq!(targets(&p), ["tel:911", "tel:5512345678"]);
    assert_eq!(p.contacts[1].number, "55 1234 5678");
}
