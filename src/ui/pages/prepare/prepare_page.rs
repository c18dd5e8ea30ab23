//! `/prepare`: the next session at a glance, its checklist, and the clinic's instructions.

use super::checklist::ChecklistCard;
use super::clinic_rules::{ClinicRulesCard, FIRST_FIELD_ID};
use super::readiness_summary::ReadinessSummary;
use super::session_form::NewSessionForm;
use crate::domain::prepare::next_session::next_dosing;
use crate::domain::prepare::preparation::fasting_rule_set;
use crate::platform::clock::{self, BrowserZone};
use crate::platform::dom;
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
    let upcoming = next_dosing(&data.doc(), clock::now(), &BrowserZone).map(Rc::new);
    let fasting_set = fasting_rule_set(&data.settings());
    let to_rules = Callback::from(|_: MouseEvent| dom::focus_id(FIRST_FIELD_ID));
    html! {
        <section class="page prepare">
            <h1>{ tr.t(P::PrepareTitle) }</h1>
            <p class="lead">{ tr.t(P::PrepareIntro) }</p>
            <section class="card" aria-labelledby="next-session-title">
                <h2 id="next-session-title">{ tr.t(P::NextSessionHeading) }</h2>
                if let Some(upcoming) = &upcoming {
                    <ReadinessSummary upcoming={upcoming.clone()} />
                    <p><Link<Route> to={Route::Plan}>{ tr.t(P::ChangeInPlan) }</Link<Route>></p>
                } else {
                    <NewSessionForm />
                }
            </section>
            if !fasting_set {
                <p class="notice row wrap">
                    <span>{ tr.t(P::FastingNotSet) }</span>
                    <button type="button" class="btn small" onclick={to_rules}>{ tr.t(P::FastingAddNow) }</button>
                </p>
            }
            if let Some(upcoming) = upcoming {
                <ChecklistCard key={upcoming.id.0.clone()} upcoming={upcoming.clone()} />
            }
            <p><Link<Route> to={Route::Assessment} classes="btn wide">{ tr.t(P::AssessmentLink) }</Link<Route>></p>
            <ClinicRulesCard />
            <p class="hint">{ tr.t(K::SelfCheckNotice) }</p>
        </section>
    }
}
