//! `use_now`: the current time for screens that show live times, refreshed by a timer.

use crate::domain::core::time::Instant;
use crate::platform::clock;
use crate::platform::timer::Interval;
use yew::prelude::*;

/// Now, updated every `every_ms` milliseconds while the component is shown.
#[hook]
pub fn use_now(every_ms: i32) -> Instant {
    let now = use_state(clock::now);
    {
        let now = now.clone();
        use_effect_with(every_ms, move |ms| {
            // Without a timer the time still moves on every other render.
            let timer = Interval::start(*ms, move || now.set(clock::now())).ok();
            move || drop(timer)
        });
    }
    *now
}
