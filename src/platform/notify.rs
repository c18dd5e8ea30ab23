//! Notices while the app is open (the Notification API). Only asked for after the patient
//! taps to turn them on; a closed app cannot show any, so the calendar export stays the
//! reliable reminder. Callers pass neutral text: notices can show on a lock screen.

use super::PlatformError;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Notification, NotificationOptions, NotificationPermission, ServiceWorkerRegistration,
};

/// Whether the browser lets this site show notices.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Permission {
    Granted,
    Denied,
    /// Not asked yet.
    Ask,
    /// No Notification API (some phone browsers outside an installed app).
    Unsupported,
}

fn supported() -> bool {
    web_sys::window()
        .is_some_and(|w| js_sys::Reflect::has(&w, &"Notification".into()).unwrap_or(false))
}

fn of(p: NotificationPermission) -> Permission {
    match p {
        NotificationPermission::Granted => Permission::Granted,
        NotificationPermission::Denied => Permission::Denied,
        _ => Permission::Ask,
    }
}

pub fn permission() -> Permission {
    if supported() {
        of(Notification::permission())
    } else {
        Permission::Unsupported
    }
}

/// Asks the browser (it shows its own prompt); call only from the patient's tap.
pub async fn request() -> Result<Permission, PlatformError> {
    if !supported() {
        return Ok(Permission::Unsupported);
    }
    let answer = JsFuture::from(Notification::request_permission()?).await?;
    Ok(match answer.as_string().as_deref() {
        Some("granted") => Permission::Granted,
        Some("denied") => Permission::Denied,
        _ => Permission::Ask,
    })
}

/// Whether the page is out of sight (another app or tab in front), when a notice helps.
pub fn page_hidden() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.hidden())
}

/// Shows a notice. `tag` replaces an earlier notice with the same tag instead of stacking.
/// Through the service worker when there is one (Android allows no other way), otherwise
/// with the page's own `Notification`.
pub async fn show(title: &str, body: &str, tag: &str) -> Result<(), PlatformError> {
    if permission() != Permission::Granted {
        return Err(PlatformError("notices not allowed".into()));
    }
    let options = NotificationOptions::new();
    options.set_body(body);
    options.set_tag(tag);
    if let Some(reg) = registration().await {
        JsFuture::from(reg.show_notification_with_options(title, &options)?).await?;
        return Ok(());
    }
    Notification::new_with_options(title, &options)?;
    Ok(())
}

async fn registration() -> Option<ServiceWorkerRegistration> {
    let navigator = web_sys::window()?.navigator();
    if !js_sys::Reflect::has(&navigator, &"serviceWorker".into()).ok()? {
        return None;
    }
    let reg = JsFuture::from(navigator.service_worker().get_registration())
        .await
        .ok()?;
    reg.dyn_into::<ServiceWorkerRegistration>().ok()
}
