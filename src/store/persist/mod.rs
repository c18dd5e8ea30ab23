//! Loading the document from storage and saving it back, safe with several tabs open.
//!
//! Both directions start with the same read pass: every key is read and decoded, unreadable
//! text is moved aside (quarantine), and what was readable is merged into the document. A save
//! then writes only the kinds whose text changed. Rules that keep every word:
//! - a key that could not be read, or whose unreadable text could not be moved aside, is never
//!   written over;
//! - data written by a newer schema is read but never written over (the app is read-only);
//! - a failed write leaves the document in memory as it was, so the next save retries it.
//!
//! A tab that keeps a [`SaveCache`] between saves skips the work for kinds nobody changed:
//! their stored text is neither decoded nor re-encoded (see [`SaveCache`] for why the result
//! is exactly that of a full pass).

use super::backend::{Backend, BackendError};
use super::codec::{decode_kind, encode_kind, KindRead};
use super::migrate::SCHEMA;
use super::quarantine::QuarantineEntry;
use super::{kind_key, APP_MARKER, META_KEY};
use crate::domain::core::model::Settings;
use crate::domain::core::time::Instant;
use crate::domain::records::document::{Document, KindId};
use std::collections::BTreeMap;
use std::fmt;

mod read;

use read::{read_pass, Stored};

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
    /// Kinds whose stored text was decoded (the others were known from the cache or absent).
    pub decoded: Vec<KindId>,
    /// Kinds encoded to compare with (or write over) what storage holds.
    pub encoded: Vec<KindId>,
}

/// What a tab remembers from its last successful save (or its load), so the next save only
/// pays for what changed since: the document then, and for each kind the exact text storage
/// held for it then.
///
/// Why a save with a cache ends exactly as a save without one:
/// - Read pass. A kind's text is only remembered when it decodes to exactly the records the
///   remembered document holds for that kind: after a save every kind's stored text is
///   `encode_kind` of the saved document (written, or found equal), and after a load each
///   remembered text is one that decoded cleanly (no bad records, no newer schema) into the
///   loaded document. So when storage still holds the remembered text, merging the remembered
///   document's list is the same as decoding the text and merging that: same records, same
///   merge. That in-memory merge costs nothing when the list is still shared with the
///   remembered document (a merge with itself changes nothing: merge is idempotent), and when
///   the kind was edited it is one comparison pass that finds nothing to take: local edits
///   (put, delete, restore, delete-all, replace) only ever move `updated` forward, so the
///   edited list already wins over every remembered record. It is still done rather than
///   assumed, so a document handed in from elsewhere (an import, another tab's merge) cannot
///   make the cache wrong.
/// - Write pass. A kind whose list is still the remembered one (`Document::same_kind`) and
///   whose stored text is the remembered text, known to be `encode_kind` of that list, would
///   encode to what storage holds: it is not encoded or written.
/// - Text that differs from the remembered text (another tab wrote, or damage) goes through
///   the full pass: decoded, quarantined, merged, checked for a newer schema.
/// - Any save that does not fully succeed forgets everything; the next save is a full pass.
#[derive(Clone, Debug, Default)]
pub struct SaveCache {
    /// The document as of the last successful save or load (lists shared, so cheap to keep).
    doc: Document,
    kinds: BTreeMap<KindId, Known>,
}

#[derive(Clone, Debug)]
struct Known {
    /// What storage held for this kind; it decodes to exactly `doc`'s list of this kind.
    text: String,
    /// The text is exactly `encode_kind(doc, kind)`, so the write pass may skip the kind.
    canonical: bool,
}

impl SaveCache {
    /// An empty cache: the next save reads and writes everything.
    pub fn new() -> Self {
        SaveCache::default()
    }

    /// Forgets everything (after a failed save; the next save is a full pass).
    pub fn clear(&mut self) {
        *self = SaveCache::default();
    }

    /// Whether anything is remembered.
    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty()
    }

    /// The remembered text of `kind` when storage still holds it.
    fn known(&self, kind: KindId, stored: &str) -> Option<&Known> {
        self.kinds.get(&kind).filter(|k| k.text == stored)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// Storage holds data of a newer schema; nothing was written.
    NewerSchema { schema: u32 },
    /// Some keys could not be read, encoded or written; the others were saved.
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

fn meta_text() -> String {
    format!(r#"{{"schema":{SCHEMA},"app":"{APP_MARKER}"}}"#)
}

/// Reads the document from storage. Never panics and never loses stored text: whatever
/// cannot be read is moved aside to a quarantine key (unless the data is of a newer schema,
/// when nothing at all is written).
pub fn load(backend: &mut dyn Backend, now: Instant) -> Loaded {
    load_cached(backend, now, &mut SaveCache::new())
}

/// [`load`], and `cache` starts from what was read, for [`save_cached`] to skip what nobody
/// changes. Storage of a newer schema leaves the cache empty (nothing will be saved anyway).
pub fn load_cached(backend: &mut dyn Backend, now: Instant, cache: &mut SaveCache) -> Loaded {
    let mut doc = Document::new();
    let pass = read_pass(backend, &mut doc, now, &SaveCache::new());
    cache.clear();
    if pass.newer.is_none() {
        cache.doc = doc.clone();
        for stored in pass.stored {
            if let (Some(text), true) = (stored.text, stored.clean) {
                let known = Known {
                    text,
                    canonical: false,
                };
                cache.kinds.insert(stored.kind, known);
            }
        }
    }
    Loaded {
        doc,
        quarantined: pass.quarantined,
        newer_schema: pass.newer,
        problems: pass.failures,
    }
}

/// The saved settings alone, read without loading, merging or moving aside anything: what the
/// app needs before its first render (the language to open in). `None` when nothing is saved
/// or the settings cannot be read (the full load then deals with them).
pub fn saved_settings(backend: &dyn Backend) -> Option<Settings> {
    let text = backend.get(kind_key(KindId::Settings)).ok().flatten()?;
    match decode_kind(KindId::Settings, &text) {
        KindRead::Good { records, .. } => Some(records.settings()),
        KindRead::Unreadable { .. } => None,
    }
}

/// Merges what storage holds into `doc` (another tab may have written), then writes the kinds
/// whose stored text differs. On error `doc` keeps every change; call again on the next change.
pub fn save(
    backend: &mut dyn Backend,
    doc: &mut Document,
    now: Instant,
) -> Result<SaveReport, SaveError> {
    save_cached(backend, doc, now, &mut SaveCache::new())
}

/// [`save`] that skips the kinds `cache` knows are unchanged, in storage and in `doc`, and
/// leaves the cache describing this save (or empty after any error).
pub fn save_cached(
    backend: &mut dyn Backend,
    doc: &mut Document,
    now: Instant,
    cache: &mut SaveCache,
) -> Result<SaveReport, SaveError> {
    let result = save_pass(backend, doc, now, cache);
    match &result {
        Ok(_) => cache.doc = doc.clone(),
        Err(_) => cache.clear(),
    }
    result
}

/// The save itself; on success `cache.kinds` is already what storage holds now.
fn save_pass(
    backend: &mut dyn Backend,
    doc: &mut Document,
    now: Instant,
    cache: &mut SaveCache,
) -> Result<SaveReport, SaveError> {
    let mut pass = read_pass(backend, doc, now, cache);
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
    let mut encoded = Vec::new();
    let mut now_stored = BTreeMap::new();
    for Stored { kind, text, .. } in std::mem::take(&mut pass.stored) {
        if text.is_none() && doc.record_count(kind) == 0 {
            continue;
        }
        if let Some(stored) = text.as_deref() {
            let known = cache.known(kind, stored);
            if known.is_some_and(|k| k.canonical) && doc.same_kind(&cache.doc, kind) {
                // Encoding would give back exactly the stored text.
                let text = text.unwrap_or_default();
                now_stored.insert(kind, text);
                continue;
            }
        }
        let mine = match encode_kind(doc, kind) {
            Ok(text) => text,
            Err(e) => {
                // Nothing is written over the stored records; the save fails with this key.
                let e = BackendError::Other(format!("could not encode: {e}"));
                pass.fail(kind_key(kind), Some(kind), e);
                continue;
            }
        };
        encoded.push(kind);
        if text.as_deref() != Some(mine.as_str()) {
            match backend.set(kind_key(kind), &mine) {
                Ok(()) => written.push(kind),
                Err(e) => pass.fail(kind_key(kind), Some(kind), e),
            }
        }
        now_stored.insert(kind, mine);
    }
    if !pass.failures.is_empty() {
        return Err(SaveError::Storage {
            failures: pass.failures,
        });
    }
    cache.kinds = now_stored
        .into_iter()
        .map(|(kind, text)| {
            let known = Known {
                text,
                canonical: true,
            };
            (kind, known)
        })
        .collect();
    Ok(SaveReport {
        written,
        merged: pass.merged,
        quarantined: pass.quarantined,
        decoded: pass.decoded,
        encoded,
    })
}
