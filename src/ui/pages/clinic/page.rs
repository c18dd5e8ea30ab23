//! `/settings/clinic` ("For clinics"): a clinic fills in its instructions and gets a link, with
//! a printable QR code, that carries them in the fragment. The form lives in this page's state
//! only: nothing here touches the settings on this phone.

use super::words::{field_error, schedule_name};
use crate::domain::clinic::link::{encode, SchedulePreset};
use crate::domain::clinic::rules::Field;
use crate::domain::clinic::setup::SetupForm;
use crate::domain::core::model::DoseRoute;
use crate::domain::prepare::preparation::{BuiltinItem, ItemKey};
use crate::platform::{dom, sw::base_path};
use crate::ui::components::qr_code::QrCode;
use crate::ui::forms::value_of;
use crate::ui::i18n::{use_i18n, ClinicK as C, PrepareK as P, K};
use crate::ui::pages::prepare::text_field::{text_field, TextFieldProps};
use crate::ui::pages::prepare::words::{item_short, route};
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew::props;

const LINK_ID: &str = "clinic-link";

fn route_value(r: Option<DoseRoute>) -> &'static str {
    match r {
        None => "",
        Some(DoseRoute::Iv) => "iv",
        Some(DoseRoute::Im) => "im",
        Some(DoseRoute::Intranasal) => "intranasal",
    }
}

fn schedule_value(s: Option<SchedulePreset>) -> &'static str {
    match s {
        None => "",
        Some(SchedulePreset::IvCourse) => "iv",
        Some(SchedulePreset::EsketamineInduction) => "esketamine",
    }
}

/// The app's address (respecting a sub-path) with the setup in the fragment.
fn app_url(fragment: &str) -> String {
    let origin = dom::origin();
    format!("{origin}{}#{fragment}", base_path())
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CopyState {
    Idle,
    Copied,
    Selected,
}

#[component]
pub fn ClinicPage() -> Html {
    let tr = use_i18n();
    let form = use_state(SetupForm::default);
    let copy = use_state(|| CopyState::Idle);
    let checked = form.check();
    let errors: &[Field] = checked.as_ref().err().map_or(&[], Vec::as_slice);
    let error_of = |f: Field| {
        errors
            .contains(&f)
            .then(|| AttrValue::from(field_error(tr, f)))
    };
    let link = checked
        .as_ref()
        .ok()
        .and_then(|s| encode(s).ok())
        .map(|fragment| app_url(&fragment));
    let clinic_name = form.clinic_name.trim().to_string();

    let set = |f: fn(&mut SetupForm, String)| {
        let (form, copy) = (form.clone(), copy.clone());
        Callback::from(move |v: String| {
            let mut next = (*form).clone();
            f(&mut next, v);
            form.set(next);
            copy.set(CopyState::Idle);
        })
    };
    let on_area = |f: fn(&mut SetupForm, String)| {
        let set = set(f);
        Callback::from(move |e: InputEvent| set.emit(value_of(&e)))
    };
    let on_select = |f: fn(&mut SetupForm, String)| {
        let set = set(f);
        Callback::from(move |e: Event| set.emit(value_of(&e)))
    };
    let hide_toggle = |item: BuiltinItem| {
        let (form, copy) = (form.clone(), copy.clone());
        Callback::from(move |e: Event| {
            let hide = e.target_unchecked_into::<HtmlInputElement>().checked();
            let mut next = (*form).clone();
            next.hidden_items.retain(|k| k != item.key());
            if hide {
                next.hidden_items.push(item.key().to_string());
            }
            form.set(next);
            copy.set(CopyState::Idle);
        })
    };
    let on_copy = {
        let (copy, link) = (copy.clone(), link.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(link) = link.clone() else { return };
            let copy = copy.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if dom::copy_text(&link).await {
                    copy.set(CopyState::Copied);
                } else {
                    dom::select_id(LINK_ID);
                    copy.set(CopyState::Selected);
                }
            });
        })
    };
    let print = Callback::from(|_: MouseEvent| {
        let _ = dom::print();
    });
    let area = |id: &'static str,
                label: C,
                hint: C,
                value: &str,
                field: Field,
                rows: &'static str,
                f: fn(&mut SetupForm, String)| {
        let error = error_of(field);
        let described = match &error {
            Some(_) => format!("{id}-hint {id}-error"),
            None => format!("{id}-hint"),
        };
        html! {
            <div class="field">
                <label for={id}>{ tr.t(label) }</label>
                <p class="hint" id={format!("{id}-hint")}>{ tr.t(hint) }</p>
                <textarea id={id} rows={rows} value={value.to_string()}
                    aria-invalid={error.as_ref().map(|_| "true")} aria-describedby={described}
                    oninput={on_area(f)} />
                if let Some(e) = error { <p class="error" id={format!("{id}-error")}>{ e }</p> }
            </div>
        }
    };
    let blank_keeps = AttrValue::from(tr.t(C::BlankKeeps));
    html! {
        <section class="page clinic-page">
            <h1>{ tr.t(C::PageTitle) }</h1>
            <div class="no-print">
                <p>{ tr.t(C::PageIntro) }</p>
                <p class="notice">{ tr.t(C::PageNotSaved) }</p>
            </div>
            <form class="card no-print" novalidate=true onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <h2>{ tr.t(C::SectionContact) }</h2>
                { text_field(props!(TextFieldProps {
                    id: "cl-name",
                    label: tr.t(C::ClinicName),
                    value: form.clinic_name.clone(),
                    hint: blank_keeps.clone(),
                    error: error_of(Field::ClinicName),
                    on_input: set(|f, v| f.clinic_name = v),
                })) }
                { text_field(props!(TextFieldProps {
                    id: "cl-phone",
                    kind: "tel",
                    label: tr.t(C::ClinicPhone),
                    value: form.clinic_phone.clone(),
                    hint: blank_keeps,
                    error: error_of(Field::ClinicPhone),
                    on_input: set(|f, v| f.clinic_phone = v),
                })) }
                <p class="hint clinic-page__emergency">{ tr.t(C::EmergencyNotInLink) }</p>

                <h2>{ tr.t(C::SectionRules) }</h2>
                { text_field(props!(TextFieldProps {
                    id: "cl-solid",
                    label: tr.t(C::FastingSolid),
                    value: form.fasting_solid_hours.clone(),
                    inputmode: "decimal",
                    hint: tr.t(C::FastingHint),
                    error: error_of(Field::FastingSolid),
                    on_input: set(|f, v| f.fasting_solid_hours = v),
                })) }
                { text_field(props!(TextFieldProps {
                    id: "cl-clear",
                    label: tr.t(C::FastingClear),
                    value: form.fasting_clear_hours.clone(),
                    inputmode: "decimal",
                    error: error_of(Field::FastingClear),
                    on_input: set(|f, v| f.fasting_clear_hours = v),
                })) }
                { text_field(props!(TextFieldProps {
                    id: "cl-alcohol-before",
                    label: tr.t(C::AlcoholBefore),
                    value: form.no_alcohol_before_hours.clone(),
                    inputmode: "numeric",
                    error: error_of(Field::AlcoholBefore),
                    on_input: set(|f, v| f.no_alcohol_before_hours = v),
                })) }
                { text_field(props!(TextFieldProps {
                    id: "cl-alcohol-after",
                    label: tr.t(C::AlcoholAfter),
                    value: form.no_alcohol_after_hours.clone(),
                    inputmode: "numeric",
                    error: error_of(Field::AlcoholAfter),
                    on_input: set(|f, v| f.no_alcohol_after_hours = v),
                })) }
                <div class="field">
                    <label for="cl-route">{ tr.t(C::Route) }</label>
                    <select id="cl-route" onchange={on_select(|f, v| {
                        f.route = DoseRoute::ALL.into_iter().find(|r| route_value(Some(*r)) == v);
                    })}>
                        { for std::iter::once(None).chain(DoseRoute::ALL.into_iter().map(Some)).map(|r| html! {
                            <option value={route_value(r)} selected={form.route == r}>{ match r {
                                None => tr.t(C::NotSet),
                                Some(_) => tr.t(route(r)),
                            } }</option>
                        }) }
                    </select>
                </div>
                { text_field(props!(TextFieldProps {
                    id: "cl-arrival",
                    label: tr.t(C::Arrival),
                    value: form.arrival_minutes.clone(),
                    inputmode: "numeric",
                    error: error_of(Field::Arrival),
                    on_input: set(|f, v| f.arrival_minutes = v),
                })) }

                <h2>{ tr.t(C::SectionChecklist) }</h2>
                { area("cl-extra", C::ExtraItems, C::ExtraHint, &form.extra_items, Field::ExtraItems, "4", |f, v| f.extra_items = v) }
                <fieldset class="plain">
                    <legend>{ tr.t(C::HiddenLegend) }</legend>
                    { for BuiltinItem::ALL.into_iter().filter(|b| b.can_hide()).map(|b| {
                        let id = format!("cl-hide-{}", b.key());
                        let name = item_short(tr, &ItemKey::Builtin(b));
                        html! {
                            <label class="check" for={id.clone()}>
                                <input type="checkbox" id={id}
                                    checked={form.hidden_items.iter().any(|k| k == b.key())}
                                    onchange={hide_toggle(b)} />
                                <span>{ tr.f(P::HideItem, &[("item", &name)]) }</span>
                            </label>
                        }
                    }) }
                    if let Some(e) = error_of(Field::HiddenItems) { <p class="error">{ e }</p> }
                </fieldset>

                <h2>{ tr.t(C::SectionFollowUp) }</h2>
                <div class="field">
                    <label for="cl-schedule">{ tr.t(C::Schedule) }</label>
                    <select id="cl-schedule" onchange={on_select(|f, v| {
                        f.schedule = SchedulePreset::ALL.into_iter().find(|s| schedule_value(Some(*s)) == v);
                    })}>
                        { for std::iter::once(None).chain(SchedulePreset::ALL.into_iter().map(Some)).map(|s| html! {
                            <option value={schedule_value(s)} selected={form.schedule == s}>{ tr.t(schedule_name(s)) }</option>
                        }) }
                    </select>
                </div>
                { text_field(props!(TextFieldProps {
                    id: "cl-days-course",
                    label: tr.t(C::DaysCourse),
                    value: form.questionnaire_days_course.clone(),
                    inputmode: "numeric",
                    error: error_of(Field::QuestionnaireCourse),
                    on_input: set(|f, v| f.questionnaire_days_course = v),
                })) }
                { text_field(props!(TextFieldProps {
                    id: "cl-days-maintenance",
                    label: tr.t(C::DaysMaintenance),
                    value: form.questionnaire_days_maintenance.clone(),
                    inputmode: "numeric",
                    error: error_of(Field::QuestionnaireMaintenance),
                    on_input: set(|f, v| f.questionnaire_days_maintenance = v),
                })) }
                { area("cl-note", C::Note, C::NoteHint, &form.note, Field::Note, "3", |f, v| f.note = v) }
            </form>

            <div role="status" class="no-print">
                if !errors.is_empty() { <p class="danger-note">{ tr.t(C::FixFields) }</p> }
            </div>
            if let Some(link) = link {
                <section class="card no-print" aria-labelledby="clinic-link-title">
                    <h2 id="clinic-link-title">{ tr.t(C::LinkHeading) }</h2>
                    <div class="field">
                        <label for={LINK_ID}>{ tr.t(C::LinkLabel) }</label>
                        <textarea id={LINK_ID} class="url" rows="4" readonly=true value={link.clone()}
                            aria-describedby="clinic-link-length" />
                        <p class="hint" id="clinic-link-length">{ tr.f(C::LinkLength, &[("count", &link.chars().count().to_string())]) }</p>
                    </div>
                    <div class="row wrap">
                        <button type="button" class="btn primary" onclick={on_copy}>{ tr.t(C::Copy) }</button>
                        <button type="button" class="btn" onclick={print}>{ tr.t(K::Print) }</button>
                    </div>
                    <p role="status" class="status">{ match *copy {
                        CopyState::Idle => "",
                        CopyState::Copied => tr.t(C::Copied),
                        CopyState::Selected => tr.t(C::CopySelected),
                    } }</p>
                </section>
                <article class="card clinic-card" aria-labelledby="clinic-card-title">
                    <h2 id="clinic-card-title">{ if clinic_name.is_empty() {
                        tr.t(C::PrintHeading).to_string()
                    } else {
                        tr.f(C::PrintHeadingNamed, &[("name", &clinic_name)])
                    } }</h2>
                    if crate::domain::core::qr::encode(&link).is_some() {
                        <QrCode text={AttrValue::from(link.clone())} label={tr.t(C::QrLabel)} />
                    } else {
                        <p class="danger-note">{ tr.t(C::TooLongForQr) }</p>
                    }
                    <p>{ tr.t(C::PrintInstruction) }</p>
                </article>
            }
        </section>
    }
}
