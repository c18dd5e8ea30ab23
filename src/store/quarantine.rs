//! Stored text that could not be read is moved aside, never deleted.
//!
//! Each piece goes to its own key `sc.quarantine.<millis>.<name>` holding the original text,
//! where it came from, when and why. The patient can download them all (for the clinic or a
//! bug report) and then clear them.

use super::backend::{Backend, BackendError};
use super::codec::QuarantineReason;
use super::{APP_MARKER, QUARANTINE_PREFIX};
use crate::domain::core::time::Instant;
use serde::{Deserialize, Serialize};

/// One piece of kept-aside text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuarantineEntry {
    /// The quarantine key itself (not part of the stored value).
    #[serde(skip)]
    pub key: String,
    /// The storage key the text was read from, e.g. `sc.v1.sessions`.
    pub source: String,
    pub at: Instant,
    pub reason: QuarantineReason,
    /// Technical detail of the failure (parser message), for a bug report.
    #[serde(default)]
    pub detail: String,
    /// The original text, exactly as it was stored.
    pub value: String,
}

/// A free key for text from `source` (named by its last part) kept aside at `now`.
fn free_key(backend: &dyn Backend, now: Instant, source: &str) -> Result<String, BackendError> {
    let name = source.rsplit('.').next().unwrap_or(source);
    let base = format!("{QUARANTINE_PREFIX}{}.{name}", now.0);
    let mut key = base.clone();
    let mut n = 1;
    while backend.get(&key)?.is_some() {
        key = format!("{base}.{n}");
        n += 1;
    }
    Ok(key)
}

/// Copies `value` to a new quarantine key. When `remove_source`, the source key is then
/// removed, but only if it still holds `value` (another tab may have written it meanwhile).
pub(crate) fn keep_aside(
    backend: &mut dyn Backend,
    source: &str,
    value: &str,
    reason: QuarantineReason,
    detail: String,
    now: Instant,
    remove_source: bool,
) -> Result<QuarantineEntry, BackendError> {
    let entry = QuarantineEntry {
        key: free_key(backend, now, source)?,
        source: source.to_owned(),
        at: now,
        reason,
        detail,
        value: value.to_owned(),
    };
    let text = serde_json::to_string(&entry).map_err(|e| BackendError::Other(e.to_string()))?;
    backend.set(&entry.key, &text)?;
    if remove_source && backend.get(source)?.as_deref() == Some(value) {
        backend.remove(source)?;
    }
    Ok(entry)
}

/// Every kept-aside piece, oldest first. A piece whose wrapper is itself unreadable is listed
/// with reason `Unknown` and its whole stored text as the value.
pub fn quarantine_entries(backend: &dyn Backend) -> Result<Vec<QuarantineEntry>, BackendError> {
    let mut keys: Vec<String> = backend
        .keys()?
        .into_iter()
        .filter(|k| k.starts_with(QUARANTINE_PREFIX))
        .collect();
    crate::domain::core::order::by_key(&mut keys, |k| (millis_of(k), k.clone()));
    let mut out = Vec::with_capacity(keys.len());
    for key in keys {
        let Some(text) = backend.get(&key)? else {
            continue;
        };
        let entry = match serde_json::from_str::<QuarantineEntry>(&text) {
            Ok(mut e) => {
                e.key = key;
                e
            }
            Err(e) => QuarantineEntry {
                at: Instant(millis_of(&key).unwrap_or(0)),
                key,
                source: String::new(),
                reason: QuarantineReason::Unknown,
                detail: e.to_string(),
                value: text,
            },
        };
        out.push(entry);
    }
    Ok(out)
}

fn millis_of(key: &str) -> Option<i64> {
    key.strip_prefix(QUARANTINE_PREFIX)?
        .split('.')
        .next()?
        .parse()
        .ok()
}

/// Deletes one kept-aside piece (after the patient downloaded or dismissed it).
pub fn remove_quarantine_entry(backend: &mut dyn Backend, key: &str) -> Result<(), BackendError> {
    if key.starts_with(QUARANTINE_PREFIX) {
        backend.remove(key)
    } else {
        Err(BackendError::Other(format!("not a quarantine key: {key}")))
    }
}

#[derive(Serialize)]
struct QuarantineFile<'a> {
    app: &'a str,
    content: &'a str,
    exported: String,
    entries: Vec<EntryOut<'a>>,
}

#[derive(Serialize)]
struct EntryOut<'a> {
    key: &'a str,
    source: &'a str,
    at: String,
    reason: QuarantineReason,
    detail: &'a str,
    value: &'a str,
}

/// The body of a "download kept-aside data" file (pretty JSON, stable order).
pub fn quarantine_export_json(
    entries: &[QuarantineEntry],
    now: Instant,
) -> Result<String, super::backup::ExportError> {
    let file = QuarantineFile {
        app: APP_MARKER,
        content: "quarantine",
        exported: now.to_iso_utc(),
        entries: entries
            .iter()
            .map(|e| EntryOut {
                key: &e.key,
                source: &e.source,
                at: e.at.to_iso_utc(),
                reason: e.reason,
                detail: &e.detail,
                value: &e.value,
            })
            .collect(),
    };
    Ok(serde_json::to_string_pretty(&file)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::backend::MemoryBackend;

    #[test]
    fn kept_aside_text_is_listed_exported_and_removable() {
        let mut b = MemoryBackend::new();
        b.set("sc.v1.moods", "{broken").unwrap();
        let e = keep_aside(
            &mut b,
            "sc.v1.moods",
            "{broken",
            QuarantineReason::NotJson,
            "eof".into(),
            Instant(42),
            true,
        )
        .unwrap();
        assert_eq!(e.key, "sc.quarantine.42.moods");
        assert_eq!(b.get("sc.v1.moods"), Ok(None), "source moved away");
        // Same millisecond, same kind: a second key, nothing overwritten.
        let e2 = keep_aside(
            &mut b,
            "sc.v1.moods",
            "x",
            QuarantineReason::BadRecord,
            String::new(),
            Instant(42),
            false,
        )
        .unwrap();
        assert_eq!(e2.key, "sc.quarantine.42.moods.1");
        b.set("sc.quarantine.7.meta", "not json").unwrap();

        let list = quarantine_entries(&b).unwrap();
        let keys: Vec<_> = list.iter().map(|e| e.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "sc.quarantine.7.meta",
                "sc.quarantine.42.moods",
                "sc.quarantine.42.moods.1"
            ]
        );
        assert_eq!(list[0].reason, QuarantineReason::Unknown);
        assert_eq!(list[0].value, "not json");
        assert_eq!(list[1], e);

        let body = quarantine_export_json(&list, Instant(0)).unwrap();
        let v: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(v["entries"][1]["value"], "{broken");
        assert_eq!(v["entries"][1]["at"], "1970-01-01T00:00:00Z");

        remove_quarantine_entry(&mut b, "sc.quarantine.42.moods").unwrap();
        assert!(remove_quarantine_entry(&mut b, "sc.meta").is_err());
        assert_eq!(quarantine_entries(&b).unwrap().len(), 2);
    }

    #[test]
    fn source_changed_by_another_tab_is_not_removed() {
        let mut b = MemoryBackend::new();
        b.set("sc.v1.moods", "newer good text").unwrap();
        keep_aside(
            &mut b,
            "sc.v1.moods",
            "old bad text",
            QuarantineReason::NotJson,
            String::new(),
            Instant(1),
            true,
        )
        .unwrap();
        assert_eq!(b.get("sc.v1.moods"), Ok(Some("newer good text".into())));
    }
}
