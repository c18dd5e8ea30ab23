//! A shareable card for the support person: printable, with a link and QR code to the guide.
//! It carries the country and emergency number, and no patient data unless the patient ticks
//! it (a first name, the clinic's name and phone).

use crate::domain::safety::escalation::Situation;
use crate::domain::support::link::SharedCard;
use crate::platform::{dom, sw::base_path};
use crate::ui::components::qr_code::QrCode;
use crate::ui::components::who_to_call::{card_callers, WhoToCall};
use crate::ui::data::use_data;
use crate::ui::forms::{checked_of, value_of};
use crate::ui::i18n::{use_i18n, EscK, K};
use std::rc::Rc;
use yew::prelude::*;

fn guide_url(fragment: &str) -> String {
    let origin = dom::origin();
    let mut url = format!("{origin}{}support", base_path());
    if !fragment.is_empty() {
        url.push('#');
        url.push_str(fragment);
    }
    url
}

#[component]
pub fn SupportCard() -> Html {
    let tr = use_i18n();
    let settings = use_data().settings();
    let include_name = use_state(|| false);
    let name = use_state(String::new);
    let include_clinic = use_state(|| false);
    let has_clinic = !settings.clinic_phone.trim().is_empty();
    let with_clinic = *include_clinic && has_clinic;
    // The country and the emergency number always travel, so the support person's phone
    // lists the same people to call; the clinic only when ticked.
    let card = SharedCard {
        first_name: (*include_name).then(|| (*name).clone()),
        clinic_phone: with_clinic.then(|| settings.clinic_phone.trim().to_string()),
        clinic_name: with_clinic
            .then(|| settings.clinic_name.trim().to_string())
            .filter(|n| !n.is_empty()),
        country: Some(settings.country),
        emergency: Some(settings.emergency_number.trim().to_string()).filter(|e| !e.is_empty()),
    };
    let callers = card_callers(card.clone(), settings.country, tr);
    let situations: Rc<[Situation]> = Rc::new([
        Situation::Emergency,
        Situation::CrisisLine,
        Situation::ClinicNow,
    ]);
    let url = guide_url(&card.to_fragment());
    let toggle = |state: &UseStateHandle<bool>| {
        let state = state.clone();
        Callback::from(move |e: Event| state.set(checked_of(&e)))
    };
    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| name.set(value_of(&e)))
    };
    let print = Callback::from(|_: MouseEvent| {
        let _ = crate::platform::dom::print();
    });
    html! {
        <section class="page">
            <h1>{ tr.t(K::CardTitle) }</h1>
            <p class="no-print">{ tr.t(K::CardIntro) }</p>
            <fieldset class="card no-print">
                <legend>{ tr.t(K::CardInclude) }</legend>
                <label class="check">
                    <input type="checkbox" checked={*include_name} onchange={toggle(&include_name)} />
                    { tr.t(K::CardIncludeName) }
                </label>
                if *include_name {
                    <div class="field">
                        <label for="card-name">{ tr.t(K::CardFirstName) }</label>
                        <input id="card-name" type="text" maxlength="40" autocomplete="given-name" value={(*name).clone()} oninput={on_name} />
                    </div>
                }
                <label class="check">
                    <input type="checkbox" checked={*include_clinic} disabled={!has_clinic} onchange={toggle(&include_clinic)} />
                    { tr.t(EscK::CardIncludeClinic) }
                </label>
                if !has_clinic { <p class="hint">{ tr.t(K::CardNoClinic) }</p> }
            </fieldset>
            <article class="card support-card">
                <h2>{ tr.t(K::CardHeading) }</h2>
                if let Some(n) = card.first_name.as_deref().filter(|n| !n.trim().is_empty()) {
                    <p>{ tr.f(K::SupportHelping, &[("name", n.trim())]) }</p>
                }
                <p>{ tr.t(K::CardScan) }</p>
                <QrCode text={AttrValue::from(url.clone())} label={tr.t(K::CardQrLabel)} />
                <p>{ tr.t(K::CardOr) }<br /><span class="url">{ url.clone() }</span></p>
                <h3>{ tr.t(EscK::GuideWhoTitle) }</h3>
                <WhoToCall {situations} for_helper={true} offer_settings={false} callers={callers} />
            </article>
            <button type="button" class="btn primary wide no-print" onclick={print}>{ tr.t(K::Print) }</button>
        </section>
    }
}
