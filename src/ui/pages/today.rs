//! Today: the patient's step in the journey first, then what is next and what is due.

use crate::ui::components::install_offer::InstallOfferCard;
use crate::ui::data::use_data;
use crate::ui::i18n::{use_i18n, JourneyK, K};
use crate::ui::pages::journey::{step_words, use_current_step};
use crate::ui::pages::welcome::Welcome;
use crate::ui::pages::{mood::QuickMood, plan::DueList, prepare::ReadinessCard};
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[component]
pub fn Today() -> Html {
    let tr = use_i18n();
    let data = use_data();
    let step = use_current_step();
    if !data.settings().welcome_done {
        return html! { <Welcome /> };
    }
    let (title, paragraphs, action, to) = step_words(step);
    html! {
        <section class="page">
            <h1>{ tr.t(K::TodayTitle) }</h1>
            <crate::ui::components::safety_follow_up::SafetyFollowUp />
            <section class="card here-card" aria-labelledby="today-step">
                <p class="hint">{ tr.t(JourneyK::YouAreHere) }</p>
                <h2 id="today-step">{ tr.t(title) }</h2>
                if let Some(first) = paragraphs.first() { <p>{ tr.t(*first) }</p> }
                <div class="row wrap">
                    <Link<Route> to={to} classes="btn primary">{ tr.t(action) }</Link<Route>>
                    <Link<Route> to={Route::JourneyStep { step: step.slug().into() }} classes="btn">{ tr.t(K::TodayJourneyLink) }</Link<Route>>
                </div>
            </section>
            <ReadinessCard />
            <DueList />
            <QuickMood />
            <InstallOfferCard />
            <p><Link<Route> to={Route::Journey} classes="btn ghost wide">{ tr.t(JourneyK::Title) }</Link<Route>></p>
        </section>
    }
}
