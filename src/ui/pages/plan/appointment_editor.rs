//! The form to add or change one appointment. It is saved whole or not at all.

use crate::domain::core::model::{Appointment, AppointmentKind};
use crate::domain::core::time::Date;
use crate::domain::plan::form::{AppointmentForm, Field};
use crate::platform::dom;
use crate::ui::forms::{bind, bind_change};
use crate::ui::i18n::plan::{field_error, kind_label};
use crate::ui::i18n::{use_i18n, PlanK, K};
use crate::ui::pages::plan::fields::{input, InputKind};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppointmentEditorProps {
    /// The appointment being changed; `None` adds a new one.
    pub editing: Option<Appointment>,
    pub today: Date,
    pub on_saved: Callback<Appointment>,
    pub on_cancel: Callback<()>,
}

#[component]
pub fn AppointmentEditor(props: &AppointmentEditorProps) -> Html {
    let tr = use_i18n();
    let form = {
        let (editing, today) = (props.editing.clone(), props.today);
        use_state(move || match &editing {
            Some(a) => AppointmentForm::of(a),
            None => AppointmentForm::new(today),
        })
    };
    // Errors show once the patient has tried to save, then follow each change.
    let tried = use_state(|| false);
    use_effect_with((), |_| dom::focus_id("ap-title"));
    let errors = if *tried {
        form.check().err().unwrap_or_default()
    } else {
        Vec::new()
    };
    let error_of = |field: Field| {
        errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(f, e)| field_error(tr, *f, *e))
    };
    let onsubmit = {
        let (form, tried, on_saved) = (form.clone(), tried.clone(), props.on_saved.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match form.check() {
                Ok(a) => on_saved.emit(a),
                Err(_) => tried.set(true),
            }
        })
    };
    let cancel = props.on_cancel.reform(|_: MouseEvent| ());
    let on_kind = bind_change(&form, |f, v| {
        if let Some(k) = v
            .parse::<usize>()
            .ok()
            .and_then(|i| AppointmentKind::ALL.get(i))
        {
            f.kind = *k;
        }
    });
    let title = if props.editing.is_some() {
        PlanK::EditAppointment
    } else {
        PlanK::AddAppointment
    };
    html! {
        <form class="card" onsubmit={onsubmit} novalidate=true aria-labelledby="ap-title">
            <h3 id="ap-title" tabindex="-1">{ tr.t(title) }</h3>
            if !errors.is_empty() {
                <p class="error" role="alert">{ tr.t(PlanK::FixFields) }</p>
            }
            <div class="field">
                <label for="ap-kind">{ tr.t(PlanK::FieldKind) }</label>
                <select id="ap-kind" onchange={on_kind}>
                    { for AppointmentKind::ALL.iter().enumerate().map(|(i, k)| html! {
                        <option value={i.to_string()} selected={*k == form.kind}>{ tr.t(kind_label(*k)) }</option>
                    }) }
                </select>
            </div>
            { input(tr, "ap-date", PlanK::FieldDate, InputKind::Date, &form.date, error_of(Field::Date), bind(&form, |f, v| f.date = v)) }
            { input(tr, "ap-time", PlanK::FieldTime, InputKind::Time, &form.time, error_of(Field::Time), bind(&form, |f, v| f.time = v)) }
            { input(tr, "ap-minutes", PlanK::FieldMinutes, InputKind::Number, &form.minutes, error_of(Field::Minutes), bind(&form, |f, v| f.minutes = v)) }
            { input(tr, "ap-place", PlanK::FieldPlace, InputKind::Text, &form.place, None, bind(&form, |f, v| f.place = v)) }
            <div class="field">
                <label for="ap-notes">{ tr.t(PlanK::FieldNotes) }</label>
                <textarea id="ap-notes" value={form.notes.clone()} oninput={bind(&form, |f, v| f.notes = v)} />
            </div>
            <div class="row wrap">
                <button type="submit" class="btn primary">{ tr.t(PlanK::SaveAppointment) }</button>
                <button type="button" class="btn ghost" onclick={cancel}>{ tr.t(K::Cancel) }</button>
            </div>
        </form>
    }
}
