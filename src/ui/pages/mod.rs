//! One file per screen.

mod not_found;
mod support;
mod today;

use crate::ui::routes::Route;
use yew::prelude::*;

pub fn switch(route: Route) -> Html {
    match route {
        Route::Today => html! { <today::Today /> },
        Route::Support => html! { <support::Support hand_over={false} /> },
        Route::HandOver => html! { <support::Support hand_over={true} /> },
        Route::Prepare | Route::Session | Route::Mood | Route::Plan | Route::Settings => {
            html! { <today::Today /> }
        }
        Route::NotFound => html! { <not_found::NotFound /> },
    }
}
