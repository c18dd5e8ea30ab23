//! `/prepare`: the checklist for the next session first, then the support person, the
//! clinic's instructions in short (edited on their own screen) and the assessment notes.

use super::checklist::ChecklistCard;
use super::clinic_summary::clinic_summary_card;
use super::readiness_summary::readiness_summary;
use super::session_form::NewSessionForm;
use super::support_card::support_card;
use crate::domain::prepare::next_session::next_dosing;
use crate::platform::clock::{self, BrowserZone};
use crate::ui::data::use_data;
use crate::ui::i18n::{use_i18n, PrepareK as P, K};
use crate::ui::routes::Route;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

#[component]
pub fn PreparePage() -> Html {
    let tr = use_i18n();
    let data = use_data();
    let settings = data.settings();
    let upcoming = next_dosing(&data.doc(), clock::now(), &BrowserZone).map(Rc::new);
    html! {
        <section class="page prepare">
            <h1>{ tr.t(P::PrepareTitle) }</h1>
            if let Some(upcoming) = upcoming {
                <ChecklistCard key={upcoming.id.0.clone()} upcoming={upcoming.clone()}>
                    { readiness_summary(tr, &settings, &upcoming, true) }
                    <p><Link<Route> to={Route::Plan}>{ tr.t(P::ChangeInPlan) }</Link<Route>></p>
                </ChecklistCard>
                { support_card(tr, &upcoming) }
            } else {
                <p class="lead">{ tr.t(P::PrepareIntro) }</p>
                <section class="card" aria-labelledby="next-session-title">
                    <h2 id="next-session-title">{ tr.t(P::NextSessionHeading) }</h2>
                    <NewSessionForm />
                </section>
            }
            { clinic_summary_card(tr, &settings) }
            <p><Link<Route> to={Route::Assessment} classes="btn wide">{ tr.t(P::AssessmentLink) }</Link<Route>></p>
            <p class="hint">{ tr.t(K::SelfCheckNotice) }</p>
        </section>
    }
}
