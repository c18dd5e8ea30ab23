//! What the domain work behind the slowest screens costs on three years of synthetic data
//! (release, native; the browser's baseline wasm tier at 4x slowdown is many times slower).
//!
//! `cargo run --release --example screen_bench` (not part of the tests; prints medians).

use session_companion::domain::core::model::{Mood, Questionnaire, ScaleKind};
use session_companion::domain::core::time::{FixedZone, Instant};
use session_companion::domain::mood::mood_log::daily_moods;
use session_companion::domain::mood::scales::completed_scores;
use session_companion::domain::plan::agenda::due_now;
use session_companion::domain::records::synthetic;
use session_companion::domain::summary::{full_range, recent, summarize};
use std::hint::black_box;

#[path = "shared/timing.rs"]
mod timing;
use timing::median_ms;

const RUNS: usize = 51;

fn median_us(f: impl FnMut()) -> f64 {
    median_ms(RUNS, f) * 1000.0
}

fn main() {
    let doc = synthetic::generate(42);
    let zone = FixedZone(-300);
    let now = Instant(1_800_000_000_000);
    let lines = [
        (
            "Today: due_now",
            median_us(|| {
                black_box(due_now(&doc, None, now, &zone));
            }),
        ),
        (
            "Mood: daily_moods",
            median_us(|| {
                black_box(daily_moods(doc.live::<Mood>(), &zone));
            }),
        ),
        (
            "Mood: completed_scores x3",
            median_us(|| {
                for kind in ScaleKind::ALL {
                    black_box(completed_scores(
                        kind,
                        doc.live::<Questionnaire>().map(|(_, q)| q),
                    ));
                }
            }),
        ),
        (
            "Summary: full_range + summarize(recent)",
            median_us(|| {
                let range = full_range(&doc, &zone).map(recent);
                black_box(range.map(|r| summarize(&doc, r, &zone)));
            }),
        ),
    ];
    for (name, us) in lines {
        println!("{name:<45} {us:>9.1} us");
    }
}
