//! Spreadsheet exports (CSV, RFC 4180) of check-ins, questionnaire scores, sessions and
//! appointments, for the patient to share with the clinic.
//!
//! Rows end in CRLF; a field holding a comma, semicolon, quote, CR or LF is quoted with inner
//! quotes doubled. Times are ISO 8601 UTC. A field starting with `=`, `+`, `-`, `@`, tab or CR
//! gets a leading `'` so a spreadsheet shows it as text instead of running it as a formula.
//! Spreadsheets set to a Spanish (or other comma-decimal) locale split on `;` and honour
//! quotes only at the start of a cell, so each `;` followed by one of those characters gets
//! the same `'` after it: no cell such a reader makes can start a formula.
//! Column ids are fixed snake_case; the UI may pass translated header labels.

use crate::domain::core::model::{
    Appointment, BloodPressure, CheckIn, Questionnaire, Session, Symptom,
};
use crate::domain::records::document::Document;
use serde::Serialize;
use std::borrow::Cow;

/// A table ready to be written as CSV.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvTable {
    /// Fixed snake_case column ids.
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl CsvTable {
    /// CSV text with the column ids as the header row.
    pub fn to_csv(&self) -> String {
        self.to_csv_with(|id| id.to_owned())
    }

    /// CSV text whose header row shows `label(column id)` (e.g. translated names).
    pub fn to_csv_with(&self, label: impl Fn(&str) -> String) -> String {
        let mut out = String::new();
        let header: Vec<String> = self.columns.iter().map(|c| label(c)).collect();
        push_row(&mut out, &header);
        for row in &self.rows {
            push_row(&mut out, row);
        }
        out
    }
}

fn push_row(out: &mut String, fields: &[String]) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&escape_field(f));
    }
    out.push_str("\r\n");
}

/// What a spreadsheet takes as the start of a formula.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// `field` with a `'` before every spot a spreadsheet could start a cell with a formula: the
/// start, and after each `;` or line break (where a reader that splits on `;` starts a cell),
/// looking past quotes that open a cell.
fn guard_formulas(field: &str) -> Cow<'_, str> {
    // Built only once a guard is needed; most fields come back borrowed.
    let mut out: Option<String> = None;
    let mut cell_start = true;
    for (i, c) in field.char_indices() {
        if cell_start && FORMULA_START.contains(&c) {
            out.get_or_insert_with(|| field[..i].to_owned()).push('\'');
        }
        if let Some(out) = out.as_mut() {
            out.push(c);
        }
        // A quote at a cell's start opens a quoted cell: what follows it starts the text.
        cell_start = matches!(c, ';' | '\n' | '\r') || (cell_start && c == '"');
    }
    out.map_or(Cow::Borrowed(field), Cow::Owned)
}

/// One field as written: formula guard first (at the start, after each `;` and after each
/// line break), then RFC 4180 quoting.
pub fn escape_field(field: &str) -> Cow<'_, str> {
    let guarded = guard_formulas(field);
    if guarded.contains([',', ';', '"', '\r', '\n']) {
        Cow::Owned(format!("\"{}\"", guarded.replace('"', "\"\"")))
    } else {
        guarded
    }
}

/// The snake_case name serde gives an enum value (the same as in backups).
fn snake<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|x| x.to_string()).unwrap_or_default()
}

fn bp_fields(bp: Option<BloodPressure>) -> [String; 2] {
    [opt(bp.map(|b| b.systolic)), opt(bp.map(|b| b.diastolic))]
}

fn cols(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|s| (*s).to_owned()).collect()
}

/// One row per live check-in (oldest first), one column per symptom (blank when not rated).
pub fn checkins_table(doc: &Document) -> CsvTable {
    let mut columns = cols(&["at", "slot", "session_date"]);
    columns.extend(Symptom::ALL.iter().map(snake));
    columns.extend(cols(&[
        "custom",
        "red_flags",
        "suicide_plan_or_intent",
        "bp_systolic",
        "bp_diastolic",
        "notes",
        "draft",
    ]));
    let mut items: Vec<&CheckIn> = doc.live::<CheckIn>().map(|(_, c)| c).collect();
    crate::domain::core::order::by_key(&mut items, |c| c.at);
    let rows = items
        .into_iter()
        .map(|c| {
            let session = c.session.as_ref().and_then(|id| doc.get::<Session>(id));
            let mut row = vec![
                c.at.to_iso_utc(),
                snake(&c.slot),
                opt(session.map(|s| s.date)),
            ];
            row.extend(Symptom::ALL.iter().map(|s| opt(c.ratings.get(s))));
            let custom: Vec<String> = c
                .custom
                .iter()
                .map(|r| format!("{}={}", r.name, r.score))
                .collect();
            let flags: Vec<String> = c.red_flags.iter().map(snake).collect();
            row.push(custom.join("; "));
            row.push(flags.join("; "));
            row.push(c.suicide_plan_or_intent.to_string());
            row.extend(bp_fields(c.bp));
            row.push(c.notes.clone());
            row.push(c.draft.to_string());
            row
        })
        .collect();
    CsvTable { columns, rows }
}

/// One row per live questionnaire (oldest first); `total` only once every item is answered;
/// `answers` lists item scores in order, `?` for unanswered.
pub fn questionnaires_table(doc: &Document) -> CsvTable {
    let columns = cols(&[
        "started",
        "completed",
        "scale",
        "total",
        "answered",
        "items",
        "answers",
    ]);
    let mut items: Vec<&Questionnaire> = doc.live::<Questionnaire>().map(|(_, q)| q).collect();
    crate::domain::core::order::by_key(&mut items, |q| q.started);
    let rows = items
        .into_iter()
        .map(|q| {
            let answered: Vec<u8> = q.answers.iter().flatten().copied().collect();
            let complete = answered.len() == q.answers.len() && !q.answers.is_empty();
            let total: u32 = answered.iter().map(|a| u32::from(*a)).sum();
            let answers: Vec<String> = q
                .answers
                .iter()
                .map(|a| a.map_or("?".into(), |x| x.to_string()))
                .collect();
            vec![
                q.started.to_iso_utc(),
                opt(q.completed.map(|c| c.to_iso_utc())),
                snake(&q.scale),
                if complete {
                    total.to_string()
                } else {
                    String::new()
                },
                answered.len().to_string(),
                q.answers.len().to_string(),
                answers.join(" "),
            ]
        })
        .collect();
    CsvTable { columns, rows }
}

/// One row per live session (oldest first); blood pressures split into two columns each.
pub fn sessions_table(doc: &Document) -> CsvTable {
    let columns = cols(&[
        "date",
        "start",
        "end",
        "route",
        "dose",
        "bp_before_systolic",
        "bp_before_diastolic",
        "bp_40min_systolic",
        "bp_40min_diastolic",
        "bp_leaving_systolic",
        "bp_leaving_diastolic",
        "taken_home_by",
        "notes",
    ]);
    let mut items: Vec<&Session> = doc.live::<Session>().map(|(_, s)| s).collect();
    crate::domain::core::order::by_key(&mut items, |s| (s.date, s.start));
    let rows = items
        .into_iter()
        .map(|s| {
            let mut row = vec![
                s.date.to_string(),
                s.start.to_string(),
                opt(s.end),
                snake(&s.route),
                s.dose.clone(),
            ];
            for bp in [s.bp_before, s.bp_40min, s.bp_leaving] {
                row.extend(bp_fields(bp));
            }
            row.push(s.taken_home_by.clone());
            row.push(s.notes.clone());
            row
        })
        .collect();
    CsvTable { columns, rows }
}

/// One row per live appointment (oldest first).
pub fn appointments_table(doc: &Document) -> CsvTable {
    let columns = cols(&["date", "time", "minutes", "kind", "place", "notes"]);
    let mut items: Vec<&Appointment> = doc.live::<Appointment>().map(|(_, a)| a).collect();
    crate::domain::core::order::by_key(&mut items, |a| (a.date, a.time));
    let rows = items
        .into_iter()
        .map(|a| {
            vec![
                a.date.to_string(),
                a.time.to_string(),
                a.minutes.to_string(),
                snake(&a.kind),
                a.place.clone(),
                a.notes.clone(),
            ]
        })
        .collect();
    CsvTable { columns, rows }
}

#[cfg(test)]
mod tests;
