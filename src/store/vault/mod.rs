//! The privacy lock's stored form, without the cryptography itself (that is WebCrypto, in
//! `platform::crypto`), so every rule here is tested natively.
//!
//! With the lock on, localStorage holds:
//! - `sc.lock`: one envelope whose ciphertext is every data key (`sc.meta`, `sc.v1.*`,
//!   `sc.quarantine.*`) as a JSON object of key -> text. One key means turning the lock on or off
//!   is committed by a single write: before it, the old form is untouched; after it, the new
//!   form is complete.
//! - `sc.lock.hint`: the language and country, so the locked screen speaks the patient's
//!   language and shows the right crisis numbers. Nothing else.
//! - `sc.lock.tries`: how many wrong passphrases in a row, for the growing wait.
//!
//! An encrypted backup file is the same envelope around the backup JSON, with its own salt.

use super::backend::{Backend, BackendError};
use super::{APP_MARKER, KEY_PREFIX};
use crate::domain::core::base64url;
use crate::domain::core::model::{Country, Language};
use crate::domain::core::time::Instant;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const LOCK_KEY: &str = "sc.lock";
pub const HINT_KEY: &str = "sc.lock.hint";
pub const TRIES_KEY: &str = "sc.lock.tries";

/// The envelope format this version writes and reads.
pub const FORMAT: u32 = 1;
/// PBKDF2-SHA-256 iterations (the current OWASP figure for SHA-256).
pub const ITERATIONS: u32 = 600_000;
pub const SALT_LEN: usize = 16;
pub const IV_LEN: usize = 12;
/// AES-GCM appends a 16-byte tag.
const TAG_LEN: usize = 16;
/// Iteration counts a file may ask for: below is too weak to be ours, above could hang the
/// phone for minutes.
const ITERATIONS_RANGE: std::ops::RangeInclusive<u32> = 100_000..=5_000_000;

/// The shortest passphrase the lock accepts.
pub const MIN_PASSPHRASE: usize = 8;

/// What the ciphertext holds; authenticated with it, so a stored envelope cannot be passed off
/// as a backup or the other way round.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    Store,
    Backup,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Envelope {
    pub purpose: Purpose,
    pub iterations: u32,
    pub salt: Vec<u8>,
    pub iv: Vec<u8>,
    pub ciphertext: Vec<u8>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EnvelopeError {
    /// Not an encrypted envelope (for an import: a plain backup, or something else).
    NotEncrypted,
    /// Written by a newer version of the app.
    NewerFormat(u32),
    /// Cut off, edited, or missing a part: it cannot be decrypted.
    Damaged,
}

#[derive(Serialize, Deserialize)]
struct EnvelopeJson {
    app: String,
    encrypted: u32,
    purpose: Purpose,
    kdf: String,
    iterations: u32,
    salt: String,
    iv: String,
    data: String,
}

const KDF: &str = "PBKDF2-SHA-256/AES-GCM-256";

impl Envelope {
    pub fn to_json(&self) -> String {
        let json = EnvelopeJson {
            app: APP_MARKER.into(),
            encrypted: FORMAT,
            purpose: self.purpose,
            kdf: KDF.into(),
            iterations: self.iterations,
            salt: base64url::encode(&self.salt),
            iv: base64url::encode(&self.iv),
            data: base64url::encode(&self.ciphertext),
        };
        serde_json::to_string(&json).unwrap_or_default()
    }

    /// Reads an envelope; every part is checked before any decryption is tried.
    pub fn parse(text: &[u8]) -> Result<Envelope, EnvelopeError> {
        #[derive(Deserialize)]
        struct Probe {
            app: Option<String>,
            encrypted: Option<u32>,
        }
        // JSON is read from `str` everywhere in the app (one serde_json reader in the wasm).
        let parsed = std::str::from_utf8(text).map_err(|_| ());
        let probe: Probe = match parsed.and_then(|t| serde_json::from_str(t).map_err(|_| ())) {
            Ok(p) => p,
            // Not JSON at all: if it starts like an envelope, it was cut off.
            Err(_) if looks_like_envelope(text) => return Err(EnvelopeError::Damaged),
            Err(_) => return Err(EnvelopeError::NotEncrypted),
        };
        match (probe.app.as_deref(), probe.encrypted) {
            (Some(APP_MARKER), Some(format)) if format > FORMAT => {
                return Err(EnvelopeError::NewerFormat(format))
            }
            (Some(APP_MARKER), Some(_)) => {}
            _ => return Err(EnvelopeError::NotEncrypted),
        }
        let json: EnvelopeJson = std::str::from_utf8(text)
            .ok()
            .and_then(|t| serde_json::from_str(t).ok())
            .ok_or(EnvelopeError::Damaged)?;
        let bytes = |s: &str| base64url::decode(s).ok_or(EnvelopeError::Damaged);
        let envelope = Envelope {
            purpose: json.purpose,
            iterations: json.iterations,
            salt: bytes(&json.salt)?,
            iv: bytes(&json.iv)?,
            ciphertext: bytes(&json.data)?,
        };
        let sound = json.kdf == KDF
            && ITERATIONS_RANGE.contains(&envelope.iterations)
            && envelope.salt.len() == SALT_LEN
            && envelope.iv.len() == IV_LEN
            && envelope.ciphertext.len() >= TAG_LEN;
        if sound {
            Ok(envelope)
        } else {
            Err(EnvelopeError::Damaged)
        }
    }

    /// The additional data authenticated with the ciphertext.
    pub fn aad(&self) -> Vec<u8> {
        aad(self.purpose)
    }
}

pub fn aad(purpose: Purpose) -> Vec<u8> {
    let p = match purpose {
        Purpose::Store => "store",
        Purpose::Backup => "backup",
    };
    format!("{APP_MARKER}/{FORMAT}/{p}").into_bytes()
}

fn looks_like_envelope(text: &[u8]) -> bool {
    let head = &text[..text.len().min(200)];
    let head = String::from_utf8_lossy(head);
    head.contains(APP_MARKER) && head.contains("\"encrypted\"")
}

/// Keys that hold the patient's data (and so go inside the envelope when locked).
pub fn is_data_key(key: &str) -> bool {
    key.starts_with(KEY_PREFIX) && !is_lock_key(key) && key != "sc.probe"
}

/// The lock's own keys, which stay outside the envelope.
pub fn is_lock_key(key: &str) -> bool {
    key == LOCK_KEY || key.starts_with("sc.lock.")
}

/// Every data key and its text, as stored now.
pub fn snapshot(backend: &dyn Backend) -> Result<BTreeMap<String, String>, BackendError> {
    let mut map = BTreeMap::new();
    for key in backend.keys()? {
        if is_data_key(&key) {
            if let Some(text) = backend.get(&key)? {
                map.insert(key, text);
            }
        }
    }
    Ok(map)
}

pub fn snapshot_json(map: &BTreeMap<String, String>) -> String {
    serde_json::to_string(map).unwrap_or_default()
}

/// The decrypted snapshot; `None` if it is not a JSON object of data keys to text.
pub fn parse_snapshot(text: &[u8]) -> Option<BTreeMap<String, String>> {
    let map: BTreeMap<String, String> =
        serde_json::from_str(std::str::from_utf8(text).ok()?).ok()?;
    map.keys().all(|k| is_data_key(k)).then_some(map)
}

/// What the locked screen may know: language and country, nothing about the patient's care.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct LockHint {
    pub language: Option<Language>,
    pub country: Country,
}

impl LockHint {
    pub fn to_json(self) -> String {
        serde_json::to_string(&self).unwrap_or_default()
    }
    pub fn parse(text: &str) -> LockHint {
        serde_json::from_str(text).unwrap_or_default()
    }
}

/// Seconds to wait before the next try after `failures` wrong passphrases in a row: three free
/// tries, then 5 s, doubling, at most 5 minutes. Slows guessing without locking anyone out.
pub fn retry_wait_secs(failures: u32) -> u32 {
    if failures < 3 {
        return 0;
    }
    5u32.saturating_mul(1 << (failures - 3).min(6)).min(300)
}

/// Wrong passphrases in a row and when the last one was typed (kept across reloads, so
/// reloading does not skip the wait).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Tries {
    pub failures: u32,
    pub last: Instant,
}

impl Tries {
    pub fn to_text(self) -> String {
        format!("{},{}", self.failures, self.last.0)
    }
    pub fn parse(text: &str) -> Tries {
        let mut parts = text.split(',');
        let failures = parts.next().and_then(|n| n.parse().ok());
        let last = parts.next().and_then(|n| n.parse().ok());
        match (failures, last) {
            (Some(failures), Some(last)) => Tries {
                failures,
                last: Instant(last),
            },
            _ => Tries::default(),
        }
    }
    pub fn failed(self, now: Instant) -> Tries {
        Tries {
            failures: self.failures.saturating_add(1),
            last: now,
        }
    }
    /// Whole seconds until the next try is allowed (0 = now).
    pub fn wait_left(self, now: Instant) -> u32 {
        let until = self.last.0 + i64::from(retry_wait_secs(self.failures)) * 1000;
        let left = (until - now.0).max(0);
        // A clock set backwards must not stretch the wait beyond its length.
        ((left as u64).div_ceil(1000) as u32).min(retry_wait_secs(self.failures))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PassphraseProblem {
    TooShort,
    Mismatch,
}

/// Checks a new passphrase typed twice.
pub fn check_new_passphrase(first: &str, again: &str) -> Result<(), PassphraseProblem> {
    if first.chars().count() < MIN_PASSPHRASE {
        Err(PassphraseProblem::TooShort)
    } else if first != again {
        Err(PassphraseProblem::Mismatch)
    } else {
        Ok(())
    }
}

/// How strong a new passphrase looks: the lock takes 8 characters or more, and recommends at
/// least 12 characters or four words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Strength {
    /// Under the minimum: the lock refuses it.
    TooShort,
    /// Accepted, but shorter than recommended.
    Short,
    /// 12 characters or more, or four words or more.
    Good,
}

/// Characters recommended for a passphrase.
pub const RECOMMENDED_CHARS: usize = 12;
/// Or this many words.
pub const RECOMMENDED_WORDS: usize = 4;

/// The hint shown while a new passphrase is typed (counts characters, not bytes, so accented
/// letters count once; give it the passphrase as it will be derived, in NFC).
pub fn passphrase_strength(passphrase: &str) -> Strength {
    let chars = passphrase.chars().count();
    let words = passphrase.split_whitespace().count();
    if chars < MIN_PASSPHRASE {
        Strength::TooShort
    } else if chars >= RECOMMENDED_CHARS || words >= RECOMMENDED_WORDS {
        Strength::Good
    } else {
        Strength::Short
    }
}

/// The bytes the key is derived from: the passphrase in Unicode NFC, so "é" typed as one
/// character or as "e" plus an accent (another keyboard, another phone) gives the same key.
/// `nfc` is the normaliser (the browser's `String.prototype.normalize` in the app).
pub fn key_material(passphrase: &str, nfc: impl FnOnce(&str) -> String) -> Vec<u8> {
    // Pure ASCII is already NFC: no trip through the normaliser.
    if passphrase.is_ascii() {
        passphrase.as_bytes().to_vec()
    } else {
        nfc(passphrase).into_bytes()
    }
}

/// Whether a lock just opened should be sealed again with a new key: it was sealed with fewer
/// PBKDF2 iterations than today's count (an older version), or its key came from the
/// passphrase as typed rather than in NFC (`as_typed`). A higher count is kept.
pub fn needs_reseal(stored_iterations: u32, as_typed: bool) -> bool {
    stored_iterations < ITERATIONS || as_typed
}

/// Removes the readable copies of `keys` (after the lock is on), tries once more for any that
/// is still there, and returns those that could not be removed, so the patient is told.
pub fn remove_readable<'a>(
    backend: &mut dyn Backend,
    keys: impl IntoIterator<Item = &'a String>,
) -> Vec<String> {
    let still_there = |b: &dyn Backend, k: &str| !matches!(b.get(k), Ok(None));
    let mut left = Vec::new();
    for k in keys {
        let _ = backend.remove(k);
        if still_there(backend, k) {
            let _ = backend.remove(k);
            if still_there(backend, k) {
                left.push(k.clone());
            }
        }
    }
    left
}

/// Whether the app has been left alone long enough to lock (`minutes` 0 = never).
pub fn idle_expired(last_activity: Instant, now: Instant, minutes: u16) -> bool {
    minutes > 0 && now.0.saturating_sub(last_activity.0) >= i64::from(minutes) * 60_000
}

#[cfg(test)]
mod tests {
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
        let text = e.to_json();
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
        let text = sample().to_json();
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
        assert_eq!(parse_snapshot(snapshot_json(&map).as_bytes()), Some(map));
        assert_eq!(parse_snapshot(br#"{"sc.lock":"x"}"#), None);
        assert_eq!(parse_snapshot(b"[1]"), None);
    }

    #[test]
    fn the_hint_carries_language_and_country_only_and_never_fails() {
        let hint = LockHint {
            language: Some(Language::Es),
            country: Country::Uk,
        };
        assert_eq!(hint.to_json(), r#"{"language":"es","country":"uk"}"#);
        assert_eq!(LockHint::parse(&hint.to_json()), hint);
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
            prop_assert_eq!(Envelope::parse(e.to_json().as_bytes()), Ok(e));
        }
    }
}
