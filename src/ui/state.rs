//! The app's one state: the patient's document plus how storage is doing.
//!
//! The reducer is pure: it never touches storage. Saving happens in one root effect
//! (`ui::data`) whenever `revision` moves, and its outcome comes back as an action.

use crate::domain::core::model::Settings;
use crate::domain::core::time::Instant;
use crate::domain::records::document::Document;
use std::fmt;
use std::rc::Rc;
use yew::prelude::*;

/// What the patient should know about storage right now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageStatus {
    Ok,
    /// The browser refuses storage (private mode, site data off): the visit works, nothing is kept.
    NoStorage,
    /// Storage holds data from a newer version: shown, never overwritten.
    ReadOnly {
        schema: u32,
    },
    /// The last write failed; the change is kept in memory and retried on the next change.
    WriteFailed {
        quota: bool,
    },
    /// The privacy lock is on and this tab has not unlocked: nothing is loaded or saved.
    Locked,
}

/// A change to a document at an instant; `true` when it changed anything.
pub type EditFn = dyn Fn(&mut Document, Instant) -> bool;

/// A change to the document, run on a private copy inside the reducer.
#[derive(Clone)]
pub struct Edit(pub Rc<EditFn>);

impl fmt::Debug for Edit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Edit")
    }
}

#[derive(Debug)]
pub enum Action {
    /// The patient changed something here.
    Edit { edit: Edit, now: Instant },
    /// Another tab (or an import) wrote: merge its records; nothing new to save.
    Merge { doc: Box<Document> },
    /// A backup replaced everything (the import already merged or replaced on a copy).
    Replace { doc: Box<Document> },
    /// Storage was emptied; `doc` is what the patient kept (saved only if it holds anything,
    /// so deleting everything leaves no key behind).
    Wiped { doc: Box<Document> },
    /// A backup was made or restored from (kept outside the document): screens that show it
    /// draw again.
    BackedUp,
    /// The root effect finished a save.
    Saved { status: StorageStatus },
    /// The number of kept-aside pieces changed (after a load or a clear).
    Quarantine { count: usize },
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub doc: Rc<Document>,
    /// Derived from `doc`, kept so every screen shares one copy.
    pub settings: Rc<Settings>,
    /// Moves on every local change; the root effect saves when it does.
    pub revision: u64,
    pub storage: StorageStatus,
    pub quarantined: usize,
    /// Moves when a backup is made or restored from.
    pub backups: u64,
}

impl AppState {
    pub fn new(doc: Document, storage: StorageStatus, quarantined: usize) -> Self {
        AppState {
            settings: Rc::new(doc.settings()),
            doc: Rc::new(doc),
            revision: 0,
            storage,
            quarantined,
            backups: 0,
        }
    }

    fn with_doc(&self, doc: Document, revision: u64) -> Self {
        AppState {
            settings: Rc::new(doc.settings()),
            doc: Rc::new(doc),
            revision,
            ..self.clone()
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Edit { edit, now } => {
                // A newer version owns the data: this tab only shows it.
                if matches!(
                    self.storage,
                    StorageStatus::ReadOnly { .. } | StorageStatus::Locked
                ) {
                    return self;
                }
                let mut doc = (*self.doc).clone();
                if !(edit.0)(&mut doc, now) {
                    return self;
                }
                Rc::new(self.with_doc(doc, self.revision + 1))
            }
            Action::Merge { doc: other } => {
                let mut doc = (*self.doc).clone();
                if doc.merge(&other).is_empty() {
                    return self;
                }
                Rc::new(self.with_doc(doc, self.revision))
            }
            Action::Replace { doc } => Rc::new(self.with_doc(*doc, self.revision + 1)),
            Action::Wiped { doc } => {
                let revision = self.revision + u64::from(!doc.is_empty());
                Rc::new(AppState {
                    quarantined: 0,
                    ..self.with_doc(*doc, revision)
                })
            }
            Action::BackedUp => Rc::new(AppState {
                backups: self.backups + 1,
                ..(*self).clone()
            }),
            Action::Saved { status } => {
                if status == self.storage {
                    return self;
                }
                Rc::new(AppState {
                    storage: status,
                    ..(*self).clone()
                })
            }
            Action::Quarantine { count } => {
                if count == self.quarantined {
                    return self;
                }
                Rc::new(AppState {
                    quarantined: count,
                    ..(*self).clone()
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::core::model::{Mood, RecordId};

    fn edit_mood(score: u8) -> Action {
        Action::Edit {
            edit: Edit(Rc::new(move |doc: &mut Document, now| {
                doc.put(
                    RecordId("m1".into()),
                    Mood {
                        at: now,
                        score,
                        word: String::new(),
                    },
                    now,
                )
            })),
            now: Instant(1_000),
        }
    }

    #[test]
    fn a_local_edit_moves_the_revision_so_it_is_saved() {
        let s = Rc::new(AppState::new(Document::new(), StorageStatus::Ok, 0));
        let s2 = s.clone().reduce(edit_mood(5));
        assert_eq!(s2.revision, 1);
        assert_eq!(s2.doc.live::<Mood>().count(), 1);
    }

    #[test]
    fn read_only_storage_refuses_edits_instead_of_pretending_to_save() {
        let s = Rc::new(AppState::new(
            Document::new(),
            StorageStatus::ReadOnly { schema: 9 },
            0,
        ));
        let s2 = s.clone().reduce(edit_mood(5));
        assert!(Rc::ptr_eq(&s, &s2));
    }

    #[test]
    fn another_tabs_records_merge_without_a_new_save() {
        let s = Rc::new(AppState::new(Document::new(), StorageStatus::Ok, 0));
        let mut other = Document::new();
        other.put(
            RecordId("x".into()),
            Mood {
                at: Instant(5),
                score: 3,
                word: "ok".into(),
            },
            Instant(5),
        );
        let s2 = s.clone().reduce(Action::Merge {
            doc: Box::new(other.clone()),
        });
        assert_eq!(s2.revision, 0);
        assert_eq!(s2.doc.live::<Mood>().count(), 1);
        // The same records again change nothing: the same state comes back.
        let s3 = s2.clone().reduce(Action::Merge {
            doc: Box::new(other),
        });
        assert!(Rc::ptr_eq(&s2, &s3));
    }

    #[test]
    fn deleting_everything_saves_only_what_was_kept() {
        let s = Rc::new(AppState::new(Document::new(), StorageStatus::Ok, 3));
        let s = s.reduce(edit_mood(5));
        let wiped = s.clone().reduce(Action::Wiped {
            doc: Box::new(Document::new()),
        });
        assert_eq!(wiped.revision, s.revision, "nothing kept, nothing written");
        assert!(wiped.doc.is_empty());
        assert_eq!(wiped.quarantined, 0);
        let mut kept = Document::new();
        kept.set_settings(Settings::default(), Instant(1));
        let kept = s.clone().reduce(Action::Wiped {
            doc: Box::new(kept),
        });
        assert_eq!(kept.revision, s.revision + 1, "the kept settings are saved");
        assert_eq!(
            kept.doc
                .live_count(crate::domain::records::document::KindId::Moods),
            0
        );
    }

    #[test]
    fn a_failed_save_is_reported_and_kept_until_the_next_one_succeeds() {
        let s = Rc::new(AppState::new(Document::new(), StorageStatus::Ok, 0));
        let failed = s.reduce(Action::Saved {
            status: StorageStatus::WriteFailed { quota: true },
        });
        assert_eq!(failed.storage, StorageStatus::WriteFailed { quota: true });
        let ok = failed.reduce(Action::Saved {
            status: StorageStatus::Ok,
        });
        assert_eq!(ok.storage, StorageStatus::Ok);
    }
}
