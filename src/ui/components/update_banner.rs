//! "Update ready": shown, without blocking anything, when a new version has installed.

use crate::platform::console;
use crate::platform::sw::{self, Updater};
use crate::ui::i18n::{use_i18n, K};
use yew::prelude::*;

#[component]
pub fn UpdateBanner() -> Html {
    let tr = use_i18n();
    let waiting = use_state(|| None::<Updater>);
    {
        let waiting = waiting.clone();
        use_effect_with((), move |_| {
            // Registered only in release builds so development never serves stale files.
            if !cfg!(debug_assertions) {
                let setter = waiting.setter();
                if let Err(e) = sw::register(Box::new(move |u| setter.set(Some(u)))) {
                    console::warn(&e.0);
                }
            }
        });
    }
    let Some(updater) = (*waiting).clone() else {
        return html! {};
    };
    let apply = Callback::from(move |_: MouseEvent| {
        if let Err(e) = updater.apply() {
            console::warn(&e.0);
        }
    });
    html! {
        <div class="banner info" role="status">
            <span>{ tr.t(K::UpdateReady) }</span>
            <button type="button" class="btn small" onclick={apply}>{ tr.t(K::UpdateReload) }</button>
        </div>
    }
}
