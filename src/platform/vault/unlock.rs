//! Unlocking and locking: the passphrase tries and their waits, opening `sc.lock` into
//! memory, and forgetting the key again.

use super::{changed, install, memory_of, next_seq, report, write_sealed, VAULT};
use crate::domain::core::time::Instant;
use crate::platform::crypto::{self, OpenError};
use crate::platform::storage::LocalStorage;
use crate::store::vault::{
    self, parse_snapshot, snapshot, snapshot_json, Envelope, EnvelopeError, Tries, LOCK_KEY,
    TRIES_KEY,
};
use crate::store::{Backend, MemoryBackend};

/// Why unlocking failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnlockError {
    /// Wrong passphrase; `wait` seconds before the next try.
    Wrong { wait: u32 },
    /// Still waiting after earlier wrong tries.
    Wait { seconds: u32 },
    /// The stored lock cannot be read (damaged, or from a newer version). Nothing was changed.
    Unreadable(EnvelopeError),
    /// This browser cannot decrypt (no WebCrypto).
    Unsupported,
    /// Nothing is locked (another tab turned the lock off).
    NotLocked,
}

fn tries() -> Tries {
    LocalStorage::open()
        .get(TRIES_KEY)
        .ok()
        .flatten()
        .map_or_else(Tries::default, |t| Tries::parse(&t))
}

/// Seconds before another try is allowed.
pub fn wait_left(now: Instant) -> u32 {
    tries().wait_left(now)
}

/// The stored lock's envelope, checked before any decryption is tried.
fn stored_envelope() -> Result<Envelope, UnlockError> {
    let text = LocalStorage::open()
        .get(LOCK_KEY)
        .ok()
        .flatten()
        .ok_or(UnlockError::NotLocked)?;
    Envelope::parse(text.as_bytes()).map_err(UnlockError::Unreadable)
}

/// Tries a passphrase; on success the data is decrypted into memory and the app may load it.
pub async fn unlock(passphrase: &str, now: Instant) -> Result<(), UnlockError> {
    let tries = tries();
    let wait = tries.wait_left(now);
    if wait > 0 {
        return Err(UnlockError::Wait { seconds: wait });
    }
    let envelope = stored_envelope()?;
    let mut local = LocalStorage::open();
    match crypto::open_with(passphrase, &envelope).await {
        Ok((key, plain)) => {
            let Some(map) = parse_snapshot(&plain) else {
                return Err(UnlockError::Unreadable(EnvelopeError::Damaged));
            };
            let _ = local.remove(TRIES_KEY);
            let reseal = vault::needs_reseal(envelope.iterations, key.as_typed);
            let salt = key.salt.clone();
            install(key, map);
            if reseal {
                wasm_bindgen_futures::spawn_local(reseal_with(passphrase.to_string(), salt));
            }
            Ok(())
        }
        Err(OpenError::Unsupported) => Err(UnlockError::Unsupported),
        Err(OpenError::WrongPassphraseOrChanged) => {
            let next = tries.failed(now);
            let _ = local.set(TRIES_KEY, &next.to_text());
            Err(UnlockError::Wrong {
                wait: vault::retry_wait_secs(next.failures),
            })
        }
    }
}

/// Seals the unlocked data again under a new key with today's iteration count and the
/// passphrase in NFC (the lock was opened with an older key). Runs after the unlock, so the
/// patient does not wait for it; if the tab locked meanwhile nothing happens.
async fn reseal_with(passphrase: String, old_salt: Vec<u8>) {
    let Ok(key) = crypto::new_key(&passphrase).await else {
        return;
    };
    let swapped = VAULT.with(|v| match v.borrow_mut().as_mut() {
        Some(vault) if vault.key.salt == old_salt => {
            vault.key = key;
            true
        }
        _ => false,
    });
    if swapped {
        changed();
    }
}

/// Locks now, in this tab and every other open tab of the app.
pub fn lock_now() {
    lock_here();
    crate::platform::tabs::announce_lock(crate::platform::tabs::LockReason::Now);
}

/// Locks this tab as it goes to the background (or idles there), and every other tab of the
/// app that is in the background too.
pub fn lock_in_background() {
    lock_here();
    crate::platform::tabs::announce_lock(crate::platform::tabs::LockReason::Background);
}

/// Locks this tab: forgets the key and the decrypted copy. A pending change is encrypted and
/// written first (from its own copy), so nothing entered is lost.
pub fn lock_here() {
    let pending = VAULT.with(|v| {
        let vault = v.borrow_mut().take()?;
        (vault.dirty || vault.flushing).then(|| {
            let json = snapshot(&vault.data).and_then(|map| snapshot_json(&map));
            json.map(|json| (vault.key, json, next_seq()))
        })
    });
    match pending {
        Some(Ok((key, json, seq))) => wasm_bindgen_futures::spawn_local(async move {
            report(write_sealed(&key, &json, seq).await);
        }),
        // Said, not dropped: the storage banner shows the write failed.
        Some(Err(e)) => report(Err(e)),
        None => {}
    }
}

/// Whether `passphrase` opens the stored lock (asked again before turning the lock off).
pub async fn check(passphrase: &str) -> Result<(), UnlockError> {
    let envelope = stored_envelope()?;
    match crypto::open_with(passphrase, &envelope).await {
        Ok(_) => Ok(()),
        Err(OpenError::Unsupported) => Err(UnlockError::Unsupported),
        Err(OpenError::WrongPassphraseOrChanged) => Err(UnlockError::Wrong { wait: 0 }),
    }
}

/// What another tab wrote to `sc.lock`, decrypted with this tab's key, as a store to load.
pub async fn read_stored() -> Option<MemoryBackend> {
    let key = VAULT.with(|v| v.borrow().as_ref().map(|vault| vault.key.clone()))?;
    let text = LocalStorage::open().get(LOCK_KEY).ok().flatten()?;
    let envelope = Envelope::parse(text.as_bytes()).ok()?;
    let plain = crypto::open(&key, &envelope).await.ok()?;
    parse_snapshot(&plain).map(memory_of)
}
