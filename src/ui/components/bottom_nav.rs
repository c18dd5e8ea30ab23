//! The tab bar at the bottom of every screen on a phone.

use crate::ui::components::icon::{icon, IconName};
use crate::ui::i18n::{use_i18n, K};
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

const TABS: [(Route, IconName, K); 6] = [
    (Route::Today, IconName::Today, K::NavToday),
    (Route::Prepare, IconName::Prepare, K::NavPrepare),
    (Route::Session, IconName::Session, K::NavSession),
    (Route::Mood, IconName::Mood, K::NavMood),
    (Route::Plan, IconName::Plan, K::NavPlan),
    (Route::Support, IconName::Support, K::NavSupport),
];

#[component]
pub fn BottomNav() -> Html {
    let tr = use_i18n();
    let current = use_route::<Route>().and_then(|r| r.tab());
    html! {
        <nav class="bottom-nav" aria-label={tr.t(K::NavLabel)}>
            <ul>
                { for TABS.iter().map(|(route, glyph, label)| {
                    let here = current.as_ref() == Some(route);
                    html! {
                        <li>
                            <NavLink to={route.clone()} current={here}>
                                { icon(*glyph) }
                                <span class="bottom-nav__label">{ tr.t(*label) }</span>
                            </NavLink>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}

#[derive(Properties, PartialEq)]
pub struct NavLinkProps {
    pub to: Route,
    pub current: bool,
    pub children: Html,
}

/// A router link that also says `aria-current="page"` when it is where the patient is.
#[component]
pub fn NavLink(props: &NavLinkProps) -> Html {
    let navigator = use_navigator();
    let href = match &navigator {
        Some(n) => format!("{}{}", n.basename().unwrap_or(""), props.to.to_path()),
        None => props.to.to_path(),
    };
    let onclick = {
        let to = props.to.clone();
        Callback::from(move |e: MouseEvent| {
            if e.ctrl_key() || e.meta_key() || e.shift_key() {
                return;
            }
            e.prevent_default();
            if let Some(n) = &navigator {
                n.push(&to);
            }
        })
    };
    html! {
        <a class={classes!("bottom-nav__tab", props.current.then_some("bottom-nav__tab--here"))} {href} {onclick}
            aria-current={props.current.then_some("page")}>
            { props.children.clone() }
        </a>
    }
}
