//! What the screens mean to do, one method each: every change to the document goes through
//! here or through the generic record methods beside `DataHandle::edit`, so a page names its
//! intent and the rule it runs lives in the domain.

use super::DataHandle;
use crate::domain::core::model::{Assessment, CheckIn, Record, RecordId, ScaleKind, Session};
use crate::domain::mood::questionnaires::{finish_draft, save_answer, start_correction};
use crate::domain::prepare::next_session::{checklist_for, checklist_id, set_done};
use crate::domain::records::document::Kind;
use crate::platform::ids;
use std::rc::Rc;

impl DataHandle {
    /// Adds several records in one change (saved, or undone, together); returns their ids.
    pub fn add_all<T: Kind + Clone + 'static>(&self, list: Vec<T>) -> Rc<[RecordId]> {
        let records: Vec<(RecordId, T)> = list.into_iter().map(|r| (ids::new_id(), r)).collect();
        let added = records.iter().map(|(id, _)| id.clone()).collect();
        self.edit(move |doc, now| {
            let mut changed = false;
            for (id, r) in &records {
                changed |= doc.put(id.clone(), r.clone(), now);
            }
            changed
        });
        added
    }

    /// Deletes several records of one kind in one change (the undo of `add_all`).
    pub fn delete_all<T: Kind + Clone + 'static>(&self, ids: Rc<[RecordId]>) {
        self.edit(move |doc, now| {
            let mut changed = false;
            for id in ids.iter() {
                changed |= doc.delete::<T>(id, now).is_some();
            }
            changed
        });
    }

    /// Deletes a session with its check-ins, in one change.
    pub fn delete_session(&self, session: RecordId, check_ins: Vec<RecordId>) {
        self.edit(move |doc, now| {
            let mut changed = doc.delete::<Session>(&session, now).is_some();
            for c in &check_ins {
                changed |= doc.delete::<CheckIn>(c, now).is_some();
            }
            changed
        });
    }

    /// Puts back a deleted session with its check-ins, in one change.
    pub fn restore_session(&self, session: Record<Session>, check_ins: Vec<Record<CheckIn>>) {
        self.edit(move |doc, now| {
            let mut changed = doc.restore(session.clone(), now);
            for c in &check_ins {
                changed |= doc.restore(c.clone(), now);
            }
            changed
        });
    }

    /// Keeps one answer of a questionnaire draft (starting the draft `id` if it is new).
    pub fn save_questionnaire_answer(&self, id: RecordId, kind: ScaleKind, item: usize, value: u8) {
        self.edit(move |doc, now| save_answer(doc, &id, kind, item, value, now));
    }

    /// Finishes a questionnaire draft once every item is answered.
    pub fn finish_questionnaire(&self, id: RecordId) {
        self.edit(move |doc, now| finish_draft(doc, &id, now).is_ok());
    }

    /// Opens a draft `new_id` that corrects the finished questionnaire `of`.
    pub fn start_questionnaire_correction(&self, of: RecordId, new_id: RecordId) {
        self.edit(move |doc, now| start_correction(doc, &of, new_id.clone(), now));
    }

    /// Changes the assessment notes, starting from the stored ones so two quick changes never
    /// undo each other.
    pub fn change_assessment(&self, change: Rc<dyn Fn(&mut Assessment)>) {
        self.edit(move |doc, now| {
            let mut a = doc.assessment();
            change(&mut a);
            doc.set_assessment(a, now)
        });
    }

    /// Ticks or unticks one item of a session's checklist (read inside the change, so quick
    /// ticks never undo each other).
    pub fn tick_checklist(&self, appointment: RecordId, key: String, done: bool) {
        self.edit(move |doc, now| {
            let mut c = checklist_for(doc.records(), &appointment);
            set_done(&mut c, &key, done) && doc.put(checklist_id(&appointment), c, now)
        });
    }

    /// Removes every piece of unreadable data that was set aside, then counts again.
    pub fn clear_set_aside(&self) {
        let mut backend = crate::platform::vault::open_store();
        if let Ok(entries) = crate::store::quarantine_entries(&backend) {
            for e in entries {
                let _ = crate::store::remove_quarantine_entry(&mut backend, &e.key);
            }
        }
        self.refresh_quarantine();
    }

    /// Saves who takes the patient home after a session.
    pub fn save_support_person(&self, appointment: RecordId, name: String, phone: String) {
        self.edit(move |doc, now| {
            let mut c = checklist_for(doc.records(), &appointment);
            c.support_name = name.clone();
            c.support_phone = phone.clone();
            doc.put(checklist_id(&appointment), c, now)
        });
    }
}
