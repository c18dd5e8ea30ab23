//! At a glance: when the session is, whether everything is done, and the next timed step.

use super::words;
use crate::domain::core::model::Settings;
use crate::domain::core::time::Zone;
use crate::domain::prepare::next_session::{Countdown, Upcoming};
use crate::domain::prepare::preparation::{ReadyStatus, StepKind};
use crate::platform::clock::{self, BrowserZone};
use crate::ui::i18n::{PrepareK as P, Tr};
use yew::prelude::*;

/// A plain function, not a component: it has no state of its own, and its callers already
/// re-render when the data changes; a component's fixed cost in the WebAssembly bought nothing.
/// `count_only`: above the checklist itself, the count of things left without naming them
/// again.
pub fn readiness_summary(
    tr: Tr,
    settings: &Settings,
    upcoming: &Upcoming,
    count_only: bool,
) -> Html {
    let now = clock::now();
    let today = BrowserZone.to_local(now).date;
    let r = upcoming.readiness(settings, now, &BrowserZone);
    let session = upcoming.session();
    let to_start = words::countdown(tr, Countdown::from_minutes(r.minutes_to_start));
    let when = tr.f(
        P::SessionIn,
        &[("when", &words::when(tr, session.start)), ("in", &to_start)],
    );
    // The start is already shown with its countdown; only other steps are worth a line.
    let next = r
        .next_step
        .zip(r.countdown_minutes)
        .filter(|(s, _)| s.kind != StepKind::SessionStart)
        .map(|(s, minutes)| {
            let in_text = words::countdown(tr, Countdown::from_minutes(minutes));
            tr.f(
                P::NextStep,
                &[("step", &words::step(tr, &s, today)), ("in", &in_text)],
            )
        });
    let status = match &r.status {
        ReadyStatus::Ready => html! { <p class="ok-note">{ tr.t(P::Ready) }</p> },
        ReadyStatus::Left(left) => {
            let count = tr.count(left.len(), P::ThingsLeftOne, P::ThingsLeft, &[]);
            html! {
                <div class="notice">
                    <p class="things-left"><strong>{ count }</strong></p>
                    if !count_only {
                        <ul>{ for left.iter().map(|i| html! { <li>{ words::item_short(tr, i) }</li> }) }</ul>
                    }
                </div>
            }
        }
    };
    html! {
        <div class="readiness stack">
            <p class="session-when"><strong>{ when }</strong></p>
            if let Some(next) = next {
                <p class="next-step">{ next }</p>
            }
            { status }
        </div>
    }
}
