//! A labelled text area for free notes, kept when the patient leaves the field.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoteFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// The stored text when the field was first shown.
    pub value: AttrValue,
    pub on_save: Callback<String>,
}

#[component]
pub fn NoteField(props: &NoteFieldProps) -> Html {
    // The typed text lives here, so a save from elsewhere never resets what is being typed.
    let text = use_state(|| props.value.to_string());
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            text.set(e.target_unchecked_into::<HtmlTextAreaElement>().value());
        })
    };
    let onchange = props
        .on_save
        .reform(|e: Event| e.target_unchecked_into::<HtmlTextAreaElement>().value());
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <textarea id={props.id.clone()} value={(*text).clone()} {oninput} {onchange} />
        </div>
    }
}
