//! Pure domain logic: no yew, web-sys, gloo or wasm-bindgen here, so all of it is tested with
//! plain `cargo test`.

pub mod after_effects;
pub mod agenda;
pub mod base64url;
pub mod charts;
pub mod check_in_flow;
pub mod clinic_link;
pub mod clinic_rules_form;
pub mod clinic_setup;
pub mod crisis;
pub mod csv;
pub mod document;
pub mod due;
pub mod ical;
pub mod journal;
pub mod journey;
pub mod medicines;
pub mod model;
pub mod mood_log;
pub mod next_session;
pub mod order;
pub mod plan_form;
pub mod preparation;
pub mod preparation_form;
pub mod prepare_forms;
pub mod qr;
pub mod questionnaires;
pub mod red_flags;
pub mod scales;
pub mod schedule;
pub mod session_form;
pub mod summary;
pub mod support_link;
pub mod synthetic;
pub mod time;
pub mod timeline;
