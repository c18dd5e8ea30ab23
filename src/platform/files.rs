//! Files the patient saves or opens: downloads made in the page (nothing is uploaded) and
//! reading a picked file's text.

use super::PlatformError;
use wasm_bindgen::JsCast;

/// Offers `contents` as a file download named `name`.
pub fn download(name: &str, mime: &str, contents: &str) -> Result<(), PlatformError> {
    let window = web_sys::window().ok_or_else(|| PlatformError("no window".into()))?;
    let document = window
        .document()
        .ok_or_else(|| PlatformError("no document".into()))?;
    let parts = js_sys::Array::of1(&contents.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.set_hidden(true);
    let body = document
        .body()
        .ok_or_else(|| PlatformError("no body".into()))?;
    body.append_child(&a)?;
    a.click();
    body.remove_child(&a)?;
    web_sys::Url::revoke_object_url(&url)?;
    Ok(())
}

/// The picked file's size in bytes and its text (read in the page, never sent anywhere).
pub async fn read_text(file: web_sys::File) -> Result<(f64, String), PlatformError> {
    let size = file.size();
    let text = wasm_bindgen_futures::JsFuture::from(file.text()).await?;
    Ok((size, text.as_string().unwrap_or_default()))
}

/// A neutral file name with the date, e.g. `companion-2026-11-28.json`.
pub fn neutral_name(stem: &str, date: &str, ext: &str) -> String {
    format!("{stem}-{date}.{ext}")
}
