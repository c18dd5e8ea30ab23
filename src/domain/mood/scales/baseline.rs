//! Which score progress is measured from. By default it is the last completed score at or
//! before the first session (the before-treatment point); the patient may choose another record.

use super::total;
use crate::domain::core::model::{Questionnaire, ScaleKind};
use crate::domain::core::time::Instant;

/// A completed questionnaire's total and when it was completed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Score {
    pub at: Instant,
    pub total: u16,
}

/// The completed questionnaires of one scale as scores, oldest first. Drafts are left out, and
/// so is a record whose answers do not make a valid total (it cannot be compared).
pub fn completed_scores<'a>(
    kind: ScaleKind,
    questionnaires: impl IntoIterator<Item = &'a Questionnaire>,
) -> Vec<Score> {
    let mut scores: Vec<Score> = questionnaires
        .into_iter()
        .filter(|q| q.scale == kind)
        .filter_map(|q| {
            Some(Score {
                at: q.completed?,
                total: total(kind, &q.answers)?,
            })
        })
        .collect();
    crate::domain::core::order::by_key(&mut scores, |s| s.at);
    scores
}

/// Why there is nothing to compare against; the UI says which.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoBaseline {
    /// No session is recorded yet, so there is no before-treatment point.
    NoSessionYet,
    /// No completed questionnaire of this scale at or before the first session.
    NoneBeforeFirstSession,
}

/// The score progress is measured from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Baseline {
    /// The default: the last completed score at or before the first session.
    BeforeFirstSession(Score),
    /// A record the patient picked.
    Chosen(Score),
    Missing(NoBaseline),
}

impl Baseline {
    pub fn score(self) -> Option<Score> {
        match self {
            Baseline::BeforeFirstSession(score) | Baseline::Chosen(score) => Some(score),
            Baseline::Missing(_) => None,
        }
    }
}

/// The default baseline: the last of `scores` completed at or before `first_session` (pass the
/// first session's start, so a questionnaire filled in after the first dose never counts as
/// "before treatment").
pub fn default_baseline(first_session: Option<Instant>, scores: &[Score]) -> Baseline {
    let Some(first_session) = first_session else {
        return Baseline::Missing(NoBaseline::NoSessionYet);
    };
    scores
        .iter()
        .filter(|s| s.at <= first_session)
        .max_by_key(|s| s.at)
        .map_or(Baseline::Missing(NoBaseline::NoneBeforeFirstSession), |s| {
            Baseline::BeforeFirstSession(*s)
        })
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// `n` days after a fixed moment.
    pub(in crate::domain::mood::scales) fn day(n: i64) -> Instant {
        Instant(1_790_000_000_000 + n * crate::domain::core::time::MS_PER_DAY)
    }
    /// A score of `total` completed on [`day`] `n`.
    pub(in crate::domain::mood::scales) fn score(n: i64, total: u16) -> Score {
        Score { at: day(n), total }
    }

    #[test]
    fn completed_scores_keep_only_finished_valid_records_of_the_scale_in_order() {
        let q = |scale, answers: Vec<Option<u8>>, completed: Option<i64>| Questionnaire {
            scale,
            answers,
            started: day(0),
            completed: completed.map(day),
        };
        let records = [
            q(ScaleKind::Phq9, vec![Some(2); 9], Some(9)),
            q(ScaleKind::Phq9, vec![Some(1); 9], Some(2)),
            q(ScaleKind::Phq9, vec![Some(1); 9], None), // draft
            q(ScaleKind::Gad7, vec![Some(1); 7], Some(3)), // other scale
            q(ScaleKind::Phq9, vec![Some(7); 9], Some(4)), // corrupted answers
        ];
        assert_eq!(
            completed_scores(ScaleKind::Phq9, &records),
            [score(2, 9), score(9, 18)]
        );
    }

    #[test]
    fn default_baseline_is_the_last_score_at_or_before_the_first_session() {
        let scores = [score(-10, 20), score(-3, 18), score(0, 17), score(1, 12)];
        let cases = [
            (None, Baseline::Missing(NoBaseline::NoSessionYet)),
            (Some(day(0)), Baseline::BeforeFirstSession(score(0, 17))),
            (Some(day(-1)), Baseline::BeforeFirstSession(score(-3, 18))),
            (
                Some(day(-11)),
                Baseline::Missing(NoBaseline::NoneBeforeFirstSession),
            ),
        ];
        for (first_session, expected) in cases {
            assert_eq!(default_baseline(first_session, &scores), expected);
        }
        assert_eq!(
            default_baseline(Some(day(0)), &[]),
            Baseline::Missing(NoBaseline::NoneBeforeFirstSession)
        );
    }
}
