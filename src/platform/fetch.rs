//! Files of the app's own build read after it starts (the Spanish text, `ui/i18n/spanish`).

use super::PlatformError;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The text of `path`, relative to the page's base address (so it follows `--public-url`);
/// through the service worker when it controls the page. An answer other than 2xx is an error.
pub async fn text(path: &str) -> Result<String, PlatformError> {
    let window = web_sys::window().ok_or_else(|| PlatformError("no window".into()))?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(path))
        .await?
        .dyn_into()
        .map_err(|_| PlatformError("not a response".into()))?;
    if !response.ok() {
        return Err(PlatformError(format!("{path}: HTTP {}", response.status())));
    }
    let text = JsFuture::from(response.text()?).await?;
    text.as_string()
        .ok_or_else(|| PlatformError(format!("{path}: not text")))
}
