//! One blood-pressure reading: upper and lower numbers side by side, one message for both.

use super::{described_by, value_of};
use crate::domain::session::session_form::BpText;
use crate::ui::i18n::{use_i18n, SessionK};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BpFieldsProps {
    /// Prefix for the ids of the two inputs and the message.
    pub id: AttrValue,
    pub legend: AttrValue,
    pub value: BpText,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub on_input: Callback<BpText>,
    /// The reading was committed (the field lost focus): check it now.
    #[prop_or_default]
    pub on_commit: Callback<()>,
}

#[component]
pub fn BpFields(props: &BpFieldsProps) -> Html {
    let tr = use_i18n();
    let id = props.id.as_str();
    let (sys_id, dia_id) = (format!("{id}-sys"), format!("{id}-dia"));
    let (err_id, hint_id) = (format!("{id}-err"), format!("{id}-hint"));
    let oninput = |upper: bool| {
        let value = props.value.clone();
        let on_input = props.on_input.clone();
        Callback::from(move |e: InputEvent| {
            let mut next = value.clone();
            let v = value_of(&e);
            if upper {
                next.systolic = v;
            } else {
                next.diastolic = v;
            }
            on_input.emit(next);
        })
    };
    let onchange = props.on_commit.reform(|_: Event| ());
    let invalid = props.error.as_ref().map(|_| "true");
    let describedby = described_by(
        props.hint.as_ref().map(|_| hint_id.as_str()),
        props.error.as_ref().map(|_| err_id.as_str()),
    );
    html! {
        <fieldset class="bp-fields">
            <legend>{ props.legend.clone() }</legend>
            if let Some(hint) = &props.hint {
                <p class="hint" id={hint_id.clone()}>{ hint.clone() }</p>
            }
            <div class="bp-pair">
                <div class="field">
                    <label for={sys_id.clone()}>{ tr.t(SessionK::BpSystolic) }</label>
                    <input id={sys_id} type="text" inputmode="numeric" autocomplete="off"
                        value={props.value.systolic.clone()} aria-invalid={invalid}
                        aria-describedby={describedby.clone()}
                        oninput={oninput(true)} onchange={onchange.clone()} />
                </div>
                <div class="field">
                    <label for={dia_id.clone()}>{ tr.t(SessionK::BpDiastolic) }</label>
                    <input id={dia_id} type="text" inputmode="numeric" autocomplete="off"
                        value={props.value.diastolic.clone()} aria-invalid={invalid}
                        aria-describedby={describedby}
                        oninput={oninput(false)} onchange={onchange} />
                </div>
            </div>
            if let Some(error) = &props.error {
                <p class="error" id={err_id}>{ error.clone() }</p>
            }
        </fieldset>
    }
}
