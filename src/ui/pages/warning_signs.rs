//! `/warning-signs`: the patient's own warning-sign log, where each sign came from, and
//! "Entered by mistake" (kept, marked, left out of the clinician summary; can be taken back).

use crate::domain::core::model::{Questionnaire, RedFlagEvent};
use crate::domain::core::time::{Instant, Zone};
use crate::domain::safety::flag_log::{self, LogEntry, Source};
use crate::platform::clock::{self, BrowserZone};
use crate::ui::components::announcer::use_announcer;
use crate::ui::data::use_data;
use crate::ui::i18n::{date_time, long_date, red_flag_name, use_i18n, RecordsK, SummaryK, Tr};
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

/// The signs of one record in words, in the order reported.
fn signs(tr: Tr, e: &RedFlagEvent) -> Vec<String> {
    let mut words: Vec<String> = e
        .flags
        .iter()
        .map(|f| tr.t(red_flag_name(*f)).to_string())
        .collect();
    if e.suicide_plan_or_intent {
        words.push(tr.t(RecordsK::LogPlan).into());
    }
    if let Some(n) = e.phq9_item9 {
        words.push(tr.f(SummaryK::Item9, &[("n", &n.to_string())]));
    }
    words
}

fn when(tr: Tr, at: Instant) -> String {
    let today = BrowserZone.to_local(clock::now()).date;
    date_time(tr, BrowserZone.to_local(at), today)
}

#[component]
pub fn WarningSignsPage() -> Html {
    let tr = use_i18n();
    let data = use_data();
    let announce = use_announcer();
    let doc = data.doc();
    let entries = flag_log::log(&doc);

    let item = |entry: &LogEntry| {
        let e = &entry.event;
        let date = when(tr, e.at);
        let (from, session) = match &entry.source {
            Source::CheckIn(_, Some(c)) => (
                tr.f(RecordsK::LogFromCheckIn, &[("date", &date)]),
                c.session.clone(),
            ),
            Source::CheckIn(_, None) => (
                tr.f(RecordsK::LogFromDeletedCheckIn, &[("date", &date)]),
                None,
            ),
            Source::Questionnaire(q) => {
                let started = doc.get::<Questionnaire>(q).map_or(e.at, |q| q.started);
                let date = when(tr, started);
                (
                    tr.f(RecordsK::LogFromQuestionnaire, &[("date", &date)]),
                    None,
                )
            }
            Source::Unknown => (tr.f(RecordsK::LogRecorded, &[("date", &date)]), None),
        };
        let words = signs(tr, e);
        let mark = |mistaken: bool| {
            let (data, announce, id) = (data.clone(), announce.clone(), entry.id.clone());
            Callback::from(move |_: MouseEvent| {
                data.mark_mistake(id.clone(), mistaken);
                announce.polite(tr.t(if mistaken {
                    RecordsK::LogMarkedSaid
                } else {
                    RecordsK::LogUnmarkedSaid
                }));
            })
        };
        let label = tr.f(
            RecordsK::LogMarkMistakeLabel,
            &[("signs", &words.join("; ")), ("date", &date)],
        );
        let class = if e.mistake.is_some() {
            "flag-log__item flag-log__item--mistake"
        } else {
            "flag-log__item"
        };
        html! {
            <li class={class} key={entry.id.as_str().to_owned()}>
                <p class="flag-log__from">{ from }</p>
                <ul class="flag-log__signs">
                    { for words.iter().map(|w| html! { <li>{ w.clone() }</li> }) }
                </ul>
                if let Some(at) = e.mistake {
                    <p class="flag-log__marked">
                        { tr.f(RecordsK::LogMarked, &[("date", &long_date(tr, BrowserZone.to_local(at).date))]) }
                    </p>
                }
                <div class="row wrap">
                    if let Some(s) = session {
                        <Link<Route> to={Route::SessionDetail { id: s.0 }} classes="btn small secondary">
                            { tr.t(RecordsK::LogSeeSession) }
                        </Link<Route>>
                    }
                    if e.mistake.is_some() {
                        <button type="button" class="btn small" onclick={mark(false)}>
                            { tr.t(RecordsK::LogUndoMistake) }
                        </button>
                    } else {
                        <button type="button" class="btn small" aria-label={label} onclick={mark(true)}>
                            { tr.t(RecordsK::LogMarkMistake) }
                        </button>
                    }
                </div>
            </li>
        }
    };
    html! {
        <section class="page flag-log">
            <h1>{ tr.t(RecordsK::LogTitle) }</h1>
            <p class="hint">{ tr.t(RecordsK::LogIntro) }</p>
            if entries.is_empty() {
                <p class="notice">{ tr.t(RecordsK::LogEmpty) }</p>
            } else {
                <ul class="plain stack flag-log__list">{ for entries.iter().map(item) }</ul>
            }
        </section>
    }
}
