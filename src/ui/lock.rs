//! The privacy lock's place in the app: whether this tab is locked, how to lock and unlock,
//! and locking by itself after idle time or when the app goes to the background.

use crate::domain::core::time::Instant;
use crate::platform::{clock, tabs, timer::Interval, vault};
use crate::store::vault::idle_expired;
use std::cell::Cell;
use yew::prelude::*;

/// Shared through context by [`crate::ui::app::App`].
#[derive(Clone, PartialEq)]
pub struct LockCtx {
    /// Locked and not unlocked in this tab: only the locked screen, help and the guide show.
    pub locked: bool,
    /// Whether the lock is on at all (so a "Lock now" button makes sense).
    pub enabled: bool,
    /// Call after unlocking, locking, or turning the lock on or off: re-reads the state.
    pub changed: Callback<()>,
}

#[hook]
pub fn use_lock() -> LockCtx {
    use_context::<LockCtx>().unwrap_or(LockCtx {
        locked: false,
        enabled: false,
        changed: Callback::noop(),
    })
}

impl LockCtx {
    /// Locks this tab and every other open tab now (after writing any pending change).
    pub fn lock_now(&self) {
        vault::lock_now();
        self.changed.emit(());
    }

    /// Locks this tab and the other tabs in the background (the page was hidden, or idled
    /// while hidden); a tab the patient is looking at stays open.
    pub fn lock_in_background(&self) {
        vault::lock_in_background();
        self.changed.emit(());
    }
}

thread_local! {
    static LAST_ACTIVITY: Cell<Instant> = const { Cell::new(Instant(0)) };
    /// Until when going to the background is expected (the phone's file picker covers the app).
    static AWAY_OK_UNTIL: Cell<Instant> = const { Cell::new(Instant(0)) };
}

/// Call when the patient opens the phone's file picker: until it closes (a file chosen, the
/// picker cancelled, or the page back in front), and for two minutes at most, the app going to
/// the background is the picker, not the patient leaving, so it does not lock.
pub fn expect_file_picker() {
    AWAY_OK_UNTIL.with(|u| u.set(clock::now().plus_minutes(2)));
    tabs::once_file_picker_closes(|| AWAY_OK_UNTIL.with(|u| u.set(Instant(0))));
}

fn away_expected() -> bool {
    AWAY_OK_UNTIL.with(|u| clock::now() < u.get())
}

#[derive(Properties, PartialEq)]
pub struct AutoLockProps {
    pub idle_minutes: u16,
    pub on_background: bool,
}

/// Locks after `idle_minutes` without a tap or key, and when the page is hidden if asked.
/// Renders nothing; mount it only while unlocked with the lock on.
#[component]
pub fn AutoLock(props: &AutoLockProps) -> Html {
    let lock = use_lock();
    let deps = (props.idle_minutes, props.on_background);
    use_effect_with(deps, move |&(idle, background)| {
        LAST_ACTIVITY.with(|l| l.set(clock::now()));
        let activity = tabs::on_activity(|| LAST_ACTIVITY.with(|l| l.set(clock::now())));
        let visibility = {
            let lock = lock.clone();
            tabs::on_visibility_change(move || {
                if background && tabs::page_hidden() && !away_expected() {
                    // Later, not inside this listener: locking unmounts the component that owns it.
                    let lock = lock.clone();
                    wasm_bindgen_futures::spawn_local(async move { lock.lock_in_background() });
                }
            })
        };
        let interval = Interval::start(5_000, move || {
            let last = LAST_ACTIVITY.with(|l| l.get());
            if idle_expired(last, clock::now(), idle) {
                let lock = lock.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    // Idle in front: the patient walked away, every tab locks. Idle in the
                    // background: another tab may be in use.
                    if tabs::page_hidden() {
                        lock.lock_in_background()
                    } else {
                        lock.lock_now()
                    }
                });
            }
        })
        .ok();
        move || {
            drop(interval);
            drop(activity);
            drop(visibility);
        }
    });
    html! {}
}

#[derive(Properties, PartialEq)]
pub struct TabGuardProps {
    /// The lock is on (locked or not).
    pub enabled: bool,
}

/// With the lock on: locks this tab when another tab locks, and covers the screen whenever the
/// page goes to the background. Renders nothing; mount it once, in the shell.
#[component]
pub fn TabGuard(props: &TabGuardProps) -> Html {
    let lock = use_lock();
    use_effect_with(props.enabled, move |&enabled| {
        let guards = enabled.then(|| {
            let elsewhere = tabs::on_lock_elsewhere(move |reason| {
                let in_front = !tabs::page_hidden();
                if vault::unlocked() && !(reason == tabs::LockReason::Background && in_front) {
                    // Later, not inside the storage event: the data context hears it first.
                    let lock = lock.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        vault::lock_here();
                        lock.changed.emit(());
                    });
                }
            });
            (elsewhere, tabs::veil_when_hidden())
        });
        move || drop(guards)
    });
    html! {}
}
