//! The privacy promise in plain words: what is stored, where, what never leaves, how to delete.

use crate::ui::i18n::{use_i18n, DataK as D, LockK};
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

const SECTIONS: [(D, D); 6] = [
    (D::PrivacyWhatTitle, D::PrivacyWhat),
    (D::PrivacyWhereTitle, D::PrivacyWhere),
    (D::PrivacyNeverTitle, D::PrivacyNever),
    (D::PrivacyLinksTitle, D::PrivacyLinks),
    (D::PrivacyDeleteTitle, D::PrivacyDelete),
    (D::PrivacyRiskTitle, D::PrivacyRisk),
];

#[component]
pub fn PrivacyPage() -> Html {
    let tr = use_i18n();
    html! {
        <article class="page">
            <h1>{ tr.t(D::PrivacyTitle) }</h1>
            { for SECTIONS.iter().map(|(title, text)| html! {
                <section class="card"><h2>{ tr.t(*title) }</h2><p>{ tr.t(*text) }</p></section>
            }) }
            <section class="card">
                <h2>{ tr.t(LockK::PrivacyLockTitle) }</h2>
                <p>{ tr.t(LockK::PrivacyLock) }</p>
                <p><Link<Route> to={Route::Lock} classes="btn secondary wide">{ tr.t(LockK::SettingsLink) }</Link<Route>></p>
            </section>
            <p><Link<Route> to={Route::Data} classes="btn secondary wide">{ tr.t(D::GoToData) }</Link<Route>></p>
        </article>
    }
}
