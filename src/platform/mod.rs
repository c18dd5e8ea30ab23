//! The browser APIs the app uses, each behind a small named function. Where the browser can
//! refuse, a function either returns `Result<_, PlatformError>` or falls back (an empty
//! string, `false`, `None`, nothing done); its signature says which.
//!
//! Outside this module, `domain/` and `store/` use no browser crate at all. `ui/` names
//! `web_sys` only to read the element an event came from (an input's value, a checkbox, a
//! picked `File`, a `<details>`'s `open`: `ui/forms.rs`, `components/fold.rs` and a few pages
//! that cast the target themselves), and uses `wasm_bindgen_futures::spawn_local` to run
//! asynchronous work (calls into this module, and actions put off until a listener returns).

pub mod clock;
pub mod console;
pub mod crypto;
pub mod dom;
pub mod fetch;
pub mod files;
pub mod ids;
pub mod install;
pub mod notify;
pub mod scroll;
pub mod storage;
pub mod sw;
pub mod tabs;
pub mod timer;
pub mod vault;

/// A browser API failed or is missing; carries what the browser said.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlatformError(pub String);

impl From<wasm_bindgen::JsValue> for PlatformError {
    fn from(v: wasm_bindgen::JsValue) -> Self {
        PlatformError(
            v.as_string()
                .or_else(|| {
                    js_sys::Reflect::get(&v, &"message".into())
                        .ok()
                        .and_then(|m| m.as_string())
                })
                .unwrap_or_else(|| format!("{v:?}")),
        )
    }
}
