//! After Save: "Check-in saved." and when the next check-in is (the session's next slot still
//! to come; for a check-in at any time, the latest session's), with the way back.

use super::check_in_start::done_slots;
use super::words::slot_key;
use crate::domain::core::model::{CheckInSlot, RecordId, Session};
use crate::domain::core::time::{Instant, Zone};
use crate::domain::session::check_in_flow::{next_slot, session_span};
use crate::platform::clock::{self, BrowserZone};
use crate::ui::data::{use_data, DataHandle};
use crate::ui::i18n::{clock_near, use_i18n, SessionK, Tr};
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

/// The id focused once the check-in is saved.
pub const SAVED_ID: &str = "check-in-saved";

#[derive(Properties, PartialEq)]
pub struct CheckInSavedProps {
    /// The session the check-in follows; `None` for "any time".
    pub session: Option<(RecordId, Session)>,
}

#[component]
pub fn CheckInSaved(props: &CheckInSavedProps) -> Html {
    let tr = use_i18n();
    let data = use_data();
    let now = clock::now();
    let next = match next_check_in(&data, props.session.as_ref(), now) {
        Some((slot, at)) => tr.f(
            SessionK::NextCheckIn,
            &[("slot", tr.t(slot_key(slot))), ("time", &time(tr, at, now))],
        ),
        None => tr.t(SessionK::NoNextCheckIn).to_string(),
    };
    html! {
        <>
            <div id={SAVED_ID} class="ok-note check-in-steps__saved" tabindex="-1">
                <p><strong>{ tr.t(SessionK::CheckInSaved) }</strong></p>
                <p class="check-in-steps__next-check-in">{ next }</p>
            </div>
            <div class="row wrap">
                if let Some((id, _)) = &props.session {
                    <Link<Route> to={Route::SessionDetail { id: id.0.clone() }} classes="btn primary">{ tr.t(SessionK::SeeThisSession) }</Link<Route>>
                }
                <Link<Route> to={Route::Session} classes="btn secondary">{ tr.t(SessionK::BackToSessions) }</Link<Route>>
            </div>
        </>
    }
}

/// The next slot of this session, or of the latest session that has started.
fn next_check_in(
    data: &DataHandle,
    session: Option<&(RecordId, Session)>,
    now: Instant,
) -> Option<(CheckInSlot, Instant)> {
    let doc = data.doc();
    let (id, end) = match session {
        Some((id, s)) => (id.clone(), session_span(s, &BrowserZone).1),
        None => doc
            .live::<Session>()
            .map(|(m, s)| (m.id.clone(), session_span(s, &BrowserZone)))
            .filter(|(_, (start, _))| *start <= now)
            .max_by(|(ia, (sa, _)), (ib, (sb, _))| (sa, &ia.0).cmp(&(sb, &ib.0)))
            .map(|(id, (_, end))| (id, end))?,
    };
    next_slot(end, now, &BrowserZone, &done_slots(data, Some(&id)))
}

/// "12:40" today, "12:40 tomorrow", "09:00 on Fri 4 Dec" (in the patient's clock style).
fn time(tr: Tr, at: Instant, now: Instant) -> String {
    clock_near(tr, BrowserZone.to_local(at), BrowserZone.to_local(now).date)
}
