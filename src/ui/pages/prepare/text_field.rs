//! One labelled input with its hint and its inline error, linked for screen readers.

use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    /// The input's `type`; text when not given.
    #[prop_or(AttrValue::Static("text"))]
    pub kind: AttrValue,
    #[prop_or_default]
    pub inputmode: Option<AttrValue>,
    #[prop_or_default]
    pub autocomplete: Option<AttrValue>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub on_input: Callback<String>,
    /// Enter pressed in this field (when the field is not the form's submit trigger).
    #[prop_or_default]
    pub on_enter: Option<Callback<()>>,
}

/// A plain function over its props, not a component: every parent re-renders all its fields
/// on each keystroke anyway (their callbacks are new each render), so a component boundary
/// bought nothing and cost its fixed share of the WebAssembly. Called as
/// `{ text_field(props!(TextFieldProps { .. })) }`.
pub fn text_field(props: TextFieldProps) -> Html {
    let props = &props;
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-error", props.id);
    let described: Vec<&str> = [
        props.hint.as_ref().map(|_| hint_id.as_str()),
        props.error.as_ref().map(|_| error_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let described = (!described.is_empty()).then(|| described.join(" "));
    let oninput = props
        .on_input
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let onkeydown = props.on_enter.clone().map(|enter| {
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                e.prevent_default();
                enter.emit(());
            }
        })
    });
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            if let Some(hint) = &props.hint {
                <p class="hint" id={hint_id.clone()}>{ hint.clone() }</p>
            }
            <input
                id={props.id.clone()}
                type={props.kind.clone()}
                value={props.value.clone()}
                inputmode={props.inputmode.clone()}
                autocomplete={props.autocomplete.clone()}
                aria-invalid={props.error.as_ref().map(|_| "true")}
                aria-describedby={described}
                {oninput}
                {onkeydown}
            />
            if let Some(error) = &props.error {
                <p class="error" id={error_id}>{ error.clone() }</p>
            }
        </div>
    }
}
