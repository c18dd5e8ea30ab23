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

/// Settles once the first-visit picture's paint has been recorded by the browser: the promise
/// `window.scFirstPaint` kept by the page's first script (`assets/first-visit-check.js`; or at
/// the first tap, or 2 s after the page began). At once when there is no picture.
pub async fn first_visit_painted() {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(value) = js_sys::Reflect::get(&window, &"scFirstPaint".into()) else {
        return;
    };
    if let Ok(promise) = value.dyn_into::<js_sys::Promise>() {
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
}

/// Whether the page's own help (`#nowasm` in `index.html`) is open: asked for from the
/// first-visit picture while the app was still loading, so the app opens its own in its place.
pub fn page_help_open() -> bool {
    document()
        .ok()
        .and_then(|d| d.query_selector("#boot.boot--help").ok().flatten())
        .is_some()
}

/// Removes the element with this id, if there is one (the page's "opening" note, once the app
/// draws itself).
pub fn remove_id(id: &str) {
    if let Some(el) = document().ok().and_then(|d| d.get_element_by_id(id)) {
        el.remove();
    }
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

/// The page's origin (`https://host:port`), or empty where the browser gives none.
pub fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// Reloads the page (another tab turned the privacy lock on or off).
pub fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// Removes the fragment from the address bar and from this history entry (a clinic link's
/// settings are not kept anywhere once read).
pub fn drop_fragment() -> Result<(), PlatformError> {
    let window = web_sys::window().ok_or_else(|| PlatformError("no window".into()))?;
    let location = window.location();
    let url = format!("{}{}", location.pathname()?, location.search()?);
    window
        .history()?
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))?;
    Ok(())
}

/// Copies text with the asynchronous clipboard; `false` where it is missing or refused.
pub async fn copy_text(text: &str) -> bool {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard =
        js_sys::Reflect::get(&window.navigator(), &"clipboard".into()).unwrap_or_default();
    if clipboard.is_undefined() || clipboard.is_null() {
        return false;
    }
    let Ok(write) = js_sys::Reflect::get(&clipboard, &"writeText".into())
        .and_then(|f| f.dyn_into::<js_sys::Function>())
    else {
        return false;
    };
    let Ok(promise) = write
        .call1(&clipboard, &text.into())
        .and_then(|p| p.dyn_into::<js_sys::Promise>())
    else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Selects all the text of the input or textarea with this id (so it can be copied by hand).
pub fn select_id(id: &str) {
    use wasm_bindgen::JsCast;
    let Some(el) = document().ok().and_then(|d| d.get_element_by_id(id)) else {
        return;
    };
    if let Some(t) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        let _ = t.focus();
        t.select();
    } else if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        let _ = i.focus();
        i.select();
    }
}

/// Calls `f` whenever the address's fragment changes, until the returned guard is dropped.
pub struct HashListener {
    _listener: gloo_events::EventListener,
}

pub fn on_hash_change(f: impl Fn() + 'static) -> Option<HashListener> {
    let window = web_sys::window()?;
    Some(HashListener {
        _listener: gloo_events::EventListener::new(&window, "hashchange", move |_| f()),
    })
}

/// Shows a `<dialog>` as a modal (the page behind it inert), unless it is open already.
/// `node` must be the `<dialog>` element itself.
pub fn show_modal(node: &web_sys::Node) {
    use wasm_bindgen::JsCast;
    let dialog = node.unchecked_ref::<web_sys::HtmlDialogElement>();
    if !dialog.open() {
        let _ = dialog.show_modal();
    }
}

/// Closes a `<dialog>` if it is open. `node` must be the `<dialog>` element itself.
pub fn close_dialog(node: &web_sys::Node) {
    use wasm_bindgen::JsCast;
    let dialog = node.unchecked_ref::<web_sys::HtmlDialogElement>();
    if dialog.open() {
        dialog.close();
    }
}
