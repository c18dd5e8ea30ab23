//! `/prepare/clinic-rules`: the clinic's instructions on a screen of their own, opened from the
//! summary on Prepare.

use super::clinic_rules::ClinicRulesCard;
use crate::ui::i18n::{use_i18n, PrepareK as P};
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[component]
pub fn ClinicRulesPage() -> Html {
    let tr = use_i18n();
    html! {
        <section class="page prepare">
            <h1>{ tr.t(P::ClinicHeading) }</h1>
            <ClinicRulesCard />
            <p><Link<Route> to={Route::Prepare} classes="btn wide">{ tr.t(P::BackToChecklist) }</Link<Route>></p>
        </section>
    }
}
