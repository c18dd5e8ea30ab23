//! When to offer installing the app on the home screen: never on the first visit, only once
//! the patient has saved something of their own, never after "Not now", never when it is
//! already installed; the browser's own install prompt where it has one, plain steps on an
//! iPhone or iPad (Safari has no prompt, only "Add to Home Screen" in its Share menu).

use crate::domain::records::document::{Document, KindId};

/// What the app knows at the moment it decides.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct InstallFacts {
    /// Running from the home screen already (`display-mode: standalone`).
    pub standalone: bool,
    /// The patient chose "Not now" once.
    pub dismissed: bool,
    /// At least one record of the patient's own is saved (settings alone do not count).
    pub saved_something: bool,
    /// The browser handed over its install prompt (`beforeinstallprompt`).
    pub prompt_ready: bool,
    /// An iPhone, iPad or iPod (where installing is "Add to Home Screen").
    pub ios: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InstallOffer {
    Hidden,
    /// A button that opens the browser's own install prompt.
    Prompt,
    /// The steps for Safari's Share menu.
    IosSteps,
}

pub fn install_offer(f: InstallFacts) -> InstallOffer {
    if f.standalone || f.dismissed || !f.saved_something {
        InstallOffer::Hidden
    } else if f.prompt_ready {
        InstallOffer::Prompt
    } else if f.ios {
        InstallOffer::IosSteps
    } else {
        InstallOffer::Hidden
    }
}

/// Whether the patient has saved anything beyond their settings (a live record).
pub fn saved_something(doc: &Document) -> bool {
    KindId::ALL
        .iter()
        .filter(|k| **k != KindId::Settings)
        .any(|k| doc.live_count(*k) > 0)
}

/// An iPhone, iPad or iPod by its user agent (iPadOS that reports itself as a Mac is not
/// told apart; it then simply sees no offer).
pub fn is_ios(user_agent: &str) -> bool {
    ["iPhone", "iPad", "iPod"]
        .iter()
        .any(|d| user_agent.contains(d))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::core::model::RecordId;
    use crate::domain::core::model::{JournalEntry, Settings};
    use crate::domain::core::time::Instant;

    const READY: InstallFacts = InstallFacts {
        standalone: false,
        dismissed: false,
        saved_something: true,
        prompt_ready: true,
        ios: false,
    };

    #[test]
    fn the_prompt_is_offered_only_after_something_is_saved_and_until_not_now() {
        assert_eq!(install_offer(READY), InstallOffer::Prompt);
        let first_visit = InstallFacts {
            saved_something: false,
            ..READY
        };
        assert_eq!(install_offer(first_visit), InstallOffer::Hidden);
        let dismissed = InstallFacts {
            dismissed: true,
            ..READY
        };
        assert_eq!(install_offer(dismissed), InstallOffer::Hidden);
        let installed = InstallFacts {
            standalone: true,
            ..READY
        };
        assert_eq!(install_offer(installed), InstallOffer::Hidden);
    }

    #[test]
    fn an_iphone_without_a_prompt_gets_the_steps_and_other_browsers_nothing() {
        let iphone = InstallFacts {
            prompt_ready: false,
            ios: true,
            ..READY
        };
        assert_eq!(install_offer(iphone), InstallOffer::IosSteps);
        assert_eq!(
            install_offer(InstallFacts {
                dismissed: true,
                ..iphone
            }),
            InstallOffer::Hidden
        );
        assert_eq!(
            install_offer(InstallFacts {
                standalone: true,
                ..iphone
            }),
            InstallOffer::Hidden
        );
        let desktop_without_prompt = InstallFacts {
            prompt_ready: false,
            ..READY
        };
        assert_eq!(install_offer(desktop_without_prompt), InstallOffer::Hidden);
    }

    #[test]
    fn ios_is_told_from_the_user_agent() {
        assert!(is_ios("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"));
        assert!(is_ios(
            "Mozilla/5.0 (iPad; CPU OS 16_0 like Mac OS X) AppleWebKit/605.1.15"
        ));
        assert!(!is_ios("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36"));
    }

    #[test]
    fn settings_alone_are_not_something_saved() {
        let mut doc = Document::new();
        let now = Instant(1_700_000_000_000);
        doc.set_settings(
            Settings {
                welcome_done: true,
                ..Settings::default()
            },
            now,
        );
        assert!(!saved_something(&doc));
        doc.put(
            RecordId("j1".into()),
            JournalEntry {
                at: now,
                session: None,
                text: "a note".into(),
            },
            now,
        );
        assert!(saved_something(&doc));
        doc.delete::<JournalEntry>(&RecordId("j1".into()), now);
        assert!(!saved_something(&doc), "a deleted record does not count");
    }
}
