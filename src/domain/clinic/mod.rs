pub mod link;
pub mod rules;
pub mod rules_form;
pub mod setup;
