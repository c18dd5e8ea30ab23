//! After-effects, each rated 0-10 (a few per step of the check-in), and under each one felt:
//! what is expected, when it usually fades, and how that compares with the time since the
//! session ended.

use super::score_picker::{score_picker, ScorePickerProps};
use super::words::{fade_key, flag_key, symptom_key, symptom_slug};
use crate::domain::core::model::{RedFlag, Symptom};
use crate::domain::session::after_effects::{assess, EffectNote, FadeStatus, FadeWindow};
use crate::domain::session::check_in_flow::format_minutes;
use crate::ui::i18n::{use_i18n, SessionK, Tr};
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::prelude::*;
use yew::props;

/// A rating the patient picked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rating {
    pub symptom: Symptom,
    pub score: u8,
}

#[derive(Properties, PartialEq)]
pub struct SymptomRatingsProps {
    /// The feelings on this screen.
    pub symptoms: &'static [Symptom],
    pub ratings: BTreeMap<Symptom, u8>,
    /// Minutes from the session's end to the check-in; `None` without a session.
    pub elapsed: Option<i64>,
    pub flags: Rc<[RedFlag]>,
    pub on_rate: Callback<Rating>,
    /// The patient confirms that a severe rating is a red flag.
    pub on_confirm_flag: Callback<RedFlag>,
}

#[component]
pub fn SymptomRatings(props: &SymptomRatingsProps) -> Html {
    let tr = use_i18n();
    html! {
        <>
            { for props.symptoms.iter().map(|&symptom| {
                let score = props.ratings.get(&symptom).copied();
                let on_pick = props.on_rate.reform(move |score| Rating { symptom, score });
                html! {
                    <div class="symptom">
                        { score_picker(props!(ScorePickerProps {
                            name: format!("sym-{}", symptom_slug(symptom)),
                            legend: tr.t(symptom_key(symptom)),
                            value: score,
                            on_pick,
                        })) }
                        if let Some(score) = score.filter(|s| *s > 0) {
                            { fade_note(tr, symptom, score, props) }
                        }
                    </div>
                }
            }) }
        </>
    }
}

fn fade_note(tr: Tr, symptom: Symptom, score: u8, props: &SymptomRatingsProps) -> Html {
    let effect = symptom.after_effect();
    let usual = html! { <p>{ tr.t(fade_key(effect.fade)) }</p> };
    let note = match effect.note {
        // Only while it can still come back.
        Some(EffectNote::MayRecur { within_hours })
            if props
                .elapsed
                .is_none_or(|m| m <= i64::from(within_hours) * 60) =>
        {
            html! { <p>{ tr.f(SessionK::MayRecur, &[("hours", &within_hours.to_string())]) }</p> }
        }
        Some(EffectNote::CommonAcuteEffect) => html! { <p>{ tr.t(SessionK::CommonAcute) }</p> },
        _ => html! {},
    };
    let Some(elapsed) = props.elapsed else {
        return html! { <div class="fade-note">{ usual }{ note }</div> };
    };
    let elapsed_text = format_minutes(elapsed);
    match assess(symptom, score, elapsed) {
        FadeStatus::NotPresent => html! {},
        FadeStatus::Expected => html! {
            <div class="fade-note ok-note">
                { usual }
                <p>{ tr.f(SessionK::Elapsed, &[("elapsed", &elapsed_text)]) }</p>
                { note }
            </div>
        },
        FadeStatus::LongerThanUsual { usual_minutes, .. } => html! {
            <div class="fade-note notice">
                <p>{ longer(tr, effect.fade, usual_minutes, &elapsed_text) }</p>
                { note }
            </div>
        },
        FadeStatus::Severe {
            usual_minutes,
            red_flag,
            ..
        } => {
            let confirm = red_flag.filter(|f| !props.flags.contains(f)).map(|flag| {
                let onclick = props.on_confirm_flag.reform(move |_: MouseEvent| flag);
                html! {
                    <>
                        <p>{ tr.f(SessionK::ConfirmFlag, &[("flag", tr.t(flag_key(flag)))]) }</p>
                        <button type="button" class="btn danger" {onclick}>{ tr.t(SessionK::ConfirmFlagYes) }</button>
                    </>
                }
            });
            html! {
                <div class="fade-note danger-note">
                    <p><strong>{ tr.t(SessionK::SevereNote) }</strong></p>
                    if elapsed > usual_minutes {
                        <p>{ longer(tr, effect.fade, usual_minutes, &elapsed_text) }</p>
                    }
                    { for confirm }
                </div>
            }
        }
    }
}

fn longer(tr: Tr, fade: FadeWindow, usual_minutes: i64, elapsed: &str) -> String {
    if fade == FadeWindow::RestOfDay {
        return tr.f(SessionK::LongerThanNight, &[("elapsed", elapsed)]);
    }
    let hours = (usual_minutes / 60).to_string();
    tr.f(
        SessionK::LongerThanUsual,
        &[("hours", &hours), ("elapsed", elapsed)],
    )
}
