//! Optional notices while the app is open: turned on only when the patient asks, and only
//! for a check-in that is due or an appointment about to start, in neutral words.

use crate::domain::plan::agenda::{due_now, Countdown};
use crate::domain::plan::due::DueItem;
use crate::platform::clock::BrowserZone;
use crate::platform::notify::{self, Permission};
use crate::ui::data::use_data;
use crate::ui::hooks::use_now;
use crate::ui::i18n::{use_i18n, PlanK, K};
use std::collections::BTreeSet;
use yew::prelude::*;

#[component]
pub fn NoticesCard() -> Html {
    let tr = use_i18n();
    let permission = use_state(notify::permission);
    let turn_on = {
        let permission = permission.clone();
        Callback::from(move |_: MouseEvent| {
            let permission = permission.clone();
            wasm_bindgen_futures::spawn_local(async move {
                permission.set(notify::request().await.unwrap_or(Permission::Unsupported));
            });
        })
    };
    html! {
        <section class="card" aria-labelledby="plan-notices">
            <h2 id="plan-notices">{ tr.t(PlanK::NotifyTitle) }</h2>
            <p class="hint">{ tr.t(PlanK::NotifyWhy) }</p>
            <div aria-live="polite">
                { match *permission {
                    Permission::Ask => html! {
                        <button type="button" class="btn" onclick={turn_on}>{ tr.t(PlanK::NotifyTurnOn) }</button>
                    },
                    Permission::Granted => html! { <p class="ok-note">{ tr.t(PlanK::NotifyOn) }</p> },
                    Permission::Denied => html! { <p>{ tr.t(PlanK::NotifyBlocked) }</p> },
                    Permission::Unsupported => html! { <p>{ tr.t(PlanK::NotifyUnsupported) }</p> },
                } }
            </div>
        </section>
    }
}

/// What deserves a notice, as a key that is the same on every check (so each shows once).
fn notice_key(item: &DueItem) -> Option<String> {
    match item {
        DueItem::CheckIn {
            session,
            slot,
            overdue: false,
            ..
        } => Some(format!("check-in:{}:{slot:?}", session.as_str())),
        _ => None,
    }
}

/// Watches what is due while the app is open and, when the page is out of sight, shows one
/// neutral notice for each newly due check-in or imminent appointment. Renders nothing.
#[component]
pub fn DueNotifier() -> Html {
    let tr = use_i18n();
    let data = use_data();
    let now = use_now(60_000);
    let shown = use_mut_ref(BTreeSet::<String>::new);
    let doc = data.doc();
    let last_backup = data.last_backup();
    use_effect_with(now, move |now| {
        if notify::permission() != Permission::Granted {
            return;
        }
        let due = due_now(&doc, last_backup, *now, &BrowserZone);
        // An appointment within the hour (its countdown is down to minutes).
        let soon = due
            .next
            .as_ref()
            .filter(|n| matches!(n.countdown, Countdown::Now | Countdown::Minutes(_)))
            .map(|n| format!("appointment:{}", n.id.as_str()));
        let fresh: Vec<String> = due
            .now
            .iter()
            .filter_map(notice_key)
            .chain(soon)
            .filter(|k| !shown.borrow().contains(k))
            .collect();
        if fresh.is_empty() {
            return;
        }
        shown.borrow_mut().extend(fresh);
        if notify::page_hidden() {
            wasm_bindgen_futures::spawn_local(async move {
                let _ = notify::show(
                    tr.t(K::AppNameDiscreet),
                    tr.t(PlanK::NotifyBody),
                    "companion-due",
                )
                .await;
            });
        }
    });
    html! {}
}
