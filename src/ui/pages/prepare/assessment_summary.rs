//! "Bring this to your assessment": the notes on one screen, and on paper.

use super::words;
use crate::domain::core::model::{Assessment, Medicine};
use crate::domain::prepare::medicines;
use crate::ui::i18n::{PrepareK as P, Tr};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AssessmentSummaryProps {
    pub assessment: Rc<Assessment>,
    pub medicines: Rc<[Medicine]>,
}

/// A plain function, not a component: it has no state of its own and its parent re-renders
/// it with new values anyway; a component's fixed cost in the WebAssembly bought nothing.
pub fn assessment_summary(tr: Tr, props: AssessmentSummaryProps) -> Html {
    let props = &props;
    let a = &props.assessment;
    let none = || html! { <p class="hint">{ tr.t(P::SummaryNone) }</p> };
    let text = |s: &str| {
        if s.trim().is_empty() {
            none()
        } else {
            html! { <p class="pre-line">{ s.trim().to_string() }</p> }
        }
    };
    let medicine = |m: &Medicine| {
        let mut line = m.name.clone();
        for part in [&m.dose, &m.when] {
            if !part.trim().is_empty() {
                line.push_str(&format!(", {}", part.trim()));
            }
        }
        let ask = !medicines::flags(&m.name).is_empty();
        html! {
            <li>{ line }
                if ask { <strong>{ format!(" ({})", tr.t(P::SummaryAsk)) }</strong> }
            </li>
        }
    };
    let health_empty = a.history.is_empty() && a.other_history.trim().is_empty();
    html! {
        <section class="card summary" aria-labelledby="summary-title">
            <h2 id="summary-title">{ tr.t(P::SummaryHeading) }</h2>
            <h3>{ tr.t(P::SummaryHealth) }</h3>
            if health_empty {
                { none() }
            } else {
                <ul>{ for a.history.iter().map(|h| html! { <li>{ tr.t(words::history(*h)) }</li> }) }</ul>
                if !a.other_history.trim().is_empty() { { text(&a.other_history) } }
            }
            <h3>{ tr.t(P::SummaryMedicines) }</h3>
            if props.medicines.is_empty() {
                { none() }
            } else {
                <ul>{ for props.medicines.iter().map(medicine) }</ul>
            }
            <h3>{ tr.t(P::SummaryConcerns) }</h3>
            { text(&a.concerns) }
            <h3>{ tr.t(P::SummaryQuestions) }</h3>
            { text(&a.questions) }
        </section>
    }
}
