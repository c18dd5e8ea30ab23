//! One labelled input with its error, as the plan forms use them.

use crate::ui::i18n::{PlanK, Tr};
use yew::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    Date,
    Time,
    /// A whole number: text with the number keypad, so a slip reaches validation as typed.
    Number,
    Text,
}

/// A labelled input; `error` shows under it and marks it invalid.
pub fn input(
    tr: Tr,
    id: &'static str,
    label: PlanK,
    kind: InputKind,
    value: &str,
    error: Option<String>,
    oninput: Callback<InputEvent>,
) -> Html {
    let (kind, inputmode) = match kind {
        InputKind::Date => ("date", None),
        InputKind::Time => ("time", None),
        InputKind::Number => ("text", Some("numeric")),
        InputKind::Text => ("text", None),
    };
    let err_id = format!("{id}-err");
    let invalid = error.is_some();
    html! {
        <div class="field">
            <label for={id}>{ tr.t(label) }</label>
            <input {id} type={kind} {inputmode} value={value.to_string()} {oninput}
                aria-invalid={invalid.then_some("true")}
                aria-describedby={invalid.then_some(err_id.clone())} />
            if let Some(msg) = error {
                <p id={err_id} class="error">{ msg }</p>
            }
        </div>
    }
}
