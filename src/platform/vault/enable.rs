//! Turning the lock on and off, the locked screen's hint, and deleting everything after a
//! forgotten passphrase.

use super::{install, unlocked, TAKEN, VAULT, WRITTEN};
use crate::platform::crypto;
use crate::platform::storage::LocalStorage;
use crate::platform::PlatformError;
use crate::store::vault::{
    self, snapshot, snapshot_json, LockHint, Purpose, HINT_KEY, LOCK_KEY, TRIES_KEY,
};
use crate::store::{Backend, BackendError};

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
        let json = snapshot_json(&map).map_err(EnableError::Storage)?;
        let envelope = crypto::seal(&key, Purpose::Store, json.as_bytes()).await?;
        if snapshot(&local).map_err(EnableError::Storage)? == map {
            break (map, envelope);
        }
    };
    let text = envelope.to_json().map_err(EnableError::Storage)?;
    local.set(LOCK_KEY, &text).map_err(EnableError::Storage)?;
    if let Ok(text) = hint.to_json() {
        let _ = local.set(HINT_KEY, &text);
    }
    let _ = local.remove(TRIES_KEY);
    let left_readable = vault::remove_readable(&mut local, map.keys());
    install(key, map);
    Ok(Enabled { left_readable })
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
        let Ok(text) = hint.to_json() else {
            return;
        };
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
