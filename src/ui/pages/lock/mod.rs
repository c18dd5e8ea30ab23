//! The privacy lock: the locked screen (nothing about the patient on it) and its settings.

mod screen;
mod settings;

pub use screen::LockScreen;
pub use settings::LockSettingsPage;

use crate::platform::vault::UnlockError;
use crate::store::vault::EnvelopeError;
use crate::ui::i18n::{LockK as L, Tr};

/// Why the passphrase did not open the lock, in words.
fn unlock_message(tr: Tr, e: UnlockError) -> String {
    match e {
        UnlockError::Wrong { wait: 0 } => tr.t(L::WrongPassphrase).into(),
        UnlockError::Wrong { wait } | UnlockError::Wait { seconds: wait } => {
            let wrong = matches!(e, UnlockError::Wrong { .. });
            let waiting = tr.f(L::WaitBeforeTry, &[("seconds", &wait.to_string())]);
            if wrong {
                format!("{} {waiting}", tr.t(L::WrongPassphrase))
            } else {
                waiting
            }
        }
        UnlockError::Unreadable(EnvelopeError::NewerFormat(_)) => tr.t(L::LockNewer).into(),
        UnlockError::Unreadable(_) => tr.t(L::LockUnreadable).into(),
        UnlockError::Unsupported => tr.t(L::LockUnsupported).into(),
        // Another tab turned the lock off meanwhile: there is nothing to unlock.
        UnlockError::NotLocked => String::new(),
    }
}
