pub mod after_effects;
pub mod check_in_flow;
pub mod journal;
pub mod session_form;
pub mod timeline;
