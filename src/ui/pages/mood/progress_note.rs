//! Progress from the baseline in plain words: the change in points and what the published
//! rules call it, or plainly why there is nothing to compare yet.

use super::local_date;
use crate::domain::mood::scales::{
    Comparison, NoBaseline, Pcl5Change, Progress, Reading, Response, Trend,
};
use crate::ui::i18n::{long_date, use_i18n, MoodK};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProgressNoteProps {
    pub progress: Progress,
    /// Whether the patient has any completed score they could pick as a baseline.
    #[prop_or_default]
    pub can_pick: bool,
}

#[component]
pub fn ProgressNote(props: &ProgressNoteProps) -> Html {
    let tr = use_i18n();
    let date = |at| long_date(tr, local_date(at));
    match props.progress {
        Progress::NoBaseline(why) => {
            let key = match why {
                NoBaseline::NoSessionYet => MoodK::NoBaselineNoSession,
                NoBaseline::NoneBeforeFirstSession => MoodK::NoBaselineNoneBefore,
            };
            html! {
                <div class="progress-note">
                    <p>{ tr.t(key) }</p>
                    if props.can_pick { <p class="hint">{ tr.t(MoodK::NoBaselinePick) }</p> }
                </div>
            }
        }
        Progress::NothingSinceBaseline { baseline } => html! {
            <p class="progress-note">{ tr.f(MoodK::NothingSince, &[
                ("total", &baseline.total.to_string()),
                ("date", &date(baseline.at)),
            ]) }</p>
        },
        Progress::Compared(c) => {
            let points = c.points();
            let key = match points {
                -1 => MoodK::ComparedLowerOne,
                1 => MoodK::ComparedHigherOne,
                p if p < 0 => MoodK::ComparedLower,
                p if p > 0 => MoodK::ComparedHigher,
                _ => MoodK::ComparedSame,
            };
            let change = tr.f(
                key,
                &[
                    ("from", &c.baseline.total.to_string()),
                    ("from_date", &date(c.baseline.at)),
                    ("to", &c.latest.total.to_string()),
                    ("to_date", &date(c.latest.at)),
                    ("points", &points.abs().to_string()),
                ],
            );
            html! {
                <div class="progress-note">
                    <p>{ change }</p>
                    <ul>{ for reading_lines(&c).into_iter().map(|k| html! { <li>{ tr.t(k) }</li> }) }</ul>
                    if let Some(percent) = c.drop_percent().filter(|p| *p > 0 && matches!(c.reading, Reading::Phq9(_))) {
                        <p class="hint">{ tr.f(MoodK::DropPercent, &[("percent", &percent.to_string())]) }</p>
                    }
                    <p class="hint">{ tr.t(MoodK::RulesNote) }</p>
                </div>
            }
        }
    }
}

/// What the published rules say about a change, one sentence each.
fn reading_lines(c: &Comparison) -> Vec<MoodK> {
    match c.reading {
        Reading::Phq9(r) => {
            let mut lines = vec![match r.response {
                Some(Response::Responded) => MoodK::Responded,
                Some(Response::Partial) => MoodK::PartialResponse,
                Some(Response::NotResponded) => MoodK::NotResponded,
                None => MoodK::ResponseFromZero,
            }];
            if r.remission {
                lines.push(MoodK::Remission);
            }
            lines.push(match r.minimal_important_change {
                Trend::Better => MoodK::MicBetter,
                Trend::Worse => MoodK::MicWorse,
                Trend::Steady => MoodK::MicSteady,
            });
            lines
        }
        Reading::Gad7 => vec![MoodK::Gad7PointsOnly],
        Reading::Pcl5(change) => vec![match change {
            Pcl5Change::MeaningfulDrop => MoodK::Pcl5MeaningfulDrop,
            Pcl5Change::Response => MoodK::Pcl5Response,
            Pcl5Change::Steady => MoodK::Pcl5Steady,
            Pcl5Change::Rise => MoodK::Pcl5Rise,
            Pcl5Change::MeaningfulRise => MoodK::Pcl5MeaningfulRise,
        }],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::core::time::Instant;
    use crate::domain::mood::scales::{progress, Baseline, Score};

    fn lines(kind: crate::domain::core::model::ScaleKind, from: u16, to: u16) -> Vec<MoodK> {
        let scores = [
            Score {
                at: Instant(0),
                total: from,
            },
            Score {
                at: Instant(1),
                total: to,
            },
        ];
        match progress(kind, Baseline::Chosen(scores[0]), &scores) {
            Progress::Compared(c) => reading_lines(&c),
            other => panic!("expected a comparison, got {other:?}"),
        }
    }

    #[test]
    fn each_published_rule_gets_its_own_sentence() {
        use crate::domain::core::model::ScaleKind::*;
        use MoodK::*;
        let cases = [
            (Phq9, 20, 4, vec![Responded, Remission, MicBetter]),
            (Phq9, 20, 14, vec![PartialResponse, MicBetter]),
            (Phq9, 12, 17, vec![NotResponded, MicWorse]),
            (Phq9, 0, 2, vec![ResponseFromZero, Remission, MicSteady]),
            (Gad7, 15, 5, vec![Gad7PointsOnly]),
            (Pcl5, 50, 38, vec![Pcl5MeaningfulDrop]),
            (Pcl5, 50, 44, vec![Pcl5Response]),
            (Pcl5, 50, 53, vec![Pcl5Steady]),
            (Pcl5, 50, 56, vec![Pcl5Rise]),
            (Pcl5, 50, 61, vec![Pcl5MeaningfulRise]),
        ];
        for (kind, from, to, expected) in cases {
            assert_eq!(lines(kind, from, to), expected, "{kind:?} {from} -> {to}");
        }
    }
}
