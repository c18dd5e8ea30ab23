//! The support person's name and phone for this session, checked before they are kept.

use super::form_outcome::Outcome;
use super::text_field::{text_field, TextFieldProps};
use super::words::Holds;
use crate::domain::prepare::forms::{support_person, SupportField};
use crate::domain::prepare::next_session::Upcoming;
use crate::ui::components::announcer::use_announcer;
use crate::ui::data::use_data;
use crate::ui::i18n::{use_i18n, PrepareK as P};
use std::rc::Rc;
use yew::prelude::*;
use yew::props;

#[derive(Properties, PartialEq)]
pub struct SupportPersonFormProps {
    pub upcoming: Rc<Upcoming>,
}

fn field_id(field: SupportField) -> &'static str {
    match field {
        SupportField::Name => "support-name",
        SupportField::Phone => "support-phone",
    }
}

#[component]
pub fn SupportPersonForm(props: &SupportPersonFormProps) -> Html {
    let tr = use_i18n();
    let announce = use_announcer();
    let data = use_data();
    let name = use_state(|| props.upcoming.checklist.support_name.clone());
    let phone = use_state(|| props.upcoming.checklist.support_phone.clone());
    let outcome = use_state(|| Outcome::<SupportField>::Idle);
    let error_of = |field: SupportField, holds: Holds| outcome.error(tr, field, holds);
    let onsubmit = {
        let (name, phone, outcome) = (name.clone(), phone.clone(), outcome.clone());
        let appointment = props.upcoming.id.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match support_person(&name, &phone) {
                Ok((n, p)) => {
                    data.save_support_person(appointment.clone(), n, p);
                    outcome.set(Outcome::Saved.told(tr, &announce));
                }
                Err(errors) => outcome.set(Outcome::refused(errors, field_id).told(tr, &announce)),
            }
        })
    };
    let edit = |s: &UseStateHandle<String>| {
        let (s, outcome) = (s.clone(), outcome.clone());
        Callback::from(move |v: String| {
            s.set(v);
            if *outcome == Outcome::Saved {
                outcome.set(Outcome::Idle);
            }
        })
    };
    html! {
        <form class="support-form" {onsubmit} novalidate=true>
            { text_field(props!(TextFieldProps {
                id: field_id(SupportField::Name),
                label: tr.t(P::SupportName),
                value: (*name).clone(),
                autocomplete: "off",
                error: error_of(SupportField::Name, Holds::Name),
                on_input: edit(&name),
            })) }
            { text_field(props!(TextFieldProps {
                id: field_id(SupportField::Phone),
                kind: "tel",
                label: tr.t(P::SupportPhone),
                value: (*phone).clone(),
                autocomplete: "off",
                inputmode: "tel",
                error: error_of(SupportField::Phone, Holds::Phone),
                on_input: edit(&phone),
            })) }
            <div class="row wrap">
                <button type="submit" class="btn">{ tr.t(P::SupportSave) }</button>
                <p class={classes!("status", outcome.is_invalid().then_some("error"))}>
                    { outcome.status(tr) }
                </p>
            </div>
        </form>
    }
}
