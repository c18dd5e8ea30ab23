//! Screens and widgets. Pages are thin: rules live in `domain`, storage in `store`.

pub mod app;
pub mod components;
pub mod data;
pub mod forms;
pub mod hooks;
pub mod i18n;
pub mod lock;
pub mod pages;
pub mod routes;
pub mod state;
