//! The phone's clock and time zone.

use crate::domain::core::time::{Instant, Zone};

pub fn now() -> Instant {
    Instant(js_sys::Date::now() as i64)
}

/// The browser's own time zone, DST included, as `Date.getTimezoneOffset` reports it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BrowserZone;

impl Zone for BrowserZone {
    fn offset_minutes(&self, at: Instant) -> i32 {
        let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at.0 as f64));
        // getTimezoneOffset is UTC minus local; we want local minus UTC.
        -(d.get_timezone_offset() as i32)
    }
}
