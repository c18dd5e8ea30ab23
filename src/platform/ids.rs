//! Random record ids from the browser's cryptographic generator.

use crate::domain::core::model::RecordId;

/// 16 random bytes as hex. Falls back to time + Math.random only if `crypto` is missing
/// (very old browsers), which still gives ids unique enough for one person's records.
pub fn new_id() -> RecordId {
    let mut bytes = [0u8; 16];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .and_then(|c| c.get_random_values_with_u8_array(&mut bytes).ok())
        .is_some();
    if !filled {
        let seed = js_sys::Date::now() as u64;
        for (i, b) in bytes.iter_mut().enumerate() {
            *b = ((js_sys::Math::random() * 256.0) as u8) ^ (seed >> (i % 8 * 8)) as u8;
        }
    }
    RecordId(bytes.iter().map(|b| format!("{b:02x}")).collect())
}
