//! The browser's developer console, for failures the patient has nothing to do about.

/// Logs `message` as a warning in the browser's console.
pub fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}
