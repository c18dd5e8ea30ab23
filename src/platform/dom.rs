//! Small document-level effects: language, title, theme and text-size classes.

use super::PlatformError;

fn document() -> Result<web_sys::Document, PlatformError> {
    web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| PlatformError("no document".into()))
}

pub fn set_lang(tag: &str) -> Result<(), PlatformError> {
    if let Some(html) = document()?.document_element() {
        html.set_attribute("lang", tag)?;
    }
    Ok(())
}

pub fn set_title(title: &str) -> Result<(), PlatformError> {
    document()?.set_title(title);
    Ok(())
}

/// Sets `data-<name>="<value>"` on `<html>`, which the stylesheet reads (theme, text size).
pub fn set_root_data(name: &str, value: &str) -> Result<(), PlatformError> {
    if let Some(html) = document()?.document_element() {
        html.set_attribute(&format!("data-{name}"), value)?;
    }
    Ok(())
}

/// The browser's preferred languages, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default()
}

pub fn print() -> Result<(), PlatformError> {
    web_sys::window()
        .ok_or_else(|| PlatformError("no window".into()))?
        .print()?;
    Ok(())
}

/// Moves keyboard focus to the element with this id (new panels, page headings).
pub fn focus_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = document()
        .ok()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// The address's fragment without `#` (it never reaches a server).
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_string())
        .unwrap_or_default()
}

/// Reloads the page (another tab turned the privacy lock on or off).
pub fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}
