//! The privacy lock at run time. While unlocked, the patient's keys live decrypted in memory
//! (a [`MemoryBackend`]) and every write there is followed by an encrypted write of all of them
//! to `sc.lock`. Locking drops the key and the decrypted copy.
//!
//! The rest of the app reads and writes through [`open_store`], which is localStorage when the
//! lock is off and this memory copy when it is on.

use super::crypto::{self, Key, OpenError};
use super::storage::LocalStorage;
use super::PlatformError;
use crate::store::vault::{snapshot, snapshot_json, Envelope, Purpose, LOCK_KEY};
use crate::store::{Backend, BackendError, MemoryBackend};
use std::cell::RefCell;
use std::rc::Rc;

mod enable;
mod unlock;

pub use enable::{delete_everything, disable, enable, hint, set_hint, EnableError, Enabled};
pub use unlock::{
    check, lock_here, lock_in_background, lock_now, read_stored, unlock, wait_left, UnlockError,
};

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

/// What to encrypt next, taken from the vault (clears `dirty`). An error when the memory copy
/// cannot be read or written out: nothing is sealed, and this write ends (`flushing` cleared,
/// so the next change starts a new one).
fn take_work() -> Option<Result<(Key, String, u64), BackendError>> {
    VAULT.with(|v| {
        let mut v = v.borrow_mut();
        let vault = v.as_mut()?;
        if !vault.dirty {
            vault.flushing = false;
            return None;
        }
        vault.dirty = false;
        let work = snapshot(&vault.data)
            .and_then(|map| snapshot_json(&map))
            .map(|json| (vault.key.clone(), json, next_seq()));
        if work.is_err() {
            vault.flushing = false;
        }
        Some(work)
    })
}

/// Writes any pending change now and waits for it (the benchmark times a whole save).
pub async fn write_now() -> Result<(), BackendError> {
    match take_work() {
        Some(Ok((key, json, seq))) => write_sealed(&key, &json, seq).await,
        Some(Err(e)) => Err(e),
        None => Ok(()),
    }
}

async fn flush() {
    while let Some(work) = take_work() {
        let failed = work.is_err();
        let result = match work {
            Ok((key, json, seq)) => write_sealed(&key, &json, seq).await,
            Err(e) => Err(e),
        };
        report(result);
        if failed {
            break;
        }
    }
}

async fn write_sealed(key: &Key, json: &str, seq: u64) -> Result<(), BackendError> {
    let envelope = crypto::seal(key, Purpose::Store, json.as_bytes())
        .await
        .map_err(|e| BackendError::Other(e.0))?;
    if WRITTEN.with(|w| w.get()) > seq {
        return Ok(());
    }
    LocalStorage::open().set(LOCK_KEY, &envelope.to_json()?)?;
    WRITTEN.with(|w| w.set(seq));
    Ok(())
}

/// The decrypted keys as a store in memory.
fn memory_of(map: std::collections::BTreeMap<String, String>) -> MemoryBackend {
    let mut data = MemoryBackend::default();
    for (k, v) in map {
        let _ = data.set(&k, &v);
    }
    data
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

/// Encrypts a backup file with its own passphrase and salt.
pub async fn seal_backup(passphrase: &str, json: &str) -> Result<String, PlatformError> {
    let key = crypto::new_key(passphrase).await?;
    crypto::seal(&key, Purpose::Backup, json.as_bytes())
        .await?
        .to_json()
        .map_err(|e| PlatformError(e.to_string()))
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
