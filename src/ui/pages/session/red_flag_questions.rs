//! The red-flag questions, most urgent group first, with the follow-up about a plan (the
//! check-in's first step gives them their heading).

use super::words::{flag_key, group_key};
use crate::domain::core::model::RedFlag;
use crate::domain::safety::red_flags::Escalation;
use crate::ui::i18n::{use_i18n, SessionK, K};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RedFlagQuestionsProps {
    pub flags: Rc<[RedFlag]>,
    /// The answer to the follow-up, once given.
    pub plan: Option<bool>,
    pub on_toggle: Callback<RedFlag>,
    pub on_plan: Callback<bool>,
}

fn slug(flag: RedFlag) -> String {
    format!("flag-{flag:?}").to_lowercase()
}

#[component]
pub fn RedFlagQuestions(props: &RedFlagQuestionsProps) -> Html {
    let tr = use_i18n();
    let groups = [
        Escalation::Emergency,
        Escalation::CrisisLine,
        Escalation::CallClinicNow,
    ];
    let follow_up = |flag: RedFlag| {
        if flag != RedFlag::SuicidalThoughts || !props.flags.contains(&flag) {
            return html! {};
        }
        let answer = |yes: bool| {
            let on_plan = props.on_plan.reform(move |_: Event| yes);
            html! {
                <label class="check">
                    <input type="radio" name="plan" checked={props.plan == Some(yes)} onchange={on_plan} />
                    { tr.t(if yes { K::Yes } else { K::No }) }
                </label>
            }
        };
        html! {
            <div class="follow-up">
                <fieldset>
                    <legend>{ tr.t(SessionK::PlanQuestion) }</legend>
                    <div class="row wrap">{ answer(true) }{ answer(false) }</div>
                </fieldset>
            </div>
        }
    };
    html! {
        <>
            { for groups.iter().map(|level| html! {
                <fieldset class="flag-group">
                    <legend>{ tr.t(group_key(*level)) }</legend>
                    { for RedFlag::ALL.iter().filter(|f| f.escalation() == *level).map(|&flag| {
                        let id = slug(flag);
                        let onchange = props.on_toggle.reform(move |_: Event| flag);
                        html! {
                            <>
                                <label class="check" for={id.clone()}>
                                    <input type="checkbox" id={id} checked={props.flags.contains(&flag)} {onchange} />
                                    { tr.t(flag_key(flag)) }
                                </label>
                                { follow_up(flag) }
                            </>
                        }
                    }) }
                </fieldset>
            }) }
        </>
    }
}
