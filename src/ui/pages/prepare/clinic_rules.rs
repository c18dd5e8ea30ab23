//! "Your clinic's instructions": the numbers the checklist's times come from. Saved whole with
//! one button, or not at all; what was typed stays on an error.

use super::form_outcome::Outcome;
use super::text_field::{text_field, TextFieldProps};
use super::words::{self, Holds};
use crate::domain::clinic::rules::Field;
use crate::domain::clinic::rules_form::RulesForm;
use crate::domain::core::model::{DoseRoute, Settings};
use crate::domain::prepare::preparation::{BuiltinItem, ItemKey};
use crate::domain::prepare::preparation_form::FASTING_HELP;
use crate::ui::components::announcer::use_announcer;
use crate::ui::data::use_data;
use crate::ui::i18n::{number, use_i18n, ClinicK, PrepareK as P, Tr};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;
use yew::props;

pub const FIRST_FIELD_ID: &str = "rules-solid";

fn field_id(field: Field) -> &'static str {
    match field {
        Field::FastingClear => "rules-clear",
        Field::AlcoholBefore => "rules-alcohol-before",
        Field::AlcoholAfter => "rules-alcohol-after",
        Field::Arrival => "rules-arrival",
        _ => FIRST_FIELD_ID,
    }
}

fn route_value(r: Option<DoseRoute>) -> &'static str {
    match r {
        None => "",
        Some(DoseRoute::Iv) => "iv",
        Some(DoseRoute::Im) => "im",
        Some(DoseRoute::Intranasal) => "intranasal",
    }
}

/// The saved instructions as the form shows them: hours with the language's decimal mark.
fn form_of(tr: Tr, settings: &Settings) -> RulesForm {
    let mut form = RulesForm::from_settings(settings);
    let hours = |h: Option<f32>| h.map(|h| number(tr, f64::from(h), 2)).unwrap_or_default();
    form.fasting_solid_hours = hours(settings.fasting_solid_hours);
    form.fasting_clear_hours = hours(settings.fasting_clear_hours);
    form
}

#[component]
pub fn ClinicRulesCard() -> Html {
    let tr = use_i18n();
    let announce = use_announcer();
    let data = use_data();
    let settings = data.settings();
    let form = use_state(|| form_of(tr, &settings));
    let outcome = use_state(|| Outcome::<Field>::Idle);
    let new_extra = use_state(String::new);
    let dirty = *form != form_of(tr, &settings);

    let change = {
        let (form, outcome) = (form.clone(), outcome.clone());
        move |f: fn(&mut RulesForm, String)| {
            let (form, outcome) = (form.clone(), outcome.clone());
            Callback::from(move |v: String| {
                let mut next = (*form).clone();
                f(&mut next, v);
                form.set(next);
                if *outcome == Outcome::Saved {
                    outcome.set(Outcome::Idle);
                }
            })
        }
    };
    let error_of = |field: Field, holds: Holds| outcome.error(tr, field, holds);
    let onsubmit = {
        let (form, outcome, settings) = (form.clone(), outcome.clone(), settings.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match form.apply(&settings) {
                Ok(next) => {
                    form.set(form_of(tr, &next));
                    data.set_settings(next);
                    outcome.set(Outcome::Saved.told(tr, &announce));
                }
                Err(errors) => outcome.set(Outcome::refused(errors, field_id).told(tr, &announce)),
            }
        })
    };
    let add_extra = {
        let (form, new_extra) = (form.clone(), new_extra.clone());
        Callback::from(move |()| {
            let mut next = (*form).clone();
            if next.add_extra(&new_extra) {
                form.set(next);
            }
            new_extra.set(String::new());
        })
    };
    let remove_extra = |index: usize| {
        let form = form.clone();
        Callback::from(move |_: MouseEvent| {
            let mut next = (*form).clone();
            if index < next.extra_items.len() {
                next.extra_items.remove(index);
                form.set(next);
            }
        })
    };
    let on_route = {
        let form = form.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            let mut next = (*form).clone();
            next.route = DoseRoute::ALL
                .into_iter()
                .find(|r| route_value(Some(*r)) == value);
            form.set(next);
        })
    };
    let hide_toggle = |item: BuiltinItem| {
        let form = form.clone();
        Callback::from(move |e: Event| {
            let hide = e.target_unchecked_into::<HtmlInputElement>().checked();
            let mut next = (*form).clone();
            next.hidden_items.retain(|k| k != item.key());
            if hide {
                next.hidden_items.push(item.key().to_string());
            }
            form.set(next);
        })
    };
    let fasting_help = tr.f(
        P::FastingHelp,
        &[
            ("min", &number(tr, f64::from(FASTING_HELP.min_hours), 2)),
            ("max", &number(tr, f64::from(FASTING_HELP.max_hours), 2)),
            (
                "solid",
                &number(tr, f64::from(FASTING_HELP.example_solid_hours), 2),
            ),
            (
                "clear",
                &number(tr, f64::from(FASTING_HELP.example_clear_hours), 2),
            ),
        ],
    );
    let clinic_name = settings.clinic_name.trim();
    let clinic_note = settings.clinic_note.trim();
    let status = match &*outcome {
        Outcome::Idle if dirty => tr.t(P::UnsavedChanges),
        other => other.status(tr),
    };
    html! {
        <section class="card" aria-label={tr.t(P::ClinicHeading)}>
            if !clinic_name.is_empty() {
                <p class="clinic-from">{ tr.f(ClinicK::InstructionsFrom, &[("name", clinic_name)]) }</p>
            }
            if !clinic_note.is_empty() {
                <figure class="clinic-note">
                    <figcaption>{ if clinic_name.is_empty() {
                        tr.t(ClinicK::NoteFromClinic).to_string()
                    } else {
                        tr.f(ClinicK::NoteFrom, &[("name", clinic_name)])
                    } }</figcaption>
                    <blockquote>{ clinic_note }</blockquote>
                </figure>
            }
            <p><strong>{ tr.t(P::ClinicFirst) }</strong></p>
            <form {onsubmit} novalidate=true>
                { text_field(props!(TextFieldProps {
                    id: field_id(Field::FastingSolid),
                    label: tr.t(P::FastingSolidLabel),
                    value: form.fasting_solid_hours.clone(),
                    inputmode: "decimal",
                    hint: fasting_help,
                    error: error_of(Field::FastingSolid, Holds::Hours),
                    on_input: change(|f, v| f.fasting_solid_hours = v),
                })) }
                { text_field(props!(TextFieldProps {
                    id: field_id(Field::FastingClear),
                    label: tr.t(P::FastingClearLabel),
                    value: form.fasting_clear_hours.clone(),
                    inputmode: "decimal",
                    error: error_of(Field::FastingClear, Holds::Hours),
                    on_input: change(|f, v| f.fasting_clear_hours = v),
                })) }
                { text_field(props!(TextFieldProps {
                    id: field_id(Field::AlcoholBefore),
                    label: tr.t(P::NoAlcoholBeforeLabel),
                    value: form.no_alcohol_before_hours.clone(),
                    inputmode: "numeric",
                    hint: tr.t(P::NoAlcoholHelp),
                    error: error_of(Field::AlcoholBefore, Holds::WholeHours),
                    on_input: change(|f, v| f.no_alcohol_before_hours = v),
                })) }
                { text_field(props!(TextFieldProps {
                    id: field_id(Field::AlcoholAfter),
                    label: tr.t(P::NoAlcoholAfterLabel),
                    value: form.no_alcohol_after_hours.clone(),
                    inputmode: "numeric",
                    error: error_of(Field::AlcoholAfter, Holds::WholeHours),
                    on_input: change(|f, v| f.no_alcohol_after_hours = v),
                })) }
                <div class="field">
                    <label for="rules-route">{ tr.t(P::RouteLabel) }</label>
                    <select id="rules-route" onchange={on_route}>
                        { for std::iter::once(None).chain(DoseRoute::ALL.into_iter().map(Some)).map(|r| html! {
                            <option value={route_value(r)} selected={form.route == r}>{ tr.t(words::route(r)) }</option>
                        }) }
                    </select>
                </div>
                { text_field(props!(TextFieldProps {
                    id: field_id(Field::Arrival),
                    label: tr.t(P::ArrivalLabel),
                    value: form.arrival_minutes.clone(),
                    inputmode: "numeric",
                    error: error_of(Field::Arrival, Holds::WholeMinutes),
                    on_input: change(|f, v| f.arrival_minutes = v),
                })) }
                <fieldset class="plain">
                    <legend>{ tr.t(P::ExtraHeading) }</legend>
                    <ul class="extra-items">
                        { for form.extra_items.iter().enumerate().map(|(i, text)| html! {
                            <li class="row">
                                <span class="grow">{ text.clone() }</span>
                                <button type="button" class="btn small ghost" onclick={remove_extra(i)}
                                    aria-label={format!("{}: {text}", tr.t(P::ExtraRemove))}>
                                    { tr.t(P::ExtraRemove) }
                                </button>
                            </li>
                        }) }
                    </ul>
                    <div class="row extra-new">
                        { text_field(props!(TextFieldProps {
                            id: "rules-extra-new",
                            label: tr.t(P::ExtraNewLabel),
                            value: (*new_extra).clone(),
                            on_input: { let n = new_extra.clone(); Callback::from(move |v| n.set(v)) },
                            on_enter: add_extra.clone(),
                        })) }
                        <button type="button" class="btn" onclick={add_extra.reform(|_| ())}>{ tr.t(P::ExtraAdd) }</button>
                    </div>
                </fieldset>
                <fieldset class="plain">
                    <legend>{ tr.t(P::HideHeading) }</legend>
                    { for BuiltinItem::ALL.into_iter().filter(|b| b.can_hide()).map(|b| {
                        let id = format!("rules-hide-{}", b.key());
                        let name = words::item_short(tr, &ItemKey::Builtin(b));
                        html! {
                            <label class="check" for={id.clone()}>
                                <input type="checkbox" id={id}
                                    checked={form.hidden_items.iter().any(|k| k == b.key())}
                                    onchange={hide_toggle(b)} />
                                <span>{ tr.f(P::HideItem, &[("item", &name)]) }</span>
                            </label>
                        }
                    }) }
                </fieldset>
                <div class="row wrap">
                    <button type="submit" class="btn primary">{ tr.t(P::SaveInstructions) }</button>
                    <p class={classes!("status", outcome.is_invalid().then_some("error"))}>{ status }</p>
                </div>
            </form>
        </section>
    }
}
