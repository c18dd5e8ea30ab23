//! Your data: storage used, backups (download and restore), CSV export, deleting everything.

use crate::domain::core::time::Zone;
use crate::domain::records::csv;
use crate::domain::records::document::{Document, KindId};
use crate::platform::crypto::OpenError;
use crate::platform::{clock, crypto, files, storage, vault};
use crate::store::vault::{check_new_passphrase, Envelope, EnvelopeError, PassphraseProblem};
use crate::store::wipe::Removed;
use crate::store::{self, ImportError, ImportMode, ImportPreview};
use crate::ui::components::announcer::use_announcer;
use crate::ui::data::{use_data, DataHandle};
use crate::ui::forms::{bind, checked_of, file_of};
use crate::ui::i18n::{csv_header, long_date, use_i18n, DataK, LockK, RecordsK, Tr, K};
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

fn today() -> String {
    use crate::domain::core::time::Zone;
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

/// The backup file, encrypted with `passphrase` when there is one.
fn download_backup(
    data: &DataHandle,
    note: &UseStateHandle<Note>,
    tr: Tr,
    passphrase: Option<String>,
) {
    let now = clock::now();
    let json = store::export_json(&data.doc(), APP_VERSION, now);
    let name = files::neutral_name("companion-backup", &today(), "json");
    let failed = note.clone();
    let (data, note) = (data.clone(), note.clone());
    let done = move |text: &str| {
        if save_file(&note, tr, &name, "application/json", text) {
            // Kept outside the document: a backup changes nothing in what it copies.
            data.record_backup(now);
            note.set(Note::Ok(tr.t(DataK::BackupDone).into()));
        }
    };
    match passphrase {
        None => done(&json),
        Some(pass) => wasm_bindgen_futures::spawn_local(async move {
            match vault::seal_backup(&pass, &json).await {
                Ok(sealed) => done(&sealed),
                Err(_) => failed.set(Note::Bad(tr.t(LockK::BackupEncryptFailed).into())),
            }
        }),
    }
}

/// What "Delete all data" removed, in words.
fn removed_words(tr: Tr, removed: &Removed, kept_settings: bool) -> String {
    let mut items: Vec<String> = removed
        .records
        .iter()
        .map(|(k, n)| {
            let args = [("kind", tr.t(kind_label(*k))), ("count", &n.to_string())];
            tr.f(RecordsK::DeletedKind, &args)
        })
        .collect();
    let count = |n: usize, one, many| tr.count(n, one, many, &[("count", &n.to_string())]);
    if removed.tombstones > 0 {
        let (one, many) = (RecordsK::DeletedTombstonesOne, RecordsK::DeletedTombstones);
        items.push(count(removed.tombstones, one, many));
    }
    if removed.set_aside > 0 {
        let (one, many) = (RecordsK::DeletedSetAsideOne, RecordsK::DeletedSetAside);
        items.push(count(removed.set_aside, one, many));
    }
    if removed.lock {
        items.push(tr.t(RecordsK::DeletedLock).into());
    }
    if removed.other_keys > 0 {
        items.push(tr.t(RecordsK::DeletedOther).into());
    }
    let mut text = if items.is_empty() {
        tr.t(RecordsK::DeletedNothing).to_string()
    } else {
        let list = tr.f(RecordsK::DeletedList, &[("list", &items.join("; "))]);
        format!("{} {list}", tr.t(DataK::DeleteDone))
    };
    if kept_settings {
        text.push(' ');
        text.push_str(tr.t(RecordsK::DeletedKept));
    }
    text
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
    // An encrypted backup picked for import, waiting for its passphrase.
    let sealed = use_state(|| None::<Rc<Envelope>>);
    let import_pass = use_state(String::new);
    // With the privacy lock on, a backup is protected unless the patient says otherwise.
    let lock_on = vault::unlocked();
    let protect = use_state(|| lock_on);
    let ask_plain = use_state(|| false);
    let keep_settings = use_state(|| false);
    let backup_pass = use_state(|| (String::new(), String::new()));
    let backup_problem = use_state(|| None::<PassphraseProblem>);
    let measure =
        || storage::used_bytes(&storage::LocalStorage::open(), store::KEY_PREFIX).div_ceil(1024);
    let used_kb = use_state(measure);
    // Measured again after each change is saved (the save runs in the root effect, after
    // this page's effects: the measure waits for it).
    {
        let used_kb = used_kb.clone();
        let key = (data.doc(), data.storage(), data.backups());
        use_effect_with(key, move |_| {
            wasm_bindgen_futures::spawn_local(async move { used_kb.set(measure()) });
        });
    }

    let on_backup = {
        let (data, note, protect, pass, problem, ask) = (
            data.clone(),
            note.clone(),
            protect.clone(),
            backup_pass.clone(),
            backup_problem.clone(),
            ask_plain.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            // A readable copy of locked data: say so first (`PlainYes` downloads it).
            if lock_on && !*protect && !*ask {
                ask.set(true);
                crate::platform::dom::focus_id("d-plain-ask");
                return;
            }
            ask.set(false);
            let passphrase = if *protect {
                if let Err(p) = check_new_passphrase(&pass.0, &pass.1) {
                    problem.set(Some(p));
                    return;
                }
                Some(pass.0.clone())
            } else {
                None
            };
            problem.set(None);
            if passphrase.is_some() {
                note.set(Note::Ok(tr.t(LockK::BackupEncrypting).into()));
            }
            download_backup(&data, &note, tr, passphrase);
        })
    };
    let on_protect = {
        let (protect, ask) = (protect.clone(), ask_plain.clone());
        Callback::from(move |e: Event| {
            protect.set(checked_of(&e));
            ask.set(false);
        })
    };
    let cancel_plain = {
        let ask = ask_plain.clone();
        Callback::from(move |_: MouseEvent| ask.set(false))
    };
    let on_keep = {
        let keep = keep_settings.clone();
        Callback::from(move |e: Event| keep.set(checked_of(&e)))
    };
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
    let csv_button = |label: DataK, stem: &'static str, table: fn(&Document) -> csv::CsvTable| {
        let (data, note) = (data.clone(), note.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            let text = table(&data.doc()).to_csv_with(|id| csv_header(tr, id));
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
        let (data, note, confirm, keep) = (
            data.clone(),
            note.clone(),
            confirm_delete.clone(),
            keep_settings.clone(),
        );
        let lock = crate::ui::lock::use_lock();
        Callback::from(move |_: MouseEvent| {
            confirm.set(false);
            let result = data.delete_everything(*keep);
            // The lock is gone too: "Lock now" and the lock settings follow.
            lock.changed.emit(());
            match result {
                Ok(removed) => note.set(Note::Ok(removed_words(tr, &removed, *keep))),
                Err(e) => note.set(Note::Bad(
                    tr.f(RecordsK::DeleteFailed, &[("error", &e.to_string())]),
                )),
            }
            crate::platform::dom::focus_id("d-note");
        })
    };
    let ask_delete = {
        let confirm = confirm_delete.clone();
        Callback::from(move |_: MouseEvent| confirm.set(true))
    };
    // Brings the choice into view above the bottom navigation once it shows (focus goes to
    // Cancel, never to the delete button: Enter must not delete).
    use_effect_with(*confirm_delete, |shown| {
        if *shown {
            crate::platform::dom::focus_id("d-delete-cancel");
        }
    });
    let cancel_delete = {
        let confirm = confirm_delete.clone();
        Callback::from(move |_: MouseEvent| confirm.set(false))
    };
    let cancel_import = {
        let pending = pending.clone();
        Callback::from(move |_: MouseEvent| pending.set(None))
    };
    let last_backup = match data.last_backup() {
        Some(at) => {
            let date = long_date(tr, clock::BrowserZone.to_local(at).date);
            tr.f(DataK::LastBackup, &[("date", &date)])
        }
        None => tr.t(DataK::NeverBackedUp).into(),
    };
    html! {
        <section class="page">
            <h1>{ tr.t(DataK::DataTitle) }</h1>
            <div id="d-note" tabindex="-1">
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
                if crypto::supported() {
                    <label class="check">
                        <input type="checkbox" checked={*protect} onchange={on_protect} />
                        <span>{ tr.t(LockK::BackupProtect) }</span>
                    </label>
                }
                if *protect {
                    <p class="hint">{ tr.t(LockK::BackupProtectHint) }</p>
                    <div class="field">
                        <label for="d-backup-pass">{ tr.t(LockK::BackupPassphrase) }</label>
                        <input id="d-backup-pass" type="password" autocomplete="new-password"
                            value={backup_pass.0.clone()} oninput={bind(&backup_pass, |p, v| p.0 = v)}
                            aria-describedby="d-backup-problem" />
                    </div>
                    <div class="field">
                        <label for="d-backup-again">{ tr.t(LockK::RepeatPassphrase) }</label>
                        <input id="d-backup-again" type="password" autocomplete="new-password"
                            value={backup_pass.1.clone()} oninput={bind(&backup_pass, |p, v| p.1 = v)}
                            aria-describedby="d-backup-problem" />
                    </div>
                    <div id="d-backup-problem" role="alert">
                        { match *backup_problem {
                            Some(PassphraseProblem::TooShort) => html! { <p class="danger-note">{ tr.t(LockK::TooShort) }</p> },
                            Some(PassphraseProblem::Mismatch) => html! { <p class="danger-note">{ tr.t(LockK::Mismatch) }</p> },
                            None => html! {},
                        } }
                    </div>
                }
                if *ask_plain {
                    <div id="d-plain-ask" class="data-plain" role="alert" tabindex="-1">
                        <p>{ tr.t(RecordsK::PlainAsk) }{ " " }<strong>{ tr.t(RecordsK::PlainWarning) }</strong></p>
                        <div class="row wrap">
                            <button type="button" class="btn" onclick={on_backup.clone()}>{ tr.t(RecordsK::PlainYes) }</button>
                            <button type="button" class="btn ghost" onclick={cancel_plain}>{ tr.t(K::Cancel) }</button>
                        </div>
                    </div>
                } else {
                    <button type="button" class="btn primary wide" onclick={on_backup}>{ tr.t(DataK::DownloadBackup) }</button>
                }
                <p class="hint">{ tr.t(DataK::IphoneTip) }</p>
            </section>
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
                    <label class="check">
                        <input type="checkbox" checked={*keep_settings} onchange={on_keep} />
                        <span>{ tr.t(RecordsK::DeleteKeepSettings) }</span>
                    </label>
                    <div class="row wrap data-delete__confirm">
                        <button type="button" class="btn danger" onclick={on_delete_all}>{ tr.t(DataK::DeleteYes) }</button>
                        <button type="button" id="d-delete-cancel" class="btn" onclick={cancel_delete}>{ tr.t(K::Cancel) }</button>
                    </div>
                } else {
                    <button type="button" class="btn danger" onclick={ask_delete}>{ tr.t(DataK::DeleteStart) }</button>
                }
            </section>
        </section>
    }
}
