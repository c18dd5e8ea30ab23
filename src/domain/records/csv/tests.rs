use super::*;
use crate::domain::core::model::{
    Appointment, AppointmentKind, CheckInSlot, DoseRoute, RecordId, ScaleKind,
};
use crate::domain::core::time::{Date, Instant, TimeOfDay};
use proptest::prelude::*;

/// Parses CSV with an independent reader (the `csv` crate).
fn parse(text: &str) -> Vec<Vec<String>> {
    ::csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.expect("valid CSV").iter().map(str::to_owned).collect())
        .collect()
}

/// Parses CSV as a spreadsheet in a Spanish locale does: split on `;`, quotes honoured
/// only at the start of a cell.
fn parse_semicolon(text: &str) -> Vec<Vec<String>> {
    ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(b';')
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.expect("readable").iter().map(str::to_owned).collect())
        .collect()
}

fn guarded(s: &str) -> String {
    let mut out = String::new();
    let mut start = true;
    for c in s.chars() {
        if start && ['=', '+', '-', '@', '\t', '\r'].contains(&c) {
            out.push('\'');
        }
        out.push(c);
        start = [';', '\n', '\r'].contains(&c) || (start && c == '"');
    }
    out
}

fn checkin(at: i64, notes: &str) -> CheckIn {
    CheckIn {
        session: Some(RecordId("s1".into())),
        at: Instant(at),
        slot: CheckInSlot::OneHour,
        ratings: [(Symptom::Nausea, 4), (Symptom::Anxiety, 0)]
            .into_iter()
            .collect(),
        custom: vec![],
        red_flags: vec![],
        suicide_plan_or_intent: false,
        bp: Some(BloodPressure {
            systolic: 128,
            diastolic: 84,
        }),
        notes: notes.into(),
        draft: false,
    }
}

#[test]
fn fields_are_quoted_and_guarded() {
    let table = [
        ("plain", "plain"),
        ("", ""),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\r\nlines", "\"two\r\nlines\""),
        ("=1+2", "'=1+2"),
        ("+1 555 0100", "'+1 555 0100"),
        ("-3", "'-3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        (
            "=HYPERLINK(\"http://x\",\"y\")",
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
        ),
        ("mid=dle", "mid=dle"),
        ("a;b", "\"a;b\""),
        ("ok;=1+2", "\"ok;'=1+2\""),
        ("=x;@y;z", "\"'=x;'@y;z\""),
        (";-3", "\";'-3\""),
        ("x\n=cmd", "\"x\n'=cmd\""),
        ("a;\"@x", "\"a;\"\"'@x\""),
    ];
    for (field, want) in table {
        assert_eq!(escape_field(field), want, "{field:?}");
    }
}

#[test]
fn checkins_have_one_column_per_symptom_and_round_trip() {
    let mut doc = Document::new();
    let session = Session::new(
        Date::parse("2026-03-02").unwrap(),
        TimeOfDay::parse("10:00").unwrap(),
        None,
        DoseRoute::Iv,
    );
    doc.put(RecordId("s1".into()), session, Instant(0));
    let tricky = "felt \"odd\", then fine\nnext line";
    doc.put(
        RecordId("b".into()),
        checkin(1_772_449_200_000, "=cmd|' /C calc'!A0"),
        Instant(0),
    );
    doc.put(
        RecordId("a".into()),
        checkin(1_772_445_600_000, tricky),
        Instant(0),
    );
    let text = checkins_table(&doc).to_csv();
    assert!(text.ends_with("\r\n") && !text.replace("\r\n", "").contains('\r'));
    let rows = parse(&text);
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0].len(), 3 + Symptom::ALL.len() + 7);
    assert_eq!(
        &rows[0][..5],
        ["at", "slot", "session_date", "dissociation", "euphoria"]
    );
    let col = |name: &str| rows[0].iter().position(|c| c == name).unwrap();
    assert_eq!(
        rows[1][0], "2026-03-02T10:00:00Z",
        "oldest first, ISO 8601 UTC"
    );
    assert_eq!(rows[1][col("slot")], "one_hour");
    assert_eq!(rows[1][col("session_date")], "2026-03-02");
    assert_eq!(rows[1][col("nausea")], "4");
    assert_eq!(rows[1][col("anxiety")], "0", "a zero rating is not blank");
    assert_eq!(rows[1][col("headache")], "", "not rated is blank");
    assert_eq!(rows[1][col("bp_systolic")], "128");
    assert_eq!(rows[1][col("notes")], tricky);
    assert_eq!(rows[2][col("notes")], "'=cmd|' /C calc'!A0");
}

#[test]
fn header_labels_can_be_translated() {
    let doc = Document::new();
    let text = appointments_table(&doc).to_csv_with(|id| format!("{}, label", id.to_uppercase()));
    assert_eq!(
        parse(&text),
        vec![vec![
            "DATE, label",
            "TIME, label",
            "MINUTES, label",
            "KIND, label",
            "PLACE, label",
            "NOTES, label"
        ]]
    );
}

#[test]
fn questionnaire_total_only_when_complete_and_tables_are_rectangular() {
    let mut doc = crate::domain::records::synthetic::generate(3);
    let draft = Questionnaire {
        scale: ScaleKind::Gad7,
        answers: vec![Some(3), None, Some(1), None, None, None, None],
        started: Instant(0),
        completed: None,
    };
    doc.put(RecordId("draft".into()), draft, Instant(0));
    let q = questionnaires_table(&doc);
    assert_eq!(q.rows[0][2..7], ["gad7", "", "2", "7", "3 ? 1 ? ? ? ?"]);
    assert!(q.rows[1][3].parse::<u32>().is_ok());
    let appt = Appointment {
        kind: AppointmentKind::FollowUp,
        date: Date::parse("2020-01-01").unwrap(),
        time: TimeOfDay::parse("08:30").unwrap(),
        minutes: 30,
        place: "-Main st".into(),
        notes: String::new(),
    };
    doc.put(RecordId("z".into()), appt, Instant(0));
    let a = appointments_table(&doc);
    assert_eq!(
        parse(&a.to_csv())[1],
        ["2020-01-01", "08:30", "30", "follow_up", "'-Main st", ""]
    );
    for t in [checkins_table(&doc), q, sessions_table(&doc), a] {
        let rows = parse(&t.to_csv());
        assert_eq!(rows.len(), t.rows.len() + 1);
        assert!(rows.iter().all(|r| r.len() == t.columns.len()));
    }
}

proptest! {
    #[test]
    fn any_note_survives_a_csv_reader(notes in "\\PC{0,40}", lead in "[=+@\\-a,\"\r\n ]?") {
        let notes = format!("{lead}{notes}");
        let mut doc = Document::new();
        doc.put(RecordId("a".into()), checkin(0, &notes), Instant(0));
        let rows = parse(&checkins_table(&doc).to_csv());
        let col = rows[0].iter().position(|c| c == "notes").unwrap();
        prop_assert_eq!(&rows[1][col], &guarded(&notes));
    }

    #[test]
    fn no_cell_starts_a_formula_in_a_semicolon_spreadsheet(
        notes in "[=+@;a,\"\\-\n\r ]{0,12}\\PC{0,20}",
        place in "[=+@;a\\-]{0,6}",
    ) {
        let mut doc = Document::new();
        doc.put(RecordId("a".into()), checkin(0, &notes), Instant(0));
        let appt = Appointment {
            kind: AppointmentKind::Other,
            date: Date::parse("2026-01-01").unwrap(),
            time: TimeOfDay::parse("08:30").unwrap(),
            minutes: 30,
            place: place.clone(),
            notes: notes.clone(),
        };
        doc.put(RecordId("p".into()), appt, Instant(0));
        for text in [checkins_table(&doc).to_csv(), appointments_table(&doc).to_csv()] {
            for cell in parse_semicolon(&text).into_iter().flatten() {
                // Tab or CR only matter with something after them (a quoted cell left
                // open to the end of the file can hold just the line break).
                let formula = cell.starts_with(['=', '+', '-', '@'])
                    || (cell.starts_with(['\t', '\r']) && !cell.trim().is_empty());
                prop_assert!(!formula, "{cell:?} in {text:?}");
            }
        }
    }
}
