//! Browser-facing code in headless Chromium (wasm-bindgen-test): localStorage as the store's
//! backend, corruption and quota paths, the browser's clock and ids.
#![cfg(target_arch = "wasm32")]

use session_companion::domain::document::Document;
use session_companion::domain::model::{Mood, RecordId, Session};
use session_companion::domain::time::{Instant, LocalDateTime, Zone};
use session_companion::platform::clock::{self, BrowserZone};
use session_companion::platform::{ids, storage::LocalStorage};
use session_companion::store::{self, Backend, BackendError, SaveError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn clear() {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
}

fn mood(score: u8) -> Mood {
    Mood {
        at: Instant(1_700_000_000_000),
        score,
        word: "steady".into(),
    }
}

#[wasm_bindgen_test]
fn local_storage_round_trips_the_document() {
    clear();
    let mut backend = LocalStorage::open();
    assert!(backend.is_usable());
    let mut doc = Document::new();
    doc.put(RecordId("a".into()), mood(6), Instant(10));
    store::save(&mut backend, &mut doc, Instant(20)).expect("saved");
    let loaded = store::load(&mut LocalStorage::open(), Instant(30));
    assert_eq!(
        loaded.doc.get::<Mood>(&RecordId("a".into())),
        Some(&mood(6))
    );
    assert!(loaded.quarantined.is_empty());
}

#[wasm_bindgen_test]
fn unreadable_data_is_moved_aside_whole_and_the_rest_loads() {
    clear();
    let mut backend = LocalStorage::open();
    let mut doc = Document::new();
    doc.put(RecordId("a".into()), mood(4), Instant(10));
    store::save(&mut backend, &mut doc, Instant(20)).unwrap();
    let garbage = "{\"schema\":1,\"app\":\"session-companion\",\"records\":[{\"id\":\"s";
    backend
        .set(
            store::kind_key(session_companion::domain::document::KindId::Sessions),
            garbage,
        )
        .unwrap();
    let loaded = store::load(&mut backend, Instant(30));
    assert_eq!(
        loaded.doc.live::<Mood>().count(),
        1,
        "the readable kind still loads"
    );
    assert_eq!(loaded.doc.live::<Session>().count(), 0);
    let kept = store::quarantine_entries(&backend).unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].value, garbage, "kept byte for byte");
}

#[wasm_bindgen_test]
fn a_full_quota_is_reported_and_the_document_is_kept_in_memory() {
    clear();
    // Fill localStorage until the browser refuses, then try to save.
    let raw = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let chunk = "x".repeat(512 * 1024);
    let mut i = 0;
    while raw.set_item(&format!("filler.{i}"), &chunk).is_ok() {
        i += 1;
        assert!(i < 200, "quota never reached");
    }
    let small = "y".repeat(1024);
    let mut j = 0;
    while raw.set_item(&format!("filler.small.{j}"), &small).is_ok() {
        j += 1;
    }
    let mut backend = LocalStorage::open();
    let mut doc = Document::new();
    for n in 0..50 {
        doc.put(RecordId(format!("m{n}")), mood(5), Instant(10));
    }
    match store::save(&mut backend, &mut doc, Instant(20)) {
        Err(SaveError::Storage { failures }) => {
            assert!(
                failures
                    .iter()
                    .any(|f| f.error == BackendError::QuotaExceeded),
                "{failures:?}"
            );
        }
        other => panic!("expected a quota failure, got {other:?}"),
    }
    assert_eq!(doc.live::<Mood>().count(), 50, "nothing typed is dropped");
    clear();
    store::save(&mut backend, &mut doc, Instant(30)).expect("retry succeeds once there is room");
}

#[wasm_bindgen_test]
fn browser_zone_matches_javascript_dates() {
    let now = clock::now();
    let local = BrowserZone.to_local(now);
    let d = js_sys::Date::new(&(now.0 as f64).into());
    assert_eq!(u32::from(local.time.hour), d.get_hours());
    assert_eq!(u32::from(local.date.day), d.get_date());
    let back = BrowserZone.to_instant(LocalDateTime::new(local.date, local.time));
    assert_eq!(back.0 / 60_000, now.0 / 60_000);
}

#[wasm_bindgen_test]
fn ids_are_random_hex() {
    let a = ids::new_id();
    let b = ids::new_id();
    assert_eq!(a.0.len(), 32);
    assert!(a.0.chars().all(|c| c.is_ascii_hexdigit()));
    assert_ne!(a, b);
}

/// Resolves after `ms` milliseconds (the browser's own timer).
async fn sleep(ms: i32) {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
}

#[wasm_bindgen_test]
async fn an_interval_ticks_until_dropped() {
    use session_companion::platform::timer::Interval;
    use std::cell::Cell;
    use std::rc::Rc;
    let ticks = Rc::new(Cell::new(0));
    let counter = ticks.clone();
    let interval = Interval::start(10, move || counter.set(counter.get() + 1)).expect("started");
    sleep(100).await;
    assert!(ticks.get() > 0, "it ticked");
    drop(interval);
    let stopped_at = ticks.get();
    sleep(60).await;
    assert_eq!(ticks.get(), stopped_at, "no tick after drop");
}

#[wasm_bindgen_test]
async fn notices_are_never_shown_without_permission() {
    use session_companion::platform::notify::{self, Permission};
    // A test browser has not been asked, so nothing may be shown (and nothing is asked here).
    let p = notify::permission();
    assert_ne!(p, Permission::Granted);
    assert!(notify::show("Companion", "A reminder", "t").await.is_err());
}
