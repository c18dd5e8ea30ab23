//! Backup files: export the whole document as JSON, check a file before importing it, show
//! what it holds, and merge it in or replace the local data with it.
//!
//! An export is deterministic: kinds in a fixed order, records sorted by id, one record per
//! line, so the same data and time give the same bytes. A file is checked completely before
//! anything is applied, so a rejected file changes nothing.

use super::migrate::{migrate, MigrateError, SCHEMA};
use super::APP_MARKER;
use crate::domain::core::model::{Record, RecordId};
use crate::domain::core::time::{Date, Instant, Zone};
use crate::domain::records::document::{with_kind, Document, Kind, KindId};
use serde_json::Value;
use std::collections::HashSet;
use std::fmt;

/// Larger files are refused before they are read (a 3-year backup is well under 1 MB).
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

/// A checked backup file, upgraded to the current schema.
#[derive(Clone, Debug, PartialEq)]
pub struct Backup {
    /// The schema the file was written with.
    pub schema: u32,
    pub app_version: String,
    pub exported: Option<Instant>,
    pub doc: Document,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    TooLarge {
        bytes: usize,
    },
    NotText,
    NotJson {
        detail: String,
    },
    /// No `"app":"session-companion"` marker: some other file.
    NotOurs,
    /// Written by a newer version of the app: update the app first.
    FutureSchema {
        schema: u32,
    },
    Migration(MigrateError),
    /// Our file, but a part of it cannot be read (`kind` names the part).
    Malformed {
        kind: String,
        index: Option<usize>,
        detail: String,
    },
    /// Records claim to have been written before 2000 or more than a day from now: taken in,
    /// they would win (or lose) every later merge. Listed kind by kind, by id.
    ImpossibleTimes {
        records: Vec<OddTime>,
    },
}

/// One record whose times cannot be right.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OddTime {
    pub kind: KindId,
    pub id: RecordId,
    /// The time it claims (the further off of `created` and `updated`).
    pub at: Instant,
}

/// No record of this app was written before 2000-01-01T00:00:00Z.
pub const EARLIEST_RECORD: Instant = Instant(946_684_800_000);
/// How far ahead of this phone's clock a record's time may be (another phone's clock may run
/// a little ahead, or be in another zone; a day covers both).
pub const FUTURE_SLACK_MS: i64 = crate::domain::core::time::MS_PER_DAY;

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::TooLarge { bytes } => write!(f, "file too large ({bytes} bytes)"),
            ImportError::NotText => f.write_str("file is not text"),
            ImportError::NotJson { detail } => write!(f, "file is not JSON: {detail}"),
            ImportError::NotOurs => f.write_str("not a Session Companion backup"),
            ImportError::FutureSchema { schema } => {
                write!(f, "backup from a newer version (schema {schema})")
            }
            ImportError::Migration(e) => write!(f, "cannot upgrade backup: {e}"),
            ImportError::Malformed {
                kind,
                index,
                detail,
            } => match index {
                Some(i) => write!(f, "{kind} record {i} unreadable: {detail}"),
                None => write!(f, "{kind} unreadable: {detail}"),
            },
            ImportError::ImpossibleTimes { records } => {
                let list: Vec<String> = records
                    .iter()
                    .map(|r| {
                        format!(
                            "{} {} at {}",
                            r.kind.name(),
                            r.id.as_str(),
                            r.at.to_iso_utc()
                        )
                    })
                    .collect();
                write!(f, "impossible times: {}", list.join(", "))
            }
        }
    }
}

impl std::error::Error for ImportError {}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportMode {
    /// Keep local data; for each record the newest version wins.
    Merge,
    /// Make local data equal the backup (local-only records are deleted).
    Replace,
}

/// What a backup holds, shown before the patient confirms an import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportPreview {
    /// Live records per kind, in `KindId::ALL` order.
    pub counts: Vec<(KindId, usize)>,
    /// First and last day with a dated record (sessions, check-ins, questionnaires, moods,
    /// journal, appointments, red-flag events).
    pub first: Option<Date>,
    pub last: Option<Date>,
    pub exported: Option<Instant>,
    pub app_version: String,
}

/// A file (a backup, or the set-aside data) could not be written out; nothing is offered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportError(pub String);

impl From<serde_json::Error> for ExportError {
    fn from(e: serde_json::Error) -> Self {
        ExportError(e.to_string())
    }
}

/// The backup file for `doc`. Same document, version and time give the same bytes. An error
/// (never a file with a record missing) when a record cannot be written out.
pub fn export_json(doc: &Document, app_version: &str, now: Instant) -> Result<String, ExportError> {
    let mut out = String::with_capacity(64 * 1024);
    out.push_str(&format!(
        "{{\"app\":\"{APP_MARKER}\",\"schema\":{SCHEMA},\"app_version\":{},\"exported\":\"{}\",\"data\":{{",
        serde_json::to_string(app_version)?,
        now.to_iso_utc()
    ));
    for (i, kind) in KindId::ALL.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&format!("\n\"{}\":[", kind.name()));
        with_kind!(kind, |T| push_records(&mut out, doc.records::<T>()))?;
        out.push(']');
    }
    out.push_str("\n}}\n");
    Ok(out)
}

fn push_records<T: Kind>(out: &mut String, records: &[Record<T>]) -> Result<(), ExportError> {
    for (i, r) in records.iter().enumerate() {
        out.push_str(if i == 0 { "\n" } else { ",\n" });
        out.push_str(&serde_json::to_string(r)?);
    }
    Ok(())
}

/// Checks a whole file and returns its content; nothing is applied here.
pub fn parse_backup(bytes: &[u8]) -> Result<Backup, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotText)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value = serde_json::from_str(text).map_err(|e| ImportError::NotJson {
        detail: e.to_string(),
    })?;
    let Value::Object(mut obj) = value else {
        return Err(ImportError::NotOurs);
    };
    if obj.get("app").and_then(Value::as_str) != Some(APP_MARKER) {
        return Err(ImportError::NotOurs);
    }
    let schema = obj
        .get("schema")
        .and_then(Value::as_u64)
        .ok_or_else(|| malformed("schema", None, "missing or not a number"))?;
    if schema > u64::from(SCHEMA) {
        let schema = u32::try_from(schema).unwrap_or(u32::MAX);
        return Err(ImportError::FutureSchema { schema });
    }
    let schema = schema as u32;
    let data = obj.remove("data").unwrap_or(Value::Null);
    if !data.is_object() {
        return Err(malformed("data", None, "missing or not an object"));
    }
    let Value::Object(data) = migrate(schema, data).map_err(ImportError::Migration)? else {
        return Err(malformed(
            "data",
            None,
            "migration did not return an object",
        ));
    };
    let mut doc = Document::new();
    for (name, list) in data {
        let kind =
            KindId::from_name(&name).ok_or_else(|| malformed(&name, None, "unknown kind"))?;
        let Value::Array(list) = list else {
            return Err(malformed(&name, None, "not a list"));
        };
        with_kind!(kind, |T| read_records::<T>(&mut doc, list))?;
    }
    Ok(Backup {
        schema,
        app_version: obj
            .get("app_version")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned(),
        exported: obj
            .get("exported")
            .and_then(Value::as_str)
            .and_then(Instant::parse_iso_utc),
        doc,
    })
}

/// Checks a whole file, as [`parse_backup`], and refuses records whose times are before 2000
/// or more than a day after `now` (see [`ImportError::ImpossibleTimes`]).
pub fn read_backup(bytes: &[u8], now: Instant) -> Result<Backup, ImportError> {
    let backup = parse_backup(bytes)?;
    let records = odd_times(&backup.doc, now);
    if records.is_empty() {
        Ok(backup)
    } else {
        Err(ImportError::ImpossibleTimes { records })
    }
}

/// Records of `doc` whose `created` or `updated` is before 2000 or over a day after `now`.
pub fn odd_times(doc: &Document, now: Instant) -> Vec<OddTime> {
    let latest = Instant(now.0.saturating_add(FUTURE_SLACK_MS));
    let odd = |t: Instant| t < EARLIEST_RECORD || t > latest;
    let mut out = Vec::new();
    for kind in KindId::ALL {
        with_kind!(kind, |T| {
            for r in doc.records::<T>() {
                let (created, updated) = (r.meta.created, r.meta.updated);
                let at = match (odd(created), odd(updated)) {
                    (_, true) => updated,
                    (true, false) => created,
                    (false, false) => continue,
                };
                let id = r.meta.id.clone();
                out.push(OddTime { kind, id, at });
            }
        });
    }
    out
}

fn malformed(kind: &str, index: Option<usize>, detail: &str) -> ImportError {
    ImportError::Malformed {
        kind: kind.to_owned(),
        index,
        detail: detail.to_owned(),
    }
}

fn read_records<T: Kind>(doc: &mut Document, list: Vec<Value>) -> Result<(), ImportError> {
    let name = T::KIND.name();
    let mut seen: HashSet<RecordId> = HashSet::with_capacity(list.len());
    let mut records = Vec::with_capacity(list.len());
    for (i, item) in list.iter().enumerate() {
        // From text, like the store's reader, so the wasm holds one decoder per model type.
        let r = serde_json::from_str::<Record<T>>(&item.to_string())
            .map_err(|e| malformed(name, Some(i), &e.to_string()))?;
        if T::FIXED_ID.is_some_and(|id| r.meta.id.as_str() != id) {
            return Err(malformed(name, Some(i), "unexpected id"));
        }
        if !seen.insert(r.meta.id.clone()) {
            return Err(malformed(name, Some(i), "duplicate id"));
        }
        records.push(r);
    }
    doc.merge_records(records);
    Ok(())
}

/// Counts and date range of a checked backup, for the confirmation screen.
pub fn preview(backup: &Backup, zone: &dyn Zone) -> ImportPreview {
    use crate::domain::core::model::{
        Appointment, CheckIn, JournalEntry, Mood, Questionnaire, RedFlagEvent, Session,
    };
    let doc = &backup.doc;
    let day = |at: Instant| zone.to_local(at).date;
    let dates = doc
        .live::<Session>()
        .map(|(_, s)| s.date)
        .chain(doc.live::<CheckIn>().map(|(_, c)| day(c.at)))
        .chain(doc.live::<Questionnaire>().map(|(_, q)| day(q.started)))
        .chain(doc.live::<Mood>().map(|(_, m)| day(m.at)))
        .chain(doc.live::<JournalEntry>().map(|(_, j)| day(j.at)))
        .chain(doc.live::<Appointment>().map(|(_, a)| a.date))
        .chain(doc.live::<RedFlagEvent>().map(|(_, r)| day(r.at)));
    let (first, last) = dates.fold((None, None), |(lo, hi): (Option<Date>, Option<Date>), d| {
        (
            Some(lo.map_or(d, |x| x.min(d))),
            Some(hi.map_or(d, |x| x.max(d))),
        )
    });
    ImportPreview {
        counts: KindId::ALL
            .into_iter()
            .map(|k| (k, doc.live_count(k)))
            .collect(),
        first,
        last,
        exported: backup.exported,
        app_version: backup.app_version.clone(),
    }
}

/// Applies a checked backup. Returns the kinds that changed.
pub fn apply_import(
    doc: &mut Document,
    backup: &Backup,
    mode: ImportMode,
    now: Instant,
) -> Vec<KindId> {
    match mode {
        ImportMode::Merge => doc.merge(&backup.doc),
        ImportMode::Replace => doc.replace_with(&backup.doc, now),
    }
}

/// Checks and applies a file in one step; on any error `doc` is untouched.
pub fn import(
    doc: &mut Document,
    bytes: &[u8],
    mode: ImportMode,
    now: Instant,
) -> Result<Vec<KindId>, ImportError> {
    let backup = parse_backup(bytes)?;
    Ok(apply_import(doc, &backup, mode, now))
}
