//! Session Companion: an offline patient companion for ketamine therapy.
//!
//! `domain` and `store` are pure Rust (tested natively); `platform` wraps the browser;
//! `ui` is the Yew app.

pub mod domain;
pub mod platform;
pub mod store;
pub mod ui;

/// The app's version, written into backups.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
