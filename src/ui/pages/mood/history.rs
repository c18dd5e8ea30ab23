//! Past questionnaires (newest first, answers viewable read-only, a correction adds a new
//! one) and the daily mood history.

use super::answers::AnswersList;
use super::result::Item9Note;
use super::{local_date, questionnaire_route};
use crate::domain::core::model::{Mood, Questionnaire, RecordId};
use crate::domain::mood::mood_log::daily_moods;
use crate::domain::mood::questionnaires::open_draft;
use crate::domain::mood::scales::{content, needs_safety_panel, severity};
use crate::platform::{clock::BrowserZone, ids};
use crate::ui::data::use_data;
use crate::ui::i18n::{long_date, scale_name, severity_word, use_i18n, MoodK, Tr};
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

/// How many rows show before "Show all".
const FIRST_ROWS: usize = 10;

#[component]
pub fn QuestionnaireHistory() -> Html {
    let tr = use_i18n();
    let data = use_data();
    let doc = data.doc();
    let navigator = use_navigator();
    let open = use_state(|| None::<RecordId>);
    let show_all = use_state(|| false);
    let mut finished: Vec<(&RecordId, &Questionnaire)> = doc
        .live::<Questionnaire>()
        .filter(|(_, q)| !q.is_draft())
        .map(|(meta, q)| (&meta.id, q))
        .collect();
    crate::domain::core::order::by_key(&mut finished, |(_, q)| std::cmp::Reverse(q.completed));
    let total_rows = finished.len();
    let shown = rows_shown(total_rows, *show_all);
    html! {
        <section aria-labelledby="history-title">
            <h2 id="history-title">{ tr.t(MoodK::HistoryTitle) }</h2>
            if finished.is_empty() {
                <p class="hint">{ tr.t(MoodK::HistoryEmpty) }</p>
            }
            <ul class="history">
                { for finished.iter().take(shown).map(|(id, q)| {
                    let is_open = open.as_ref() == Some(*id);
                    let toggle = {
                        let open = open.clone();
                        let id = (*id).clone();
                        Callback::from(move |_: MouseEvent| {
                            open.set(if open.as_ref() == Some(&id) { None } else { Some(id.clone()) })
                        })
                    };
                    // A correction opens the scale's draft: a new copy of this one, or the
                    // draft already open (which the domain refuses to duplicate).
                    let correct = {
                        let data = data.clone();
                        let navigator = navigator.clone();
                        let of = (*id).clone();
                        let kind = q.scale;
                        let has_draft = open_draft(doc.records::<Questionnaire>(), kind).is_some();
                        Callback::from(move |_: MouseEvent| {
                            if !has_draft {
                                let new_id = ids::new_id();
                                data.start_questionnaire_correction(of.clone(), new_id);
                            }
                            if let Some(n) = &navigator {
                                n.push(&questionnaire_route(kind));
                            }
                        })
                    };
                    let total = q.finished_total().map_or_else(|| "?".to_string(), |t| t.to_string());
                    let band = q.finished_total().and_then(|t| severity(q.scale, t));
                    let date = q.completed.map(|at| long_date(tr, local_date(at))).unwrap_or_default();
                    html! {
                        <li>
                            <div class="history-row">
                                <span>
                                    { tr.f(MoodK::HistoryRow, &[("name", scale_name(q.scale)), ("date", &date), ("total", &total)]) }
                                    if let Some(band) = band { { format!(" ({})", tr.t(severity_word(band))) } }
                                </span>
                                <button type="button" class="btn small" aria-expanded={is_open.to_string()} onclick={toggle}>
                                    { tr.t(if is_open { MoodK::HideAnswers } else { MoodK::ShowAnswers }) }
                                </button>
                            </div>
                            if is_open {
                                if needs_safety_panel(q.scale, &q.answers) {
                                    <Item9Note questionnaire={Rc::new((*q).clone())} />
                                }
                                <AnswersList content={content(q.scale, tr.lang)} answers={Rc::<[Option<u8>]>::from(q.answers.clone())} />
                                <p class="hint">{ tr.t(MoodK::ReadOnly) }</p>
                                <button type="button" class="btn" onclick={correct}>
                                    { tr.t(if open_draft(doc.records::<Questionnaire>(), q.scale).is_some() { MoodK::ContinueOpenDraft } else { MoodK::Correct }) }
                                </button>
                            }
                        </li>
                    }
                }) }
            </ul>
            { show_all_button(tr, &show_all, shown, total_rows) }
        </section>
    }
}

#[component]
pub fn MoodHistory() -> Html {
    let tr = use_i18n();
    let doc = use_data().doc();
    let show_all = use_state(|| false);
    let days = daily_moods(doc.live::<Mood>(), &BrowserZone);
    let total_rows = days.len();
    let shown = rows_shown(total_rows, *show_all);
    html! {
        <section aria-labelledby="mood-history-title">
            <h2 id="mood-history-title">{ tr.t(MoodK::MoodHistoryTitle) }</h2>
            if days.is_empty() {
                <p class="hint">{ tr.t(MoodK::MoodHistoryEmpty) }</p>
            }
            <ul class="history">
                { for days.iter().rev().take(shown).map(|d| html! {
                    <li>
                        { tr.f(MoodK::MoodRow, &[("date", &long_date(tr, d.date)), ("score", &d.score.to_string())]) }
                        if !d.word.is_empty() { { " · " }<q>{ d.word }</q> }
                    </li>
                }) }
            </ul>
            { show_all_button(tr, &show_all, shown, total_rows) }
        </section>
    }
}

/// How many of `total` rows show: the first few until the patient asks for all.
fn rows_shown(total: usize, show_all: bool) -> usize {
    if show_all {
        total
    } else {
        total.min(FIRST_ROWS)
    }
}

/// "Show all (n)" while some rows are hidden.
fn show_all_button(tr: Tr, show_all: &UseStateHandle<bool>, shown: usize, total: usize) -> Html {
    if shown >= total {
        return Html::default();
    }
    let show_all = show_all.clone();
    html! {
        <button type="button" class="btn" onclick={Callback::from(move |_: MouseEvent| show_all.set(true))}>
            { tr.f(MoodK::ShowAll, &[("count", &total.to_string())]) }
        </button>
    }
}
