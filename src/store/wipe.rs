//! "Delete all data" for real, and when the last backup was made.
//!
//! Deleting everything removes every `sc.` key: records, tombstones, unreadable data set
//! aside, the privacy lock's own keys, the last-backup time. What the patient chose to keep is
//! written back afterwards by the ordinary save. [`Removed`] says what went, in words the
//! patient can check.
//!
//! The last-backup time is kept under its own key, not in the settings record: a backup then
//! changes nothing in the document it copies, so backing up, restoring and backing up again
//! gives the same file apart from its export time.

use super::backend::{Backend, BackendError};
use super::vault::is_lock_key;
use super::{quarantine_entries, KEY_PREFIX, QUARANTINE_PREFIX};
use crate::domain::core::time::Instant;
use crate::domain::records::document::{Document, KindId};

/// When the last backup of this phone's data was made (or restored from).
pub const BACKUP_KEY: &str = "sc.backup";

/// The last backup time kept here, if any (unreadable text counts as none).
pub fn last_backup(backend: &dyn Backend) -> Option<Instant> {
    let text = backend.get(BACKUP_KEY).ok().flatten()?;
    text.trim().parse::<i64>().ok().map(Instant)
}

/// Records a backup made (or restored from) at `at`; an earlier time never replaces a later one.
pub fn record_backup(backend: &mut dyn Backend, at: Instant) -> Result<(), BackendError> {
    if last_backup(backend).is_some_and(|kept| kept >= at) {
        return Ok(());
    }
    backend.set(BACKUP_KEY, &at.0.to_string())
}

/// What "Delete all data" removes, counted before it does.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Removed {
    /// Live records per kind, only kinds that had some, in `KindId::ALL` order.
    pub records: Vec<(KindId, usize)>,
    /// Traces of records deleted earlier (ids and times, no content).
    pub tombstones: usize,
    /// Pieces of unreadable data that had been set aside.
    pub set_aside: usize,
    /// The privacy lock (its encrypted copy, passphrase check and hint) was on.
    pub lock: bool,
    /// Other keys of this app (the last-backup time, settings of this phone).
    pub other_keys: usize,
}

impl Removed {
    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
            && self.tombstones == 0
            && self.set_aside == 0
            && !self.lock
            && self.other_keys == 0
    }
}

/// What deleting everything would remove: `doc` is the document this tab holds (with the lock
/// on, the decrypted one), `data` where it is stored, `local` the browser's storage (where
/// the lock's keys are).
pub fn to_remove(doc: &Document, data: &dyn Backend, local: &dyn Backend) -> Removed {
    let records = KindId::ALL
        .into_iter()
        .map(|k| (k, doc.live_count(k)))
        .filter(|(_, n)| *n > 0)
        .collect();
    let tombstones = KindId::ALL
        .into_iter()
        .map(|k| doc.record_count(k) - doc.live_count(k))
        .sum();
    let set_aside = quarantine_entries(data).map_or(0, |e| e.len());
    let local_keys = local.keys().unwrap_or_default();
    let lock = local_keys.iter().any(|k| is_lock_key(k));
    let known = |k: &str| {
        k == super::META_KEY
            || KindId::ALL.iter().any(|kind| super::kind_key(*kind) == k)
            || k.starts_with(QUARANTINE_PREFIX)
            || is_lock_key(k)
    };
    let mut others: Vec<String> = data.keys().unwrap_or_default();
    others.extend(local_keys);
    others.retain(|k| k.starts_with(KEY_PREFIX) && !known(k));
    others.sort();
    others.dedup();
    Removed {
        records,
        tombstones,
        set_aside,
        lock,
        other_keys: others.len(),
    }
}

/// Removes every key of this app from `backend`. Returns the first failure, after trying all.
pub fn remove_all(backend: &mut dyn Backend) -> Result<(), BackendError> {
    let mut first = None;
    for key in backend.keys()? {
        if key.starts_with(KEY_PREFIX) {
            if let Err(e) = backend.remove(&key) {
                first.get_or_insert(e);
            }
        }
    }
    first.map_or(Ok(()), Err)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::core::model::{Mood, RecordId};
    use crate::domain::records::synthetic;
    use crate::store::{save, MemoryBackend};

    const NOW: Instant = Instant(1_795_000_000_000);

    #[test]
    fn the_last_backup_only_moves_forward() {
        let mut b = MemoryBackend::new();
        assert_eq!(last_backup(&b), None);
        for (at, kept) in [(10, 10), (5, 10), (20, 20)] {
            record_backup(&mut b, Instant(at)).unwrap();
            assert_eq!(last_backup(&b), Some(Instant(kept)));
        }
        b.set(BACKUP_KEY, "garbage").unwrap();
        assert_eq!(last_backup(&b), None);
    }

    #[test]
    fn deleting_everything_leaves_no_key_and_counts_what_went() {
        let mut doc = synthetic::generate(1);
        let earlier = to_remove(&doc, &MemoryBackend::new(), &MemoryBackend::new()).tombstones;
        let gone = doc
            .live::<Mood>()
            .next()
            .map(|(m, _)| m.id.clone())
            .unwrap();
        doc.delete::<Mood>(&gone, NOW);
        doc.delete::<Mood>(&RecordId("never-here".into()), NOW);
        let mut b = MemoryBackend::new();
        save(&mut b, &mut doc, NOW).unwrap();
        record_backup(&mut b, NOW).unwrap();
        b.set("sc.quarantine.1.moods", "{\"bad\":1}").unwrap();
        b.set("sc.lock.hint", "{}").unwrap();
        b.set("other.app", "theirs").unwrap();

        let removed = to_remove(&doc, &b, &b);
        assert_eq!(removed.tombstones, earlier + 2);
        assert_eq!(removed.set_aside, 1);
        assert!(removed.lock);
        assert_eq!(removed.other_keys, 1, "the last-backup time");
        let moods = removed.records.iter().find(|(k, _)| *k == KindId::Moods);
        assert_eq!(moods, Some(&(KindId::Moods, doc.live_count(KindId::Moods))));
        assert!(removed.records.iter().all(|(_, n)| *n > 0));

        remove_all(&mut b).unwrap();
        assert_eq!(
            b.keys().unwrap(),
            ["other.app"],
            "another app's key is not ours"
        );
        assert!(to_remove(&Document::new(), &b, &b).is_empty());
    }
}
