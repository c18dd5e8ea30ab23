//! Today: what is next and what is due, first thing on opening the app.

use crate::ui::i18n::{use_i18n, K};
use crate::ui::pages::{mood::QuickMood, plan::DueList, prepare::ReadinessCard};
use yew::prelude::*;

#[component]
pub fn Today() -> Html {
    let tr = use_i18n();
    html! {
        <section class="page">
            <h1>{ tr.t(K::TodayTitle) }</h1>
            <p>{ tr.t(K::TodayWelcome) }</p>
            <ReadinessCard />
            <DueList />
            <QuickMood />
        </section>
    }
}
