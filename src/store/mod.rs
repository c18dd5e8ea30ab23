//! Local persistence: the document in per-kind storage keys, quarantine of anything
//! unreadable, schema migrations, and backup files.
//!
//! Storage layout (all keys start with `sc.`):
//! - `sc.meta`: `{"schema":N,"app":"session-companion"}`; a newer schema here makes the app
//!   read-only so an old tab never writes over a newer version's data;
//! - `sc.v1.<kind>`: `{"schema":N,"app":"session-companion","records":[...]}`, one per kind,
//!   records sorted by id, tombstones included;
//! - `sc.quarantine.<millis>.<kind>`: text that could not be read, kept with time and reason;
//! - `sc.backup`: when the last backup was made (outside the document, see [`wipe`]).

pub mod backend;
pub mod backup;
#[cfg(test)]
mod backup_tests;
#[cfg(test)]
mod cache_tests;
pub mod codec;
pub mod migrate;
pub mod persist;
pub mod quarantine;
#[cfg(test)]
mod tests;
pub mod vault;
pub mod wipe;

pub use backend::{Backend, BackendError, MemoryBackend};
pub use backup::{
    apply_import, export_json, import, odd_times, parse_backup, preview, read_backup, Backup,
    ExportError, ImportError, ImportMode, ImportPreview, OddTime, MAX_IMPORT_BYTES,
};
pub use codec::QuarantineReason;
pub use migrate::{migrate, MigrateError, SCHEMA};
pub use persist::{
    load, load_cached, save, save_cached, saved_settings, Loaded, SaveCache, SaveError, SaveReport,
    StorageFailure,
};
pub use quarantine::{
    quarantine_entries, quarantine_export_json, remove_quarantine_entry, QuarantineEntry,
};

use crate::domain::records::document::KindId;

/// Marks our envelopes and backup files; anything without it is not ours.
pub const APP_MARKER: &str = "session-companion";
/// Every key this app owns starts with this.
pub const KEY_PREFIX: &str = "sc.";
pub const META_KEY: &str = "sc.meta";
pub const QUARANTINE_PREFIX: &str = "sc.quarantine.";

/// The storage key of one kind.
pub fn kind_key(kind: KindId) -> &'static str {
    match kind {
        KindId::Settings => "sc.v1.settings",
        KindId::Assessment => "sc.v1.assessment",
        KindId::Medicines => "sc.v1.medicines",
        KindId::Sessions => "sc.v1.sessions",
        KindId::Checkins => "sc.v1.checkins",
        KindId::Questionnaires => "sc.v1.questionnaires",
        KindId::Moods => "sc.v1.moods",
        KindId::Journal => "sc.v1.journal",
        KindId::Appointments => "sc.v1.appointments",
        KindId::Checklists => "sc.v1.checklists",
        KindId::RedFlagEvents => "sc.v1.red_flag_events",
    }
}
