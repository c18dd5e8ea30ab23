//! Loading the document from storage and saving it back, safe with several tabs open.
//!
//! Both directions start with the same read pass: every key is read and decoded, unreadable
//! text is moved aside (quarantine), and what was readable is merged into the document. A save
//! then writes only the kinds whose text changed. Rules that keep every word:
//! - a key that could not be read, or whose unreadable text could not be moved aside, is never
//!   written over;
//! - data written by a newer schema is read but never written over (the app is read-only);
//! - a failed write leaves the document in memory as it was, so the next save retries it.

use super::backend::{Backend, BackendError};
use super::codec::{decode_kind, encode_kind, BadRecord, KindRead, QuarantineReason};
use super::migrate::SCHEMA;
use super::quarantine::{keep_aside, QuarantineEntry};
use super::{kind_key, APP_MARKER, META_KEY};
use crate::domain::document::{Document, KindId};
use crate::domain::time::Instant;
use serde::Deserialize;
use std::fmt;

/// A key that could not be read, written, or moved aside. Its stored text stays as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StorageFailure {
    pub key: String,
    /// `None` for the meta key.
    pub kind: Option<KindId>,
    pub error: BackendError,
}

/// The result of [`load`]: never an error; problems are listed instead.
#[derive(Debug)]
pub struct Loaded {
    pub doc: Document,
    /// Pieces moved aside during this load (see `quarantine_entries` for all of them).
    pub quarantined: Vec<QuarantineEntry>,
    /// Set when storage holds data of a newer schema: show it, but do not save.
    pub newer_schema: Option<u32>,
    /// Keys that could not be read or moved aside; their data was not loaded.
    pub problems: Vec<StorageFailure>,
}

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct SaveReport {
    /// Kinds whose key was written.
    pub written: Vec<KindId>,
    /// Kinds that took in records another tab had written.
    pub merged: Vec<KindId>,
    pub quarantined: Vec<QuarantineEntry>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// Storage holds data of a newer schema; nothing was written.
    NewerSchema { schema: u32 },
    /// Some keys could not be read or written; the others were saved.
    Storage { failures: Vec<StorageFailure> },
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SaveError::NewerSchema { schema } => {
                write!(f, "storage holds newer data (schema {schema}); not saved")
            }
            SaveError::Storage { failures } => {
                let keys: Vec<String> = failures
                    .iter()
                    .map(|x| format!("{}: {}", x.key, x.error))
                    .collect();
                write!(f, "not saved: {}", keys.join("; "))
            }
        }
    }
}

impl std::error::Error for SaveError {}

#[derive(Deserialize)]
struct MetaIn {
    schema: u32,
    app: String,
}

fn meta_text() -> String {
    format!(r#"{{"schema":{SCHEMA},"app":"{APP_MARKER}"}}"#)
}

/// What the read pass found.
#[derive(Default)]
struct Pass {
    /// What each kind's key holds now, for kinds that may be written.
    stored: Vec<(KindId, Option<String>)>,
    /// What the meta key holds now; `None` when it could not be read.
    meta: Option<Option<String>>,
    newer: Option<u32>,
    quarantined: Vec<QuarantineEntry>,
    failures: Vec<StorageFailure>,
    merged: Vec<KindId>,
}

impl Pass {
    fn fail(&mut self, key: &str, kind: Option<KindId>, error: BackendError) {
        self.failures.push(StorageFailure {
            key: key.to_owned(),
            kind,
            error,
        });
    }
    fn newer(&mut self, schema: u32) {
        if schema > SCHEMA {
            self.newer = Some(self.newer.map_or(schema, |n| n.max(schema)));
        }
    }
}

fn read_pass(backend: &mut dyn Backend, doc: &mut Document, now: Instant) -> Pass {
    let mut pass = Pass::default();
    // Read and decode everything first: whether anything may be written depends on all of it.
    let meta = backend.get(META_KEY);
    let meta_bad = match &meta {
        Ok(Some(text)) => match serde_json::from_str::<MetaIn>(text) {
            Ok(m) if m.app == APP_MARKER => {
                pass.newer(m.schema);
                false
            }
            _ => true,
        },
        _ => false,
    };
    let mut reads = Vec::with_capacity(KindId::ALL.len());
    for kind in KindId::ALL {
        let key = kind_key(kind);
        match backend.get(key) {
            Err(e) => pass.fail(key, Some(kind), e),
            Ok(None) => reads.push((kind, None, None)),
            Ok(Some(raw)) => {
                let read = decode_kind(kind, &raw);
                if let KindRead::Good { schema, .. } = &read {
                    pass.newer(*schema);
                }
                reads.push((kind, Some(raw), Some(read)));
            }
        }
    }
    let read_only = pass.newer.is_some();

    match meta {
        Err(e) => pass.fail(META_KEY, None, e),
        Ok(Some(text)) if meta_bad && !read_only => {
            let why = QuarantineReason::WrongShape;
            match keep_aside(backend, META_KEY, &text, why, String::new(), now, true) {
                Ok(entry) => {
                    pass.quarantined.push(entry);
                    pass.meta = Some(backend.get(META_KEY).ok().flatten());
                }
                Err(e) => pass.fail(META_KEY, None, e),
            }
        }
        Ok(stored) => pass.meta = Some(stored),
    }

    for (kind, raw, read) in reads {
        let (Some(raw), Some(read)) = (raw, read) else {
            pass.stored.push((kind, None));
            continue;
        };
        let key = kind_key(kind);
        match read {
            KindRead::Good { records, bad, .. } => {
                if doc.merge_kind(&records, kind) {
                    pass.merged.push(kind);
                }
                if bad.is_empty() {
                    pass.stored.push((kind, Some(raw)));
                } else if !read_only {
                    set_apart_records(backend, &mut pass, kind, &raw, &records, bad, now);
                }
            }
            KindRead::Unreadable { .. } if read_only => {}
            KindRead::Unreadable { reason, detail } => {
                match keep_aside(backend, key, &raw, reason, detail, now, true) {
                    Ok(entry) => {
                        pass.quarantined.push(entry);
                        match backend.get(key) {
                            // Removed: the kind may be written afresh.
                            Ok(None) => pass.stored.push((kind, None)),
                            // Another tab wrote it meanwhile: not merged, so not written
                            // now; reported so the caller saves again.
                            Ok(Some(_)) => {
                                let e = BackendError::Other("changed while being read".into());
                                pass.fail(key, Some(kind), e);
                            }
                            Err(e) => pass.fail(key, Some(kind), e),
                        }
                    }
                    Err(e) => pass.fail(key, Some(kind), e),
                }
            }
        }
    }
    pass
}

/// Moves the unreadable records of one kind aside together (as a JSON array, without their
/// readable neighbours), then stores the kind without them.
fn set_apart_records(
    backend: &mut dyn Backend,
    pass: &mut Pass,
    kind: KindId,
    raw: &str,
    readable: &Document,
    bad: Vec<BadRecord>,
    now: Instant,
) {
    let key = kind_key(kind);
    let jsons: Vec<&str> = bad.iter().map(|b| b.json.as_str()).collect();
    let details: Vec<&str> = bad.iter().map(|b| b.detail.as_str()).collect();
    let value = format!("[{}]", jsons.join(","));
    let why = QuarantineReason::BadRecord;
    match keep_aside(backend, key, &value, why, details.join("\n"), now, false) {
        Ok(entry) => pass.quarantined.push(entry),
        // Kept in place: the key must not be written over.
        Err(e) => return pass.fail(key, Some(kind), e),
    }
    let text = encode_kind(readable, kind);
    let unchanged = backend.get(key).ok().flatten().as_deref() == Some(raw);
    if unchanged && backend.set(key, &text).is_ok() {
        pass.stored.push((kind, Some(text)));
    } else {
        // The bad records are safe aside, so the kind may be written over.
        pass.stored.push((kind, Some(raw.to_owned())));
    }
}

/// Reads the document from storage. Never panics and never loses stored text: whatever
/// cannot be read is moved aside to a quarantine key (unless the data is of a newer schema,
/// when nothing at all is written).
pub fn load(backend: &mut dyn Backend, now: Instant) -> Loaded {
    let mut doc = Document::new();
    let pass = read_pass(backend, &mut doc, now);
    Loaded {
        doc,
        quarantined: pass.quarantined,
        newer_schema: pass.newer,
        problems: pass.failures,
    }
}

/// Merges what storage holds into `doc` (another tab may have written), then writes the kinds
/// whose stored text differs. On error `doc` keeps every change; call again on the next change.
pub fn save(
    backend: &mut dyn Backend,
    doc: &mut Document,
    now: Instant,
) -> Result<SaveReport, SaveError> {
    let mut pass = read_pass(backend, doc, now);
    if let Some(schema) = pass.newer {
        return Err(SaveError::NewerSchema { schema });
    }
    let Some(meta) = pass.meta.take() else {
        // Without the meta key we cannot tell whether a newer version owns the storage.
        return Err(SaveError::Storage {
            failures: pass.failures,
        });
    };
    let want = meta_text();
    if meta.as_deref() != Some(want.as_str()) {
        if let Err(e) = backend.set(META_KEY, &want) {
            pass.fail(META_KEY, None, e);
        }
    }
    let mut written = Vec::new();
    for (kind, stored) in std::mem::take(&mut pass.stored) {
        if stored.is_none() && doc.record_count(kind) == 0 {
            continue;
        }
        let text = encode_kind(doc, kind);
        if stored.as_deref() == Some(text.as_str()) {
            continue;
        }
        match backend.set(kind_key(kind), &text) {
            Ok(()) => written.push(kind),
            Err(e) => pass.fail(kind_key(kind), Some(kind), e),
        }
    }
    if pass.failures.is_empty() {
        Ok(SaveReport {
            written,
            merged: pass.merged,
            quarantined: pass.quarantined,
        })
    } else {
        Err(SaveError::Storage {
            failures: pass.failures,
        })
    }
}
