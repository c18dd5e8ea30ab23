//! The browser's install prompt (`beforeinstallprompt`, Chromium browsers): held back when the
//! page loads and kept, so the app can offer it later at a better moment; and whether the app
//! already runs installed.

use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    /// The kept `beforeinstallprompt` event (it can be used once).
    static KEPT: RefCell<Option<web_sys::Event>> = const { RefCell::new(None) };
    /// Told when the kept event arrives or is used up.
    static WATCHER: RefCell<Option<Rc<dyn Fn()>>> = const { RefCell::new(None) };
}

fn changed() {
    if let Some(f) = WATCHER.with(|w| w.borrow().clone()) {
        f();
    }
}

/// Starts listening; call once, as early as possible (the event comes soon after loading).
pub fn listen() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let keep = Closure::<dyn FnMut(web_sys::Event)>::new(|e: web_sys::Event| {
        // Without this the browser may show its own mini-infobar on the first visit.
        e.prevent_default();
        KEPT.with(|k| *k.borrow_mut() = Some(e));
        changed();
    });
    let installed = Closure::<dyn FnMut(web_sys::Event)>::new(|_: web_sys::Event| {
        KEPT.with(|k| *k.borrow_mut() = None);
        changed();
    });
    let _ = window
        .add_event_listener_with_callback("beforeinstallprompt", keep.as_ref().unchecked_ref());
    let _ =
        window.add_event_listener_with_callback("appinstalled", installed.as_ref().unchecked_ref());
    keep.forget();
    installed.forget();
}

/// `f` runs whenever the prompt becomes available or is used up (one watcher at a time).
pub fn watch(f: Option<Rc<dyn Fn()>>) {
    WATCHER.with(|w| *w.borrow_mut() = f);
}

/// Whether the browser's prompt is kept and can be shown.
pub fn prompt_ready() -> bool {
    KEPT.with(|k| k.borrow().is_some())
}

/// Shows the browser's install prompt (the patient confirms or cancels there). The event is
/// used up either way.
pub fn prompt() {
    let Some(event) = KEPT.with(|k| k.borrow_mut().take()) else {
        return;
    };
    if let Ok(f) = js_sys::Reflect::get(&event, &"prompt".into()) {
        if let Some(f) = f.dyn_ref::<js_sys::Function>() {
            let _ = f.call0(&event);
        }
    }
    changed();
}

/// Running from the home screen (an installed app), not in a browser tab.
pub fn standalone() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let media = window
        .match_media("(display-mode: standalone)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    // Safari on iOS says so on the navigator instead.
    let ios = js_sys::Reflect::get(&window.navigator(), &"standalone".into())
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    media || ios
}

pub fn user_agent() -> String {
    web_sys::window()
        .and_then(|w| w.navigator().user_agent().ok())
        .unwrap_or_default()
}
