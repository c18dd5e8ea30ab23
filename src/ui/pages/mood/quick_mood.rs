//! Today's mood in two taps: a number from 0 to 10, then Save; an optional word. Once saved
//! it shows today's entry, and changing it updates the same record (one mood a day).

use crate::domain::core::model::Mood;
use crate::domain::mood::mood_log::{daily_moods, new_mood, todays_mood, MOOD_MAX};
use crate::platform::clock::{self, BrowserZone};
use crate::ui::components::announcer::use_announcer;
use crate::ui::data::use_data;
use crate::ui::i18n::{use_i18n, MoodK};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[component]
pub fn QuickMood() -> Html {
    let tr = use_i18n();
    let announce = use_announcer();
    let data = use_data();
    let doc = data.doc();
    let zone = BrowserZone;
    let days = daily_moods(doc.live::<Mood>(), &zone);
    let today = todays_mood(&days, clock::now(), &zone);
    let editing = use_state(|| false);
    let picked = use_state(|| None::<u8>);
    let word = use_state(String::new);
    let just_saved = use_state(|| false);

    let on_save = {
        let data = data.clone();
        let (editing, picked, word, just_saved) = (
            editing.clone(),
            picked.clone(),
            word.clone(),
            just_saved.clone(),
        );
        let today_id = today.map(|d| d.id.clone());
        let announce = announce.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(mood) = picked.and_then(|score| new_mood(clock::now(), score, &word)) else {
                return;
            };
            // One mood a day: a second save today changes today's record.
            match &today_id {
                Some(id) => data.put(id.clone(), mood),
                None => {
                    data.add(mood);
                }
            }
            editing.set(false);
            picked.set(None);
            word.set(String::new());
            just_saved.set(true);
            announce.polite(tr.t(MoodK::QuickMoodSaved));
        })
    };
    let on_change = {
        let (editing, picked, word, just_saved) = (
            editing.clone(),
            picked.clone(),
            word.clone(),
            just_saved.clone(),
        );
        let current = today.map(|d| (d.score, d.word.to_string()));
        Callback::from(move |_: MouseEvent| {
            if let Some((score, text)) = &current {
                picked.set(Some(*score));
                word.set(text.clone());
            }
            just_saved.set(false);
            editing.set(true);
        })
    };
    let on_word = {
        let word = word.clone();
        Callback::from(move |e: InputEvent| {
            word.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };

    let form = today.is_none() || *editing;
    html! {
        <section class="card quick-mood" aria-labelledby="quick-mood-title">
            <h2 id="quick-mood-title">{ tr.t(MoodK::QuickMoodTitle) }</h2>
            if let (Some(entry), false) = (today, form) {
                <p class="today-mood">
                    <strong>{ tr.f(MoodK::QuickMoodToday, &[("score", &entry.score.to_string())]) }</strong>
                    if !entry.word.is_empty() { { " · " }<q>{ entry.word }</q> }
                </p>
                <button type="button" class="btn" onclick={on_change}>{ tr.t(MoodK::QuickMoodChange) }</button>
            } else {
                <form onsubmit={on_save}>
                    <fieldset class="mood-scale">
                        <legend>{ tr.t(MoodK::QuickMoodQuestion) }</legend>
                        <div class="mood-numbers">
                            { for (0..=MOOD_MAX).map(|n| {
                                let picked = picked.clone();
                                let checked = *picked == Some(n);
                                html! {
                                    <label class={classes!("mood-number", checked.then_some("picked"))}>
                                        <input class="visually-hidden" type="radio" name="quick-mood" value={n.to_string()}
                                            {checked} onchange={Callback::from(move |_: Event| picked.set(Some(n)))} />
                                        <span>{ n }</span>
                                    </label>
                                }
                            }) }
                        </div>
                        <p class="mood-ends hint" aria-hidden="true">
                            <span>{ tr.t(MoodK::QuickMoodLow) }</span><span>{ tr.t(MoodK::QuickMoodHigh) }</span>
                        </p>
                    </fieldset>
                    <div class="field">
                        <label for="quick-mood-word">{ tr.t(MoodK::QuickMoodWord) }</label>
                        <input id="quick-mood-word" type="text" maxlength="200" autocomplete="off"
                            value={(*word).clone()} oninput={on_word} />
                    </div>
                    <button type="submit" class="btn primary" disabled={picked.is_none()}>{ tr.t(crate::ui::i18n::K::Save) }</button>
                    if picked.is_none() { <p class="hint">{ tr.t(MoodK::QuickMoodPick) }</p> }
                </form>
            }
        </section>
    }
}
