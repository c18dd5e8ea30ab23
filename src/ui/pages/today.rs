//! Today: where the patient is in the session day and what to do first; in the quiet weeks,
//! their step in the journey; then what is next and what is due, each thing shown once.

use crate::domain::prepare::next_session::next_dosing;
use crate::domain::today::{day, Phase, ShownAbove};
use crate::platform::clock::BrowserZone;
use crate::ui::components::install_offer::InstallOfferCard;
use crate::ui::data::use_data;
use crate::ui::hooks::use_now;
use crate::ui::i18n::{use_i18n, JourneyK, K};
use crate::ui::pages::day_card::DayCard;
use crate::ui::pages::journey::{step_words, use_current_step};
use crate::ui::pages::welcome::Welcome;
use crate::ui::pages::{mood::QuickMood, plan::DueList, prepare::ReadinessCard};
use crate::ui::routes::Route;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

#[component]
pub fn Today() -> Html {
    let tr = use_i18n();
    let data = use_data();
    let step = use_current_step();
    let now = use_now(30_000);
    if !data.settings().welcome_done {
        return html! { <Welcome /> };
    }
    let doc = data.doc();
    let today = day(&doc, &data.settings(), now, &BrowserZone);
    let next = next_dosing(&doc, now, &BrowserZone).map(|u| u.id);
    // The phases before a session are about the next one: its readiness card would repeat it.
    let before = matches!(
        today.phase,
        Phase::EveningBefore | Phase::SessionToday | Phase::Fasting | Phase::Leaving
    );
    let readiness = today.phase == Phase::Quiet || (next.is_some() && !before);
    let (title, paragraphs, action, to) = step_words(step);
    // The readiness card has its own "Open your checklist".
    let step_action = !(readiness && next.is_some() && to == Route::Prepare);
    let quiet = today.phase == Phase::Quiet;
    let shown_above = Rc::new(ShownAbove {
        day: today.clone(),
        next_dosing: next,
    });
    html! {
        <section class="page">
            <h1>{ tr.t(K::TodayTitle) }</h1>
            <crate::ui::components::safety_follow_up::SafetyFollowUp />
            if quiet {
                <section class="card here-card" aria-labelledby="today-step">
                    <p class="hint">{ tr.t(JourneyK::YouAreHere) }</p>
                    <h2 id="today-step">{ tr.t(title) }</h2>
                    if let Some(first) = paragraphs.first() { <p>{ tr.t(*first) }</p> }
                    <div class="row wrap">
                        if step_action {
                            <Link<Route> to={to} classes="btn primary">{ tr.t(action) }</Link<Route>>
                        }
                        <Link<Route> to={Route::JourneyStep { step: step.slug().into() }} classes="btn">{ tr.t(K::TodayJourneyLink) }</Link<Route>>
                    </div>
                </section>
            } else {
                <DayCard day={Rc::new(today)} {now} />
            }
            if readiness { <ReadinessCard /> }
            <DueList shown_above={Some(shown_above)} />
            <QuickMood />
            <InstallOfferCard />
            <p><Link<Route> to={Route::Journey} classes="btn ghost wide">{ tr.t(JourneyK::Title) }</Link<Route>></p>
        </section>
    }
}
