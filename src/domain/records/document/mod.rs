//! The whole local data set: one list of records per kind, merged record by record.
//!
//! Each list is kept sorted by record id with no duplicates, so two documents merge in one
//! linear pass and the same data always serialises to the same bytes. Merge keeps, for each
//! id, the record with the newest `updated`; equal `updated` is settled by a fixed order
//! (tombstone first, then the larger canonical JSON), which makes merge commutative,
//! associative and idempotent: two tabs, a backup and the stored copy can be merged in any
//! order and agree.
//!
//! Every local change moves `updated` past the record's previous value even if the clock
//! went backwards, so a change made here never loses a later merge against the copy it edited.

mod kind;
mod merge;
#[cfg(test)]
pub(crate) mod tests;

pub(crate) use kind::with_kind;
pub use kind::{Kind, KindId};

use crate::domain::core::model::{
    Appointment, Assessment, CheckIn, Checklist, JournalEntry, Medicine, Meta, Mood, Questionnaire,
    Record, RecordId, RedFlagEvent, Session, Settings,
};
use crate::domain::core::time::Instant;
use kind::sealed::Slot;
use merge::{find, merge_sorted, next_updated, normalize, precedence, replace_sorted};
use std::cmp::Ordering;
use std::rc::Rc;

/// Id of the single settings record.
pub const SETTINGS_ID: &str = "settings";
/// Id of the single assessment-notes record.
pub const ASSESSMENT_ID: &str = "assessment";

/// The patient's data: every kind's records, tombstones included.
///
/// Each kind's list is shared between copies (`Rc`): a copy costs one pointer per kind, and
/// a change copies only the list of the kind it changes (see [`Document::same_kind`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Document {
    settings: Rc<Vec<Record<Settings>>>,
    assessment: Rc<Vec<Record<Assessment>>>,
    medicines: Rc<Vec<Record<Medicine>>>,
    sessions: Rc<Vec<Record<Session>>>,
    checkins: Rc<Vec<Record<CheckIn>>>,
    questionnaires: Rc<Vec<Record<Questionnaire>>>,
    moods: Rc<Vec<Record<Mood>>>,
    journal: Rc<Vec<Record<JournalEntry>>>,
    appointments: Rc<Vec<Record<Appointment>>>,
    checklists: Rc<Vec<Record<Checklist>>>,
    red_flag_events: Rc<Vec<Record<RedFlagEvent>>>,
}

impl Document {
    pub fn new() -> Self {
        Document::default()
    }

    /// All records of a kind, tombstones included, sorted by id.
    pub fn records<T: Kind>(&self) -> &[Record<T>] {
        T::slot(self).as_slice()
    }

    /// True when both documents share one kind's list: nothing of that kind changed between
    /// them (a copy shares every list until one of its kinds is changed).
    pub fn same_kind(&self, other: &Document, kind: KindId) -> bool {
        with_kind!(kind, |T| Rc::ptr_eq(T::slot(self), T::slot(other)))
    }

    /// A record by id, tombstone or not.
    pub fn record<T: Kind>(&self, id: &RecordId) -> Option<&Record<T>> {
        let records = T::slot(self);
        find(records, id).ok().map(|i| &records[i])
    }

    /// A live record's data by id.
    pub fn get<T: Kind>(&self, id: &RecordId) -> Option<&T> {
        self.record::<T>(id).and_then(Record::live)
    }

    /// Live records of a kind, in id order (callers sort by date themselves).
    pub fn live<T: Kind>(&self) -> impl Iterator<Item = (&Meta, &T)> {
        T::slot(self)
            .iter()
            .filter_map(|r| r.live().map(|d| (&r.meta, d)))
    }

    pub fn live_count(&self, kind: KindId) -> usize {
        with_kind!(kind, |T| self.live::<T>().count())
    }

    pub fn record_count(&self, kind: KindId) -> usize {
        with_kind!(kind, |T| self.records::<T>().len())
    }

    /// True when no kind holds any record (not even a tombstone).
    pub fn is_empty(&self) -> bool {
        KindId::ALL.iter().all(|k| self.record_count(*k) == 0)
    }

    /// Stores a record as a local edit: it replaces any version with the same id, keeps the
    /// first `created`, and its `updated` is moved past the replaced version's so the edit wins
    /// later merges. Returns false when the record was already stored exactly so.
    pub fn upsert<T: Kind>(&mut self, mut record: Record<T>) -> bool {
        let pos = find(T::slot(self), &record.meta.id);
        if pos.is_ok_and(|i| T::slot(self)[i] == record) {
            return false;
        }
        let records = T::slot_mut(self);
        match pos {
            Ok(i) => {
                let old = &records[i].meta;
                record.meta.created = record.meta.created.min(old.created);
                record.meta.updated = next_updated(record.meta.updated, Some(old));
                records[i] = record;
            }
            Err(i) => records.insert(i, record),
        }
        true
    }

    /// Creates or changes a record's data at `now`. Returns false when nothing changed.
    pub fn put<T: Kind>(&mut self, id: RecordId, data: T, now: Instant) -> bool {
        let pos = find(T::slot(self), &id);
        if pos.is_ok_and(|i| T::slot(self)[i].live() == Some(&data)) {
            return false;
        }
        let records = T::slot_mut(self);
        match pos {
            Ok(i) => {
                let r = &mut records[i];
                r.meta.updated = next_updated(now, Some(&r.meta));
                r.meta.deleted = false;
                r.data = Some(data);
            }
            Err(i) => records.insert(i, Record::new(id, now, data)),
        }
        true
    }

    /// Deletes a record, leaving a tombstone (no data) so the delete reaches other tabs.
    /// Returns the record as it was, for [`Document::restore`] (undo).
    pub fn delete<T: Kind>(&mut self, id: &RecordId, now: Instant) -> Option<Record<T>> {
        let pos = find(T::slot(self), id);
        if pos.is_ok_and(|i| {
            let r = &T::slot(self)[i];
            r.meta.deleted && r.data.is_none()
        }) {
            return None;
        }
        let records = T::slot_mut(self);
        match pos {
            Ok(i) => {
                let r = &mut records[i];
                let before = r.clone();
                r.meta.updated = next_updated(now, Some(&r.meta));
                r.meta.deleted = true;
                r.data = None;
                before.live().is_some().then_some(before)
            }
            Err(i) => {
                // Unknown here but perhaps known to another tab: the tombstone still applies.
                let tomb = Record {
                    meta: Meta {
                        id: id.clone(),
                        created: now,
                        updated: now,
                        deleted: true,
                    },
                    data: None,
                };
                records.insert(i, tomb);
                None
            }
        }
    }

    /// Deletes every record of every kind, leaving tombstones (ids and times only, no data)
    /// so another open tab deletes its copy too instead of writing it back.
    pub fn delete_all(&mut self, now: Instant) -> usize {
        let mut n = 0;
        for kind in KindId::ALL {
            n += with_kind!(kind, |T| {
                let ids: Vec<RecordId> = self.live::<T>().map(|(m, _)| m.id.clone()).collect();
                ids.iter()
                    .filter(|id| self.delete::<T>(id, now).is_some())
                    .count()
            });
        }
        n
    }

    /// Undoes a delete: the record returns with the same id and data, updated at `now`.
    /// Returns false when `previous` holds no data.
    pub fn restore<T: Kind>(&mut self, previous: Record<T>, now: Instant) -> bool {
        let Some(data) = previous.data else {
            return false;
        };
        let records = T::slot_mut(self);
        let pos = find(records, &previous.meta.id);
        let current = pos.ok().map(|i| &records[i].meta);
        let restored = Record {
            meta: Meta {
                updated: next_updated(now, current),
                created: previous.meta.created,
                id: previous.meta.id,
                deleted: false,
            },
            data: Some(data),
        };
        match pos {
            Ok(i) => records[i] = restored,
            Err(i) => records.insert(i, restored),
        }
        true
    }

    /// Merges one record as a merge does (newest wins). Returns true if it was taken.
    pub fn merge_record<T: Kind>(&mut self, record: Record<T>) -> bool {
        match find(T::slot(self), &record.meta.id) {
            Ok(i) => {
                if precedence(&record, &T::slot(self)[i]) == Ordering::Greater {
                    T::slot_mut(self)[i] = record;
                    true
                } else {
                    false
                }
            }
            Err(i) => {
                T::slot_mut(self).insert(i, record);
                true
            }
        }
    }

    /// Merges many records of one kind, in any order and with duplicates allowed.
    pub fn merge_records<T: Kind>(&mut self, records: Vec<Record<T>>) -> bool {
        let theirs = normalize(records);
        let mine = T::slot_rc(self);
        if mine.is_empty() {
            // Merging into nothing gives `theirs` itself: kept as it is, not copied (a load
            // does this for every kind).
            let changed = !theirs.is_empty();
            *mine = Rc::new(theirs);
            return changed;
        }
        merge_sorted(mine, &theirs)
    }

    /// Merges one kind of `other` into this document.
    pub fn merge_kind(&mut self, other: &Document, kind: KindId) -> bool {
        with_kind!(kind, |T| merge_kind_of::<T>(self, other))
    }

    /// Merges `other` into this document, record by record. Returns the kinds that changed.
    pub fn merge(&mut self, other: &Document) -> Vec<KindId> {
        KindId::ALL
            .into_iter()
            .filter(|k| self.merge_kind(other, *k))
            .collect()
    }

    /// Makes this document hold exactly `other`'s records (a restore from backup), as local
    /// edits at `now`: records only here become tombstones, and records that differ take
    /// `other`'s version with an `updated` that wins later merges. Records already equal are
    /// left untouched, so replacing with an identical document changes nothing.
    pub fn replace_with(&mut self, other: &Document, now: Instant) -> Vec<KindId> {
        KindId::ALL
            .into_iter()
            .filter(|k| {
                with_kind!(*k, |T| replace_sorted(
                    T::slot_rc(self),
                    T::slot(other),
                    now
                ))
            })
            .collect()
    }

    pub fn settings(&self) -> Settings {
        self.get::<Settings>(&RecordId(SETTINGS_ID.into()))
            .cloned()
            .unwrap_or_default()
    }

    pub fn set_settings(&mut self, settings: Settings, now: Instant) -> bool {
        self.put(RecordId(SETTINGS_ID.into()), settings, now)
    }

    pub fn assessment(&self) -> Assessment {
        self.get::<Assessment>(&RecordId(ASSESSMENT_ID.into()))
            .cloned()
            .unwrap_or_default()
    }

    pub fn set_assessment(&mut self, assessment: Assessment, now: Instant) -> bool {
        self.put(RecordId(ASSESSMENT_ID.into()), assessment, now)
    }
}

/// [`Document::merge_kind`] for one kind: into an empty list, `other`'s list is shared rather
/// than copied record by record (the same records; a later change copies it first).
fn merge_kind_of<T: Kind>(doc: &mut Document, other: &Document) -> bool {
    let theirs = T::slot(other);
    let mine = T::slot_rc(doc);
    if mine.is_empty() {
        if theirs.is_empty() {
            return false;
        }
        *mine = Rc::clone(theirs);
        return true;
    }
    merge_sorted(mine, theirs)
}
