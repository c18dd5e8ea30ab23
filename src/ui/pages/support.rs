//! The guide for the support person who takes the patient home, "who to call" first. Never
//! behind the lock; "hand-over" mode shows only this guide, in large print, with no other
//! patient data; opened from a shared card on the support person's phone it stands alone.

use crate::domain::safety::escalation::Situation;
use crate::ui::components::who_to_call::{shared_card, WhoToCall};
use crate::ui::data::use_data;
use crate::ui::hooks::use_hand_over;
use crate::ui::i18n::{use_i18n, EscK, LockK, Tr, K};
use crate::ui::lock::use_lock;
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
    let live = use_data().settings();
    let hand_over = use_hand_over();
    let lock = use_lock();
    let navigator = use_navigator();
    // Hand-over starts here: this tab stays in the guide, and the app locks (every tab) with
    // the settings kept in memory so the guide still shows the clinic and contacts.
    {
        let (ctx, lock, live) = (hand_over.clone(), lock.clone(), live.clone());
        use_effect_with(props.hand_over, move |&on| {
            if on {
                if !ctx.active {
                    ctx.set.emit(true);
                }
                if !lock.locked {
                    ctx.keep.emit(live);
                    if lock.enabled {
                        lock.lock_now();
                    }
                }
            }
        });
    }
    let asking = use_state(|| false);
    // Back or a link tried to leave the guide: ask whether to give the phone back.
    {
        let asking = asking.clone();
        use_effect_with(hand_over.leave_tries, move |&tries| {
            if tries > 0 {
                asking.set(true);
                crate::platform::dom::focus_id("give-back-question");
            }
        });
    }
    let give_back = {
        let (ctx, lock, navigator) = (hand_over.clone(), lock.clone(), navigator.clone());
        Callback::from(move |_: MouseEvent| {
            ctx.set.emit(false);
            if lock.enabled && !lock.locked {
                lock.lock_now();
            }
            if let Some(n) = &navigator {
                n.push(&Route::Today);
            }
        })
    };
    // With the lock on, finishing goes straight to the lock screen (the passphrase is the
    // question); without it, the guide asks first.
    let finish = if lock.enabled {
        give_back.clone()
    } else {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| {
            asking.set(true);
            crate::platform::dom::focus_id("give-back-question");
        })
    };
    let stay = {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(false))
    };
    let large = use_state(|| props.hand_over);
    let toggle_large = {
        let large = large.clone();
        Callback::from(move |_: Event| large.set(!*large))
    };
    // Opened from a shared card on the support person's own phone: the guide stands alone,
    // with only what the card carries (a first name, the clinic, the country's numbers).
    let shared = use_memo((), |_| shared_card(Some(&Route::Support)));
    let standalone = !props.hand_over && shared.is_some();
    let first_name = shared.as_ref().as_ref().and_then(|c| c.first_name.clone());
    // Every level the guide talks about: the emergency number first, then the crisis lines
    // and the clinic.
    let situations: Rc<[Situation]> = Rc::new([
        Situation::Emergency,
        Situation::CrisisLine,
        Situation::ClinicNow,
    ]);
    // Buttons, not `#` links: the address's fragment is the shared card.
    let go_to =
        |id: &'static str| Callback::from(move |_: MouseEvent| crate::platform::dom::focus_id(id));
    let (before, after) = SECTIONS.split_at(3);
    html! {
        <article class={classes!("page", "guide", large.then_some("large-print"))}>
            <h1>{ tr.t(K::SupportTitle) }</h1>
            if let Some(name) = &first_name {
                <p class="lead"><strong>{ tr.f(K::SupportHelping, &[("name", name)]) }</strong></p>
            }
            <section class="card guide-who" aria-labelledby="guide-who-title">
                <h2 id="guide-who-title" tabindex="-1">{ tr.t(EscK::GuideWhoTitle) }</h2>
                <p class="guide-who__lead">{ tr.t(EscK::GuideWhoLead) }</p>
                <WhoToCall {situations} for_helper={true} offer_settings={!props.hand_over && !standalone} />
                <button type="button" class="btn ghost" onclick={go_to("support-red-flags")}>{ tr.t(EscK::GuideRedFlagsLink) }</button>
            </section>
            <p class="lead">{ tr.t(K::SupportIntro) }</p>
            <div class="row wrap">
                <label class="switch">
                    <input type="checkbox" checked={*large} onchange={toggle_large} />
                    <span>{ tr.t(K::SupportLargeText) }</span>
                </label>
                if props.hand_over {
                    <button type="button" class="btn secondary" onclick={finish}>{ tr.t(K::SupportExitHandOver) }</button>
                } else if !standalone {
                    <Link<Route> to={Route::HandOver} classes="btn secondary">{ tr.t(K::SupportHandOver) }</Link<Route>>
                }
            </div>
            if props.hand_over && lock.enabled {
                <p class="hint">{ tr.t(LockK::HandOverLocked) }</p>
            }
            if props.hand_over && *asking {
                <section class="card hand-over-leave" aria-labelledby="give-back-question">
                    <h2 id="give-back-question" tabindex="-1">{ match &first_name {
                        Some(name) => tr.f(LockK::GiveBackTo, &[("name", name)]),
                        None => tr.t(LockK::GiveBackToPatient).to_string(),
                    } }</h2>
                    <p>{ tr.t(LockK::GiveBackExplain) }</p>
                    <div class="row wrap">
                        <button type="button" class="btn primary" onclick={give_back}>{ tr.t(LockK::GiveBackYes) }</button>
                        <button type="button" class="btn" onclick={stay}>{ tr.t(LockK::GiveBackStay) }</button>
                    </div>
                </section>
            }
            if !props.hand_over && !standalone {
                <p class="hint">{ tr.t(K::SupportHandOverHint) }</p>
                <p><Link<Route> to={Route::SupportCard} classes="btn ghost">{ tr.t(K::SupportCardLink) }</Link<Route>></p>
            }
            { for before.iter().map(|(t, items)| steps(tr, *t, items)) }
            <section class="card guide-step alert" aria-labelledby="support-red-flags">
                <h2 id="support-red-flags" tabindex="-1">{ tr.t(K::SupportRedFlagsTitle) }</h2>
                <p>{ tr.t(EscK::GuideEmergency) }</p>
                <p>{ tr.t(EscK::GuideCrisis) }</p>
                <p>{ tr.t(EscK::GuideClinic) }</p>
                <button type="button" class="btn ghost" onclick={go_to("guide-who-title")}>{ tr.t(EscK::GuideWhoTitle) }</button>
            </section>
            { for after.iter().map(|(t, items)| steps(tr, *t, items)) }
            <p class="hint">{ tr.t(K::SelfCheckNotice) }</p>
        </article>
    }
}
