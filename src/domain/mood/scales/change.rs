//! Change since baseline, and what the published rules say about it.
//!
//! - PHQ-9: response = a drop of 50% or more; partial response = 25% up to 50%; remission = a
//!   total under 5 (ICSI, NCQA); 5 points is the minimal important change (Löwe 2004).
//! - PCL-5: a drop of 5 points is the least that counts as response, 10 is clinically
//!   meaningful (National Center for PTSD); the same sizes are reported for a rise.
//! - GAD-7: no change rule is adopted, so only the points are shown.

use super::baseline::{Baseline, NoBaseline, Score};
use crate::domain::core::model::ScaleKind;

/// A PHQ-9 total under this is remission.
pub const PHQ9_REMISSION_BELOW: u16 = 5;
/// The PHQ-9 minimal important change for one person, in points.
pub const PHQ9_MINIMAL_IMPORTANT_CHANGE: u16 = 5;
/// The least PCL-5 drop that counts as response, in points.
pub const PCL5_RESPONSE_POINTS: u16 = 5;
/// A clinically meaningful PCL-5 change, in points.
pub const PCL5_MEANINGFUL_POINTS: u16 = 10;

/// PHQ-9 response, by how far the total fell as a share of the baseline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Response {
    /// Fell by 50% or more.
    Responded,
    /// Fell by 25% or more, but less than 50%.
    Partial,
    /// Fell by less than 25%, or rose.
    NotResponded,
}

/// Whether a change reaches a published size of change, and which way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trend {
    Better,
    Worse,
    /// Smaller than the published size either way.
    Steady,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Phq9Reading {
    /// `None` when the baseline is 0: a share of nothing cannot fall.
    pub response: Option<Response>,
    /// The latest total is under 5.
    pub remission: bool,
    /// Against the 5-point minimal important change.
    pub minimal_important_change: Trend,
}

/// PCL-5 change in points, by the published sizes (5 and 10).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pcl5Change {
    /// Down 10 or more: clinically meaningful.
    MeaningfulDrop,
    /// Down 5 to 9: the least change that counts as response.
    Response,
    /// Moved by fewer than 5 points either way.
    Steady,
    /// Up 5 to 9.
    Rise,
    /// Up 10 or more.
    MeaningfulRise,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    Phq9(Phq9Reading),
    /// No published change rule is used for the GAD-7: show the points only.
    Gad7,
    Pcl5(Pcl5Change),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Comparison {
    pub baseline: Score,
    pub latest: Score,
    pub reading: Reading,
}

impl Comparison {
    /// Latest minus baseline: negative means fewer symptoms.
    pub fn points(&self) -> i32 {
        points_between(self.baseline.total, self.latest.total)
    }

    /// How far the total fell, in whole percent of the baseline (negative for a rise); `None`
    /// when the baseline is 0. For display: the rules use exact arithmetic, not this.
    pub fn drop_percent(&self) -> Option<i32> {
        let baseline = i32::from(self.baseline.total);
        (baseline > 0).then(|| -self.points() * 100 / baseline)
    }
}

/// What the progress view shows for one scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    /// Nothing to compare against: the UI says why instead of computing anything.
    NoBaseline(NoBaseline),
    /// No completed score after the baseline yet.
    NothingSinceBaseline {
        baseline: Score,
    },
    Compared(Comparison),
}

/// Progress of `kind` from `baseline` to the latest of `scores` completed after it.
pub fn progress(kind: ScaleKind, baseline: Baseline, scores: &[Score]) -> Progress {
    let baseline = match baseline {
        Baseline::Missing(why) => return Progress::NoBaseline(why),
        Baseline::BeforeFirstSession(score) | Baseline::Chosen(score) => score,
    };
    let Some(latest) = scores
        .iter()
        .filter(|s| s.at > baseline.at)
        .max_by_key(|s| s.at)
        .copied()
    else {
        return Progress::NothingSinceBaseline { baseline };
    };
    Progress::Compared(Comparison {
        baseline,
        latest,
        reading: reading(kind, baseline.total, latest.total),
    })
}

fn points_between(baseline: u16, latest: u16) -> i32 {
    i32::from(latest) - i32::from(baseline)
}

fn reading(kind: ScaleKind, baseline: u16, latest: u16) -> Reading {
    let points = points_between(baseline, latest);
    match kind {
        ScaleKind::Phq9 => Reading::Phq9(Phq9Reading {
            response: phq9_response(baseline, -points),
            remission: latest < PHQ9_REMISSION_BELOW,
            minimal_important_change: trend(points, PHQ9_MINIMAL_IMPORTANT_CHANGE),
        }),
        ScaleKind::Gad7 => Reading::Gad7,
        ScaleKind::Pcl5 => Reading::Pcl5(
            match (
                trend(points, PCL5_MEANINGFUL_POINTS),
                trend(points, PCL5_RESPONSE_POINTS),
            ) {
                (Trend::Better, _) => Pcl5Change::MeaningfulDrop,
                (Trend::Worse, _) => Pcl5Change::MeaningfulRise,
                (Trend::Steady, Trend::Better) => Pcl5Change::Response,
                (Trend::Steady, Trend::Worse) => Pcl5Change::Rise,
                (Trend::Steady, Trend::Steady) => Pcl5Change::Steady,
            },
        ),
    }
}

/// Response from the drop in points, in exact integer shares so that 50% and 25% land on the
/// right side of the line.
fn phq9_response(baseline: u16, drop: i32) -> Option<Response> {
    if baseline == 0 {
        return None;
    }
    let baseline = i32::from(baseline);
    Some(if 2 * drop >= baseline {
        Response::Responded
    } else if 4 * drop >= baseline {
        Response::Partial
    } else {
        Response::NotResponded
    })
}

/// Which way `points` moved, if by at least `size`.
fn trend(points: i32, size: u16) -> Trend {
    let size = i32::from(size);
    if points <= -size {
        Trend::Better
    } else if points >= size {
        Trend::Worse
    } else {
        Trend::Steady
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::mood::scales::baseline::tests::score;
    /// The reading for a baseline and a later total.
    fn read(kind: ScaleKind, baseline: u16, latest: u16) -> Reading {
        let scores = [score(0, baseline), score(7, latest)];
        match progress(kind, Baseline::Chosen(scores[0]), &scores) {
            Progress::Compared(c) => c.reading,
            other => panic!("expected a comparison, got {other:?}"),
        }
    }
    fn phq9(baseline: u16, latest: u16) -> Phq9Reading {
        match read(ScaleKind::Phq9, baseline, latest) {
            Reading::Phq9(r) => r,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn no_baseline_is_reported_not_computed() {
        let scores = [score(1, 12)];
        for why in [NoBaseline::NoSessionYet, NoBaseline::NoneBeforeFirstSession] {
            assert_eq!(
                progress(ScaleKind::Phq9, Baseline::Missing(why), &scores),
                Progress::NoBaseline(why)
            );
        }
        assert_eq!(Baseline::Missing(NoBaseline::NoSessionYet).score(), None);
    }

    #[test]
    fn compares_the_latest_score_after_the_chosen_baseline() {
        let scores = [score(0, 20), score(7, 14), score(14, 9), score(21, 11)];
        let from_first = progress(ScaleKind::Phq9, Baseline::Chosen(scores[0]), &scores);
        let Progress::Compared(c) = from_first else {
            panic!("{from_first:?}")
        };
        assert_eq!(
            (c.baseline, c.latest, c.points()),
            (scores[0], scores[3], -9)
        );
        assert_eq!(
            progress(ScaleKind::Phq9, Baseline::Chosen(scores[3]), &scores),
            Progress::NothingSinceBaseline {
                baseline: scores[3]
            }
        );
    }

    #[test]
    fn phq9_response_partial_response_and_remission_at_their_edges() {
        use Response::*;
        // (baseline, latest, response, remission)
        let cases = [
            (20, 10, Some(Responded), false), // exactly 50%
            (20, 11, Some(Partial), false),   // 45%
            (20, 15, Some(Partial), false),   // exactly 25%
            (20, 16, Some(NotResponded), false),
            (20, 25, Some(NotResponded), false),
            (9, 4, Some(Responded), true), // 55.6%, and under 5
            (9, 5, Some(Partial), false),  // 44.4%; 5 is not remission
            (9, 6, Some(Partial), false),  // 33.3%
            (9, 7, Some(NotResponded), false),
            (4, 4, Some(NotResponded), true),
            (0, 0, None, true), // no share of 0
            (0, 3, None, true),
        ];
        for (baseline, latest, response, remission) in cases {
            let r = phq9(baseline, latest);
            assert_eq!(r.response, response, "{baseline} -> {latest}");
            assert_eq!(r.remission, remission, "{baseline} -> {latest}");
        }
    }

    #[test]
    fn phq9_five_points_is_the_minimal_important_change() {
        for (baseline, latest, expected) in [
            (15, 10, Trend::Better),
            (15, 11, Trend::Steady),
            (15, 19, Trend::Steady),
            (15, 20, Trend::Worse),
        ] {
            assert_eq!(phq9(baseline, latest).minimal_important_change, expected);
        }
    }

    #[test]
    fn pcl5_change_at_five_and_ten_points() {
        use Pcl5Change::*;
        for (latest, expected) in [
            (30, MeaningfulDrop),
            (31, Response),
            (35, Response),
            (36, Steady),
            (44, Steady),
            (45, Rise),
            (49, Rise),
            (50, MeaningfulRise),
        ] {
            assert_eq!(read(ScaleKind::Pcl5, 40, latest), Reading::Pcl5(expected));
        }
    }

    #[test]
    fn gad7_shows_points_only() {
        assert_eq!(read(ScaleKind::Gad7, 12, 6), Reading::Gad7);
    }

    #[test]
    fn drop_percent_for_display() {
        let c = |baseline, latest| Comparison {
            baseline: score(0, baseline),
            latest: score(7, latest),
            reading: Reading::Gad7,
        };
        assert_eq!(c(20, 10).drop_percent(), Some(50));
        assert_eq!(c(9, 6).drop_percent(), Some(33));
        assert_eq!(c(10, 15).drop_percent(), Some(-50));
        assert_eq!(c(0, 4).drop_percent(), None);
    }
}
