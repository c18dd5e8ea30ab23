//! Trend-chart geometry: which records a time range shows, and where each one lands in a
//! drawing. Pure numbers in the drawing's own units (an SVG `viewBox`); the UI draws them.
//!
//! Time runs left to right over a [`Window`]; values run bottom (0) to top (the scale's
//! maximum) over a [`Frame`]'s plot area.

use crate::domain::core::time::{Date, Instant, LocalDateTime, TimeOfDay, Zone, MS_PER_DAY};
use crate::domain::mood::scales::{Band, Severity};

/// The spans a patient can pick for the trend charts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChartRange {
    FourWeeks,
    ThreeMonths,
    All,
}

impl ChartRange {
    pub const ALL: [ChartRange; 3] = [
        ChartRange::FourWeeks,
        ChartRange::ThreeMonths,
        ChartRange::All,
    ];

    /// How many days back from now the range reaches; `None` for everything.
    pub fn days(self) -> Option<i64> {
        match self {
            ChartRange::FourWeeks => Some(28),
            // Thirteen weeks: three months whatever their lengths.
            ChartRange::ThreeMonths => Some(91),
            ChartRange::All => None,
        }
    }
}

/// The span of time one chart shows, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    pub start: Instant,
    pub end: Instant,
}

impl Window {
    /// What `range` shows at `now`. "All" starts at the earliest record but never spans less
    /// than four weeks, so one or two records do not stretch across the whole width.
    pub fn for_range(range: ChartRange, now: Instant, earliest: Option<Instant>) -> Window {
        let days = range.days().or(ChartRange::FourWeeks.days()).unwrap_or(28);
        let back = Instant(now.0.saturating_sub(days * MS_PER_DAY));
        let start = match (range, earliest) {
            (ChartRange::All, Some(earliest)) => earliest.min(back),
            _ => back,
        };
        Window { start, end: now }
    }

    pub fn contains(&self, at: Instant) -> bool {
        self.start <= at && at <= self.end
    }

    /// How far through the window `at` is, 0.0 at the start and 1.0 at the end; the middle
    /// for an empty window.
    fn fraction(&self, at: Instant) -> f32 {
        let span = self.end.0.saturating_sub(self.start.0);
        if span <= 0 {
            return 0.5;
        }
        (at.0.saturating_sub(self.start.0) as f64 / span as f64) as f32
    }
}

/// A drawing's size and the margins around its plot area, in drawing units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub width: f32,
    pub height: f32,
    pub left: f32,
    pub right: f32,
    pub top: f32,
    pub bottom: f32,
}

impl Frame {
    pub fn plot_width(&self) -> f32 {
        (self.width - self.left - self.right).max(0.0)
    }
    pub fn plot_height(&self) -> f32 {
        (self.height - self.top - self.bottom).max(0.0)
    }
    /// The bottom edge of the plot area (value 0).
    pub fn baseline_y(&self) -> f32 {
        self.top + self.plot_height()
    }
    /// Where `at` lands across; clamped to the plot area.
    pub fn x(&self, window: &Window, at: Instant) -> f32 {
        self.left + self.plot_width() * window.fraction(at).clamp(0.0, 1.0)
    }
    /// Where `value` lands up a scale from 0 to `max`; clamped to the plot area, so a
    /// corrupted value can never draw outside it.
    pub fn y(&self, value: u16, max: u16) -> f32 {
        let share = if max == 0 {
            0.0
        } else {
            (f32::from(value) / f32::from(max)).min(1.0)
        };
        self.baseline_y() - self.plot_height() * share
    }
}

/// One record placed in the drawing.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlotPoint {
    pub at: Instant,
    pub value: u16,
    pub x: f32,
    pub y: f32,
}

/// The records inside `window`, oldest first, placed on a scale from 0 to `max`. What the
/// chart draws and what its table lists come from here, so they always agree.
pub fn plot_points(
    values: &[(Instant, u16)],
    window: &Window,
    max: u16,
    frame: &Frame,
) -> Vec<PlotPoint> {
    let mut points: Vec<PlotPoint> = values
        .iter()
        .filter(|(at, _)| window.contains(*at))
        .map(|&(at, value)| PlotPoint {
            at,
            value,
            x: frame.x(window, at),
            y: frame.y(value, max),
        })
        .collect();
    crate::domain::core::order::by_key(&mut points, |p| p.at);
    points
}

/// One severity band as a horizontal strip of the plot area.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BandStrip {
    pub severity: Severity,
    /// The strip's top edge and height.
    pub y: f32,
    pub height: f32,
    /// The band's lowest total, for the axis label.
    pub lowest: u16,
}

/// The bands as strips, lowest band at the bottom. Each strip runs from its lowest total to
/// the next band's lowest total (the top one to `max`), so the strips tile the plot area.
pub fn band_strips(bands: &[Band], max: u16, frame: &Frame) -> Vec<BandStrip> {
    bands
        .iter()
        .enumerate()
        .map(|(i, band)| {
            let lowest = *band.totals.start();
            let upper = bands
                .get(i + 1)
                .map_or(max, |next| *next.totals.start())
                .min(max);
            let top = frame.y(upper, max);
            BandStrip {
                severity: band.severity,
                y: top,
                height: (frame.y(lowest, max) - top).max(0.0),
                lowest,
            }
        })
        .collect()
}

/// Where each session inside the window is marked across, oldest first.
pub fn session_marks(session_starts: &[Instant], window: &Window, frame: &Frame) -> Vec<f32> {
    let mut inside: Vec<Instant> = session_starts
        .iter()
        .copied()
        .filter(|at| window.contains(*at))
        .collect();
    crate::domain::core::order::natural(&mut inside);
    inside.into_iter().map(|at| frame.x(window, at)).collect()
}

/// How far apart the time-axis ticks are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TickStep {
    /// Every `n` weeks, on Mondays.
    Weeks(u8),
    /// Every `n` months, on the first of the month.
    Months(u8),
}

const TICK_STEPS: [TickStep; 9] = [
    TickStep::Weeks(1),
    TickStep::Weeks(2),
    TickStep::Months(1),
    TickStep::Months(2),
    TickStep::Months(3),
    TickStep::Months(6),
    TickStep::Months(12),
    TickStep::Months(24),
    TickStep::Months(60),
];

const MIDNIGHT: TimeOfDay = TimeOfDay { hour: 0, minute: 0 };

/// One labelled mark on the time axis.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tick {
    pub date: Date,
    pub x: f32,
    pub step: TickStep,
}

/// Time-axis ticks at local midnights inside the window: the finest of weekly, fortnightly,
/// monthly and longer steps that needs at most `max_ticks` labels (so labels never overlap on
/// a narrow phone).
pub fn time_ticks(window: &Window, zone: &dyn Zone, frame: &Frame, max_ticks: usize) -> Vec<Tick> {
    let first = zone.to_local(window.start).date;
    let last = zone.to_local(window.end).date;
    let mut finest_that_showed_any = Vec::new();
    for step in TICK_STEPS {
        let ticks: Vec<Tick> = tick_dates(first, last, step)
            .into_iter()
            .map(|date| (date, zone.to_instant(LocalDateTime::new(date, MIDNIGHT))))
            .filter(|(_, at)| window.contains(*at))
            .map(|(date, at)| Tick {
                date,
                x: frame.x(window, at),
                step,
            })
            .collect();
        if ticks.is_empty() {
            // A short window and a long step: thin out the last step that had ticks.
            break;
        }
        if ticks.len() <= max_ticks {
            return ticks;
        }
        finest_that_showed_any = ticks;
    }
    thin(finest_that_showed_any, max_ticks)
}

/// Every n-th of `ticks`, so that at most `max` remain.
fn thin(ticks: Vec<Tick>, max: usize) -> Vec<Tick> {
    if max == 0 {
        return Vec::new();
    }
    let stride = ticks.len().div_ceil(max).max(1);
    ticks.into_iter().step_by(stride).collect()
}

/// Dates from `first` to `last` that fall on `step`'s boundaries. Bounded: a window of many
/// years with a short step stops early instead of building a huge list.
fn tick_dates(first: Date, last: Date, step: TickStep) -> Vec<Date> {
    const LIMIT: usize = 400;
    let mut out = Vec::new();
    match step {
        TickStep::Weeks(n) => {
            let to_monday = (7 - i64::from(first.weekday().index())) % 7;
            let mut date = first.add_days(to_monday);
            while date <= last && out.len() < LIMIT {
                out.push(date);
                date = date.add_days(7 * i64::from(n));
            }
        }
        TickStep::Months(n) => {
            let n = i32::from(n.max(1));
            // Month boundaries counted from year 0, so steps land on the same months each year.
            let mut index = i32::from(first.month) - 1 + first.year * 12;
            let ahead = if first.day == 1 { 0 } else { 1 };
            index += ahead;
            index += (n - index.rem_euclid(n)) % n;
            while out.len() < LIMIT {
                let year = index.div_euclid(12);
                let month = (index.rem_euclid(12) + 1) as u8;
                let Some(date) = Date::new(year, month, 1) else {
                    break;
                };
                if date > last {
                    break;
                }
                out.push(date);
                index += n;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;
