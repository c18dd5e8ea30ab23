//! The read pass that loading and saving both start with: every key is read and decoded,
//! unreadable text is moved aside (quarantine), and what was readable is merged into the
//! document.

use super::{SaveCache, StorageFailure};
use crate::domain::core::time::Instant;
use crate::domain::records::document::{Document, KindId};
use crate::store::backend::{Backend, BackendError};
use crate::store::codec::{decode_kind, encode_kind, BadRecord, KindRead, QuarantineReason};
use crate::store::migrate::SCHEMA;
use crate::store::quarantine::{keep_aside, QuarantineEntry};
use crate::store::{kind_key, APP_MARKER, META_KEY};
use serde::Deserialize;

#[derive(Deserialize)]
struct MetaIn {
    schema: u32,
    app: String,
}

/// What one kind's key holds now, for kinds that may be written.
pub(super) struct Stored {
    pub(super) kind: KindId,
    pub(super) text: Option<String>,
    /// The text decodes to exactly the records the document took in for this kind (nothing
    /// kept aside, not a newer schema): it may be remembered by a [`SaveCache`].
    pub(super) clean: bool,
}

/// What the read pass found.
#[derive(Default)]
pub(super) struct Pass {
    pub(super) stored: Vec<Stored>,
    /// What the meta key holds now; `None` when it could not be read.
    pub(super) meta: Option<Option<String>>,
    pub(super) newer: Option<u32>,
    pub(super) quarantined: Vec<QuarantineEntry>,
    pub(super) failures: Vec<StorageFailure>,
    pub(super) merged: Vec<KindId>,
    pub(super) decoded: Vec<KindId>,
}

impl Pass {
    fn stored(&mut self, kind: KindId, text: Option<String>, clean: bool) {
        self.stored.push(Stored { kind, text, clean });
    }
    pub(super) fn fail(&mut self, key: &str, kind: Option<KindId>, error: BackendError) {
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

/// One kind as read: its stored text and, unless the cache knew the text, what it decoded to.
enum Read {
    Absent,
    Known(String),
    Decoded(String, KindRead),
}

pub(super) fn read_pass(
    backend: &mut dyn Backend,
    doc: &mut Document,
    now: Instant,
    cache: &SaveCache,
) -> Pass {
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
            Ok(None) => reads.push((kind, Read::Absent)),
            // Remembered text is never of a newer schema: nothing to check or decode.
            Ok(Some(raw)) if cache.known(kind, &raw).is_some() => {
                reads.push((kind, Read::Known(raw)))
            }
            Ok(Some(raw)) => {
                let read = decode_kind(kind, &raw);
                pass.decoded.push(kind);
                if let KindRead::Good { schema, .. } = &read {
                    pass.newer(*schema);
                }
                reads.push((kind, Read::Decoded(raw, read)));
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

    for (kind, read) in reads {
        let (raw, read) = match read {
            Read::Absent => {
                pass.stored(kind, None, true);
                continue;
            }
            Read::Known(raw) => {
                // The remembered list is what the text decodes to (see `SaveCache`); merging
                // it is a no-op unless the list was replaced from elsewhere.
                if !doc.same_kind(&cache.doc, kind) && doc.merge_kind(&cache.doc, kind) {
                    pass.merged.push(kind);
                }
                pass.stored(kind, Some(raw), true);
                continue;
            }
            Read::Decoded(raw, read) => (raw, read),
        };
        let key = kind_key(kind);
        match read {
            KindRead::Good {
                records,
                bad,
                schema,
            } => {
                if doc.merge_kind(&records, kind) {
                    pass.merged.push(kind);
                }
                if bad.is_empty() {
                    pass.stored(kind, Some(raw), schema <= SCHEMA);
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
                            Ok(None) => pass.stored(kind, None, true),
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
    match text {
        Ok(text) if unchanged && backend.set(key, &text).is_ok() => {
            // `readable` is all the document took in of this kind, and `text` is exactly it.
            pass.stored(kind, Some(text), true);
        }
        _ => {
            // The bad records are safe aside, so the kind may be written over (but this text,
            // bad records and all, must be decoded again next time). Text that could not be
            // encoded fails again in the write pass, which reports it.
            pass.stored(kind, Some(raw.to_owned()), false);
        }
    }
}
