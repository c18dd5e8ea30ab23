//! Settings > Privacy lock: turn it on or off, and when it locks by itself.

use super::unlock_message;
use crate::platform::vault::{self, EnableError};
use crate::platform::{crypto, dom};
use crate::store::vault::{
    check_new_passphrase, passphrase_strength, LockHint, PassphraseProblem, Strength,
};
use crate::store::BackendError;
use crate::ui::data::use_data;
use crate::ui::forms::{bind, checked_of, value_of};
use crate::ui::i18n::{use_i18n, LockK as L};
use crate::ui::lock::use_lock;
use yew::prelude::*;

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
