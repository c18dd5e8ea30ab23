use yew::prelude::*;

#[component]
fn App() -> Html {
    let count = use_state(|| 0);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_| count.set(*count + 1))
    };
    html! {
        <main>
            <h1>{ "Hello" }</h1>
            <button {onclick}>{ format!("Tapped {}", *count) }</button>
        </main>
    }
}

fn main() {
    gloo::console::log!("floor");
    yew::Renderer::<App>::new().render();
}
