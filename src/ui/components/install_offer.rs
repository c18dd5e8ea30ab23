//! "Install the app" on Today, at a sensible moment: once the patient has saved something,
//! never after "Not now", never when it already runs installed. The browser's own prompt
//! where there is one; the Share-menu steps on an iPhone or iPad.

use crate::domain::core::install::{
    install_offer, is_ios, saved_something, InstallFacts, InstallOffer,
};
use crate::platform::install;
use crate::ui::data::use_data;
use crate::ui::i18n::{use_i18n, ReachK};
use std::rc::Rc;
use yew::prelude::*;

#[component]
pub fn InstallOfferCard() -> Html {
    let tr = use_i18n();
    let data = use_data();
    // Re-render when the browser hands over (or takes back) its prompt.
    let ready = use_state(install::prompt_ready);
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            let r = ready.clone();
            install::watch(Some(Rc::new(move || r.set(install::prompt_ready()))));
            ready.set(install::prompt_ready());
            || install::watch(None)
        });
    }
    let settings = data.settings();
    let offer = install_offer(InstallFacts {
        standalone: install::standalone(),
        dismissed: settings.install_dismissed,
        saved_something: saved_something(&data.doc()),
        prompt_ready: *ready,
        ios: is_ios(&install::user_agent()),
    });
    let not_now = {
        let data = data.clone();
        Callback::from(move |_: MouseEvent| {
            let mut s = (*data.settings()).clone();
            s.install_dismissed = true;
            data.set_settings(s);
        })
    };
    let install_now = Callback::from(|_: MouseEvent| install::prompt());
    let buttons = |main: Html| {
        html! {
            <div class="row wrap">
                { main }
                <button type="button" class="btn ghost" onclick={not_now.clone()}>{ tr.t(ReachK::InstallNotNow) }</button>
            </div>
        }
    };
    match offer {
        InstallOffer::Hidden => html! {},
        InstallOffer::Prompt => html! {
            <section class="card install-offer" aria-labelledby="install-title">
                <h2 id="install-title">{ tr.t(ReachK::InstallTitle) }</h2>
                <p>{ tr.t(ReachK::InstallBody) }</p>
                { buttons(html! {
                    <button type="button" class="btn primary" onclick={install_now}>{ tr.t(ReachK::InstallButton) }</button>
                }) }
            </section>
        },
        InstallOffer::IosSteps => html! {
            <section class="card install-offer" aria-labelledby="install-title">
                <h2 id="install-title">{ tr.t(ReachK::InstallTitle) }</h2>
                <p>{ tr.t(ReachK::InstallBody) }</p>
                <p>{ tr.t(ReachK::InstallIosLead) }</p>
                <ol>
                    <li>{ tr.t(ReachK::InstallIosShare) }</li>
                    <li>{ tr.t(ReachK::InstallIosAdd) }</li>
                    <li>{ tr.t(ReachK::InstallIosConfirm) }</li>
                </ol>
                <p class="hint">{ tr.t(ReachK::InstallLater) }</p>
                { buttons(html! {}) }
            </section>
        },
    }
}
