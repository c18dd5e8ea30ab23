//! Prints the 3-year synthetic data set (seed 42) exactly as the app stores it in
//! localStorage: one JSON object of storage key -> stored string (sc.meta, sc.v1.<kind>).
//! bench/perf.mjs seeds a browser profile with it.
//!
//! `cargo run -q --example synthetic_dump > target/synthetic.json`

use session_companion::domain::core::time::Instant;
use session_companion::domain::records::synthetic;
use session_companion::store::{self, MemoryBackend};

fn main() {
    let mut doc = synthetic::generate(42);
    let mut backend = MemoryBackend::new();
    // The stamp of the save itself; the records keep their own dates.
    let now = Instant(1_800_000_000_000);
    if let Err(e) = store::save(&mut backend, &mut doc, now) {
        eprintln!("synthetic_dump: save failed: {e}");
        std::process::exit(1);
    }
    match serde_json::to_string(backend.entries()) {
        Ok(json) => println!("{json}"),
        Err(e) => {
            eprintln!("synthetic_dump: {e}");
            std::process::exit(1);
        }
    }
}
