use crate::ui::i18n::{use_i18n, K};
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[component]
pub fn NotFound() -> Html {
    let tr = use_i18n();
    html! {
        <section class="page">
            <h1>{ tr.t(K::NotFoundTitle) }</h1>
            <p>{ tr.t(K::NotFoundBody) }</p>
            <Link<Route> to={Route::Today} classes="btn primary">{ tr.t(K::NotFoundHome) }</Link<Route>>
        </section>
    }
}
