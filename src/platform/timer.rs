//! A repeating timer for screens that show live times (countdowns, what is due now).

use super::PlatformError;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Calls its function every `ms` milliseconds until dropped.
pub struct Interval {
    id: i32,
    _tick: Closure<dyn FnMut()>,
}

impl Interval {
    pub fn start(ms: i32, tick: impl FnMut() + 'static) -> Result<Interval, PlatformError> {
        let window = web_sys::window().ok_or_else(|| PlatformError("no window".into()))?;
        let tick = Closure::<dyn FnMut()>::new(tick);
        let id = window.set_interval_with_callback_and_timeout_and_arguments_0(
            tick.as_ref().unchecked_ref(),
            ms,
        )?;
        Ok(Interval { id, _tick: tick })
    }
}

impl Drop for Interval {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            w.clear_interval_with_handle(self.id);
        }
    }
}
