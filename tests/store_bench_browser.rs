//! Benchmark, not a test: load + decode + merge of the 3-year synthetic data set from real
//! localStorage in headless Chromium, to compare with the native figure. Run by
//! `scripts/bench-store.sh` (not part of the test command); it prints its figures.
#![cfg(target_arch = "wasm32")]

use session_companion::domain::core::time::Instant;
use session_companion::domain::records::document::KindId;
use session_companion::domain::records::synthetic;
use session_companion::platform::storage::LocalStorage;
use session_companion::store::{self, Backend};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const RUNS: usize = 15;

fn clear_storage() {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
}

/// The record each timed save adds.
fn mood(at: Instant, i: usize) -> session_companion::domain::core::model::Mood {
    session_companion::domain::core::model::Mood {
        at,
        score: 1 + i as u8,
        word: "steady".into(),
    }
}

fn now_ms() -> f64 {
    web_sys::window().unwrap().performance().unwrap().now()
}

#[wasm_bindgen_test]
fn store_load_decode_merge_in_the_browser() {
    clear_storage();
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

/// The privacy lock: unlocking (600,000-round key derivation + decrypt + load of the 3-year
/// data set) and what the lock adds to a save (encrypting and writing everything).
#[wasm_bindgen_test]
async fn privacy_lock_unlock_and_save_in_the_browser() {
    use session_companion::platform::vault;
    use session_companion::store::vault::LockHint;
    const PASS: &str = "bench passphrase";
    const N: usize = 5;
    let at = Instant(1_800_000_000_000);
    clear_storage();
    let mut doc = synthetic::generate(42);
    store::save(&mut LocalStorage::open(), &mut doc, at).expect("saved");
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    // A save of one new mood, readable storage.
    let mut plain = Vec::new();
    for i in 0..N {
        let t = now_ms();
        doc.put(session_companion::platform::ids::new_id(), mood(at, i), at);
        store::save(&mut LocalStorage::open(), &mut doc, at).expect("saved");
        plain.push(now_ms() - t);
    }
    let t = now_ms();
    vault::enable(PASS, LockHint::default())
        .await
        .expect("lock on");
    let enable_ms = now_ms() - t;
    // The same save with the lock on: into memory, then encrypted and written.
    let mut locked = Vec::new();
    for i in 0..N {
        let t = now_ms();
        doc.put(session_companion::platform::ids::new_id(), mood(at, i), at);
        store::save(&mut vault::open_store(), &mut doc, at).expect("saved");
        vault::write_now().await.expect("written");
        locked.push(now_ms() - t);
    }
    let mut unlock = Vec::new();
    for _ in 0..N {
        vault::lock_now();
        let t = now_ms();
        vault::unlock(PASS, at).await.expect("unlocked");
        let loaded = store::load(&mut vault::open_store(), at);
        assert_eq!(
            loaded.doc.live_count(KindId::Checkins),
            doc.live_count(KindId::Checkins)
        );
        unlock.push(now_ms() - t);
    }
    let stored = LocalStorage::open()
        .get(session_companion::store::vault::LOCK_KEY)
        .unwrap()
        .map_or(0, |s| s.len() * 2);
    let (p, l) = (median(plain), median(locked));
    console_log!(
        "browser: lock on {:.0} ms; unlock (derive + decrypt + load) median {:.0} ms (budget 1500); save median {:.1} ms readable, {:.1} ms locked: the lock adds {:.1} ms (budget 10); encrypted store {} bytes (UTF-16)",
        enable_ms,
        median(unlock),
        p,
        l,
        l - p,
        stored
    );
}
