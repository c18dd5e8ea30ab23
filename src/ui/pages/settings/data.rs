//! Your data: storage used, backups (download and restore), CSV export, deleting everything.

use crate::domain::csv;
use crate::domain::document::{Document, KindId};
use crate::platform::{clock, files, storage};
use crate::store::{self, ImportError, ImportMode, ImportPreview};
use crate::ui::components::announcer::use_announcer;
use crate::ui::data::{use_data, DataHandle};
use crate::ui::forms::file_of;
use crate::ui::i18n::{use_i18n, DataK, Tr, K};
use crate::APP_VERSION;
use std::rc::Rc;
use yew::prelude::*;

/// A checked backup waiting for the patient's choice.
#[derive(Clone, PartialEq)]
struct Pending {
    backup: Rc<store::Backup>,
    preview: ImportPreview,
}

#[derive(Clone, PartialEq)]
enum Note {
    None,
    Ok(String),
    Bad(String),
}

pub fn kind_label(kind: KindId) -> DataK {
    match kind {
        KindId::Settings => DataK::KindSettings,
        KindId::Assessment => DataK::KindAssessment,
        KindId::Medicines => DataK::KindMedicines,
        KindId::Sessions => DataK::KindSessions,
        KindId::Checkins => DataK::KindCheckins,
        KindId::Questionnaires => DataK::KindQuestionnaires,
        KindId::Moods => DataK::KindMoods,
        KindId::Journal => DataK::KindJournal,
        KindId::Appointments => DataK::KindAppointments,
        KindId::Checklists => DataK::KindChecklists,
        KindId::RedFlagEvents => DataK::KindRedFlags,
    }
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
    }
}

fn today() -> String {
    use crate::domain::time::Zone;
    crate::platform::clock::BrowserZone
        .to_local(clock::now())
        .date
        .to_string()
}

/// Downloads a file, reporting a failure in the page.
fn save_file(note: &UseStateHandle<Note>, tr: Tr, name: &str, mime: &str, text: &str) -> bool {
    match files::download(name, mime, text) {
        Ok(()) => true,
        Err(e) => {
            note.set(Note::Bad(tr.f(DataK::ExportFailed, &[("error", &e.0)])));
            false
        }
    }
}

fn download_backup(data: &DataHandle, note: &UseStateHandle<Note>, tr: Tr) {
    let now = clock::now();
    let json = store::export_json(&data.doc(), APP_VERSION, now);
    let name = files::neutral_name("companion-backup", &today(), "json");
    if save_file(note, tr, &name, "application/json", &json) {
        let mut s = (*data.settings()).clone();
        s.last_backup = Some(now);
        data.set_settings(s);
        note.set(Note::Ok(tr.t(DataK::BackupDone).into()));
    }
}

#[component]
pub fn DataPage() -> Html {
    let tr = use_i18n();
    let data = use_data();
    let note = use_state(|| Note::None);
    // Each new message is also said in the polite live region.
    {
        let announce = use_announcer();
        use_effect_with((*note).clone(), move |n| {
            if let Note::Ok(m) | Note::Bad(m) = n {
                announce.polite(m.clone());
            }
        });
    }
    let pending = use_state(|| None::<Pending>);
    let confirm_delete = use_state(|| false);
    let settings = data.settings();
    let used_kb =
        storage::used_bytes(&storage::LocalStorage::open(), store::KEY_PREFIX).div_ceil(1024);

    let on_backup = {
        let (data, note) = (data.clone(), note.clone());
        Callback::from(move |_: MouseEvent| download_backup(&data, &note, tr))
    };
    let on_pick = {
        let (note, pending) = (note.clone(), pending.clone());
        Callback::from(move |e: Event| {
            let Some(file) = file_of(&e) else { return };
            let (note, pending) = (note.clone(), pending.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if file.size() > store::MAX_IMPORT_BYTES as f64 {
                    note.set(Note::Bad(tr.t(DataK::ImportTooLarge).into()));
                    return;
                }
                match files::read_text(file).await {
                    Err(_) => note.set(Note::Bad(tr.t(DataK::ImportReadFailed).into())),
                    Ok((_, text)) => match store::parse_backup(text.as_bytes()) {
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
            store::apply_import(&mut doc, &p.backup, mode, clock::now());
            data.replace(doc);
            pending.set(None);
            note.set(Note::Ok(tr.t(DataK::ImportDone).into()));
        })
    };
    let csv_button = |label: DataK, stem: &'static str, table: fn(&Document) -> csv::CsvTable| {
        let (data, note) = (data.clone(), note.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            let text = table(&data.doc()).to_csv();
            save_file(
                &note,
                tr,
                &files::neutral_name(stem, &today(), "csv"),
                "text/csv",
                &text,
            );
        });
        html! { <li><button type="button" class="btn wide" {onclick}>{ tr.t(label) }</button></li> }
    };
    let on_delete_all = {
        let (data, note, confirm) = (data.clone(), note.clone(), confirm_delete.clone());
        Callback::from(move |_: MouseEvent| {
            let mut doc: Document = (*data.doc()).clone();
            doc.delete_all(clock::now());
            data.replace(doc);
            confirm.set(false);
            note.set(Note::Ok(tr.t(DataK::DeleteDone).into()));
        })
    };
    let ask_delete = {
        let confirm = confirm_delete.clone();
        Callback::from(move |_: MouseEvent| confirm.set(true))
    };
    let cancel_delete = {
        let confirm = confirm_delete.clone();
        Callback::from(move |_: MouseEvent| confirm.set(false))
    };
    let cancel_import = {
        let pending = pending.clone();
        Callback::from(move |_: MouseEvent| pending.set(None))
    };
    let last_backup = match settings.last_backup {
        Some(at) => {
            use crate::domain::time::Zone;
            let date = clock::BrowserZone.to_local(at).date.to_string();
            tr.f(DataK::LastBackup, &[("date", &date)])
        }
        None => tr.t(DataK::NeverBackedUp).into(),
    };
    html! {
        <section class="page">
            <h1>{ tr.t(DataK::DataTitle) }</h1>
            <div>
                { match &*note {
                    Note::None => html! {},
                    Note::Ok(m) => html! { <p class="ok-note">{ m }</p> },
                    Note::Bad(m) => html! { <p class="danger-note">{ m }</p> },
                } }
            </div>
            <section class="card">
                <h2>{ tr.t(DataK::BackupTitle) }</h2>
                <p>{ tr.f(DataK::StorageUsed, &[("kb", &used_kb.to_string())]) }{ " " }{ last_backup }</p>
                <p class="hint">{ tr.t(DataK::BackupExplain) }</p>
                <button type="button" class="btn primary wide" onclick={on_backup}>{ tr.t(DataK::DownloadBackup) }</button>
                <p class="hint">{ tr.t(DataK::IphoneTip) }</p>
            </section>
            <section class="card">
                <h2>{ tr.t(DataK::ImportTitle) }</h2>
                <div class="field">
                    // The browser's own file control cuts its text off on a narrow screen: the
                    // label is the visible button and the input itself is visually hidden.
                    <label for="d-import" class="btn file-pick">{ tr.t(DataK::ImportChoose) }</label>
                    <input id="d-import" class="visually-hidden" type="file" accept=".json,application/json" onchange={on_pick} />
                </div>
                if let Some(p) = &*pending {
                    <div class="stack" aria-live="polite">
                        <p>{ tr.f(DataK::ImportPreview, &[("date", &p.preview.exported.map(|i| i.to_iso_utc()[..10].to_string()).unwrap_or_default())]) }</p>
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
            <section class="card">
                <h2>{ tr.t(DataK::CsvTitle) }</h2>
                <p class="hint">{ tr.t(DataK::CsvExplain) }</p>
                <ul class="plain stack">
                    { csv_button(DataK::CsvCheckins, "companion-check-ins", csv::checkins_table) }
                    { csv_button(DataK::CsvScores, "companion-scores", csv::questionnaires_table) }
                    { csv_button(DataK::CsvSessions, "companion-sessions", csv::sessions_table) }
                    { csv_button(DataK::CsvAppointments, "companion-appointments", csv::appointments_table) }
                </ul>
            </section>
            <section class="card alert">
                <h2>{ tr.t(DataK::DeleteTitle) }</h2>
                <p>{ tr.t(DataK::DeleteExplain) }</p>
                if *confirm_delete {
                    <p role="alert"><strong>{ tr.t(DataK::DeleteConfirm) }</strong></p>
                    <div class="row wrap">
                        <button type="button" class="btn danger" onclick={on_delete_all}>{ tr.t(DataK::DeleteYes) }</button>
                        <button type="button" class="btn" onclick={cancel_delete}>{ tr.t(K::Cancel) }</button>
                    </div>
                } else {
                    <button type="button" class="btn danger" onclick={ask_delete}>{ tr.t(DataK::DeleteStart) }</button>
                }
            </section>
        </section>
    }
}
