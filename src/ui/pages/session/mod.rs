//! Session: recording sessions, timed check-ins, red flags, timelines, journal.
#![allow(unused_imports)]

use crate::ui::i18n::{use_i18n, SessionK, K};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct IdProps {
    pub id: AttrValue,
}

#[component]
pub fn SessionsPage() -> Html {
    let tr = use_i18n();
    html! {
        <section class="page">
            <h1>{ tr.t(SessionK::SessionTitle) }</h1>
        </section>
    }
}

#[component]
pub fn SessionDetailPage(_props: &IdProps) -> Html {
    let tr = use_i18n();
    html! {
        <section class="page">
            <h1>{ tr.t(SessionK::SessionTitle) }</h1>
        </section>
    }
}

#[component]
pub fn CheckInPage(_props: &IdProps) -> Html {
    let tr = use_i18n();
    html! {
        <section class="page">
            <h1>{ tr.t(SessionK::SessionTitle) }</h1>
        </section>
    }
}

#[component]
pub fn JournalPage() -> Html {
    let tr = use_i18n();
    html! {
        <section class="page">
            <h1>{ tr.t(SessionK::SessionTitle) }</h1>
        </section>
    }
}
