//! The bar at the top of every screen: the app's (discreet) name, "Get help now", "Lock now"
//! when the lock is on, and Settings. The same component draws the first-visit screen that
//! arrives as static HTML (`ui/pages/first_visit.rs`), so the app takes over without a jump.

use crate::ui::components::icon::{icon, IconName};
use crate::ui::i18n::{use_i18n, LockK, K};
use crate::ui::lock::use_lock;
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TopBarProps {
    /// Hand-over mode: the name is not a link and there is no way to Settings or "Lock now".
    #[prop_or_default]
    pub hand_over: bool,
    /// The guide opened from a shared card on the support person's own phone: no Settings.
    #[prop_or_default]
    pub standalone: bool,
    /// "Get help now" was tapped.
    #[prop_or_default]
    pub on_help: Callback<MouseEvent>,
}

#[component]
pub fn TopBar(props: &TopBarProps) -> Html {
    let tr = use_i18n();
    let lock = use_lock();
    let hand_over = props.hand_over;
    let lock_now = {
        let lock = lock.clone();
        Callback::from(move |_: MouseEvent| lock.lock_now())
    };
    html! {
        <header class={classes!("top-bar", (lock.enabled && !lock.locked).then_some("with-lock"))}>
            if hand_over {
                <span class="brand">{ tr.t(K::AppNameDiscreet) }</span>
            } else {
                <Link<Route> to={Route::Today} classes="brand">{ tr.t(K::AppNameDiscreet) }</Link<Route>>
            }
            <button type="button" class="help-now" onclick={props.on_help.clone()}>
                { icon(IconName::Alert) }{ tr.t(K::GetHelpNow) }
            </button>
            if lock.enabled && !lock.locked && !hand_over {
                <button type="button" class="icon-link" onclick={lock_now}>
                    { icon(IconName::Lock) }
                    <span class="visually-hidden">{ tr.t(LockK::LockNow) }</span>
                </button>
            }
            if !hand_over && !props.standalone && !lock.locked {
                <Link<Route> to={Route::Settings} classes="top-bar__settings">
                    { icon(IconName::Settings) }
                    <span class="top-bar__settings-word" aria-hidden="true">{ tr.t(K::SettingsShort) }</span>
                    <span class="visually-hidden">{ tr.t(K::NavSettings) }</span>
                </Link<Route>>
            }
        </header>
    }
}
