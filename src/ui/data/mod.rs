//! The data context: loads the document once, saves after every local change, merges what
//! other tabs write, and hands screens a [`DataHandle`] with intent methods (the generic
//! record ones here, each feature's in `intents.rs`).

use crate::domain::core::model::{CheckIn, Record, RecordId, Settings};
use crate::domain::core::time::Instant;
use crate::domain::records::document::{Document, Kind};
use crate::domain::safety::flag_log;
use crate::platform::{clock, dom, ids, storage, vault};
use crate::store::vault::{is_lock_key, LockHint, LOCK_KEY};
use crate::store::{self, wipe, Backend, BackendError, SaveCache, SaveError, KEY_PREFIX, META_KEY};
use crate::ui::state::{Action, AppState, Edit, StorageStatus};
use std::rc::Rc;
use yew::prelude::*;

mod intents;

#[derive(Clone, PartialEq)]
pub struct DataHandle {
    state: UseReducerHandle<AppState>,
}

impl DataHandle {
    pub fn doc(&self) -> Rc<Document> {
        self.state.doc.clone()
    }
    pub fn settings(&self) -> Rc<Settings> {
        self.state.settings.clone()
    }
    pub fn storage(&self) -> StorageStatus {
        self.state.storage.clone()
    }
    pub fn quarantined(&self) -> usize {
        self.state.quarantined
    }
    /// Moves when a backup is made or restored from.
    pub fn backups(&self) -> u64 {
        self.state.backups
    }

    /// Runs a change on the document; it is saved by the root effect.
    pub fn edit(&self, f: impl Fn(&mut Document, Instant) -> bool + 'static) {
        self.state.dispatch(Action::Edit {
            edit: Edit(Rc::new(f)),
            now: clock::now(),
        });
    }

    pub fn set_settings(&self, settings: Settings) {
        self.edit(move |doc, now| doc.set_settings(settings.clone(), now));
    }

    /// Adds a new record; returns its id.
    pub fn add<T: Kind + Clone + 'static>(&self, data: T) -> RecordId {
        let id = ids::new_id();
        self.put(id.clone(), data);
        id
    }

    pub fn put<T: Kind + Clone + 'static>(&self, id: RecordId, data: T) {
        self.edit(move |doc, now| doc.put(id.clone(), data.clone(), now));
    }

    /// Deletes a record (kept as a tombstone); returns what it was, for undo.
    pub fn delete<T: Kind + Clone + 'static>(&self, id: &RecordId) -> Option<Record<T>> {
        let previous = self.state.doc.record::<T>(id).cloned();
        let id = id.clone();
        self.edit(move |doc, now| doc.delete::<T>(&id, now).is_some());
        previous
    }

    pub fn restore<T: Kind + Clone + 'static>(&self, previous: Record<T>) {
        self.edit(move |doc, now| doc.restore(previous.clone(), now));
    }

    /// The "Undo" button of a list that keeps its last deleted record in `removed`: puts it
    /// back and forgets it.
    pub fn undo_delete<T: Kind + Clone + 'static>(
        &self,
        removed: &UseStateHandle<Option<Record<T>>>,
    ) -> Callback<MouseEvent> {
        let (data, removed) = (self.clone(), removed.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(previous) = (*removed).clone() {
                data.restore(previous);
            }
            removed.set(None);
        })
    }

    /// Saves a finished check-in; the warning signs it reports are logged now, with it (never
    /// while it is being filled in).
    pub fn save_check_in(&self, id: RecordId, check_in: CheckIn) {
        self.edit(move |doc, now| flag_log::save_check_in(doc, id.clone(), check_in.clone(), now));
    }

    /// Marks a logged warning sign as entered by mistake, or takes the mark back.
    pub fn mark_mistake(&self, id: RecordId, mistaken: bool) {
        self.edit(move |doc, now| flag_log::set_mistake(doc, &id, mistaken, now));
    }

    /// When the last backup was made or restored from (older versions kept it in the settings).
    pub fn last_backup(&self) -> Option<Instant> {
        let kept = wipe::last_backup(&vault::open_store());
        kept.max(self.state.settings.last_backup)
    }

    /// Notes a backup made (or restored from) at `at`, outside the document so the document
    /// stays exactly as backed up. A failure only means the reminder may come early.
    pub fn record_backup(&self, at: Instant) {
        let _ = wipe::record_backup(&mut vault::open_store(), at);
        self.state.dispatch(Action::BackedUp);
    }

    /// Deletes everything this app keeps on the phone (the privacy lock too), then keeps the
    /// settings again if asked. Returns what was removed, or the failure (some keys may then
    /// be left; what this tab shows is unchanged).
    pub fn delete_everything(&self, keep_settings: bool) -> Result<wipe::Removed, BackendError> {
        let doc = self.state.doc.clone();
        let local = storage::LocalStorage::open();
        let removed = wipe::to_remove(&doc, &vault::open_store(), &local);
        vault::delete_everything()?;
        let mut kept = Document::new();
        if keep_settings {
            let mut settings = (*self.state.settings).clone();
            settings.last_backup = None;
            kept.set_settings(settings, clock::now());
        }
        self.state.dispatch(Action::Wiped {
            doc: Box::new(kept),
        });
        Ok(removed)
    }

    /// Replaces the whole document (an import in "replace" mode).
    pub fn replace(&self, doc: Document) {
        self.state.dispatch(Action::Replace { doc: Box::new(doc) });
    }

    pub fn refresh_quarantine(&self) {
        let backend = vault::open_store();
        let count = store::quarantine_entries(&backend).map_or(0, |e| e.len());
        self.state.dispatch(Action::Quarantine { count });
    }
}

/// While locked only the language and country are known (for the locked screen's words and
/// crisis numbers); nothing is loaded.
fn locked_state() -> AppState {
    let hint = vault::hint();
    let mut doc = Document::new();
    let settings = Settings {
        language: hint.language,
        country: hint.country,
        ..Settings::default()
    };
    doc.set_settings(settings, Instant(0));
    AppState::new(doc, StorageStatus::Locked, 0)
}

/// The state to start from; `cache` learns what was read, so the first save skips it.
fn initial_state(locked: bool, cache: &mut SaveCache) -> AppState {
    if locked {
        return locked_state();
    }
    if !storage::LocalStorage::open().is_usable() {
        return AppState::new(Document::new(), StorageStatus::NoStorage, 0);
    }
    let mut backend = vault::open_store();
    let loaded = store::load_cached(&mut backend, clock::now(), cache);
    let status = match loaded.newer_schema {
        Some(schema) => StorageStatus::ReadOnly { schema },
        None => StorageStatus::Ok,
    };
    let quarantined = store::quarantine_entries(&backend).map_or(0, |e| e.len());
    AppState::new(loaded.doc, status, quarantined)
}

fn status_of(err: &SaveError) -> StorageStatus {
    match err {
        SaveError::NewerSchema { schema } => StorageStatus::ReadOnly { schema: *schema },
        SaveError::Storage { failures } => {
            let quota = failures
                .iter()
                .any(|f| f.error == BackendError::QuotaExceeded);
            let unavailable = !failures.is_empty()
                && failures
                    .iter()
                    .all(|f| f.error == BackendError::Unavailable);
            if unavailable {
                StorageStatus::NoStorage
            } else {
                StorageStatus::WriteFailed { quota }
            }
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct DataProviderProps {
    pub children: Html,
    /// The privacy lock is on and not unlocked in this tab.
    #[prop_or_default]
    pub locked: bool,
}

fn write_status(result: Result<(), BackendError>) -> StorageStatus {
    match result {
        Ok(()) => StorageStatus::Ok,
        Err(e) => status_of(&SaveError::Storage {
            failures: vec![store::StorageFailure {
                key: LOCK_KEY.into(),
                kind: None,
                error: e,
            }],
        }),
    }
}

#[component]
pub fn DataProvider(props: &DataProviderProps) -> Html {
    let locked = props.locked;
    // What the last save (or the load) left in storage, so a save decodes and encodes only
    // the kinds that changed since. It never needs dropping by hand: `store::save_cached`
    // forgets it after any failed save, and a kind it knows is merged from memory rather
    // than assumed, so merges from other tabs, imports and undo leave it valid.
    let cache = use_mut_ref(SaveCache::new);
    let state = use_reducer({
        let cache = cache.clone();
        move || initial_state(locked, &mut cache.borrow_mut())
    });
    let asked_persistence = use_mut_ref(|| false);

    // Save after every local change (revision 0 is what was loaded).
    {
        let dispatcher = state.dispatcher();
        let doc = state.doc.clone();
        let storage_status = state.storage.clone();
        use_effect_with(state.revision, move |revision| {
            let skip = matches!(
                storage_status,
                StorageStatus::NoStorage | StorageStatus::Locked
            );
            if *revision > 0 && !skip {
                let mut backend = vault::open_store();
                // Cheap: the copy shares every kind's list with the shown document.
                let mut copy = (*doc).clone();
                let saved = store::save_cached(
                    &mut backend,
                    &mut copy,
                    clock::now(),
                    &mut cache.borrow_mut(),
                );
                match saved {
                    Ok(report) => {
                        let settings = copy.settings();
                        vault::set_hint(LockHint {
                            language: settings.language,
                            country: settings.country,
                        });
                        if !report.merged.is_empty() {
                            dispatcher.dispatch(Action::Merge {
                                doc: Box::new(copy.clone()),
                            });
                        }
                        dispatcher.dispatch(Action::Saved {
                            status: StorageStatus::Ok,
                        });
                        // Ask the browser to keep our data once there is something to keep.
                        if !copy.is_empty() && !*asked_persistence.borrow() {
                            *asked_persistence.borrow_mut() = true;
                            storage::request_persistence();
                        }
                    }
                    Err(e) => dispatcher.dispatch(Action::Saved {
                        status: status_of(&e),
                    }),
                }
            }
        });
    }

    // With the lock on, saves land in memory first; the encrypted write reports here.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            vault::on_write(move |result| {
                dispatcher.dispatch(Action::Saved {
                    status: write_status(result),
                })
            });
        });
    }

    // Another tab wrote: read and merge its records. If it turned the lock on or off, or
    // deleted everything while locked, start again from what storage holds now. The save
    // cache is left as it is: the next save sees the other tab's text differs from what it
    // remembers and reads that kind in full.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = storage::on_other_tab_change(KEY_PREFIX, move |key| {
                let enabled = vault::lock_enabled();
                let mode_changed = if locked {
                    !enabled
                } else {
                    enabled != vault::unlocked()
                };
                if mode_changed {
                    return dom::reload();
                }
                // Another tab deleted everything: drop this copy too instead of writing it
                // back (the reload finds storage empty, as that tab left it).
                let plain = storage::LocalStorage::open();
                let meta_gone = key.as_deref().is_none_or(|k| k == META_KEY)
                    && plain.get(META_KEY).ok().flatten().is_none();
                if !locked && !enabled && meta_gone {
                    return dom::reload();
                }
                if locked
                    || key
                        .as_deref()
                        .is_some_and(|k| is_lock_key(k) && k != LOCK_KEY)
                {
                    return;
                }
                if vault::unlocked() {
                    let dispatcher = dispatcher.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        if let Some(mut stored) = vault::read_stored().await {
                            let loaded = store::load(&mut stored, clock::now());
                            dispatcher.dispatch(Action::Merge {
                                doc: Box::new(loaded.doc),
                            });
                        }
                    });
                    return;
                }
                let mut backend = storage::LocalStorage::open();
                let loaded = store::load(&mut backend, clock::now());
                dispatcher.dispatch(Action::Merge {
                    doc: Box::new(loaded.doc),
                });
            });
            move || drop(listener)
        });
    }

    let handle = DataHandle { state };
    html! {
        <ContextProvider<DataHandle> context={handle}>{ props.children.clone() }</ContextProvider<DataHandle>>
    }
}

#[hook]
pub fn use_data() -> DataHandle {
    use_context::<DataHandle>().expect("DataProvider wraps the app")
}

/// The data context of a phone that has never opened the app (nothing stored, nothing read),
/// for rendering the first-visit screen to static HTML at build time (`pages/first_visit.rs`).
#[cfg(test)]
#[component]
pub fn EmptyDataProvider(props: &EmptyDataProviderProps) -> Html {
    let state = use_reducer(|| AppState::new(Document::new(), StorageStatus::Ok, 0));
    html! {
        <ContextProvider<DataHandle> context={DataHandle { state }}>{ props.children.clone() }</ContextProvider<DataHandle>>
    }
}

#[cfg(test)]
#[derive(Properties, PartialEq)]
pub struct EmptyDataProviderProps {
    pub children: Html,
}
