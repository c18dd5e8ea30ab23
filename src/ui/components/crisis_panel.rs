//! The "Get help now" panel: everyone to call, from the escalation model.
//! Works before any setup, offline, and while the app is locked.

use crate::ui::components::who_to_call::{shared_card, WhoToCall};
use crate::ui::hooks::use_modal;
use crate::ui::i18n::{use_i18n, K};
use crate::ui::lock::use_lock;
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CrisisPanelProps {
    pub open: bool,
    pub on_close: Callback<()>,
}

#[component]
pub fn CrisisPanel(props: &CrisisPanelProps) -> Html {
    let tr = use_i18n();
    let dialog = use_modal(props.open);
    let close = props.on_close.reform(|_: MouseEvent| ());
    let on_dialog_close = props.on_close.reform(|_: Event| ());
    // On the support person's own phone the guide is already open, and stands alone.
    let shared = shared_card(use_route::<Route>().as_ref()).is_some();
    let locked = use_lock().locked;
    html! {
        <dialog ref={dialog} class="crisis" aria-labelledby="crisis-title" onclose={on_dialog_close}>
            <div class="crisis-head">
                <h2 id="crisis-title">{ tr.t(K::CrisisTitle) }</h2>
                <button type="button" class="btn ghost" onclick={close.clone()}>{ tr.t(K::Close) }</button>
            </div>
            <p class="crisis-lead"><strong>{ tr.t(K::CrisisNobodyWatches) }</strong></p>
            <p>{ tr.t(K::CrisisDanger) }</p>
            <WhoToCall offer_settings={!locked} on_leave={props.on_close.clone()} />
            if !shared {
                <p onclick={close}>
                    <Link<Route> to={Route::Support} classes="btn secondary wide">{ tr.t(K::CrisisSupportGuide) }</Link<Route>>
                </p>
            }
        </dialog>
    }
}
