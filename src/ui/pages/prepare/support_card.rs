//! The support person for the next session: a small card of its own on Prepare.

use super::support_person::SupportPersonForm;
use crate::domain::prepare::next_session::Upcoming;
use crate::ui::i18n::{PrepareK as P, Tr};
use std::rc::Rc;
use yew::prelude::*;

/// A plain function, not a component (it has no state of its own; the form inside has). The
/// key is the session's, so the form starts afresh when the next session changes, as it did
/// when the key was on this card's component.
pub fn support_card(tr: Tr, upcoming: &Rc<Upcoming>) -> Html {
    html! {
        <section key={format!("support-{}", upcoming.id.0)} class="card support-card" aria-labelledby="support-card-title">
            <h2 id="support-card-title">{ tr.t(P::SupportHeading) }</h2>
            <p class="hint">{ tr.t(P::SupportHint) }</p>
            <SupportPersonForm upcoming={upcoming.clone()} />
        </section>
    }
}
