//! Feelings the list does not name: a name and a 0-10 rating each.

use crate::domain::core::model::CustomRating;
use crate::domain::session::timeline::MAX_SCORE;
use crate::ui::forms::value_of;
use crate::ui::i18n::{use_i18n, SessionK};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CustomRatingsProps {
    pub rows: Rc<[CustomRating]>,
    pub on_change: Callback<Vec<CustomRating>>,
}

#[component]
pub fn CustomRatings(props: &CustomRatingsProps) -> Html {
    let tr = use_i18n();
    let change = |i: usize, f: fn(&mut CustomRating, String)| {
        let (rows, on_change) = (props.rows.clone(), props.on_change.clone());
        move |e: Event| {
            let mut next = rows.to_vec();
            if let Some(row) = next.get_mut(i) {
                f(row, value_of(&e));
            }
            on_change.emit(next);
        }
    };
    let add = {
        let (rows, on_change) = (props.rows.clone(), props.on_change.clone());
        Callback::from(move |_: MouseEvent| {
            let mut next = rows.to_vec();
            next.push(CustomRating {
                name: String::new(),
                score: 0,
            });
            on_change.emit(next);
        })
    };
    html! {
        <section class="card" aria-labelledby="custom-title">
            <h2 id="custom-title">{ tr.t(SessionK::CustomTitle) }</h2>
            { for props.rows.iter().enumerate().map(|(i, row)| {
                let (name_id, score_id) = (format!("custom-{i}-name"), format!("custom-{i}-score"));
                let on_name = change(i, |r, v| r.name = v);
                let on_score = change(i, |r, v| r.score = v.parse().unwrap_or(0));
                let remove = {
                    let (rows, on_change) = (props.rows.clone(), props.on_change.clone());
                    Callback::from(move |_: MouseEvent| {
                        let mut next = rows.to_vec();
                        next.remove(i);
                        on_change.emit(next);
                    })
                };
                html! {
                    <div class="custom-row">
                        <div class="field">
                            <label for={name_id.clone()}>{ tr.t(SessionK::CustomName) }</label>
                            <input id={name_id} type="text" value={row.name.clone()}
                                oninput={Callback::from(move |e: InputEvent| on_name(e.into()))} />
                        </div>
                        <div class="field">
                            <label for={score_id.clone()}>{ tr.t(SessionK::CustomScore) }</label>
                            <select id={score_id} onchange={Callback::from(on_score)}>
                                { for (0..=MAX_SCORE).map(|n| html! {
                                    <option value={n.to_string()} selected={row.score == n}>{ n }</option>
                                }) }
                            </select>
                        </div>
                        <button type="button" class="btn ghost small" onclick={remove}>
                            { tr.t(SessionK::RemoveCustom) }<span class="visually-hidden">{ " " }{ row.name.clone() }</span>
                        </button>
                    </div>
                }
            }) }
            <button type="button" class="btn secondary" onclick={add}>{ tr.t(SessionK::AddCustom) }</button>
        </section>
    }
}
