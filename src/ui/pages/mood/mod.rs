//! Mood: PHQ-9, GAD-7 and PCL-5 over the weeks, daily mood and trend charts.
//!
//! - `/mood` ([`MoodPage`]): each scale's last score, due state and progress from a baseline;
//!   trend charts with a table beside each; past questionnaires and daily moods.
//! - `/mood/:scale` ([`QuestionnairePage`]): one question per screen, a draft saved on every
//!   answer and resumed on return, the item-9 safety panel, the result.
//! - [`QuickMood`] (also on Today): today's mood in two taps.
//!
//! The baseline a patient picks instead of the default is kept in the settings
//! (`Settings::baselines`); the default (the last score before the first session) is always
//! derived again from the records.

mod answers;
mod chart;
mod history;
mod overview;
mod progress_note;
mod question_step;
mod questionnaire;
mod quick_mood;
mod result;
mod safety_panel;
mod scale_card;
mod trends;

pub use chart::{Entry as ChartEntry, Series as ChartSeries, TrendChart};
pub use overview::MoodPage;
pub use questionnaire::QuestionnairePage;
pub use quick_mood::QuickMood;

use crate::domain::core::model::ScaleKind;
use crate::domain::core::time::{Date, Instant, Zone};
use crate::platform::clock::BrowserZone;
use crate::ui::routes::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct IdProps {
    pub id: AttrValue,
}

/// The address part of a scale's questionnaire page.
fn slug(kind: ScaleKind) -> &'static str {
    match kind {
        ScaleKind::Phq9 => "phq9",
        ScaleKind::Gad7 => "gad7",
        ScaleKind::Pcl5 => "pcl5",
    }
}

fn scale_from_slug(slug_text: &str) -> Option<ScaleKind> {
    ScaleKind::ALL.into_iter().find(|k| slug(*k) == slug_text)
}

fn questionnaire_route(kind: ScaleKind) -> Route {
    Route::Questionnaire {
        scale: slug(kind).to_string(),
    }
}

/// The phone's local date of an instant.
fn local_date(at: Instant) -> Date {
    BrowserZone.to_local(at).date
}
