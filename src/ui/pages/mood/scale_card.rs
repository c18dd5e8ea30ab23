//! One scale on the Mood page: last score and band, whether it is due, start or continue,
//! progress from the baseline, and the choice of baseline.

use super::progress_note::ProgressNote;
use super::{local_date, questionnaire_route};
use crate::domain::core::model::{Appointment, Questionnaire, ScaleKind, Session};
use crate::domain::core::time::Instant;
use crate::domain::mood::questionnaires::{
    baseline_for, cadence_days, cadence_setting, due_state, first_session_start, open_draft,
};
use crate::domain::mood::scales::{
    completed_scores, needs_safety_panel, probable_ptsd, progress, severity, Due, Score,
};
use crate::domain::plan::due::course_over;
use crate::platform::clock::{self, BrowserZone};
use crate::ui::data::use_data;
use crate::ui::hooks::use_open_crisis;
use crate::ui::i18n::{long_date, scale_title, severity_word, use_i18n, MoodK, Tr, K};
use crate::ui::routes::Route;
use web_sys::HtmlSelectElement;
use yew::prelude::*;
use yew_router::prelude::*;

/// The patient picked a baseline for a scale (`None`: back to the default).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BaselinePick {
    pub kind: ScaleKind,
    pub at: Option<Instant>,
}

#[derive(Properties, PartialEq)]
pub struct ScaleCardProps {
    pub kind: ScaleKind,
    /// The completion instant of the score picked as baseline, if not the default.
    pub chosen: Option<Instant>,
    pub on_pick: Callback<BaselinePick>,
}

#[component]
pub fn ScaleCard(props: &ScaleCardProps) -> Html {
    let tr = use_i18n();
    let data = use_data();
    let doc = data.doc();
    let settings = data.settings();
    let open_crisis = use_open_crisis();
    // Whether the baseline select lists every score yet (see `baseline_picker`).
    let listed = use_state(|| false);
    let kind = props.kind;
    let questionnaires: Vec<&Questionnaire> = doc.live::<Questionnaire>().map(|(_, q)| q).collect();
    let scores = completed_scores(kind, questionnaires.iter().copied());
    let last = scores.last().copied();
    let first_session = first_session_start(doc.live::<Session>().map(|(_, s)| s), &BrowserZone);
    let baseline = baseline_for(&scores, first_session, props.chosen);
    let draft = open_draft(doc.records::<Questionnaire>(), kind).map(|(_, q)| q.answered_count());
    let now = clock::now();
    let appointments = doc.records::<Appointment>();
    let setting = cadence_setting(&settings, course_over(appointments, now, &BrowserZone));
    let due = due_state(kind, last.map(|s| s.at), setting, now, &BrowserZone);
    // The newest finished PHQ-9 whose item 9 was above "Not at all".
    let item9_last = kind == ScaleKind::Phq9
        && questionnaires
            .iter()
            .filter(|q| q.scale == kind && q.completed.is_some())
            .max_by_key(|q| q.completed)
            .is_some_and(|q| needs_safety_panel(kind, &q.answers));
    let heading_id = format!("card-{}", super::slug(kind));
    let start_label = match draft {
        Some(answered) => tr.f(
            MoodK::ContinueDraft,
            &[
                ("answered", &answered.to_string()),
                ("count", &kind.item_count().to_string()),
            ],
        ),
        None if last.is_some() => tr.t(MoodK::StartAgain).to_string(),
        None => tr.t(MoodK::Start).to_string(),
    };
    let help = open_crisis.reform(|_: MouseEvent| ());
    html! {
        <section class="card scale-card" aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>{ tr.t(scale_title(kind)) }</h3>
            { last_score(tr, kind, last) }
            <p>{ due_text(tr, kind, due) }</p>
            if kind == ScaleKind::Pcl5 && setting > 0 && cadence_days(kind, setting) != setting {
                <p class="hint">{ tr.f(MoodK::Pcl5Monthly, &[("days", &cadence_days(kind, setting).to_string())]) }</p>
            }
            if item9_last {
                <div class="danger-note">
                    <p>{ tr.t(MoodK::Item9Reminder) }</p>
                    <button type="button" class="btn danger" onclick={help}>{ tr.t(K::GetHelpNow) }</button>
                </div>
            }
            <p>
                <Link<Route> to={questionnaire_route(kind)} classes="btn primary">{ start_label }</Link<Route>>
            </p>
            <h4>{ tr.t(MoodK::ProgressTitle) }</h4>
            <ProgressNote progress={progress(kind, baseline, &scores)} can_pick={!scores.is_empty()} />
            if !scores.is_empty() {
                { baseline_picker(tr, kind, &scores, props.chosen, props.on_pick.clone(), &listed) }
            }
        </section>
    }
}

fn last_score(tr: Tr, kind: ScaleKind, last: Option<Score>) -> Html {
    let Some(last) = last else {
        return html! { <p>{ tr.t(MoodK::NotTakenYet) }</p> };
    };
    let date = long_date(tr, local_date(last.at));
    html! {
        <>
            <p>{ tr.f(MoodK::LastScore, &[
                ("total", &last.total.to_string()),
                ("max", &kind.max_total().to_string()),
                ("date", &date),
            ]) }</p>
            if let Some(band) = severity(kind, last.total) {
                <p>{ tr.f(MoodK::LastBand, &[("band", tr.t(severity_word(band)))]) }</p>
            }
            if kind == ScaleKind::Pcl5 && probable_ptsd(last.total) {
                <p>{ tr.t(MoodK::Pcl5AtOrAbove) }</p>
            }
        </>
    }
}

fn due_text(tr: Tr, kind: ScaleKind, due: Option<Due>) -> String {
    match due {
        None => tr.t(MoodK::RemindersOff).to_string(),
        Some(Due::NeverTaken) if kind == ScaleKind::Pcl5 => tr.t(MoodK::DueFirstPcl5).to_string(),
        Some(Due::NeverTaken) => tr.t(MoodK::DueFirst).to_string(),
        Some(Due::NotYet { due_at }) => tr.f(
            MoodK::DueNotYet,
            &[("date", &long_date(tr, local_date(due_at)))],
        ),
        Some(Due::Due) => tr.t(MoodK::DueNow).to_string(),
        Some(Due::Overdue { days: 1 }) => tr.t(MoodK::DueOverdueOne).to_string(),
        Some(Due::Overdue { days }) => tr.f(MoodK::DueOverdue, &[("days", &days.to_string())]),
    }
}

/// A select of the default and every completed score; the pick is kept in the settings.
///
/// Three years of scores are a few hundred options across the three cards, about half of the
/// Mood screen's elements, and most visits never open them: until the patient reaches the
/// select (a touch, a click or the keyboard's focus, all before its list can open) it holds the
/// default and the picked score only, so it shows the same value.
fn baseline_picker(
    tr: Tr,
    kind: ScaleKind,
    scores: &[Score],
    chosen: Option<Instant>,
    on_pick: Callback<BaselinePick>,
    listed: &UseStateHandle<bool>,
) -> Html {
    let id = format!("baseline-{}", super::slug(kind));
    let onchange = Callback::from(move |e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        let at = value.parse::<i64>().ok().map(Instant);
        on_pick.emit(BaselinePick { kind, at });
    });
    let list = {
        let listed = listed.clone();
        move || {
            if !*listed {
                listed.set(true);
            }
        }
    };
    let onfocus = {
        let list = list.clone();
        Callback::from(move |_: FocusEvent| list())
    };
    let onpointerdown = Callback::from(move |_: PointerEvent| list());
    let shown = scores
        .iter()
        .rev()
        .filter(|s| **listed || chosen == Some(s.at));
    html! {
        <div class="field">
            <label for={id.clone()}>{ tr.t(MoodK::BaselineLabel) }</label>
            <select id={id} {onchange} {onfocus} {onpointerdown}>
                <option value="" selected={chosen.is_none()}>{ tr.t(MoodK::BaselineDefault) }</option>
                // Keyed, so the picked option stays the same element when the rest arrive.
                { for shown.map(|s| html! {
                    <option key={s.at.0} value={s.at.0.to_string()} selected={chosen == Some(s.at)}>
                        { tr.f(MoodK::BaselineOption, &[
                            ("date", &long_date(tr, local_date(s.at))),
                            ("total", &s.total.to_string()),
                        ]) }
                    </option>
                }) }
            </select>
            <p class="hint">{ tr.t(MoodK::BaselineHint) }</p>
        </div>
    }
}
