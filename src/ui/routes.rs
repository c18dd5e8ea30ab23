//! Every screen's address, in one place.

use yew_router::prelude::*;

#[derive(Clone, Routable, PartialEq, Eq, Debug)]
pub enum Route {
    #[at("/")]
    Today,
    /// The preparation checklist for the next session, and clinic rules.
    #[at("/prepare")]
    Prepare,
    /// Notes for the first assessment (history, medicines, questions).
    #[at("/prepare/assessment")]
    Assessment,
    /// The clinic's instructions: fasting, alcohol, arrival, own checklist items.
    #[at("/prepare/clinic-rules")]
    ClinicRules,
    /// Sessions list and recording a session.
    #[at("/session")]
    Session,
    /// One session: its check-ins and timeline.
    #[at("/session/:id")]
    SessionDetail { id: String },
    /// A check-in for a session (or "any time" with id `now`).
    #[at("/check-in/:id")]
    CheckIn { id: String },
    /// Integration journal.
    #[at("/journal")]
    Journal,
    /// The patient's warning-sign log (what goes to the clinician, and corrections).
    #[at("/warning-signs")]
    WarningSigns,
    /// Questionnaires, daily mood, trends.
    #[at("/mood")]
    Mood,
    /// Taking a questionnaire: `phq9`, `gad7`, `pcl5`.
    #[at("/mood/:scale")]
    Questionnaire { scale: String },
    #[at("/plan")]
    Plan,
    #[at("/support")]
    Support,
    #[at("/support/hand-over")]
    HandOver,
    /// A printable, shareable card with a link and QR code to the guide.
    #[at("/support/card")]
    SupportCard,
    /// "What to expect": the course of care, step by step.
    #[at("/journey")]
    Journey,
    #[at("/journey/:step")]
    JourneyStep { step: String },
    #[at("/privacy")]
    Privacy,
    /// A printable summary for the clinician.
    #[at("/summary")]
    Summary,
    #[at("/settings")]
    Settings,
    #[at("/settings/data")]
    Data,
    /// The privacy lock: passphrase, locking by itself.
    #[at("/settings/lock")]
    Lock,
    /// "For clinics": make a setup link (reached from Settings, not in the bottom navigation).
    #[at("/settings/clinic")]
    ClinicSetup,
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

impl Route {
    /// The bottom-navigation tab a route belongs to (for `aria-current`).
    pub fn tab(&self) -> Option<Route> {
        match self {
            Route::Today => Some(Route::Today),
            Route::Prepare | Route::Assessment | Route::ClinicRules => Some(Route::Prepare),
            Route::Session
            | Route::SessionDetail { .. }
            | Route::CheckIn { .. }
            | Route::Journal
            | Route::WarningSigns => Some(Route::Session),
            Route::Mood | Route::Questionnaire { .. } => Some(Route::Mood),
            Route::Plan => Some(Route::Plan),
            Route::Support | Route::HandOver | Route::SupportCard => Some(Route::Support),
            Route::Journey | Route::JourneyStep { .. } => Some(Route::Today),
            Route::Privacy
            | Route::Summary
            | Route::Settings
            | Route::Data
            | Route::Lock
            | Route::ClinicSetup
            | Route::NotFound => None,
        }
    }
}
