//! Prepare: the checklist for the next session, the clinic's own rules, assessment notes, and
//! the readiness card on Today.

mod assessment_page;
mod assessment_summary;
mod checklist;
mod clinic_rules;
mod clinic_rules_page;
mod clinic_summary;
mod form_outcome;
mod medicine_flags;
mod medicine_form;
mod medicines;
mod note_field;
mod prepare_page;
mod readiness_card;
mod readiness_summary;
mod session_form;
mod support_card;
mod support_person;
pub(super) mod text_field;
pub(super) mod words;

pub use assessment_page::AssessmentPage;
pub use clinic_rules_page::ClinicRulesPage;
pub use prepare_page::PreparePage;
pub use readiness_card::ReadinessCard;
