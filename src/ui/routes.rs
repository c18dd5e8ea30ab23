//! Every screen's address, in one place.

use yew_router::prelude::*;

#[derive(Clone, Routable, PartialEq, Eq, Debug)]
pub enum Route {
    #[at("/")]
    Today,
    #[at("/prepare")]
    Prepare,
    #[at("/session")]
    Session,
    #[at("/mood")]
    Mood,
    #[at("/plan")]
    Plan,
    #[at("/support")]
    Support,
    #[at("/support/hand-over")]
    HandOver,
    #[at("/settings")]
    Settings,
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

impl Route {
    /// The bottom-navigation tab a route belongs to (for `aria-current`).
    pub fn tab(&self) -> Option<Route> {
        match self {
            Route::HandOver => Some(Route::Support),
            Route::NotFound => None,
            other => Some(other.clone()),
        }
    }
}
