//! `/prepare/assessment`: notes for the pre-treatment assessment, and a summary to print.

use super::assessment_summary::{assessment_summary, AssessmentSummaryProps};
use super::medicines::{medicine_list, MedicinesCard};
use super::note_field::NoteField;
use super::words;
use crate::domain::core::model::{Assessment, HistoryItem, Medicine};
use crate::platform::dom;
use crate::ui::components::announcer::use_announcer;
use crate::ui::data::use_data;
use crate::ui::i18n::{use_i18n, PrepareK as P, K};
use crate::ui::routes::Route;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew::props;
use yew_router::prelude::*;

#[component]
pub fn AssessmentPage() -> Html {
    let tr = use_i18n();
    let announce = use_announcer();
    let data = use_data();
    let doc = data.doc();
    let assessment = Rc::new(doc.assessment());
    let medicines: Rc<[Medicine]> = medicine_list(&doc).into_iter().map(|(_, m)| m).collect();
    let summary_view = use_state(|| false);
    let saved = use_state(|| false);
    // Every change starts from the stored notes, so two quick changes never undo each other.
    let change = {
        let (data, saved, announce) = (data.clone(), saved.clone(), announce.clone());
        move |f: Rc<dyn Fn(&mut Assessment)>| {
            data.change_assessment(f);
            saved.set(true);
            announce.polite(tr.t(P::NotesSaved));
        }
    };
    let note = |set: fn(&mut Assessment, String)| {
        let change = change.clone();
        Callback::from(move |v: String| change(Rc::new(move |a| set(a, v.clone()))))
    };
    let history_toggle = |item: HistoryItem| {
        let change = change.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            change(Rc::new(move |a| {
                a.history.retain(|h| *h != item);
                if on {
                    a.history.push(item);
                    crate::domain::core::order::by_key(&mut a.history, |h| {
                        HistoryItem::ALL.iter().position(|x| x == h)
                    });
                }
            }));
        })
    };
    let show = |on: bool| {
        let summary_view = summary_view.clone();
        Callback::from(move |_: MouseEvent| summary_view.set(on))
    };
    let print = Callback::from(|_: MouseEvent| {
        let _ = dom::print();
    });
    let summary = assessment_summary(
        tr,
        props!(AssessmentSummaryProps {
            assessment: assessment.clone(),
            medicines: medicines.clone(),
        }),
    );
    if *summary_view {
        return html! {
            <section class="page assessment">
                <h1>{ tr.t(P::AssessmentTitle) }</h1>
                <div class="row wrap no-print">
                    <button type="button" class="btn primary" onclick={print}>{ tr.t(K::Print) }</button>
                    <button type="button" class="btn" onclick={show(false)}>{ tr.t(P::BackToNotes) }</button>
                </div>
                { summary }
            </section>
        };
    }
    html! {
        <section class="page assessment">
            <h1>{ tr.t(P::AssessmentTitle) }</h1>
            <div class="prep-edit stack">
                <p class="lead">{ tr.t(P::AssessmentIntro) }</p>
                <button type="button" class="btn wide" onclick={show(true)}>{ tr.t(P::ShowSummary) }</button>
                <section class="card" aria-labelledby="history-title">
                    <h2 id="history-title">{ tr.t(P::HistoryHeading) }</h2>
                    <fieldset class="plain">
                        <legend>{ tr.t(P::HistoryLegend) }</legend>
                        { for HistoryItem::ALL.into_iter().map(|h| {
                            let id = format!("history-{h:?}").to_lowercase();
                            html! {
                                <label class="check" for={id.clone()}>
                                    <input type="checkbox" id={id} checked={assessment.history.contains(&h)}
                                        onchange={history_toggle(h)} />
                                    <span>{ tr.t(words::history(h)) }</span>
                                </label>
                            }
                        }) }
                    </fieldset>
                    <NoteField id="history-other" label={tr.t(P::OtherHistory)}
                        value={assessment.other_history.clone()} on_save={note(|a, v| a.other_history = v)} />
                </section>
                <MedicinesCard />
                <section class="card" aria-labelledby="concerns-title">
                    <h2 id="concerns-title">{ tr.t(P::ConcernsHeading) }</h2>
                    <NoteField id="concerns" label={tr.t(P::ConcernsLabel)}
                        value={assessment.concerns.clone()} on_save={note(|a, v| a.concerns = v)} />
                </section>
                <section class="card" aria-labelledby="questions-title">
                    <h2 id="questions-title">{ tr.t(P::QuestionsHeading) }</h2>
                    <NoteField id="questions" label={tr.t(P::QuestionsLabel)}
                        value={assessment.questions.clone()} on_save={note(|a, v| a.questions = v)} />
                </section>
                <p class="status">{ if *saved { tr.t(P::NotesSaved) } else { "" } }</p>
                <p><Link<Route> to={Route::Prepare}>{ tr.t(P::PrepareTitle) }</Link<Route>></p>
                <p class="hint">{ tr.t(K::SelfCheckNotice) }</p>
            </div>
            // Printing from here gives the summary alone.
            <div class="print-only">{ summary }</div>
        </section>
    }
}
