//! localStorage as a [`Backend`] for the store, and the browser's storage extras
//! (persistence request, usage estimate, the `storage` event from other tabs).

use crate::store::{Backend, BackendError};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The page's localStorage. Every call can fail: private mode, storage switched off, quota.
pub struct LocalStorage {
    storage: Option<web_sys::Storage>,
}

impl LocalStorage {
    pub fn open() -> Self {
        // Reading `window.localStorage` itself throws when storage is blocked.
        let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
        LocalStorage { storage }
    }

    /// Whether the browser lets us store anything at all (a test write and remove).
    pub fn is_usable(&self) -> bool {
        let Some(s) = &self.storage else {
            return false;
        };
        let probe = "sc.probe";
        s.set_item(probe, "1").is_ok() && s.remove_item(probe).is_ok()
    }

    fn storage(&self) -> Result<&web_sys::Storage, BackendError> {
        self.storage.as_ref().ok_or(BackendError::Unavailable)
    }
}

#[wasm_bindgen]
extern "C" {
    /// `getItem` with the value left a JavaScript string (web-sys's copies it into wasm with
    /// a character-by-character loop, slow for the hundreds of KB a start reads).
    #[wasm_bindgen(js_name = Storage)]
    type StorageText;
    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_text(this: &StorageText, key: &str) -> Result<Option<js_sys::JsString>, JsValue>;

    type TextEncoder;
    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;
    /// The string as UTF-8, copied into wasm in one piece.
    #[wasm_bindgen(method)]
    fn encode(this: &TextEncoder, text: &js_sys::JsString) -> Vec<u8>;
}

thread_local! {
    static ENCODER: TextEncoder = TextEncoder::new();
}

/// The text as a Rust string: the same UTF-8 wasm-bindgen's own copy gives (both use the
/// browser's `TextEncoder`, which writes an unpaired surrogate as U+FFFD).
fn utf8_of(text: &js_sys::JsString) -> String {
    let bytes = ENCODER.with(|e| e.encode(text));
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

fn classify(err: JsValue) -> BackendError {
    let name = err
        .dyn_ref::<web_sys::DomException>()
        .map(|e| e.name())
        .unwrap_or_default();
    match name.as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => BackendError::QuotaExceeded,
        "SecurityError" | "InvalidAccessError" => BackendError::Unavailable,
        _ => BackendError::Other(if name.is_empty() {
            format!("{err:?}")
        } else {
            name
        }),
    }
}

impl Backend for LocalStorage {
    fn get(&self, key: &str) -> Result<Option<String>, BackendError> {
        let storage: &StorageText = self.storage()?.unchecked_ref();
        let value = storage.get_text(key).map_err(classify)?;
        Ok(value.as_ref().map(utf8_of))
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), BackendError> {
        self.storage()?.set_item(key, value).map_err(classify)
    }
    fn remove(&mut self, key: &str) -> Result<(), BackendError> {
        self.storage()?.remove_item(key).map_err(classify)
    }
    fn keys(&self) -> Result<Vec<String>, BackendError> {
        let s = self.storage()?;
        let n = s.length().map_err(classify)?;
        let mut out = Vec::with_capacity(n as usize);
        for i in 0..n {
            if let Some(k) = s.key(i).map_err(classify)? {
                out.push(k);
            }
        }
        Ok(out)
    }
}

/// Bytes our keys use (UTF-16 in the browser, so twice the characters).
pub fn used_bytes(backend: &LocalStorage, prefix: &str) -> usize {
    backend
        .keys()
        .unwrap_or_default()
        .iter()
        .filter(|k| k.starts_with(prefix))
        .map(|k| (k.len() + backend.get(k).ok().flatten().map_or(0, |v| v.len())) * 2)
        .sum()
}

/// Asks the browser to keep our data under storage pressure (honoured only sometimes).
pub fn request_persistence() {
    let Some(w) = web_sys::window() else { return };
    let nav = w.navigator();
    if js_sys::Reflect::has(&nav, &"storage".into()).unwrap_or(false) {
        if let Ok(p) = nav.storage().persist() {
            // The answer does not change what we do; the promise is left to settle.
            let _ = p;
        }
    }
}

/// Listens to the `storage` event until dropped.
pub struct OtherTabListener {
    _listener: Option<gloo_events::EventListener>,
}

/// Calls `on_change` with the key when another tab changes one of our keys (`None` when it
/// clears storage), as long as the returned listener is kept.
pub fn on_other_tab_change(
    prefix: &'static str,
    on_change: impl Fn(Option<String>) + 'static,
) -> OtherTabListener {
    let Some(w) = web_sys::window() else {
        return OtherTabListener { _listener: None };
    };
    let listener = gloo_events::EventListener::new(&w, "storage", move |e| {
        let key = e.dyn_ref::<web_sys::StorageEvent>().and_then(|e| e.key());
        if key.as_deref().is_none_or(|k| k.starts_with(prefix)) {
            on_change(key);
        }
    });
    OtherTabListener {
        _listener: Some(listener),
    }
}
