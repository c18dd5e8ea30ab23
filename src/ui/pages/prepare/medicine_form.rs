//! Add or edit one medicine: name (needed), dose and when (optional).

use super::medicine_flags::{medicine_flags, MedicineFlagsProps};
use super::text_field::{text_field, TextFieldProps};
use crate::domain::core::model::Medicine;
use crate::platform::dom;
use crate::ui::i18n::{use_i18n, PrepareK as P, K};
use std::rc::Rc;
use yew::prelude::*;
use yew::props;

#[derive(Properties, PartialEq)]
pub struct MedicineFormProps {
    /// Makes the fields' ids unique on the page.
    pub id_prefix: AttrValue,
    /// The medicine being edited; empty when adding.
    #[prop_or_default]
    pub initial: Rc<Medicine>,
    pub submit_label: AttrValue,
    pub on_save: Callback<Medicine>,
    /// Only when editing; an add form clears itself after saving instead.
    #[prop_or_default]
    pub on_cancel: Option<Callback<()>>,
}

#[component]
pub fn MedicineForm(props: &MedicineFormProps) -> Html {
    let tr = use_i18n();
    let name = use_state(|| props.initial.name.clone());
    let dose = use_state(|| props.initial.dose.clone());
    let when = use_state(|| props.initial.when.clone());
    let name_error = use_state(|| false);
    let name_id = format!("{}-name", props.id_prefix);
    let onsubmit = {
        let (name, dose, when, name_error) =
            (name.clone(), dose.clone(), when.clone(), name_error.clone());
        let (on_save, adding, name_id) = (
            props.on_save.clone(),
            props.on_cancel.is_none(),
            name_id.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if name.trim().is_empty() {
                name_error.set(true);
                dom::focus_id(&name_id);
                return;
            }
            name_error.set(false);
            on_save.emit(Medicine {
                name: name.trim().to_string(),
                dose: dose.trim().to_string(),
                when: when.trim().to_string(),
            });
            if adding {
                name.set(String::new());
                dose.set(String::new());
                when.set(String::new());
            }
        })
    };
    let set = |s: &UseStateHandle<String>| {
        let s = s.clone();
        Callback::from(move |v: String| s.set(v))
    };
    let cancel = props
        .on_cancel
        .as_ref()
        .map(|c| c.reform(|_: MouseEvent| ()));
    html! {
        <form class="medicine-form" onsubmit={onsubmit} novalidate=true>
            { text_field(props!(TextFieldProps {
                id: name_id,
                label: tr.t(P::MedName),
                value: (*name).clone(),
                autocomplete: "off",
                error: name_error.then_some(AttrValue::Static(tr.t(P::ErrMedicineName))),
                on_input: set(&name),
            })) }
            { medicine_flags(tr, props!(MedicineFlagsProps { name: (*name).clone() })) }
            { text_field(props!(TextFieldProps {
                id: format!("{}-dose", props.id_prefix),
                label: tr.t(P::MedDose),
                value: (*dose).clone(),
                autocomplete: "off",
                on_input: set(&dose),
            })) }
            { text_field(props!(TextFieldProps {
                id: format!("{}-when", props.id_prefix),
                label: tr.t(P::MedWhen),
                value: (*when).clone(),
                autocomplete: "off",
                on_input: set(&when),
            })) }
            <div class="row wrap">
                <button type="submit" class="btn primary">{ props.submit_label.clone() }</button>
                if let Some(cancel) = cancel {
                    <button type="button" class="btn" onclick={cancel}>{ tr.t(K::Cancel) }</button>
                }
            </div>
        </form>
    }
}
