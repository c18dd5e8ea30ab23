//! The root: router, providers, the shell around every screen.

use crate::platform;
use crate::ui::components::announcer::LiveRegions;
use crate::ui::components::bottom_nav::BottomNav;
use crate::ui::components::crisis_panel::CrisisPanel;
use crate::ui::components::icon::{Icon, IconName};
use crate::ui::components::storage_banner::StorageBanner;
use crate::ui::components::update_banner::UpdateBanner;
use crate::ui::data::{use_data, DataProvider};
use crate::ui::i18n::{from_browser, Tr, K};
use crate::ui::pages;
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[component]
pub fn App() -> Html {
    html! {
        <BrowserRouter>
            <DataProvider>
                <Shell />
            </DataProvider>
        </BrowserRouter>
    }
}

/// Opens the crisis panel from anywhere (red flags, item 9 of the PHQ-9).
#[derive(Clone, PartialEq)]
pub struct CrisisOpener(pub Callback<()>);

#[hook]
pub fn use_open_crisis() -> Callback<()> {
    use_context::<CrisisOpener>()
        .map(|c| c.0)
        .unwrap_or_default()
}

#[component]
fn Shell() -> Html {
    let data = use_data();
    let settings = data.settings();
    let lang = settings
        .language
        .unwrap_or_else(|| from_browser(&platform::dom::preferred_languages()));
    let tr = Tr::new(lang);
    use_effect_with(tr, |tr| {
        let _ = platform::dom::set_lang(tr.tag());
        // The tab title stays discreet: it never names the therapy.
        let _ = platform::dom::set_title(tr.t(K::AppNameDiscreet));
    });
    {
        let theme = settings.theme;
        let size = settings.text_size;
        use_effect_with((theme, size), |(theme, size)| {
            let _ = platform::dom::set_root_data("theme", &format!("{theme:?}").to_lowercase());
            let _ = platform::dom::set_root_data("text", &format!("{size:?}").to_lowercase());
        });
    }
    let crisis_open = use_state(|| false);
    let open_crisis = {
        let crisis_open = crisis_open.clone();
        Callback::from(move |_| crisis_open.set(true))
    };
    let close_crisis = {
        let crisis_open = crisis_open.clone();
        Callback::from(move |_| crisis_open.set(false))
    };
    let help_click = open_crisis.reform(|_: MouseEvent| ());
    // Hand-over mode shows the guide alone: no navigation into the patient's records.
    let hand_over = use_route::<Route>() == Some(Route::HandOver);
    html! {
        <ContextProvider<Tr> context={tr}>
        <ContextProvider<CrisisOpener> context={CrisisOpener(open_crisis)}>
        <LiveRegions>
            <a class="skip-link" href="#main">{ tr.t(K::SkipToContent) }</a>
            <header class="top-bar">
                <Link<Route> to={Route::Today} classes="brand">{ tr.t(K::AppNameDiscreet) }</Link<Route>>
                <button type="button" class="help-now" onclick={help_click}>
                    <Icon name={IconName::Alert} />{ tr.t(K::GetHelpNow) }
                </button>
                if !hand_over {
                    <Link<Route> to={Route::Settings} classes="icon-link">
                        <Icon name={IconName::Settings} />
                        <span class="visually-hidden">{ tr.t(K::NavSettings) }</span>
                    </Link<Route>>
                }
            </header>
            <UpdateBanner />
            <StorageBanner />
            <pages::DueNotifier />
            <main id="main" tabindex="-1">
                <Switch<Route> render={pages::switch} />
            </main>
            if !hand_over {
                <BottomNav />
            }
            <CrisisPanel open={*crisis_open} settings={settings.clone()} on_close={close_crisis} />
        </LiveRegions>
        </ContextProvider<CrisisOpener>>
        </ContextProvider<Tr>>
    }
}
