//! `/check-in/:id`: a check-in after the session `id`, or at any time with id `now`.

use super::check_in_form::CheckInForm;
use super::IdProps;
use crate::domain::core::model::{RecordId, Session};
use crate::ui::data::use_data;
use crate::ui::i18n::{clock, long_date, use_i18n, SessionK};
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

/// The id that means "not after a session".
pub const ANY_TIME_ID: &str = "now";

#[component]
pub fn CheckInPage(props: &IdProps) -> Html {
    let tr = use_i18n();
    let data = use_data();
    let doc = data.doc();
    let session_id = (props.id.as_str() != ANY_TIME_ID).then(|| RecordId(props.id.to_string()));
    let session = session_id
        .as_ref()
        .and_then(|id| doc.get::<Session>(id).cloned());
    let intro = match &session {
        Some(s) => tr.f(
            SessionK::CheckInFor,
            &[
                ("date", &long_date(tr, s.date)),
                ("time", &clock(tr, s.start)),
            ],
        ),
        None => tr.t(SessionK::CheckInNoSession).to_string(),
    };
    html! {
        <section class="page">
            <h1>{ tr.t(SessionK::CheckInTitle) }</h1>
            if session_id.is_some() && session.is_none() {
                <p>{ tr.t(SessionK::SessionNotFound) }</p>
                <Link<Route> to={Route::Session} classes="btn secondary">{ tr.t(SessionK::BackToSessions) }</Link<Route>>
            } else {
                <p>{ intro }</p>
                <CheckInForm key={props.id.to_string()} session={session_id.zip(session)} />
            }
        </section>
    }
}
