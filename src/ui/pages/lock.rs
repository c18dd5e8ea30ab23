//! The privacy lock: the locked screen (nothing about the patient on it) and its settings.

use crate::platform::vault::{self, EnableError, UnlockError};
use crate::platform::{clock, crypto, dom, timer::Interval};
use crate::store::vault::{
    check_new_passphrase, passphrase_strength, EnvelopeError, LockHint, PassphraseProblem, Strength,
};
use crate::store::BackendError;
use crate::ui::data::use_data;
use crate::ui::forms::{bind, checked_of, value_of};
use crate::ui::i18n::{use_i18n, LockK as L, Tr, K};
use crate::ui::lock::use_lock;
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

fn unlock_message(tr: Tr, e: UnlockError) -> String {
    match e {
        UnlockError::Wrong { wait: 0 } => tr.t(L::WrongPassphrase).into(),
        UnlockError::Wrong { wait } | UnlockError::Wait { seconds: wait } => {
            let wrong = matches!(e, UnlockError::Wrong { .. });
            let waiting = tr.f(L::WaitBeforeTry, &[("seconds", &wait.to_string())]);
            if wrong {
                format!("{} {waiting}", tr.t(L::WrongPassphrase))
            } else {
                waiting
            }
        }
        UnlockError::Unreadable(EnvelopeError::NewerFormat(_)) => tr.t(L::LockNewer).into(),
        UnlockError::Unreadable(_) => tr.t(L::LockUnreadable).into(),
        UnlockError::Unsupported => tr.t(L::LockUnsupported).into(),
        // Another tab turned the lock off meanwhile: there is nothing to unlock.
        UnlockError::NotLocked => String::new(),
    }
}

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

#[derive(Clone, PartialEq, Default)]
struct Form {
    first: String,
    again: String,
    current: String,
}

#[derive(Clone, PartialEq)]
enum Note {
    None,
    Busy(L),
    Ok(L),
    Bad(String),
}

const IDLE_CHOICES: [u16; 6] = [0, 1, 5, 15, 30, 60];

/// Settings > Privacy lock: turn it on or off, and when it locks by itself.
#[component]
pub fn LockSettingsPage() -> Html {
    let tr = use_i18n();
    let data = use_data();
    let lock = use_lock();
    let settings = data.settings();
    let form = use_state(Form::default);
    let note = use_state(|| Note::None);
    let problem = use_state(|| None::<PassphraseProblem>);
    let supported = crypto::supported();

    let turn_on = {
        let (form, note, problem, lock, data) = (
            form.clone(),
            note.clone(),
            problem.clone(),
            lock.clone(),
            data.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if matches!(*note, Note::Busy(_)) {
                return;
            }
            if let Err(p) =
                check_new_passphrase(&crypto::nfc(&form.first), &crypto::nfc(&form.again))
            {
                problem.set(Some(p));
                dom::focus_id(if p == PassphraseProblem::TooShort {
                    "lock-new"
                } else {
                    "lock-again"
                });
                return;
            }
            problem.set(None);
            note.set(Note::Busy(L::TurningOn));
            let settings = data.settings();
            let hint = LockHint {
                language: settings.language,
                country: settings.country,
            };
            let (pass, form, note, lock) =
                (form.first.clone(), form.clone(), note.clone(), lock.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match vault::enable(&pass, hint).await {
                    Ok(enabled) => {
                        form.set(Form::default());
                        let left = enabled.left_readable.len();
                        note.set(if left == 0 {
                            Note::Ok(L::TurnedOn)
                        } else {
                            Note::Bad(tr.f(L::LeftReadable, &[("count", &left.to_string())]))
                        });
                        lock.changed.emit(());
                    }
                    Err(e) => {
                        let reason = match e {
                            EnableError::Unsupported => tr.t(L::NotSupported).to_string(),
                            EnableError::Storage(BackendError::QuotaExceeded) => {
                                tr.t(L::ReasonFull).to_string()
                            }
                            EnableError::Storage(BackendError::Unavailable) => {
                                tr.t(L::ReasonBlocked).to_string()
                            }
                            EnableError::Storage(BackendError::Other(_)) => {
                                tr.t(L::ReasonRefused).to_string()
                            }
                            EnableError::Crypto(e) => e,
                        };
                        note.set(Note::Bad(tr.f(L::TurnOnFailed, &[("reason", &reason)])));
                    }
                }
            });
        })
    };
    let turn_off = {
        let (form, note, lock) = (form.clone(), note.clone(), lock.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if matches!(*note, Note::Busy(_)) {
                return;
            }
            note.set(Note::Busy(L::Unlocking));
            let (pass, form, note, lock) = (
                form.current.clone(),
                form.clone(),
                note.clone(),
                lock.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                match vault::check(&pass).await {
                    Ok(()) => match vault::disable() {
                        Ok(()) => {
                            form.set(Form::default());
                            note.set(Note::Ok(L::TurnedOff));
                            lock.changed.emit(());
                        }
                        Err(_) => note.set(Note::Bad(tr.t(L::TurnOffFailed).into())),
                    },
                    Err(e) => {
                        note.set(Note::Bad(unlock_message(tr, e)));
                        dom::focus_id("lock-current");
                    }
                }
            });
        })
    };
    let on_idle = {
        let data = data.clone();
        Callback::from(move |e: Event| {
            if let Ok(n) = value_of(&e).parse::<u16>() {
                let mut s = (*data.settings()).clone();
                s.lock_idle_minutes = n;
                data.set_settings(s);
            }
        })
    };
    let on_background = {
        let data = data.clone();
        Callback::from(move |e: Event| {
            let mut s = (*data.settings()).clone();
            s.lock_on_background = checked_of(&e);
            data.set_settings(s);
        })
    };
    let idle_label = |n: u16| match n {
        0 => tr.t(L::IdleNever).to_string(),
        n => tr.count(usize::from(n), L::IdleOneMinute, L::IdleMinutes, &[]),
    };
    let busy = matches!(*note, Note::Busy(_));
    // Measured on the passphrase as it will be used (NFC), so accents count once.
    let strength = (!form.first.is_empty()).then(|| passphrase_strength(&crypto::nfc(&form.first)));
    let strength_text = match strength {
        Some(Strength::Good) => tr.t(L::StrengthGood),
        Some(Strength::Short) => tr.t(L::StrengthShort),
        Some(Strength::TooShort) | None => tr.t(L::StrengthRecommend),
    };
    let problem_text = problem.map(|p| match p {
        PassphraseProblem::TooShort => tr.t(L::TooShort),
        PassphraseProblem::Mismatch => tr.t(L::Mismatch),
    });
    html! {
        <section class="page">
            <h1>{ tr.t(L::SettingsTitle) }</h1>
            <p>{ tr.t(L::Explain) }</p>
            <div role="status" aria-live="polite">
                { match &*note {
                    Note::None => html! {},
                    Note::Busy(k) => html! { <p class="hint">{ tr.t(*k) }</p> },
                    Note::Ok(k) => html! { <p class="ok-note">{ tr.t(*k) }</p> },
                    Note::Bad(m) => html! { <p class="danger-note">{ m }</p> },
                } }
            </div>
            <p><strong>{ tr.t(if lock.enabled { L::StatusOn } else { L::StatusOff }) }</strong></p>
            if !supported && !lock.enabled {
                <p class="danger-note">{ tr.t(L::NotSupported) }</p>
            } else if !lock.enabled {
                <form class="card" onsubmit={turn_on} novalidate=true>
                    <h2>{ tr.t(L::TurnOn) }</h2>
                    <p class="danger-note">{ tr.t(L::NoRecovery) }</p>
                    <div class="field">
                        <label for="lock-new">{ tr.t(L::NewPassphrase) }</label>
                        <input id="lock-new" type="password" autocomplete="new-password"
                            value={form.first.clone()} oninput={bind(&form, |f, v| f.first = v)}
                            aria-invalid={(*problem == Some(PassphraseProblem::TooShort)).to_string()}
                            aria-describedby="lock-tip lock-strength lock-problem" />
                        <p class="hint" id="lock-tip">{ tr.t(L::PassphraseTip) }</p>
                        <p id="lock-strength" class={classes!("lock-strength", strength.map(|s| match s {
                            Strength::Good => "lock-strength--good",
                            Strength::Short | Strength::TooShort => "lock-strength--short",
                        }))} aria-live="polite">{ strength_text }</p>
                    </div>
                    <div class="field">
                        <label for="lock-again">{ tr.t(L::RepeatPassphrase) }</label>
                        <input id="lock-again" type="password" autocomplete="new-password"
                            value={form.again.clone()} oninput={bind(&form, |f, v| f.again = v)}
                            aria-invalid={(*problem == Some(PassphraseProblem::Mismatch)).to_string()}
                            aria-describedby="lock-problem" />
                    </div>
                    <div id="lock-problem" role="alert">
                        if let Some(t) = problem_text { <p class="danger-note">{ t }</p> }
                    </div>
                    <button type="submit" class="btn primary wide" disabled={busy}>{ tr.t(L::TurnOn) }</button>
                </form>
            } else {
                <section class="card">
                    <h2>{ tr.t(L::AutoLockTitle) }</h2>
                    <div class="field">
                        <label for="lock-idle">{ tr.t(L::IdleLabel) }</label>
                        <select id="lock-idle" onchange={on_idle}>
                            { for IDLE_CHOICES.iter().map(|n| html! {
                                <option value={n.to_string()} selected={*n == settings.lock_idle_minutes}>{ idle_label(*n) }</option>
                            }) }
                        </select>
                    </div>
                    <label class="check">
                        <input type="checkbox" checked={settings.lock_on_background} onchange={on_background} />
                        <span>{ tr.t(L::BackgroundLabel) }</span>
                    </label>
                    <button type="button" class="btn wide" onclick={Callback::from({ let lock = lock.clone(); move |_: MouseEvent| lock.lock_now() })}>{ tr.t(L::LockNow) }</button>
                </section>
                <form class="card" onsubmit={turn_off} novalidate=true>
                    <h2>{ tr.t(L::TurnOff) }</h2>
                    <p>{ tr.t(L::TurnOffExplain) }</p>
                    <div class="field">
                        <label for="lock-current">{ tr.t(L::CurrentPassphrase) }</label>
                        <input id="lock-current" type="password" autocomplete="current-password"
                            value={form.current.clone()} oninput={bind(&form, |f, v| f.current = v)} />
                    </div>
                    <button type="submit" class="btn wide" disabled={busy}>{ tr.t(L::TurnOff) }</button>
                </form>
            }
        </section>
    }
}
