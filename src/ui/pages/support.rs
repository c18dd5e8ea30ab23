//! The guide for the support person who takes the patient home. Never behind the lock;
//! "hand-over" mode shows only this guide, in large print, with no other patient data.

use crate::domain::safety::crisis;
use crate::domain::support::link::SharedCard;
use crate::ui::components::crisis_panel::ContactList;
use crate::ui::data::use_data;
use crate::ui::i18n::{use_i18n, Tr, K};
use crate::ui::routes::Route;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SupportProps {
    pub hand_over: bool,
}

pub(super) const SECTIONS: [(K, &[K]); 4] = [
    (
        K::SupportBeforeTitle,
        &[K::SupportBefore1, K::SupportBefore2, K::SupportBefore3],
    ),
    (K::SupportRideTitle, &[K::SupportRide1, K::SupportRide2]),
    (
        K::SupportFirstHoursTitle,
        &[
            K::SupportFirstHours1,
            K::SupportFirstHours2,
            K::SupportFirstHours3,
            K::SupportFirstHours4,
        ],
    ),
    (
        K::SupportNext24Title,
        &[K::SupportNext24a, K::SupportNext24b, K::SupportNext24c],
    ),
];

fn steps(tr: Tr, title: K, items: &[K]) -> Html {
    html! {
        <section class="card guide-step">
            <h2>{ tr.t(title) }</h2>
            <ol>{ for items.iter().map(|k| html! { <li>{ tr.t(*k) }</li> }) }</ol>
        </section>
    }
}

#[component]
pub fn Support(props: &SupportProps) -> Html {
    let tr = use_i18n();
    let settings = use_data().settings();
    let large = use_state(|| props.hand_over);
    let toggle_large = {
        let large = large.clone();
        Callback::from(move |_: Event| large.set(!*large))
    };
    // A card shared by the patient may carry their first name and clinic phone (ticked by them).
    let shared = use_memo((), |_| {
        SharedCard::from_fragment(&crate::platform::dom::fragment())
    });
    let mut settings = (*settings).clone();
    if settings.clinic_phone.trim().is_empty() {
        if let Some(p) = &shared.clinic_phone {
            settings.clinic_phone = p.clone();
        }
    }
    let settings = Rc::new(settings);
    let contacts: Rc<[crisis::Contact]> = crisis::contacts(&settings).into();
    let no_clinic = crisis::dial_string(&settings.clinic_phone).is_empty();
    let (before, after) = SECTIONS.split_at(3);
    html! {
        <article class={classes!("page", "guide", large.then_some("large-print"))}>
            <h1>{ tr.t(K::SupportTitle) }</h1>
            if let Some(name) = &shared.first_name {
                <p class="lead"><strong>{ tr.f(K::SupportHelping, &[("name", name)]) }</strong></p>
            }
            <p class="lead">{ tr.t(K::SupportIntro) }</p>
            <div class="row wrap">
                <label class="switch">
                    <input type="checkbox" checked={*large} onchange={toggle_large} />
                    <span>{ tr.t(K::SupportLargeText) }</span>
                </label>
                if props.hand_over {
                    <Link<Route> to={Route::Today} classes="btn secondary">{ tr.t(K::SupportExitHandOver) }</Link<Route>>
                } else {
                    <Link<Route> to={Route::HandOver} classes="btn secondary">{ tr.t(K::SupportHandOver) }</Link<Route>>
                }
            </div>
            if !props.hand_over {
                <p class="hint">{ tr.t(K::SupportHandOverHint) }</p>
                <p><Link<Route> to={Route::SupportCard} classes="btn ghost">{ tr.t(K::SupportCardLink) }</Link<Route>></p>
            }
            { for before.iter().map(|(t, items)| steps(tr, *t, items)) }
            <section class="card guide-step alert" aria-labelledby="support-red-flags">
                <h2 id="support-red-flags">{ tr.t(K::SupportRedFlagsTitle) }</h2>
                <p>{ tr.t(K::SupportEmergencyList) }</p>
                <p>{ tr.t(K::SupportClinicList) }</p>
                <p>{ tr.t(K::SupportSuicideLine) }</p>
                <h3>{ tr.t(K::SupportWhoToCall) }</h3>
                <ContactList contacts={contacts} settings={settings.clone()} />
                if no_clinic {
                    <p class="notice">
                        { tr.t(K::SupportNoClinic) }{ " " }
                        if !props.hand_over {
                            <Link<Route> to={Route::Settings}>{ tr.t(K::SupportAddClinic) }</Link<Route>>
                        }
                    </p>
                }
            </section>
            { for after.iter().map(|(t, items)| steps(tr, *t, items)) }
            <p class="hint">{ tr.t(K::SelfCheckNotice) }</p>
        </article>
    }
}
