//! Turning DOM events into values: the text of an input, select or textarea, whether a
//! checkbox is ticked, the file picked. Most forms read their inputs through these; some pages
//! still cast the event target themselves (`target_unchecked_into::<HtmlInputElement>()` and
//! the like).

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The current text of the input, select or textarea an event came from.
pub fn value_of(e: &Event) -> String {
    let Some(target) = e.target() else {
        return String::new();
    };
    if let Some(i) = target.dyn_ref::<HtmlInputElement>() {
        i.value()
    } else if let Some(s) = target.dyn_ref::<HtmlSelectElement>() {
        s.value()
    } else if let Some(t) = target.dyn_ref::<HtmlTextAreaElement>() {
        t.value()
    } else {
        String::new()
    }
}

/// Whether the checkbox an event came from is ticked.
pub fn checked_of(e: &Event) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        .is_some_and(|i| i.checked())
}

/// The first file picked in the `<input type="file">` an event came from.
pub fn file_of(e: &Event) -> Option<web_sys::File> {
    e.target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        .and_then(|i| i.files())
        .and_then(|f| f.get(0))
}

/// A callback that stores the text of an input into a field of a form state.
pub fn bind<F: Clone + 'static>(
    form: &UseStateHandle<F>,
    set: impl Fn(&mut F, String) + 'static,
) -> Callback<InputEvent> {
    let form = form.clone();
    Callback::from(move |e: InputEvent| {
        let mut next = (*form).clone();
        set(&mut next, value_of(&e));
        form.set(next);
    })
}

/// Like [`bind`], for `change` events (selects).
pub fn bind_change<F: Clone + 'static>(
    form: &UseStateHandle<F>,
    set: impl Fn(&mut F, String) + 'static,
) -> Callback<Event> {
    let form = form.clone();
    Callback::from(move |e: Event| {
        let mut next = (*form).clone();
        set(&mut next, value_of(&e));
        form.set(next);
    })
}
