//! The numbers behind the session charts: each symptom's scores over the hours after a
//! session, how they map onto the drawing, and each session's peak for one symptom.

use crate::domain::core::model::{CheckIn, Symptom};
use crate::domain::core::time::Instant;

/// One rating, `minutes` after the session ended (negative: during it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Point {
    pub minutes: i64,
    pub score: u8,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Series {
    pub symptom: Symptom,
    pub points: Vec<Point>,
}

/// Finished check-ins only, in time order; a symptom appears when it was ever above 0.
pub fn series(check_ins: &[&CheckIn], session_end: Instant) -> Vec<Series> {
    let mut done: Vec<&CheckIn> = check_ins.iter().copied().filter(|c| !c.draft).collect();
    crate::domain::core::order::by_key(&mut done, |c| c.at);
    Symptom::ALL
        .iter()
        .filter_map(|&symptom| {
            let points: Vec<Point> = done
                .iter()
                .filter_map(|c| {
                    c.ratings.get(&symptom).map(|&score| Point {
                        minutes: c.at.minutes_since(session_end),
                        score,
                    })
                })
                .collect();
            points
                .iter()
                .any(|p| p.score > 0)
                .then_some(Series { symptom, points })
        })
        .collect()
}

/// Dash patterns (`stroke-dasharray`), one per line, so lines differ without colour.
pub const DASHES: [&str; 10] = [
    "none",
    "8 4",
    "2 3",
    "12 4 2 4",
    "4 4",
    "1 5",
    "10 3 3 3 3 3",
    "6 2",
    "14 6",
    "3 6 8 6",
];

pub fn dash(index: usize) -> &'static str {
    DASHES[index % DASHES.len()]
}

/// Scores run 0 to 10.
pub const MAX_SCORE: u8 = 10;
/// The chart always shows at least the first two hours after the session.
pub const MIN_SPAN_MINUTES: i64 = 120;
/// Steps between hour marks, in hours; the smallest giving at most `MAX_TICKS` marks wins.
const TICK_STEPS: [i64; 7] = [1, 2, 3, 4, 6, 12, 24];
const MAX_TICKS: usize = 7;

/// Maps minutes and scores onto a drawing of `width` x `height` with margins for labels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    pub width: f32,
    pub height: f32,
    pub left: f32,
    pub right: f32,
    pub top: f32,
    pub bottom: f32,
    pub min_minutes: i64,
    pub max_minutes: i64,
}

impl Scale {
    /// From the whole hour at or before the first point (never after 0) to the whole hour
    /// at or after the last (at least [`MIN_SPAN_MINUTES`]).
    pub fn fit(minutes: impl IntoIterator<Item = i64>, width: f32, height: f32) -> Scale {
        let (mut lo, mut hi) = (0, MIN_SPAN_MINUTES);
        for m in minutes {
            lo = lo.min(m);
            hi = hi.max(m);
        }
        Scale {
            width,
            height,
            left: 28.0,
            right: 10.0,
            top: 10.0,
            bottom: 26.0,
            min_minutes: lo.div_euclid(60) * 60,
            max_minutes: (hi + 59).div_euclid(60) * 60,
        }
    }

    pub fn x(&self, minutes: i64) -> f32 {
        let span = (self.max_minutes - self.min_minutes).max(1) as f32;
        let plot = self.width - self.left - self.right;
        self.left + (minutes - self.min_minutes) as f32 / span * plot
    }

    pub fn y(&self, score: u8) -> f32 {
        let plot = self.height - self.top - self.bottom;
        self.top + (1.0 - f32::from(score.min(MAX_SCORE)) / f32::from(MAX_SCORE)) * plot
    }

    /// The bottom of the plot (score 0).
    pub fn baseline(&self) -> f32 {
        self.y(0)
    }

    /// Whole hours (as minutes after the end) to mark on the time axis; always includes 0.
    pub fn hour_ticks(&self) -> Vec<i64> {
        let hours = (self.max_minutes - self.min_minutes) / 60;
        let step = TICK_STEPS
            .iter()
            .copied()
            .find(|s| ((hours / s) as usize) < MAX_TICKS)
            .unwrap_or(24);
        let first = self.min_minutes.div_euclid(60 * step) * step * 60;
        (0..)
            .map(|i| first + i * step * 60)
            .take_while(|m| *m <= self.max_minutes)
            .filter(|m| *m >= self.min_minutes)
            .collect()
    }

    /// The `points` attribute of an SVG polyline, one decimal place.
    pub fn polyline(&self, points: &[Point]) -> String {
        points
            .iter()
            .map(|p| format!("{:.1},{:.1}", self.x(p.minutes), self.y(p.score)))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// The highest score one symptom reached in a session's finished check-ins, if rated.
pub fn peak(check_ins: &[&CheckIn], symptom: Symptom) -> Option<u8> {
    check_ins
        .iter()
        .filter(|c| !c.draft)
        .filter_map(|c| c.ratings.get(&symptom).copied())
        .max()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::core::model::CheckInSlot;
    use std::collections::BTreeMap;

    fn check_in(minutes: i64, ratings: &[(Symptom, u8)], draft: bool) -> CheckIn {
        CheckIn {
            session: None,
            at: Instant(0).plus_minutes(minutes),
            slot: CheckInSlot::AnyTime,
            ratings: ratings.iter().copied().collect::<BTreeMap<_, _>>(),
            custom: Vec::new(),
            red_flags: Vec::new(),
            suicide_plan_or_intent: false,
            bp: None,
            notes: String::new(),
            draft,
        }
    }

    #[test]
    fn series_in_time_order_without_drafts_or_absent_symptoms() {
        use Symptom::*;
        let a = check_in(120, &[(Dissociation, 2), (Nausea, 0)], false);
        let b = check_in(0, &[(Dissociation, 7), (Headache, 0)], false);
        let draft = check_in(60, &[(Dissociation, 9), (Nausea, 5)], true);
        let got = series(&[&a, &draft, &b], Instant(0));
        assert_eq!(
            got,
            vec![Series {
                symptom: Dissociation,
                points: vec![
                    Point {
                        minutes: 0,
                        score: 7
                    },
                    Point {
                        minutes: 120,
                        score: 2
                    }
                ],
            }]
        );
        assert_eq!(peak(&[&a, &b, &draft], Dissociation), Some(7));
        assert_eq!(peak(&[&a, &b], Anxiety), None);
        assert_eq!(peak(&[&a], Nausea), Some(0));
    }

    #[test]
    fn the_scale_fits_whole_hours_and_maps_ends_to_edges() {
        let cases: &[(&[i64], i64, i64)] = &[
            (&[], 0, 120),
            (&[10, 61], 0, 120),
            (&[-30, 130], -60, 180),
            (&[0, 1320], 0, 1320),
            (&[0, 1321], 0, 1380),
        ];
        for (minutes, lo, hi) in cases {
            let s = Scale::fit(minutes.iter().copied(), 320.0, 200.0);
            assert_eq!((s.min_minutes, s.max_minutes), (*lo, *hi), "{minutes:?}");
            assert_eq!(s.x(*lo), s.left);
            assert_eq!(s.x(*hi), s.width - s.right);
        }
        let s = Scale::fit([0, 120], 320.0, 200.0);
        assert_eq!(s.y(10), s.top);
        assert_eq!(s.y(0), 200.0 - s.bottom);
        assert_eq!(s.y(15), s.top, "scores above 10 stay on the chart");
        assert_eq!(s.baseline(), s.y(0));
        assert_eq!(
            s.polyline(&[
                Point {
                    minutes: 0,
                    score: 10
                },
                Point {
                    minutes: 120,
                    score: 0
                }
            ]),
            "28.0,10.0 310.0,174.0"
        );
    }

    #[test]
    fn hour_marks_stay_few() {
        let cases: &[(&[i64], Vec<i64>)] = &[
            (&[0, 120], vec![0, 60, 120]),
            (&[0, 360], (0..=6).map(|h| h * 60).collect()),
            (&[0, 420], (0..=3).map(|h| h * 120).collect()),
            (&[-60, 1380], vec![0, 240, 480, 720, 960, 1200]),
            (&[0, 3000], vec![0, 720, 1440, 2160, 2880]),
        ];
        for (minutes, want) in cases {
            let s = Scale::fit(minutes.iter().copied(), 320.0, 200.0);
            let ticks = s.hour_ticks();
            assert_eq!(&ticks, want, "{minutes:?}");
            assert!(ticks.len() <= MAX_TICKS);
        }
    }

    #[test]
    fn dash_patterns_are_distinct() {
        let mut d = DASHES.to_vec();
        d.sort();
        d.dedup();
        assert_eq!(d.len(), Symptom::ALL.len());
        assert_eq!(dash(10), dash(0));
    }
}
