//! Spanish at run time.
//!
//! Natively (the tests, the help written for pages without WebAssembly) every [`strings!`]
//! enum carries its Spanish literals. The WebAssembly build does not: the Spanish of every key
//! is in one file, `assets/i18n/es-<hash>.json`, written from those same literals by the test
//! below. The app fetches it from its own origin only when Spanish is in use: before the first
//! render when the saved language (or, with none saved, the browser's) is Spanish (`main.rs`),
//! or when the patient picks Spanish (`ui/app.rs`). The service worker precaches it with the
//! rest of the build, so it is there offline. Its name carries a hash of its content (as
//! Trunk's names do), so a build only ever reads its own Spanish, whatever a cache holds.
//!
//! The file is one JSON object: for each enum, by name, its keys' Spanish in declaration order,
//! `null` for a key without Spanish (English shows for that key alone, as natively).
//! `UPDATE_SPANISH=1 cargo test --lib spanish` rewrites it; otherwise the test fails when it is
//! stale.
//!
//! [`strings!`]: super::strings

use crate::platform;
use serde_json::Value;
use std::cell::Cell;

mod file;

/// Where the build serves the table, relative to the app's base address.
pub use file::FILE;

thread_local! {
    /// The parsed table, kept for the life of the page once loaded.
    static TABLE: Cell<Option<&'static Value>> = const { Cell::new(None) };
}

/// The Spanish of key number `index` of the enum `area`, which has `len` keys; `None` while
/// the table is not loaded, for a key without Spanish, and for an area the table does not
/// hold with exactly `len` keys (a table from another build is never read off by one).
pub fn get(area: &str, len: usize, index: usize) -> Option<&'static str> {
    let list = TABLE.with(Cell::get)?.get(area)?.as_array()?;
    if list.len() != len {
        return None;
    }
    list.get(index)?.as_str()
}

/// Whether the table is loaded (Spanish can be shown).
pub fn loaded() -> bool {
    TABLE.with(Cell::get).is_some()
}

/// Takes the table from the file's text; `false` (and nothing changes) when it is not one.
pub fn install(text: &str) -> bool {
    if loaded() {
        return true;
    }
    match serde_json::from_str::<Value>(text) {
        Ok(table @ Value::Object(_)) => {
            // Read once per page and used until it closes: leaked so every string is 'static.
            let table: &'static Value = Box::leak(Box::new(table));
            TABLE.with(|t| t.set(Some(table)));
            true
        }
        _ => false,
    }
}

/// Fetches and takes the table unless it is already loaded; `true` once Spanish is ready.
/// Offline without a cached copy (or from a host missing the file) it is `false` and the app
/// stays in English.
pub async fn load() -> bool {
    if loaded() {
        return true;
    }
    match platform::fetch::text(FILE).await {
        Ok(text) if install(&text) => true,
        Ok(_) => {
            platform::console::warn("Spanish could not be loaded: the file is not a table");
            false
        }
        Err(e) => {
            platform::console::warn(&format!("Spanish could not be loaded: {}", e.0));
            false
        }
    }
}

#[cfg(test)]
mod tests;
