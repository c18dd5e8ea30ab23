//! The support person for the next session: a small card of its own on Prepare.

use super::support_person::SupportPersonForm;
use crate::domain::prepare::next_session::Upcoming;
use crate::ui::i18n::{use_i18n, PrepareK as P};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SupportCardProps {
    pub upcoming: Rc<Upcoming>,
}

#[component]
pub fn SupportCard(props: &SupportCardProps) -> Html {
    let tr = use_i18n();
    html! {
        <section class="card support-card" aria-labelledby="support-card-title">
            <h2 id="support-card-title">{ tr.t(P::SupportHeading) }</h2>
            <p class="hint">{ tr.t(P::SupportHint) }</p>
            <SupportPersonForm upcoming={props.upcoming.clone()} />
        </section>
    }
}
