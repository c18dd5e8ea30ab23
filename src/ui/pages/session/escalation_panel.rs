//! What to do right now about a red flag: the level's contacts as tap-to-call links and the
//! plain fact that nobody watches the app. Shown at the top of the check-in the moment a
//! flag is ticked; the page moves focus here.

use super::words::flag_key;
use crate::domain::core::model::RedFlag;
use crate::domain::safety::escalation::{has_crisis_line, Situation};
use crate::domain::safety::red_flags::Escalation;
use crate::ui::components::announcer::use_announcer;
use crate::ui::components::who_to_call::{use_callers, WhoToCall};
use crate::ui::i18n::{use_i18n, EscK, SessionK};
use std::rc::Rc;
use yew::prelude::*;

/// The id focus moves to.
pub const ESCALATION_ID: &str = "escalation";

#[derive(Properties, PartialEq)]
pub struct EscalationPanelProps {
    pub level: Escalation,
    /// What the patient reported, for "Because you said".
    pub flags: Rc<[RedFlag]>,
    pub on_continue: Callback<()>,
}

#[component]
pub fn EscalationPanel(props: &EscalationPanelProps) -> Html {
    let tr = use_i18n();
    // Every level reported, so that several flags give the union at the highest level.
    let situations: Rc<[Situation]> = std::iter::once(props.level)
        .chain(props.flags.iter().map(|f| f.escalation()))
        .map(Situation::from)
        .collect();
    // A country without a crisis line of its own: nobody to send the patient to by that name.
    let line = has_crisis_line(use_callers().country);
    let (title, body) = match props.level {
        Escalation::Emergency => (
            tr.t(SessionK::EscEmergencyTitle),
            tr.t(SessionK::EscEmergencyBody),
        ),
        Escalation::CrisisLine if !line => (tr.t(EscK::NoLineTitle), tr.t(EscK::NoLineBody)),
        Escalation::CrisisLine => (
            tr.t(SessionK::EscCrisisTitle),
            tr.t(SessionK::EscCrisisBody),
        ),
        Escalation::CallClinicNow => (
            tr.t(SessionK::EscClinicTitle),
            tr.t(SessionK::EscClinicBody),
        ),
    };
    let on_continue = props.on_continue.reform(|_: MouseEvent| ());
    // Said at once, whatever the screen reader was reading: what to do and that nobody watches.
    // Again whenever the level changes (a worse flag ticked).
    {
        let announce = use_announcer();
        let words = format!("{} {}", title, tr.t(SessionK::EscNobody));
        use_effect_with(props.level, move |_| announce.assertive(words));
    }
    html! {
        <section id={ESCALATION_ID} class="card alert escalation" role="alertdialog" tabindex="-1"
            aria-labelledby="esc-title" aria-describedby="esc-nobody esc-body">
            <h2 id="esc-title">{ title }</h2>
            <p id="esc-nobody" class="crisis-lead"><strong>{ tr.t(SessionK::EscNobody) }</strong></p>
            <p id="esc-body">{ body }</p>
            <WhoToCall {situations} />
            if !props.flags.is_empty() {
                <p>{ tr.t(SessionK::EscBecause) }</p>
                <ul>{ for props.flags.iter().map(|f| html! { <li>{ tr.t(flag_key(*f)) }</li> }) }</ul>
            }
            <button type="button" class="btn secondary wide" onclick={on_continue}>{ tr.t(SessionK::EscContinue) }</button>
        </section>
    }
}
