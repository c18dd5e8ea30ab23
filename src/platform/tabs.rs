//! What the privacy lock needs from the page beyond storage: telling the other open tabs to
//! lock, covering the screen the moment the page goes to the background, hearing taps and keys
//! (idle time) and the page being hidden, noticing when the phone's file picker closes.

use super::storage::LocalStorage;
use crate::store::Backend;
use gloo_events::{EventListener, EventListenerOptions, EventListenerPhase};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// Written and removed at once to tell the other tabs to lock (a lock key, so it is never part
/// of the records and never stays in storage).
pub const LOCK_SIGNAL_KEY: &str = "sc.lock.now";
/// `<html data-veil>` hides everything (assets/app.css) while the page is in the background.
const VEIL_ATTR: &str = "data-veil";

/// Event listeners that are removed when this is dropped (`gloo-events` does the removing).
pub struct Listeners {
    _listeners: Vec<EventListener>,
}

impl Listeners {
    fn none() -> Self {
        Listeners {
            _listeners: Vec::new(),
        }
    }

    /// Calls `f` for each of `events` on their targets (`true` = capture) until dropped.
    fn listen(
        targets: &[(web_sys::EventTarget, &'static str, bool)],
        f: impl FnMut(web_sys::Event) + 'static,
    ) -> Self {
        // One handler shared by every target; an event raised from inside it is not re-entered.
        let f = Rc::new(RefCell::new(f));
        let listeners = targets
            .iter()
            .map(|(target, event, capture)| {
                let f = f.clone();
                let options = EventListenerOptions {
                    phase: if *capture {
                        EventListenerPhase::Capture
                    } else {
                        EventListenerPhase::Bubble
                    },
                    passive: true,
                };
                EventListener::new_with_options(target, *event, options, move |e| {
                    if let Ok(mut f) = f.try_borrow_mut() {
                        f(e.clone());
                    }
                })
            })
            .collect();
        Listeners {
            _listeners: listeners,
        }
    }
}

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

fn document() -> Option<web_sys::Document> {
    window().and_then(|w| w.document())
}

/// Whether the page is in the background now.
pub fn page_hidden() -> bool {
    document().is_some_and(|d| d.hidden())
}

/// Calls `f` on every tap, key, touch or scroll in the page (`pointerdown`, `keydown`,
/// `touchstart`, `scroll` on the document), as long as the listeners are kept.
pub fn on_activity(mut f: impl FnMut() + 'static) -> Listeners {
    let Some(d) = document() else {
        return Listeners::none();
    };
    let targets = ["pointerdown", "keydown", "touchstart", "scroll"].map(|event| {
        let target: web_sys::EventTarget = d.clone().into();
        (target, event, false)
    });
    Listeners::listen(&targets, move |_| f())
}

/// Calls `f` whenever the page goes to the background or comes back (`visibilitychange` on
/// the document), as long as the listeners are kept; [`page_hidden`] tells which.
pub fn on_visibility_change(mut f: impl FnMut() + 'static) -> Listeners {
    let Some(d) = document() else {
        return Listeners::none();
    };
    Listeners::listen(&[(d.into(), "visibilitychange", false)], move |_| f())
}

/// Why a tab locked, as the other tabs hear it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockReason {
    /// "Lock now", hand-over, or idle time with the app in front: every tab locks.
    Now,
    /// The tab went to the background (or idled there): every tab in the background locks; a
    /// tab in front stays open, as the patient just switched to it.
    Background,
}

/// Tells every other open tab of the app to lock.
pub fn announce_lock(reason: LockReason) {
    let mut local = LocalStorage::open();
    // Another tab hears the write; removing it straight away leaves nothing behind.
    let stamp = js_sys::Date::now().to_string();
    let text = match reason {
        LockReason::Now => stamp,
        LockReason::Background => format!("background {stamp}"),
    };
    let _ = local.set(LOCK_SIGNAL_KEY, &text);
    let _ = local.remove(LOCK_SIGNAL_KEY);
}

/// Calls `f` when another tab announces it locked, as long as the listeners are kept.
pub fn on_lock_elsewhere(f: impl Fn(LockReason) + 'static) -> Listeners {
    let Some(w) = window() else {
        return Listeners::none();
    };
    Listeners::listen(&[(w.into(), "storage", false)], move |e| {
        if let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() {
            if e.key().as_deref() == Some(LOCK_SIGNAL_KEY) {
                if let Some(text) = e.new_value() {
                    f(if text.starts_with("background") {
                        LockReason::Background
                    } else {
                        LockReason::Now
                    });
                }
            }
        }
    })
}

/// Whether the screen is covered now.
pub fn veiled() -> bool {
    document()
        .and_then(|d| d.document_element())
        .is_some_and(|h| h.has_attribute(VEIL_ATTR))
}

fn set_veil(on: bool) {
    if let Some(html) = document().and_then(|d| d.document_element()) {
        let _ = if on {
            html.set_attribute(VEIL_ATTR, "")
        } else {
            html.remove_attribute(VEIL_ATTR)
        };
    }
}

/// Covers the screen the moment the page goes to the background (`visibilitychange`,
/// `pagehide`), inside the event itself so the app switcher's snapshot shows nothing, and
/// uncovers it when the page is shown again. Dropping the listeners uncovers the screen.
pub struct Veil(#[allow(dead_code)] Listeners);

impl Drop for Veil {
    fn drop(&mut self) {
        set_veil(false);
    }
}

pub fn veil_when_hidden() -> Veil {
    let (Some(w), Some(d)) = (window(), document()) else {
        return Veil(Listeners::none());
    };
    let targets = [
        (d.into(), "visibilitychange", false),
        (w.clone().into(), "pagehide", false),
        (w.clone().into(), "pageshow", false),
        (w.into(), "focus", false),
    ];
    set_veil(page_hidden());
    Veil(Listeners::listen(&targets, |e| {
        let hide = e.type_() == "pagehide" || page_hidden();
        set_veil(hide);
    }))
}

thread_local! {
    static PICKER_WATCH: RefCell<Option<Listeners>> = const { RefCell::new(None) };
}

/// Calls `f` once when the file picker opened now closes: a file chosen (`change`), the picker
/// cancelled (`cancel`), or the page coming back to the front (`focus`, `visibilitychange`)
/// when the browser sends neither. A later call replaces an earlier one still waiting.
pub fn once_file_picker_closes(f: impl FnOnce() + 'static) {
    let (Some(w), Some(d)) = (window(), document()) else {
        return;
    };
    let mut f = Some(f);
    let targets = [
        (d.clone().into(), "change", true),
        (d.clone().into(), "cancel", true),
        (d.into(), "visibilitychange", false),
        (w.into(), "focus", false),
    ];
    let listeners = Listeners::listen(&targets, move |e| {
        // Going to the background is the picker opening, not closing.
        if e.type_() == "visibilitychange" && page_hidden() {
            return;
        }
        if let Some(f) = f.take() {
            f();
            // Removed later, not inside its own call.
            wasm_bindgen_futures::spawn_local(async {
                PICKER_WATCH.with(|p| p.borrow_mut().take());
            });
        }
    });
    PICKER_WATCH.with(|p| *p.borrow_mut() = Some(listeners));
}
