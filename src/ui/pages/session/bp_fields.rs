//! One blood-pressure reading: upper and lower numbers side by side, one message for both.
//! A reading above the usual range can be real: it is kept once the patient confirms it.

use super::described_by;
use super::words::bp_text;
use crate::domain::safety::red_flags::{is_above_usual_range, BpError};
use crate::domain::session::session_form::{parse_bp, BpInputError, BpText};
use crate::platform::dom;
use crate::ui::forms::value_of;
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
            // New numbers need confirming again.
            next.confirmed_high = false;
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
    let parsed = parse_bp(&props.value);
    let to_confirm = match parsed {
        Err(BpInputError::Implausible(BpError::AboveUsualRange(bp))) => Some(bp),
        _ => None,
    };
    let kept_high = match parsed {
        Ok(Some(bp)) if is_above_usual_range(bp) => Some(bp),
        _ => None,
    };
    let kept_id = format!("{id}-kept");
    // Once confirmed, focus moves to what was kept (the button is gone).
    {
        let kept_id = kept_id.clone();
        let was = use_mut_ref(|| kept_high.is_some());
        use_effect_with(kept_high.is_some(), move |now| {
            if *now && !*was.borrow() {
                dom::focus_id(&kept_id);
            }
            *was.borrow_mut() = *now;
        });
    }
    let confirm = to_confirm.map(|bp| {
        let reading = bp_text(tr, bp);
        let (value, on_input, on_commit) = (
            props.value.clone(),
            props.on_input.clone(),
            props.on_commit.clone(),
        );
        let onclick = Callback::from(move |_: MouseEvent| {
            on_input.emit(value.confirmed());
            on_commit.emit(());
        });
        html! {
            <div class="bp-confirm" role="group" aria-labelledby={format!("{id}-ask")}>
                <p id={format!("{id}-ask")}><strong>{ tr.f(SessionK::BpHighAsk, &[("reading", &reading)]) }</strong></p>
                <p class="bp-confirm__hint">{ tr.t(SessionK::BpHighHint) }</p>
                <button type="button" class="btn bp-confirm__yes" {onclick}>
                    { tr.f(SessionK::BpHighYes, &[("reading", &reading)]) }
                </button>
            </div>
        }
    });
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
            { for confirm }
            if let Some(bp) = kept_high {
                <p class="bp-confirm__kept" id={kept_id} tabindex="-1">
                    { tr.f(SessionK::BpHighKept, &[("reading", &bp_text(tr, bp))]) }
                </p>
            }
        </fieldset>
    }
}
