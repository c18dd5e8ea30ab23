//! Benchmark, not a test: load + decode + merge of the 3-year synthetic data set from real
//! localStorage in headless Chromium, to compare with the native figure. Run by
//! `scripts/bench-store.sh` (not part of the test command); it prints its figures.
#![cfg(target_arch = "wasm32")]

use session_companion::domain::document::KindId;
use session_companion::domain::synthetic;
use session_companion::domain::time::Instant;
use session_companion::platform::storage::LocalStorage;
use session_companion::store;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const RUNS: usize = 15;

fn now_ms() -> f64 {
    web_sys::window().unwrap().performance().unwrap().now()
}

#[wasm_bindgen_test]
fn store_load_decode_merge_in_the_browser() {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
    let doc = synthetic::generate(42);
    let mut backend = LocalStorage::open();
    store::save(&mut backend, &mut doc.clone(), Instant(1_800_000_000_000)).expect("saved");
    let bytes = session_companion::platform::storage::used_bytes(&backend, store::KEY_PREFIX);
    let mut times: Vec<f64> = (0..RUNS)
        .map(|_| {
            let t = now_ms();
            let mut open = doc.clone();
            let loaded = store::load(&mut LocalStorage::open(), Instant(1_800_000_000_000));
            open.merge(&loaded.doc);
            assert_eq!(
                open.live_count(KindId::Checkins),
                doc.live_count(KindId::Checkins)
            );
            now_ms() - t
        })
        .collect();
    times.sort_by(f64::total_cmp);
    console_log!(
        "browser: localStorage {} bytes (UTF-16); load + decode + merge median {:.1} ms over {} runs",
        bytes,
        times[RUNS / 2],
        RUNS
    );
}
