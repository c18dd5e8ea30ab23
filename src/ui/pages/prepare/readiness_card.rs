//! The readiness card on Today: ready or what is left, how long until the session, the next
//! timed step; or, with no session planned, one short prompt.

use super::readiness_summary::readiness_summary;
use crate::domain::prepare::next_session::next_dosing;
use crate::platform::clock::{self, BrowserZone};
use crate::ui::data::use_data;
use crate::ui::i18n::{use_i18n, PrepareK as P};
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[component]
pub fn ReadinessCard() -> Html {
    let tr = use_i18n();
    let data = use_data();
    let doc = data.doc();
    let upcoming = next_dosing(&doc, clock::now(), &BrowserZone);
    html! {
        <section class="card readiness-card" aria-labelledby="readiness-title">
            <h2 id="readiness-title">{ tr.t(P::ReadyTitle) }</h2>
            if let Some(upcoming) = upcoming {
                { readiness_summary(tr, &data.settings(), &upcoming, false) }
                <Link<Route> to={Route::Prepare} classes="btn primary">{ tr.t(P::OpenChecklist) }</Link<Route>>
            } else {
                <p>{ tr.t(P::NoUpcomingPrompt) }</p>
                <Link<Route> to={Route::Prepare} classes="btn">{ tr.t(P::SetUpPrepare) }</Link<Route>>
            }
        </section>
    }
}
