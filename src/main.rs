fn main() {
    // Before anything renders: the browser's install prompt comes soon after loading.
    session_companion::platform::install::listen();
    yew::Renderer::<session_companion::ui::app::App>::new().render();
    // index.html shows a plain "Opening" note while the app downloads on a slow connection, or
    // on a first visit the welcome screen as static HTML: the app now stands in their place.
    session_companion::platform::dom::remove_id("boot");
    session_companion::platform::dom::remove_id("first-visit");
}
