//! The root: router, providers, the shell around every screen.

use crate::domain::core::display_style::DisplayStyle;
use crate::domain::core::model::Language;
use crate::platform;
use crate::store;
use crate::ui::components::announcer::LiveRegions;
use crate::ui::components::bottom_nav::BottomNav;
use crate::ui::components::crisis_panel::CrisisPanel;
use crate::ui::components::route_focus::RouteFocus;
use crate::ui::components::storage_banner::StorageBanner;
use crate::ui::components::top_bar::TopBar;
use crate::ui::components::update_banner::UpdateBanner;
use crate::ui::components::who_to_call::shared_card;
use crate::ui::data::{use_data, DataProvider};
use crate::ui::hooks::{use_hand_over, use_hand_over_state, CrisisOpener, HandOverCtx};
use crate::ui::i18n::{spanish, wanted_language, Tr, K};
use crate::ui::lock::{use_lock, AutoLock, LockCtx, TabGuard};
use crate::ui::pages;
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// "Get help now" opens at the start: the patient asked for help from the first-visit
    /// picture while the app was still loading (the page's own help, which the app replaces,
    /// was open).
    #[prop_or_default]
    pub help_open: bool,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let locked = use_state(platform::vault::locked);
    let enabled = use_state(platform::vault::lock_enabled);
    // Moves whenever this tab locks or unlocks, so the data is loaded afresh (or dropped).
    let epoch = use_state(|| 0u32);
    let changed = {
        let (locked, enabled, epoch) = (locked.clone(), enabled.clone(), epoch.clone());
        Callback::from(move |_| {
            let now_locked = platform::vault::locked();
            if now_locked != *locked {
                epoch.set(*epoch + 1);
                locked.set(now_locked);
            }
            enabled.set(platform::vault::lock_enabled());
        })
    };
    let lock = LockCtx {
        locked: *locked,
        enabled: *enabled,
        changed,
    };
    let hand_over = use_hand_over_state();
    html! {
        <BrowserRouter>
            <ContextProvider<LockCtx> context={lock}>
            <ContextProvider<HandOverCtx> context={hand_over}>
                <DataProvider key={*epoch} locked={*locked}>
                    <Shell help_open={props.help_open} />
                </DataProvider>
            </ContextProvider<HandOverCtx>>
            </ContextProvider<LockCtx>>
        </BrowserRouter>
    }
}

/// The language the app will open in, read before the first render so `main.rs` can fetch
/// Spanish first: the saved one (with the privacy lock on, from the lock's plain hint, which
/// is all the locked screen knows too), or with none saved the browser's, as [`Shell`] decides.
pub fn language_at_start() -> Language {
    let saved = if platform::vault::lock_enabled() {
        platform::vault::hint().language
    } else {
        store::saved_settings(&platform::storage::LocalStorage::open()).and_then(|s| s.language)
    };
    wanted_language(saved, &platform::dom::preferred_languages())
}

#[derive(Properties, PartialEq)]
struct ShellProps {
    help_open: bool,
}

#[component]
fn Shell(&ShellProps { help_open }: &ShellProps) -> Html {
    let data = use_data();
    let settings = data.settings();
    let browser = platform::dom::preferred_languages();
    let wanted = wanted_language(settings.language, &browser);
    // Spanish shows once its text is here: fetched before the first render when the app opens
    // in Spanish, or now, when the patient picks it (a re-render follows). Until then, or if
    // it cannot be fetched, the app stays in English throughout (the page says `lang="en"`).
    let spanish_ready = use_state(spanish::loaded);
    use_effect_with(wanted, {
        let spanish_ready = spanish_ready.clone();
        move |wanted| {
            if *wanted == Language::Es && !spanish::loaded() {
                wasm_bindgen_futures::spawn_local(async move {
                    if spanish::load().await {
                        spanish_ready.set(true);
                    }
                });
            }
        }
    });
    let lang = match wanted {
        Language::Es if !(*spanish_ready || spanish::loaded()) => Language::En,
        lang => lang,
    };
    let tr = Tr::with_style(
        lang,
        DisplayStyle::for_patient(lang, settings.country, &browser),
    );
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
    let crisis_open = use_state(|| help_open);
    let open_crisis = {
        let crisis_open = crisis_open.clone();
        Callback::from(move |_| crisis_open.set(true))
    };
    let close_crisis = {
        let crisis_open = crisis_open.clone();
        Callback::from(move |_| crisis_open.set(false))
    };
    let help_click = open_crisis.reform(|_: MouseEvent| ());
    let route = use_route::<Route>();
    // Bumped when a clinic link's settings are saved, so the open screen starts afresh with them.
    let applied = use_state(|| 0u32);
    let on_applied = {
        let applied = applied.clone();
        Callback::from(move |()| applied.set(*applied + 1))
    };
    // Hand-over mode shows the guide alone, whatever the address: no way into the records.
    let hand_over_ctx = use_hand_over();
    let hand_over = hand_over_ctx.active || route == Some(Route::HandOver);
    // The guide opened from a shared card on the support person's own phone stands alone:
    // no settings, no bottom navigation (it is not hand-over: the phone is theirs).
    let standalone = shared_card(route.as_ref()).is_some();
    {
        // Back or a link changed the address: put the guide's address back, and ask.
        let navigator = use_navigator();
        let ctx = hand_over_ctx.clone();
        use_effect_with((route.clone(), ctx.active), move |(route, active)| {
            if *active && *route != Some(Route::HandOver) {
                if let Some(n) = navigator {
                    n.replace(&Route::HandOver);
                }
                ctx.tried_to_leave.emit(());
            }
        });
    }
    let lock = use_lock();
    // Locked: help and the support guide stay open; everything else shows the locked screen.
    let guide = matches!(route, Some(Route::Support | Route::HandOver));
    html! {
        <ContextProvider<Tr> context={tr}>
        <ContextProvider<CrisisOpener> context={CrisisOpener(open_crisis)}>
        <LiveRegions>
            <a class="skip-link" href="#main">{ tr.t(K::SkipToContent) }</a>
            <TopBar {hand_over} {standalone} on_help={help_click} />
            <UpdateBanner />
            <TabGuard enabled={lock.enabled} />
            if hand_over {
                <main id="main" tabindex="-1">
                    // Hand-over mode: the guide alone, for whatever address the tab shows.
                    <pages::Support hand_over={true} />
                </main>
            } else if lock.locked {
                <main id="main" tabindex="-1">
                    if guide {
                        <Switch<Route> render={pages::switch} />
                    } else {
                        <pages::LockScreen />
                    }
                </main>
            } else {
                <StorageBanner />
                <pages::DueNotifier />
                if lock.enabled {
                    <AutoLock idle_minutes={settings.lock_idle_minutes} on_background={settings.lock_on_background} />
                }
                <main id="main" tabindex="-1">
                    <Switch<Route> key={*applied} render={pages::switch} />
                </main>
                <RouteFocus />
                if !standalone {
                    <BottomNav />
                }
                // A clinic link opened while locked waits in the address until unlocked.
                <pages::SetupLinkDialog {on_applied} />
            }
            <CrisisPanel open={*crisis_open} on_close={close_crisis} />
        </LiveRegions>
        </ContextProvider<CrisisOpener>>
        </ContextProvider<Tr>>
    }
}
