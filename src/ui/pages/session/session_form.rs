//! "Record a session": saved whole once every field checks out, never half-way; what was
//! typed stays on screen with a message beside each field to fix.

use super::bp_fields::BpFields;
use super::described_by;
use super::words::{local, route_key, route_value, session_error};
use crate::domain::core::model::{DoseRoute, RecordId, Session};
use crate::domain::session::session_form::{validate_session, BpText, SessionField, SessionForm};
use crate::domain::today::to_record;
use crate::platform::clock::{self, BrowserZone};
use crate::ui::components::announcer::use_announcer;
use crate::ui::data::use_data;
use crate::ui::forms::value_of;
use crate::ui::i18n::{use_i18n, SessionK};
use yew::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Text {
    Date,
    Start,
    End,
    Dose,
    Notes,
    TakenHome,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reading {
    Before,
    At40,
    Leaving,
}

#[derive(Clone, PartialEq)]
struct FormState(SessionForm);

enum FormAction {
    Text { field: Text, value: String },
    Route { route: DoseRoute },
    Bp { reading: Reading, text: BpText },
    Reset { form: Box<SessionForm> },
}

impl Reducible for FormState {
    type Action = FormAction;
    fn reduce(self: std::rc::Rc<Self>, action: FormAction) -> std::rc::Rc<Self> {
        let mut f = self.0.clone();
        match action {
            FormAction::Text { field, value } => {
                *match field {
                    Text::Date => &mut f.date,
                    Text::Start => &mut f.start,
                    Text::End => &mut f.end,
                    Text::Dose => &mut f.dose,
                    Text::Notes => &mut f.notes,
                    Text::TakenHome => &mut f.taken_home_by,
                } = value
            }
            FormAction::Route { route } => f.route = route,
            FormAction::Bp { reading, text } => {
                *match reading {
                    Reading::Before => &mut f.bp_before,
                    Reading::At40 => &mut f.bp_40min,
                    Reading::Leaving => &mut f.bp_leaving,
                } = text
            }
            FormAction::Reset { form } => f = *form,
        }
        if f == self.0 {
            self
        } else {
            FormState(f).into()
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct RecordSessionProps {
    pub on_saved: Callback<RecordId>,
}

#[component]
pub fn RecordSession(props: &RecordSessionProps) -> Html {
    let tr = use_i18n();
    let announce = use_announcer();
    let data = use_data();
    let default_route = data.settings().route.unwrap_or_default();
    // A planned session that has started and has no record yet fills in its date and time.
    let planned = {
        let doc = data.doc();
        move || {
            let now = clock::now();
            match to_record(&doc, now, &BrowserZone) {
                Some((id, appointment)) => SessionForm::planned(id, &appointment, default_route),
                None => SessionForm::new(local(now).date, default_route),
            }
        }
    };
    let form = use_reducer_eq(|| FormState(planned()));
    let errors = use_state(Vec::<(SessionField, String)>::new);
    let error_of = |field| {
        errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| AttrValue::from(m.clone()))
    };
    let text = |field: Text| {
        let form = form.dispatcher();
        Callback::from(move |e: InputEvent| {
            form.dispatch(FormAction::Text {
                field,
                value: value_of(&e),
            })
        })
    };
    let bp = |reading: Reading| {
        let form = form.dispatcher();
        Callback::from(move |text| form.dispatch(FormAction::Bp { reading, text }))
    };
    let on_route = {
        let form = form.dispatcher();
        Callback::from(move |e: Event| {
            let v = value_of(&e);
            if let Some(route) = DoseRoute::ALL.into_iter().find(|r| route_value(*r) == v) {
                form.dispatch(FormAction::Route { route });
            }
        })
    };
    let onsubmit = {
        let (form, errors, data, tr) = (form.clone(), errors.clone(), data.clone(), tr);
        let on_saved = props.on_saved.clone();
        let announce = announce.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match validate_session(&form.0) {
                Ok(session) => {
                    let id = data.add::<Session>(session);
                    errors.set(Vec::new());
                    // The session just saved is no longer one to record: start empty.
                    let empty = SessionForm::new(local(clock::now()).date, default_route);
                    form.dispatch(FormAction::Reset {
                        form: Box::new(empty),
                    });
                    on_saved.emit(id);
                    announce.polite(tr.t(SessionK::SessionSaved));
                }
                Err(list) => {
                    errors.set(
                        list.into_iter()
                            .map(|(f, e)| (f, session_error(tr, e)))
                            .collect(),
                    );
                    announce.polite(tr.t(SessionK::FormHasErrors));
                }
            }
        })
    };
    let f = &form.0;
    let field = |id: &'static str,
                 label: SessionK,
                 kind: &'static str,
                 value: &str,
                 on: Text,
                 err: Option<SessionField>,
                 hint: Option<SessionK>| {
        let error = err.and_then(error_of);
        let (hint_id, err_id) = (format!("{id}-hint"), format!("{id}-err"));
        html! {
            <div class="field">
                <label for={id}>{ tr.t(label) }</label>
                if let Some(h) = hint { <p class="hint" id={hint_id.clone()}>{ tr.t(h) }</p> }
                <input {id} type={kind} value={value.to_string()} oninput={text(on)}
                    aria-invalid={error.as_ref().map(|_| "true")}
                    aria-describedby={described_by(hint.map(|_| hint_id.as_str()), error.as_ref().map(|_| err_id.as_str()))} />
                if let Some(e) = error { <p class="error" id={err_id}>{ e }</p> }
            </div>
        }
    };
    html! {
        <form class="card" onsubmit={onsubmit} novalidate=true aria-labelledby="record-title">
            <h2 id="record-title">{ tr.t(SessionK::RecordTitle) }</h2>
            <p class="hint">{ tr.t(SessionK::RecordHint) }</p>
            { field("s-date", SessionK::FieldDate, "date", &f.date, Text::Date, Some(SessionField::Date), None) }
            <div class="pair">
                { field("s-start", SessionK::FieldStart, "time", &f.start, Text::Start, Some(SessionField::Start), None) }
                { field("s-end", SessionK::FieldEnd, "time", &f.end, Text::End, Some(SessionField::End), Some(SessionK::FieldEndHint)) }
            </div>
            <div class="field">
                <label for="s-route">{ tr.t(SessionK::FieldRoute) }</label>
                <select id="s-route" onchange={on_route}>
                    { for DoseRoute::ALL.iter().map(|r| html! {
                        <option value={route_value(*r)} selected={*r == f.route}>{ tr.t(route_key(*r)) }</option>
                    }) }
                </select>
            </div>
            { field("s-dose", SessionK::FieldDose, "text", &f.dose, Text::Dose, None, Some(SessionK::FieldDoseHint)) }
            <div class="field">
                <label for="s-notes">{ tr.t(SessionK::FieldClinicNotes) }</label>
                <textarea id="s-notes" value={f.notes.clone()} oninput={text(Text::Notes)} />
            </div>
            <h3>{ tr.t(SessionK::BpTitle) }</h3>
            <p class="hint">{ tr.t(SessionK::BpHint) }</p>
            <BpFields id="s-bp-before" legend={tr.t(SessionK::BpBefore)} value={f.bp_before.clone()}
                error={error_of(SessionField::BpBefore)} on_input={bp(Reading::Before)} />
            <BpFields id="s-bp-40" legend={tr.t(SessionK::Bp40)} value={f.bp_40min.clone()}
                error={error_of(SessionField::Bp40Min)} on_input={bp(Reading::At40)} />
            <BpFields id="s-bp-leaving" legend={tr.t(SessionK::BpLeaving)} value={f.bp_leaving.clone()}
                error={error_of(SessionField::BpLeaving)} on_input={bp(Reading::Leaving)} />
            { field("s-home", SessionK::FieldTakenHome, "text", &f.taken_home_by, Text::TakenHome, None, None) }
            <div>
                if !errors.is_empty() { <p class="error">{ tr.t(SessionK::FormHasErrors) }</p> }
            </div>
            <button type="submit" class="btn primary wide">{ tr.t(SessionK::SaveSession) }</button>
        </form>
    }
}
