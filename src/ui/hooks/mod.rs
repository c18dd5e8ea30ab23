//! Every hook of the app, in one list. The hooks that stand alone live here; a hook that is
//! the way into a context or a component's state stays next to what it reads (so a provider
//! and its hook are not split in two) and is re-exported here.
//!
//! Two hooks belong to pages and are only named here: `pages/journey.rs`'s `use_current_step`
//! (where the patient is on the journey; Today and the journey page use it) and
//! `pages/settings/restore.rs`'s `use_restore_card` (a piece of the data page).

mod hand_over;
mod modal;
mod now;
mod open_crisis;

/// Hand-over mode: [`use_hand_over`] reads it, [`use_hand_over_state`] holds it for the shell.
pub use hand_over::{use_hand_over, use_hand_over_state, HandOverCtx};
/// A `<dialog>` shown as a modal while a flag is true.
pub use modal::use_modal;
/// The current time, refreshed by a timer while the screen is shown.
pub use now::use_now;
/// Opens the "Get help now" panel from anywhere ([`CrisisOpener`] is what the shell provides).
pub use open_crisis::{use_open_crisis, CrisisOpener};

/// Says a message to screen readers (`components/announcer.rs`, next to `LiveRegions`).
pub use crate::ui::components::announcer::use_announcer;
/// The country and saved numbers in force on this screen (`components/who_to_call.rs`).
pub use crate::ui::components::who_to_call::use_callers;
/// The patient's records and settings, and the named intents that change them (`ui/data/`,
/// next to `DataProvider`).
pub use crate::ui::data::use_data;
/// The words in the patient's language (`ui/i18n/`).
pub use crate::ui::i18n::use_i18n;
/// The privacy lock: locked or not, lock now (`ui/lock.rs`, with `AutoLock` and `TabGuard`).
pub use crate::ui::lock::use_lock;
