//! Tells the patient, in plain words, when storage is not keeping their data, or when some
//! saved data could not be read (it is kept aside and can be downloaded).

use crate::platform::{clock, files, vault};
use crate::store;
use crate::ui::components::announcer::use_announcer;
use crate::ui::data::use_data;
use crate::ui::i18n::{use_i18n, DataK, RecordsK, K};
use crate::ui::state::StorageStatus;
use yew::prelude::*;

/// Downloads every piece of unreadable data set aside, as it was found.
fn download_set_aside() {
    let backend = vault::open_store();
    if let Ok(entries) = store::quarantine_entries(&backend) {
        // A file that cannot be written out is not offered (never an empty one).
        if let Ok(json) = store::quarantine_export_json(&entries, clock::now()) {
            let _ = files::download("companion-unreadable.json", "application/json", &json);
        }
    }
}

#[component]
pub fn StorageBanner() -> Html {
    let tr = use_i18n();
    let data = use_data();
    let status = match data.storage() {
        StorageStatus::Ok | StorageStatus::Locked => None,
        StorageStatus::NoStorage => Some(DataK::BannerNoStorage),
        StorageStatus::ReadOnly { .. } => Some(DataK::BannerReadOnly),
        StorageStatus::WriteFailed { quota: true } => Some(DataK::BannerQuota),
        StorageStatus::WriteFailed { quota: false } => Some(DataK::BannerWriteFailed),
    };
    // A failure to save is said in the polite live region the moment it happens.
    {
        let announce = use_announcer();
        let words = status.map(|key| tr.t(key));
        use_effect_with(words, move |words| {
            if let Some(w) = words {
                announce.polite(*w);
            }
        });
    }
    // With the privacy lock on, a readable copy is only made once the patient has been told.
    let ask_plain = use_state(|| false);
    let download = {
        let ask = ask_plain.clone();
        Callback::from(move |_: MouseEvent| {
            if vault::unlocked() && !*ask {
                ask.set(true);
                return;
            }
            ask.set(false);
            download_set_aside();
        })
    };
    let cancel_plain = {
        let ask = ask_plain.clone();
        Callback::from(move |_: MouseEvent| ask.set(false))
    };
    let clear = {
        let data = data.clone();
        Callback::from(move |_: MouseEvent| data.clear_set_aside())
    };
    html! {
        <div class="banners">
            if let Some(key) = status {
                <div class="banner warn"><span>{ tr.t(key) }</span></div>
            }
            if data.quarantined() > 0 {
                <div class="banner warn">
                    <span>{ tr.t(DataK::BannerQuarantine) }</span>
                    if *ask_plain {
                        <span role="alert">{ tr.t(RecordsK::PlainAsk) }{ " " }<strong>{ tr.t(RecordsK::PlainWarning) }</strong></span>
                        <span class="row wrap">
                            <button type="button" class="btn small" onclick={download}>{ tr.t(RecordsK::PlainYes) }</button>
                            <button type="button" class="btn small ghost" onclick={cancel_plain}>{ tr.t(K::Cancel) }</button>
                        </span>
                    } else {
                        <span class="row wrap">
                            <button type="button" class="btn small" onclick={download}>{ tr.t(DataK::QuarantineDownload) }</button>
                            <button type="button" class="btn small ghost" onclick={clear}>{ tr.t(DataK::QuarantineClear) }</button>
                        </span>
                    }
                </div>
            }
        </div>
    }
}
