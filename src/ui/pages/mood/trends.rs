//! The trend charts: each scale over the weeks and the daily mood, over one shared time range
//! the patient picks (4 weeks, 3 months, all), with session days marked.

use super::chart::{Entry, Series, TrendChart};
use crate::domain::core::model::{Mood, Questionnaire, ScaleKind, Session};
use crate::domain::core::time::Instant;
use crate::domain::mood::charts::{ChartRange, Window};
use crate::domain::mood::mood_log::daily_moods;
use crate::domain::mood::scales::completed_scores;
use crate::platform::clock::{self, BrowserZone};
use crate::ui::data::use_data;
use crate::ui::i18n::{use_i18n, MoodK};
use std::rc::Rc;
use yew::prelude::*;

fn range_label(range: ChartRange) -> MoodK {
    match range {
        ChartRange::FourWeeks => MoodK::RangeFourWeeks,
        ChartRange::ThreeMonths => MoodK::RangeThreeMonths,
        ChartRange::All => MoodK::RangeAll,
    }
}

#[component]
pub fn Trends() -> Html {
    let tr = use_i18n();
    let doc = use_data().doc();
    let range = use_state(|| ChartRange::FourWeeks);
    let zone = BrowserZone;
    let questionnaires: Vec<&Questionnaire> = doc.live::<Questionnaire>().map(|(_, q)| q).collect();
    let scales: Vec<(ScaleKind, Rc<[Entry]>)> = ScaleKind::ALL
        .into_iter()
        .map(|kind| {
            let entries: Rc<[Entry]> = completed_scores(kind, questionnaires.iter().copied())
                .into_iter()
                .map(|s| Entry {
                    at: s.at,
                    value: s.total,
                    note: AttrValue::default(),
                })
                .collect();
            (kind, entries)
        })
        .filter(|(_, entries)| !entries.is_empty())
        .collect();
    let moods: Rc<[Entry]> = daily_moods(doc.live::<Mood>(), &zone)
        .into_iter()
        .filter(|d| d.is_valid())
        .map(|d| Entry {
            at: d.at,
            value: u16::from(d.score),
            note: AttrValue::from(d.word.to_string()),
        })
        .collect();
    let sessions: Rc<[Instant]> = doc
        .live::<Session>()
        .map(|(_, s)| s.starts_at(&zone))
        .collect();
    let earliest = scales
        .iter()
        .flat_map(|(_, e)| e.iter())
        .chain(moods.iter())
        .map(|e| e.at)
        .min();
    let window = Window::for_range(*range, clock::now(), earliest);
    html! {
        <section class="trends" aria-labelledby="trends-title">
            <h2 id="trends-title">{ tr.t(MoodK::TrendsTitle) }</h2>
            <div class="row wrap range-buttons" role="group" aria-label={tr.t(MoodK::RangeLabel)}>
                { for ChartRange::ALL.into_iter().map(|r| {
                    let state = range.clone();
                    let pressed = *range == r;
                    html! {
                        <button type="button" class={classes!("btn", "small", pressed.then_some("primary"))}
                            aria-pressed={pressed.to_string()} onclick={Callback::from(move |_: MouseEvent| state.set(r))}>
                            { tr.t(range_label(r)) }
                        </button>
                    }
                }) }
            </div>
            if scales.is_empty() && moods.is_empty() {
                <p class="hint">{ tr.t(MoodK::ChartEmpty) }</p>
            }
            { for scales.into_iter().map(|(kind, entries)| html! {
                <TrendChart series={Series::Scale(kind)} {entries} sessions={sessions.clone()} {window} />
            }) }
            if !moods.is_empty() {
                <TrendChart series={Series::DailyMood} entries={moods.clone()} sessions={sessions.clone()} {window} />
            }
        </section>
    }
}
