//! The Mood page (`/mood`): today's mood, each questionnaire's state and progress, trends and
//! history.

use super::history::{MoodHistory, QuestionnaireHistory};
use super::quick_mood::QuickMood;
use super::scale_card::{BaselinePick, ScaleCard};
use super::trends::Trends;
use crate::domain::model::ScaleKind;
use crate::domain::time::Instant;
use crate::ui::i18n::{use_i18n, MoodK, K};
use std::collections::BTreeMap;
use yew::prelude::*;

#[component]
pub fn MoodPage() -> Html {
    let tr = use_i18n();
    // Baselines picked instead of the default, by scale: kept while the page is open only
    // (the stored model has no field for it; see the module notes).
    let picks = use_state(BTreeMap::<ScaleKind, Instant>::new);
    let on_pick = {
        let picks = picks.clone();
        Callback::from(move |pick: BaselinePick| {
            let mut next = (*picks).clone();
            match pick.at {
                Some(at) => next.insert(pick.kind, at),
                None => next.remove(&pick.kind),
            };
            picks.set(next);
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
