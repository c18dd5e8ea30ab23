use super::*;
use crate::domain::core::time::{Date, FixedZone, TimeOfDay, UsDstZone};

fn titles() -> EventTitles {
    EventTitles {
        ketamine: "Ketamine session".into(),
        follow_up: "Follow-up".into(),
        psychotherapy: "Therapy".into(),
        support_group: "Support group".into(),
        maintenance: "Maintenance session".into(),
        other: "Appointment".into(),
        check_in: "How are you feeling? Check in".into(),
    }
}
fn neutral() -> EventTitles {
    EventTitles {
        ketamine: "Appt".into(),
        follow_up: "Appt".into(),
        psychotherapy: "Appt".into(),
        support_group: "Appt".into(),
        maintenance: "Appt".into(),
        other: "Appt".into(),
        check_in: "Reminder".into(),
    }
}

fn appt(kind: AppointmentKind, date: &str, time: &str, minutes: u16) -> Appointment {
    Appointment {
        kind,
        date: Date::parse(date).unwrap(),
        time: TimeOfDay::parse(time).unwrap(),
        minutes,
        place: "Main St. Clinic, Suite 4; 2nd floor".into(),
        notes: "Bring ID\nAsk about BP, dose".into(),
    }
}
fn id(s: &str) -> RecordId {
    RecordId(s.into())
}
const NOW: Instant = Instant(1_795_000_000_000); // 2026-11-18T11:06:40Z

fn parse(ics: &str) -> ::ical::parser::ical::component::IcalCalendar {
    let mut cals: Vec<_> = ::ical::IcalParser::new(ics.as_bytes())
        .collect::<Result<_, _>>()
        .expect("independent parser accepts the file");
    assert_eq!(cals.len(), 1);
    cals.remove(0)
}
fn prop<'p>(props: &'p [::ical::property::Property], name: &str) -> Option<&'p str> {
    props
        .iter()
        .find(|p| p.name == name)
        .and_then(|p| p.value.as_deref())
}
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c == '\\' {
            match it.next() {
                Some('n') | Some('N') => out.push('\n'),
                Some(o) => out.push(o),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn an_independent_parser_reads_the_calendar() {
    let zone = FixedZone(0);
    let (t, n) = (titles(), neutral());
    let opts = IcsOptions::new(NOW, &zone, &t, &n);
    let events = vec![
        (
            id("a1"),
            appt(AppointmentKind::Ketamine, "2026-12-01", "09:30", 40),
        ),
        (
            id("b2"),
            appt(AppointmentKind::Psychotherapy, "2026-12-02", "17:00", 50),
        ),
    ];
    let ics = to_ics(&events, &opts);
    let cal = parse(&ics);
    for (name, want) in [
        ("PRODID", PRODID),
        ("VERSION", "2.0"),
        ("CALSCALE", "GREGORIAN"),
        ("METHOD", "PUBLISH"),
    ] {
        assert_eq!(prop(&cal.properties, name), Some(want), "{name}");
    }
    // Ketamine session + its check-in prompt + therapy.
    assert_eq!(cal.events.len(), 3);
    let k = &cal.events[0].properties;
    assert_eq!(prop(k, "UID"), Some("a1@session-companion.app"));
    assert_eq!(prop(k, "DTSTAMP"), Some("20261118T110640Z"));
    assert_eq!(prop(k, "DTSTART"), Some("20261201T093000Z"));
    assert_eq!(prop(k, "DTEND"), Some("20261201T101000Z"));
    assert_eq!(prop(k, "SUMMARY"), Some("Ketamine session"));
    assert_eq!(
        unescape(prop(k, "LOCATION").unwrap()),
        "Main St. Clinic, Suite 4; 2nd floor"
    );
    assert_eq!(
        unescape(prop(k, "DESCRIPTION").unwrap()),
        "Bring ID\nAsk about BP, dose"
    );
    let c = &cal.events[1];
    assert_eq!(
        prop(&c.properties, "UID"),
        Some("a1-check-in@session-companion.app")
    );
    // Two hours after the 10:10 end.
    assert_eq!(prop(&c.properties, "DTSTART"), Some("20261201T121000Z"));
    assert_eq!(prop(&c.properties, "DTEND"), Some("20261201T122500Z"));
    assert_eq!(
        unescape(prop(&c.properties, "SUMMARY").unwrap()),
        "How are you feeling? Check in"
    );
    assert_eq!(c.alarms.len(), 1);
    assert_eq!(prop(&c.alarms[0].properties, "TRIGGER"), Some("PT0M"));
    let therapy = &cal.events[2].properties;
    assert_eq!(prop(therapy, "UID"), Some("b2@session-companion.app"));
    assert_eq!(prop(therapy, "SUMMARY"), Some("Therapy"));
}

#[test]
fn default_alarms_are_a_day_and_two_hours_before() {
    let zone = FixedZone(60);
    let (t, n) = (titles(), neutral());
    let opts = IcsOptions::new(NOW, &zone, &t, &n);
    let a = appt(AppointmentKind::FollowUp, "2026-12-01", "09:30", 30);
    let cal = parse(&to_ics_one(&id("x"), &a, &opts));
    assert_eq!(
        cal.events.len(),
        1,
        "no check-in prompt for a non-dosing kind"
    );
    let alarms = &cal.events[0].alarms;
    let triggers: Vec<_> = alarms
        .iter()
        .map(|a| prop(&a.properties, "TRIGGER").unwrap())
        .collect();
    assert_eq!(triggers, ["-P1D", "-PT2H"]);
    for a in alarms {
        assert_eq!(prop(&a.properties, "ACTION"), Some("DISPLAY"));
        assert_eq!(prop(&a.properties, "DESCRIPTION"), Some("Follow-up"));
    }
}

#[test]
fn reminder_triggers() {
    for (minutes, want) in [
        (0, "PT0M"),
        (15, "-PT15M"),
        (120, "-PT2H"),
        (90, "-PT1H30M"),
        (1440, "-P1D"),
        (1500, "-P1DT1H"),
        (2 * 1440 + 5, "-P2DT5M"),
    ] {
        assert_eq!(
            Reminder {
                minutes_before: minutes
            }
            .trigger(),
            want
        );
    }
}

#[test]
fn configurable_reminders_and_check_in_variants() {
    let zone = FixedZone(0);
    let (t, n) = (titles(), neutral());
    let reminders = [Reminder { minutes_before: 30 }];
    let a = appt(AppointmentKind::Maintenance, "2026-12-01", "09:00", 60);
    let mut opts = IcsOptions::new(NOW, &zone, &t, &n);
    opts.reminders = &reminders;
    opts.check_in = CheckInPrompt::AlarmOnSession;
    let ics = to_ics_one(&id("m"), &a, &opts);
    assert!(ics.contains("TRIGGER;RELATED=END:PT2H\r\n"));
    let cal = parse(&ics);
    assert_eq!(cal.events.len(), 1);
    let alarms = &cal.events[0].alarms;
    assert_eq!(alarms.len(), 2);
    assert_eq!(prop(&alarms[0].properties, "TRIGGER"), Some("-PT30M"));
    let end_alarm = alarms[1].properties.iter().find(|p| p.name == "TRIGGER");
    let end_alarm = end_alarm.unwrap();
    assert_eq!(end_alarm.value.as_deref(), Some("PT2H"));
    assert_eq!(
        end_alarm.params,
        Some(vec![("RELATED".to_string(), vec!["END".to_string()])])
    );

    opts.check_in = CheckInPrompt::Off;
    opts.reminders = &[];
    let cal = parse(&to_ics_one(&id("m"), &a, &opts));
    assert_eq!(cal.events.len(), 1);
    assert!(cal.events[0].alarms.is_empty());
}

#[test]
fn uids_are_stable_across_exports_and_edits() {
    let zone = FixedZone(0);
    let (t, n) = (titles(), neutral());
    let uid_lines = |now: Instant, a: &Appointment, rid: &str| -> Vec<String> {
        let opts = IcsOptions::new(now, &zone, &t, &n);
        to_ics_one(&id(rid), a, &opts)
            .lines()
            .filter(|l| l.starts_with("UID:"))
            .map(str::to_owned)
            .collect()
    };
    let a = appt(AppointmentKind::Ketamine, "2026-12-01", "09:00", 60);
    let mut moved = a.clone();
    moved.date = Date::parse("2026-12-03").unwrap();
    moved.time = TimeOfDay::parse("14:00").unwrap();
    let first = uid_lines(NOW, &a, "0f3a");
    assert_eq!(
        first,
        [
            "UID:0f3a@session-companion.app",
            "UID:0f3a-check-in@session-companion.app"
        ]
    );
    assert_eq!(
        uid_lines(Instant(NOW.0 + 86_400_000), &moved, "0f3a"),
        first
    );
    assert_ne!(uid_lines(NOW, &a, "0f3b"), first);
}

#[test]
fn dst_times_are_converted_to_utc() {
    let zone = UsDstZone::EASTERN;
    let (t, n) = (titles(), neutral());
    let opts = IcsOptions::new(NOW, &zone, &t, &n);
    let cases = [
        // (date, time, minutes, DTSTART, DTEND)
        (
            "2026-03-06",
            "09:00",
            60,
            "20260306T140000Z",
            "20260306T150000Z",
        ), // EST
        (
            "2026-03-09",
            "09:00",
            60,
            "20260309T130000Z",
            "20260309T140000Z",
        ), // EDT
        // Spring-forward gap: 02:30 does not exist and is read as 03:30 EDT.
        (
            "2026-03-08",
            "02:30",
            30,
            "20260308T073000Z",
            "20260308T080000Z",
        ),
        // Fall-back: 01:30 happens twice; the first (EDT) is used; 90 real minutes.
        (
            "2026-11-01",
            "01:30",
            90,
            "20261101T053000Z",
            "20261101T070000Z",
        ),
    ];
    for (date, time, minutes, start, end) in cases {
        let a = appt(AppointmentKind::FollowUp, date, time, minutes);
        let cal = parse(&to_ics_one(&id("d"), &a, &opts));
        let p = &cal.events[0].properties;
        assert_eq!(prop(p, "DTSTART"), Some(start), "{date} {time}");
        assert_eq!(prop(p, "DTEND"), Some(end), "{date} {time}");
    }
}

#[test]
fn escaping_text_values() {
    for (input, want) in [
        ("plain", "plain"),
        ("a,b;c\\d", "a\\,b\\;c\\\\d"),
        ("line1\nline2", "line1\\nline2"),
        ("crlf\r\nthen cr\rend", "crlf\\nthen cr\\nend"),
        ("bell\u{7}gone\ttab kept", "bellgone\ttab kept"),
        ("ñandú: 10:00", "ñandú: 10:00"),
    ] {
        assert_eq!(escape_text(input), want, "{input:?}");
    }
}

fn physical_lines(ics: &str) -> Vec<&[u8]> {
    assert!(ics.ends_with("\r\n"));
    // No bare LF or CR anywhere.
    assert_eq!(ics.matches('\n').count(), ics.matches("\r\n").count());
    assert_eq!(ics.matches('\r').count(), ics.matches("\r\n").count());
    ics[..ics.len() - 2]
        .split("\r\n")
        .map(str::as_bytes)
        .collect()
}

fn unfold(folded: &str) -> String {
    folded
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .enumerate()
        .map(|(i, l)| {
            if i == 0 {
                l
            } else {
                l.strip_prefix(' ').unwrap()
            }
        })
        .collect()
}

#[test]
fn folding_long_ascii_lines() {
    let line = format!("SUMMARY:{}", "x".repeat(300));
    let folded = fold_line(&line);
    let lines = physical_lines(&folded);
    assert_eq!(lines[0].len(), 75);
    assert!(lines.iter().skip(1).all(|l| l[0] == b' ' && l.len() <= 75));
    assert_eq!(unfold(&folded), line);
    // Exactly 75 octets is not folded; 76 is.
    assert_eq!(
        fold_line(&"y".repeat(75)),
        format!("{}\r\n", "y".repeat(75))
    );
    assert_eq!(physical_lines(&fold_line(&"y".repeat(76))).len(), 2);
}

#[test]
fn folding_never_splits_a_utf8_character() {
    for ch in ['é', '€', '😀'] {
        for pad in 0..8 {
            let line = format!(
                "SUMMARY:{}{}",
                "a".repeat(60 + pad),
                ch.to_string().repeat(40)
            );
            let folded = fold_line(&line);
            for l in physical_lines(&folded) {
                assert!(l.len() <= 75, "{ch} {pad}: {} octets", l.len());
                assert!(std::str::from_utf8(l).is_ok(), "{ch} {pad}: split char");
            }
            assert_eq!(unfold(&folded), line);
        }
    }
}

#[test]
fn folding_keeps_spaces_even_for_readers_that_trim_lines() {
    // A space falls exactly at the 75th octet.
    let line = format!("DESCRIPTION:{} word {}", "a".repeat(61), "b".repeat(100));
    let folded = fold_line(&line);
    for l in physical_lines(&folded) {
        assert!(!l.ends_with(b" ") && l.len() <= 75);
    }
    assert_eq!(unfold(&folded), line);
    // A line of only spaces still folds and round-trips.
    let spaces = format!("X:{}", " ".repeat(200));
    assert_eq!(unfold(&fold_line(&spaces)), spaces);
}

#[test]
fn long_multibyte_titles_survive_the_independent_parser() {
    let zone = FixedZone(0);
    let mut t = titles();
    t.psychotherapy = format!("Terapia con la Dra. Núñez, sesión {} ✓ 😀", "ñ".repeat(50));
    let n = neutral();
    let opts = IcsOptions::new(NOW, &zone, &t, &n);
    let mut a = appt(AppointmentKind::Psychotherapy, "2026-12-01", "09:00", 50);
    a.notes = "Pregunta: ¿y el ayuno?; traer lista, 2 páginas \\ fin. ".repeat(5);
    let ics = to_ics_one(&id("u"), &a, &opts);
    for l in physical_lines(&ics) {
        assert!(l.len() <= 75 && std::str::from_utf8(l).is_ok());
    }
    let cal = parse(&ics);
    let p = &cal.events[0].properties;
    assert_eq!(unescape(prop(p, "SUMMARY").unwrap()), t.psychotherapy);
    // That parser trims the end of the value, so compare without the final space.
    assert_eq!(
        unescape(prop(p, "DESCRIPTION").unwrap()),
        a.notes.trim_end()
    );
}

#[test]
fn privacy_uses_neutral_titles_and_hides_place_and_notes() {
    let zone = FixedZone(0);
    let (t, n) = (titles(), neutral());
    let mut opts = IcsOptions::new(NOW, &zone, &t, &n);
    opts.private = true;
    let a = appt(AppointmentKind::Ketamine, "2026-12-01", "09:00", 40);
    let ics = to_ics_one(&id("p"), &a, &opts);
    assert!(!ics.contains("Ketamine") && !ics.contains("Clinic") && !ics.contains("dose"));
    assert!(!ics.contains("LOCATION") && !ics.contains("DESCRIPTION:Bring"));
    let cal = parse(&ics);
    assert_eq!(prop(&cal.events[0].properties, "SUMMARY"), Some("Appt"));
    assert_eq!(prop(&cal.events[1].properties, "SUMMARY"), Some("Reminder"));
    for alarm in &cal.events[0].alarms {
        assert_eq!(prop(&alarm.properties, "DESCRIPTION"), Some("Appt"));
    }
}

#[test]
fn empty_export_is_still_a_valid_calendar() {
    let zone = FixedZone(0);
    let (t, n) = (titles(), neutral());
    let opts = IcsOptions::new(NOW, &zone, &t, &n);
    let ics = to_ics(&[], &opts);
    assert_eq!(
        ics,
        "BEGIN:VCALENDAR\r\nPRODID:-//Session Companion//Plan export//EN\r\nVERSION:2.0\r\n\
         CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n"
    );
    assert!(parse(&ics).events.is_empty());
}

#[test]
fn one_event_variant_matches_the_list_form() {
    let zone = FixedZone(-300);
    let (t, n) = (titles(), neutral());
    let opts = IcsOptions::new(NOW, &zone, &t, &n);
    let a = appt(AppointmentKind::Ketamine, "2026-12-01", "09:00", 40);
    assert_eq!(
        to_ics_one(&id("z"), &a, &opts),
        to_ics(&[(id("z"), a)], &opts)
    );
}
