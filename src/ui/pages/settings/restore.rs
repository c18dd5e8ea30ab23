//! Restoring a backup: picking the file, opening an encrypted one with its passphrase, the
//! preview, and the choice between merging and replacing.

use super::data::{kind_label, Note};
use crate::domain::core::time::Zone;
use crate::domain::records::document::{Document, KindId};
use crate::platform::crypto::OpenError;
use crate::platform::{clock, files, vault};
use crate::store::vault::{Envelope, EnvelopeError};
use crate::store::{self, ImportError, ImportMode, ImportPreview};
use crate::ui::data::DataHandle;
use crate::ui::forms::{bind, file_of};
use crate::ui::i18n::{long_date, DataK, LockK, RecordsK, Tr, K};
use std::rc::Rc;
use yew::prelude::*;

/// A checked backup waiting for the patient's choice.
#[derive(Clone, PartialEq)]
struct Pending {
    backup: Rc<store::Backup>,
    preview: ImportPreview,
}

fn import_error(tr: Tr, e: &ImportError) -> String {
    match e {
        ImportError::TooLarge { .. } => tr.t(DataK::ImportTooLarge).into(),
        ImportError::NotText => tr.t(DataK::ImportNotText).into(),
        ImportError::NotJson { .. } | ImportError::Migration(_) => {
            tr.t(DataK::ImportNotJson).into()
        }
        ImportError::NotOurs => tr.t(DataK::ImportNotOurs).into(),
        ImportError::FutureSchema { .. } => tr.t(DataK::ImportFuture).into(),
        ImportError::Malformed { kind, index, .. } => {
            let kind = KindId::from_name(kind).map_or(kind.clone(), |k| tr.t(kind_label(k)).into());
            let index = index.map_or("-".into(), |i| (i + 1).to_string());
            tr.f(
                DataK::ImportMalformed,
                &[("kind", &kind), ("index", &index)],
            )
        }
        ImportError::ImpossibleTimes { records } => {
            const SHOWN: usize = 5;
            let mut items: Vec<String> = records
                .iter()
                .take(SHOWN)
                .map(|r| {
                    let date = long_date(tr, clock::BrowserZone.to_local(r.at).date);
                    let kind = tr.t(kind_label(r.kind));
                    tr.f(RecordsK::OddTimeItem, &[("kind", kind), ("date", &date)])
                })
                .collect();
            if records.len() > SHOWN {
                let more = (records.len() - SHOWN).to_string();
                items.push(tr.f(RecordsK::OddTimeMore, &[("count", &more)]));
            }
            tr.f(RecordsK::ImportOddTimes, &[("list", &items.join("; "))])
        }
    }
}

/// A picked file read as a backup: plain JSON, or an encrypted envelope that needs a passphrase.
enum Picked {
    Plain(Box<Result<store::Backup, ImportError>>),
    Locked(Rc<Envelope>),
    Bad(LockK),
}

fn pick(text: &[u8]) -> Picked {
    match Envelope::parse(text) {
        Ok(e) => Picked::Locked(Rc::new(e)),
        Err(EnvelopeError::NotEncrypted) => {
            Picked::Plain(Box::new(store::read_backup(text, clock::now())))
        }
        Err(EnvelopeError::Damaged) => Picked::Bad(LockK::ImportDamaged),
        Err(EnvelopeError::NewerFormat(_)) => Picked::Bad(LockK::ImportNewer),
    }
}

/// The data page's "Restore" card, with its state; messages go to the page's `note`.
#[hook]
pub(super) fn use_restore_card(tr: Tr, data: &DataHandle, note: &UseStateHandle<Note>) -> Html {
    let pending = use_state(|| None::<Pending>);
    // An encrypted backup picked for import, waiting for its passphrase.
    let sealed = use_state(|| None::<Rc<Envelope>>);
    let import_pass = use_state(String::new);
    // Shows the preview of a readable backup, or why it cannot be imported.
    let show = {
        let (note, pending) = (note.clone(), pending.clone());
        move |parsed: Result<store::Backup, ImportError>| match parsed {
            Ok(backup) => {
                let preview = store::preview(&backup, &clock::BrowserZone);
                note.set(Note::None);
                pending.set(Some(Pending {
                    backup: Rc::new(backup),
                    preview,
                }));
            }
            Err(e) => {
                pending.set(None);
                note.set(Note::Bad(import_error(tr, &e)));
            }
        }
    };
    let on_open_sealed = {
        let (sealed, pass, note, show) = (
            sealed.clone(),
            import_pass.clone(),
            note.clone(),
            show.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(envelope) = (*sealed).clone() else {
                return;
            };
            let (sealed, pass, note, show) =
                (sealed.clone(), pass.clone(), note.clone(), show.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match vault::open_backup(&pass, &envelope).await {
                    Ok(plain) => {
                        sealed.set(None);
                        pass.set(String::new());
                        show(store::read_backup(&plain, clock::now()));
                    }
                    Err(OpenError::Unsupported) => {
                        note.set(Note::Bad(tr.t(LockK::LockUnsupported).into()))
                    }
                    Err(OpenError::WrongPassphraseOrChanged) => {
                        note.set(Note::Bad(tr.t(LockK::ImportWrong).into()))
                    }
                }
            });
        })
    };
    let on_pick = {
        let (note, pending, sealed, show) =
            (note.clone(), pending.clone(), sealed.clone(), show.clone());
        Callback::from(move |e: Event| {
            let Some(file) = file_of(&e) else { return };
            let (note, pending, sealed, show) =
                (note.clone(), pending.clone(), sealed.clone(), show.clone());
            wasm_bindgen_futures::spawn_local(async move {
                sealed.set(None);
                if file.size() > store::MAX_IMPORT_BYTES as f64 {
                    note.set(Note::Bad(tr.t(DataK::ImportTooLarge).into()));
                    return;
                }
                match files::read_text(file).await {
                    Err(_) => note.set(Note::Bad(tr.t(DataK::ImportReadFailed).into())),
                    Ok((_, text)) => match pick(text.as_bytes()) {
                        Picked::Plain(parsed) => show(*parsed),
                        Picked::Locked(envelope) => {
                            pending.set(None);
                            note.set(Note::None);
                            sealed.set(Some(envelope));
                            crate::platform::dom::focus_id("d-import-pass");
                        }
                        Picked::Bad(k) => {
                            pending.set(None);
                            note.set(Note::Bad(tr.t(k).into()));
                        }
                    },
                }
            });
        })
    };
    let apply = |mode: ImportMode| {
        let (data, note, pending) = (data.clone(), note.clone(), pending.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(p) = (*pending).clone() else { return };
            let mut doc: Document = (*data.doc()).clone();
            let now = clock::now();
            store::apply_import(&mut doc, &p.backup, mode, now);
            data.replace(doc);
            // What was restored is in that backup: it counts as one.
            if let Some(at) = p.backup.exported {
                data.record_backup(at.min(now));
            }
            pending.set(None);
            note.set(Note::Ok(tr.t(DataK::ImportDone).into()));
        })
    };
    let cancel_import = {
        let pending = pending.clone();
        Callback::from(move |_: MouseEvent| pending.set(None))
    };
    html! {
        <section class="card">
            <h2>{ tr.t(DataK::ImportTitle) }</h2>
            <div class="field">
                // The browser's own file control cuts its text off on a narrow screen: the
                // label is the visible button and the input itself is visually hidden.
                <label for="d-import" class="btn file-pick">{ tr.t(DataK::ImportChoose) }</label>
                <input id="d-import" class="visually-hidden" type="file" accept=".json,application/json" onchange={on_pick}
                    onclick={Callback::from(|_: MouseEvent| crate::ui::lock::expect_file_picker())} />
            </div>
            if sealed.is_some() {
                <form class="stack" onsubmit={on_open_sealed} novalidate=true>
                    <p>{ tr.t(LockK::ImportNeedsPassphrase) }</p>
                    <div class="field">
                        <label for="d-import-pass">{ tr.t(LockK::Passphrase) }</label>
                        <input id="d-import-pass" type="password" autocomplete="off"
                            value={(*import_pass).clone()} oninput={bind(&import_pass, |p, v| *p = v)} />
                    </div>
                    <button type="submit" class="btn primary wide">{ tr.t(LockK::ImportOpen) }</button>
                </form>
            }
            if let Some(p) = &*pending {
                <div class="stack" aria-live="polite">
                    <p>{ tr.f(DataK::ImportPreview, &[("date", &p.preview.exported.map(|i| long_date(tr, clock::BrowserZone.to_local(i).date)).unwrap_or_default())]) }</p>
                    <ul>
                        { for p.preview.counts.iter().filter(|(_, n)| *n > 0).map(|(k, n)| html! {
                            <li>{ tr.f(DataK::ImportCount, &[("kind", tr.t(kind_label(*k))), ("count", &n.to_string())]) }</li>
                        }) }
                    </ul>
                    if let (Some(first), Some(last)) = (p.preview.first, p.preview.last) {
                        <p>{ tr.f(DataK::ImportRange, &[("first", &first.to_string()), ("last", &last.to_string())]) }</p>
                    }
                    <p class="hint">{ tr.t(DataK::ImportMergeHint) }</p>
                    <div class="row wrap">
                        <button type="button" class="btn primary" onclick={apply(ImportMode::Merge)}>{ tr.t(DataK::ImportMerge) }</button>
                        <button type="button" class="btn" onclick={apply(ImportMode::Replace)}>{ tr.t(DataK::ImportReplace) }</button>
                        <button type="button" class="btn ghost" onclick={cancel_import}>{ tr.t(K::Cancel) }</button>
                    </div>
                </div>
            }
        </section>
    }
}
