//! The phone's local date, for the plan screens (the live time itself is `ui::hooks::use_now`).

use crate::domain::core::time::{Date, Instant, Zone};
use crate::platform::clock::BrowserZone;

/// The phone's local date at `now`.
pub fn local_date(now: Instant) -> Date {
    BrowserZone.to_local(now).date
}
