//! Service-worker registration and the "update ready" hand-off (release builds only).
//!
//! The worker itself (`sw.js`, generated at build time with the hashed file list) precaches
//! the app; here we register it and tell the UI when a new version is waiting. A worker that
//! fails to install never blocks the app: every error is only reported.

use super::PlatformError;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ServiceWorkerRegistration, ServiceWorkerState};

/// A handle to apply a waiting update.
#[derive(Clone)]
pub struct Updater(ServiceWorkerRegistration);

impl PartialEq for Updater {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Updater {
    /// Asks the waiting worker to take over; the page reloads once it has.
    pub fn apply(&self) -> Result<(), PlatformError> {
        let window = web_sys::window().ok_or_else(|| PlatformError("no window".into()))?;
        let container = window.navigator().service_worker();
        let reload = Closure::once_into_js(move || {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        });
        container.set_oncontrollerchange(Some(reload.unchecked_ref()));
        match self.0.waiting() {
            Some(worker) => worker.post_message(&JsValue::from_str("skip-waiting"))?,
            None => window.location().reload()?,
        }
        Ok(())
    }
}

/// The folder the app is served from (from `<base href>`), e.g. `/` or `/companion/`.
pub fn base_path() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|uri| web_sys::Url::new(&uri).ok())
        .map(|u| u.pathname())
        .unwrap_or_else(|| "/".into())
}

/// Registers `sw.js` for the app's base path; calls `on_update` when a new version waits.
pub fn register(on_update: Callback) -> Result<(), PlatformError> {
    let window = web_sys::window().ok_or_else(|| PlatformError("no window".into()))?;
    let navigator = window.navigator();
    if !js_sys::Reflect::has(&navigator, &"serviceWorker".into())? {
        return Err(PlatformError("service workers unsupported".into()));
    }
    let container = navigator.service_worker();
    let base = base_path();
    let options = web_sys::RegistrationOptions::new();
    options.set_scope(&base);
    let promise = container.register_with_options(&format!("{base}sw.js"), &options);
    let on_update = Rc::new(on_update);
    wasm_bindgen_futures::spawn_local(async move {
        let reg = match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(r) => r.unchecked_into::<ServiceWorkerRegistration>(),
            Err(e) => {
                web_sys::console::warn_2(&"service worker not registered".into(), &e);
                return;
            }
        };
        watch(reg, on_update);
    });
    Ok(())
}

/// Called with the registration once a new worker has installed behind a running one.
pub type Callback = Box<dyn Fn(Updater)>;

fn has_controller() -> bool {
    web_sys::window()
        .map(|w| w.navigator().service_worker().controller().is_some())
        .unwrap_or(false)
}

fn watch(reg: ServiceWorkerRegistration, on_update: Rc<Callback>) {
    if reg.waiting().is_some() && has_controller() {
        on_update(Updater(reg.clone()));
    }
    let reg2 = reg.clone();
    let found = Closure::<dyn FnMut()>::new(move || {
        let Some(installing) = reg2.installing() else {
            return;
        };
        let reg3 = reg2.clone();
        let on_update = on_update.clone();
        let worker = installing.clone();
        let changed = Closure::<dyn FnMut()>::new(move || {
            if worker.state() == ServiceWorkerState::Installed && has_controller() {
                on_update(Updater(reg3.clone()));
            }
        });
        installing.set_onstatechange(Some(changed.as_ref().unchecked_ref()));
        changed.forget();
    });
    reg.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
    // The registration lives as long as the page, and so does its handler.
    found.forget();
}
