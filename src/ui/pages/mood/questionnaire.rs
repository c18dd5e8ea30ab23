//! Taking a questionnaire: one question per screen, each answer saved as a draft at once,
//! the draft resumed on return, the item-9 safety panel before any total, then the result.

use super::answers::AnswersList;
use super::question_step::{Answer, QuestionStep, QUESTION_ID};
use super::result::ResultView;
use super::safety_panel::SafetyPanel;
use super::{scale_from_slug, IdProps};
use crate::domain::core::model::{Questionnaire, RecordId, ScaleKind};
use crate::domain::core::time::Instant;
use crate::domain::mood::questionnaires::open_draft;
use crate::domain::mood::scales::{content, needs_safety_panel, phq9_item9};
use crate::platform::{dom, ids};
use crate::ui::data::use_data;
use crate::ui::i18n::{scale_title, use_i18n, MoodK, Tr, K};
use crate::ui::routes::Route;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

#[component]
pub fn QuestionnairePage(props: &IdProps) -> Html {
    let tr = use_i18n();
    match scale_from_slug(&props.id) {
        // Keyed, so moving to another scale starts that scale's own flow.
        Some(kind) => html! { <Flow key={props.id.to_string()} {kind} /> },
        None => html! {
            <section class="page">
                <h1>{ tr.t(MoodK::UnknownScale) }</h1>
                <p><Link<Route> to={Route::Mood} classes="btn">{ tr.t(MoodK::BackToMood) }</Link<Route>></p>
            </section>
        },
    }
}

#[derive(Properties, PartialEq)]
struct FlowProps {
    kind: ScaleKind,
}

#[component]
fn Flow(props: &FlowProps) -> Html {
    let kind = props.kind;
    let count = kind.item_count();
    let tr = use_i18n();
    let data = use_data();
    let doc = data.doc();
    let form = content(kind, tr.lang);
    let form_lang = Tr::new(form.language).tag();
    // The record this page works on: the open draft if there is one; a new draft gets an id
    // with its first answer, so opening the page alone stores nothing.
    let record_id = {
        let doc = doc.clone();
        use_state(move || {
            open_draft(doc.records::<Questionnaire>(), kind).map(|(id, _)| id.clone())
        })
    };
    let stored = (*record_id)
        .as_ref()
        .and_then(|id| doc.get::<Questionnaire>(id).cloned());
    let q = stored.unwrap_or_else(|| Questionnaire::new_draft(kind, Instant(0)));
    let step = {
        let first = q.first_unanswered().unwrap_or(count);
        use_state(move || first)
    };
    // The item-9 answer the patient has read the safety panel for (this visit).
    let read_item9 = use_state(|| None::<u8>);
    let panel_open = needs_safety_panel(kind, &q.answers) && *read_item9 < phq9_item9(&q.answers);

    let finished = q.completed.is_some();
    // A new question, the review or the result takes focus, so a screen reader reads it out.
    let first_render = use_mut_ref(|| true);
    use_effect_with((*step, finished), move |(step, finished)| {
        if !std::mem::replace(&mut *first_render.borrow_mut(), false) {
            dom::focus_id(match (*finished, *step < count) {
                (true, _) => RESULT_ID,
                (false, true) => QUESTION_ID,
                (false, false) => REVIEW_ID,
            });
        }
    });

    let go = |to: usize| {
        let step = step.clone();
        Callback::from(move |_: MouseEvent| step.set(to))
    };
    let jump = {
        let step = step.clone();
        Callback::from(move |to: usize| step.set(to))
    };
    let on_read = {
        let read_item9 = read_item9.clone();
        let value = phq9_item9(&q.answers);
        Callback::from(move |_| read_item9.set(value))
    };
    let on_answer = {
        let data = data.clone();
        let record_id = record_id.clone();
        Callback::from(move |a: Answer| {
            let id = (*record_id).clone().unwrap_or_else(|| {
                let id = ids::new_id();
                record_id.set(Some(id.clone()));
                id
            });
            data.save_questionnaire_answer(id, kind, a.item, a.value);
        })
    };
    let on_finish = {
        let data = data.clone();
        let id = (*record_id).clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(id) = id.clone() {
                data.finish_questionnaire(id);
            }
        })
    };
    let on_correct = {
        let data = data.clone();
        let doc = doc.clone();
        let record_id = record_id.clone();
        let step = step.clone();
        Callback::from(move |finished: RecordId| {
            // An open draft is continued rather than a second one started.
            let id = match open_draft(doc.records::<Questionnaire>(), kind) {
                Some((open, _)) => open.clone(),
                None => {
                    let new_id = ids::new_id();
                    data.start_questionnaire_correction(finished.clone(), new_id.clone());
                    new_id
                }
            };
            record_id.set(Some(id));
            step.set(count);
        })
    };

    html! {
        <section class="page questionnaire">
            <h1>{ tr.t(scale_title(kind)) }</h1>
            if form.shown_in_english {
                <p class="notice">{ tr.t(MoodK::ShownInEnglish) }</p>
            }
            <SafetyPanel open={panel_open} {on_read} />
            if finished {
                // Nothing of the total shows until the safety panel has been read.
                if !panel_open {
                    if let Some(id) = (*record_id).clone() {
                        <ResultView {id} questionnaire={Rc::new(q.clone())} {on_correct} />
                    }
                }
            } else if *step < count {
                <p id="q-progress" class="q-progress">
                    { tr.f(MoodK::QuestionOf, &[("n", &(*step + 1).to_string()), ("count", &count.to_string())]) }
                </p>
                <progress max={count.to_string()} value={(*step + 1).to_string()} aria-labelledby="q-progress"></progress>
                <div lang={form_lang}>
                    if let Some(preamble) = form.preamble { <p class="hint">{ preamble }</p> }
                    <p class="stem">{ form.stem }</p>
                </div>
                <QuestionStep content={form} item={*step} answer={q.answer(*step)} {on_answer} />
                <div class="q-nav">
                    if *step == 0 {
                        <Link<Route> to={Route::Mood} classes="btn">{ tr.t(MoodK::BackToMood) }</Link<Route>>
                    } else {
                        <button type="button" class="btn" onclick={go(*step - 1)}>{ tr.t(K::Back) }</button>
                    }
                    if q.answer(*step).is_some() {
                        <button type="button" class="btn primary" onclick={go(*step + 1)}>{ tr.t(K::Next) }</button>
                    } else {
                        <button type="button" class="btn" onclick={go(*step + 1)}>{ tr.t(MoodK::SkipForNow) }</button>
                    }
                </div>
                <p class="hint">{ tr.t(MoodK::SavedEachAnswer) }</p>
            } else {
                <h2 id={REVIEW_ID} tabindex="-1">{ tr.t(MoodK::ReviewTitle) }</h2>
                { review(tr, &q, jump.clone(), on_finish) }
                <AnswersList content={form} answers={Rc::<[Option<u8>]>::from(q.answers.clone())} on_change={jump} />
                <div class="q-nav">
                    <button type="button" class="btn" onclick={go(count - 1)}>{ tr.t(K::Back) }</button>
                </div>
            }
            <p class="attribution" lang={form_lang}>{ form.attribution }</p>
        </section>
    }
}

const REVIEW_ID: &str = "q-review";
/// The id of the result's score, focused when the questionnaire is finished.
pub const RESULT_ID: &str = "q-result";

/// The end of a draft: finish when every item has an answer; otherwise say which are missing,
/// that no score is shown, and that the answers so far are kept.
fn review(
    tr: Tr,
    q: &Questionnaire,
    jump: Callback<usize>,
    on_finish: Callback<MouseEvent>,
) -> Html {
    let missing = q.unanswered();
    if missing.is_empty() {
        let count = q.scale.item_count().to_string();
        return html! {
            <>
                <p>{ tr.f(MoodK::AllAnswered, &[("count", &count)]) }</p>
                <button type="button" class="btn primary wide" onclick={on_finish}>{ tr.t(MoodK::Finish) }</button>
            </>
        };
    }
    let summary = tr.count(missing.len(), MoodK::MissingOne, MoodK::MissingMany, &[]);
    html! {
        <div class="notice">
            <p><strong>{ summary }</strong></p>
            <p>{ tr.t(MoodK::NoTotalYet) }</p>
            <ul class="jump-list">
                { for missing.into_iter().map(|i| {
                    let jump = jump.clone();
                    html! {
                        <li><button type="button" class="btn small" onclick={Callback::from(move |_: MouseEvent| jump.emit(i))}>
                            { tr.f(MoodK::AnswerQuestion, &[("n", &(i + 1).to_string())]) }
                        </button></li>
                    }
                }) }
            </ul>
        </div>
    }
}
