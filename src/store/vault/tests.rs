use super::*;
use crate::store::MemoryBackend;
use proptest::prelude::*;

fn sample() -> Envelope {
    Envelope {
        purpose: Purpose::Store,
        iterations: ITERATIONS,
        salt: (0..16).collect(),
        iv: (100..112).collect(),
        ciphertext: (0..40).collect(),
    }
}

#[test]
fn an_envelope_round_trips_and_names_its_format() {
    let e = sample();
    let text = e.to_json().unwrap();
    assert!(text.contains("\"encrypted\":1"));
    assert!(text.contains("\"iterations\":600000"));
    assert_eq!(Envelope::parse(text.as_bytes()), Ok(e));
}

#[test]
fn a_plain_backup_or_other_json_is_not_an_envelope() {
    let plain = br#"{"app":"session-companion","schema":1,"records":[]}"#;
    assert_eq!(Envelope::parse(plain), Err(EnvelopeError::NotEncrypted));
    assert_eq!(Envelope::parse(b"hello"), Err(EnvelopeError::NotEncrypted));
    assert_eq!(
        Envelope::parse(br#"{"encrypted":1}"#),
        Err(EnvelopeError::NotEncrypted)
    );
}

#[test]
fn cut_off_or_edited_envelopes_are_damaged() {
    let text = sample().to_json().unwrap();
    for cut in [text.len() - 1, text.len() / 2, 60] {
        assert_eq!(
            Envelope::parse(&text.as_bytes()[..cut]),
            Err(EnvelopeError::Damaged),
            "cut at {cut}"
        );
    }
    let short_salt = text.replace(&base64url::encode(&sample().salt), "AAAA");
    assert_eq!(
        Envelope::parse(short_salt.as_bytes()),
        Err(EnvelopeError::Damaged)
    );
    let bad_chars = text.replace("\"iv\":\"", "\"iv\":\"*");
    assert_eq!(
        Envelope::parse(bad_chars.as_bytes()),
        Err(EnvelopeError::Damaged)
    );
    let hang = text.replace("600000", "4000000000");
    assert_eq!(
        Envelope::parse(hang.as_bytes()),
        Err(EnvelopeError::Damaged)
    );
}

#[test]
fn a_newer_format_is_named() {
    let text = sample()
        .to_json()
        .unwrap()
        .replace("\"encrypted\":1", "\"encrypted\":2");
    assert_eq!(
        Envelope::parse(text.as_bytes()),
        Err(EnvelopeError::NewerFormat(2))
    );
}

#[test]
fn store_and_backup_envelopes_authenticate_different_data() {
    assert_ne!(aad(Purpose::Store), aad(Purpose::Backup));
}

#[test]
fn the_snapshot_holds_data_keys_only() {
    let mut b = MemoryBackend::default();
    b.set("sc.meta", "{}").unwrap();
    b.set("sc.v1.journal", "[note]").unwrap();
    b.set("sc.quarantine.1.journal", "x").unwrap();
    b.set(LOCK_KEY, "envelope").unwrap();
    b.set(HINT_KEY, "{}").unwrap();
    b.set(TRIES_KEY, "2").unwrap();
    b.set("other.app", "theirs").unwrap();
    let map = snapshot(&b).unwrap();
    let keys: Vec<&str> = map.keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        ["sc.meta", "sc.quarantine.1.journal", "sc.v1.journal"]
    );
    assert_eq!(
        parse_snapshot(snapshot_json(&map).unwrap().as_bytes()),
        Some(map)
    );
    assert_eq!(parse_snapshot(br#"{"sc.lock":"x"}"#), None);
    assert_eq!(parse_snapshot(b"[1]"), None);
}

#[test]
fn the_hint_carries_language_and_country_only_and_never_fails() {
    let hint = LockHint {
        language: Some(Language::Es),
        country: Country::Uk,
    };
    assert_eq!(
        hint.to_json().unwrap(),
        r#"{"language":"es","country":"uk"}"#
    );
    assert_eq!(LockHint::parse(&hint.to_json().unwrap()), hint);
    assert_eq!(LockHint::parse("garbage"), LockHint::default());
}

#[test]
fn wrong_passphrases_wait_longer_and_longer_up_to_five_minutes() {
    let waits: Vec<u32> = (0..12).map(retry_wait_secs).collect();
    assert_eq!(waits, [0, 0, 0, 5, 10, 20, 40, 80, 160, 300, 300, 300]);
    assert_eq!(retry_wait_secs(u32::MAX), 300);
}

#[test]
fn the_wait_survives_a_reload_and_counts_down() {
    let t = Instant(10_000_000);
    let mut tries = Tries::default();
    for _ in 0..4 {
        tries = tries.failed(t);
    }
    let stored = Tries::parse(&tries.to_text());
    assert_eq!(stored, tries);
    assert_eq!(stored.wait_left(t), 10);
    assert_eq!(stored.wait_left(Instant(t.0 + 9_500)), 1);
    assert_eq!(stored.wait_left(Instant(t.0 + 10_000)), 0);
    assert_eq!(
        stored.wait_left(Instant(t.0 - 1_000_000)),
        10,
        "clock set back"
    );
    assert_eq!(Tries::parse("junk"), Tries::default());
    assert_eq!(Tries::default().wait_left(t), 0);
}

#[test]
fn a_new_passphrase_is_long_enough_and_typed_the_same_twice() {
    use PassphraseProblem::*;
    assert_eq!(check_new_passphrase("short", "short"), Err(TooShort));
    assert_eq!(
        check_new_passphrase("ñandú ñandú", "ñandú ñandu"),
        Err(Mismatch)
    );
    assert_eq!(check_new_passphrase("ñandúñan", "ñandúñan"), Ok(()));
}

#[test]
fn idle_locking() {
    let t = Instant(1_000_000);
    assert!(!idle_expired(t, Instant(t.0 + 299_999), 5));
    assert!(idle_expired(t, Instant(t.0 + 300_000), 5));
    assert!(
        !idle_expired(t, Instant(t.0 + 99_000_000), 0),
        "0 means never"
    );
}

#[test]
fn the_strength_hint_recommends_twelve_characters_or_four_words() {
    use Strength::*;
    let table = [
        ("short", TooShort),
        ("ñandúñ", TooShort),
        ("password", Short),
        ("elevenchars", Short),
        ("blue kettle", Short),
        ("twelve chars", Good),
        ("ñandú ñandú ñ", Good),
        ("a b c d", TooShort),
        ("sol mar pan té", Good),
        ("uno dos tre", Short),
    ];
    for (p, want) in table {
        assert_eq!(passphrase_strength(p), want, "{p:?}");
    }
}

/// NFC for the few letters these tests use (the app asks the browser, which knows them all).
fn nfc_of_test_letters(s: &str) -> String {
    s.replace("e\u{301}", "é")
        .replace("n\u{303}", "ñ")
        .replace("u\u{301}", "ú")
}

#[test]
fn an_accent_typed_as_two_characters_derives_from_the_same_bytes() {
    let composed = "caf\u{e9} ñandú";
    let decomposed = "cafe\u{301} n\u{303}andu\u{301}";
    assert_ne!(composed.as_bytes(), decomposed.as_bytes());
    assert_eq!(
        key_material(decomposed, nfc_of_test_letters),
        key_material(composed, nfc_of_test_letters)
    );
    assert_eq!(
        key_material(composed, nfc_of_test_letters),
        composed.as_bytes()
    );
    // ASCII never reaches the normaliser.
    let unused = |_: &str| -> String { unreachable!("ASCII is already NFC") };
    assert_eq!(key_material("blue kettle", unused), b"blue kettle");
}

#[test]
fn a_lock_sealed_with_fewer_iterations_is_sealed_again() {
    let table = [
        (100_000, false, true),
        (310_000, false, true),
        (ITERATIONS - 1, false, true),
        (ITERATIONS, false, false),
        (ITERATIONS + 1, false, false),
        (5_000_000, false, false),
        (ITERATIONS, true, true),
        (5_000_000, true, true),
    ];
    for (stored, as_typed, want) in table {
        assert_eq!(needs_reseal(stored, as_typed), want, "{stored} {as_typed}");
    }
}

/// A backend whose removals of some keys silently do nothing (a browser extension, a
/// storage bug): the readable copy stays.
struct Sticky {
    inner: MemoryBackend,
    sticky: Vec<&'static str>,
    refuse: bool,
}

impl Backend for Sticky {
    fn get(&self, key: &str) -> Result<Option<String>, BackendError> {
        self.inner.get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), BackendError> {
        self.inner.set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), BackendError> {
        if self.sticky.contains(&key) {
            return if self.refuse {
                Err(BackendError::Other("refused".into()))
            } else {
                Ok(())
            };
        }
        self.inner.remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, BackendError> {
        self.inner.keys()
    }
}

#[test]
fn every_readable_copy_that_stays_is_named() {
    for refuse in [false, true] {
        let mut b = Sticky {
            inner: MemoryBackend::default(),
            sticky: vec!["sc.v1.journal"],
            refuse,
        };
        for k in ["sc.meta", "sc.v1.journal", "sc.v1.moods"] {
            b.set(k, "x").unwrap();
        }
        let keys: Vec<String> = snapshot(&b).unwrap().into_keys().collect();
        let left = remove_readable(&mut b, &keys);
        assert_eq!(left, ["sc.v1.journal"], "refuse: {refuse}");
        assert_eq!(b.keys().unwrap(), ["sc.v1.journal"]);
    }
    let mut clean = MemoryBackend::default();
    clean.set("sc.meta", "x").unwrap();
    let keys: Vec<String> = snapshot(&clean).unwrap().into_keys().collect();
    assert!(remove_readable(&mut clean, &keys).is_empty());
    assert!(clean.keys().unwrap().is_empty());
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = Envelope::parse(&bytes);
        let _ = parse_snapshot(&bytes);
    }

    #[test]
    fn any_envelope_round_trips(
        salt in proptest::collection::vec(any::<u8>(), SALT_LEN),
        iv in proptest::collection::vec(any::<u8>(), IV_LEN),
        ciphertext in proptest::collection::vec(any::<u8>(), TAG_LEN..300),
        backup in any::<bool>(),
    ) {
        let e = Envelope {
            purpose: if backup { Purpose::Backup } else { Purpose::Store },
            iterations: ITERATIONS, salt, iv, ciphertext,
        };
        prop_assert_eq!(Envelope::parse(e.to_json().unwrap().as_bytes()), Ok(e));
    }
}
