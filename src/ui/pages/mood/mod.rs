//! Mood: PHQ-9, GAD-7, PCL-5, daily mood, trend charts.
#![allow(unused_imports)]

use crate::ui::i18n::{use_i18n, MoodK, K};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct IdProps {
    pub id: AttrValue,
}

#[component]
pub fn MoodPage() -> Html {
    let tr = use_i18n();
    html! {
        <section class="page">
            <h1>{ tr.t(MoodK::MoodTitle) }</h1>
        </section>
    }
}

#[component]
pub fn QuestionnairePage(_props: &IdProps) -> Html {
    let tr = use_i18n();
    html! {
        <section class="page">
            <h1>{ tr.t(MoodK::MoodTitle) }</h1>
        </section>
    }
}

#[component]
pub fn QuickMood() -> Html {
    let tr = use_i18n();
    html! {
        <section class="page">
            <h1>{ tr.t(MoodK::MoodTitle) }</h1>
        </section>
    }
}
