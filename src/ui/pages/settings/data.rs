//! Your data: storage used, backups (download and restore), CSV export, deleting everything.

use super::restore::use_restore_card;
use crate::domain::core::time::Zone;
use crate::domain::records::csv;
use crate::domain::records::document::{Document, KindId};
use crate::platform::{clock, crypto, files, storage, vault};
use crate::store;
use crate::store::vault::{check_new_passphrase, PassphraseProblem};
use crate::store::wipe::Removed;
use crate::ui::components::announcer::use_announcer;
use crate::ui::data::{use_data, DataHandle};
use crate::ui::forms::{bind, checked_of};
use crate::ui::i18n::{csv_header, long_date, use_i18n, DataK, LockK, RecordsK, Tr, K};
use crate::APP_VERSION;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub(super) enum Note {
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
    let json = match store::export_json(&data.doc(), APP_VERSION, now) {
        Ok(json) => json,
        Err(e) => {
            note.set(Note::Bad(tr.f(DataK::ExportFailed, &[("error", &e.0)])));
            return;
        }
    };
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
    let confirm_delete = use_state(|| false);
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
    let restore_card = use_restore_card(tr, &data, &note);
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
            { restore_card }
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
