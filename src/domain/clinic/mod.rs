pub mod link;
pub mod rules_form;
pub mod setup;
