//! `/session`: record a session, and the sessions so far, newest first.

use super::session_form::RecordSession;
use super::words::route_key;
use crate::domain::core::model::{CheckIn, RecordId, Session};
use crate::ui::data::use_data;
use crate::ui::i18n::{clock, long_date, use_i18n, RecordsK, SessionK};
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

/// How many sessions the list shows before "Show all".
const RECENT_SESSIONS: usize = 6;

#[component]
pub fn SessionsPage() -> Html {
    let tr = use_i18n();
    let data = use_data();
    let doc = data.doc();
    let saved = use_state(|| None::<RecordId>);
    let show_all = use_state(|| false);
    let on_saved = {
        let saved = saved.clone();
        Callback::from(move |id| saved.set(Some(id)))
    };
    let mut sessions: Vec<(&RecordId, &Session)> =
        doc.live::<Session>().map(|(m, s)| (&m.id, s)).collect();
    crate::domain::core::order::by(&mut sessions, |a, b| {
        (b.1.date, b.1.start, b.0).cmp(&(a.1.date, a.1.start, a.0))
    });
    let finished: Vec<&CheckIn> = doc
        .live::<CheckIn>()
        .map(|(_, c)| c)
        .filter(|c| !c.draft)
        .collect();
    let count = |id: &RecordId| {
        finished
            .iter()
            .filter(|c| c.session.as_ref() == Some(id))
            .count()
    };
    let unlinked = finished.iter().filter(|c| c.session.is_none()).count();
    // The latest few; a long course would push everything below the list off the screen.
    let hidden = if *show_all {
        0
    } else {
        sessions.len().saturating_sub(RECENT_SESSIONS)
    };
    let on_show_all = {
        let show_all = show_all.clone();
        Callback::from(move |_: MouseEvent| show_all.set(!*show_all))
    };
    html! {
        <section class="page">
            <h1>{ tr.t(SessionK::SessionTitle) }</h1>
            <RecordSession {on_saved} />
            <div>
                if let Some(id) = &*saved {
                    <p class="ok-note">
                        { tr.t(SessionK::SessionSaved) }{ " " }
                        <Link<Route> to={Route::CheckIn { id: id.0.clone() }}>{ tr.t(SessionK::CheckInNow) }</Link<Route>>
                    </p>
                }
            </div>
            <h2>{ tr.t(SessionK::YourSessions) }</h2>
            if sessions.is_empty() {
                <p class="hint">{ tr.t(SessionK::NoSessions) }</p>
            }
            <ul class="session-list" id="session-list">
                { for sessions.iter().take(sessions.len() - hidden).map(|(id, s)| {
                    let date = long_date(tr, s.date);
                    let when = tr.f(SessionK::SessionWhen, &[("date", &date), ("time", &clock(tr, s.start))]);
                    let context = tr.f(SessionK::ForSession, &[("date", &date)]);
                    html! {
                        <li class="card">
                            <h3>{ when }</h3>
                            <p>{ tr.t(route_key(s.route)) }{ " · " }{ tr.f(SessionK::CheckInCount, &[("count", &count(id).to_string())]) }</p>
                            <div class="row wrap">
                                <Link<Route> to={Route::SessionDetail { id: id.0.clone() }} classes="btn secondary small">
                                    { tr.t(SessionK::SeeDetails) }<span class="visually-hidden">{ " " }{ context.clone() }</span>
                                </Link<Route>>
                                <Link<Route> to={Route::CheckIn { id: id.0.clone() }} classes="btn primary small">
                                    { tr.t(SessionK::CheckInNow) }<span class="visually-hidden">{ " " }{ context }</span>
                                </Link<Route>>
                            </div>
                        </li>
                    }
                }) }
            </ul>
            // A disclosure: the button stays where it is, so focus does too.
            if sessions.len() > RECENT_SESSIONS {
                <p><button type="button" class="btn secondary" onclick={on_show_all}
                    aria-expanded={(*show_all).to_string()} aria-controls="session-list">
                    if *show_all {
                        { tr.f(SessionK::ShowLatestSessions, &[("count", &RECENT_SESSIONS.to_string())]) }
                    } else {
                        { tr.f(SessionK::ShowAllSessions, &[("count", &sessions.len().to_string())]) }
                    }
                </button></p>
            }
            <div class="row wrap">
                <Link<Route> to={Route::CheckIn { id: "now".into() }} classes="btn secondary">{ tr.t(SessionK::CheckInAnyTime) }</Link<Route>>
                <Link<Route> to={Route::Journal} classes="btn secondary">{ tr.t(SessionK::JournalLink) }</Link<Route>>
                <Link<Route> to={Route::WarningSigns} classes="btn secondary">{ tr.t(RecordsK::LogOpen) }</Link<Route>>
            </div>
            if unlinked > 0 {
                <p class="hint">{ tr.f(SessionK::OtherCheckIns, &[("count", &unlinked.to_string())]) }</p>
            }
        </section>
    }
}
