//! The Mood page (`/mood`): today's mood, each questionnaire's state and progress, trends and
//! history.

use super::history::{MoodHistory, QuestionnaireHistory};
use super::quick_mood::QuickMood;
use super::scale_card::{BaselinePick, ScaleCard};
use super::trends::Trends;
use crate::domain::core::model::{ChosenBaseline, ScaleKind};
use crate::domain::core::time::Instant;
use crate::ui::data::use_data;
use crate::ui::i18n::{use_i18n, MoodK, K};
use std::collections::BTreeMap;
use yew::prelude::*;

#[component]
pub fn MoodPage() -> Html {
    let tr = use_i18n();
    let data = use_data();
    // Baselines picked instead of the default, by scale (kept in the settings).
    let picks: BTreeMap<ScaleKind, Instant> = data
        .settings()
        .baselines
        .iter()
        .map(|b| (b.scale, b.at))
        .collect();
    let on_pick = {
        let data = data.clone();
        Callback::from(move |pick: BaselinePick| {
            let mut s = (*data.settings()).clone();
            s.baselines.retain(|b| b.scale != pick.kind);
            if let Some(at) = pick.at {
                s.baselines.push(ChosenBaseline {
                    scale: pick.kind,
                    at,
                });
            }
            data.set_settings(s);
        })
    };
    html! {
        <section class="page mood">
            <h1>{ tr.t(MoodK::MoodTitle) }</h1>
            <p>{ tr.t(MoodK::MoodIntro) }</p>
            <QuickMood />
            <section aria-labelledby="scales-title">
                <h2 id="scales-title">{ tr.t(MoodK::QuestionnairesTitle) }</h2>
                { for ScaleKind::ALL.into_iter().map(|kind| html! {
                    <ScaleCard {kind} chosen={picks.get(&kind).copied()} on_pick={on_pick.clone()} />
                }) }
            </section>
            <Trends />
            <QuestionnaireHistory />
            <MoodHistory />
            <p class="hint">{ tr.t(K::SelfCheckNotice) }</p>
        </section>
    }
}
