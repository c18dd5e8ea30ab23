//! Where the page is scrolled, and the heading a new screen starts on: every route change opens
//! at the top with focus on the `h1`, and Back returns to the position the patient left.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;

/// How far the page is scrolled down, in CSS pixels (0 without a window).
pub fn y() -> f64 {
    web_sys::window()
        .and_then(|w| w.scroll_y().ok())
        .unwrap_or(0.0)
}

/// Scrolls the page to `y` at once (no smooth scrolling: the screen has just changed).
pub fn to(y: f64) {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, y);
    }
}

/// The app restores positions itself: the browser's own restoration runs before the new
/// screen is drawn and would land on a page that is not there yet.
pub fn manual_restoration() {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = js_sys::Reflect::set(&history, &"scrollRestoration".into(), &"manual".into());
    }
}

/// Scrolls the element with this id into view when it is not already (nearest edge, so a
/// row already on screen does not move); the CSS `scroll-margin` keeps it clear of the bars.
pub fn into_view(id: &str) {
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    if let Some(el) = el {
        let _ = call_with_option(&el, "scrollIntoView", "block", &"nearest".into());
    }
}

/// Calls `target.method({ option: value })` (web-sys binds these options only behind extra
/// features). `None` when the browser has no such method.
fn call_with_option(
    target: &wasm_bindgen::JsValue,
    method: &str,
    option: &str,
    value: &wasm_bindgen::JsValue,
) -> Option<bool> {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &option.into(), value);
    let f = js_sys::Reflect::get(target, &method.into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    Some(f.call1(target, &options).is_ok())
}

/// Moves focus to the first element matching `selector` without scrolling (the caller has
/// placed the page), making it focusable if it is not. `false` when there is none.
pub fn focus_without_scrolling(selector: &str) -> bool {
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return false;
    };
    if !el.has_attribute("tabindex") {
        let _ = el.set_attribute("tabindex", "-1");
    }
    call_with_option(&el, "focus", "preventScroll", &true.into())
        .unwrap_or_else(|| el.focus().is_ok())
}

/// Calls `f` on every scroll of the page, until the returned guard is dropped.
pub struct ScrollListener {
    _listener: EventListener,
}

pub fn on_scroll(f: impl Fn() + 'static) -> Option<ScrollListener> {
    let window = web_sys::window()?;
    Some(ScrollListener {
        _listener: EventListener::new(&window, "scroll", move |_| f()),
    })
}
