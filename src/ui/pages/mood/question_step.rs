//! One item of a questionnaire: its text and the published answers as large radio buttons.

use crate::domain::mood::scales::ScaleContent;
use crate::ui::i18n::Tr;
use yew::prelude::*;

/// The patient's answer to one item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Answer {
    /// Zero-based item.
    pub item: usize,
    pub value: u8,
}

#[derive(Properties, PartialEq)]
pub struct QuestionStepProps {
    pub content: ScaleContent,
    /// Zero-based item shown.
    pub item: usize,
    pub answer: Option<u8>,
    pub on_answer: Callback<Answer>,
}

/// The id of the item's text, focused when a new question appears.
pub const QUESTION_ID: &str = "q-item";

#[component]
pub fn QuestionStep(props: &QuestionStepProps) -> Html {
    let content = props.content;
    let item = props.item;
    let text = content.items.get(item).copied().unwrap_or_default();
    html! {
        <fieldset class="question" lang={Tr::new(content.language).tag()}>
            <legend id={QUESTION_ID} tabindex="-1">
                <span class="item-number">{ format!("{}. ", item + 1) }</span>{ text }
            </legend>
            <div class="options">
                { for content.options.iter().map(|option| {
                    let value = option.value;
                    let on_answer = props.on_answer.clone();
                    let onchange = Callback::from(move |_: Event| on_answer.emit(Answer { item, value }));
                    html! {
                        <label class="option">
                            <input type="radio" name={format!("item-{item}")} value={value.to_string()}
                                checked={props.answer == Some(value)} {onchange} />
                            <span>{ option.label }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}
