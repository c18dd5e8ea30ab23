//! The locked screen: nothing about the patient on it.

use super::unlock_message;
use crate::platform::vault::{self, UnlockError};
use crate::platform::{clock, dom, timer::Interval};
use crate::ui::forms::bind;
use crate::ui::i18n::{use_i18n, LockK as L, K};
use crate::ui::lock::use_lock;
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

/// Shown instead of every screen but help and the support guide while locked.
#[component]
pub fn LockScreen() -> Html {
    let tr = use_i18n();
    let lock = use_lock();
    let pass = use_state(String::new);
    let busy = use_state(|| false);
    let message = use_state(|| None::<String>);
    let wait = use_state(|| vault::wait_left(clock::now()));
    let forgot = use_state(|| false);
    let confirm = use_state(|| false);

    // Count a wait down so the patient sees when to try again.
    {
        let wait = wait.clone();
        use_effect_with(*wait > 0, move |waiting| {
            let ticker = waiting.then(|| {
                Interval::start(1_000, move || wait.set(vault::wait_left(clock::now()))).ok()
            });
            move || drop(ticker)
        });
    }
    use_effect_with((), |_| dom::focus_id("lock-pass"));

    let onsubmit = {
        let (pass, busy, message, wait, lock) = (
            pass.clone(),
            busy.clone(),
            message.clone(),
            wait.clone(),
            lock.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            if pass.is_empty() {
                message.set(Some(tr.t(L::EmptyPassphrase).into()));
                return;
            }
            busy.set(true);
            message.set(None);
            let (text, busy, message, wait, lock) = (
                (*pass).clone(),
                busy.clone(),
                message.clone(),
                wait.clone(),
                lock.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                let result = vault::unlock(&text, clock::now()).await;
                busy.set(false);
                match result {
                    Ok(()) | Err(UnlockError::NotLocked) => lock.changed.emit(()),
                    Err(e) => {
                        // What was typed stays, so a typo can be fixed rather than retyped.
                        wait.set(vault::wait_left(clock::now()));
                        message.set(Some(unlock_message(tr, e)));
                        dom::focus_id("lock-pass");
                    }
                }
            });
        })
    };
    let delete_all = {
        let lock = lock.clone();
        Callback::from(move |_: MouseEvent| {
            if vault::delete_everything().is_ok() {
                lock.changed.emit(());
            }
        })
    };
    let toggle = |state: &UseStateHandle<bool>, to: bool| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.set(to))
    };
    let waiting = *wait > 0;
    html! {
        <section class="page lock-screen" aria-labelledby="lock-title">
            <h1 id="lock-title">{ tr.t(K::AppNameDiscreet) }</h1>
            <form class="card" {onsubmit} novalidate=true>
                <h2>{ tr.t(L::LockedTitle) }</h2>
                <p>{ tr.t(L::LockedIntro) }</p>
                <div class="field">
                    <label for="lock-pass">{ tr.t(L::Passphrase) }</label>
                    <input id="lock-pass" type="password" autocomplete="current-password"
                        value={(*pass).clone()} oninput={bind(&pass, |p, v| *p = v)}
                        aria-describedby="lock-message" aria-invalid={message.is_some().to_string()} />
                </div>
                <div id="lock-message" role="alert">
                    if let Some(m) = &*message { <p class="danger-note">{ m }</p> }
                    if waiting && message.is_none() {
                        <p class="danger-note">{ tr.f(L::WaitBeforeTry, &[("seconds", &wait.to_string())]) }</p>
                    }
                </div>
                <div role="status">
                    if *busy { <p class="hint">{ tr.t(L::Unlocking) }</p> }
                </div>
                <button type="submit" class="btn primary wide" disabled={*busy || waiting}>{ tr.t(L::Unlock) }</button>
            </form>
            <section class="card">
                <p>{ tr.t(L::LockedHelp) }</p>
                <crate::ui::components::who_to_call::WhoToCall offer_settings={false} />
                <Link<Route> to={Route::Support} classes="btn secondary wide">{ tr.t(L::OpenGuide) }</Link<Route>>
            </section>
            <section class="card">
                if !*forgot {
                    <button type="button" class="btn ghost wide" onclick={toggle(&forgot, true)}>{ tr.t(L::Forgot) }</button>
                } else {
                    <h2>{ tr.t(L::Forgot) }</h2>
                    <p>{ tr.t(L::ForgotExplain) }</p>
                    if *confirm {
                        <p role="alert"><strong>{ tr.t(L::ForgotConfirm) }</strong></p>
                        <div class="row wrap">
                            <button type="button" class="btn danger" onclick={delete_all}>{ tr.t(L::ForgotYes) }</button>
                            <button type="button" class="btn" onclick={toggle(&confirm, false)}>{ tr.t(K::Cancel) }</button>
                        </div>
                    } else {
                        <button type="button" class="btn danger" onclick={toggle(&confirm, true)}>{ tr.t(L::ForgotStart) }</button>
                    }
                }
            </section>
        </section>
    }
}
