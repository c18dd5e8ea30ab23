//! What one "Save check-in" tap costs the store on three years of synthetic data, the way the
//! app does it: the reducer copies the document and adds the check-in, the save effect copies
//! it again and saves; once with a full save each time, once with a kept `SaveCache`.
//!
//! `cargo run --release --example save_bench` (not part of the tests; prints medians).

use session_companion::domain::core::model::{CheckIn, RecordId};
use session_companion::domain::core::time::Instant;
use session_companion::domain::records::synthetic;
use session_companion::store::{self, MemoryBackend, SaveCache};
use std::rc::Rc;
use std::time::Instant as Clock;

#[path = "shared/timing.rs"]
mod timing;
use timing::median;

const RUNS: usize = 31;
const NOW: Instant = Instant(1_800_000_000_000);

fn main() {
    let mut first = synthetic::generate(42);
    let mut backend = MemoryBackend::new();
    if let Err(e) = store::save(&mut backend, &mut first, NOW) {
        eprintln!("save failed: {e}");
        std::process::exit(1);
    }
    let Some(template) = first.live::<CheckIn>().next().map(|(_, c)| c.clone()) else {
        eprintln!("no check-in in the synthetic set");
        std::process::exit(1);
    };
    for kept in [false, true] {
        let mut backend = backend.clone();
        let mut cache = SaveCache::new();
        // As the app starts: load (the cache learns what was read), then one save (the first
        // save checks each loaded kind once) before the timed ones.
        let loaded = store::load_cached(&mut backend, NOW, &mut cache);
        let mut state = Rc::new(loaded.doc);
        let (mut copies, mut saves, mut totals) = (Vec::new(), Vec::new(), Vec::new());
        for n in 0..=RUNS {
            let now = Instant(NOW.0 + 1_000 * (n as i64 + 1));
            let t = Clock::now();
            // The reducer: a private copy, the edit.
            let mut doc = (*state).clone();
            doc.put(
                RecordId(format!("bench-{kept}-{n:04}")),
                template.clone(),
                now,
            );
            state = Rc::new(doc);
            // The save effect: another copy, then the save.
            let mut copy = (*state).clone();
            let copied = t.elapsed();
            let s = Clock::now();
            let saved = if kept {
                store::save_cached(&mut backend, &mut copy, now, &mut cache)
            } else {
                store::save(&mut backend, &mut copy, now)
            };
            if let Err(e) = saved {
                eprintln!("save failed: {e}");
                std::process::exit(1);
            }
            if n == 0 {
                continue;
            }
            saves.push(s.elapsed().as_secs_f64() * 1000.0);
            copies.push(copied.as_secs_f64() * 1000.0);
            totals.push(t.elapsed().as_secs_f64() * 1000.0);
        }
        let how = if kept { "kept SaveCache" } else { "no cache" };
        println!("one new check-in, {how}, median of {RUNS}:");
        println!(
            "  two document copies + edit: {:.3} ms",
            median(&mut copies)
        );
        println!("  save:                       {:.3} ms", median(&mut saves));
        println!(
            "  total:                      {:.3} ms",
            median(&mut totals)
        );
    }
}
