//! The clinic's instructions in a few lines on Prepare, with "Edit" opening their own screen.

use crate::domain::core::model::Settings;
use crate::domain::prepare::preparation::fasting_rule_set;
use crate::ui::i18n::{number, ClinicK, PrepareK as P, Tr};
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

/// A plain function, not a component: it has no state of its own, and its callers already
/// re-render when the data changes; a component's fixed cost in the WebAssembly bought nothing.
pub fn clinic_summary_card(tr: Tr, s: &Settings) -> Html {
    let hours = |h: f32| number(tr, f64::from(h), 2);
    let mut lines: Vec<String> = Vec::new();
    if let Some(h) = s.fasting_solid_hours.filter(|h| *h > 0.0) {
        lines.push(tr.f(P::SummarySolid, &[("h", &hours(h))]));
    }
    if let Some(h) = s.fasting_clear_hours.filter(|h| *h > 0.0) {
        lines.push(tr.f(P::SummaryClear, &[("h", &hours(h))]));
    }
    if s.no_alcohol_before_hours > 0 || s.no_alcohol_after_hours > 0 {
        lines.push(tr.f(
            P::SummaryAlcohol,
            &[
                ("before", &s.no_alcohol_before_hours.to_string()),
                ("after", &s.no_alcohol_after_hours.to_string()),
            ],
        ));
    }
    if s.arrival_minutes_before > 0 {
        let m = s.arrival_minutes_before.to_string();
        lines.push(tr.f(P::SummaryArrive, &[("m", &m)]));
    }
    let name = s.clinic_name.trim();
    let note = s.clinic_note.trim();
    html! {
        <section class="card clinic-summary" aria-labelledby="clinic-summary-title">
            <div class="clinic-summary__head">
                <h2 id="clinic-summary-title">{ tr.t(P::ClinicHeading) }</h2>
                <Link<Route> to={Route::ClinicRules} classes="btn small clinic-summary__edit">
                    { tr.t(P::Edit) }
                    <span class="visually-hidden">{ format!(": {}", tr.t(P::ClinicHeading)) }</span>
                </Link<Route>>
            </div>
            if !name.is_empty() {
                <p class="clinic-from">{ tr.f(ClinicK::InstructionsFrom, &[("name", name)]) }</p>
            }
            if !fasting_rule_set(s) {
                <p class="notice">{ tr.t(P::FastingNotSet) }</p>
            }
            <ul class="clinic-summary__lines">
                { for lines.iter().map(|l| html! { <li>{ l }</li> }) }
            </ul>
            if !note.is_empty() {
                <blockquote class="clinic-summary__note">{ note }</blockquote>
            }
        </section>
    }
}
