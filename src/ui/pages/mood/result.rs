//! A finished questionnaire: the total with its band (or, for the PCL-5, the cut-point note),
//! progress from the baseline, the answers read-only, and a correction that adds a new one.

use super::answers::AnswersList;
use super::local_date;
use super::progress_note::ProgressNote;
use crate::domain::core::model::{Questionnaire, RecordId, ScaleKind, Session};
use crate::domain::mood::questionnaires::{baseline_for, first_session_start};
use crate::domain::mood::scales::{
    completed_scores, content, needs_safety_panel, phq9_item9, probable_ptsd, progress, severity,
};
use crate::domain::safety::escalation::Situation;
use crate::platform::clock::BrowserZone;
use crate::ui::components::who_to_call::WhoToCall;
use crate::ui::data::use_data;
use crate::ui::i18n::{bands_list, long_date, severity_word, use_i18n, MoodK, Tr, K};
use crate::ui::routes::Route;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultViewProps {
    pub id: RecordId,
    pub questionnaire: Rc<Questionnaire>,
    /// The patient asked to correct this one (a new draft with the same answers).
    pub on_correct: Callback<RecordId>,
}

#[component]
pub fn ResultView(props: &ResultViewProps) -> Html {
    let tr = use_i18n();
    let data = use_data();
    let doc = data.doc();
    let q = &props.questionnaire;
    let kind = q.scale;
    let form = content(kind, tr.lang);
    let first_session = first_session_start(doc.live::<Session>().map(|(_, s)| s), &BrowserZone);
    let scores = completed_scores(kind, doc.live::<Questionnaire>().map(|(_, q)| q));
    let baseline = baseline_for(&scores, first_session, None);
    let id = props.id.clone();
    let correct = props.on_correct.reform(move |_: MouseEvent| id.clone());
    html! {
        <>
            if let Some(at) = q.completed {
                <p class="hint">{ tr.f(MoodK::FinishedOn, &[("date", &long_date(tr, local_date(at)))]) }</p>
            }
            { score_block(tr, q) }
            if needs_safety_panel(kind, &q.answers) {
                <Item9Note questionnaire={props.questionnaire.clone()} />
            }
            <h2>{ tr.t(MoodK::ProgressTitle) }</h2>
            <ProgressNote progress={progress(kind, baseline, &scores)} />
            <h2>{ tr.t(MoodK::YourAnswers) }</h2>
            <p class="hint">{ tr.t(MoodK::ReadOnly) }</p>
            <AnswersList content={form} answers={Rc::<[Option<u8>]>::from(q.answers.clone())} />
            <div class="q-nav">
                <Link<Route> to={Route::Mood} classes="btn primary">{ tr.t(MoodK::BackToMood) }</Link<Route>>
                <button type="button" class="btn" onclick={correct}>{ tr.t(MoodK::Correct) }</button>
            </div>
            <p class="hint">{ tr.t(K::SelfCheckNotice) }</p>
        </>
    }
}

/// The total and what it means: the band for the PHQ-9 and GAD-7; for the PCL-5, which has no
/// bands, the commonly used cut-point of 33 as a reason to talk with a clinician.
pub fn score_block(tr: Tr, q: &Questionnaire) -> Html {
    let kind = q.scale;
    let Some(total) = q.finished_total() else {
        return html! { <p class="notice">{ tr.t(MoodK::NoTotalYet) }</p> };
    };
    let score = tr.f(
        MoodK::ResultScore,
        &[
            ("total", &total.to_string()),
            ("max", &kind.max_total().to_string()),
        ],
    );
    html! {
        <div class="card result-card" id={super::questionnaire::RESULT_ID} tabindex="-1">
            <p class="result-card__total">{ score }</p>
            if let Some(band) = severity(kind, total) {
                <p class="result-card__band">{ tr.f(MoodK::ResultLevel, &[("band", tr.t(severity_word(band)))]) }</p>
                <p class="hint">{ bands_list(tr, kind.bands()) }</p>
            }
            if kind == ScaleKind::Pcl5 {
                <p>{ tr.t(if probable_ptsd(total) { MoodK::Pcl5AtOrAbove } else { MoodK::Pcl5Below }) }</p>
                <p class="hint">{ tr.t(MoodK::Pcl5NoBands) }</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct Item9NoteProps {
    pub questionnaire: Rc<Questionnaire>,
}

/// Item 9 was answered above "Not at all": said again next to the result, with the numbers.
#[component]
pub fn Item9Note(props: &Item9NoteProps) -> Html {
    let tr = use_i18n();
    let q = &props.questionnaire;
    let form = content(q.scale, tr.lang);
    let answer = phq9_item9(&q.answers)
        .and_then(|v| form.options.iter().find(|o| o.value == v))
        .map_or("?", |o| o.label);
    let situations: Rc<[Situation]> = Rc::new([Situation::CrisisLine]);
    html! {
        <div class="danger-note" role="note">
            <p>{ tr.f(MoodK::Item9Answered, &[("answer", answer)]) }</p>
            <WhoToCall {situations} />
        </div>
    }
}
