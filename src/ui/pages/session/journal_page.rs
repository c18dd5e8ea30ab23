//! `/journal`: dated reflections after sessions, newest first, filtered as you type.

use crate::domain::core::model::{JournalEntry, Record, RecordId, Session};
use crate::domain::session::journal::search;
use crate::platform::clock;
use crate::ui::components::announcer::use_announcer;
use crate::ui::data::use_data;
use crate::ui::forms::value_of;
use crate::ui::i18n::{at_time, clock, long_date, use_i18n, SessionK, K};
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

use super::words::local;

#[component]
pub fn JournalPage() -> Html {
    let tr = use_i18n();
    let announce = use_announcer();
    let data = use_data();
    let doc = data.doc();
    let text = use_state(String::new);
    let linked = use_state(String::new);
    let query = use_state(String::new);
    let error = use_state(|| false);
    let saved = use_state(|| false);
    // The entry being changed and its text so far (kept until saved or cancelled).
    let editing = use_state(|| None::<(RecordId, String)>);
    let edit_error = use_state(|| false);
    // A deleted entry, for Undo; or the note that one was updated.
    let removed = use_state(|| None::<Record<JournalEntry>>);
    let updated = use_state(|| false);

    let mut sessions: Vec<(&RecordId, &Session)> =
        doc.live::<Session>().map(|(m, s)| (&m.id, s)).collect();
    crate::domain::core::order::by(&mut sessions, |a, b| {
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
        let announce = announce.clone();
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
                announce.polite(tr.t(SessionK::JournalEmpty));
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
            announce.polite(tr.t(SessionK::JournalSaved));
        })
    };
    let undo = data.undo_delete(&removed);
    let session_date = |id: &RecordId| doc.get::<Session>(id).map(|s| long_date(tr, s.date));
    let entry = |id: &RecordId, e: &JournalEntry| -> Html {
        let when = local(e.at);
        let title = at_time(tr, &long_date(tr, when.date), &clock(tr, when.time));
        let about = e
            .session
            .as_ref()
            .and_then(|sid| session_date(sid).map(|d| (sid.clone(), d)));
        let about = match about {
            Some((sid, date)) => html! {
                <p>
                    <Link<Route> to={Route::SessionDetail { id: sid.0 }}>
                        { tr.f(SessionK::JournalAbout, &[("date", &date)]) }
                    </Link<Route>>
                </p>
            },
            None => html! {},
        };
        if let Some((_, draft)) = editing.as_ref().filter(|(eid, _)| eid == id) {
            let field = format!("j-edit-{}", id.0);
            let on_input = {
                let (editing, id) = (editing.clone(), id.clone());
                Callback::from(move |ev: InputEvent| editing.set(Some((id.clone(), value_of(&ev)))))
            };
            let save = {
                let announce = announce.clone();
                let (data, editing, edit_error, updated, id, old) = (
                    data.clone(),
                    editing.clone(),
                    edit_error.clone(),
                    updated.clone(),
                    id.clone(),
                    e.clone(),
                );
                Callback::from(move |ev: SubmitEvent| {
                    ev.prevent_default();
                    let text = editing
                        .as_ref()
                        .map(|(_, t)| t.trim().to_string())
                        .unwrap_or_default();
                    if text.is_empty() {
                        edit_error.set(true);
                        announce.polite(tr.t(SessionK::JournalEmpty));
                        return;
                    }
                    data.put(
                        id.clone(),
                        JournalEntry {
                            text,
                            ..old.clone()
                        },
                    );
                    editing.set(None);
                    edit_error.set(false);
                    updated.set(true);
                    announce.polite(tr.t(SessionK::JournalUpdated));
                })
            };
            let cancel = {
                let (editing, edit_error) = (editing.clone(), edit_error.clone());
                Callback::from(move |_: MouseEvent| {
                    editing.set(None);
                    edit_error.set(false);
                })
            };
            let err_id = format!("{field}-err");
            return html! {
                <li class="card" key={id.0.clone()}>
                    <h3>{ title }</h3>
                    { about }
                    <form onsubmit={save} novalidate=true>
                        <div class="field">
                            <label for={field.clone()}>{ tr.t(SessionK::JournalEditLabel) }</label>
                            <textarea id={field} value={draft.clone()} oninput={on_input}
                                aria-invalid={edit_error.then_some("true")}
                                aria-describedby={edit_error.then_some(err_id.clone())} />
                            if *edit_error { <p class="error" id={err_id}>{ tr.t(SessionK::JournalEmpty) }</p> }
                        </div>
                        <div class="row wrap">
                            <button type="submit" class="btn primary">{ tr.t(K::Save) }</button>
                            <button type="button" class="btn" onclick={cancel}>{ tr.t(K::Cancel) }</button>
                        </div>
                    </form>
                </li>
            };
        }
        let edit = {
            let (editing, updated, id, text) =
                (editing.clone(), updated.clone(), id.clone(), e.text.clone());
            Callback::from(move |_: MouseEvent| {
                editing.set(Some((id.clone(), text.clone())));
                updated.set(false);
            })
        };
        let delete = {
            let (data, removed, editing, id, announce) = (
                data.clone(),
                removed.clone(),
                editing.clone(),
                id.clone(),
                announce.clone(),
            );
            Callback::from(move |_: MouseEvent| {
                removed.set(data.delete::<JournalEntry>(&id));
                editing.set(None);
                announce.polite(tr.t(SessionK::JournalDeleted));
            })
        };
        let date = long_date(tr, when.date);
        html! {
            <li class="card" key={id.0.clone()}>
                <h3>{ title }</h3>
                { about }
                <p class="note-text">{ e.text.clone() }</p>
                <div class="row wrap">
                    <button type="button" class="btn small" onclick={edit}
                        aria-label={tr.f(SessionK::JournalEditOf, &[("date", &date)])}>{ tr.t(K::Edit) }</button>
                    <button type="button" class="btn small ghost" onclick={delete}
                        aria-label={tr.f(SessionK::JournalDeleteOf, &[("date", &date)])}>{ tr.t(K::Delete) }</button>
                </div>
            </li>
        }
    };
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
                                { tr.f(SessionK::SessionWhen, &[("date", &long_date(tr, s.date)), ("time", &clock(tr, s.start))]) }
                            </option>
                        }) }
                    </select>
                </div>
                <div>
                    if *saved { <p class="ok-note">{ tr.t(SessionK::JournalSaved) }</p> }
                </div>
                <button type="submit" class="btn primary wide">{ tr.t(SessionK::JournalSave) }</button>
            </form>
            <div class="field">
                <label for="j-search">{ tr.t(SessionK::JournalSearch) }</label>
                <input id="j-search" type="search" value={(*query).clone()} oninput={on_query} aria-describedby="j-count" />
                <p class="hint" id="j-count" role="status">{ tr.f(SessionK::JournalCount, &[("count", &shown.len().to_string())]) }</p>
            </div>
            <div class="row wrap">
                if removed.is_some() {
                    <span>{ tr.t(SessionK::JournalDeleted) }</span>
                    <button type="button" class="btn small" onclick={undo}>{ tr.t(K::Undo) }</button>
                } else if *updated {
                    <span>{ tr.t(SessionK::JournalUpdated) }</span>
                }
            </div>
            if entries.is_empty() {
                <p class="hint">{ tr.t(SessionK::JournalNone) }</p>
            }
            <ul class="journal">
                { for shown.iter().map(|(id, e)| entry(id, e)) }
            </ul>
        </section>
    }
}
