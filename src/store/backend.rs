//! Where stored strings live: localStorage in the app, a map in native tests.

use std::collections::BTreeMap;
use std::fmt;

/// Why the storage refused a call. Every store function returns these instead of panicking.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BackendError {
    /// The browser's storage quota is full (localStorage throws `QuotaExceededError`).
    QuotaExceeded,
    /// Storage is switched off or blocked (private mode, site data disabled).
    Unavailable,
    Other(String),
}

impl fmt::Display for BackendError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BackendError::QuotaExceeded => f.write_str("storage quota exceeded"),
            BackendError::Unavailable => f.write_str("storage unavailable"),
            BackendError::Other(e) => write!(f, "storage error: {e}"),
        }
    }
}

impl std::error::Error for BackendError {}

/// A string key-value store with localStorage's semantics (each `set` is atomic per key).
pub trait Backend {
    fn get(&self, key: &str) -> Result<Option<String>, BackendError>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), BackendError>;
    fn remove(&mut self, key: &str) -> Result<(), BackendError>;
    fn keys(&self) -> Result<Vec<String>, BackendError>;
}

/// An in-memory backend for native tests, with a byte quota and an off switch.
#[derive(Clone, Debug, Default)]
pub struct MemoryBackend {
    map: BTreeMap<String, String>,
    /// When set, a `set` that would make keys plus values exceed this many bytes fails.
    pub quota: Option<usize>,
    /// When true, every call fails with [`BackendError::Unavailable`].
    pub unavailable: bool,
}

impl MemoryBackend {
    pub fn new() -> Self {
        MemoryBackend::default()
    }

    pub fn with_quota(quota: usize) -> Self {
        MemoryBackend {
            quota: Some(quota),
            ..MemoryBackend::default()
        }
    }

    /// Bytes used by all keys and values.
    pub fn used_bytes(&self) -> usize {
        self.map.iter().map(|(k, v)| k.len() + v.len()).sum()
    }

    /// Everything stored, for assertions.
    pub fn entries(&self) -> &BTreeMap<String, String> {
        &self.map
    }

    fn check(&self) -> Result<(), BackendError> {
        if self.unavailable {
            Err(BackendError::Unavailable)
        } else {
            Ok(())
        }
    }
}

impl Backend for MemoryBackend {
    fn get(&self, key: &str) -> Result<Option<String>, BackendError> {
        self.check()?;
        Ok(self.map.get(key).cloned())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), BackendError> {
        self.check()?;
        if let Some(quota) = self.quota {
            let old = self.map.get(key).map_or(0, |v| key.len() + v.len());
            if self.used_bytes() - old + key.len() + value.len() > quota {
                return Err(BackendError::QuotaExceeded);
            }
        }
        self.map.insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), BackendError> {
        self.check()?;
        self.map.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, BackendError> {
        self.check()?;
        Ok(self.map.keys().cloned().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quota_counts_keys_and_values_and_replacing_frees_the_old_value() {
        let mut b = MemoryBackend::with_quota(10);
        assert_eq!(b.set("ab", "cdef"), Ok(()));
        assert_eq!(
            b.set("ab", "cdefghij"),
            Ok(()),
            "replacing: 2 + 8 = 10 fits"
        );
        assert_eq!(b.set("x", ""), Err(BackendError::QuotaExceeded));
        assert_eq!(b.get("ab"), Ok(Some("cdefghij".into())));
        b.remove("ab").unwrap();
        assert_eq!(b.used_bytes(), 0);
    }

    #[test]
    fn unavailable_fails_every_call() {
        let mut b = MemoryBackend::new();
        b.set("k", "v").unwrap();
        b.unavailable = true;
        assert_eq!(b.get("k"), Err(BackendError::Unavailable));
        assert_eq!(b.set("k", "w"), Err(BackendError::Unavailable));
        assert_eq!(b.remove("k"), Err(BackendError::Unavailable));
        assert_eq!(b.keys(), Err(BackendError::Unavailable));
        b.unavailable = false;
        assert_eq!(b.get("k"), Ok(Some("v".into())));
    }
}
