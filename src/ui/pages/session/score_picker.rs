//! A 0-10 rating as a wrapped grid of 44 px radio buttons: thumb-sized at 360 px, arrow keys
//! move between numbers as in any radio group.

use crate::domain::session::timeline::MAX_SCORE;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScorePickerProps {
    /// Unique among the pickers on the page: the radios' `name` and the legend's id.
    pub name: AttrValue,
    pub legend: AttrValue,
    pub value: Option<u8>,
    pub on_pick: Callback<u8>,
}

/// A plain function over its props, not a component (no state of its own; its parent's
/// callbacks are new each render, so a component boundary bought nothing).
pub fn score_picker(props: ScorePickerProps) -> Html {
    let props = &props;
    let legend_id = format!("{}-legend", props.name);
    html! {
        <fieldset class="score-picker" role="radiogroup" aria-labelledby={legend_id.clone()}>
            <legend id={legend_id}>{ props.legend.clone() }</legend>
            <div class="score-picker__scores">
                { for (0..=MAX_SCORE).map(|n| {
                    let onchange = props.on_pick.reform(move |_: Event| n);
                    html! {
                        <label class="score-picker__score">
                            <input type="radio" name={props.name.clone()} value={n.to_string()}
                                checked={props.value == Some(n)} {onchange} />
                            <span>{ n }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}
