//! `/journal`: dated reflections after sessions, newest first, filtered as you type.

use super::value_of;
use crate::domain::journal::search;
use crate::domain::model::{JournalEntry, RecordId, Session};
use crate::platform::clock;
use crate::ui::data::use_data;
use crate::ui::i18n::{use_i18n, SessionK};
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

use super::words::local;

#[component]
pub fn JournalPage() -> Html {
    let tr = use_i18n();
    let data = use_data();
    let doc = data.doc();
    let text = use_state(String::new);
    let linked = use_state(String::new);
    let query = use_state(String::new);
    let error = use_state(|| false);
    let saved = use_state(|| false);

    let mut sessions: Vec<(&RecordId, &Session)> =
        doc.live::<Session>().map(|(m, s)| (&m.id, s)).collect();
    crate::domain::order::by(&mut sessions, |a, b| {
        (b.1.date, b.1.start, b.0).cmp(&(a.1.date, a.1.start, a.0))
    });
    let entries: Vec<(&RecordId, &JournalEntry)> = doc
        .live::<JournalEntry>()
        .map(|(m, e)| (&m.id, e))
        .collect();
    let shown = search(&entries, &query);

    let on_text = {
        let (text, saved) = (text.clone(), saved.clone());
        Callback::from(move |e: InputEvent| {
            text.set(value_of(&e));
            saved.set(false);
        })
    };
    let on_link = {
        let linked = linked.clone();
        Callback::from(move |e: Event| linked.set(value_of(&e)))
    };
    let on_query = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| query.set(value_of(&e)))
    };
    let onsubmit = {
        let (data, text, linked, error, saved) = (
            data.clone(),
            text.clone(),
            linked.clone(),
            error.clone(),
            saved.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let body = text.trim().to_string();
            if body.is_empty() {
                error.set(true);
                return;
            }
            let session = (!linked.is_empty()).then(|| RecordId((*linked).clone()));
            data.add(JournalEntry {
                at: clock::now(),
                session,
                text: body,
            });
            text.set(String::new());
            error.set(false);
            saved.set(true);
        })
    };
    let session_date = |id: &RecordId| doc.get::<Session>(id).map(|s| s.date.to_string());
    html! {
        <section class="page">
            <h1>{ tr.t(SessionK::JournalTitle) }</h1>
            <p>{ tr.t(SessionK::JournalIntro) }</p>
            <form class="card" {onsubmit} novalidate=true aria-labelledby="journal-new">
                <h2 id="journal-new">{ tr.t(SessionK::JournalNew) }</h2>
                <div class="field">
                    <label for="j-text">{ tr.t(SessionK::JournalText) }</label>
                    <textarea id="j-text" value={(*text).clone()} oninput={on_text}
                        aria-invalid={error.then_some("true")}
                        aria-describedby={error.then_some("j-text-err")} />
                    if *error { <p class="error" id="j-text-err">{ tr.t(SessionK::JournalEmpty) }</p> }
                </div>
                <div class="field">
                    <label for="j-session">{ tr.t(SessionK::JournalSession) }</label>
                    <select id="j-session" onchange={on_link}>
                        <option value="" selected={linked.is_empty()}>{ tr.t(SessionK::JournalNoSession) }</option>
                        { for sessions.iter().map(|(id, s)| html! {
                            <option value={id.0.clone()} selected={*linked == id.0}>
                                { tr.f(SessionK::SessionWhen, &[("date", &s.date.to_string()), ("time", &s.start.to_string())]) }
                            </option>
                        }) }
                    </select>
                </div>
                <div role="status">
                    if *saved { <p class="ok-note">{ tr.t(SessionK::JournalSaved) }</p> }
                </div>
                <button type="submit" class="btn primary wide">{ tr.t(SessionK::JournalSave) }</button>
            </form>
            <div class="field">
                <label for="j-search">{ tr.t(SessionK::JournalSearch) }</label>
                <input id="j-search" type="search" value={(*query).clone()} oninput={on_query} aria-describedby="j-count" />
                <p class="hint" id="j-count" role="status">{ tr.f(SessionK::JournalCount, &[("count", &shown.len().to_string())]) }</p>
            </div>
            if entries.is_empty() {
                <p class="hint">{ tr.t(SessionK::JournalNone) }</p>
            }
            <ul class="journal">
                { for shown.iter().map(|(_, e)| {
                    let when = local(e.at);
                    html! {
                        <li class="card">
                            <h3>{ format!("{} {}", when.date, when.time) }</h3>
                            if let Some((sid, date)) = e.session.as_ref().and_then(|id| session_date(id).map(|d| (id, d))) {
                                <p>
                                    <Link<Route> to={Route::SessionDetail { id: sid.0.clone() }}>
                                        { tr.f(SessionK::JournalAbout, &[("date", &date)]) }
                                    </Link<Route>>
                                </p>
                            }
                            <p class="note-text">{ e.text.clone() }</p>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
