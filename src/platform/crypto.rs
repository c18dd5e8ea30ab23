//! WebCrypto for the privacy lock: PBKDF2-SHA-256 to a non-extractable AES-GCM-256 key, a
//! random IV per encryption. The stored form and its checks are in `store::vault`.

use super::PlatformError;
use crate::store::vault::{self, Envelope, Purpose, IV_LEN, SALT_LEN};
use js_sys::{Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};

/// A derived key with the salt it came from (kept so later writes can store it).
#[derive(Clone)]
pub struct Key {
    key: CryptoKey,
    pub salt: Vec<u8>,
    pub iterations: u32,
    /// Derived from the passphrase as typed, not in NFC (a lock set before NFC was used).
    pub as_typed: bool,
}

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Key(..)")
    }
}

/// Why decryption failed. A wrong passphrase and an edited file look the same to AES-GCM.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenError {
    WrongPassphraseOrChanged,
    /// The browser has no WebCrypto (an insecure origin or a very old browser).
    Unsupported,
}

fn crypto() -> Result<web_sys::Crypto, PlatformError> {
    let w = web_sys::window().ok_or_else(|| PlatformError("no window".into()))?;
    Ok(w.crypto()?)
}

fn subtle() -> Result<SubtleCrypto, PlatformError> {
    let c = crypto()?;
    // `crypto.subtle` is undefined outside a secure context.
    let s = Reflect::get(&c, &"subtle".into())?;
    if s.is_undefined() {
        return Err(PlatformError("WebCrypto needs a secure origin".into()));
    }
    Ok(c.subtle())
}

/// Whether the browser can lock (secure origin with WebCrypto).
pub fn supported() -> bool {
    subtle().is_ok()
}

pub fn random_bytes(n: usize) -> Result<Vec<u8>, PlatformError> {
    let mut out = vec![0u8; n];
    crypto()?.get_random_values_with_u8_array(&mut out)?;
    Ok(out)
}

fn obj(pairs: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &(*k).into(), v);
    }
    o
}

fn usages(list: &[&str]) -> JsValue {
    list.iter()
        .map(|s| JsValue::from_str(s))
        .collect::<js_sys::Array>()
        .into()
}

/// Unicode NFC by the browser's own `String.prototype.normalize` (a Rust normaliser would add
/// its tables to the download; the browser has them already).
pub fn nfc(text: &str) -> String {
    js_sys::JsString::from(text).normalize("NFC").into()
}

/// Derives the key for a passphrase (slow on purpose: 600,000 rounds). The passphrase is
/// taken in NFC, so the same words typed on any keyboard give the same key.
pub async fn derive(passphrase: &str, salt: &[u8], iterations: u32) -> Result<Key, PlatformError> {
    derive_bytes(&vault::key_material(passphrase, nfc), salt, iterations).await
}

async fn derive_bytes(bytes: &[u8], salt: &[u8], iterations: u32) -> Result<Key, PlatformError> {
    let subtle = subtle()?;
    let raw = Uint8Array::from(bytes);
    let base = JsFuture::from(subtle.import_key_with_str(
        "raw",
        &raw,
        "PBKDF2",
        false,
        &usages(&["deriveKey"]),
    )?)
    .await?
    .unchecked_into::<CryptoKey>();
    let params = obj(&[
        ("name", "PBKDF2".into()),
        ("hash", "SHA-256".into()),
        ("salt", Uint8Array::from(salt).into()),
        ("iterations", iterations.into()),
    ]);
    let kind = obj(&[("name", "AES-GCM".into()), ("length", 256.into())]);
    let key = JsFuture::from(subtle.derive_key_with_object_and_object(
        &params,
        &base,
        &kind,
        false,
        &usages(&["encrypt", "decrypt"]),
    )?)
    .await?
    .unchecked_into::<CryptoKey>();
    Ok(Key {
        key,
        salt: salt.to_vec(),
        iterations,
        as_typed: false,
    })
}

/// A key for a new passphrase, with a fresh random salt.
pub async fn new_key(passphrase: &str) -> Result<Key, PlatformError> {
    let salt = random_bytes(SALT_LEN)?;
    derive(passphrase, &salt, vault::ITERATIONS).await
}

fn gcm(iv: &[u8], aad: &[u8]) -> Object {
    obj(&[
        ("name", "AES-GCM".into()),
        ("iv", Uint8Array::from(iv).into()),
        ("additionalData", Uint8Array::from(aad).into()),
    ])
}

/// Encrypts with a fresh IV.
pub async fn seal(key: &Key, purpose: Purpose, plain: &[u8]) -> Result<Envelope, PlatformError> {
    let iv = random_bytes(IV_LEN)?;
    let aad = vault::aad(purpose);
    let out = JsFuture::from(subtle()?.encrypt_with_object_and_u8_array(
        &gcm(&iv, &aad),
        &key.key,
        plain,
    )?)
    .await?;
    Ok(Envelope {
        purpose,
        iterations: key.iterations,
        salt: key.salt.clone(),
        iv,
        ciphertext: Uint8Array::new(&out).to_vec(),
    })
}

/// Decrypts an envelope with a key derived from its own salt.
pub async fn open(key: &Key, envelope: &Envelope) -> Result<Vec<u8>, OpenError> {
    let subtle = subtle().map_err(|_| OpenError::Unsupported)?;
    let promise = subtle
        .decrypt_with_object_and_u8_array(
            &gcm(&envelope.iv, &envelope.aad()),
            &key.key,
            &envelope.ciphertext,
        )
        .map_err(|_| OpenError::WrongPassphraseOrChanged)?;
    let out = JsFuture::from(promise)
        .await
        .map_err(|_| OpenError::WrongPassphraseOrChanged)?;
    Ok(Uint8Array::new(&out).to_vec())
}

/// Derives the key from the envelope's salt, then decrypts. A passphrase that is not in NFC
/// is tried as typed too, so a lock or backup made before NFC was used still opens (the key
/// then says `as_typed`, and the lock is sealed again).
pub async fn open_with(passphrase: &str, envelope: &Envelope) -> Result<(Key, Vec<u8>), OpenError> {
    let key = derive(passphrase, &envelope.salt, envelope.iterations)
        .await
        .map_err(|_| OpenError::Unsupported)?;
    match open(&key, envelope).await {
        Ok(plain) => Ok((key, plain)),
        Err(OpenError::WrongPassphraseOrChanged) if nfc(passphrase) != passphrase => {
            let mut key = derive_bytes(passphrase.as_bytes(), &envelope.salt, envelope.iterations)
                .await
                .map_err(|_| OpenError::Unsupported)?;
            key.as_typed = true;
            let plain = open(&key, envelope).await?;
            Ok((key, plain))
        }
        Err(e) => Err(e),
    }
}
