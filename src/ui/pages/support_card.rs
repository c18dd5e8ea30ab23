//! A shareable card for the support person: printable, with a link and QR code to the guide.
//! It carries no patient data unless the patient ticks it (a first name, the clinic's phone).

use crate::domain::support::link::SharedCard;
use crate::platform::sw::base_path;
use crate::ui::components::qr_code::QrCode;
use crate::ui::data::use_data;
use crate::ui::forms::{checked_of, value_of};
use crate::ui::i18n::{use_i18n, K};
use yew::prelude::*;

fn guide_url(fragment: &str) -> String {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
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
    let card = SharedCard {
        first_name: (*include_name).then(|| (*name).clone()),
        clinic_phone: (*include_clinic && has_clinic).then(|| settings.clinic_phone.clone()),
    };
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
                    { tr.t(K::CardIncludeClinic) }
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
                if let Some(p) = &card.clinic_phone {
                    <p>{ tr.f(K::CrisisClinic, &[("number", p)]) }</p>
                }
                <p>{ tr.t(K::SupportSuicideLine) }</p>
            </article>
            <button type="button" class="btn primary wide no-print" onclick={print}>{ tr.t(K::Print) }</button>
        </section>
    }
}
