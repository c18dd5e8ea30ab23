//! Size and speed of the local store on three years of synthetic data.
//!
//! `cargo run --release --example store_bench`. Budgets: stored size under 600 KB, and
//! load + decode + merge (what a tab does on start and on another tab's write) under 30 ms
//! natively.

use session_companion::domain::core::model::Mood;
use session_companion::domain::core::time::Instant;
use session_companion::domain::records::document::KindId;
use session_companion::domain::records::synthetic;
use session_companion::store::{self, Backend, MemoryBackend};

#[path = "shared/timing.rs"]
mod timing;
use timing::median_ms;

const RUNS: usize = 15;
const NOW: Instant = Instant(1_800_000_000_000);

fn main() {
    let doc = synthetic::generate(42);
    let mut backend = MemoryBackend::new();
    if let Err(e) = store::save(&mut backend, &mut doc.clone(), NOW) {
        eprintln!("save failed: {e}");
        std::process::exit(1);
    }

    println!("records (live / stored):");
    for kind in KindId::ALL {
        let key = store::kind_key(kind);
        let size = backend.get(key).ok().flatten().map_or(0, |v| v.len());
        println!(
            "  {:<16} {:>5} / {:>5}  {:>8} bytes",
            kind.name(),
            doc.live_count(kind),
            doc.record_count(kind),
            size
        );
    }
    let bytes = backend.used_bytes();
    let utf16: usize = backend
        .entries()
        .iter()
        .map(|(k, v)| k.encode_utf16().count() + v.encode_utf16().count())
        .sum();
    println!(
        "stored size: {bytes} bytes ({:.1} KB; budget 600 KB) = {utf16} UTF-16 units in localStorage",
        bytes as f64 / 1024.0
    );
    let backup = store::export_json(&doc, "bench", NOW).expect("the data set writes out");
    println!("backup file: {} bytes", backup.len());

    let mut sink = 0usize;
    let mut tabs: Vec<_> = (0..RUNS).map(|_| doc.clone()).collect();
    let load_merge = median_ms(RUNS, || {
        let Some(mut mine) = tabs.pop() else { return };
        let loaded = store::load(&mut backend, NOW);
        sink += mine.merge(&loaded.doc).len() + loaded.quarantined.len();
    });
    let load_only = median_ms(RUNS, || {
        let loaded = store::load(&mut backend, NOW);
        sink += loaded.doc.live_count(KindId::Checkins);
    });
    let mut tab = doc.clone();
    let save_unchanged = median_ms(RUNS, || {
        sink += store::save(&mut backend, &mut tab, NOW).map_or(0, |r| r.written.len());
    });
    let mut n = 0;
    let save_one_edit = median_ms(RUNS, || {
        n += 1;
        let Some((id, mut m)) = tab
            .live::<Mood>()
            .next()
            .map(|(meta, m)| (meta.id.clone(), m.clone()))
        else {
            return;
        };
        m.score = (n % 11) as u8;
        tab.put(id, m, Instant(NOW.0 + n));
        sink +=
            store::save(&mut backend, &mut tab, Instant(NOW.0 + n)).map_or(0, |r| r.written.len());
    });
    let export = median_ms(RUNS, || {
        sink += store::export_json(&doc, "bench", NOW).map_or(0, |b| b.len())
    });
    let import = median_ms(RUNS, || {
        sink +=
            store::parse_backup(backup.as_bytes()).map_or(0, |b| b.doc.live_count(KindId::Moods))
    });
    println!("median of {RUNS} runs:");
    println!("  load + decode + merge into an open tab: {load_merge:.2} ms (budget 30 ms)");
    println!("  load + decode alone:                    {load_only:.2} ms");
    println!("  save with nothing changed:              {save_unchanged:.2} ms");
    println!("  save after one edit:                    {save_one_edit:.2} ms");
    println!("  export backup:                          {export:.2} ms");
    println!("  parse backup:                           {import:.2} ms");
    std::hint::black_box(sink);
}
