//! The check-in's steps, one short screen each: "Are you OK right now?" (the red flags), the
//! feelings a few at a time, then the rest and Save. "Step N of M" on top, Back and Next below.

use crate::domain::core::model::Symptom;
use crate::ui::i18n::{use_i18n, SessionK, K};
use yew::prelude::*;

/// The id of each step's heading, focused when the step changes.
pub const STEP_HEADING: &str = "check-in-step";

/// The feelings, a few per screen, in the order of `Symptom::ALL`.
pub const FEELING_GROUPS: [&[Symptom]; 3] = [
    &[
        Symptom::Dissociation,
        Symptom::Euphoria,
        Symptom::AlteredTimeSpace,
        Symptom::Drowsiness,
    ],
    &[Symptom::Dizziness, Symptom::Confusion, Symptom::Nausea],
    &[Symptom::Headache, Symptom::BlurredVision, Symptom::Anxiety],
];

/// Where the patient is in the check-in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The red flags.
    Safety,
    /// One group of [`FEELING_GROUPS`].
    Feelings { group: usize },
    /// Which check-in and when, blood pressure, extras, notes, and Save.
    Finish,
}

impl Step {
    pub const COUNT: usize = FEELING_GROUPS.len() + 2;

    /// Zero-based position.
    pub fn index(self) -> usize {
        match self {
            Step::Safety => 0,
            Step::Feelings { group } => group + 1,
            Step::Finish => Self::COUNT - 1,
        }
    }

    fn at(index: usize) -> Step {
        match index {
            0 => Step::Safety,
            i if i <= FEELING_GROUPS.len() => Step::Feelings { group: i - 1 },
            _ => Step::Finish,
        }
    }

    pub fn next(self) -> Step {
        Step::at(self.index() + 1)
    }

    pub fn back(self) -> Step {
        Step::at(self.index().saturating_sub(1))
    }
}

#[derive(Properties, PartialEq)]
pub struct StepProgressProps {
    pub step: Step,
}

/// "Step 2 of 5" and a bar.
#[component]
pub fn StepProgress(props: &StepProgressProps) -> Html {
    let tr = use_i18n();
    let n = (props.step.index() + 1).to_string();
    let count = Step::COUNT.to_string();
    html! {
        <>
            <p id="check-in-steps-progress" class="check-in-steps__progress">
                { tr.f(SessionK::StepOf, &[("n", &n), ("count", &count)]) }
            </p>
            <progress class="check-in-steps__bar" max={count} value={n}
                aria-labelledby="check-in-steps-progress"></progress>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct StepNavProps {
    pub step: Step,
    /// The step to go to.
    pub on_go: Callback<Step>,
}

/// Back (not on the first step) and Next; on the last step Save submits the form.
#[component]
pub fn StepNav(props: &StepNavProps) -> Html {
    let tr = use_i18n();
    let step = props.step;
    // The click's default action is cancelled: Next on the step before the last is redrawn
    // as Save (the same button, now `type="submit"`) while the click is still going on, and
    // would otherwise save the check-in at once.
    let go = |to: Step| {
        props.on_go.reform(move |e: MouseEvent| {
            e.prevent_default();
            to
        })
    };
    html! {
        <div class="check-in-steps__nav">
            if step != Step::Safety {
                <button type="button" class="btn check-in-steps__back" onclick={go(step.back())}>{ tr.t(K::Back) }</button>
            }
            if step == Step::Finish {
                <button type="submit" class="btn primary check-in-steps__next">{ tr.t(SessionK::SaveCheckIn) }</button>
            } else {
                <button type="button" class="btn primary check-in-steps__next" onclick={go(step.next())}>{ tr.t(K::Next) }</button>
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_feeling_once_in_order() {
        let all: Vec<Symptom> = FEELING_GROUPS.concat();
        assert_eq!(all, Symptom::ALL.to_vec());
        assert!(FEELING_GROUPS.iter().all(|g| (3..=4).contains(&g.len())));
    }

    #[test]
    fn steps_in_order_and_back() {
        let mut step = Step::Safety;
        let mut seen = vec![step];
        while step != Step::Finish {
            step = step.next();
            seen.push(step);
        }
        assert_eq!(seen.len(), Step::COUNT);
        assert_eq!(Step::Finish.next(), Step::Finish);
        assert_eq!(Step::Safety.back(), Step::Safety);
        for (i, s) in seen.iter().enumerate() {
            assert_eq!(s.index(), i);
            if i > 0 {
                assert_eq!(s.back(), seen[i - 1]);
            }
        }
    }
}
