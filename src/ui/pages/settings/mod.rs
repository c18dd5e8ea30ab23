//! Data & settings: preferences, clinic numbers, backups, deleting data.
#![allow(unused_imports)]

use crate::ui::i18n::{use_i18n, DataK, K};
use yew::prelude::*;

#[component]
pub fn SettingsPage() -> Html {
    let tr = use_i18n();
    html! {
        <section class="page">
            <h1>{ tr.t(DataK::DataTitle) }</h1>
        </section>
    }
}

#[component]
pub fn DataPage() -> Html {
    let tr = use_i18n();
    html! {
        <section class="page">
            <h1>{ tr.t(DataK::DataTitle) }</h1>
        </section>
    }
}
