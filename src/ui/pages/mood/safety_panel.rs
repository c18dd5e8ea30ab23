//! The calm full-screen panel shown as soon as PHQ-9 item 9 is answered above "Not at all":
//! nobody watches the app, who to call or text, what to do right now. It closes only through
//! its "I have read this" button: Escape is refused and the backdrop does nothing.

use crate::domain::safety::escalation::Situation;
use crate::platform::dom;
use crate::ui::components::who_to_call::WhoToCall;
use crate::ui::hooks::use_modal;
use crate::ui::i18n::{use_i18n, MoodK};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SafetyPanelProps {
    pub open: bool,
    /// The patient pressed "I have read this".
    pub on_read: Callback<()>,
}

#[component]
pub fn SafetyPanel(props: &SafetyPanelProps) -> Html {
    let tr = use_i18n();
    let dialog = use_modal(props.open);
    // Escape asks to cancel: refuse, the panel must not be skipped by accident.
    let on_cancel = Callback::from(|e: Event| e.prevent_default());
    // A browser may still close it (repeated Escape): open it again until it has been read.
    let on_close = {
        let dialog = dialog.clone();
        let open = props.open;
        Callback::from(move |_: Event| {
            if open {
                if let Some(d) = dialog.get() {
                    dom::show_modal(&d);
                }
            }
        })
    };
    let read = props.on_read.reform(|_: MouseEvent| ());
    let situations: Rc<[Situation]> = Rc::new([Situation::CrisisLine]);
    html! {
        <dialog ref={dialog} class="crisis safety" role="alertdialog"
            aria-labelledby="safety-title" aria-describedby="safety-lead"
            oncancel={on_cancel} onclose={on_close}>
            <h2 id="safety-title" tabindex="-1" autofocus=true>{ tr.t(MoodK::SafetyTitle) }</h2>
            <p id="safety-lead">{ tr.t(MoodK::SafetyLead) }</p>
            <p class="crisis-lead"><strong>{ tr.t(MoodK::SafetyNobody) }</strong></p>
            <p>{ tr.t(MoodK::SafetyReachOut) }</p>
            // No link away from here: the panel closes only through "I have read this".
            <WhoToCall {situations} offer_settings={false} />
            <h3>{ tr.t(MoodK::SafetyStepsTitle) }</h3>
            <ol class="safety-steps">
                <li>{ tr.t(MoodK::SafetyStepDanger) }</li>
                <li>{ tr.t(MoodK::SafetyStepTalk) }</li>
                <li>{ tr.t(MoodK::SafetyStepNear) }</li>
                <li>{ tr.t(MoodK::SafetyStepKept) }</li>
            </ol>
            <button type="button" class="btn primary wide" onclick={read}>
                { tr.t(MoodK::SafetyAcknowledge) }
            </button>
        </dialog>
    }
}
