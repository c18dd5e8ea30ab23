//! With no session planned: enter the next one's date and time (the Plan has more).

use super::text_field::TextField;
use super::words::{self, Holds};
use crate::domain::model::{Appointment, AppointmentKind};
use crate::domain::preparation_form::FieldError;
use crate::domain::prepare_forms::{session_start, SessionField};
use crate::platform::clock::{self, BrowserZone};
use crate::platform::dom;
use crate::ui::data::use_data;
use crate::ui::i18n::{use_i18n, PrepareK as P};
use crate::ui::routes::Route;
use yew::prelude::*;
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
    let data = use_data();
    let date = use_state(String::new);
    let time = use_state(String::new);
    let errors = use_state(Vec::<(SessionField, FieldError)>::new);
    let error_of = |field: SessionField, holds: Holds| -> Option<AttrValue> {
        errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, e)| words::field_error(tr, holds, *e).into())
    };
    let onsubmit = {
        let (date, time, errors) = (date.clone(), time.clone(), errors.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match session_start(&date, &time, clock::now(), &BrowserZone) {
                Ok(start) => {
                    errors.set(Vec::new());
                    data.add(Appointment {
                        kind: AppointmentKind::Ketamine,
                        date: start.date,
                        time: start.time,
                        minutes: DEFAULT_MINUTES,
                        place: String::new(),
                        notes: String::new(),
                    });
                }
                Err(found) => {
                    if let Some((field, _)) = found.first() {
                        dom::focus_id(field_id(*field));
                    }
                    errors.set(found);
                }
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
                <TextField id={field_id(SessionField::Date)} kind="date" label={tr.t(P::SessionDate)}
                    value={(*date).clone()} error={error_of(SessionField::Date, Holds::Date)}
                    on_input={set(&date)} />
                <TextField id={field_id(SessionField::Time)} kind="time" label={tr.t(P::SessionTime)}
                    value={(*time).clone()} error={error_of(SessionField::Time, Holds::Time)}
                    on_input={set(&time)} />
            </div>
            <p class="error" role="status">
                if !errors.is_empty() { { tr.t(P::NothingSaved) } }
            </p>
            <div class="row wrap">
                <button type="submit" class="btn primary">{ tr.t(P::AddSession) }</button>
                <Link<Route> to={Route::Plan} classes="btn ghost">{ tr.t(P::PlanLink) }</Link<Route>>
            </div>
        </form>
    }
}
