//! Pure domain logic: no yew, web-sys, gloo or wasm-bindgen here, so all of it is tested with
//! plain `cargo test`.

pub mod clinic;
pub mod core;
pub mod journey;
pub mod mood;
pub mod plan;
pub mod prepare;
pub mod records;
pub mod safety;
pub mod session;
pub mod summary;
pub mod support;
pub mod today;
