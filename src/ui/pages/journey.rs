//! "What to expect": one short screen per step of the course of care, each linking to where
//! the patient acts on it, with its sources; the patient's own step is marked.

use crate::domain::journey::{current_step, Facts, Step};
use crate::platform::clock::{self, BrowserZone};
use crate::ui::data::use_data;
use crate::ui::i18n::{use_i18n, JourneyK as J, K};
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

/// Title, paragraphs, and the action that goes with a step.
pub fn step_words(step: Step) -> (J, &'static [J], J, Route) {
    match step {
        Step::Assessment => (
            J::AssessmentTitle,
            &[J::Assessment1, J::Assessment2, J::Assessment3],
            J::AssessmentAction,
            Route::Assessment,
        ),
        Step::Preparation => (
            J::PreparationTitle,
            &[J::Preparation1, J::Preparation2, J::Preparation3],
            J::PreparationAction,
            Route::Prepare,
        ),
        Step::TheDay => (
            J::TheDayTitle,
            &[J::TheDay1, J::TheDay2, J::TheDay3],
            J::TheDayAction,
            Route::Session,
        ),
        Step::During => (
            J::DuringTitle,
            &[J::During1, J::During2, J::During3],
            J::DuringAction,
            Route::Support,
        ),
        Step::AfterEffects => (
            J::AfterEffectsTitle,
            &[J::AfterEffects1, J::AfterEffects2, J::AfterEffects3],
            J::AfterEffectsAction,
            Route::Session,
        ),
        Step::RideHome => (
            J::RideHomeTitle,
            &[J::RideHome1, J::RideHome2, J::RideHome3],
            J::RideHomeAction,
            Route::Support,
        ),
        Step::FollowUp => (
            J::FollowUpTitle,
            &[J::FollowUp1, J::FollowUp2, J::FollowUp3],
            J::FollowUpAction,
            Route::Mood,
        ),
        Step::Maintenance => (
            J::MaintenanceTitle,
            &[J::Maintenance1, J::Maintenance2],
            J::MaintenanceAction,
            Route::Plan,
        ),
        Step::Alongside => (
            J::AlongsideTitle,
            &[J::Alongside1, J::Alongside2],
            J::AlongsideAction,
            Route::Plan,
        ),
    }
}

#[hook]
pub fn use_current_step() -> Step {
    let data = use_data();
    let now = clock::now();
    current_step(&Facts::from_doc(&data.doc(), &BrowserZone, now), now)
}

#[derive(Properties, PartialEq)]
pub struct JourneyProps {
    pub step: Option<AttrValue>,
}

#[component]
pub fn JourneyPage(props: &JourneyProps) -> Html {
    let tr = use_i18n();
    let here = use_current_step();
    let chosen = props.step.as_deref().map(Step::from_slug);
    let Some(Some(step)) = chosen else {
        let unknown = matches!(chosen, Some(None));
        return html! {
            <section class="page">
                <h1>{ tr.t(J::Title) }</h1>
                if unknown { <p class="notice" role="status">{ tr.t(J::NotFoundStep) }</p> }
                <p class="lead">{ tr.t(J::Intro) }</p>
                <ol class="journey-list">
                    { for Step::ALL.iter().map(|s| {
                        let (title, ..) = step_words(*s);
                        let current = *s == here;
                        html! {
                            <li class={classes!(current.then_some("here"))}>
                                <Link<Route> to={Route::JourneyStep { step: s.slug().into() }} classes="journey-link">
                                    <span>{ tr.t(title) }</span>
                                    if current { <strong class="badge">{ tr.t(J::YouAreHere) }</strong> }
                                </Link<Route>>
                            </li>
                        }
                    }) }
                </ol>
                <p class="hint">{ tr.t(K::SelfCheckNotice) }</p>
            </section>
        };
    };
    let (title, paragraphs, action, to) = step_words(step);
    let n = (step.index() + 1).to_string();
    let total = Step::ALL.len().to_string();
    html! {
        <article class="page">
            <p class="hint">{ tr.f(J::StepOf, &[("n", &n), ("total", &total)]) }</p>
            <h1>{ tr.t(title) }</h1>
            if step == here { <p><strong class="badge">{ tr.t(J::YouAreHere) }</strong></p> }
            { for paragraphs.iter().map(|p| html! { <p>{ tr.t(*p) }</p> }) }
            <p><Link<Route> to={to} classes="btn primary wide">{ tr.t(action) }</Link<Route>></p>
            <nav class="row wrap step-nav" aria-label={tr.t(J::AllSteps)}>
                if let Some(prev) = step.previous() {
                    <Link<Route> to={Route::JourneyStep { step: prev.slug().into() }} classes="btn">{ tr.t(K::Previous) }</Link<Route>>
                }
                <Link<Route> to={Route::Journey} classes="btn ghost">{ tr.t(J::AllSteps) }</Link<Route>>
                if let Some(next) = step.next() {
                    <Link<Route> to={Route::JourneyStep { step: next.slug().into() }} classes="btn">{ tr.t(K::Next) }</Link<Route>>
                }
            </nav>
            <details class="sources">
                <summary>{ tr.t(J::Sources) }</summary>
                <ul>{ for step.sources().iter().map(|s| html! { <li>{ s.citation() }</li> }) }</ul>
            </details>
            <p class="hint">{ tr.t(K::SelfCheckNotice) }</p>
        </article>
    }
}
