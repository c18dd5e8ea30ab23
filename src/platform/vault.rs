//! The privacy lock at run time. While unlocked, the patient's keys live decrypted in memory
//! (a [`MemoryBackend`]) and every write there is followed by an encrypted write of all of them
//! to `sc.lock`. Locking drops the key and the decrypted copy.
//!
//! The rest of the app reads and writes through [`open_store`], which is localStorage when the
//! lock is off and this memory copy when it is on.

use super::crypto::{self, Key, OpenError};
use super::storage::LocalStorage;
use super::PlatformError;
use crate::domain::core::time::Instant;
use crate::store::vault::{
    self, parse_snapshot, snapshot, snapshot_json, Envelope, EnvelopeError, LockHint, Purpose,
    Tries, HINT_KEY, LOCK_KEY, TRIES_KEY,
};
use crate::store::{Backend, BackendError, MemoryBackend};
use std::cell::RefCell;
use std::rc::Rc;

struct Vault {
    key: Key,
    data: MemoryBackend,
    /// Changed since the last encrypted write started.
    dirty: bool,
    flushing: bool,
}

/// Hears the outcome of each encrypted write.
type WriteListener = Rc<dyn Fn(Result<(), BackendError>)>;

thread_local! {
    static VAULT: RefCell<Option<Vault>> = const { RefCell::new(None) };
    /// Told the outcome of each encrypted write (the data context shows failures).
    static ON_WRITE: RefCell<Option<WriteListener>> = const { RefCell::new(None) };
    /// Encrypted writes are numbered when their text is taken; an older one that finishes
    /// after a newer one is dropped, so the stored copy never goes back in time.
    static TAKEN: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
    static WRITTEN: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

fn next_seq() -> u64 {
    TAKEN.with(|t| {
        t.set(t.get() + 1);
        t.get()
    })
}

/// Whether this tab holds the unlocked data.
pub fn unlocked() -> bool {
    VAULT.with(|v| v.borrow().is_some())
}

/// Whether storage holds locked data (whether or not this tab has unlocked it).
pub fn lock_enabled() -> bool {
    LocalStorage::open().get(LOCK_KEY).ok().flatten().is_some()
}

/// Locked and not unlocked here: show the lock screen.
pub fn locked() -> bool {
    !unlocked() && lock_enabled()
}

/// Where the app's data is read and written right now.
pub enum AppStore {
    Plain(LocalStorage),
    Vault,
    /// The lock is on and this tab has not unlocked it: every call is refused, so nothing is
    /// read from or written to storage in readable form.
    Refused,
}

pub fn open_store() -> AppStore {
    if unlocked() {
        AppStore::Vault
    } else if lock_enabled() {
        AppStore::Refused
    } else {
        AppStore::Plain(LocalStorage::open())
    }
}

impl Backend for AppStore {
    fn get(&self, key: &str) -> Result<Option<String>, BackendError> {
        match self {
            AppStore::Plain(s) => s.get(key),
            AppStore::Vault => with_data(|d| d.get(key)),
            AppStore::Refused => Err(BackendError::Unavailable),
        }
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), BackendError> {
        match self {
            AppStore::Plain(s) => s.set(key, value),
            AppStore::Refused => Err(BackendError::Unavailable),
            AppStore::Vault => {
                with_data(|d| d.set(key, value))?;
                changed();
                Ok(())
            }
        }
    }
    fn remove(&mut self, key: &str) -> Result<(), BackendError> {
        match self {
            AppStore::Plain(s) => s.remove(key),
            AppStore::Refused => Err(BackendError::Unavailable),
            AppStore::Vault => {
                with_data(|d| d.remove(key))?;
                changed();
                Ok(())
            }
        }
    }
    fn keys(&self) -> Result<Vec<String>, BackendError> {
        match self {
            AppStore::Plain(s) => s.keys(),
            AppStore::Vault => with_data(|d| d.keys()),
            AppStore::Refused => Err(BackendError::Unavailable),
        }
    }
}

fn with_data<T>(
    f: impl FnOnce(&mut MemoryBackend) -> Result<T, BackendError>,
) -> Result<T, BackendError> {
    VAULT.with(|v| match v.borrow_mut().as_mut() {
        Some(vault) => f(&mut vault.data),
        // Locked between opening the store and using it: nothing is read or written.
        None => Err(BackendError::Unavailable),
    })
}

/// Registers who hears about encrypted writes (one listener: the data context).
pub fn on_write(f: impl Fn(Result<(), BackendError>) + 'static) {
    ON_WRITE.with(|w| *w.borrow_mut() = Some(Rc::new(f)));
}

fn report(result: Result<(), BackendError>) {
    if let Some(f) = ON_WRITE.with(|w| w.borrow().clone()) {
        f(result);
    }
}

/// Marks the memory copy changed and starts an encrypted write unless one is running (that one
/// writes again when it finishes).
fn changed() {
    let start = VAULT.with(|v| {
        let mut v = v.borrow_mut();
        let Some(vault) = v.as_mut() else {
            return false;
        };
        vault.dirty = true;
        if vault.flushing {
            return false;
        }
        vault.flushing = true;
        true
    });
    if start {
        wasm_bindgen_futures::spawn_local(flush());
    }
}

/// What to encrypt next, taken from the vault (clears `dirty`).
fn take_work() -> Option<(Key, String, u64)> {
    VAULT.with(|v| {
        let mut v = v.borrow_mut();
        let vault = v.as_mut()?;
        if !vault.dirty {
            vault.flushing = false;
            return None;
        }
        vault.dirty = false;
        let map = snapshot(&vault.data).ok()?;
        Some((vault.key.clone(), snapshot_json(&map), next_seq()))
    })
}

/// Writes any pending change now and waits for it (the benchmark times a whole save).
pub async fn write_now() -> Result<(), BackendError> {
    match take_work() {
        Some((key, json, seq)) => write_sealed(&key, &json, seq).await,
        None => Ok(()),
    }
}

async fn flush() {
    while let Some((key, json, seq)) = take_work() {
        let result = write_sealed(&key, &json, seq).await;
        report(result);
    }
}

async fn write_sealed(key: &Key, json: &str, seq: u64) -> Result<(), BackendError> {
    let envelope = crypto::seal(key, Purpose::Store, json.as_bytes())
        .await
        .map_err(|e| BackendError::Other(e.0))?;
    if WRITTEN.with(|w| w.get()) > seq {
        return Ok(());
    }
    LocalStorage::open().set(LOCK_KEY, &envelope.to_json())?;
    WRITTEN.with(|w| w.set(seq));
    Ok(())
}

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

/// The decrypted keys as a store in memory.
fn memory_of(map: std::collections::BTreeMap<String, String>) -> MemoryBackend {
    let mut data = MemoryBackend::default();
    for (k, v) in map {
        let _ = data.set(&k, &v);
    }
    data
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

fn install(key: Key, map: std::collections::BTreeMap<String, String>) {
    let data = memory_of(map);
    VAULT.with(|v| {
        *v.borrow_mut() = Some(Vault {
            key,
            data,
            dirty: false,
            flushing: false,
        })
    });
}

/// Locks now, in this tab and every other open tab of the app.
pub fn lock_now() {
    lock_here();
    super::tabs::announce_lock(super::tabs::LockReason::Now);
}

/// Locks this tab as it goes to the background (or idles there), and every other tab of the
/// app that is in the background too.
pub fn lock_in_background() {
    lock_here();
    super::tabs::announce_lock(super::tabs::LockReason::Background);
}

/// Locks this tab: forgets the key and the decrypted copy. A pending change is encrypted and
/// written first (from its own copy), so nothing entered is lost.
pub fn lock_here() {
    let pending = VAULT.with(|v| {
        let vault = v.borrow_mut().take()?;
        let map = snapshot(&vault.data).ok()?;
        (vault.dirty || vault.flushing).then(|| (vault.key, snapshot_json(&map), next_seq()))
    });
    if let Some((key, json, seq)) = pending {
        wasm_bindgen_futures::spawn_local(async move {
            report(write_sealed(&key, &json, seq).await);
        });
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EnableError {
    Unsupported,
    /// Storage refused the encrypted copy; the data is still stored as before.
    Storage(BackendError),
    Crypto(String),
}

impl From<PlatformError> for EnableError {
    fn from(e: PlatformError) -> Self {
        EnableError::Crypto(e.0)
    }
}

/// The lock is on; `left_readable` names the readable copies the browser would not remove
/// (checked, not assumed), so the patient can be told.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Enabled {
    pub left_readable: Vec<String>,
}

/// Turns the lock on: encrypts every data key into `sc.lock` in one write, then removes the
/// readable copies and checks they are gone. If the write fails nothing has changed.
pub async fn enable(passphrase: &str, hint: LockHint) -> Result<Enabled, EnableError> {
    if !crypto::supported() {
        return Err(EnableError::Unsupported);
    }
    let key = crypto::new_key(passphrase).await?;
    let mut local = LocalStorage::open();
    // The patient may save while the key is derived: encrypt again until nothing moved.
    let (map, envelope) = loop {
        let map = snapshot(&local).map_err(EnableError::Storage)?;
        let json = snapshot_json(&map);
        let envelope = crypto::seal(&key, Purpose::Store, json.as_bytes()).await?;
        if snapshot(&local).map_err(EnableError::Storage)? == map {
            break (map, envelope);
        }
    };
    local
        .set(LOCK_KEY, &envelope.to_json())
        .map_err(EnableError::Storage)?;
    let _ = local.set(HINT_KEY, &hint.to_json());
    let _ = local.remove(TRIES_KEY);
    let left_readable = vault::remove_readable(&mut local, map.keys());
    install(key, map);
    Ok(Enabled { left_readable })
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

/// Turns the lock off: writes every key back readable, then removes `sc.lock`. If a write
/// fails, the readable copies written so far are removed and the lock stays as it was.
pub fn disable() -> Result<(), BackendError> {
    let map = VAULT.with(|v| {
        v.borrow()
            .as_ref()
            .map(|vault| snapshot(&vault.data))
            .unwrap_or(Err(BackendError::Unavailable))
    })?;
    let mut local = LocalStorage::open();
    let mut written = Vec::new();
    for (k, v) in &map {
        if let Err(e) = local.set(k, v) {
            for k in written {
                let _ = local.remove(k);
            }
            return Err(e);
        }
        written.push(k);
    }
    local.remove(LOCK_KEY)?;
    let _ = local.remove(HINT_KEY);
    let _ = local.remove(TRIES_KEY);
    VAULT.with(|v| *v.borrow_mut() = None);
    Ok(())
}

/// Every key of this app in localStorage and its text (for tests and checks).
pub fn snapshot_of_storage() -> std::collections::BTreeMap<String, String> {
    let local = LocalStorage::open();
    local
        .keys()
        .unwrap_or_default()
        .into_iter()
        .filter(|k| k.starts_with(crate::store::KEY_PREFIX))
        .filter_map(|k| local.get(&k).ok().flatten().map(|v| (k, v)))
        .collect()
}

/// The language and country the locked screen uses.
pub fn hint() -> LockHint {
    LocalStorage::open()
        .get(HINT_KEY)
        .ok()
        .flatten()
        .map_or_else(LockHint::default, |t| LockHint::parse(&t))
}

/// Keeps the locked screen's language and country in step with the settings.
pub fn set_hint(hint: LockHint) {
    if unlocked() {
        let mut local = LocalStorage::open();
        let text = hint.to_json();
        if local.get(HINT_KEY).ok().flatten().as_deref() != Some(text.as_str()) {
            let _ = local.set(HINT_KEY, &text);
        }
    }
}

/// Forgotten passphrase: removes every key of this app, locked or not.
pub fn delete_everything() -> Result<(), BackendError> {
    VAULT.with(|v| *v.borrow_mut() = None);
    // An encrypted write still under way must not put the deleted data back.
    WRITTEN.with(|w| w.set(TAKEN.with(|t| t.get()) + 1));
    let mut local = LocalStorage::open();
    for k in local.keys()? {
        if k.starts_with(crate::store::KEY_PREFIX) {
            local.remove(&k)?;
        }
    }
    Ok(())
}

/// What another tab wrote to `sc.lock`, decrypted with this tab's key, as a store to load.
pub async fn read_stored() -> Option<MemoryBackend> {
    let key = VAULT.with(|v| v.borrow().as_ref().map(|vault| vault.key.clone()))?;
    let text = LocalStorage::open().get(LOCK_KEY).ok().flatten()?;
    let envelope = Envelope::parse(text.as_bytes()).ok()?;
    let plain = crypto::open(&key, &envelope).await.ok()?;
    parse_snapshot(&plain).map(memory_of)
}

/// Encrypts a backup file with its own passphrase and salt.
pub async fn seal_backup(passphrase: &str, json: &str) -> Result<String, PlatformError> {
    let key = crypto::new_key(passphrase).await?;
    Ok(crypto::seal(&key, Purpose::Backup, json.as_bytes())
        .await?
        .to_json())
}

/// Opens an encrypted backup: the backup JSON, or why not.
pub async fn open_backup(passphrase: &str, envelope: &Envelope) -> Result<Vec<u8>, OpenError> {
    if envelope.purpose != Purpose::Backup {
        return Err(OpenError::WrongPassphraseOrChanged);
    }
    crypto::open_with(passphrase, envelope)
        .await
        .map(|(_, plain)| plain)
}
