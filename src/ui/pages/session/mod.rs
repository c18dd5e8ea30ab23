//! Session: recording sessions, timed check-ins, red flags, timelines, journal.

mod bp_fields;
mod check_in_form;
mod check_in_page;
mod check_in_saved;
mod check_in_start;
mod check_in_state;
mod check_in_steps;
mod custom_ratings;
mod escalation_panel;
mod journal_page;
mod red_flag_questions;
mod score_picker;
mod session_detail_page;
mod session_form;
mod sessions_page;
mod symptom_ratings;
mod timeline_chart;
mod trend_chart;
mod words;

pub use check_in_page::CheckInPage;
pub use journal_page::JournalPage;
pub use session_detail_page::SessionDetailPage;
pub use sessions_page::SessionsPage;

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct IdProps {
    pub id: AttrValue,
}

/// `aria-describedby` for a field: its hint and, when shown, its error.
fn described_by(hint: Option<&str>, error: Option<&str>) -> Option<AttrValue> {
    let ids: Vec<&str> = hint.into_iter().chain(error).collect();
    (!ids.is_empty()).then(|| AttrValue::from(ids.join(" ")))
}
