//! "Add to calendar": the phone's calendar is the reminder that works while the app is
//! closed, so appointments go there as an .ics file.

use crate::domain::plan::agenda::Planned;
use crate::domain::plan::ical::{to_ics, IcsOptions};
use crate::platform::clock::{self, BrowserZone};
use crate::platform::files;
use crate::ui::i18n::plan::{event_titles, neutral_titles};
use crate::ui::i18n::{PlanK, Tr};
use std::rc::Rc;
use yew::prelude::*;

/// The neutral file name: it says nothing about health.
pub const ICS_NAME: &str = "companion-plan.ics";

/// Downloads `planned` as one calendar file; `Err` holds the message to show.
pub fn download_ics(tr: Tr, planned: &[Planned], private: bool) -> Result<(), String> {
    let (titles, neutral) = (event_titles(tr), neutral_titles(tr));
    let mut opts = IcsOptions::new(clock::now(), &BrowserZone, &titles, &neutral);
    opts.private = private;
    let events: Vec<_> = planned
        .iter()
        .map(|p| (p.id.clone(), p.appointment.clone()))
        .collect();
    files::download(ICS_NAME, "text/calendar", &to_ics(&events, &opts))
        .map_err(|e| tr.f(PlanK::DownloadFailed, &[("error", &e.0)]))
}

#[derive(Properties, PartialEq)]
pub struct CalendarCardProps {
    pub upcoming: Rc<[Planned]>,
    pub private: bool,
    pub on_private: Callback<bool>,
    /// The whole list was offered for download (or why not).
    pub on_exported: Callback<Result<(), String>>,
}

/// A plain function, not a component: it has no state of its own and its parent re-renders
/// it with new values anyway; a component's fixed cost in the WebAssembly bought nothing.
pub fn calendar_card(tr: Tr, props: CalendarCardProps) -> Html {
    let props = &props;
    let export_all = {
        let (upcoming, private) = (props.upcoming.clone(), props.private);
        props
            .on_exported
            .reform(move |_: MouseEvent| download_ics(tr, &upcoming, private))
    };
    let toggle = {
        let private = props.private;
        props.on_private.reform(move |_: Event| !private)
    };
    html! {
        <section class="card" aria-labelledby="plan-calendar">
            <h2 id="plan-calendar">{ tr.t(PlanK::CalendarTitle) }</h2>
            <p>{ tr.t(PlanK::CalendarWhy) }</p>
            <label class="check">
                <input type="checkbox" checked={props.private} onchange={toggle} />
                <span>{ tr.t(PlanK::CalendarPrivate) }</span>
            </label>
            if props.upcoming.is_empty() {
                <p class="hint">{ tr.t(PlanK::CalendarNothing) }</p>
            } else {
                <button type="button" class="btn primary wide" onclick={export_all}>
                    { tr.t(PlanK::CalendarAll) }
                </button>
                <p class="hint">{ tr.t(PlanK::CalendarHow) }</p>
            }
        </section>
    }
}
