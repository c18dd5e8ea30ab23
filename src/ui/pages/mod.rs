//! One folder or file per screen.

mod clinic;
mod day_card;
mod journey;
mod lock;
mod mood;
mod not_found;
mod plan;
mod prepare;
mod privacy;
mod session;
mod settings;
mod summary;
mod support;
mod support_card;
mod today;
mod warning_signs;
mod welcome;

#[cfg(test)]
mod first_visit;
#[cfg(test)]
mod help_without_wasm;

pub use clinic::SetupLinkDialog;
pub use lock::LockScreen;
pub use plan::DueNotifier;
pub use support::Support;

use crate::ui::routes::Route;
use yew::prelude::*;

pub fn switch(route: Route) -> Html {
    match route {
        Route::Today => html! { <today::Today /> },
        Route::Prepare => html! { <prepare::PreparePage /> },
        Route::Assessment => html! { <prepare::AssessmentPage /> },
        Route::ClinicRules => html! { <prepare::ClinicRulesPage /> },
        Route::Session => html! { <session::SessionsPage /> },
        Route::SessionDetail { id } => html! { <session::SessionDetailPage id={id} /> },
        Route::CheckIn { id } => html! { <session::CheckInPage id={id} /> },
        Route::Journal => html! { <session::JournalPage /> },
        Route::WarningSigns => html! { <warning_signs::WarningSignsPage /> },
        Route::Mood => html! { <mood::MoodPage /> },
        Route::Questionnaire { scale } => html! { <mood::QuestionnairePage id={scale} /> },
        Route::Plan => html! { <plan::PlanPage /> },
        Route::Support => html! { <support::Support hand_over={false} /> },
        Route::HandOver => html! { <support::Support hand_over={true} /> },
        Route::SupportCard => html! { <support_card::SupportCard /> },
        Route::Journey => html! { <journey::JourneyPage step={None::<AttrValue>} /> },
        Route::JourneyStep { step } => {
            html! { <journey::JourneyPage step={Some(AttrValue::from(step))} /> }
        }
        Route::Privacy => html! { <privacy::PrivacyPage /> },
        Route::Summary => html! { <summary::SummaryPage /> },
        Route::Settings => html! { <settings::SettingsPage /> },
        Route::Data => html! { <settings::DataPage /> },
        Route::Lock => html! { <lock::LockSettingsPage /> },
        Route::ClinicSetup => html! { <clinic::ClinicPage /> },
        Route::NotFound => html! { <not_found::NotFound /> },
    }
}
