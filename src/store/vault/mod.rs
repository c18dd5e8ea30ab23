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
    /// The envelope as stored; an error (never an empty text) if it cannot be written out.
    pub fn to_json(&self) -> Result<String, BackendError> {
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
        serde_json::to_string(&json).map_err(|e| BackendError::Other(e.to_string()))
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

/// The snapshot as the JSON text that is encrypted. An error (never an empty text) when it
/// cannot be written out, so a failed encode can never be sealed over the stored records.
pub fn snapshot_json(map: &BTreeMap<String, String>) -> Result<String, BackendError> {
    serde_json::to_string(map).map_err(|e| BackendError::Other(e.to_string()))
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
    pub fn to_json(self) -> Result<String, BackendError> {
        serde_json::to_string(&self).map_err(|e| BackendError::Other(e.to_string()))
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
mod tests;
