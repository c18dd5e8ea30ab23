//! Prepare: the checklist for the next session, clinic rules, assessment notes.
#![allow(unused_imports)]

use crate::ui::i18n::{use_i18n, PrepareK, K};
use yew::prelude::*;

#[component]
pub fn PreparePage() -> Html {
    let tr = use_i18n();
    html! {
        <section class="page">
            <h1>{ tr.t(PrepareK::PrepareTitle) }</h1>
        </section>
    }
}

#[component]
pub fn AssessmentPage() -> Html {
    let tr = use_i18n();
    html! {
        <section class="page">
            <h1>{ tr.t(PrepareK::PrepareTitle) }</h1>
        </section>
    }
}

#[component]
pub fn ReadinessCard() -> Html {
    let tr = use_i18n();
    html! {
        <section class="page">
            <h1>{ tr.t(PrepareK::PrepareTitle) }</h1>
        </section>
    }
}
