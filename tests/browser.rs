//! Browser-facing code in headless Chromium (wasm-bindgen-test): localStorage as the store's
//! backend, corruption and quota paths, the browser's clock and ids.
#![cfg(target_arch = "wasm32")]

use session_companion::domain::core::model::{Mood, RecordId, Session};
use session_companion::domain::core::time::{Instant, LocalDateTime, Zone};
use session_companion::domain::records::document::Document;
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
            store::kind_key(session_companion::domain::records::document::KindId::Sessions),
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

// ----- The privacy lock (WebCrypto) -----

use session_companion::platform::{crypto, vault};
use session_companion::store::vault::{Envelope, LockHint, Purpose, LOCK_KEY};

#[wasm_bindgen_test]
async fn sealed_text_opens_only_with_its_passphrase_and_unchanged() {
    let key = crypto::new_key("correct horse").await.expect("key");
    let sealed = crypto::seal(&key, Purpose::Backup, b"dear diary")
        .await
        .expect("sealed");
    assert_eq!(sealed.salt.len(), 16);
    assert_eq!(sealed.iv.len(), 12);
    assert!(!sealed.ciphertext.windows(5).any(|w| w == b"diary"));
    // The stored form round-trips, and the right passphrase opens it.
    let parsed = Envelope::parse(sealed.to_json().unwrap().as_bytes()).expect("parsed");
    let (_, plain) = crypto::open_with("correct horse", &parsed)
        .await
        .expect("opened");
    assert_eq!(plain, b"dear diary");
    // A fresh IV every time.
    let again = crypto::seal(&key, Purpose::Backup, b"dear diary")
        .await
        .unwrap();
    assert_ne!(again.iv, sealed.iv);
    assert_ne!(again.ciphertext, sealed.ciphertext);
    // Wrong passphrase, one changed byte, or a store envelope passed off as a backup: refused.
    assert_eq!(
        crypto::open_with("wrong horse", &parsed).await.err(),
        Some(crypto::OpenError::WrongPassphraseOrChanged)
    );
    let mut flipped = parsed.clone();
    flipped.ciphertext[3] ^= 1;
    assert!(crypto::open(&key, &flipped).await.is_err());
    let relabelled = Envelope {
        purpose: Purpose::Store,
        ..parsed.clone()
    };
    assert!(crypto::open(&key, &relabelled).await.is_err());
}

#[wasm_bindgen_test]
async fn the_lock_stores_nothing_readable_and_turning_it_off_gives_everything_back() {
    clear();
    let mut doc = Document::new();
    let mut s = doc.settings();
    s.clinic_name = "Lantern Street Clinic".into();
    doc.set_settings(s, Instant(5));
    doc.put(RecordId("m".into()), mood(7), Instant(10));
    store::save(&mut LocalStorage::open(), &mut doc, Instant(20)).expect("saved");
    let before = vault::snapshot_of_storage();

    vault::enable("river stones", LockHint::default())
        .await
        .expect("lock on");
    let all = vault::snapshot_of_storage();
    assert_eq!(all.keys().collect::<Vec<_>>(), ["sc.lock", "sc.lock.hint"]);
    assert!(!all.values().any(|v| v.contains("Lantern")));
    // Saving with the lock on goes through the encrypted copy.
    let mut edited = store::load(&mut vault::open_store(), Instant(30)).doc;
    assert_eq!(edited.settings().clinic_name, "Lantern Street Clinic");
    edited.put(RecordId("n".into()), mood(3), Instant(40));
    store::save(&mut vault::open_store(), &mut edited, Instant(40)).expect("saved");
    vault::write_now().await.expect("written");
    assert!(!LocalStorage::open()
        .get(LOCK_KEY)
        .unwrap()
        .unwrap()
        .contains("steady"));

    // Locked: nothing to read until the right passphrase.
    vault::lock_now();
    assert!(vault::locked());
    assert!(matches!(
        vault::unlock("river stone", Instant(50)).await,
        Err(vault::UnlockError::Wrong { wait: 0 })
    ));
    vault::unlock("river stones", Instant(60))
        .await
        .expect("unlocked");
    let reopened = store::load(&mut vault::open_store(), Instant(70)).doc;
    assert_eq!(
        reopened.live_count(session_companion::domain::records::document::KindId::Moods),
        2
    );

    // Off: the readable keys are back, the lock keys are gone.
    vault::disable().expect("lock off");
    let after = vault::snapshot_of_storage();
    assert!(!after.contains_key(LOCK_KEY) && !after.contains_key("sc.lock.hint"));
    assert_eq!(
        after.keys().collect::<Vec<_>>(),
        before.keys().collect::<Vec<_>>()
    );
    let plain = store::load(&mut LocalStorage::open(), Instant(80)).doc;
    assert_eq!(plain.settings().clinic_name, "Lantern Street Clinic");
    assert_eq!(
        plain.live_count(session_companion::domain::records::document::KindId::Moods),
        2
    );
}

use session_companion::platform::tabs;
use session_companion::store::vault::{snapshot_json, ITERATIONS};

#[wasm_bindgen_test]
async fn an_accent_typed_as_two_characters_opens_what_the_composed_one_sealed() {
    let composed = "caf\u{e9} con ñandú";
    let decomposed = "cafe\u{301} con n\u{303}andu\u{301}";
    assert_eq!(crypto::nfc(decomposed), composed);
    let salt = [7u8; 16];
    let key = crypto::derive(composed, &salt, 100_000).await.expect("key");
    let sealed = crypto::seal(&key, Purpose::Store, b"{}").await.unwrap();
    let (opener, plain) = crypto::open_with(decomposed, &sealed)
        .await
        .expect("the decomposed passphrase opens it");
    assert_eq!(plain, b"{}");
    assert!(
        !opener.as_typed,
        "opened by the NFC key, nothing to re-seal"
    );
    assert!(crypto::open_with("cafe con nandu", &sealed).await.is_err());
}

#[wasm_bindgen_test]
async fn with_the_lock_on_and_this_tab_not_unlocked_storage_refuses() {
    clear();
    let mut doc = Document::new();
    doc.put(RecordId("a".into()), mood(2), Instant(10));
    store::save(&mut LocalStorage::open(), &mut doc, Instant(20)).expect("saved");
    let left = vault::enable("glass harbour lamps", LockHint::default())
        .await
        .expect("lock on");
    assert!(left.left_readable.is_empty(), "every readable copy removed");
    vault::lock_here();
    assert!(vault::locked());
    let mut store = vault::open_store();
    assert_eq!(store.keys(), Err(BackendError::Unavailable));
    assert_eq!(store.get("sc.meta"), Err(BackendError::Unavailable));
    assert_eq!(
        store.set("sc.v1.moods", "readable"),
        Err(BackendError::Unavailable)
    );
    let mut fresh = Document::new();
    fresh.put(RecordId("b".into()), mood(9), Instant(30));
    assert!(store::save(&mut vault::open_store(), &mut fresh, Instant(30)).is_err());
    let all = vault::snapshot_of_storage();
    assert_eq!(all.keys().collect::<Vec<_>>(), ["sc.lock", "sc.lock.hint"]);
    clear();
}

#[wasm_bindgen_test]
async fn a_lock_sealed_with_fewer_iterations_is_sealed_again_after_unlocking() {
    clear();
    let salt = [3u8; 16];
    let old = crypto::derive("paper boats drift", &salt, 100_000)
        .await
        .unwrap();
    let mut map = std::collections::BTreeMap::new();
    map.insert("sc.meta".to_string(), "{\"schema\":1}".to_string());
    let sealed = crypto::seal(
        &old,
        Purpose::Store,
        snapshot_json(&map).unwrap().as_bytes(),
    )
    .await
    .unwrap();
    LocalStorage::open()
        .set(LOCK_KEY, &sealed.to_json().unwrap())
        .unwrap();
    vault::unlock("paper boats drift", Instant(10))
        .await
        .expect("unlocked");
    let stored = || {
        Envelope::parse(
            LocalStorage::open()
                .get(LOCK_KEY)
                .unwrap()
                .unwrap()
                .as_bytes(),
        )
        .unwrap()
    };
    let mut waited = 0;
    while stored().iterations != ITERATIONS && waited < 20_000 {
        sleep(100).await;
        waited += 100;
    }
    let now = stored();
    assert_eq!(
        now.iterations, ITERATIONS,
        "sealed again with today's count"
    );
    assert_ne!(now.salt, salt.to_vec(), "with a new salt");
    vault::lock_here();
    vault::unlock("paper boats drift", Instant(20))
        .await
        .expect("the same passphrase still opens it");
    assert_eq!(
        store::load(&mut vault::open_store(), Instant(30))
            .doc
            .live_count(session_companion::domain::records::document::KindId::Moods),
        0
    );
    vault::lock_here();
    clear();
}

fn set_hidden(hidden: bool) {
    let document = web_sys::window().unwrap().document().unwrap();
    let desc = js_sys::Object::new();
    js_sys::Reflect::set(&desc, &"value".into(), &hidden.into()).unwrap();
    js_sys::Reflect::set(&desc, &"configurable".into(), &true.into()).unwrap();
    js_sys::Object::define_property(&document, &"hidden".into(), &desc);
    document
        .dispatch_event(&web_sys::Event::new("visibilitychange").unwrap())
        .unwrap();
}

#[wasm_bindgen_test]
fn the_screen_is_covered_while_the_page_is_in_the_background() {
    let veil = tabs::veil_when_hidden();
    assert!(!tabs::veiled());
    set_hidden(true);
    assert!(tabs::veiled(), "covered inside the event itself");
    set_hidden(false);
    assert!(!tabs::veiled());
    set_hidden(true);
    drop(veil);
    set_hidden(false);
    assert!(!tabs::veiled(), "uncovered when no longer watched");
}

#[wasm_bindgen_test]
async fn a_cancelled_file_picker_is_noticed_and_a_lock_leaves_no_signal_behind() {
    let closed = std::rc::Rc::new(std::cell::Cell::new(0));
    let seen = closed.clone();
    tabs::once_file_picker_closes(move || seen.set(seen.get() + 1));
    let document = web_sys::window().unwrap().document().unwrap();
    // Going to the background is the picker opening, not closing.
    set_hidden(true);
    assert_eq!(closed.get(), 0);
    let input = document.create_element("input").unwrap();
    input.set_attribute("type", "file").unwrap();
    document.body().unwrap().append_child(&input).unwrap();
    // The picker's `cancel` bubbles from the input.
    js_sys::Function::new_with_args(
        "el",
        "el.dispatchEvent(new Event('cancel', {bubbles: true}))",
    )
    .call1(&wasm_bindgen::JsValue::NULL, &input)
    .unwrap();
    assert_eq!(closed.get(), 1, "the cancel is heard");
    set_hidden(false);
    sleep(10).await;
    assert_eq!(closed.get(), 1, "once only");
    input.remove();

    clear();
    tabs::announce_lock(tabs::LockReason::Now);
    assert_eq!(LocalStorage::open().get(tabs::LOCK_SIGNAL_KEY), Ok(None));
}
