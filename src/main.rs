fn main() {
    yew::Renderer::<session_companion::ui::app::App>::new().render();
}
