//! Plan: appointments, schedule presets, calendar export, Today's due list.
#![allow(unused_imports)]

use crate::ui::i18n::{use_i18n, PlanK, K};
use yew::prelude::*;

#[component]
pub fn PlanPage() -> Html {
    let tr = use_i18n();
    html! {
        <section class="page">
            <h1>{ tr.t(PlanK::PlanTitle) }</h1>
        </section>
    }
}

#[component]
pub fn DueList() -> Html {
    let tr = use_i18n();
    html! {
        <section class="page">
            <h1>{ tr.t(PlanK::PlanTitle) }</h1>
        </section>
    }
}
