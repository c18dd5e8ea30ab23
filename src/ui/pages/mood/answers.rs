//! A questionnaire's items with the answer given to each: read-only, or with a "Change"
//! button per item while it is still a draft.

use crate::domain::mood::scales::ScaleContent;
use crate::ui::i18n::{use_i18n, MoodK, Tr};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AnswersListProps {
    pub content: ScaleContent,
    pub answers: Rc<[Option<u8>]>,
    /// Set while the questionnaire is a draft: the patient asked to change item n (zero-based).
    #[prop_or_default]
    pub on_change: Option<Callback<usize>>,
}

#[component]
pub fn AnswersList(props: &AnswersListProps) -> Html {
    let tr = use_i18n();
    let content = props.content;
    // The form's language can differ from the app's (the PCL-5 is shown in English).
    let form_lang = Tr::new(content.language).tag();
    let label = |value: Option<u8>| {
        value
            .and_then(|v| content.options.iter().find(|o| o.value == v))
            .map(|o| html! { <span lang={form_lang}>{ o.label }</span> })
            .unwrap_or_else(|| html! { <em>{ tr.t(MoodK::NotAnswered) }</em> })
    };
    html! {
        <ol class="answers">
            { for content.items.iter().enumerate().map(|(i, item)| {
                let value = props.answers.get(i).copied().flatten();
                let n = (i + 1).to_string();
                html! {
                    <li>
                        <span class="answer-item" lang={form_lang}>{ *item }</span>
                        <span class="answer-value">{ label(value) }</span>
                        if let Some(on_change) = &props.on_change {
                            <button type="button" class="btn small"
                                onclick={on_change.reform(move |_: MouseEvent| i)}>
                                { tr.f(MoodK::ChangeQuestion, &[("n", &n)]) }
                            </button>
                        }
                    </li>
                }
            }) }
        </ol>
    }
}
