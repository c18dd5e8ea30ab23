//! The few browser APIs the app uses, each behind a function that returns `Result` where the
//! browser can refuse. Nothing else in the crate touches `web_sys` beyond event targets.

pub mod clock;
pub mod console;
pub mod crypto;
pub mod dom;
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
