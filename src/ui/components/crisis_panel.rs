//! The "Get help now" panel: emergency, clinic and crisis lines as tap-to-call links.
//! Works before any setup, offline, and while the app is locked.

use crate::domain::core::model::Settings;
use crate::domain::safety::crisis::{self, Channel};
use crate::ui::components::icon::{Icon, IconName};
use crate::ui::i18n::{contact_label, use_i18n, K};
use crate::ui::routes::Route;
use std::rc::Rc;
use web_sys::HtmlDialogElement;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CrisisPanelProps {
    pub open: bool,
    pub settings: Rc<Settings>,
    pub on_close: Callback<()>,
}

#[component]
pub fn CrisisPanel(props: &CrisisPanelProps) -> Html {
    let tr = use_i18n();
    let dialog = use_modal(props.open);
    let close = props.on_close.reform(|_: MouseEvent| ());
    let on_dialog_close = props.on_close.reform(|_: Event| ());
    let settings = &props.settings;
    let contacts = crisis::contacts(settings);
    html! {
        <dialog ref={dialog} class="crisis" aria-labelledby="crisis-title" onclose={on_dialog_close}>
            <div class="crisis-head">
                <h2 id="crisis-title">{ tr.t(K::CrisisTitle) }</h2>
                <button type="button" class="btn ghost" onclick={close.clone()}>{ tr.t(K::Close) }</button>
            </div>
            <p class="crisis-lead"><strong>{ tr.t(K::CrisisNobodyWatches) }</strong></p>
            <p>{ tr.t(K::CrisisDanger) }</p>
            <ContactList contacts={Rc::<[crisis::Contact]>::from(contacts)} settings={settings.clone()} />
            if crisis::needs_numbers(settings) {
                <p class="notice">
                    { tr.t(K::CrisisAddNumbers) }{ " " }
                    <span onclick={close.clone()}>
                        <Link<Route> to={Route::Settings}>{ tr.t(K::CrisisAddNumbersLink) }</Link<Route>>
                    </span>
                </p>
            }
            <p onclick={close}>
                <Link<Route> to={Route::Support} classes="btn secondary wide">{ tr.t(K::CrisisSupportGuide) }</Link<Route>>
            </p>
        </dialog>
    }
}

/// A `<dialog>` shown as a modal while `open` is true (the page behind it inert) and closed
/// when it turns false; put the returned ref on the dialog.
#[hook]
pub fn use_modal(open: bool) -> NodeRef {
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with(open, move |open| {
            if let Some(d) = dialog.cast::<HtmlDialogElement>() {
                if *open && !d.open() {
                    let _ = d.show_modal();
                } else if !*open && d.open() {
                    d.close();
                }
            }
        });
    }
    dialog
}

#[derive(Properties, PartialEq)]
pub struct ContactListProps {
    pub contacts: Rc<[crisis::Contact]>,
    pub settings: Rc<Settings>,
}

/// Tap-to-call and tap-to-text links, one per contact.
#[component]
pub fn ContactList(props: &ContactListProps) -> Html {
    let tr = use_i18n();
    let settings = &props.settings;
    html! {
        <ul class="contacts">
            { for props.contacts.iter().map(|c| {
                let label = match c.kind {
                    crisis::ContactKind::Clinic if !settings.clinic_name.trim().is_empty() => tr.f(
                        K::CrisisClinicNamed,
                        &[("name", settings.clinic_name.trim()), ("number", &c.number)],
                    ),
                    _ => tr.f(contact_label(c, settings.country), &[("number", &c.number)]),
                };
                let (icon, class) = match (c.channel, c.kind) {
                    (_, crisis::ContactKind::Emergency) => (IconName::Phone, "contact urgent"),
                    (Channel::Call, _) => (IconName::Phone, "contact"),
                    (Channel::Text, _) => (IconName::Message, "contact"),
                };
                html! {
                    <li><a class={class} href={c.href()}><Icon name={icon} /><span>{ label }</span></a></li>
                }
            }) }
        </ul>
    }
}
