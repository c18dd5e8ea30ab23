use session_companion::domain::core::model::Language;
use session_companion::{platform, ui};

fn main() {
    // Before anything renders: the browser's install prompt comes soon after loading.
    platform::install::listen();
    wasm_bindgen_futures::spawn_local(async {
        if ui::app::language_at_start() == Language::Es {
            // The Spanish text first, so the app never opens in English and then changes; the
            // "Opening" note (or the first-visit picture) stays up meanwhile. Without it
            // (offline and never cached) the app opens in English.
            if ui::i18n::spanish::load().await {
                // `<html lang>` too, before the first paint (the shell keeps it in step after).
                let _ = platform::dom::set_lang(ui::i18n::Tr::new(Language::Es).tag());
            }
        }
        // On a first visit the welcome screen is already painted as HTML: the app draws itself
        // over it once the browser has recorded that paint (at once on a slow connection).
        platform::dom::first_visit_painted().await;
        start();
    });
}

fn start() {
    // Help asked for from the first-visit picture stays open: the app's own in its place.
    let help_open = platform::dom::page_help_open();
    yew::Renderer::<ui::app::App>::with_props(ui::app::AppProps { help_open }).render();
    // index.html shows a plain "Opening" note while the app downloads on a slow connection, or
    // on a first visit the welcome screen as static HTML: the app now stands in their place.
    platform::dom::remove_id("boot");
    platform::dom::remove_id("first-visit");
}
