//! Under a medicine: "Ask your prescriber before your session" and why, never more; on the
//! list, a medicine without a note says so plainly.

use super::words;
use crate::domain::prepare::medicines;
use crate::ui::i18n::{PrepareK as P, Tr};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MedicineFlagsProps {
    /// What the patient typed as the medicine's name.
    pub name: AttrValue,
    /// Say so when there is no note (on the saved list, not while typing).
    #[prop_or_default]
    pub say_none: bool,
}

/// A plain function, not a component: it has no state of its own and its parent re-renders
/// it with new values anyway; a component's fixed cost in the WebAssembly bought nothing.
pub fn medicine_flags(tr: Tr, props: MedicineFlagsProps) -> Html {
    let props = &props;
    let mut reasons = Vec::new();
    for flag in medicines::flags(&props.name) {
        let why = flag.class.why();
        if !reasons.contains(&why) {
            reasons.push(why);
        }
    }
    if reasons.is_empty() {
        return match props.say_none && !props.name.trim().is_empty() {
            true => html! { <p class="hint med-flag-none">{ tr.t(P::NoNoteForThis) }</p> },
            false => html! {},
        };
    }
    html! {
        <div class="notice med-flag">
            <p><strong>{ tr.t(P::AskPrescriber) }</strong></p>
            { for reasons.iter().map(|r| html! { <p>{ tr.t(words::reason(*r)) }</p> }) }
        </div>
    }
}
