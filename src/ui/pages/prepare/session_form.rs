//! With no session planned: enter the next one's date and time (the Plan has more).

use super::form_outcome::Outcome;
use super::text_field::{text_field, TextFieldProps};
use super::words::Holds;
use crate::domain::core::model::{Appointment, AppointmentKind};
use crate::domain::prepare::forms::{session_start, SessionField};
use crate::platform::clock::{self, BrowserZone};
use crate::ui::components::announcer::use_announcer;
use crate::ui::data::use_data;
use crate::ui::i18n::{use_i18n, PrepareK as P};
use crate::ui::routes::Route;
use yew::prelude::*;
use yew::props;
use yew_router::prelude::*;

/// A session added here is a course session of an hour; the Plan can change both.
const DEFAULT_MINUTES: u16 = 60;

fn field_id(field: SessionField) -> &'static str {
    match field {
        SessionField::Date => "next-session-date",
        SessionField::Time => "next-session-time",
    }
}

#[component]
pub fn NewSessionForm() -> Html {
    let tr = use_i18n();
    let announce = use_announcer();
    let data = use_data();
    let date = use_state(String::new);
    let time = use_state(String::new);
    let outcome = use_state(|| Outcome::<SessionField>::Idle);
    let error_of = |field: SessionField, holds: Holds| outcome.error(tr, field, holds);
    let onsubmit = {
        let (date, time, outcome) = (date.clone(), time.clone(), outcome.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match session_start(&date, &time, clock::now(), &BrowserZone) {
                Ok(start) => {
                    outcome.set(Outcome::Saved.told(tr, &announce));
                    data.add(Appointment {
                        kind: AppointmentKind::Ketamine,
                        date: start.date,
                        time: start.time,
                        minutes: DEFAULT_MINUTES,
                        place: String::new(),
                        notes: String::new(),
                    });
                }
                Err(errors) => outcome.set(Outcome::refused(errors, field_id).told(tr, &announce)),
            }
        })
    };
    let set = |s: &UseStateHandle<String>| {
        let s = s.clone();
        Callback::from(move |v: String| s.set(v))
    };
    html! {
        <form class="stack" {onsubmit} novalidate=true>
            <p>{ tr.t(P::NoSessionYet) }</p>
            <div class="row wrap session-fields">
                { text_field(props!(TextFieldProps {
                    id: field_id(SessionField::Date),
                    kind: "date",
                    label: tr.t(P::SessionDate),
                    value: (*date).clone(),
                    error: error_of(SessionField::Date, Holds::Date),
                    on_input: set(&date),
                })) }
                { text_field(props!(TextFieldProps {
                    id: field_id(SessionField::Time),
                    kind: "time",
                    label: tr.t(P::SessionTime),
                    value: (*time).clone(),
                    error: error_of(SessionField::Time, Holds::Time),
                    on_input: set(&time),
                })) }
            </div>
            <p class="error status">
                if outcome.is_invalid() { { outcome.status(tr) } }
            </p>
            <div class="row wrap">
                <button type="submit" class="btn primary">{ tr.t(P::AddSession) }</button>
                <Link<Route> to={Route::Plan} classes="btn ghost">{ tr.t(P::PlanLink) }</Link<Route>>
            </div>
        </form>
    }
}
